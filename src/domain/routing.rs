//! Routing: which channel a request goes to, and how to open it.

use serde::{Deserialize, Serialize};

use crate::domain::config::{Channel, ChannelKind, Config, RouteWarning};

/// What the request is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestKind {
    Technical,
    BillingLicensingAccount,
    ConfigurationManagerOrEndpointProtection,
    VolumeLicensing,
    FeatureRequest,
}

/// The customer's support plan with the vendor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CustomerPlan {
    Professional,
    Premier,
    /// A tenant with fewer than 100 licences, which gets the simpler "Need help?" flow.
    SmallTenant,
}

impl RequestKind {
    /// Every kind, in the order the interface offers them.
    pub const ALL: [RequestKind; 5] = [
        RequestKind::Technical,
        RequestKind::BillingLicensingAccount,
        RequestKind::ConfigurationManagerOrEndpointProtection,
        RequestKind::VolumeLicensing,
        RequestKind::FeatureRequest,
    ];

    /// The name used in JSON, for example `billing_licensing_account`.
    pub fn as_str(self) -> &'static str {
        match self {
            RequestKind::Technical => "technical",
            RequestKind::BillingLicensingAccount => "billing_licensing_account",
            RequestKind::ConfigurationManagerOrEndpointProtection => {
                "configuration_manager_or_endpoint_protection"
            }
            RequestKind::VolumeLicensing => "volume_licensing",
            RequestKind::FeatureRequest => "feature_request",
        }
    }
}

impl CustomerPlan {
    /// Every plan.
    pub const ALL: [CustomerPlan; 3] =
        [CustomerPlan::Professional, CustomerPlan::Premier, CustomerPlan::SmallTenant];

    /// The name used in JSON, for example `small_tenant`.
    pub fn as_str(self) -> &'static str {
        match self {
            CustomerPlan::Professional => "professional",
            CustomerPlan::Premier => "premier",
            CustomerPlan::SmallTenant => "small_tenant",
        }
    }
}

/// Why a request could not be routed. Only a configuration mistake leads here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoutingProblem {
    /// No route covers this kind of request on this plan.
    NoRoute,
    /// The route names a channel that is not configured.
    UnknownChannel { channel_id: String },
}

impl RoutingProblem {
    /// The problem in English, addressed to whoever maintains the configuration.
    pub fn message(&self) -> String {
        match self {
            RoutingProblem::NoRoute => {
                "The configuration has no route for this kind of request on this plan.".to_owned()
            }
            RoutingProblem::UnknownChannel { channel_id } => format!(
                "The configuration routes this request to the channel \"{channel_id}\", which \
                 does not exist."
            ),
        }
    }
}

/// Where a request goes and how to get there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoutingDecision {
    pub kind: RequestKind,
    pub plan: CustomerPlan,
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
    /// The languages support is offered in on this channel; empty when the vendor publishes no
    /// list for it.
    pub languages: Vec<String>,
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

