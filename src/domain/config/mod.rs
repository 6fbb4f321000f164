//! The configuration: everything specific to a vendor or an organisation, as data.
//!
//! [`Config::built_in`] is the reference vendor (Microsoft Intune). A page owner can replace
//! any part of it with JSON, read by [`parse_config`]. The reader never fails: it reports every
//! problem it finds, with the JSON path and a message a page owner understands, and keeps the
//! built-in value wherever a given value cannot be used. Only input that cannot be a
//! configuration at all (not JSON, not an object, another format version) discards the whole
//! text, and then the built-in configuration is used.
//!
//! The JSON format is documented in `docs/configuration.md`; its examples are tested here.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{NaiveDate, NaiveTime};
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

use crate::domain::plan::{validate_plan, PlanProblem, SupportPlan};
use crate::domain::response::{BusinessCalendar, Clock, OpeningHours, Policy, Target};
use crate::domain::routing::{Customer, CustomerPlan, RequestKind, StoredCustomerPlan, TenantSize};

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
    /// The built-in configuration: the reference vendor, Microsoft Intune.
    pub fn built_in() -> Config {
        Config {
            version: CONFIG_VERSION,
            product_name: "Microsoft Intune".to_owned(),
            vendor_name: "Microsoft".to_owned(),
            self_help: vec![resource(
                "General troubleshooting tips",
                "https://docs.microsoft.com/intune/troubleshoot/general-troubleshooting-tips-for-microsoft-intune",
                "Common checks to try before opening a ticket.",
            )],
            feedback_site: resource(
                "Microsoft Intune ideas",
                "https://microsoftintune.uservoice.com/forums/291681-ideas",
                "Suggest an improvement or vote for ideas others have posted.",
            ),
            community_forum: resource(
                "Microsoft Intune forum on TechNet",
                "https://social.technet.microsoft.com/Forums/home",
                "Search earlier answers or ask other admins and Microsoft experts.",
            ),
            channels: built_in_channels(),
            routes: built_in_routes(),
            support_languages: SupportLanguages {
                online_technical: texts(&["en", "ja"]),
                // The vendor says phone and billing support come in "more languages" and lists
                // them per country or region, so no list is given here.
                billing_and_phone: Vec::new(),
                billing_and_phone_page: Some(PHONE_SUPPORT_PAGE.to_owned()),
            },
            calendars: BTreeMap::new(),
            policies: Policies {
                professional: around_the_clock_policy([2, 4, 8], false),
                // An example until the page owner gives the contract's figures.
                premier: Policy { example: true, ..around_the_clock_policy([1, 2, 4], true) },
                // Small tenants have the same subscription support as Professional customers.
                small_tenant: around_the_clock_policy([2, 4, 8], false),
            },
            default_plan: SupportPlan {
                vendor: crate::domain::plan::VendorTier {
                    name: "Microsoft support".to_owned(),
                    channel: None,
                    customer_plan: CustomerPlan::Professional,
                    tenant_size: None,
                },
                ..SupportPlan::empty()
            },
            storage_prefix: DEFAULT_STORAGE_PREFIX.to_owned(),
            default_locale: None,
            helpdesk_endpoint: None,
            draft_cleanup_days: DEFAULT_DRAFT_CLEANUP_DAYS,
        }
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
}

/// Plain `http:` is accepted for an endpoint on this very machine (a helpdesk bridge running
/// locally, or tests): the ticket text then never crosses a network.
fn is_loopback_http(lowercase_link: &str) -> bool {
    let Some(rest) = lowercase_link.strip_prefix("http://") else { return false };
    let host_and_port = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = match host_and_port.strip_prefix('[') {
        Some(bracketed) => bracketed.split(']').next().unwrap_or_default(),
        None => host_and_port.split(':').next().unwrap_or_default(),
    };
    matches!(host, "localhost" | "127.0.0.1" | "::1")
}

fn texts(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| (*item).to_owned()).collect()
}

fn resource(title: &str, url: &str, description: &str) -> Resource {
    Resource { title: title.to_owned(), url: url.to_owned(), description: description.to_owned() }
}

fn around_the_clock_policy(hours: [u32; 3], set_by_contract: bool) -> Policy {
    let target = |hours: u32| Target { minutes: hours * 60, clock: Clock::AroundTheClock };
    Policy {
        critical: target(hours[0]),
        moderate: target(hours[1]),
        minimal: target(hours[2]),
        set_by_contract,
        example: false,
    }
}

const ADMIN_CENTRE_URL: &str = "https://portal.office.com";

const PREMIER_URL: &str = "https://support.microsoft.com/en-us/premier/contacts";

/// The vendor's page of support phone numbers, hours and languages per country or region (the
/// source links it relative to its own folder of the documentation).
const PHONE_SUPPORT_PAGE: &str =
    "https://docs.microsoft.com/intune/contact-assisted-phone-support-for-microsoft-intune";

fn admin_centre_channel(id: &str, category: &str, languages: LanguageSet) -> Channel {
    Channel {
        id: id.to_owned(),
        kind: ChannelKind::Portal,
        name: "Office 365 admin centre".to_owned(),
        url: Some(ADMIN_CENTRE_URL.to_owned()),
        category: Some(category.to_owned()),
        steps: vec![
            "Sign in to the Office 365 admin centre with your Intune administrator account."
                .to_owned(),
            "Select the Admin tile.".to_owned(),
            "In the left-hand menu, under Support, select Support to start a new request."
                .to_owned(),
            format!(
                "Choose the category \"{category}\". If it is not in the list, select More at \
                 the bottom of the list."
            ),
            "Paste the ticket prepared here and send the request.".to_owned(),
            "To follow up later, open Support and then Service requests in the same menu."
                .to_owned(),
        ],
        links: Vec::new(),
        languages: Some(languages),
    }
}

fn built_in_channels() -> Vec<Channel> {
    vec![
        admin_centre_channel(
            "admin-centre-mdm",
            "Mobile device management",
            LanguageSet::OnlineTechnical,
        ),
        admin_centre_channel(
            "admin-centre-billing",
            "Billing and product information",
            LanguageSet::BillingAndPhone,
        ),
        Channel {
            id: "premier-portal".to_owned(),
            kind: ChannelKind::Portal,
            name: "Premier support portal".to_owned(),
            url: Some(PREMIER_URL.to_owned()),
            category: None,
            steps: texts(&[
                "Sign in to the Premier support portal with the account named in your \
                 Premier agreement.",
                "Start a new support request for Microsoft Intune.",
                "Paste the ticket prepared here and send the request.",
            ]),
            links: Vec::new(),
            languages: Some(LanguageSet::OnlineTechnical),
        },
        Channel {
            id: "premier-portal-billing".to_owned(),
            kind: ChannelKind::Portal,
            name: "Premier support portal".to_owned(),
            url: Some(PREMIER_URL.to_owned()),
            category: None,
            steps: texts(&[
                "Sign in to the Premier support portal with the account named in your \
                 Premier agreement.",
                "Start a new request about billing, licensing or your account for Microsoft \
                 Intune.",
                "Paste the ticket prepared here and send the request.",
            ]),
            links: Vec::new(),
            languages: Some(LanguageSet::BillingAndPhone),
        },
        Channel {
            id: "admin-centre-call-back".to_owned(),
            kind: ChannelKind::CallBack,
            name: "\"Need help?\" in the Office 365 admin centre".to_owned(),
            url: Some(ADMIN_CENTRE_URL.to_owned()),
            category: None,
            steps: texts(&[
                "Sign in to the Office 365 admin centre with your Intune administrator account.",
                "Open Support. Tenants with fewer than 100 licences see a \"Need help?\" button \
                 instead of a list of categories.",
                "Select \"Need help?\", paste the summary prepared here into the text box and \
                 select Get help.",
                "Look through the suggested resources. If none of them solves the problem, ask \
                 to be called back and keep the prepared ticket at hand for the call.",
            ]),
            links: Vec::new(),
            languages: Some(LanguageSet::BillingAndPhone),
        },
        Channel {
            id: "partner".to_owned(),
            kind: ChannelKind::Partner,
            name: "Your partner, or Configuration Manager and Endpoint Protection support"
                .to_owned(),
            url: Some("https://docs.microsoft.com/sccm/".to_owned()),
            category: None,
            steps: texts(&[
                "Look in the Configuration Manager or Endpoint Protection documentation first; \
                 it covers many common problems.",
                "Contact your Microsoft partner, or open an online or phone request with \
                 Configuration Manager and Endpoint Protection support.",
                "Use the ticket prepared here as the description of the problem.",
            ]),
            links: vec![
                resource(
                    "Configuration Manager documentation",
                    "https://docs.microsoft.com/sccm/",
                    "Self-help for System Center Configuration Manager.",
                ),
                resource(
                    "Endpoint Protection documentation",
                    "https://technet.microsoft.com/en-us/library/hh508836.aspx",
                    "Self-help for System Center Endpoint Protection.",
                ),
            ],
            languages: None,
        },
        Channel {
            id: "volume-licensing".to_owned(),
            kind: ChannelKind::ExternalService,
            name: "Volume licensing support".to_owned(),
            url: Some("http://go.microsoft.com/fwlink/p/?LinkID=282016".to_owned()),
            category: None,
            steps: texts(&[
                "For licences and product keys bought through volume licensing, use the Volume \
                 Licensing Service Center.",
                "For billing questions about those licences, use billing and subscription \
                 management support.",
            ]),
            links: vec![
                resource(
                    "Volume Licensing Service Center",
                    "http://go.microsoft.com/fwlink/p/?LinkID=282016",
                    "Licences and product keys.",
                ),
                resource(
                    "Billing and subscription management support",
                    "http://support.microsoft.com/oas/default.aspx?prid=15371",
                    "Billing questions.",
                ),
                resource(
                    "Volume licensing",
                    "http://go.microsoft.com/fwlink/p/?LinkID=282015",
                    "General information about volume licensing.",
                ),
            ],
            languages: None,
        },
        Channel {
            id: "feedback-site".to_owned(),
            kind: ChannelKind::Feedback,
            name: "Microsoft Intune ideas".to_owned(),
            url: Some("https://microsoftintune.uservoice.com/forums/291681-ideas".to_owned()),
            category: None,
            steps: texts(&[
                "Search the ideas site for a suggestion like yours and vote for it.",
                "If there is none, post your idea. A feature request is feedback, not a \
                 support ticket.",
            ]),
            links: Vec::new(),
            languages: None,
        },
    ]
}

fn built_in_routes() -> Vec<Route> {
    use CustomerPlan::{Premier, Professional};
    let route = |kind, plans: &[CustomerPlan], channel: &str, warnings: Vec<RouteWarning>| Route {
        kind,
        plans: plans.to_vec(),
        tenant_sizes: Vec::new(),
        channel: channel.to_owned(),
        warnings,
    };
    // Tenants with fewer than 100 licences see the admin centre's "Need help?" flow instead of
    // its categories; Premier customers open every ticket on the Premier page, so this rule is
    // for Professional customers only.
    let small_tenant = |kind| Route {
        tenant_sizes: vec![TenantSize::FewerThan100],
        ..route(kind, &[Professional], "admin-centre-call-back", Vec::new())
    };
    let procedural_billable = RouteWarning {
        id: "premier_procedural_billable".to_owned(),
        text: "Under a Premier agreement, procedural questions such as \"how do I configure \
               this feature?\" are charged."
            .to_owned(),
    };
    let configuration_manager_paid = RouteWarning {
        id: "configuration_manager_paid_support".to_owned(),
        text: "Configuration Manager and Endpoint Protection support is not part of the Intune \
               subscription: it is paid, or deducted from your existing licence or Premier \
               agreement."
            .to_owned(),
    };
    let all = [Professional, Premier];
    let mut routes = Vec::new();
    // Intune with Configuration Manager is Intune support: the same channels at no extra charge.
    for kind in [RequestKind::Technical, RequestKind::IntuneWithConfigurationManager] {
        routes.push(route(kind, &[Premier], "premier-portal", vec![procedural_billable.clone()]));
        routes.push(small_tenant(kind));
        routes.push(route(kind, &[Professional], "admin-centre-mdm", Vec::new()));
    }
    routes.extend([
        route(
            RequestKind::BillingLicensingAccount,
            &[Premier],
            "premier-portal-billing",
            Vec::new(),
        ),
        small_tenant(RequestKind::BillingLicensingAccount),
        route(
            RequestKind::BillingLicensingAccount,
            &[Professional],
            "admin-centre-billing",
            Vec::new(),
        ),
        route(
            RequestKind::StandaloneConfigurationManager,
            &all,
            "partner",
            vec![configuration_manager_paid],
        ),
        route(RequestKind::VolumeLicensing, &all, "volume-licensing", Vec::new()),
        route(RequestKind::FeatureRequest, &all, "feedback-site", Vec::new()),
    ]);
    routes
}

/// A configuration written before requests about Intune with Configuration Manager were a kind
/// of their own has no route for them. The vendor supports them like any other Intune question,
/// so they take the routes of technical requests.
fn with_configuration_manager_routes(mut routes: Vec<Route>) -> Vec<Route> {
    let kind = RequestKind::IntuneWithConfigurationManager;
    if routes.iter().any(|route| route.kind == kind) {
        return routes;
    }
    let technical: Vec<Route> = routes
        .iter()
        .filter(|route| route.kind == RequestKind::Technical)
        .map(|route| Route { kind, ..route.clone() })
        .collect();
    routes.extend(technical);
    routes
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

// ---------------------------------------------------------------------------------------------
// Links.

/// Why a configured link was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkProblem {
    Empty,
    /// Spaces, tabs, line breaks or other control characters inside the link.
    ContainsSpaceOrControl,
    /// A character that has no business in a link and could break out of an attribute.
    UnsafeCharacter {
        character: char,
    },
    /// No scheme: relative links depend on the host page and are refused.
    Relative,
    /// A scheme other than `https:`, `http:` or `mailto:`, such as `javascript:` or `data:`.
    SchemeNotAllowed {
        scheme: String,
    },
    /// An `http(s):` link without `//` and a host name.
    MissingHost,
    /// A user name or password before the host, a classic way to disguise the real host.
    CredentialsInLink,
    /// A `mailto:` link without an address.
    MissingAddress,
}

