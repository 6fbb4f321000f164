//! The configuration: everything specific to a vendor or an organisation, as data.
//!
//! [`Config::built_in`] is the reference vendor (Microsoft Intune). A page owner can replace
//! any part of it with JSON, read by [`parse_config`]. The reader never fails: it reports every
//! problem it finds, with the JSON path and a message a page owner understands, and keeps the
//! built-in value wherever a given value cannot be used. Only input that cannot be a
//! configuration at all (not JSON, not an object, another format version) discards the whole
//! text, and then the built-in configuration is used.
//!
//! The JSON format is documented in `docs/configuration.md`; its examples are tested in
//! `tests.rs`.
//!
//! This file holds the model and what it answers. The reference vendor's data is in
//! `built_in.rs`, the check of every configured link in `links.rs`, the problems a reader
//! reports in `problems.rs` and the reader itself in `reader.rs`; `fuzz.rs` holds the property
//! tests of the reader.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use crate::domain::plan::SupportPlan;
use crate::domain::response::{BusinessCalendar, Policy};
use crate::domain::routing::{Customer, CustomerPlan, RequestKind, TenantSize};

mod built_in;
mod links;
mod problems;
mod reader;

pub use links::{check_link, LinkProblem};
pub use problems::{ConfigProblem, ConfigProblemKind, Expected};
pub use reader::{parse_config, parse_config_value, ParsedConfig};

/// The configuration format version this code reads and writes.
pub const CONFIG_VERSION: u32 = 1;

/// The prefix of every storage key, unless configured otherwise.
pub const DEFAULT_STORAGE_PREFIX: &str = "support-triage";

/// How many days an untouched draft is kept, unless configured otherwise.
pub const DEFAULT_DRAFT_CLEANUP_DAYS: u32 = 30;

/// The longest draft clean-up age accepted, in days (about ten years).
pub const MAX_DRAFT_CLEANUP_DAYS: u32 = 3650;

/// The longest response target accepted, in hours (one year).
pub const MAX_TARGET_HOURS: u32 = 8760;

/// After this many problems the reader stops listing them, so hostile input cannot produce an
/// endless report.
pub const MAX_REPORTED_PROBLEMS: usize = 100;

const MAX_IDENTIFIER_LENGTH: usize = 64;

/// The whole configuration. Build it with [`Config::built_in`] or [`parse_config`]; serialising
/// it gives JSON that [`parse_config`] reads back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Config {
    /// The format version, always [`CONFIG_VERSION`].
    pub version: u32,
    /// The product the tickets are about, for example "Microsoft Intune".
    pub product_name: String,
    /// The vendor that supports it, for example "Microsoft".
    pub vendor_name: String,
    /// Resources to try before opening a ticket.
    pub self_help: Vec<Resource>,
    /// The product feedback (ideas) site, where feature requests belong.
    pub feedback_site: Resource,
    /// The community forum.
    pub community_forum: Resource,
    /// The ways to reach support, referred to by id from `routes`.
    pub channels: Vec<Channel>,
    /// Which channel each kind of request takes for each customer; see [`Config::route_for`].
    pub routes: Vec<Route>,
    /// The languages support is offered in.
    pub support_languages: SupportLanguages,
    /// Business calendars by name, for targets whose clock runs in business hours only.
    #[serde(serialize_with = "serialize_calendars")]
    pub calendars: BTreeMap<String, BusinessCalendar>,
    /// First-response targets per customer; see [`Policies::for_customer`].
    pub policies: Policies,
    /// The support plan a new user starts from.
    pub default_plan: SupportPlan,
    /// The prefix of every storage key, so several embeds on one site keep apart.
    pub storage_prefix: String,
    /// The interface language to use when the browser's is not wanted, for example "pl".
    pub default_locale: Option<String>,
    /// Where a finished ticket may be handed to the organisation's helpdesk (`https:` or
    /// `mailto:`); absent means nothing ever leaves the browser.
    pub helpdesk_endpoint: Option<String>,
    /// Drafts untouched for this many days may be cleaned up.
    pub draft_cleanup_days: u32,
}