/// Decides where a request of this kind, from a customer on this plan, goes. The rules and
/// channels are configuration data; a mistake in them comes back as a [`RoutingProblem`].
pub fn route(kind: RequestKind, plan: CustomerPlan, config: &Config) -> RoutingDecision {
    let unresolved = |problem: RoutingProblem, warnings: Vec<RouteWarning>| RoutingDecision {
        kind,
        plan,
        channel: Err(problem),
        steps: Vec::new(),
        call_back: false,
        is_ticket: true,
        languages: Vec::new(),
        warnings,
    };
    let Some(rule) = config.route_for(kind, plan) else {
        return unresolved(RoutingProblem::NoRoute, Vec::new());
    };
    let Some(channel) = config.channel(&rule.channel) else {
        return unresolved(
            RoutingProblem::UnknownChannel { channel_id: rule.channel.clone() },
            rule.warnings.clone(),
        );
    };
    let languages = channel
        .languages
        .map(|set| config.support_languages.list(set).to_vec())
        .unwrap_or_default();
    RoutingDecision {
        kind,
        plan,
        steps: channel.steps.clone(),
        call_back: channel.kind == ChannelKind::CallBack,
        is_ticket: channel.kind != ChannelKind::Feedback,
        languages,
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
        plan: CustomerPlan,
        expected_channel: &str,
        expected_ticket: bool,
        expected_call_back: bool,
        expected_warnings: &[&str],
    ) {
        let decision = route(kind, plan, config);
        let case = format!("{} on {}", kind.as_str(), plan.as_str());
        assert_eq!(decision.channel_id(), Some(expected_channel), "{case}");
        assert_eq!((decision.kind, decision.plan), (kind, plan), "{case}");
        assert_eq!(decision.is_ticket, expected_ticket, "{case}: is a ticket");
        assert_eq!(decision.call_back, expected_call_back, "{case}: call-back");
        let stays_in_flow =
            matches!(kind, RequestKind::Technical | RequestKind::BillingLicensingAccount);
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

    /// Kind, plan, channel id, is a ticket, is a call-back, warning ids.
    type RoutingRow =
        (RequestKind, CustomerPlan, &'static str, bool, bool, &'static [&'static str]);

    #[test]
    fn built_in_routing_table() {
        use CustomerPlan::{Premier, Professional, SmallTenant};
        use RequestKind::*;
        let config = Config::built_in();
        const PAID: &[&str] = &["configuration_manager_paid_support"];
        let table: [RoutingRow; 15] = [
            (Technical, Professional, "admin-centre-mdm", true, false, &[]),
            (Technical, Premier, "premier-portal", true, false, &["premier_procedural_billable"]),
            (Technical, SmallTenant, "admin-centre-call-back", true, true, &[]),
            (BillingLicensingAccount, Professional, "admin-centre-billing", true, false, &[]),
            (BillingLicensingAccount, Premier, "admin-centre-billing", true, false, &[]),
            (BillingLicensingAccount, SmallTenant, "admin-centre-call-back", true, true, &[]),
            (ConfigurationManagerOrEndpointProtection, Professional, "partner", true, false, PAID),
            (ConfigurationManagerOrEndpointProtection, Premier, "partner", true, false, PAID),
            (ConfigurationManagerOrEndpointProtection, SmallTenant, "partner", true, false, PAID),
            (VolumeLicensing, Professional, "volume-licensing", true, false, &[]),
            (VolumeLicensing, Premier, "volume-licensing", true, false, &[]),
            (VolumeLicensing, SmallTenant, "volume-licensing", true, false, &[]),
            (FeatureRequest, Professional, "feedback-site", false, false, &[]),
            (FeatureRequest, Premier, "feedback-site", false, false, &[]),
            (FeatureRequest, SmallTenant, "feedback-site", false, false, &[]),
        ];
        for (kind, plan, channel, ticket, call_back, warnings) in table {
            check(&config, kind, plan, channel, ticket, call_back, warnings);
        }
        // Every combination is in the table once.
        for kind in RequestKind::ALL {
            for plan in CustomerPlan::ALL {
                let rows = table.iter().filter(|row| row.0 == kind && row.1 == plan).count();
                assert_eq!(rows, 1, "{} on {}", kind.as_str(), plan.as_str());
            }
        }
    }

    #[test]
    fn decision_carries_category_steps_and_languages_from_the_configuration() {
        let config = Config::built_in();
        let technical = route(RequestKind::Technical, CustomerPlan::Professional, &config);
        let channel = technical.channel.clone().expect("built-in routes resolve");
        assert_eq!(channel.category.as_deref(), Some("Mobile device management"));
        assert_eq!(channel.url.as_deref(), Some("https://portal.office.com"));
        assert_eq!(technical.steps, channel.steps);
        assert_eq!(technical.languages, vec!["en".to_owned(), "ja".to_owned()]);

        let billing =
            route(RequestKind::BillingLicensingAccount, CustomerPlan::Professional, &config);
        assert_eq!(
            billing.channel.as_ref().ok().and_then(|channel| channel.category.as_deref()),
            Some("Billing and product information")
        );
        assert!(billing.languages.len() > technical.languages.len());

        let feedback = route(RequestKind::FeatureRequest, CustomerPlan::Premier, &config);
        assert!(feedback.languages.is_empty());
        assert_eq!(
            feedback.channel.as_ref().ok().and_then(|channel| channel.url.as_deref()),
            Some("https://microsoftintune.uservoice.com/forums/291681-ideas")
        );
    }

    #[test]
    fn configuration_mistakes_are_values() {
        let parsed = parse_config(
            r#"{"version": 1,
                "routes": [{"kind": "technical", "plans": ["premier"], "channel": "gone",
                            "warnings": [{"id": "w", "text": "Careful"}]}]}"#,
        );
        let config = parsed.config;
        let dangling = route(RequestKind::Technical, CustomerPlan::Premier, &config);
        assert_eq!(
            dangling.channel,
            Err(RoutingProblem::UnknownChannel { channel_id: "gone".to_owned() })
        );
        assert!(dangling.is_ticket && !dangling.call_back && dangling.steps.is_empty());
        assert_eq!(dangling.warnings.len(), 1, "the rule's warnings still apply");
        let missing = route(RequestKind::Technical, CustomerPlan::Professional, &config);
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
        }
        for plan in CustomerPlan::ALL {
            assert_eq!(serde_json::to_value(plan).ok(), Some(plan.as_str().into()));
        }
    }
}