impl LinkProblem {
    /// The problem in English.
    pub fn message(&self) -> String {
        match self {
            LinkProblem::Empty => "the link is empty".to_owned(),
            LinkProblem::ContainsSpaceOrControl => {
                "the link contains spaces or control characters".to_owned()
            }
            LinkProblem::UnsafeCharacter { character } => {
                format!("the link contains the character {character:?}, which is not allowed")
            }
            LinkProblem::Relative => {
                "the link has no scheme; write a full link starting with https:, http: or mailto:"
                    .to_owned()
            }
            LinkProblem::SchemeNotAllowed { scheme } => format!(
                "links starting with \"{scheme}:\" are not allowed; use https:, http: or mailto:"
            ),
            LinkProblem::MissingHost => "the link has no host name after \"//\"".to_owned(),
            LinkProblem::CredentialsInLink => {
                "the link contains a user name or password before the host".to_owned()
            }
            LinkProblem::MissingAddress => "the mailto: link has no email address".to_owned(),
        }
    }
}

/// Checks a configured link and returns it without surrounding whitespace.
///
/// Only `https:`, `http:` and `mailto:` links pass, compared without regard to case. Anything
/// a browser might read differently from how it looks (inner whitespace or control characters,
/// quotes, angle brackets, backslashes, credentials before the host) is refused.
pub fn check_link(raw: &str) -> Result<String, LinkProblem> {
    let link = raw.trim();
    if link.is_empty() {
        return Err(LinkProblem::Empty);
    }
    if link.chars().any(|character| character.is_whitespace() || character.is_control()) {
        return Err(LinkProblem::ContainsSpaceOrControl);
    }
    if let Some(character) = link.chars().find(|character| "<>\"'`\\".contains(*character)) {
        return Err(LinkProblem::UnsafeCharacter { character });
    }
    let Some((scheme, rest)) = link.split_once(':') else {
        return Err(LinkProblem::Relative);
    };
    let scheme_is_well_formed =
        scheme.chars().next().is_some_and(|first| first.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|character| character.is_ascii_alphanumeric() || "+.-".contains(character));
    if !scheme_is_well_formed {
        // For example "/path:with-colon" or "?q=a:b": the colon is not a scheme separator.
        return Err(LinkProblem::Relative);
    }
    match scheme.to_ascii_lowercase().as_str() {
        "https" | "http" => {
            let Some(after_slashes) = rest.strip_prefix("//") else {
                return Err(LinkProblem::MissingHost);
            };
            let authority = after_slashes.split(['/', '?', '#']).next().unwrap_or_default();
            if authority.contains('@') {
                return Err(LinkProblem::CredentialsInLink);
            }
            let host = authority.split(':').next().unwrap_or_default();
            if host.is_empty() {
                return Err(LinkProblem::MissingHost);
            }
            Ok(link.to_owned())
        }
        "mailto" => {
            let address = rest.split('?').next().unwrap_or_default();
            if address.contains('@') {
                Ok(link.to_owned())
            } else {
                Err(LinkProblem::MissingAddress)
            }
        }
        other => Err(LinkProblem::SchemeNotAllowed { scheme: shorten(other, 20) }),
    }
}

// ---------------------------------------------------------------------------------------------
// Problems.

/// What a value should have been.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    Object,
    List,
    /// Text that is not empty once surrounding spaces are removed.
    Text,
    /// Any text, empty allowed.
    AnyText,
    Boolean,
    PositiveNumber,
    WholeNumberInRange {
        minimum: u64,
        maximum: u64,
    },
    /// Letters, digits, `-`, `_` and `.`, starting with a letter or digit.
    Identifier,
    /// `HH:MM` from 00:00 to 23:59.
    Time,
    /// `YYYY-MM-DD`.
    Date,
    /// An IANA time zone name such as `Europe/Warsaw`.
    TimeZone,
    /// A language tag such as `en` or `zh-TW`.
    LanguageTag,
}

impl Expected {
    fn describe(&self) -> String {
        match self {
            Expected::Object => "an object ({ ... })".to_owned(),
            Expected::List => "a list ([ ... ])".to_owned(),
            Expected::Text => "non-empty text".to_owned(),
            Expected::AnyText => "text".to_owned(),
            Expected::Boolean => "true or false".to_owned(),
            Expected::PositiveNumber => "a positive number".to_owned(),
            Expected::WholeNumberInRange { minimum, maximum } => {
                format!("a whole number from {minimum} to {maximum}")
            }
            Expected::Identifier => format!(
                "an identifier of letters, digits, '-', '_' or '.', at most \
                 {MAX_IDENTIFIER_LENGTH} characters"
            ),
            Expected::Time => "a time as HH:MM, from 00:00 to 23:59".to_owned(),
            Expected::Date => "a date as YYYY-MM-DD".to_owned(),
            Expected::TimeZone => "a time zone name such as \"Europe/Warsaw\"".to_owned(),
            Expected::LanguageTag => "a language tag such as \"en\" or \"zh-TW\"".to_owned(),
        }
    }
}

/// What is wrong at one place of a configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigProblemKind {
    /// The text is not JSON. Fatal.
    InvalidJson { line: usize, column: usize, detail: String },
    /// The JSON is not an object. Fatal.
    TopLevelNotAnObject { found: String },
    /// The `version` is not 1. Fatal.
    UnsupportedVersion { found: String },
    /// There is no `version`; version 1 is assumed.
    MissingVersion,
    /// A field this version does not know; it is ignored.
    UnknownField,
    /// A required field of a list entry is missing; the entry is left out.
    MissingField,
    /// A value of the wrong type or shape.
    Invalid { expected: Expected, found: String },
    /// A link that is not a safe `https:`, `http:` or `mailto:` link.
    UnsafeLink { reason: LinkProblem, found: String },
    /// The hand-off endpoint receives ticket text, so plain `http:` is refused.
    EndpointNotEncrypted { found: String },
    /// A target gives both `hours` and `minutes`.
    HoursAndMinutes,
    /// A target gives neither `hours` nor `minutes`.
    MissingDuration,
    /// A target that is not a whole number of minutes, such as 0.01 hours.
    DurationNotWholeMinutes { found: String },
    /// A target longer than [`MAX_TARGET_HOURS`].
    DurationTooLong { found: String },
    /// An opening interval that closes before (or when) it opens.
    OpeningNotBeforeClosing { opens: String, closes: String },
    /// Two opening intervals of one day overlap.
    OverlappingOpeningHours,
    /// A calendar without any opening hours; a business clock on it would never run.
    CalendarNeverOpen,
    /// A second list entry with an id already used.
    DuplicateId { id: String },
    /// A reference to a channel that is not configured.
    UnknownChannel { id: String },
    /// A reference to a calendar that is not configured.
    UnknownCalendar { name: String },
    /// A name that is not one of the allowed ones.
    UnknownChoice { found: String, allowed: Vec<&'static str> },
    /// No route covers this kind of request on this plan: for any tenant size when
    /// `tenant_size` is `None`, otherwise for tenants of that size.
    MissingRoute { kind: RequestKind, plan: CustomerPlan, tenant_size: Option<TenantSize> },
    /// Other routes decide every request this route covers.
    RouteNeverUsed,
    /// The deprecated plan `small_tenant` in a route that also names `tenant_sizes`.
    SmallTenantWithTenantSizes,
    /// The default plan does not have the shape of a support plan.
    InvalidSupportPlan { detail: String },
    /// The default plan has a problem a user would be told about.
    SupportPlanProblem(PlanProblem),
    /// The report stops here; there were more problems.
    TooManyProblems,
}

/// One problem of a configuration: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigProblem {
    /// The JSON path, such as `policies.premier.critical.hours` or `routes[2].channel`;
    /// empty for the configuration as a whole.
    pub path: String,
    pub kind: ConfigProblemKind,
}

impl ConfigProblem {
    /// True when the problem discards the whole configuration in favour of the built-in one.
    pub fn is_fatal(&self) -> bool {
        matches!(
            self.kind,
            ConfigProblemKind::InvalidJson { .. }
                | ConfigProblemKind::TopLevelNotAnObject { .. }
                | ConfigProblemKind::UnsupportedVersion { .. }
        )
    }

    /// The problem in English, starting with its path, for example
    /// `policies.premier.critical.hours: expected a positive number, got -1`.
    pub fn message(&self) -> String {
        let place = if self.path.is_empty() { "configuration" } else { self.path.as_str() };
        format!("{place}: {}", self.describe())
    }

    fn describe(&self) -> String {
        match &self.kind {
            ConfigProblemKind::InvalidJson { line, column, detail } => format!(
                "this is not valid JSON (line {line}, column {column}: {detail}); the built-in \
                 configuration is used instead"
            ),
            ConfigProblemKind::TopLevelNotAnObject { found } => format!(
                "expected an object ({{ ... }}), got {found}; the built-in configuration is \
                 used instead"
            ),
            ConfigProblemKind::UnsupportedVersion { found } => format!(
                "this version reads configuration version {CONFIG_VERSION}, got {found}; the \
                 built-in configuration is used instead"
            ),
            ConfigProblemKind::MissingVersion => format!(
                "missing; version {CONFIG_VERSION} is assumed. Add \"version\": {CONFIG_VERSION}"
            ),
            ConfigProblemKind::UnknownField => {
                "unknown field, ignored; check its spelling and place".to_owned()
            }
            ConfigProblemKind::MissingField => {
                "required field missing; the entry is left out".to_owned()
            }
            ConfigProblemKind::Invalid { expected, found } => {
                format!("expected {}, got {found}", expected.describe())
            }
            ConfigProblemKind::UnsafeLink { reason, found } => {
                format!("{}, got {found}", reason.message())
            }
            ConfigProblemKind::EndpointNotEncrypted { found } => format!(
                "the hand-off endpoint receives ticket text, so it must start with https: or \
                 mailto: (or http: on this machine only), got {found}"
            ),
            ConfigProblemKind::HoursAndMinutes => {
                "give either \"hours\" or \"minutes\", not both".to_owned()
            }
            ConfigProblemKind::MissingDuration => {
                "give the target as \"hours\" or \"minutes\"".to_owned()
            }
            ConfigProblemKind::DurationNotWholeMinutes { found } => {
                format!("the target must be a whole number of minutes, got {found}")
            }
            ConfigProblemKind::DurationTooLong { found } => {
                format!("the target must be at most {MAX_TARGET_HOURS} hours, got {found}")
            }
            ConfigProblemKind::OpeningNotBeforeClosing { opens, closes } => {
                format!("opens at {opens} but closes at {closes}; it must open before it closes")
            }
            ConfigProblemKind::OverlappingOpeningHours => {
                "opening hours overlap; the day is left closed".to_owned()
            }
            ConfigProblemKind::CalendarNeverOpen => {
                "the calendar has no opening hours at all, so a business clock would never run; \
                 the calendar is left out"
                    .to_owned()
            }
            ConfigProblemKind::DuplicateId { id } => {
                format!("the id \"{id}\" is already used; this entry is left out")
            }
            ConfigProblemKind::UnknownChannel { id } => {
                format!("there is no channel with the id \"{id}\"")
            }
            ConfigProblemKind::UnknownCalendar { name } => {
                format!("there is no calendar named \"{name}\"")
            }
            ConfigProblemKind::UnknownChoice { found, allowed } => {
                let allowed: Vec<String> =
                    allowed.iter().map(|name| format!("\"{name}\"")).collect();
                format!("expected one of {}, got {found}", allowed.join(", "))
            }
            ConfigProblemKind::MissingRoute { kind, plan, tenant_size: None } => format!(
                "no route for \"{}\" requests on the \"{}\" plan",
                kind.as_str(),
                plan.as_str()
            ),
            ConfigProblemKind::MissingRoute { kind, plan, tenant_size: Some(size) } => format!(
                "no route for \"{}\" requests on the \"{}\" plan with \"{}\"",
                kind.as_str(),
                plan.as_str(),
                size.as_str()
            ),
            ConfigProblemKind::RouteNeverUsed => {
                "other routes already decide every request this route covers, so it is never \
                 used"
                    .to_owned()
            }
            ConfigProblemKind::SmallTenantWithTenantSizes => {
                "\"small_tenant\" is the old name for \"professional\" with \
                 \"fewer_than_100_licences\" and cannot be combined with \"tenant_sizes\"; it is \
                 read as \"professional\". Write \"professional\" and give the sizes in \
                 \"tenant_sizes\""
                    .to_owned()
            }
            ConfigProblemKind::InvalidSupportPlan { detail } => {
                format!("not a valid support plan ({detail}); the built-in default plan is used")
            }
            ConfigProblemKind::SupportPlanProblem(problem) => problem.message(),
            ConfigProblemKind::TooManyProblems => {
                format!("more than {MAX_REPORTED_PROBLEMS} problems; the rest are not listed")
            }
        }
    }
}

impl fmt::Display for ConfigProblem {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.message())
    }
}

/// The result of reading a configuration: a configuration that is always usable, and the
/// problems found on the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedConfig {
    pub config: Config,
    pub problems: Vec<ConfigProblem>,
}

impl ParsedConfig {
    /// True when the configuration was read without any problem.
    pub fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }

    /// True when the given text was discarded and the built-in configuration is in use.
    pub fn fell_back_to_built_in(&self) -> bool {
        self.problems.iter().any(ConfigProblem::is_fatal)
    }
}

// ---------------------------------------------------------------------------------------------
// Reading.

/// Reads a JSON configuration. Never fails and never panics: see the module documentation.
pub fn parse_config(json: &str) -> ParsedConfig {
    match serde_json::from_str::<Value>(json) {
        Ok(value) => parse_config_value(&value),
        Err(error) => fatal(
            "",
            ConfigProblemKind::InvalidJson {
                line: error.line(),
                column: error.column(),
                detail: shorten(&error.to_string(), 120),
            },
        ),
    }
}

/// Reads a configuration already parsed as JSON, for example an object handed over by the host
/// page. Behaves exactly like [`parse_config`].
pub fn parse_config_value(value: &Value) -> ParsedConfig {
    let Some(root) = value.as_object() else {
        return fatal("", ConfigProblemKind::TopLevelNotAnObject { found: describe_value(value) });
    };
    let mut reader = Reader::default();
    match root.get("version") {
        None => reader.report("version", ConfigProblemKind::MissingVersion),
        Some(version) if version.as_u64() == Some(u64::from(CONFIG_VERSION)) => {}
        Some(other) => {
            return fatal(
                "version",
                ConfigProblemKind::UnsupportedVersion { found: describe_value(other) },
            )
        }
    }
    let config = reader.read_root(root);
    ParsedConfig { config, problems: reader.problems }
}

fn fatal(path: &str, kind: ConfigProblemKind) -> ParsedConfig {
    ParsedConfig {
        config: Config::built_in(),
        problems: vec![ConfigProblem { path: path.to_owned(), kind }],
    }
}

