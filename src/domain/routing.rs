//! Routing: which channel a request goes to, and how to open it.

use serde::{Deserialize, Serialize};

use crate::domain::config::{Channel, ChannelKind, Config, LanguageSet, RouteWarning};

/// What the request is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestKind {
    Technical,
    BillingLicensingAccount,
    /// The service working together with Configuration Manager (co-management, tenant attach):
    /// supported through the service's own channel like any other question about it.
    IntuneWithConfigurationManager,
    /// Configuration Manager or Endpoint Protection on their own, supported separately. The first
    /// releases stored this kind as `configuration_manager_or_endpoint_protection`, which still
    /// reads as this kind.
    #[serde(
        rename = "standalone_configuration_manager_or_endpoint_protection",
        alias = "configuration_manager_or_endpoint_protection"
    )]
    StandaloneConfigurationManager,
    VolumeLicensing,
    FeatureRequest,
}

/// The customer's support contract with the vendor.
///
/// The first releases had a third value, `small_tenant`, for tenants with fewer than 100
/// licences. The size of the tenant is a separate answer now ([`TenantSize`]); stored drafts,
/// plans and configurations that say `small_tenant` are read as Professional with fewer than 100
/// licences (see [`StoredCustomerPlan`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CustomerPlan {
    /// Support that comes with the subscription ("break-fix").
    Professional,
    /// A Premier support contract, with its own portal and response times.
    Premier,
}

/// How many licences the tenant has. The vendor's admin centre offers tenants with fewer than
/// 100 licences a simpler way in: describe the problem, review suggested resources, or ask to be
/// called back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TenantSize {
    #[serde(rename = "fewer_than_100_licences")]
    FewerThan100,
    #[serde(rename = "100_licences_or_more")]
    HundredOrMore,
}

/// Who asks: the support contract and the size of the tenant. Routing and response times
/// depend on both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Customer {
    pub plan: CustomerPlan,
    pub tenant_size: TenantSize,
}

impl Customer {
    pub fn new(plan: CustomerPlan, tenant_size: TenantSize) -> Customer {
        Customer { plan, tenant_size }
    }

    /// Every combination of contract and size.
    pub fn all() -> impl Iterator<Item = Customer> {
        CustomerPlan::ALL.into_iter().flat_map(|plan| {
            TenantSize::ALL.into_iter().map(move |tenant_size| Customer { plan, tenant_size })
        })
    }

    /// A customer from answers that may be missing: an unanswered contract counts as
    /// Professional and an unanswered size as 100 licences or more, the way requests were
    /// routed before the questions were asked.
    pub fn from_answers(plan: Option<CustomerPlan>, tenant_size: Option<TenantSize>) -> Customer {
        Customer {
            plan: plan.unwrap_or(CustomerPlan::Professional),
            tenant_size: tenant_size.unwrap_or(TenantSize::HundredOrMore),
        }
    }

    /// A short English description for messages, such as `"premier" with
    /// "fewer_than_100_licences"`.
    pub fn describe(self) -> String {
        format!("\"{}\" with \"{}\"", self.plan.as_str(), self.tenant_size.as_str())
    }
}

impl RequestKind {
    /// Every kind, in the order the interface offers them.
    pub const ALL: [RequestKind; 6] = [
        RequestKind::Technical,
        RequestKind::BillingLicensingAccount,
        RequestKind::IntuneWithConfigurationManager,
        RequestKind::StandaloneConfigurationManager,
        RequestKind::VolumeLicensing,
        RequestKind::FeatureRequest,
    ];

    /// Names of earlier releases that still read, with the kind they mean now.
    pub const DEPRECATED_NAMES: [(&'static str, RequestKind); 1] = [(
        "configuration_manager_or_endpoint_protection",
        RequestKind::StandaloneConfigurationManager,
    )];

    /// The name used in JSON, for example `billing_licensing_account`.
    pub fn as_str(self) -> &'static str {
        match self {
            RequestKind::Technical => "technical",
            RequestKind::BillingLicensingAccount => "billing_licensing_account",
            RequestKind::IntuneWithConfigurationManager => "intune_with_configuration_manager",
            RequestKind::StandaloneConfigurationManager => {
                "standalone_configuration_manager_or_endpoint_protection"
            }
            RequestKind::VolumeLicensing => "volume_licensing",
            RequestKind::FeatureRequest => "feature_request",
        }
    }
}

impl CustomerPlan {
    /// Every plan.
    pub const ALL: [CustomerPlan; 2] = [CustomerPlan::Professional, CustomerPlan::Premier];

    /// The name used in JSON, for example `premier`.
    pub fn as_str(self) -> &'static str {
        match self {
            CustomerPlan::Professional => "professional",
            CustomerPlan::Premier => "premier",
        }
    }
}

