//! Routing: which channel a request goes to, and how to open it.
//!
//! The channels and the rules that choose among them (routes) are configuration data, and the
//! configuration decides with them (`Config::route`). This module says what a channel, a rule
//! and a decision are, and how a rule is chosen.

use serde::Serialize;

use crate::domain::localised_text::LocalisedText;
use crate::domain::request::{Customer, RequestKind, SupportContract, TenantSize};

/// A link with a title and a short description.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Resource {
    pub title: LocalisedText,
    /// A link, checked by the configuration reader (`config::check_link`).
    pub url: String,
    /// May be empty.
    pub description: LocalisedText,
}

/// What kind of place a channel is; it decides whether a ticket is written at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelKind {
    /// An online support portal where the ticket is opened, usually in a category.
    Portal,
    /// A simpler flow that ends with the vendor calling back.
    CallBack,
    /// A partner or separate paid support, not the vendor's own channel.
    Partner,
    /// Another service of the vendor, such as a licensing service centre.
    ExternalService,
    /// The feedback site: a feature request is not a ticket.
    Feedback,
}

impl ChannelKind {
    /// Every kind with its JSON name.
    pub const ALL: [(&'static str, ChannelKind); 5] = [
        ("portal", ChannelKind::Portal),
        ("call_back", ChannelKind::CallBack),
        ("partner", ChannelKind::Partner),
        ("external_service", ChannelKind::ExternalService),
        ("feedback", ChannelKind::Feedback),
    ];
}

/// Which of the configured language lists applies to a channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LanguageSet {
    /// Online technical support.
    OnlineTechnical,
    /// Phone support and online billing support.
    BillingAndPhone,
}

impl LanguageSet {
    /// Every set with its JSON name.
    pub const ALL: [(&'static str, LanguageSet); 2] = [
        ("online_technical", LanguageSet::OnlineTechnical),
        ("billing_and_phone", LanguageSet::BillingAndPhone),
    ];
}

/// One way to reach support.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Channel {
    /// Unique among channels; routes refer to it.
    pub id: String,
    pub kind: ChannelKind,
    /// The name shown to the user, for example "Office 365 admin centre".
    pub name: LocalisedText,
    /// Where to start.
    pub url: Option<String>,
    /// The category to choose there, for example "Mobile device management".
    pub category: Option<LocalisedText>,
    /// The steps to open a request, in order.
    pub steps: Vec<LocalisedText>,
    /// Further links, such as documentation.
    pub links: Vec<Resource>,
    /// The language list that applies, if the vendor publishes one for this channel.
    pub languages: Option<LanguageSet>,
}

/// A note shown with a routing decision, such as a cost the user should know about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RouteWarning {
    /// A stable identifier, for example `premier_procedural_billable`, so a program reading
    /// the decision (or a test) can tell warnings apart whatever their language.
    pub id: String,
    /// What the user reads, per language.
    pub text: LocalisedText,
}

/// One routing rule: requests of `kind` from customers with any of `contracts` (and, when
/// given, with a tenant of one of `tenant_sizes`) go to `channel`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Route {
    pub kind: RequestKind,
    /// Configured as `plans`, the name of every release so far.
    #[serde(rename = "plans")]
    pub contracts: Vec<SupportContract>,
    /// The tenant sizes the rule is for; empty means every size.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tenant_sizes: Vec<TenantSize>,
    /// The id of a configured channel.
    pub channel: String,
    pub warnings: Vec<RouteWarning>,
}

impl Route {
    /// Whether the rule covers requests of `kind` from `customer`.
    pub fn applies_to(&self, kind: RequestKind, customer: Customer) -> bool {
        self.kind == kind
            && self.contracts.contains(&customer.contract)
            && (self.tenant_sizes.is_empty() || self.tenant_sizes.contains(&customer.tenant_size))
    }

    /// Whether the rule names tenant sizes, which makes it win over rules that do not.
    pub fn names_tenant_sizes(&self) -> bool {
        !self.tenant_sizes.is_empty()
    }
}

/// The position of the rule that decides requests of `kind` from `customer`: the first rule
/// that applies among those naming tenant sizes, otherwise the first that applies among the
/// others. So a rule for small tenants decides for them wherever it stands in the list, as the
/// `small_tenant` plan of earlier releases did.
pub fn deciding_route(routes: &[Route], kind: RequestKind, customer: Customer) -> Option<usize> {
    let first = |sized: bool| {
        routes.iter().position(|route| {
            route.names_tenant_sizes() == sized && route.applies_to(kind, customer)
        })
    };
    first(true).or_else(|| first(false))
}

/// The languages support is offered in, as language tags.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SupportLanguages {
    pub online_technical: Vec<String>,
    /// Empty when the vendor publishes no single list (the reference vendor lists phone and
    /// billing languages per country or region): the interface then says there are more
    /// languages and links to `billing_and_phone_page`.
    pub billing_and_phone: Vec<String>,
    /// The vendor's page of phone numbers, hours and languages per country or region.
    pub billing_and_phone_page: Option<String>,
}

impl SupportLanguages {
    /// The list for one language set.
    pub fn list(&self, set: LanguageSet) -> &[String] {
        match set {
            LanguageSet::OnlineTechnical => &self.online_technical,
            LanguageSet::BillingAndPhone => &self.billing_and_phone,
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
    pub steps: Vec<LocalisedText>,
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

    /// The decision of `rule`, which sends the request to `channel`; `languages` are the
    /// configured language lists.
    pub fn through(
        kind: RequestKind,
        customer: Customer,
        rule: &Route,
        channel: &Channel,
        languages: &SupportLanguages,
    ) -> RoutingDecision {
        RoutingDecision {
            kind,
            customer,
            steps: channel.steps.clone(),
            call_back: channel.kind == ChannelKind::CallBack,
            is_ticket: channel.kind != ChannelKind::Feedback,
            languages: language_offer(channel, languages),
            warnings: rule.warnings.clone(),
            channel: Ok(channel.clone()),
        }
    }

    /// No channel, because of a mistake in the configuration; `warnings` are those of the rule,
    /// when one was found.
    pub fn unresolved(
        kind: RequestKind,
        customer: Customer,
        problem: RoutingProblem,
        warnings: Vec<RouteWarning>,
    ) -> RoutingDecision {
        RoutingDecision {
            kind,
            customer,
            channel: Err(problem),
            steps: Vec::new(),
            call_back: false,
            is_ticket: true,
            languages: LanguageOffer::NotPublished,
            warnings,
        }
    }
}

/// What the configuration says about the languages of `channel`. A call-back is a phone call,
/// so it is never described as online support, whichever list it names.
fn language_offer(channel: &Channel, languages: &SupportLanguages) -> LanguageOffer {
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