const TOP_LEVEL_FIELDS: [&str; 16] = [
    "version",
    "product_name",
    "vendor_name",
    "self_help",
    "feedback_site",
    "community_forum",
    "channels",
    "routes",
    "support_languages",
    "calendars",
    "policies",
    "default_plan",
    "storage_prefix",
    "default_locale",
    "helpdesk_endpoint",
    "draft_cleanup_days",
];

/// Collects problems while reading. Every `read_*` method returns `None` when the value cannot
/// be used, after reporting why; the caller then keeps its default.
#[derive(Default)]
struct Reader {
    problems: Vec<ConfigProblem>,
}

impl Reader {
    fn report(&mut self, path: &str, kind: ConfigProblemKind) {
        if self.problems.len() < MAX_REPORTED_PROBLEMS {
            self.problems.push(ConfigProblem { path: path.to_owned(), kind });
        } else if self.problems.len() == MAX_REPORTED_PROBLEMS {
            self.problems.push(ConfigProblem {
                path: String::new(),
                kind: ConfigProblemKind::TooManyProblems,
            });
        }
    }

    fn invalid(&mut self, path: &str, expected: Expected, found: &Value) {
        self.report(path, ConfigProblemKind::Invalid { expected, found: describe_value(found) });
    }

    fn read_root(&mut self, root: &Map<String, Value>) -> Config {
        let defaults = Config::built_in();
        self.report_unknown_fields(root, "", &TOP_LEVEL_FIELDS);
        let text_or = |reader: &mut Reader, key: &str, default: String| {
            optional(root, key).and_then(|value| reader.read_text(value, key)).unwrap_or(default)
        };
        let product_name = text_or(self, "product_name", defaults.product_name);
        let vendor_name = text_or(self, "vendor_name", defaults.vendor_name);
        let self_help = optional(root, "self_help")
            .and_then(|value| self.read_resources(value, "self_help"))
            .unwrap_or(defaults.self_help);
        let feedback_site = optional(root, "feedback_site")
            .and_then(|value| self.read_resource(value, "feedback_site"))
            .unwrap_or(defaults.feedback_site);
        let community_forum = optional(root, "community_forum")
            .and_then(|value| self.read_resource(value, "community_forum"))
            .unwrap_or(defaults.community_forum);
        let channels = optional(root, "channels")
            .and_then(|value| self.read_channels(value, "channels"))
            .unwrap_or(defaults.channels);
        let given_routes =
            optional(root, "routes").and_then(|value| self.read_routes(value, "routes", &channels));
        let routes = match given_routes {
            Some(routes) => with_configuration_manager_routes(routes),
            None => {
                // The built-in routes may point at channels the page owner replaced.
                self.check_route_channels(&defaults.routes, "routes", &channels, None);
                defaults.routes
            }
        };
        self.check_route_coverage(&routes);
        let support_languages = optional(root, "support_languages")
            .and_then(|value| {
                self.read_support_languages(value, "support_languages", &defaults.support_languages)
            })
            .unwrap_or(defaults.support_languages);
        let calendars = optional(root, "calendars")
            .and_then(|value| self.read_calendars(value, "calendars"))
            .unwrap_or(defaults.calendars);
        let policies = optional(root, "policies")
            .and_then(|value| self.read_policies(value, "policies", &defaults.policies, &calendars))
            .unwrap_or(defaults.policies);
        let default_plan = optional(root, "default_plan")
            .and_then(|value| self.read_default_plan(value, "default_plan"))
            .unwrap_or(defaults.default_plan);
        if let Some(channel) = &default_plan.vendor.channel {
            if !channels.iter().any(|known| &known.id == channel) {
                self.report(
                    "default_plan.vendor.channel",
                    ConfigProblemKind::UnknownChannel { id: channel.clone() },
                );
            }
        }
        let storage_prefix = optional(root, "storage_prefix")
            .and_then(|value| self.read_identifier(value, "storage_prefix"))
            .unwrap_or(defaults.storage_prefix);
        let default_locale = match optional(root, "default_locale") {
            Some(value) => self.read_language_tag(value, "default_locale"),
            None => defaults.default_locale,
        };
        let helpdesk_endpoint = match optional(root, "helpdesk_endpoint") {
            Some(value) => self.read_endpoint(value, "helpdesk_endpoint"),
            None => defaults.helpdesk_endpoint,
        };
        let draft_cleanup_days = optional(root, "draft_cleanup_days")
            .and_then(|value| {
                self.read_whole_number(value, "draft_cleanup_days", 1, MAX_DRAFT_CLEANUP_DAYS)
            })
            .unwrap_or(defaults.draft_cleanup_days);
        Config {
            version: CONFIG_VERSION,
            product_name,
            vendor_name,
            self_help,
            feedback_site,
            community_forum,
            channels,
            routes,
            support_languages,
            calendars,
            policies,
            default_plan,
            storage_prefix,
            default_locale,
            helpdesk_endpoint,
            draft_cleanup_days,
        }
    }

    fn report_unknown_fields(&mut self, object: &Map<String, Value>, path: &str, known: &[&str]) {
        for key in object.keys() {
            if !known.contains(&key.as_str()) {
                self.report(&child(path, key), ConfigProblemKind::UnknownField);
            }
        }
    }