impl TenantSize {
    /// Both sizes, smaller first.
    pub const ALL: [TenantSize; 2] = [TenantSize::FewerThan100, TenantSize::HundredOrMore];

    /// The name used in JSON, for example `fewer_than_100_licences`.
    pub fn as_str(self) -> &'static str {
        match self {
            TenantSize::FewerThan100 => "fewer_than_100_licences",
            TenantSize::HundredOrMore => "100_licences_or_more",
        }
    }
}

/// A support plan as any release stored it: the current plans, and `small_tenant`, which the
/// first releases offered as a third plan for tenants with fewer than 100 licences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StoredCustomerPlan {
    Professional,
    Premier,
    SmallTenant,
}

impl StoredCustomerPlan {
    /// The contract, and the tenant size when the stored value said it: `small_tenant` was a
    /// Professional tenant with fewer than 100 licences.
    pub fn upgrade(self) -> (CustomerPlan, Option<TenantSize>) {
        match self {
            StoredCustomerPlan::Professional => (CustomerPlan::Professional, None),
            StoredCustomerPlan::Premier => (CustomerPlan::Premier, None),
            StoredCustomerPlan::SmallTenant => {
                (CustomerPlan::Professional, Some(TenantSize::FewerThan100))
            }
        }
    }
}

/// Why a request could not be routed. Only a configuration mistake leads here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoutingProblem {
    /// No route covers this kind of request from this customer.
    NoRoute,
    /// The route names a channel that is not configured.
    UnknownChannel { channel_id: String },
}

impl RoutingProblem {
    /// The problem in English, addressed to whoever maintains the configuration.
    pub fn message(&self) -> String {
        match self {
            RoutingProblem::NoRoute => {
                "The configuration has no route for this kind of request from this customer."
                    .to_owned()
            }
            RoutingProblem::UnknownChannel { channel_id } => format!(
                "The configuration routes this request to the channel \"{channel_id}\", which \
                 does not exist."
            ),
        }
    }
}

/// What can be said about the languages support is offered in on a channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LanguageOffer {
    /// The configuration names no language list for this channel.
    NotPublished,
    /// Online support, in these languages (language tags).
    Online(Vec<String>),
    /// Phone support and online billing support, in these languages.
    PhoneAndBilling(Vec<String>),
    /// Phone support and online billing support, in more languages than online technical
    /// support; the vendor lists them per country or region, on this page when one is
    /// configured. The list itself is not configured, so none is shown.
    PhoneAndBillingByCountry { page: Option<String> },
}

impl LanguageOffer {
    /// The languages listed, if any; empty when there is no list.
    pub fn listed(&self) -> &[String] {
        match self {
            LanguageOffer::Online(languages) | LanguageOffer::PhoneAndBilling(languages) => {
                languages
            }
            LanguageOffer::NotPublished | LanguageOffer::PhoneAndBillingByCountry { .. } => &[],
        }
    }
}

/// Where a request goes and how to get there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoutingDecision {
    pub kind: RequestKind,
    pub customer: Customer,
    /// The channel: which portal and category, the call-back flow, the partner, another
    /// service or the feedback site; or why none was found.
    pub channel: Result<Channel, RoutingProblem>,
    /// The steps to open the request there, in order; empty when unresolved.
    pub steps: Vec<String>,
    /// True when the way in is asking to be called back (tenants with fewer than 100 licences).
    pub call_back: bool,
    /// False when this is not a support ticket at all, such as a feature request. An
    /// unresolved route counts as a ticket, so the user's draft stays a ticket.
    pub is_ticket: bool,
    /// The languages support is offered in on this channel, as far as the configuration says.
    pub languages: LanguageOffer,
    /// What the user should know before going ahead, such as costs.
    pub warnings: Vec<RouteWarning>,
}

impl RoutingDecision {
    /// True when the ticket flow goes on: the request is opened with the vendor through a
    /// portal or a call-back. A partner, another service or the feedback site ends the flow
    /// with directions instead; an unresolved route keeps the draft a ticket.
    pub fn continues_as_vendor_ticket(&self) -> bool {
        match &self.channel {
            Ok(channel) => matches!(channel.kind, ChannelKind::Portal | ChannelKind::CallBack),
            Err(_) => true,
        }
    }

    /// The id of the chosen channel, if one was found.
    pub fn channel_id(&self) -> Option<&str> {
        self.channel.as_ref().ok().map(|channel| channel.id.as_str())
    }
}