/// A link with a title and a short description.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Resource {
    pub title: String,
    /// A link checked by [`check_link`].
    pub url: String,
    /// May be empty.
    pub description: String,
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
    pub name: String,
    /// Where to start.
    pub url: Option<String>,
    /// The category to choose there, for example "Mobile device management".
    pub category: Option<String>,
    /// The steps to open a request, in order.
    pub steps: Vec<String>,
    /// Further links, such as documentation.
    pub links: Vec<Resource>,
    /// The language list that applies, if the vendor publishes one for this channel.
    pub languages: Option<LanguageSet>,
}

/// A note shown with a routing decision, such as a cost the user should know about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RouteWarning {
    /// A stable identifier the interface can translate, for example
    /// `premier_procedural_billable`.
    pub id: String,
    /// The English text, used when the interface has no translation for `id`.
    pub text: String,
}

/// One routing rule: requests of `kind` from customers on any of `plans` (and, when given,
/// with a tenant of one of `tenant_sizes`) go to `channel`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Route {
    pub kind: RequestKind,
    pub plans: Vec<CustomerPlan>,
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
            && self.plans.contains(&customer.plan)
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
fn deciding_route(routes: &[Route], kind: RequestKind, customer: Customer) -> Option<usize> {
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

/// The first-response policies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Policies {
    /// Professional (subscription) customers with 100 licences or more.
    pub professional: Policy,
    /// Premier customers, whatever the size of their tenant: their response times come from
    /// their contract.
    pub premier: Policy,
    /// Professional customers with fewer than 100 licences, who go through the admin centre's
    /// "Need help?" and call-back flow.
    pub small_tenant: Policy,
}

impl Policies {
    /// The policy that applies to `customer`. A Premier contract decides the response times
    /// whatever the tenant's size; the size only matters on Professional support.
    pub fn for_customer(&self, customer: Customer) -> &Policy {
        match (customer.plan, customer.tenant_size) {
            (CustomerPlan::Premier, _) => &self.premier,
            (CustomerPlan::Professional, TenantSize::FewerThan100) => &self.small_tenant,
            (CustomerPlan::Professional, TenantSize::HundredOrMore) => &self.professional,
        }
    }

    /// Every policy with its name in the configuration.
    pub fn all(&self) -> [(&'static str, &Policy); 3] {
        [
            ("professional", &self.professional),
            ("premier", &self.premier),
            ("small_tenant", &self.small_tenant),
        ]
    }
}

impl Config {
    /// The channel with this id.
    pub fn channel(&self, id: &str) -> Option<&Channel> {
        self.channels.iter().find(|channel| channel.id == id)
    }

    /// The route that decides requests of this kind from this customer: the first that
    /// applies among the routes naming tenant sizes, otherwise the first that applies among the
    /// others.
    pub fn route_for(&self, kind: RequestKind, customer: Customer) -> Option<&Route> {
        deciding_route(&self.routes, kind, customer).and_then(|index| self.routes.get(index))
    }
}

// Serialisation of calendars in the documented JSON shape: weekdays by name, times as HH:MM.

#[derive(Serialize)]
struct CalendarOut<'calendar> {
    time_zone: &'calendar str,
    weekly: BTreeMap<&'static str, Vec<OpeningHoursOut>>,
    closed_dates: &'calendar [NaiveDate],
}

#[derive(Serialize)]
struct OpeningHoursOut {
    opens: String,
    closes: String,
}

const WEEKDAY_KEYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

fn serialize_calendars<S: Serializer>(
    calendars: &BTreeMap<String, BusinessCalendar>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let out: BTreeMap<&str, CalendarOut<'_>> = calendars
        .iter()
        .map(|(name, calendar)| {
            let weekly = WEEKDAY_KEYS
                .iter()
                .zip(calendar.weekly.iter())
                .filter(|(_, hours)| !hours.is_empty())
                .map(|(day, hours)| {
                    let hours = hours
                        .iter()
                        .map(|interval| OpeningHoursOut {
                            opens: interval.opens.format("%H:%M").to_string(),
                            closes: interval.closes.format("%H:%M").to_string(),
                        })
                        .collect();
                    (*day, hours)
                })
                .collect();
            let calendar_out = CalendarOut {
                time_zone: &calendar.time_zone,
                weekly,
                closed_dates: &calendar.closed_dates,
            };
            (name.as_str(), calendar_out)
        })
        .collect();
    out.serialize(serializer)
}

#[cfg(test)]
mod tests;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz;