    fn read_object<'value>(
        &mut self,
        value: &'value Value,
        path: &str,
        known: &[&str],
    ) -> Option<&'value Map<String, Value>> {
        match value.as_object() {
            Some(object) => {
                self.report_unknown_fields(object, path, known);
                Some(object)
            }
            None => {
                self.invalid(path, Expected::Object, value);
                None
            }
        }
    }

    fn read_list<'value>(&mut self, value: &'value Value, path: &str) -> Option<&'value [Value]> {
        match value.as_array() {
            Some(list) => Some(list),
            None => {
                self.invalid(path, Expected::List, value);
                None
            }
        }
    }

    /// A required field of an object taken whole: reports a missing field.
    fn required<'value>(
        &mut self,
        object: &'value Map<String, Value>,
        path: &str,
        key: &str,
    ) -> Option<&'value Value> {
        let value = optional(object, key);
        if value.is_none() {
            self.report(&child(path, key), ConfigProblemKind::MissingField);
        }
        value
    }

    fn read_text(&mut self, value: &Value, path: &str) -> Option<String> {
        match value.as_str().map(str::trim) {
            Some(text) if !text.is_empty() => Some(text.to_owned()),
            _ => {
                self.invalid(path, Expected::Text, value);
                None
            }
        }
    }

    fn read_any_text(&mut self, value: &Value, path: &str) -> Option<String> {
        match value.as_str() {
            Some(text) => Some(text.trim().to_owned()),
            None => {
                self.invalid(path, Expected::AnyText, value);
                None
            }
        }
    }

    fn read_texts(&mut self, value: &Value, path: &str) -> Option<Vec<String>> {
        let list = self.read_list(value, path)?;
        Some(
            list.iter()
                .enumerate()
                .filter_map(|(index, item)| self.read_text(item, &item_path(path, index)))
                .collect(),
        )
    }

    fn read_bool(&mut self, value: &Value, path: &str) -> Option<bool> {
        let boolean = value.as_bool();
        if boolean.is_none() {
            self.invalid(path, Expected::Boolean, value);
        }
        boolean
    }

    fn read_whole_number(
        &mut self,
        value: &Value,
        path: &str,
        minimum: u32,
        maximum: u32,
    ) -> Option<u32> {
        let number = value
            .as_u64()
            .and_then(|number| u32::try_from(number).ok())
            .filter(|number| (minimum..=maximum).contains(number));
        if number.is_none() {
            let expected = Expected::WholeNumberInRange {
                minimum: u64::from(minimum),
                maximum: u64::from(maximum),
            };
            self.invalid(path, expected, value);
        }
        number
    }

    fn read_identifier(&mut self, value: &Value, path: &str) -> Option<String> {
        match value.as_str() {
            Some(text) if is_identifier(text) => Some(text.to_owned()),
            _ => {
                self.invalid(path, Expected::Identifier, value);
                None
            }
        }
    }

    /// A list of choices without repeats. An empty list is reported as missing and read as
    /// nothing: a rule for no plan or no size would never apply.
    fn read_choice_set<T: Copy + PartialEq>(
        &mut self,
        value: &Value,
        path: &str,
        options: &[(&'static str, T)],
    ) -> Option<Vec<T>> {
        let list = self.read_list(value, path)?;
        let mut chosen = Vec::new();
        for (index, item) in list.iter().enumerate() {
            if let Some(choice) = self.read_choice(item, &item_path(path, index), options) {
                if !chosen.contains(&choice) {
                    chosen.push(choice);
                }
            }
        }
        if chosen.is_empty() {
            self.report(path, ConfigProblemKind::MissingField);
            return None;
        }
        Some(chosen)
    }

    fn read_choice<T: Copy>(
        &mut self,
        value: &Value,
        path: &str,
        options: &[(&'static str, T)],
    ) -> Option<T> {
        let found = value
            .as_str()
            .and_then(|text| options.iter().find(|(name, _)| *name == text))
            .map(|(_, choice)| *choice);
        if found.is_none() {
            let allowed = options.iter().map(|(name, _)| *name).collect();
            self.report(
                path,
                ConfigProblemKind::UnknownChoice { found: describe_value(value), allowed },
            );
        }
        found
    }

    fn read_link(&mut self, value: &Value, path: &str) -> Option<String> {
        let Some(text) = value.as_str() else {
            self.invalid(path, Expected::Text, value);
            return None;
        };
        match check_link(text) {
            Ok(link) => Some(link),
            Err(reason) => {
                self.report(
                    path,
                    ConfigProblemKind::UnsafeLink { reason, found: describe_value(value) },
                );
                None
            }
        }
    }

    /// An optional value: `null` means absent. A value that cannot be used is reported and
    /// treated as absent too.
    fn read_nullable<T>(
        &mut self,
        value: &Value,
        path: &str,
        read: impl FnOnce(&mut Reader, &Value, &str) -> Option<T>,
    ) -> Option<T> {
        if value.is_null() {
            None
        } else {
            read(self, value, path)
        }
    }

    fn read_language_tag(&mut self, value: &Value, path: &str) -> Option<String> {
        self.read_nullable(value, path, |reader, value, path| match value.as_str() {
            Some(tag) if is_language_tag(tag) => Some(tag.to_owned()),
            _ => {
                reader.invalid(path, Expected::LanguageTag, value);
                None
            }
        })
    }

    fn read_language_tags(&mut self, value: &Value, path: &str) -> Option<Vec<String>> {
        let list = self.read_list(value, path)?;
        let mut tags: Vec<String> = Vec::new();
        for (index, item) in list.iter().enumerate() {
            if let Some(tag) = self.read_language_tag(item, &item_path(path, index)) {
                if !tags.contains(&tag) {
                    tags.push(tag);
                }
            }
        }
        Some(tags)
    }

    fn read_endpoint(&mut self, value: &Value, path: &str) -> Option<String> {
        let link = self.read_nullable(value, path, Reader::read_link)?;
        let lowercase = link.to_ascii_lowercase();
        if lowercase.starts_with("https:")
            || lowercase.starts_with("mailto:")
            || is_loopback_http(&lowercase)
        {
            Some(link)
        } else {
            self.report(
                path,
                ConfigProblemKind::EndpointNotEncrypted { found: describe_value(value) },
            );
            None
        }
    }

    fn read_resource(&mut self, value: &Value, path: &str) -> Option<Resource> {
        let object = self.read_object(value, path, &["title", "url", "description"])?;
        let title = self
            .required(object, path, "title")
            .and_then(|value| self.read_text(value, &child(path, "title")));
        let url = self
            .required(object, path, "url")
            .and_then(|value| self.read_link(value, &child(path, "url")));
        let description = optional(object, "description")
            .and_then(|value| self.read_any_text(value, &child(path, "description")))
            .unwrap_or_default();
        Some(Resource { title: title?, url: url?, description })
    }

    fn read_resources(&mut self, value: &Value, path: &str) -> Option<Vec<Resource>> {
        let list = self.read_list(value, path)?;
        Some(
            list.iter()
                .enumerate()
                .filter_map(|(index, item)| self.read_resource(item, &item_path(path, index)))
                .collect(),
        )
    }

    fn read_channel(&mut self, value: &Value, path: &str) -> Option<Channel> {
        const FIELDS: [&str; 8] =
            ["id", "kind", "name", "url", "category", "steps", "links", "languages"];
        let object = self.read_object(value, path, &FIELDS)?;
        let id = self
            .required(object, path, "id")
            .and_then(|value| self.read_identifier(value, &child(path, "id")));
        let kind = self
            .required(object, path, "kind")
            .and_then(|value| self.read_choice(value, &child(path, "kind"), &ChannelKind::ALL));
        let name = self
            .required(object, path, "name")
            .and_then(|value| self.read_text(value, &child(path, "name")));
        let url = optional(object, "url")
            .and_then(|value| self.read_nullable(value, &child(path, "url"), Reader::read_link));
        let category = optional(object, "category").and_then(|value| {
            self.read_nullable(value, &child(path, "category"), Reader::read_text)
        });
        let steps = optional(object, "steps")
            .and_then(|value| self.read_texts(value, &child(path, "steps")))
            .unwrap_or_default();
        let links = optional(object, "links")
            .and_then(|value| self.read_resources(value, &child(path, "links")))
            .unwrap_or_default();
        let languages = optional(object, "languages").and_then(|value| {
            self.read_nullable(value, &child(path, "languages"), |reader, value, path| {
                reader.read_choice(value, path, &LanguageSet::ALL)
            })
        });
        Some(Channel { id: id?, kind: kind?, name: name?, url, category, steps, links, languages })
    }

    fn read_channels(&mut self, value: &Value, path: &str) -> Option<Vec<Channel>> {
        let list = self.read_list(value, path)?;
        let mut channels: Vec<Channel> = Vec::new();
        for (index, item) in list.iter().enumerate() {
            let item_path = item_path(path, index);
            let Some(channel) = self.read_channel(item, &item_path) else {
                continue;
            };
            if channels.iter().any(|known| known.id == channel.id) {
                self.report(
                    &child(&item_path, "id"),
                    ConfigProblemKind::DuplicateId { id: channel.id },
                );
            } else {
                channels.push(channel);
            }
        }
        Some(channels)
    }

    fn read_warning(&mut self, value: &Value, path: &str) -> Option<RouteWarning> {
        let object = self.read_object(value, path, &["id", "text"])?;
        let id = self
            .required(object, path, "id")
            .and_then(|value| self.read_identifier(value, &child(path, "id")));
        let text = self
            .required(object, path, "text")
            .and_then(|value| self.read_text(value, &child(path, "text")));
        Some(RouteWarning { id: id?, text: text? })
    }

    /// Reads one route. A route naming the deprecated plan `small_tenant` becomes two when it
    /// names other plans too: one for those plans and one for Professional tenants with fewer
    /// than 100 licences.
    fn read_route(&mut self, value: &Value, path: &str) -> Option<Vec<Route>> {
        const FIELDS: [&str; 5] = ["kind", "plans", "tenant_sizes", "channel", "warnings"];
        let object = self.read_object(value, path, &FIELDS)?;
        let kind_options = RequestKind::ALL.map(|kind| (kind.as_str(), kind));
        let kind = self.required(object, path, "kind").and_then(|value| {
            // A name of an earlier release still reads; problems list only today's names.
            let deprecated = RequestKind::DEPRECATED_NAMES
                .into_iter()
                .find(|(name, _)| value.as_str() == Some(*name))
                .map(|(_, kind)| kind);
            deprecated.or_else(|| self.read_choice(value, &child(path, "kind"), &kind_options))
        });
        let plans = self.required(object, path, "plans").and_then(|value| {
            let plan_options = [
                ("professional", StoredCustomerPlan::Professional),
                ("premier", StoredCustomerPlan::Premier),
                ("small_tenant", StoredCustomerPlan::SmallTenant),
            ];
            self.read_choice_set(value, &child(path, "plans"), &plan_options)
        });
        let tenant_sizes = match optional(object, "tenant_sizes") {
            Some(value) if !value.is_null() => {
                let size_options = TenantSize::ALL.map(|size| (size.as_str(), size));
                self.read_choice_set(value, &child(path, "tenant_sizes"), &size_options).map(
                    |mut sizes| {
                        // Both sizes is the same as every size.
                        if sizes.len() == TenantSize::ALL.len() {
                            sizes.clear();
                        }
                        sizes
                    },
                )
            }
            _ => Some(Vec::new()),
        };
        let channel = self
            .required(object, path, "channel")
            .and_then(|value| self.read_identifier(value, &child(path, "channel")));
        let warnings: Vec<RouteWarning> = match optional(object, "warnings") {
            Some(value) => {
                let warnings_path = child(path, "warnings");
                self.read_list(value, &warnings_path).map(|list| {
                    list.iter()
                        .enumerate()
                        .filter_map(|(index, item)| {
                            self.read_warning(item, &item_path(&warnings_path, index))
                        })
                        .collect()
                })
            }
            None => None,
        }
        .unwrap_or_default();
        let (kind, stored_plans, tenant_sizes, channel) = (kind?, plans?, tenant_sizes?, channel?);
        let route = |plans: Vec<CustomerPlan>, tenant_sizes: Vec<TenantSize>| Route {
            kind,
            plans,
            tenant_sizes,
            channel: channel.clone(),
            warnings: warnings.clone(),
        };
        let has_small_tenant = stored_plans.contains(&StoredCustomerPlan::SmallTenant);
        let mut plans: Vec<CustomerPlan> = Vec::new();
        for stored in &stored_plans {
            let (plan, _) = stored.upgrade();
            if *stored != StoredCustomerPlan::SmallTenant && !plans.contains(&plan) {
                plans.push(plan);
            }
        }
        if !has_small_tenant {
            return Some(vec![route(plans, tenant_sizes)]);
        }
        if !tenant_sizes.is_empty() {
            self.report(&child(path, "plans"), ConfigProblemKind::SmallTenantWithTenantSizes);
            if !plans.contains(&CustomerPlan::Professional) {
                plans.push(CustomerPlan::Professional);
            }
            return Some(vec![route(plans, tenant_sizes)]);
        }
        // "small_tenant" meant a Professional tenant with fewer than 100 licences. Next to
        // "professional" it adds nothing; otherwise it becomes a rule of its own.
        let small_tenant = route(vec![CustomerPlan::Professional], vec![TenantSize::FewerThan100]);
        if plans.is_empty() {
            Some(vec![small_tenant])
        } else if plans.contains(&CustomerPlan::Professional) {
            Some(vec![route(plans, Vec::new())])
        } else {
            Some(vec![route(plans, Vec::new()), small_tenant])
        }
    }

    /// Reads the routes, keeping the original position of each so later problems point at the
    /// right entry.
    fn read_routes(
        &mut self,
        value: &Value,
        path: &str,
        channels: &[Channel],
    ) -> Option<Vec<Route>> {
        let list = self.read_list(value, path)?;
        let mut routes = Vec::new();
        let mut positions = Vec::new();
        for (index, item) in list.iter().enumerate() {
            for route in self.read_route(item, &item_path(path, index)).unwrap_or_default() {
                routes.push(route);
                positions.push(index);
            }
        }
        self.check_route_channels(&routes, path, channels, Some(&positions));
        self.check_unused_routes(&routes, path, &positions);
        Some(routes)
    }

    /// Reports routes to channels that do not exist. The routes are kept: routing then reports
    /// the same problem to the user instead of silently sending them elsewhere.
    fn check_route_channels(
        &mut self,
        routes: &[Route],
        path: &str,
        channels: &[Channel],
        positions: Option<&[usize]>,
    ) {
        let mut reported = Vec::new();
        for (index, route) in routes.iter().enumerate() {
            let position =
                positions.and_then(|positions| positions.get(index)).copied().unwrap_or(index);
            if !channels.iter().any(|channel| channel.id == route.channel)
                && !reported.contains(&position)
            {
                reported.push(position);
                self.report(
                    &child(&item_path(path, position), "channel"),
                    ConfigProblemKind::UnknownChannel { id: route.channel.clone() },
                );
            }
        }
    }

    /// Reports routes that decide no request at all, because other routes decide every
    /// request they cover.
    fn check_unused_routes(&mut self, routes: &[Route], path: &str, positions: &[usize]) {
        let position_of = |index: usize| positions.get(index).copied().unwrap_or(index);
        let mut used = Vec::new();
        for (index, route) in routes.iter().enumerate() {
            let decides_something = Customer::all().any(|customer| {
                route.applies_to(route.kind, customer)
                    && deciding_route(routes, route.kind, customer) == Some(index)
            });
            if decides_something {
                used.push(position_of(index));
            }
        }
        // An entry read as two routes (the old `small_tenant` plan) is used when either is.
        let mut reported = Vec::new();
        for index in 0..routes.len() {
            let position = position_of(index);
            if !used.contains(&position) && !reported.contains(&position) {
                reported.push(position);
                self.report(&item_path(path, position), ConfigProblemKind::RouteNeverUsed);
            }
        }
    }

    fn check_route_coverage(&mut self, routes: &[Route]) {
        for kind in RequestKind::ALL {
            for plan in CustomerPlan::ALL {
                let uncovered: Vec<TenantSize> = TenantSize::ALL
                    .into_iter()
                    .filter(|size| {
                        deciding_route(routes, kind, Customer::new(plan, *size)).is_none()
                    })
                    .collect();
                let tenant_size = match uncovered.as_slice() {
                    [] => continue,
                    [only] => Some(*only),
                    _ => None,
                };
                self.report("routes", ConfigProblemKind::MissingRoute { kind, plan, tenant_size });
            }
        }
    }

    fn read_support_languages(
        &mut self,
        value: &Value,
        path: &str,
        defaults: &SupportLanguages,
    ) -> Option<SupportLanguages> {
        const FIELDS: [&str; 3] =
            ["online_technical", "billing_and_phone", "billing_and_phone_page"];
        let object = self.read_object(value, path, &FIELDS)?;
        let list = |reader: &mut Reader, key: &str, default: &Vec<String>| {
            optional(object, key)
                .and_then(|value| reader.read_language_tags(value, &child(path, key)))
                .unwrap_or_else(|| default.clone())
        };
        let page_path = child(path, "billing_and_phone_page");
        let billing_and_phone_page = match optional(object, "billing_and_phone_page") {
            Some(value) => self.read_nullable(value, &page_path, Reader::read_link),
            None => defaults.billing_and_phone_page.clone(),
        };
        Some(SupportLanguages {
            online_technical: list(self, "online_technical", &defaults.online_technical),
            billing_and_phone: list(self, "billing_and_phone", &defaults.billing_and_phone),
            billing_and_phone_page,
        })
    }

    fn read_calendars(
        &mut self,
        value: &Value,
        path: &str,
    ) -> Option<BTreeMap<String, BusinessCalendar>> {
        // Calendar names are chosen by the page owner, so no key of this object is unknown.
        let Some(object) = value.as_object() else {
            self.invalid(path, Expected::Object, value);
            return None;
        };
        let mut calendars = BTreeMap::new();
        for (name, calendar_value) in object {
            let calendar_path = child(path, name);
            if !is_identifier(name) {
                self.invalid(&calendar_path, Expected::Identifier, &Value::String(name.clone()));
                continue;
            }
            if let Some(calendar) = self.read_calendar(calendar_value, &calendar_path) {
                calendars.insert(name.clone(), calendar);
            }
        }
        Some(calendars)
    }

    fn read_calendar(&mut self, value: &Value, path: &str) -> Option<BusinessCalendar> {
        let object = self.read_object(value, path, &["time_zone", "weekly", "closed_dates"])?;
        let time_zone =
            self.required(object, path, "time_zone").and_then(|value| match value.as_str() {
                Some(name) if is_time_zone_name(name) => Some(name.to_owned()),
                _ => {
                    self.invalid(&child(path, "time_zone"), Expected::TimeZone, value);
                    None
                }
            });
        let weekly = self
            .required(object, path, "weekly")
            .and_then(|value| self.read_weekly(value, &child(path, "weekly")));
        let closed_dates = optional(object, "closed_dates")
            .and_then(|value| self.read_dates(value, &child(path, "closed_dates")))
            .unwrap_or_default();
        let (time_zone, weekly) = (time_zone?, weekly?);
        if weekly.iter().all(Vec::is_empty) {
            self.report(path, ConfigProblemKind::CalendarNeverOpen);
            return None;
        }
        Some(BusinessCalendar { time_zone, weekly, closed_dates })
    }

    fn read_weekly(&mut self, value: &Value, path: &str) -> Option<[Vec<OpeningHours>; 7]> {
        let object = self.read_object(value, path, &WEEKDAY_KEYS)?;
        let mut weekly: [Vec<OpeningHours>; 7] = Default::default();
        for (day, hours) in WEEKDAY_KEYS.iter().zip(weekly.iter_mut()) {
            if let Some(value) = optional(object, day) {
                *hours = self.read_day(value, &child(path, day)).unwrap_or_default();
            }
        }
        Some(weekly)
    }

    fn read_day(&mut self, value: &Value, path: &str) -> Option<Vec<OpeningHours>> {
        let list = self.read_list(value, path)?;
        let mut intervals = Vec::new();
        for (index, item) in list.iter().enumerate() {
            let interval_path = item_path(path, index);
            let Some(object) = self.read_object(item, &interval_path, &["opens", "closes"]) else {
                continue;
            };
            let opens = self
                .required(object, &interval_path, "opens")
                .and_then(|value| self.read_time(value, &child(&interval_path, "opens")));
            let closes = self
                .required(object, &interval_path, "closes")
                .and_then(|value| self.read_time(value, &child(&interval_path, "closes")));
            let (Some(opens), Some(closes)) = (opens, closes) else {
                continue;
            };
            if opens >= closes {
                self.report(
                    &interval_path,
                    ConfigProblemKind::OpeningNotBeforeClosing {
                        opens: opens.format("%H:%M").to_string(),
                        closes: closes.format("%H:%M").to_string(),
                    },
                );
                continue;
            }
            intervals.push(OpeningHours { opens, closes });
        }
        intervals.sort_by_key(|interval| interval.opens);
        let overlaps = intervals.windows(2).any(|pair| match pair {
            [first, second] => second.opens < first.closes,
            _ => false,
        });
        if overlaps {
            self.report(path, ConfigProblemKind::OverlappingOpeningHours);
            return None;
        }
        Some(intervals)
    }

    fn read_time(&mut self, value: &Value, path: &str) -> Option<NaiveTime> {
        let time = value.as_str().and_then(parse_hours_minutes);
        if time.is_none() {
            self.invalid(path, Expected::Time, value);
        }
        time
    }

    fn read_dates(&mut self, value: &Value, path: &str) -> Option<Vec<NaiveDate>> {
        let list = self.read_list(value, path)?;
        let mut dates = Vec::new();
        for (index, item) in list.iter().enumerate() {
            match item.as_str().and_then(parse_date) {
                Some(date) => dates.push(date),
                None => self.invalid(&item_path(path, index), Expected::Date, item),
            }
        }
        dates.sort();
        dates.dedup();
        Some(dates)
    }

    fn read_policies(
        &mut self,
        value: &Value,
        path: &str,
        defaults: &Policies,
        calendars: &BTreeMap<String, BusinessCalendar>,
    ) -> Option<Policies> {
        let object = self.read_object(value, path, &["professional", "premier", "small_tenant"])?;
        let policy = |reader: &mut Reader, key: &str, default: &Policy| {
            optional(object, key)
                .and_then(|value| reader.read_policy(value, &child(path, key), default, calendars))
                .unwrap_or_else(|| default.clone())
        };
        Some(Policies {
            professional: policy(self, "professional", &defaults.professional),
            premier: policy(self, "premier", &defaults.premier),
            small_tenant: policy(self, "small_tenant", &defaults.small_tenant),
        })
    }

    fn read_policy(
        &mut self,
        value: &Value,
        path: &str,
        default: &Policy,
        calendars: &BTreeMap<String, BusinessCalendar>,
    ) -> Option<Policy> {
        const FIELDS: [&str; 5] = ["critical", "moderate", "minimal", "set_by_contract", "example"];
        let object = self.read_object(value, path, &FIELDS)?;
        let mut targets_given = 0;
        let mut target =
            |reader: &mut Reader, key: &str, default: &Target| match optional(object, key)
                .and_then(|value| reader.read_target(value, &child(path, key), calendars))
            {
                Some(target) => {
                    targets_given += 1;
                    target
                }
                None => default.clone(),
            };
        let critical = target(self, "critical", &default.critical);
        let moderate = target(self, "moderate", &default.moderate);
        let minimal = target(self, "minimal", &default.minimal);
        let set_by_contract = optional(object, "set_by_contract")
            .and_then(|value| self.read_bool(value, &child(path, "set_by_contract")))
            .unwrap_or(default.set_by_contract);
        // Example figures stay an example until all three targets are replaced, unless the
        // configuration says otherwise.
        let example = optional(object, "example")
            .and_then(|value| self.read_bool(value, &child(path, "example")))
            .unwrap_or(default.example && targets_given < 3);
        Some(Policy { critical, moderate, minimal, set_by_contract, example })
    }

    fn read_target(
        &mut self,
        value: &Value,
        path: &str,
        calendars: &BTreeMap<String, BusinessCalendar>,
    ) -> Option<Target> {
        let object = self.read_object(value, path, &["hours", "minutes", "clock"])?;
        let minutes = match (optional(object, "hours"), optional(object, "minutes")) {
            (Some(_), Some(_)) => {
                self.report(path, ConfigProblemKind::HoursAndMinutes);
                None
            }
            (None, None) => {
                self.report(path, ConfigProblemKind::MissingDuration);
                None
            }
            (Some(hours), None) => self.read_duration(hours, &child(path, "hours"), 60.0),
            (None, Some(minutes)) => self.read_duration(minutes, &child(path, "minutes"), 1.0),
        };
        let clock = match optional(object, "clock") {
            Some(value) => self.read_clock(value, &child(path, "clock"), calendars),
            None => Some(Clock::AroundTheClock),
        };
        Some(Target { minutes: minutes?, clock: clock? })
    }

    /// Reads a duration given in some unit and returns whole minutes.
    fn read_duration(&mut self, value: &Value, path: &str, minutes_per_unit: f64) -> Option<u32> {
        let Some(amount) = value.as_f64().filter(|amount| amount.is_finite() && *amount > 0.0)
        else {
            self.invalid(path, Expected::PositiveNumber, value);
            return None;
        };
        let minutes = amount * minutes_per_unit;
        if minutes > f64::from(MAX_TARGET_HOURS) * 60.0 {
            self.report(path, ConfigProblemKind::DurationTooLong { found: describe_value(value) });
            return None;
        }
        let whole = minutes.round();
        if (minutes - whole).abs() > 1e-6 || whole < 1.0 {
            self.report(
                path,
                ConfigProblemKind::DurationNotWholeMinutes { found: describe_value(value) },
            );
            return None;
        }
        // The range checks above keep `whole` between 1 and the maximum, so the conversion is
        // exact.
        Some(whole as u32)
    }

    fn read_clock(
        &mut self,
        value: &Value,
        path: &str,
        calendars: &BTreeMap<String, BusinessCalendar>,
    ) -> Option<Clock> {
        const CLOCK_KINDS: [(&str, bool); 2] = [("around_the_clock", false), ("business", true)];
        let object = self.read_object(value, path, &["kind", "calendar"])?;
        let business = self
            .required(object, path, "kind")
            .and_then(|value| self.read_choice(value, &child(path, "kind"), &CLOCK_KINDS))?;
        let calendar_value = optional(object, "calendar");
        if !business {
            if calendar_value.is_some() {
                // A calendar on a 24x7 clock is most likely a mistake in "kind".
                self.report(&child(path, "calendar"), ConfigProblemKind::UnknownField);
            }
            return Some(Clock::AroundTheClock);
        }
        let calendar_path = child(path, "calendar");
        let name = match calendar_value {
            Some(value) => self.read_text(value, &calendar_path)?,
            None => {
                self.report(&calendar_path, ConfigProblemKind::MissingField);
                return None;
            }
        };
        if !calendars.contains_key(&name) {
            self.report(&calendar_path, ConfigProblemKind::UnknownCalendar { name });
            return None;
        }
        Some(Clock::Business { calendar: name })
    }

    fn read_default_plan(&mut self, value: &Value, path: &str) -> Option<SupportPlan> {
        match serde_json::from_value::<SupportPlan>(value.clone()) {
            Ok(plan) => {
                for problem in validate_plan(&plan) {
                    self.report(path, ConfigProblemKind::SupportPlanProblem(problem));
                }
                Some(plan)
            }
            Err(error) => {
                self.report(
                    path,
                    ConfigProblemKind::InvalidSupportPlan {
                        detail: shorten(&error.to_string(), 160),
                    },
                );
                None
            }
        }
    }
}

/// A field that is present; `null` counts as present so nullable fields can clear a default.
fn optional<'value>(object: &'value Map<String, Value>, key: &str) -> Option<&'value Value> {
    object.get(key)
}

/// The path of a field, written `parent.key`, or `parent["odd key"]` when the key is not a
/// plain name, so the path stays readable and unambiguous.
fn child(path: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key.len() <= 40
        && key
            .chars()
            .all(|character| character.is_ascii_alphanumeric() || "_-".contains(character));
    if plain {
        if path.is_empty() {
            key.to_owned()
        } else {
            format!("{path}.{key}")
        }
    } else {
        let quoted = serde_json::to_string(&shorten(key, 40)).unwrap_or_default();
        format!("{path}[{quoted}]")
    }
}

fn item_path(path: &str, index: usize) -> String {
    format!("{path}[{index}]")
}

/// A short description of a value for messages: the value itself when short, its kind when it
/// is a list or an object.
fn describe_value(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(boolean) => boolean.to_string(),
        Value::Number(number) => number.to_string(),
        Value::String(text) => serde_json::to_string(&shorten(text, 40)).unwrap_or_default(),
        Value::Array(_) => "a list".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    }
}

