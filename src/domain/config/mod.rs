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
//! This file holds the configuration's shape and what it answers (the channel, the route and
//! the routing decision for a request, the response policy for a customer); the channels and
//! routes themselves are `domain::routing`'s types. The reference vendor's data is in
//! `built_in.rs`, the check of every configured link in `links.rs`, the problems a reader
//! reports in `problems.rs` and the reader itself in `reader.rs`. Besides `tests.rs`,
//! `routing_tests.rs` tests the routing decisions and `fuzz.rs` holds the property tests of the
//! reader.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use crate::domain::helpdesk::Helpdesk;
use crate::domain::knowledge::Article;
use crate::domain::localised_text::LocalisedText;
use crate::domain::plan::SupportPlan;
use crate::domain::request::{Customer, RequestKind, SupportContract, TenantSize};
use crate::domain::response::{BusinessCalendar, Policy};
use crate::domain::routing::{
    deciding_route, Channel, Resource, Route, RoutingDecision, RoutingProblem, SupportLanguages,
};

mod built_in;
mod links;
mod problems;
mod reader;
pub mod translations;

pub use links::{check_link, LinkProblem};
pub use problems::{ConfigProblem, ConfigProblemKind, Expected};
pub use reader::{parse_config, parse_config_value, parse_prefill_value, ParsedConfig};

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
    /// `mailto:`), the short form of [`Config::helpdesk`]; absent means nothing ever leaves the
    /// browser. Never given together with `helpdesk`: see [`Config::handoff_helpdesk`].
    pub helpdesk_endpoint: Option<String>,
    /// The organisation's helpdesk and how tickets reach it (JSON, email, Zammad, Zendesk).
    pub helpdesk: Option<Helpdesk>,
    /// Drafts untouched for this many days may be cleaned up.
    pub draft_cleanup_days: u32,
    /// The self-help articles suggested from what the admin writes.
    pub knowledge_base: KnowledgeBaseSettings,
    /// The level of every screen's top heading, so the widget fits under a host page's own
    /// headings.
    pub heading_level: HighestHeading,
}

/// The level of the widget's top heading: 1 (`h1`) on a page of its own, lower inside a host
/// page that has its own `h1`. Every heading below it keeps its distance: with 2, a screen's
/// `h1` becomes `h2` and its `h2` becomes `h3`, never lower than `h6`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct HighestHeading(u8);

impl HighestHeading {
    /// The lowest level a page owner may choose for the top heading.
    pub const LOWEST_ALLOWED: u8 = 4;

    /// `level`, kept between 1 and [`HighestHeading::LOWEST_ALLOWED`].
    pub fn new(level: u8) -> Self {
        HighestHeading(level.clamp(1, Self::LOWEST_ALLOWED))
    }

    /// The level a heading the widget writes as `level` (1 for a screen's title) gets on
    /// the page.
    pub fn place(self, level: u8) -> u8 {
        self.0.saturating_add(level.saturating_sub(1)).clamp(1, 6)
    }

    /// The element name of a heading the widget writes as `level`: "h1" to "h6".
    pub fn tag(self, level: u8) -> &'static str {
        match self.place(level) {
            1 => "h1",
            2 => "h2",
            3 => "h3",
            4 => "h4",
            5 => "h5",
            _ => "h6",
        }
    }

    /// The chosen level of the top heading.
    pub fn level(self) -> u8 {
        self.0
    }
}

impl Default for HighestHeading {
    fn default() -> Self {
        HighestHeading(1)
    }
}

/// Which self-help articles are suggested: the built-in ones (the vendor's troubleshooting
/// topics, kept in the ticket flow's module, not in the configuration) and the page owner's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KnowledgeBaseSettings {
    /// Whether the built-in articles are suggested too.
    pub include_built_in: bool,
    /// The page owner's own articles, suggested next to the built-in ones.
    pub articles: Vec<Article>,
}

impl Default for KnowledgeBaseSettings {
    fn default() -> Self {
        KnowledgeBaseSettings { include_built_in: true, articles: Vec::new() }
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
        match (customer.contract, customer.tenant_size) {
            (SupportContract::Premier, _) => &self.premier,
            (SupportContract::Professional, TenantSize::FewerThan100) => &self.small_tenant,
            (SupportContract::Professional, TenantSize::HundredOrMore) => &self.professional,
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
    /// Where finished tickets are handed off: `helpdesk`, or the helpdesk its short form
    /// `helpdesk_endpoint` names; `None` when nothing may leave the browser.
    pub fn handoff_helpdesk(&self) -> Option<Helpdesk> {
        self.helpdesk
            .clone()
            .or_else(|| self.helpdesk_endpoint.as_deref().map(Helpdesk::from_endpoint))
    }

    /// Every configured text a user reads (resources, channels, warnings, the page owner's
    /// articles), in the order of the configuration.
    pub fn user_texts(&self) -> Vec<&LocalisedText> {
        let mut texts: Vec<&LocalisedText> = Vec::new();
        let resources = self
            .self_help
            .iter()
            .chain([&self.feedback_site, &self.community_forum])
            .chain(self.channels.iter().flat_map(|channel| &channel.links));
        for channel in &self.channels {
            texts.push(&channel.name);
            texts.extend(&channel.category);
            texts.extend(&channel.steps);
        }
        for resource in resources {
            texts.extend([&resource.title, &resource.description]);
        }
        for route in &self.routes {
            texts.extend(route.warnings.iter().map(|warning| &warning.text));
        }
        for article in &self.knowledge_base.articles {
            texts.extend([&article.title, &article.summary]);
        }
        texts
    }

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

    /// Decides where a request of this kind, from this customer, goes. The rules and channels
    /// are configuration data; a mistake in them comes back as a [`RoutingProblem`].
    pub fn route(&self, kind: RequestKind, customer: Customer) -> RoutingDecision {
        let Some(rule) = self.route_for(kind, customer) else {
            let problem = RoutingProblem::NoRoute;
            return RoutingDecision::unresolved(kind, customer, problem, Vec::new());
        };
        let Some(channel) = self.channel(&rule.channel) else {
            let problem = RoutingProblem::UnknownChannel { channel_id: rule.channel.clone() };
            return RoutingDecision::unresolved(kind, customer, problem, rule.warnings.clone());
        };
        RoutingDecision::through(kind, customer, rule, channel, &self.support_languages)
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

#[cfg(test)]
mod routing_tests;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz;
