//! Routing decisions on the built-in configuration and on configured routes and channels.

use super::*;
use crate::domain::localised_text::LocalisedText;
use crate::domain::routing::{LanguageOffer, RoutingProblem};

/// call-back, and the warning ids.
fn check(
    config: &Config,
    kind: RequestKind,
    customer: Customer,
    expected_channel: &str,
    expected_ticket: bool,
    expected_call_back: bool,
    expected_warnings: &[&str],
) {
    let decision = config.route(kind, customer);
    let case = format!("{} from {}", kind.as_str(), customer.describe());
    assert_eq!(decision.channel_id(), Some(expected_channel), "{case}");
    assert_eq!((decision.kind, decision.customer), (kind, customer), "{case}");
    assert_eq!(decision.is_ticket, expected_ticket, "{case}: is a ticket");
    assert_eq!(decision.call_back, expected_call_back, "{case}: call-back");
    let stays_in_flow = matches!(
        kind,
        RequestKind::Technical
            | RequestKind::BillingLicensingAccount
            | RequestKind::IntuneWithConfigurationManager
    );
    assert_eq!(decision.continues_as_vendor_ticket(), stays_in_flow, "{case}: stays in the flow");
    let warnings: Vec<&str> = decision.warnings.iter().map(|warning| warning.id.as_str()).collect();
    assert_eq!(warnings, expected_warnings, "{case}: warnings");
    assert!(!decision.steps.is_empty(), "{case}: every built-in channel has steps");
}