fn shorten(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        text.to_owned()
    } else {
        let mut shortened: String = text.chars().take(limit).collect();
        shortened.push('…');
        shortened
    }
}

fn is_identifier(text: &str) -> bool {
    text.len() <= MAX_IDENTIFIER_LENGTH
        && text.chars().next().is_some_and(|first| first.is_ascii_alphanumeric())
        && text
            .chars()
            .all(|character| character.is_ascii_alphanumeric() || "-_.".contains(character))
}

/// A language tag in the common shape: a primary language of two or three letters, then
/// subtags of one to eight letters or digits, separated by `-`.
fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let primary_is_valid = subtags.next().is_some_and(|primary| {
        (2..=3).contains(&primary.len())
            && primary.chars().all(|character| character.is_ascii_alphabetic())
    });
    primary_is_valid
        && tag.len() <= 35
        && subtags.all(|subtag| {
            (1..=8).contains(&subtag.len())
                && subtag.chars().all(|character| character.is_ascii_alphanumeric())
        })
}

/// Whether a name looks like an IANA time zone (`UTC`, `Europe/Warsaw`, `America/Argentina/
/// Buenos_Aires`, `Etc/GMT+1`). Whether the zone exists is checked where it is used, because
/// the time-zone database is not part of this module.
fn is_time_zone_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name.split('/').all(|part| {
            part.chars().next().is_some_and(|first| first.is_ascii_alphabetic())
                && part
                    .chars()
                    .all(|character| character.is_ascii_alphanumeric() || "_-+".contains(character))
        })
}

/// Parses `HH:MM` (the hour may have one digit).
fn parse_hours_minutes(text: &str) -> Option<NaiveTime> {
    let (hours, minutes) = text.split_once(':')?;
    let all_digits = |part: &str| part.chars().all(|character| character.is_ascii_digit());
    if !(1..=2).contains(&hours.len())
        || minutes.len() != 2
        || !all_digits(hours)
        || !all_digits(minutes)
    {
        return None;
    }
    NaiveTime::from_hms_opt(hours.parse().ok()?, minutes.parse().ok()?, 0)
}

