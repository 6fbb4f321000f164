//! The built-in configuration: the reference vendor, Microsoft Intune.

use std::collections::BTreeMap;

use crate::domain::localised_text::LocalisedText;
use crate::domain::plan::{SupportPlan, VendorTier};
use crate::domain::request::{RequestKind, SupportContract, TenantSize};
use crate::domain::response::{Clock, Policy, Target};
use crate::domain::routing::{
    Channel, ChannelKind, LanguageSet, Resource, Route, RouteWarning, SupportLanguages,
};

use super::{
    Config, HighestHeading, KnowledgeBaseSettings, Policies, CONFIG_VERSION,
    DEFAULT_DRAFT_CLEANUP_DAYS, DEFAULT_STORAGE_PREFIX,
};

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
                vendor: VendorTier {
                    // The vendor's own name, which every language writes alike; "Microsoft
                    // support" left English words in the six other languages' sentences.
                    name: "Microsoft".to_owned(),
                    channel: None,
                    support_contract: SupportContract::Professional,
                    tenant_size: None,
                },
                ..SupportPlan::empty()
            },
            storage_prefix: DEFAULT_STORAGE_PREFIX.to_owned(),
            default_locale: None,
            helpdesk_endpoint: None,
            helpdesk: None,
            draft_cleanup_days: DEFAULT_DRAFT_CLEANUP_DAYS,
            knowledge_base: KnowledgeBaseSettings::default(),
            heading_level: HighestHeading::default(),
        }
    }
}

fn texts(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| (*item).to_owned()).collect()
}

pub(super) fn resource(title: &str, url: &str, description: &str) -> Resource {
    Resource { title: english(title), url: url.to_owned(), description: english(description) }
}

/// A text of the built-in configuration: one text, written in English, which the catalogs in
/// `translations/` translate (a plain string keeps the configuration's JSON as page owners
/// write it).
fn english(text: impl Into<String>) -> LocalisedText {
    LocalisedText::single(text)
}

fn english_texts(items: &[&str]) -> Vec<LocalisedText> {
    items.iter().map(|item| english(*item)).collect()
}

pub(super) fn around_the_clock_policy(hours: [u32; 3], set_by_contract: bool) -> Policy {
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
        name: english("Office 365 admin centre"),
        url: Some(ADMIN_CENTRE_URL.to_owned()),
        category: Some(english(category)),
        steps: vec![
            english(
                "Sign in to the Office 365 admin centre with your Intune administrator account.",
            ),
            english("Select the Admin tile."),
            english("In the left-hand menu, under Support, select Support to start a new request."),
            english(format!(
                "Choose the category \"{category}\". If it is not in the list, select More at \
                 the bottom of the list."
            )),
            english("Paste the ticket prepared here and send the request."),
            english("To follow up later, open Support and then Service requests in the same menu."),
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
            name: english("Premier support portal"),
            url: Some(PREMIER_URL.to_owned()),
            category: None,
            steps: english_texts(&[
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
            name: english("Premier support portal"),
            url: Some(PREMIER_URL.to_owned()),
            category: None,
            steps: english_texts(&[
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
            name: english("\"Need help?\" in the Office 365 admin centre"),
            url: Some(ADMIN_CENTRE_URL.to_owned()),
            category: None,
            steps: english_texts(&[
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
            name: english("Your partner, or Configuration Manager and Endpoint Protection support"),
            url: Some("https://docs.microsoft.com/sccm/".to_owned()),
            category: None,
            steps: english_texts(&[
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
            name: english("Volume licensing support"),
            url: Some("http://go.microsoft.com/fwlink/p/?LinkID=282016".to_owned()),
            category: None,
            steps: english_texts(&[
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
            name: english("Microsoft Intune ideas"),
            url: Some("https://microsoftintune.uservoice.com/forums/291681-ideas".to_owned()),
            category: None,
            steps: english_texts(&[
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
    use SupportContract::{Premier, Professional};
    let route =
        |kind, contracts: &[SupportContract], channel: &str, warnings: Vec<RouteWarning>| Route {
            kind,
            contracts: contracts.to_vec(),
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
        text: english(
            "Under a Premier agreement, procedural questions such as \"how do I configure \
               this feature?\" are charged.",
        ),
    };
    let configuration_manager_paid = RouteWarning {
        id: "configuration_manager_paid_support".to_owned(),
        text: english(
            "Configuration Manager and Endpoint Protection support is not part of the Intune \
               subscription: it is paid, or deducted from your existing licence or Premier \
               agreement.",
        ),
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