/// Kind, contract, tenant size, channel id, is a ticket, is a call-back, warning ids.
type RoutingRow =
    (RequestKind, SupportContract, TenantSize, &'static str, bool, bool, &'static [&'static str]);

#[test]
fn built_in_routing_table() {
    use RequestKind::*;
    use SupportContract::{Premier, Professional};
    use TenantSize::{FewerThan100 as Small, HundredOrMore as Large};
    let config = Config::built_in();
    const PAID: &[&str] = &["configuration_manager_paid_support"];
    const PROCEDURAL: &[&str] = &["premier_procedural_billable"];
    let table: [RoutingRow; 24] = [
        (Technical, Professional, Large, "admin-centre-mdm", true, false, &[]),
        (Technical, Professional, Small, "admin-centre-call-back", true, true, &[]),
        (Technical, Premier, Large, "premier-portal", true, false, PROCEDURAL),
        // A Premier tenant with fewer than 100 licences still opens tickets on the Premier
        // page: the call-back flow is what the admin centre shows small tenants.
        (Technical, Premier, Small, "premier-portal", true, false, PROCEDURAL),
        (BillingLicensingAccount, Professional, Large, "admin-centre-billing", true, false, &[]),
        (BillingLicensingAccount, Professional, Small, "admin-centre-call-back", true, true, &[]),
        (BillingLicensingAccount, Premier, Large, "premier-portal-billing", true, false, &[]),
        (BillingLicensingAccount, Premier, Small, "premier-portal-billing", true, false, &[]),
        // Intune with Configuration Manager is Intune support: the same channels, no charge.
        (IntuneWithConfigurationManager, Professional, Large, "admin-centre-mdm", true, false, &[]),
        (
            IntuneWithConfigurationManager,
            Professional,
            Small,
            "admin-centre-call-back",
            true,
            true,
            &[],
        ),
        (IntuneWithConfigurationManager, Premier, Large, "premier-portal", true, false, PROCEDURAL),
        (IntuneWithConfigurationManager, Premier, Small, "premier-portal", true, false, PROCEDURAL),
        (StandaloneConfigurationManager, Professional, Large, "partner", true, false, PAID),
        (StandaloneConfigurationManager, Professional, Small, "partner", true, false, PAID),
        (StandaloneConfigurationManager, Premier, Large, "partner", true, false, PAID),
        (StandaloneConfigurationManager, Premier, Small, "partner", true, false, PAID),
        (VolumeLicensing, Professional, Large, "volume-licensing", true, false, &[]),
        (VolumeLicensing, Professional, Small, "volume-licensing", true, false, &[]),
        (VolumeLicensing, Premier, Large, "volume-licensing", true, false, &[]),
        (VolumeLicensing, Premier, Small, "volume-licensing", true, false, &[]),
        (FeatureRequest, Professional, Large, "feedback-site", false, false, &[]),
        (FeatureRequest, Professional, Small, "feedback-site", false, false, &[]),
        (FeatureRequest, Premier, Large, "feedback-site", false, false, &[]),
        (FeatureRequest, Premier, Small, "feedback-site", false, false, &[]),
    ];
    for (kind, contract, size, channel, ticket, call_back, warnings) in table {
        check(&config, kind, Customer::new(contract, size), channel, ticket, call_back, warnings);
    }
    // Every combination is in the table once.
    for kind in RequestKind::ALL {
        for customer in Customer::all() {
            let rows = table
                .iter()
                .filter(|row| row.0 == kind && Customer::new(row.1, row.2) == customer)
                .count();
            assert_eq!(rows, 1, "{} from {}", kind.as_str(), customer.describe());
        }
    }
}

#[test]
fn unanswered_questions_route_as_before_they_were_asked() {
    let config = Config::built_in();
    let customer = Customer::from_answers(None, None);
    assert_eq!(customer, Customer::new(SupportContract::Professional, TenantSize::HundredOrMore));
    let decision = config.route(RequestKind::Technical, customer);
    assert_eq!(decision.channel_id(), Some("admin-centre-mdm"));
    let premier = Customer::from_answers(Some(SupportContract::Premier), None);
    assert_eq!(config.route(RequestKind::Technical, premier).channel_id(), Some("premier-portal"));
}

#[test]
fn decision_carries_category_steps_and_languages_from_the_configuration() {
    let config = Config::built_in();
    let professional = Customer::new(SupportContract::Professional, TenantSize::HundredOrMore);
    let technical = config.route(RequestKind::Technical, professional);
    let channel = technical.channel.clone().expect("built-in routes resolve");
    assert_eq!(
        channel.category.as_ref().and_then(LocalisedText::english_source),
        Some("Mobile device management")
    );
    assert_eq!(channel.url.as_deref(), Some("https://portal.office.com"));
    assert_eq!(technical.steps, channel.steps);
    assert_eq!(technical.languages, LanguageOffer::Online(vec!["en".into(), "ja".into()]));
    assert_eq!(technical.languages.listed(), ["en", "ja"]);

    // The sources give no list for phone and billing support, only "more languages" and a
    // page per country or region: the decision says so instead of listing any.
    let billing = config.route(RequestKind::BillingLicensingAccount, professional);
    assert_eq!(
        billing
            .channel
            .as_ref()
            .ok()
            .and_then(|channel| channel.category.as_ref().and_then(LocalisedText::english_source)),
        Some("Billing and product information")
    );
    let by_country = LanguageOffer::PhoneAndBillingByCountry {
        page: Some(
            "https://docs.microsoft.com/intune/contact-assisted-phone-support-for-microsoft-intune"
                .to_owned(),
        ),
    };
    assert_eq!(billing.languages, by_country);
    assert!(billing.languages.listed().is_empty());
    let small = Customer::new(SupportContract::Professional, TenantSize::FewerThan100);
    assert_eq!(config.route(RequestKind::Technical, small).languages, by_country);

    let premier = Customer::new(SupportContract::Premier, TenantSize::FewerThan100);
    let premier_billing = config.route(RequestKind::BillingLicensingAccount, premier);
    assert_eq!(
        premier_billing.channel.as_ref().ok().and_then(|channel| channel.url.as_deref()),
        Some("https://support.microsoft.com/en-us/premier/contacts")
    );
    assert_eq!(premier_billing.languages, by_country);

    let feedback = config.route(RequestKind::FeatureRequest, premier);
    assert_eq!(feedback.languages, LanguageOffer::NotPublished);
    assert_eq!(
        feedback.channel.as_ref().ok().and_then(|channel| channel.url.as_deref()),
        Some("https://microsoftintune.uservoice.com/forums/291681-ideas")
    );
}

#[test]
fn a_call_back_is_never_described_as_online_support() {
    let config = |languages: &str| {
        parse_config(&format!(
            r#"{{"version": 1,
                "channels": [{{"id": "phone", "kind": "call_back", "name": "Call me",
                               "languages": {languages}}}],
                "routes": [{{"kind": "technical", "plans": ["professional", "premier"],
                             "channel": "phone"}}],
                "support_languages": {{"online_technical": ["en"],
                                      "billing_and_phone": ["en", "de"]}}}}"#
        ))
        .config
    };
    let customer = Customer::new(SupportContract::Professional, TenantSize::FewerThan100);
    let phone = LanguageOffer::PhoneAndBilling(vec!["en".into(), "de".into()]);
    for languages in [r#""online_technical""#, r#""billing_and_phone""#] {
        let decision = config(languages).route(RequestKind::Technical, customer);
        assert_eq!(decision.languages, phone, "{languages}");
        assert!(decision.call_back);
    }
    let decision = config("null").route(RequestKind::Technical, customer);
    assert_eq!(decision.languages, LanguageOffer::NotPublished);
}

#[test]
fn configuration_mistakes_are_values() {
    let parsed = parse_config(
        r#"{"version": 1,
            "routes": [{"kind": "technical", "plans": ["premier"], "channel": "gone",
                        "warnings": [{"id": "w", "text": "Careful"}]}]}"#,
    );
    let config = parsed.config;
    let premier = Customer::new(SupportContract::Premier, TenantSize::HundredOrMore);
    let dangling = config.route(RequestKind::Technical, premier);
    assert_eq!(
        dangling.channel,
        Err(RoutingProblem::UnknownChannel { channel_id: "gone".to_owned() })
    );
    assert!(dangling.is_ticket && !dangling.call_back && dangling.steps.is_empty());
    assert_eq!(dangling.warnings.len(), 1, "the rule's warnings still apply");
    let professional = Customer::new(SupportContract::Professional, TenantSize::HundredOrMore);
    let missing = config.route(RequestKind::Technical, professional);
    assert_eq!(missing.channel, Err(RoutingProblem::NoRoute));
    assert_eq!(missing.channel_id(), None);
    assert!(RoutingProblem::NoRoute.message().contains("no route"));
    assert!(RoutingProblem::UnknownChannel { channel_id: "gone".into() }
        .message()
        .contains("\"gone\""));
}