/// Parses `YYYY-MM-DD`, exactly ten characters.
fn parse_date(text: &str) -> Option<NaiveDate> {
    if text.len() != 10 {
        return None;
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::Party;

    const DOCUMENTATION: &str = include_str!("../../../docs/configuration.md");
    const ORGANISATION_FIXTURE: &str =
        include_str!("../../../tests/fixtures/config/organisation.json");
    const HOSTILE_FIXTURE: &str = include_str!("../../../tests/fixtures/config/hostile.json");

    fn messages(parsed: &ParsedConfig) -> Vec<String> {
        parsed.problems.iter().map(ConfigProblem::message).collect()
    }

    /// Reads `json` and compares the English problem messages with `expected`, in order.
    fn check(json: &str, expected: &[&str]) -> Config {
        let parsed = parse_config(json);
        assert_eq!(messages(&parsed), expected, "input: {json}");
        parsed.config
    }

    fn hours(hours: u32) -> Target {
        Target { minutes: hours * 60, clock: Clock::AroundTheClock }
    }

    #[test]
    fn built_in_reads_back_unchanged() {
        let built_in = Config::built_in();
        let json = serde_json::to_string(&built_in).expect("the configuration serialises");
        let parsed = parse_config(&json);
        assert_eq!(messages(&parsed), Vec::<String>::new());
        assert!(parsed.is_clean() && !parsed.fell_back_to_built_in());
        assert_eq!(parsed.config, built_in);
    }

    #[test]
    fn built_in_holds_the_reference_vendor_facts() {
        let config = Config::built_in();
        assert_eq!(config.version, 1);
        assert_eq!(config.policies.professional, around_the_clock_policy([2, 4, 8], false));
        assert_eq!(
            config.policies.premier,
            Policy {
                critical: hours(1),
                moderate: hours(2),
                minimal: hours(4),
                set_by_contract: true,
                example: true,
            }
        );
        let small = Customer::new(CustomerPlan::Professional, TenantSize::FewerThan100);
        assert_eq!(config.policies.for_customer(small).critical, hours(2));
        let premier_small = Customer::new(CustomerPlan::Premier, TenantSize::FewerThan100);
        assert_eq!(config.policies.for_customer(premier_small), &config.policies.premier);
        assert_eq!(config.support_languages.list(LanguageSet::OnlineTechnical), ["en", "ja"]);
        // The sources name no phone or billing languages, only "more languages" per country.
        assert!(config.support_languages.list(LanguageSet::BillingAndPhone).is_empty());
        assert_eq!(
            config.support_languages.billing_and_phone_page.as_deref(),
            Some("https://docs.microsoft.com/intune/contact-assisted-phone-support-for-microsoft-intune")
        );
        assert_eq!(config.storage_prefix, "support-triage");
        assert_eq!(config.draft_cleanup_days, 30);
        assert_eq!(
            (config.default_locale.as_ref(), config.helpdesk_endpoint.as_ref()),
            (None, None)
        );
        assert_eq!(
            config.feedback_site.url,
            "https://microsoftintune.uservoice.com/forums/291681-ideas"
        );
        assert_eq!(config.community_forum.url, "https://social.technet.microsoft.com/Forums/home");
        let category = |id: &str| config.channel(id).and_then(|channel| channel.category.clone());
        assert_eq!(category("admin-centre-mdm").as_deref(), Some("Mobile device management"));
        assert_eq!(
            category("admin-centre-billing").as_deref(),
            Some("Billing and product information")
        );
        assert_eq!(
            config.channel("premier-portal").and_then(|channel| channel.url.as_deref()),
            Some("https://support.microsoft.com/en-us/premier/contacts")
        );
        let volume_links: Vec<&str> = config
            .channel("volume-licensing")
            .map(|channel| channel.links.iter().map(|link| link.url.as_str()).collect())
            .unwrap_or_default();
        assert!(volume_links.contains(&"http://go.microsoft.com/fwlink/p/?LinkID=282016"));
        assert!(volume_links.contains(&"http://support.microsoft.com/oas/default.aspx?prid=15371"));
        assert_eq!(config.channel("nope"), None);
        let premier = Customer::new(CustomerPlan::Premier, TenantSize::HundredOrMore);
        assert_eq!(
            config.route_for(RequestKind::Technical, premier).map(|route| route.channel.as_str()),
            Some("premier-portal")
        );
    }

    #[test]
    fn empty_object_is_the_built_in_configuration_with_a_version_reminder() {
        let config = check("{}", &["version: missing; version 1 is assumed. Add \"version\": 1"]);
        assert_eq!(config, Config::built_in());
        assert_eq!(check(r#"{"version": 1}"#, &[]), Config::built_in());
    }

    fn check_fatal(json: &str, expected: &str) {
        let parsed = parse_config(json);
        assert!(parsed.fell_back_to_built_in(), "input: {json}");
        assert_eq!(parsed.config, Config::built_in(), "input: {json}");
        assert_eq!(messages(&parsed), vec![expected.to_owned()], "input: {json}");
    }

    #[test]
    fn input_that_cannot_be_a_configuration_falls_back_to_the_built_in_one() {
        check_fatal(
            "",
            "configuration: this is not valid JSON (line 1, column 0: EOF while parsing a value \
             at line 1 column 0); the built-in configuration is used instead",
        );
        check_fatal(
            "{\"version\": 1,",
            "configuration: this is not valid JSON (line 1, column 14: EOF while parsing a \
             value at line 1 column 14); the built-in configuration is used instead",
        );
        check_fatal(
            "[1, 2]",
            "configuration: expected an object ({ ... }), got a list; the built-in \
             configuration is used instead",
        );
        check_fatal(
            "\"https://example.com\"",
            "configuration: expected an object ({ ... }), got \"https://example.com\"; the \
             built-in configuration is used instead",
        );
        check_fatal(
            r#"{"version": 2, "product_name": 5}"#,
            "version: this version reads configuration version 1, got 2; the built-in \
             configuration is used instead",
        );
        check_fatal(
            r#"{"version": "1"}"#,
            "version: this version reads configuration version 1, got \"1\"; the built-in \
             configuration is used instead",
        );
        check_fatal(
            r#"{"version": 1.5}"#,
            "version: this version reads configuration version 1, got 1.5; the built-in \
             configuration is used instead",
        );
        // Nesting deeper than the JSON reader allows is refused, not a stack overflow.
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(parse_config(&deep).fell_back_to_built_in());
    }

    #[test]
    fn every_problem_of_a_hostile_configuration_is_reported_with_its_path() {
        let config = check(
            HOSTILE_FIXTURE,
            &[
                "vendor_nmae: unknown field, ignored; check its spelling and place",
                "product_name: expected non-empty text, got \"\"",
                "self_help[0].url: links starting with \"javascript:\" are not allowed; use \
                 https:, http: or mailto:, got \" JaVaScRiPt:alert(document.cookie)\"",
                "self_help[1].url: links starting with \"data:\" are not allowed; use https:, \
                 http: or mailto:, got \"data:text/html;base64,PHNjcmlwdD5hbGVydC…\"",
                "self_help[2].url: the link has no scheme; write a full link starting with \
                 https:, http: or mailto:, got \"/help\"",
                "self_help[3].url: the link contains the character '<', which is not allowed, \
                 got \"HTTPS://help.example.com/<script>\"",
                "feedback_site.url: the link contains spaces or control characters, got \
                 \"java\\tscript:alert(1)\"",
                "community_forum: expected an object ({ ... }), got \"https://forum.example.com\"",
                "routes: expected a list ([ ... ]), got \"everywhere\"",
                "policies.enterprise: unknown field, ignored; check its spelling and place",
                "policies.premier.critical.hours: expected a positive number, got -1",
                "policies.premier.moderate: give either \"hours\" or \"minutes\", not both",
                "policies.premier.minimal.hours: the target must be a whole number of minutes, \
                 got 0.01",
                "policies.premier.set_by_contract: expected true or false, got \"yes\"",
                "storage_prefix: expected an identifier of letters, digits, '-', '_' or '.', at \
                 most 64 characters, got \"../../etc\"",
                "default_locale: expected a language tag such as \"en\" or \"zh-TW\", got \
                 \"<b>en</b>\"",
                "helpdesk_endpoint: the hand-off endpoint receives ticket text, so it must start \
                 with https: or mailto: (or http: on this machine only), got \
                 \"http://helpdesk.example.com/tickets\"",
                "draft_cleanup_days: expected a whole number from 1 to 3650, got 0",
            ],
        );
        // What could not be used keeps its built-in value; what could be used is used.
        let built_in = Config::built_in();
        assert_eq!(config.product_name, built_in.product_name);
        assert_eq!(config.vendor_name, built_in.vendor_name);
        assert_eq!(
            config.self_help,
            vec![resource("Kept", "https://help.example.com/ok", "")],
            "only the safe link survives, without its surrounding spaces"
        );
        assert_eq!(config.feedback_site, built_in.feedback_site);
        assert_eq!(config.community_forum, built_in.community_forum);
        assert_eq!(config.routes, built_in.routes);
        assert_eq!(config.policies, built_in.policies);
        assert_eq!(config.storage_prefix, "support-triage");
        assert_eq!((config.default_locale, config.helpdesk_endpoint), (None, None));
        assert_eq!(config.draft_cleanup_days, 30);
    }

    #[test]
    fn an_organisation_configuration_replaces_what_it_gives() {
        let config = check(ORGANISATION_FIXTURE, &[]);
        assert_eq!(config.product_name, "Contoso Device Service");
        assert_eq!(config.channels.len(), 3);
        assert_eq!(config.support_languages.billing_and_phone, vec!["en", "de", "fr"]);
        // The language group merges: the list not given keeps the built-in value.
        assert_eq!(config.support_languages.online_technical, vec!["en", "ja"]);
        let tokyo = config.calendars.get("tokyo").expect("the calendar is read");
        assert_eq!(tokyo.time_zone, "Asia/Tokyo");
        let time = |text: &str| parse_hours_minutes(text).expect("a valid time");
        assert_eq!(
            tokyo.weekly[2],
            vec![
                OpeningHours { opens: time("09:00"), closes: time("12:00") },
                OpeningHours { opens: time("13:00"), closes: time("18:00") },
            ],
            "intervals are sorted"
        );
        assert_eq!(tokyo.weekly[0].first().map(|hours| hours.opens), Some(time("09:00")));
        assert!(tokyo.weekly[5].is_empty() && tokyo.weekly[6].is_empty());
        assert_eq!(
            tokyo.closed_dates,
            vec![parse_date("2026-01-01").expect("date"), parse_date("2026-01-02").expect("date")],
            "dates are sorted and repeated dates kept once"
        );
        // Policies merge per level: critical keeps the built-in target.
        let professional = &config.policies.professional;
        assert_eq!(professional.critical, hours(2));
        let business = Clock::Business { calendar: "tokyo".to_owned() };
        assert_eq!(professional.moderate, Target { minutes: 480, clock: business.clone() });
        assert_eq!(professional.minimal, Target { minutes: 960, clock: business });
        assert_eq!(config.policies.premier, Config::built_in().policies.premier);
        assert_eq!(config.storage_prefix, "contoso");
        assert_eq!(config.default_locale.as_deref(), Some("ja"));
        assert_eq!(
            config.helpdesk_endpoint.as_deref(),
            Some("https://helpdesk.example.com/api/tickets")
        );
        assert_eq!(config.draft_cleanup_days, 14);
        // Serialising and reading again gives the same configuration.
        let json = serde_json::to_string(&config).expect("serialises");
        assert_eq!(check(&json, &[]), config);
    }

    #[test]
    fn durations_and_clocks() {
        let target = |json: &str| {
            let text = format!(
                r#"{{"version": 1, "calendars": {{"office": {{"time_zone": "UTC",
                    "weekly": {{"mon": [{{"opens": "09:00", "closes": "17:00"}}]}}}}}},
                    "policies": {{"professional": {{"critical": {json}}}}}}}"#
            );
            let parsed = parse_config(&text);
            (parsed.config.policies.professional.critical.clone(), messages(&parsed))
        };
        let office = Clock::Business { calendar: "office".to_owned() };
        let cases: [(&str, Target, &[&str]); 9] = [
            (r#"{"hours": 0.5}"#, Target { minutes: 30, clock: Clock::AroundTheClock }, &[]),
            (r#"{"hours": 1.25}"#, Target { minutes: 75, clock: Clock::AroundTheClock }, &[]),
            (r#"{"minutes": 45}"#, Target { minutes: 45, clock: Clock::AroundTheClock }, &[]),
            (r#"{"minutes": 45.0}"#, Target { minutes: 45, clock: Clock::AroundTheClock }, &[]),
            (
                r#"{"hours": 3, "clock": {"kind": "business", "calendar": "office"}}"#,
                Target { minutes: 180, clock: office },
                &[],
            ),
            (
                r#"{"hours": 3, "clock": {"kind": "business", "calendar": "home"}}"#,
                hours(2),
                &["policies.professional.critical.clock.calendar: there is no calendar named \"home\""],
            ),
            (
                r#"{"hours": 3, "clock": {"kind": "business"}}"#,
                hours(2),
                &["policies.professional.critical.clock.calendar: required field missing; the entry is left out"],
            ),
            (
                r#"{"minutes": 0, "clock": {"kind": "weekdays"}}"#,
                hours(2),
                &[
                    "policies.professional.critical.minutes: expected a positive number, got 0",
                    "policies.professional.critical.clock.kind: expected one of \"around_the_clock\", \"business\", got \"weekdays\"",
                ],
            ),
            (
                r#"{"hours": 9000}"#,
                hours(2),
                &["policies.professional.critical.hours: the target must be at most 8760 hours, got 9000"],
            ),
        ];
        for (json, expected_target, expected_messages) in cases {
            let (actual_target, actual_messages) = target(json);
            assert_eq!(actual_target, expected_target, "target {json}");
            assert_eq!(actual_messages, expected_messages, "target {json}");
        }
        assert_eq!(
            target("{}").1,
            vec!["policies.professional.critical: give the target as \"hours\" or \"minutes\""]
        );
        assert_eq!(
            target(r#"{"hours": 2, "clock": {"kind": "around_the_clock", "calendar": "office"}}"#).1,
            vec!["policies.professional.critical.clock.calendar: unknown field, ignored; check its spelling and place"]
        );
    }

    #[test]
    fn calendar_problems() {
        check(
            r#"{"version": 1, "calendars": {
                "never": {"time_zone": "UTC", "weekly": {}},
                "bad times": {"time_zone": "UTC", "weekly": {"mon": []}},
                "odd": {"time_zone": "Mars/Olympus Mons", "weekly": {"mon": [{"opens": "24:00", "closes": "9"}]}},
                "backwards": {"time_zone": "Europe/Warsaw", "weekly": {
                    "tue": [{"opens": "17:00", "closes": "09:00"}, {"opens": "10:00", "closes": "11:00"}],
                    "wed": [{"opens": "09:00", "closes": "12:00"}, {"opens": "11:00", "closes": "13:00"}],
                    "someday": []},
                    "closed_dates": ["2025-02-29", "2024-02-29", "25-12-24"]}
            }}"#,
            &[
                "calendars.backwards.weekly.someday: unknown field, ignored; check its spelling and place",
                "calendars.backwards.weekly.tue[0]: opens at 17:00 but closes at 09:00; it must open before it closes",
                "calendars.backwards.weekly.wed: opening hours overlap; the day is left closed",
                "calendars.backwards.closed_dates[0]: expected a date as YYYY-MM-DD, got \"2025-02-29\"",
                "calendars.backwards.closed_dates[2]: expected a date as YYYY-MM-DD, got \"25-12-24\"",
                "calendars[\"bad times\"]: expected an identifier of letters, digits, '-', '_' or '.', at most 64 characters, got \"bad times\"",
                "calendars.never: the calendar has no opening hours at all, so a business clock would never run; the calendar is left out",
                "calendars.odd.time_zone: expected a time zone name such as \"Europe/Warsaw\", got \"Mars/Olympus Mons\"",
                "calendars.odd.weekly.mon[0].opens: expected a time as HH:MM, from 00:00 to 23:59, got \"24:00\"",
                "calendars.odd.weekly.mon[0].closes: expected a time as HH:MM, from 00:00 to 23:59, got \"9\"",
            ],
        );
    }

    fn check_link_case(input: &str, expected: Result<&str, LinkProblem>) {
        assert_eq!(check_link(input), expected.map(str::to_owned), "link {input:?}");
    }

    #[test]
    fn links_are_checked_strictly() {
        check_link_case("https://example.com", Ok("https://example.com"));
        check_link_case("  http://example.com/a?b=c#d \n", Ok("http://example.com/a?b=c#d"));
        check_link_case("HtTpS://EXAMPLE.com:8443/path", Ok("HtTpS://EXAMPLE.com:8443/path"));
        check_link_case(
            "mailto:helpdesk@example.com?subject=Hi",
            Ok("mailto:helpdesk@example.com?subject=Hi"),
        );
        check_link_case("", Err(LinkProblem::Empty));
        check_link_case(" \t ", Err(LinkProblem::Empty));
        for scheme in
            ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "JAVASCRIPT:x", "\u{a0}javascript:x"]
        {
            check_link_case(
                scheme,
                Err(LinkProblem::SchemeNotAllowed { scheme: "javascript".into() }),
            );
        }
        check_link_case(
            "data:text/html,hi",
            Err(LinkProblem::SchemeNotAllowed { scheme: "data".into() }),
        );
        check_link_case(
            "vbscript:x",
            Err(LinkProblem::SchemeNotAllowed { scheme: "vbscript".into() }),
        );
        check_link_case(
            "file:///etc/passwd",
            Err(LinkProblem::SchemeNotAllowed { scheme: "file".into() }),
        );
        check_link_case("java\tscript:alert(1)", Err(LinkProblem::ContainsSpaceOrControl));
        check_link_case("java\u{0}script:alert(1)", Err(LinkProblem::ContainsSpaceOrControl));
        check_link_case("https://exa mple.com", Err(LinkProblem::ContainsSpaceOrControl));
        check_link_case(
            "https://example.com/\"onclick=",
            Err(LinkProblem::UnsafeCharacter { character: '"' }),
        );
        check_link_case(
            "https:\\\\evil.example",
            Err(LinkProblem::UnsafeCharacter { character: '\\' }),
        );
        check_link_case("/relative/path", Err(LinkProblem::Relative));
        check_link_case("example.com", Err(LinkProblem::Relative));
        check_link_case("//example.com", Err(LinkProblem::Relative));
        check_link_case("./a:b", Err(LinkProblem::Relative));
        check_link_case(":no-scheme", Err(LinkProblem::Relative));
        check_link_case("https:example.com", Err(LinkProblem::MissingHost));
        check_link_case("https:///path", Err(LinkProblem::MissingHost));
        check_link_case("https://:443/", Err(LinkProblem::MissingHost));
        check_link_case(
            "https://trusted.example@evil.example/",
            Err(LinkProblem::CredentialsInLink),
        );
        check_link_case("mailto:", Err(LinkProblem::MissingAddress));
        check_link_case("mailto:?subject=x@y", Err(LinkProblem::MissingAddress));
        let long_scheme = format!("{}:x", "a".repeat(100));
        assert!(matches!(
            check_link(&long_scheme),
            Err(LinkProblem::SchemeNotAllowed { scheme }) if scheme.chars().count() == 21
        ));
        assert_eq!(LinkProblem::MissingAddress.message(), "the mailto: link has no email address");
    }

    #[test]
    fn channel_and_route_problems() {
        let config = check(
            r#"{"version": 1,
                "channels": [
                    {"id": "web", "kind": "portal", "name": "Web", "url": "https://support.example.com", "colour": "red"},
                    {"id": "web", "kind": "portal", "name": "Web again"},
                    {"id": "", "kind": "pigeon", "name": "  "},
                    {"kind": "feedback", "name": "Ideas", "languages": "klingon"},
                    "not a channel"
                ],
                "routes": [
                    {"kind": "technical", "plans": ["professional", "premier", "small_tenant"], "channel": "web"},
                    {"kind": "technical", "plans": ["premier"], "channel": "web"},
                    {"kind": "feature_request", "plans": ["professional", "gold"], "channel": "ideas"},
                    {"kind": "praise", "plans": [], "channel": "web", "warnings": [{"id": "x"}]}
                ]}"#,
            &[
                "channels[0].colour: unknown field, ignored; check its spelling and place",
                "channels[1].id: the id \"web\" is already used; this entry is left out",
                "channels[2].id: expected an identifier of letters, digits, '-', '_' or '.', at most 64 characters, got \"\"",
                "channels[2].kind: expected one of \"portal\", \"call_back\", \"partner\", \"external_service\", \"feedback\", got \"pigeon\"",
                "channels[2].name: expected non-empty text, got \"  \"",
                "channels[3].id: required field missing; the entry is left out",
                "channels[3].languages: expected one of \"online_technical\", \"billing_and_phone\", got \"klingon\"",
                "channels[4]: expected an object ({ ... }), got \"not a channel\"",
                "routes[2].plans[1]: expected one of \"professional\", \"premier\", \"small_tenant\", got \"gold\"",
                "routes[3].kind: expected one of \"technical\", \"billing_licensing_account\", \"intune_with_configuration_manager\", \"standalone_configuration_manager_or_endpoint_protection\", \"volume_licensing\", \"feature_request\", got \"praise\"",
                "routes[3].plans: required field missing; the entry is left out",
                "routes[3].warnings[0].text: required field missing; the entry is left out",
                "routes[2].channel: there is no channel with the id \"ideas\"",
                "routes[1]: other routes already decide every request this route covers, so it is never used",
                "routes: no route for \"billing_licensing_account\" requests on the \"professional\" plan",
                "routes: no route for \"billing_licensing_account\" requests on the \"premier\" plan",
                "routes: no route for \"standalone_configuration_manager_or_endpoint_protection\" requests on the \"professional\" plan",
                "routes: no route for \"standalone_configuration_manager_or_endpoint_protection\" requests on the \"premier\" plan",
                "routes: no route for \"volume_licensing\" requests on the \"professional\" plan",
                "routes: no route for \"volume_licensing\" requests on the \"premier\" plan",
                "routes: no route for \"feature_request\" requests on the \"premier\" plan",
            ],
        );
        assert_eq!(config.channels.len(), 1);
        // Three routes read, and the technical ones also serve Intune with Configuration Manager.
        assert_eq!(config.routes.len(), 5, "the route to a missing channel is kept and reported");

        // Replacing the channels but keeping the built-in routes points at the gap.
        let parsed = parse_config(
            r#"{"version": 1, "channels": [{"id": "admin-centre-mdm", "kind": "portal", "name": "Admin"}]}"#,
        );
        assert_eq!(parsed.problems.len(), 10, "{:#?}", messages(&parsed));
        assert_eq!(
            parsed.problems.first().map(ConfigProblem::message).as_deref(),
            Some("routes[0].channel: there is no channel with the id \"premier-portal\"")
        );
    }

    /// The channel that decides requests of `kind` from a customer on `plan` with `size`.
    fn channel_for(
        config: &Config,
        kind: RequestKind,
        plan: CustomerPlan,
        size: TenantSize,
    ) -> &str {
        config
            .route_for(kind, Customer::new(plan, size))
            .map(|route| route.channel.as_str())
            .unwrap_or("(none)")
    }

    #[test]
    fn configurations_of_earlier_releases_still_read() {
        use CustomerPlan::{Premier, Professional};
        use RequestKind::*;
        use TenantSize::{FewerThan100 as Small, HundredOrMore as Large};
        // The organisation fixture was written for the first release: "small_tenant" plans, the
        // old Configuration Manager kind, no rule for Intune with Configuration Manager.
        let config = check(ORGANISATION_FIXTURE, &[]);
        let table = [
            (Technical, Professional, Small, "phone"),
            (Technical, Professional, Large, "portal"),
            (Technical, Premier, Small, "portal"),
            (Technical, Premier, Large, "portal"),
            (BillingLicensingAccount, Professional, Small, "phone"),
            (BillingLicensingAccount, Premier, Small, "portal"),
            (IntuneWithConfigurationManager, Professional, Small, "phone"),
            (IntuneWithConfigurationManager, Premier, Large, "portal"),
            (StandaloneConfigurationManager, Professional, Small, "portal"),
            (StandaloneConfigurationManager, Premier, Large, "portal"),
            (FeatureRequest, Professional, Small, "ideas"),
            (FeatureRequest, Premier, Small, "ideas"),
        ];
        for (kind, plan, size, channel) in table {
            assert_eq!(
                channel_for(&config, kind, plan, size),
                channel,
                "{} from {}",
                kind.as_str(),
                Customer::new(plan, size).describe()
            );
        }
        let standalone = config
            .route_for(StandaloneConfigurationManager, Customer::new(Premier, Large))
            .map(|route| route.warnings.iter().map(|warning| warning.id.as_str()).collect());
        assert_eq!(standalone, Some(vec!["separate_product"]));
        // Read back, the configuration uses today's names only and reads the same.
        let json = serde_json::to_string(&config).expect("serialises");
        assert!(!json.contains("small_tenant\"]") && !json.contains("\"configuration_manager_or"));
        assert_eq!(check(&json, &[]), config);

        // A small-tenant rule listed after the Professional one still decides for small tenants.
        let config = check(
            r#"{"version": 1, "routes": [
                {"kind": "technical", "plans": ["professional", "premier"], "channel": "admin-centre-mdm"},
                {"kind": "technical", "plans": ["premier", "small_tenant"], "channel": "admin-centre-call-back"},
                {"kind": "billing_licensing_account", "plans": ["professional", "premier"], "channel": "admin-centre-billing"},
                {"kind": "configuration_manager_or_endpoint_protection", "plans": ["professional", "premier"], "channel": "partner"},
                {"kind": "volume_licensing", "plans": ["professional", "premier"], "channel": "volume-licensing"},
                {"kind": "feature_request", "plans": ["professional", "premier"], "channel": "feedback-site"}
            ]}"#,
            &[],
        );
        assert_eq!(channel_for(&config, Technical, Professional, Small), "admin-centre-call-back");
        assert_eq!(channel_for(&config, Technical, Professional, Large), "admin-centre-mdm");
        assert_eq!(channel_for(&config, Technical, Premier, Small), "admin-centre-mdm");
        assert_eq!(channel_for(&config, StandaloneConfigurationManager, Premier, Small), "partner");
        // The policy of small tenants keeps its name.
        let config = check(
            r#"{"version": 1, "policies": {"small_tenant": {"critical": {"hours": 3}}}}"#,
            &[],
        );
        let small = Customer::new(Professional, Small);
        assert_eq!(config.policies.for_customer(small).critical, hours(3));
        assert_eq!(config.policies.for_customer(Customer::new(Premier, Small)).critical, hours(1));
    }

    #[test]
    fn routes_for_tenant_sizes() {
        use CustomerPlan::{Premier, Professional};
        use RequestKind::*;
        use TenantSize::{FewerThan100 as Small, HundredOrMore as Large};
        let rest = r#"
            {"kind": "billing_licensing_account", "plans": ["professional", "premier"], "channel": "admin-centre-billing"},
            {"kind": "intune_with_configuration_manager", "plans": ["professional", "premier"], "channel": "admin-centre-mdm"},
            {"kind": "standalone_configuration_manager_or_endpoint_protection", "plans": ["professional", "premier"], "channel": "partner"},
            {"kind": "volume_licensing", "plans": ["professional", "premier"], "channel": "volume-licensing"},
            {"kind": "feature_request", "plans": ["professional", "premier"], "channel": "feedback-site"}"#;
        let routes =
            |technical: &str| format!(r#"{{"version": 1, "routes": [{technical},{rest}]}}"#);
        // A rule naming sizes decides first, wherever it stands.
        let config = check(
            &routes(
                r#"{"kind": "technical", "plans": ["professional", "premier"], "channel": "admin-centre-mdm"},
                   {"kind": "technical", "plans": ["premier"], "tenant_sizes": ["fewer_than_100_licences"], "channel": "admin-centre-call-back"}"#,
            ),
            &[],
        );
        assert_eq!(channel_for(&config, Technical, Premier, Small), "admin-centre-call-back");
        assert_eq!(channel_for(&config, Technical, Premier, Large), "admin-centre-mdm");
        assert_eq!(channel_for(&config, Technical, Professional, Small), "admin-centre-mdm");
        // An explicit rule for Intune with Configuration Manager is kept as it is.
        assert_eq!(
            channel_for(&config, IntuneWithConfigurationManager, Premier, Small),
            "admin-centre-mdm"
        );
        // Both sizes, or null, are every size.
        let config = check(
            &routes(
                r#"{"kind": "technical", "plans": ["professional", "premier"], "tenant_sizes": null,
                    "channel": "admin-centre-mdm"}"#,
            ),
            &[],
        );
        assert!(config.routes.iter().all(|route| route.tenant_sizes.is_empty()));
        let config = check(
            &routes(
                r#"{"kind": "technical", "plans": ["professional", "premier"],
                    "tenant_sizes": ["100_licences_or_more", "fewer_than_100_licences"], "channel": "admin-centre-mdm"}"#,
            ),
            &[],
        );
        assert!(config.routes.iter().all(|route| route.tenant_sizes.is_empty()));
        // Mistakes, and sizes no rule covers.
        check(
            &routes(
                r#"{"kind": "technical", "plans": ["professional", "premier"], "tenant_sizes": ["100_licences_or_more"], "channel": "admin-centre-mdm"},
                   {"kind": "technical", "plans": ["premier"], "tenant_sizes": [], "channel": "premier-portal"},
                   {"kind": "technical", "plans": ["premier"], "tenant_sizes": ["tiny"], "channel": "premier-portal"},
                   {"kind": "technical", "plans": ["small_tenant"], "tenant_sizes": ["100_licences_or_more"], "channel": "premier-portal"},
                   {"kind": "technical", "plans": ["premier"], "tenant_sizes": ["100_licences_or_more"], "channel": "premier-portal"}"#,
            ),
            &[
                "routes[1].tenant_sizes: required field missing; the entry is left out",
                "routes[2].tenant_sizes[0]: expected one of \"fewer_than_100_licences\", \"100_licences_or_more\", got \"tiny\"",
                "routes[2].tenant_sizes: required field missing; the entry is left out",
                "routes[3].plans: \"small_tenant\" is the old name for \"professional\" with \"fewer_than_100_licences\" and cannot be combined with \"tenant_sizes\"; it is read as \"professional\". Write \"professional\" and give the sizes in \"tenant_sizes\"",
                "routes[3]: other routes already decide every request this route covers, so it is never used",
                "routes[4]: other routes already decide every request this route covers, so it is never used",
                "routes: no route for \"technical\" requests on the \"professional\" plan with \"fewer_than_100_licences\"",
                "routes: no route for \"technical\" requests on the \"premier\" plan with \"fewer_than_100_licences\"",
            ],
        );
    }

    #[test]
    fn premier_figures_stay_an_example_until_the_contract_gives_them() {
        let premier = |json: &str| {
            let parsed =
                parse_config(&format!(r#"{{"version": 1, "policies": {{"premier": {json}}}}}"#));
            (parsed.config.policies.premier.clone(), messages(&parsed))
        };
        let (policy, problems) = premier("{}");
        assert!(policy.example && policy.set_by_contract && problems.is_empty());
        let (policy, _) = premier(r#"{"critical": {"hours": 0.5}}"#);
        assert_eq!(policy.critical, Target { minutes: 30, clock: Clock::AroundTheClock });
        assert!(policy.example, "two of the three figures are still the example");
        let (policy, problems) = premier(
            r#"{"critical": {"hours": 0.5}, "moderate": {"hours": 1}, "minimal": {"hours": 3}}"#,
        );
        assert!(!policy.example && policy.set_by_contract && problems.is_empty());
        let (policy, _) = premier(
            r#"{"critical": {"hours": 0.5}, "moderate": {"hours": -1}, "minimal": {"hours": 3}}"#,
        );
        assert!(policy.example, "a target that could not be read keeps the example figure");
        let (policy, _) = premier(r#"{"example": false}"#);
        assert!(!policy.example);
        let (policy, problems) = premier(r#"{"example": "no"}"#);
        assert!(policy.example);
        assert_eq!(problems, vec!["policies.premier.example: expected true or false, got \"no\""]);
        // Any policy may be marked as an example.
        let config =
            check(r#"{"version": 1, "policies": {"professional": {"example": true}}}"#, &[]);
        assert!(config.policies.professional.example);
    }

    #[test]
    fn the_phone_and_billing_page_is_a_checked_link() {
        let config = check(
            r#"{"version": 1, "support_languages": {"billing_and_phone_page": "https://intranet.example.com/phone"}}"#,
            &[],
        );
        assert_eq!(
            config.support_languages.billing_and_phone_page.as_deref(),
            Some("https://intranet.example.com/phone")
        );
        assert!(config.support_languages.billing_and_phone.is_empty());
        let config =
            check(r#"{"version": 1, "support_languages": {"billing_and_phone_page": null}}"#, &[]);
        assert_eq!(config.support_languages.billing_and_phone_page, None);
        let config = check(
            r#"{"version": 1, "support_languages": {"billing_and_phone_page": "javascript:alert(1)"}}"#,
            &["support_languages.billing_and_phone_page: links starting with \"javascript:\" are not allowed; use https:, http: or mailto:, got \"javascript:alert(1)\""],
        );
        assert_eq!(config.support_languages.billing_and_phone_page, None);
    }

    #[test]
    fn default_plan_is_read_and_checked() {
        let config = check(
            r#"{"version": 1, "default_plan": {
                "vendor": {"name": "Vendor", "channel": "premier-portal", "customer_plan": "premier"},
                "tiers": [{"number": 1, "team_name": "Desk", "contacts": [{"name": "Desk", "email": "desk@example"}]}],
                "escalation": [{"from": "user", "to": {"tier": 2}, "handover": "Report"}]
            }}"#,
            &[
                "default_plan: Contact 1 of tier 1: \"desk@example\" is not a valid email address.",
                "default_plan: Escalation step 1 refers to tier 2, which the plan does not define.",
            ],
        );
        assert_eq!(config.default_plan.vendor.customer_plan, CustomerPlan::Premier);
        assert_eq!(
            config.default_plan.escalation.first().map(|step| step.to),
            Some(Party::Tier(2))
        );

        let config = check(
            r#"{"version": 1, "default_plan": {"vendor": {"channel": "carrier-pigeon"}}}"#,
            &["default_plan.vendor.channel: there is no channel with the id \"carrier-pigeon\""],
        );
        assert_eq!(config.default_plan.vendor.channel.as_deref(), Some("carrier-pigeon"));

        let parsed = parse_config(r#"{"version": 1, "default_plan": {"tiers": 3}}"#);
        assert_eq!(parsed.config.default_plan, Config::built_in().default_plan);
        assert!(matches!(
            parsed.problems.as_slice(),
            [ConfigProblem { path, kind: ConfigProblemKind::InvalidSupportPlan { .. } }] if path == "default_plan"
        ));
    }

    #[test]
    fn optional_settings_can_be_cleared_and_set() {
        let config = check(
            r#"{"version": 1, "default_locale": "zh-TW", "helpdesk_endpoint": "mailto:desk@example.com",
                "support_languages": {"online_technical": ["en", "en", "pt-BR"], "billing_and_phone": []}}"#,
            &[],
        );
        assert_eq!(config.default_locale.as_deref(), Some("zh-TW"));
        assert_eq!(config.helpdesk_endpoint.as_deref(), Some("mailto:desk@example.com"));
        assert_eq!(config.support_languages.online_technical, vec!["en", "pt-BR"]);
        assert!(config.support_languages.billing_and_phone.is_empty());
        let config =
            check(r#"{"version": 1, "default_locale": null, "helpdesk_endpoint": null}"#, &[]);
        assert_eq!((config.default_locale, config.helpdesk_endpoint), (None, None));
        check(
            r#"{"version": 1, "helpdesk_endpoint": "ftp://example.com", "support_languages": {"online_technical": ["english"]}}"#,
            &[
                "support_languages.online_technical[0]: expected a language tag such as \"en\" or \"zh-TW\", got \"english\"",
                "helpdesk_endpoint: links starting with \"ftp:\" are not allowed; use https:, http: or mailto:, got \"ftp://example.com\"",
            ],
        );
    }

    #[test]
    fn odd_field_names_are_quoted_in_paths_and_the_report_is_capped() {
        check(
            r#"{"version": 1, "policies": {"pre mier": 1, "premier": {"critical\n": 2}}}"#,
            &[
                "policies[\"pre mier\"]: unknown field, ignored; check its spelling and place",
                "policies.premier[\"critical\\n\"]: unknown field, ignored; check its spelling and place",
            ],
        );
        let many_fields: Vec<String> =
            (0..500).map(|index| format!("\"unknown{index}\": {index}")).collect();
        let parsed = parse_config(&format!("{{\"version\": 1, {}}}", many_fields.join(", ")));
        assert_eq!(parsed.problems.len(), MAX_REPORTED_PROBLEMS + 1);
        assert_eq!(
            parsed.problems.last().map(ConfigProblem::message).as_deref(),
            Some("configuration: more than 100 problems; the rest are not listed")
        );
        assert!(!parsed.fell_back_to_built_in());
        let long_text = "x".repeat(10_000);
        let parsed =
            parse_config(&format!(r#"{{"version": 1, "draft_cleanup_days": "{long_text}"}}"#));
        assert!(messages(&parsed).iter().all(|message| message.len() < 200));
    }

    #[test]
    fn problems_display_as_their_message() {
        let problem = ConfigProblem {
            path: "routes".to_owned(),
            kind: ConfigProblemKind::MissingRoute {
                kind: RequestKind::VolumeLicensing,
                plan: CustomerPlan::Premier,
                tenant_size: None,
            },
        };
        assert_eq!(problem.to_string(), problem.message());
        assert!(!problem.is_fatal());
    }

    #[test]
    fn parse_config_value_reads_an_object_already_parsed() {
        let value = serde_json::json!({"version": 1, "draft_cleanup_days": 7});
        let parsed = parse_config_value(&value);
        assert!(parsed.is_clean());
        assert_eq!(parsed.config.draft_cleanup_days, 7);
    }

    /// The fenced JSON blocks of the documentation.
    fn documentation_json_blocks() -> Vec<&'static str> {
        DOCUMENTATION
            .split("```json\n")
            .skip(1)
            .filter_map(|block| block.split("```").next())
            .collect()
    }

    #[test]
    fn every_json_example_in_the_documentation_reads_without_problems() {
        let blocks = documentation_json_blocks();
        assert!(blocks.len() >= 3, "the documentation has its examples");
        for block in blocks {
            let parsed = parse_config(block);
            assert_eq!(messages(&parsed), Vec::<String>::new(), "example:\n{block}");
        }
    }

    #[test]
    fn documentation_shows_the_current_built_in_configuration() {
        let shown: Value = documentation_json_blocks()
            .last()
            .and_then(|block| serde_json::from_str(block).ok())
            .expect("the last JSON block is the built-in configuration");
        let actual = serde_json::to_value(Config::built_in()).expect("serialises");
        assert_eq!(shown, actual, "update docs/configuration.md");
    }

    #[test]
    fn documentation_mentions_every_top_level_field() {
        let built_in = serde_json::to_value(Config::built_in()).expect("serialises");
        let fields: Vec<&String> =
            built_in.as_object().map(|object| object.keys().collect()).unwrap_or_default();
        assert_eq!(fields.len(), TOP_LEVEL_FIELDS.len(), "the reader knows every field");
        for field in fields {
            assert!(TOP_LEVEL_FIELDS.contains(&field.as_str()), "the reader knows `{field}`");
            assert!(
                DOCUMENTATION.contains(&format!("| `{field}` |")),
                "docs/configuration.md describes `{field}` in the field table"
            );
        }
    }
}

/// Property tests: whatever the input, reading never panics and returns a usable configuration.
/// Raise `PROPTEST_CASES` to run them longer (see `docs/configuration.md`).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz {
    use super::*;
    use proptest::prelude::*;

    const FIELD_NAMES: &[&str] = &[
        "version",
        "product_name",
        "vendor_name",
        "self_help",
        "feedback_site",
        "community_forum",
        "channels",
        "routes",
        "support_languages",
        "calendars",
        "policies",
        "default_plan",
        "storage_prefix",
        "default_locale",
        "helpdesk_endpoint",
        "draft_cleanup_days",
        "title",
        "url",
        "description",
        "id",
        "kind",
        "name",
        "category",
        "steps",
        "links",
        "languages",
        "plans",
        "channel",
        "warnings",
        "text",
        "online_technical",
        "billing_and_phone",
        "billing_and_phone_page",
        "professional",
        "premier",
        "small_tenant",
        "tenant_sizes",
        "tenant_size",
        "critical",
        "moderate",
        "minimal",
        "set_by_contract",
        "example",
        "hours",
        "minutes",
        "clock",
        "calendar",
        "time_zone",
        "weekly",
        "closed_dates",
        "mon",
        "tue",
        "sun",
        "opens",
        "closes",
        "office",
        "tiers",
        "vendor",
        "escalation",
        "training",
        "agenda",
        "number",
        "contacts",
        "email",
        "from",
        "to",
        "tier",
    ];

    const INTERESTING_TEXTS: &[&str] = &[
        "",
        " ",
        "https://example.com",
        "http://example.com/x",
        "mailto:a@example.com",
        " JaVaScRiPt:alert(1)",
        "data:text/html,x",
        "/relative",
        "https://a@b.example",
        "09:00",
        "9:30",
        "23:59",
        "24:00",
        "2024-02-29",
        "2025-02-29",
        "UTC",
        "Europe/Warsaw",
        "technical",
        "feature_request",
        "intune_with_configuration_manager",
        "configuration_manager_or_endpoint_protection",
        "standalone_configuration_manager_or_endpoint_protection",
        "professional",
        "premier",
        "small_tenant",
        "fewer_than_100_licences",
        "100_licences_or_more",
        "portal",
        "call_back",
        "feedback",
        "business",
        "around_the_clock",
        "online_technical",
        "admin-centre-mdm",
        "feedback-site",
        "office",
        "en",
        "zh-TW",
        "user",
        "vendor",
        "\u{0}",
        "<script>",
    ];

    fn json_leaf() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            (0u32..200).prop_map(Value::from),
            any::<f64>().prop_map(|number| {
                serde_json::Number::from_f64(number).map_or(Value::Null, Value::Number)
            }),
            (-2.0f64..30.0).prop_map(Value::from),
            any::<String>().prop_map(Value::String),
            prop::sample::select(INTERESTING_TEXTS).prop_map(Value::from),
        ]
    }

    fn json_key() -> impl Strategy<Value = String> {
        prop_oneof![
            4 => prop::sample::select(FIELD_NAMES).prop_map(str::to_owned),
            1 => any::<String>(),
        ]
    }

    fn json_value() -> impl Strategy<Value = Value> {
        json_leaf().prop_recursive(6, 96, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::vec((json_key(), inner), 0..6)
                    .prop_map(|entries| Value::Object(entries.into_iter().collect())),
            ]
        })
    }

    /// A configuration-shaped object: known top-level fields with arbitrary values.
    fn configuration_like() -> impl Strategy<Value = Value> {
        (prop::collection::vec((json_key(), json_value()), 0..8), any::<bool>()).prop_map(
            |(entries, with_version)| {
                let mut object: Map<String, Value> = entries.into_iter().collect();
                if with_version {
                    object.insert("version".to_owned(), Value::from(1));
                }
                Value::Object(object)
            },
        )
    }

    /// One step into a JSON value.
    #[derive(Debug, Clone)]
    enum Step {
        Key(String),
        Index(usize),
    }

    fn all_paths(value: &Value, prefix: &mut Vec<Step>, paths: &mut Vec<Vec<Step>>) {
        paths.push(prefix.clone());
        match value {
            Value::Object(object) => {
                for (key, child) in object {
                    prefix.push(Step::Key(key.clone()));
                    all_paths(child, prefix, paths);
                    prefix.pop();
                }
            }
            Value::Array(list) => {
                for (index, child) in list.iter().enumerate() {
                    prefix.push(Step::Index(index));
                    all_paths(child, prefix, paths);
                    prefix.pop();
                }
            }
            _ => {}
        }
    }

    fn replace_at(value: &mut Value, path: &[Step], replacement: Value) {
        let mut target = value;
        for step in path {
            let next = match (step, target) {
                (Step::Key(key), Value::Object(object)) => object.get_mut(key),
                (Step::Index(index), Value::Array(list)) => list.get_mut(*index),
                _ => None,
            };
            match next {
                Some(next) => target = next,
                None => return,
            }
        }
        *target = replacement;
    }

    /// A valid configuration (the built-in one or the organisation fixture, which has
    /// calendars) with a few parts replaced by arbitrary values.
    fn mutated_configuration() -> impl Strategy<Value = Value> {
        let bases: Vec<Value> = [
            serde_json::to_value(Config::built_in()).unwrap_or_default(),
            serde_json::from_str(include_str!("../../../tests/fixtures/config/organisation.json"))
                .unwrap_or_default(),
        ]
        .to_vec();
        let candidates: Vec<(Value, Vec<Step>)> = bases
            .iter()
            .flat_map(|base| {
                let mut paths = Vec::new();
                all_paths(base, &mut Vec::new(), &mut paths);
                paths.into_iter().map(move |path| (base.clone(), path))
            })
            .collect();
        prop::collection::vec((prop::sample::select(candidates), json_value()), 1..4).prop_map(
            |mutations| {
                let mut result =
                    mutations.first().map(|((base, _), _)| base.clone()).unwrap_or_default();
                for ((_, path), replacement) in mutations {
                    replace_at(&mut result, &path, replacement);
                }
                result
            },
        )
    }

    /// What every configuration handed to the app must satisfy.
    fn assert_usable(parsed: &ParsedConfig) {
        let config = &parsed.config;
        assert!(parsed.problems.len() <= MAX_REPORTED_PROBLEMS + 1);
        assert!(parsed.problems.iter().all(|problem| !problem.message().is_empty()));
        if parsed.fell_back_to_built_in() {
            assert_eq!(config, &Config::built_in());
            assert_eq!(parsed.problems.len(), 1);
        }
        assert_eq!(config.version, CONFIG_VERSION);
        let mut resources: Vec<&Resource> = vec![&config.feedback_site, &config.community_forum];
        resources.extend(config.self_help.iter());
        resources.extend(config.channels.iter().flat_map(|channel| channel.links.iter()));
        for resource in resources {
            assert_eq!(check_link(&resource.url).as_ref(), Ok(&resource.url));
            assert!(!resource.title.trim().is_empty());
        }
        for channel in &config.channels {
            if let Some(url) = &channel.url {
                assert_eq!(check_link(url).as_ref(), Ok(url));
            }
            assert!(is_identifier(&channel.id));
            assert_eq!(config.channels.iter().filter(|other| other.id == channel.id).count(), 1);
        }
        if let Some(endpoint) = &config.helpdesk_endpoint {
            assert!(check_link(endpoint).is_ok());
            assert!(!endpoint.to_ascii_lowercase().starts_with("http:"));
        }
        for calendar in config.calendars.values() {
            assert!(calendar.weekly.iter().any(|day| !day.is_empty()));
            for day in &calendar.weekly {
                assert!(day.iter().all(|hours| hours.opens < hours.closes));
                assert!(day.windows(2).all(|pair| pair[0].closes <= pair[1].opens));
            }
        }
        for (_, policy) in config.policies.all() {
            for target in [&policy.critical, &policy.moderate, &policy.minimal] {
                assert!((1..=MAX_TARGET_HOURS * 60).contains(&target.minutes));
                if let Clock::Business { calendar } = &target.clock {
                    assert!(config.calendars.contains_key(calendar));
                }
            }
        }
        assert!((1..=MAX_DRAFT_CLEANUP_DAYS).contains(&config.draft_cleanup_days));
        assert!(is_identifier(&config.storage_prefix));
        // What the reader returns reads back unchanged.
        let again = parse_config_value(&serde_json::to_value(config).unwrap_or_default());
        assert!(!again.fell_back_to_built_in());
        assert_eq!(&again.config, config);
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
            assert_usable(&parse_config(&String::from_utf8_lossy(&bytes)));
        }

        #[test]
        fn arbitrary_text_never_panics(text in any::<String>()) {
            assert_usable(&parse_config(&text));
        }

        #[test]
        fn json_like_text_never_panics(text in r#"[{}\[\]":,0-9a-z_ .\-]{0,200}"#) {
            assert_usable(&parse_config(&text));
        }

        #[test]
        fn arbitrary_json_values_never_panic(value in json_value()) {
            assert_usable(&parse_config_value(&value));
        }

        #[test]
        fn configuration_like_objects_never_panic(value in configuration_like()) {
            assert_usable(&parse_config_value(&value));
        }

        #[test]
        fn mutated_configurations_never_panic(value in mutated_configuration()) {
            assert_usable(&parse_config_value(&value));
            // The same value as text, to go through the JSON reader as well.
            assert_usable(&parse_config(&value.to_string()));
        }

        #[test]
        fn damaged_built_in_text_never_panics(
            position in 0usize..20_000,
            length in 0usize..40,
            insert in "[{}\\[\\]\":,0-9a-z \\-]{0,10}",
        ) {
            let text = serde_json::to_string(&Config::built_in()).unwrap_or_default();
            let start = text.char_indices().map(|(index, _)| index).find(|index| *index >= position % text.len().max(1)).unwrap_or(0);
            let end = text.char_indices().map(|(index, _)| index).find(|index| *index >= start + length).unwrap_or(text.len());
            let damaged = format!("{}{insert}{}", &text[..start], &text[end..]);
            assert_usable(&parse_config(&damaged));
        }
    }
}

#[cfg(test)]
mod endpoint_tests {
    use super::*;

    fn check(endpoint: &str, accepted: bool) {
        let json =
            format!(r#"{{"version": 1, "helpdesk_endpoint": {}}}"#, serde_json::json!(endpoint));
        let parsed = parse_config(&json);
        assert_eq!(
            parsed.config.helpdesk_endpoint.is_some(),
            accepted,
            "{endpoint}: {:?}",
            parsed.problems
        );
        assert_eq!(parsed.problems.is_empty(), accepted, "{endpoint}");
    }

    #[test]
    fn endpoints_must_be_encrypted_unless_on_this_machine() {
        check("https://helpdesk.example.com/api/tickets", true);
        check("mailto:helpdesk@example.com", true);
        check("http://127.0.0.1:8081/tickets", true);
        check("http://localhost/tickets", true);
        check("http://[::1]:9000/tickets", true);
        check("http://helpdesk.example.com/tickets", false);
        check("http://127.0.0.1.example.com/tickets", false);
        check("http://localhost.evil.example/tickets", false);
        check("javascript:alert(1)", false);
    }
}