/// What the configuration says about the languages of `channel`. A call-back is a phone call,
/// so it is never described as online support, whichever list it names.
fn language_offer(channel: &Channel, config: &Config) -> LanguageOffer {
    let languages = &config.support_languages;
    let phone_and_billing = || {
        if languages.billing_and_phone.is_empty() {
            LanguageOffer::PhoneAndBillingByCountry {
                page: languages.billing_and_phone_page.clone(),
            }
        } else {
            LanguageOffer::PhoneAndBilling(languages.billing_and_phone.clone())
        }
    };
    match (channel.kind, channel.languages) {
        (_, None) => LanguageOffer::NotPublished,
        (ChannelKind::CallBack, Some(_)) | (_, Some(LanguageSet::BillingAndPhone)) => {
            phone_and_billing()
        }
        (_, Some(LanguageSet::OnlineTechnical)) if languages.online_technical.is_empty() => {
            LanguageOffer::NotPublished
        }
        (_, Some(LanguageSet::OnlineTechnical)) => {
            LanguageOffer::Online(languages.online_technical.clone())
        }
    }
}

/// Decides where a request of this kind, from this customer, goes. The rules and channels are
/// configuration data; a mistake in them comes back as a [`RoutingProblem`].
pub fn route(kind: RequestKind, customer: Customer, config: &Config) -> RoutingDecision {
    let unresolved = |problem: RoutingProblem, warnings: Vec<RouteWarning>| RoutingDecision {
        kind,
        customer,
        channel: Err(problem),
        steps: Vec::new(),
        call_back: false,
        is_ticket: true,
        languages: LanguageOffer::NotPublished,
        warnings,
    };
    let Some(rule) = config.route_for(kind, customer) else {
        return unresolved(RoutingProblem::NoRoute, Vec::new());
    };
    let Some(channel) = config.channel(&rule.channel) else {
        return unresolved(
            RoutingProblem::UnknownChannel { channel_id: rule.channel.clone() },
            rule.warnings.clone(),
        );
    };
    RoutingDecision {
        kind,
        customer,
        steps: channel.steps.clone(),
        call_back: channel.kind == ChannelKind::CallBack,
        is_ticket: channel.kind != ChannelKind::Feedback,
        languages: language_offer(channel, config),
        warnings: rule.warnings.clone(),
        channel: Ok(channel.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::config::parse_config;

    /// One row of the routing table: the channel id, whether it is a ticket, whether it is a
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
        let decision = route(kind, customer, config);
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
        assert_eq!(
            decision.continues_as_vendor_ticket(),
            stays_in_flow,
            "{case}: stays in the flow"
        );
        let warnings: Vec<&str> =
            decision.warnings.iter().map(|warning| warning.id.as_str()).collect();
        assert_eq!(warnings, expected_warnings, "{case}: warnings");
        assert!(!decision.steps.is_empty(), "{case}: every built-in channel has steps");
    }

    /// Kind, contract, tenant size, channel id, is a ticket, is a call-back, warning ids.
    type RoutingRow =
        (RequestKind, CustomerPlan, TenantSize, &'static str, bool, bool, &'static [&'static str]);

    #[test]
    fn built_in_routing_table() {
        use CustomerPlan::{Premier, Professional};
        use RequestKind::*;
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
            (
                BillingLicensingAccount,
                Professional,
                Large,
                "admin-centre-billing",
                true,
                false,
                &[],
            ),
            (
                BillingLicensingAccount,
                Professional,
                Small,
                "admin-centre-call-back",
                true,
                true,
                &[],
            ),
            (BillingLicensingAccount, Premier, Large, "premier-portal-billing", true, false, &[]),
            (BillingLicensingAccount, Premier, Small, "premier-portal-billing", true, false, &[]),
            // Intune with Configuration Manager is Intune support: the same channels, no charge.
            (
                IntuneWithConfigurationManager,
                Professional,
                Large,
                "admin-centre-mdm",
                true,
                false,
                &[],
            ),
            (
                IntuneWithConfigurationManager,
                Professional,
                Small,
                "admin-centre-call-back",
                true,
                true,
                &[],
            ),
            (
                IntuneWithConfigurationManager,
                Premier,
                Large,
                "premier-portal",
                true,
                false,
                PROCEDURAL,
            ),
            (
                IntuneWithConfigurationManager,
                Premier,
                Small,
                "premier-portal",
                true,
                false,
                PROCEDURAL,
            ),
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
        for (kind, plan, size, channel, ticket, call_back, warnings) in table {
            check(&config, kind, Customer::new(plan, size), channel, ticket, call_back, warnings);
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
        assert_eq!(customer, Customer::new(CustomerPlan::Professional, TenantSize::HundredOrMore));
        let decision = route(RequestKind::Technical, customer, &config);
        assert_eq!(decision.channel_id(), Some("admin-centre-mdm"));
        let premier = Customer::from_answers(Some(CustomerPlan::Premier), None);
        assert_eq!(
            route(RequestKind::Technical, premier, &config).channel_id(),
            Some("premier-portal")
        );
    }

    #[test]
    fn decision_carries_category_steps_and_languages_from_the_configuration() {
        let config = Config::built_in();
        let professional = Customer::new(CustomerPlan::Professional, TenantSize::HundredOrMore);
        let technical = route(RequestKind::Technical, professional, &config);
        let channel = technical.channel.clone().expect("built-in routes resolve");
        assert_eq!(channel.category.as_deref(), Some("Mobile device management"));
        assert_eq!(channel.url.as_deref(), Some("https://portal.office.com"));
        assert_eq!(technical.steps, channel.steps);
        assert_eq!(technical.languages, LanguageOffer::Online(vec!["en".into(), "ja".into()]));
        assert_eq!(technical.languages.listed(), ["en", "ja"]);

        // The sources give no list for phone and billing support, only "more languages" and a
        // page per country or region: the decision says so instead of listing any.
        let billing = route(RequestKind::BillingLicensingAccount, professional, &config);
        assert_eq!(
            billing.channel.as_ref().ok().and_then(|channel| channel.category.as_deref()),
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
        let small = Customer::new(CustomerPlan::Professional, TenantSize::FewerThan100);
        assert_eq!(route(RequestKind::Technical, small, &config).languages, by_country);

        let premier = Customer::new(CustomerPlan::Premier, TenantSize::FewerThan100);
        let premier_billing = route(RequestKind::BillingLicensingAccount, premier, &config);
        assert_eq!(
            premier_billing.channel.as_ref().ok().and_then(|channel| channel.url.as_deref()),
            Some("https://support.microsoft.com/en-us/premier/contacts")
        );
        assert_eq!(premier_billing.languages, by_country);

        let feedback = route(RequestKind::FeatureRequest, premier, &config);
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
        let customer = Customer::new(CustomerPlan::Professional, TenantSize::FewerThan100);
        let phone = LanguageOffer::PhoneAndBilling(vec!["en".into(), "de".into()]);
        for languages in [r#""online_technical""#, r#""billing_and_phone""#] {
            let decision = route(RequestKind::Technical, customer, &config(languages));
            assert_eq!(decision.languages, phone, "{languages}");
            assert!(decision.call_back);
        }
        let decision = route(RequestKind::Technical, customer, &config("null"));
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
        let premier = Customer::new(CustomerPlan::Premier, TenantSize::HundredOrMore);
        let dangling = route(RequestKind::Technical, premier, &config);
        assert_eq!(
            dangling.channel,
            Err(RoutingProblem::UnknownChannel { channel_id: "gone".to_owned() })
        );
        assert!(dangling.is_ticket && !dangling.call_back && dangling.steps.is_empty());
        assert_eq!(dangling.warnings.len(), 1, "the rule's warnings still apply");
        let professional = Customer::new(CustomerPlan::Professional, TenantSize::HundredOrMore);
        let missing = route(RequestKind::Technical, professional, &config);
        assert_eq!(missing.channel, Err(RoutingProblem::NoRoute));
        assert_eq!(missing.channel_id(), None);
        assert!(RoutingProblem::NoRoute.message().contains("no route"));
        assert!(RoutingProblem::UnknownChannel { channel_id: "gone".into() }
            .message()
            .contains("\"gone\""));
    }

    #[test]
    fn names_match_the_serde_names() {
        for kind in RequestKind::ALL {
            assert_eq!(serde_json::to_value(kind).ok(), Some(kind.as_str().into()));
            let read: Option<RequestKind> = serde_json::from_value(kind.as_str().into()).ok();
            assert_eq!(read, Some(kind));
        }
        for plan in CustomerPlan::ALL {
            assert_eq!(serde_json::to_value(plan).ok(), Some(plan.as_str().into()));
        }
        for size in TenantSize::ALL {
            assert_eq!(serde_json::to_value(size).ok(), Some(size.as_str().into()));
            let read: Option<TenantSize> = serde_json::from_value(size.as_str().into()).ok();
            assert_eq!(read, Some(size));
        }
    }

    #[test]
    fn names_of_earlier_releases_still_read() {
        for (name, kind) in RequestKind::DEPRECATED_NAMES {
            let read: Option<RequestKind> = serde_json::from_value(name.into()).ok();
            assert_eq!(read, Some(kind), "{name}");
            assert_ne!(kind.as_str(), name, "a deprecated name is never written");
        }
        let stored = |name: &str| serde_json::from_value::<StoredCustomerPlan>(name.into()).ok();
        assert_eq!(
            stored("small_tenant").map(StoredCustomerPlan::upgrade),
            Some((CustomerPlan::Professional, Some(TenantSize::FewerThan100)))
        );
        assert_eq!(
            stored("premier").map(StoredCustomerPlan::upgrade),
            Some((CustomerPlan::Premier, None))
        );
        assert_eq!(
            stored("professional").map(StoredCustomerPlan::upgrade),
            Some((CustomerPlan::Professional, None))
        );
        assert_eq!(serde_json::from_value::<CustomerPlan>("small_tenant".into()).ok(), None);
    }
}
