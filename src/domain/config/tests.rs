use serde_json::Value;

use super::built_in::{around_the_clock_policy, resource};
use super::reader::{parse_date, parse_hours_minutes, TOP_LEVEL_FIELDS};
use super::*;
use crate::domain::plan::Party;
use crate::domain::response::{Clock, OpeningHours, Target};
use crate::domain::routing::LanguageSet;

const DOCUMENTATION: &str = include_str!("../../../docs/configuration.md");
const ORGANISATION_FIXTURE: &str = include_str!("../../../tests/fixtures/config/organisation.json");
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
    let small = Customer::new(SupportContract::Professional, TenantSize::FewerThan100);
    assert_eq!(config.policies.for_customer(small).critical, hours(2));
    let premier_small = Customer::new(SupportContract::Premier, TenantSize::FewerThan100);
    assert_eq!(config.policies.for_customer(premier_small), &config.policies.premier);
    assert_eq!(config.support_languages.list(LanguageSet::OnlineTechnical), ["en", "ja"]);
    // The sources name no phone or billing languages, only "more languages" per country.
    assert!(config.support_languages.list(LanguageSet::BillingAndPhone).is_empty());
    assert_eq!(
        config.support_languages.billing_and_phone_page.as_deref(),
        Some(
            "https://docs.microsoft.com/intune/contact-assisted-phone-support-for-microsoft-intune"
        )
    );
    assert_eq!(config.storage_prefix, "support-triage");
    assert_eq!(config.draft_cleanup_days, 30);
    assert_eq!((config.default_locale.as_ref(), config.helpdesk_endpoint.as_ref()), (None, None));
    assert_eq!(
        config.feedback_site.url,
        "https://microsoftintune.uservoice.com/forums/291681-ideas"
    );
    assert_eq!(config.community_forum.url, "https://social.technet.microsoft.com/Forums/home");
    let category = |id: &str| config.channel(id).and_then(|channel| channel.category.clone());
    assert_eq!(
        category("admin-centre-mdm").as_ref().and_then(LocalisedText::english_source),
        Some("Mobile device management")
    );
    assert_eq!(
        category("admin-centre-billing").as_ref().and_then(LocalisedText::english_source),
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
    let premier = Customer::new(SupportContract::Premier, TenantSize::HundredOrMore);
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
        check_link_case(scheme, Err(LinkProblem::SchemeNotAllowed { scheme: "javascript".into() }));
    }
    check_link_case(
        "data:text/html,hi",
        Err(LinkProblem::SchemeNotAllowed { scheme: "data".into() }),
    );
    check_link_case("vbscript:x", Err(LinkProblem::SchemeNotAllowed { scheme: "vbscript".into() }));
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
    check_link_case("https://trusted.example@evil.example/", Err(LinkProblem::CredentialsInLink));
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
            "channels[2].name: expected non-empty text, or an object from language tags to texts such as {\"en\": \"...\", \"pl\": \"...\"}, got \"  \"",
            "channels[3].id: required field missing; the entry is left out",
            "channels[3].languages: expected one of \"online_technical\", \"billing_and_phone\", got \"klingon\"",
            "channels[4]: expected an object ({ ... }), got \"not a channel\"",
            "routes[2].plans[1]: expected one of \"professional\", \"premier\", \"small_tenant\", got \"gold\"",
            "routes[3].kind: expected one of \"technical\", \"billing_licensing_account\", \"intune_with_configuration_manager\", \"standalone_configuration_manager_or_endpoint_protection\", \"volume_licensing\", \"feature_request\", got \"praise\"",
            "routes[3].plans: required field missing; the entry is left out",
            "routes[3].warnings[0].text: required field missing; the entry is left out",
            "routes[2].channel: there is no channel with the id \"ideas\"",
            "routes[1]: other routes already decide every request this route covers, so it is never used",
            "routes: no route for \"billing_licensing_account\" requests with the \"professional\" support contract",
            "routes: no route for \"billing_licensing_account\" requests with the \"premier\" support contract",
            "routes: no route for \"standalone_configuration_manager_or_endpoint_protection\" requests with the \"professional\" support contract",
            "routes: no route for \"standalone_configuration_manager_or_endpoint_protection\" requests with the \"premier\" support contract",
            "routes: no route for \"volume_licensing\" requests with the \"professional\" support contract",
            "routes: no route for \"volume_licensing\" requests with the \"premier\" support contract",
            "routes: no route for \"feature_request\" requests with the \"premier\" support contract",
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

/// The channel that decides requests of `kind` from a customer with `contract` and `size`.
fn channel_for(
    config: &Config,
    kind: RequestKind,
    contract: SupportContract,
    size: TenantSize,
) -> &str {
    config
        .route_for(kind, Customer::new(contract, size))
        .map(|route| route.channel.as_str())
        .unwrap_or("(none)")
}

#[test]
fn configurations_of_earlier_releases_still_read() {
    use RequestKind::*;
    use SupportContract::{Premier, Professional};
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
    for (kind, contract, size, channel) in table {
        assert_eq!(
            channel_for(&config, kind, contract, size),
            channel,
            "{} from {}",
            kind.as_str(),
            Customer::new(contract, size).describe()
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
    let config =
        check(r#"{"version": 1, "policies": {"small_tenant": {"critical": {"hours": 3}}}}"#, &[]);
    let small = Customer::new(Professional, Small);
    assert_eq!(config.policies.for_customer(small).critical, hours(3));
    assert_eq!(config.policies.for_customer(Customer::new(Premier, Small)).critical, hours(1));
}

#[test]
fn routes_for_tenant_sizes() {
    use RequestKind::*;
    use SupportContract::{Premier, Professional};
    use TenantSize::{FewerThan100 as Small, HundredOrMore as Large};
    let rest = r#"
        {"kind": "billing_licensing_account", "plans": ["professional", "premier"], "channel": "admin-centre-billing"},
        {"kind": "intune_with_configuration_manager", "plans": ["professional", "premier"], "channel": "admin-centre-mdm"},
        {"kind": "standalone_configuration_manager_or_endpoint_protection", "plans": ["professional", "premier"], "channel": "partner"},
        {"kind": "volume_licensing", "plans": ["professional", "premier"], "channel": "volume-licensing"},
        {"kind": "feature_request", "plans": ["professional", "premier"], "channel": "feedback-site"}"#;
    let routes = |technical: &str| format!(r#"{{"version": 1, "routes": [{technical},{rest}]}}"#);
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
            "routes: no route for \"technical\" requests with the \"professional\" support contract and \"fewer_than_100_licences\"",
            "routes: no route for \"technical\" requests with the \"premier\" support contract and \"fewer_than_100_licences\"",
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
    let config = check(r#"{"version": 1, "policies": {"professional": {"example": true}}}"#, &[]);
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
    assert_eq!(config.default_plan.vendor.support_contract, SupportContract::Premier);
    assert_eq!(config.default_plan.escalation.first().map(|step| step.to), Some(Party::Tier(2)));

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
    let config = check(r#"{"version": 1, "default_locale": null, "helpdesk_endpoint": null}"#, &[]);
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
    let parsed = parse_config(&format!(r#"{{"version": 1, "draft_cleanup_days": "{long_text}"}}"#));
    assert!(messages(&parsed).iter().all(|message| message.len() < 200));
}

#[test]
fn problems_display_as_their_message() {
    let problem = ConfigProblem {
        path: "routes".to_owned(),
        kind: ConfigProblemKind::MissingRoute {
            kind: RequestKind::VolumeLicensing,
            contract: SupportContract::Premier,
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
    DOCUMENTATION.split("```json\n").skip(1).filter_map(|block| block.split("```").next()).collect()
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

mod endpoints {
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

mod helpdesks {
    use super::*;
    use crate::domain::helpdesk::Helpdesk;

    fn helpdesk(value: &str, expected: &[&str]) -> Option<Helpdesk> {
        check(&format!(r#"{{"version": 1, "helpdesk": {value}}}"#), expected).helpdesk
    }

    #[test]
    fn each_kind_reads_with_its_field() {
        assert_eq!(
            helpdesk(r#"{"kind": "json", "url": "https://desk.example.com/api/tickets"}"#, &[]),
            Some(Helpdesk::Json { url: "https://desk.example.com/api/tickets".to_owned() })
        );
        assert_eq!(
            helpdesk(r#"{"kind": "email", "address": "mailto:desk@example.com?subject=IT"}"#, &[]),
            Some(Helpdesk::Email { address: "mailto:desk@example.com?subject=IT".to_owned() })
        );
        // A bare address is written as a mailto: link.
        assert_eq!(
            helpdesk(r#"{"kind": "email", "address": " desk@example.com "}"#, &[]),
            Some(Helpdesk::Email { address: "mailto:desk@example.com".to_owned() })
        );
        // Zammad may live under a path; the trailing slash goes.
        assert_eq!(
            helpdesk(r#"{"kind": "zammad", "url": "https://help.example.com/zammad/"}"#, &[]),
            Some(Helpdesk::Zammad { url: "https://help.example.com/zammad".to_owned() })
        );
        assert_eq!(
            helpdesk(
                r#"{"kind": "zendesk", "subdomain_url": "https://example.zendesk.com/"}"#,
                &[]
            ),
            Some(Helpdesk::Zendesk { subdomain_url: "https://example.zendesk.com".to_owned() })
        );
        assert_eq!(
            helpdesk(r#"{"kind": "zendesk", "subdomain_url": "http://127.0.0.1:8123"}"#, &[]),
            Some(Helpdesk::Zendesk { subdomain_url: "http://127.0.0.1:8123".to_owned() })
        );
        assert_eq!(helpdesk("null", &[]), None);
    }

    #[test]
    fn problems_name_their_path() {
        let cases: [(&str, &[&str]); 12] = [
            ("\"zammad\"", &["helpdesk: expected an object ({ ... }), got \"zammad\""]),
            (r#"{"url": "https://x.example.com"}"#, &["helpdesk.kind: required field missing; the entry is left out"]),
            (
                r#"{"kind": "freshdesk", "url": "https://x.example.com", "token": "s"}"#,
                &[
                    "helpdesk.kind: expected one of \"json\", \"email\", \"zammad\", \"zendesk\", got \"freshdesk\"",
                    "helpdesk.token: unknown field, ignored; check its spelling and place",
                ],
            ),
            (
                r#"{"kind": "zendesk", "url": "https://example.zendesk.com"}"#,
                &[
                    "helpdesk.url: unknown field, ignored; check its spelling and place",
                    "helpdesk.subdomain_url: required field missing; the entry is left out",
                ],
            ),
            (
                r#"{"kind": "zammad", "url": "http://zammad.example.com"}"#,
                &["helpdesk.url: the helpdesk receives ticket text, so its address must start with https: (or http: on this machine only), got \"http://zammad.example.com\""],
            ),
            (
                r#"{"kind": "json", "url": "mailto:desk@example.com"}"#,
                &["helpdesk.url: the helpdesk receives ticket text, so its address must start with https: (or http: on this machine only), got \"mailto:desk@example.com\""],
            ),
            (
                r#"{"kind": "json", "url": "javascript:alert(1)"}"#,
                &["helpdesk.url: links starting with \"javascript:\" are not allowed; use https:, http: or mailto:, got \"javascript:alert(1)\""],
            ),
            (
                r#"{"kind": "zendesk", "subdomain_url": "https://example.zendesk.com/api/v2"}"#,
                &["helpdesk.subdomain_url: give only the account's address, such as \"https://example.zendesk.com\", without a path, query or fragment, got \"https://example.zendesk.com/api/v2\""],
            ),
            (
                r#"{"kind": "zammad", "url": "https://zammad.example.com/?x=1"}"#,
                &["helpdesk.url: give only the account's address, such as \"https://example.zendesk.com\", without a path, query or fragment, got \"https://zammad.example.com/?x=1\""],
            ),
            (
                r#"{"kind": "email", "address": "desk"}"#,
                &["helpdesk.address: expected an email address such as \"ana@example.com\", got \"desk\""],
            ),
            (
                r#"{"kind": "email", "address": "o'brien@example.com"}"#,
                &["helpdesk.address: the link contains the character '\\'', which is not allowed, got \"mailto:o'brien@example.com\""],
            ),
            (
                r#"{"kind": "zendesk", "subdomain_url": 7}"#,
                &["helpdesk.subdomain_url: expected non-empty text, got 7"],
            ),
        ];
        for (value, expected) in cases {
            assert_eq!(helpdesk(value, expected), None, "{value}");
        }
    }

    #[test]
    fn the_short_form_still_works_and_both_forms_are_reported() {
        let config =
            check(r#"{"version": 1, "helpdesk_endpoint": "https://desk.example.com/t"}"#, &[]);
        assert_eq!(
            config.handoff_helpdesk(),
            Some(Helpdesk::Json { url: "https://desk.example.com/t".to_owned() })
        );
        let config =
            check(r#"{"version": 1, "helpdesk_endpoint": "mailto:desk@example.com"}"#, &[]);
        assert_eq!(
            config.handoff_helpdesk(),
            Some(Helpdesk::Email { address: "mailto:desk@example.com".to_owned() })
        );
        assert_eq!(Config::built_in().handoff_helpdesk(), None);

        let config = check(
            r#"{"version": 1, "helpdesk_endpoint": "https://desk.example.com/t",
                "helpdesk": {"kind": "zammad", "url": "https://zammad.example.com"}}"#,
            &["helpdesk_endpoint: give either \"helpdesk\" or its short form \"helpdesk_endpoint\", not both; \"helpdesk\" is used"],
        );
        assert_eq!(config.helpdesk_endpoint, None);
        assert_eq!(
            config.handoff_helpdesk(),
            Some(Helpdesk::Zammad { url: "https://zammad.example.com".to_owned() })
        );
        // When the full form cannot be used, the short form is.
        let config = check(
            r#"{"version": 1, "helpdesk_endpoint": "https://desk.example.com/t",
                "helpdesk": {"kind": "zammad"}}"#,
            &[
                "helpdesk.url: required field missing; the entry is left out",
                "helpdesk_endpoint: give either \"helpdesk\" or its short form \"helpdesk_endpoint\", not both; \"helpdesk_endpoint\" is used",
            ],
        );
        assert_eq!(
            config.handoff_helpdesk(),
            Some(Helpdesk::Json { url: "https://desk.example.com/t".to_owned() })
        );
        // A null is not given.
        check(
            r#"{"version": 1, "helpdesk_endpoint": null, "helpdesk": {"kind": "email", "address": "d@example.com"}}"#,
            &[],
        );
    }

    #[test]
    fn a_configured_helpdesk_reads_back_unchanged() {
        let config = check(
            r#"{"version": 1, "helpdesk": {"kind": "zendesk", "subdomain_url": "https://example.zendesk.com/"}}"#,
            &[],
        );
        let json = serde_json::to_string(&config).expect("serialises");
        assert_eq!(check(&json, &[]), config);
    }
}

mod localised_channels {
    use super::*;
    use crate::domain::localised_text::LocalisedText;

    #[test]
    fn channel_texts_read_per_language_and_bad_tags_are_reported_with_their_path() {
        let config = check(
            r#"{"version": 1, "channels": [
                {"id": "desk", "kind": "portal", "name": {"en": "Service desk", "pl": "Serwis", "klingon!": "x"},
                 "category": {"en": "Devices", "ko": "장치"},
                 "steps": ["Open the portal.", {"en": "Choose Devices.", "ja": "デバイスを選びます。"}, {"ja": ""}],
                 "links": [{"title": {"nl": "Handleiding"}, "url": "https://intranet.example.com/d",
                            "description": {"en": "", "nl": "Stap voor stap."}}]}],
              "routes": [{"kind": "technical", "plans": ["professional", "premier"], "channel": "desk",
                          "warnings": [{"id": "costs", "text": {"en": "Costs money.", "es": "Cuesta dinero."}}]},
                         {"kind": "billing_licensing_account", "plans": ["professional", "premier"], "channel": "desk"},
                         {"kind": "standalone_configuration_manager_or_endpoint_protection", "plans": ["professional", "premier"], "channel": "desk"},
                         {"kind": "volume_licensing", "plans": ["professional", "premier"], "channel": "desk"},
                         {"kind": "feature_request", "plans": ["professional", "premier"], "channel": "desk"}]}"#,
            &[
                "channels[0].name[\"klingon!\"]: \"klingon!\" is not a language tag such as \"en\" or \"zh-TW\"; this text is left out",
                "channels[0].steps[2].ja: expected non-empty text, got \"\"",
                "channels[0].steps[2]: expected non-empty text, or an object from language tags to texts such as {\"en\": \"...\", \"pl\": \"...\"}, got an object",
                "channels[0].links[0].description.en: expected non-empty text, got \"\"",
            ],
        );
        let desk = config.channel("desk").cloned().unwrap_or_else(|| panic!("desk is kept"));
        assert_eq!(desk.name.pick("pl-PL", None), "Serwis");
        assert_eq!(desk.name.pick("ko", None), "Service desk");
        assert_eq!(desk.category.as_ref().map(|category| category.pick("ko", None)), Some("장치"));
        let steps: Vec<&str> = desk.steps.iter().map(|step| step.pick("ja", None)).collect();
        assert_eq!(steps, ["Open the portal.", "デバイスを選びます。"]);
        assert_eq!(desk.links[0].description.pick("nl", None), "Stap voor stap.");
        let warning = &config.routes[0].warnings[0];
        assert_eq!(warning.text.pick("es", None), "Cuesta dinero.");
        assert_eq!(
            warning.text,
            LocalisedText::per_language([("en", "Costs money."), ("es", "Cuesta dinero.")])
                .unwrap_or_default()
        );
        let again = serde_json::to_string(&config).unwrap_or_default();
        assert_eq!(check(&again, &[]), config);
    }
}

mod knowledge_base {
    use super::*;
    use crate::domain::localised_text::LocalisedText;

    fn articles_json(articles: &str) -> String {
        format!(r#"{{"version": 1, "knowledge_base": {{"articles": [{articles}]}}}}"#)
    }

    #[test]
    fn the_built_in_articles_are_on_and_none_of_the_page_owners_by_default() {
        let config = check(r#"{"version": 1}"#, &[]);
        assert!(config.knowledge_base.include_built_in);
        assert!(config.knowledge_base.articles.is_empty());
        let config = check(r#"{"version": 1, "knowledge_base": {"include_built_in": false}}"#, &[]);
        assert!(!config.knowledge_base.include_built_in);
    }

    #[test]
    fn an_article_reads_with_texts_per_language_and_round_trips() {
        let config = check(
            &articles_json(
                r#"{"id": "utrecht-wifi", "title": {"nl": "Wifi Utrecht", "en": "Utrecht Wi-Fi"},
                    "summary": "Certificates after renewal.", "url": "https://intranet.example.com/wifi",
                    "keywords": ["wifi", "SCEP"], "error_codes": ["0x80070005"]}"#,
            ),
            &[],
        );
        let article = &config.knowledge_base.articles[0];
        assert_eq!(article.id, "utrecht-wifi");
        assert_eq!(article.title.pick("nl-BE", None), "Wifi Utrecht");
        assert_eq!(article.title.pick("ko", None), "Utrecht Wi-Fi");
        assert_eq!(article.summary, LocalisedText::single("Certificates after renewal."));
        assert_eq!(article.error_codes, ["0x80070005"]);
        let again = serde_json::to_string(&config).expect("serialises");
        assert_eq!(check(&again, &[]), config);
    }

    #[test]
    fn problems_name_their_path_and_only_the_broken_article_is_left_out() {
        let config = check(
            &articles_json(
                r#"{"id": "a", "title": {"english": "Wrong tag", "en": "Right"}, "url": "https://example.com/a"},
                   {"id": "a", "title": "Same id", "url": "https://example.com/b"},
                   {"id": "c", "title": "", "url": "https://example.com/c"},
                   {"id": "d", "title": "Unsafe", "url": "javascript:alert(1)"},
                   {"id": "e", "title": {}, "url": "https://example.com/e", "colour": "red"}"#,
            ),
            &[
                "knowledge_base.articles[0].title.english: \"english\" is not a language tag such as \"en\" or \"zh-TW\"; this text is left out",
                "knowledge_base.articles[1].id: the id \"a\" is already used; this entry is left out",
                "knowledge_base.articles[2].title: expected non-empty text, or an object from language tags to texts such as {\"en\": \"...\", \"pl\": \"...\"}, got \"\"",
                "knowledge_base.articles[3].url: links starting with \"javascript:\" are not allowed; use https:, http: or mailto:, got \"javascript:alert(1)\"",
                "knowledge_base.articles[4].colour: unknown field, ignored; check its spelling and place",
                "knowledge_base.articles[4].title: expected non-empty text, or an object from language tags to texts such as {\"en\": \"...\", \"pl\": \"...\"}, got an object",
            ],
        );
        let ids: Vec<&str> =
            config.knowledge_base.articles.iter().map(|article| article.id.as_str()).collect();
        assert_eq!(ids, ["a"]);
        assert_eq!(config.knowledge_base.articles[0].title.pick("en", None), "Right");
    }
}

#[test]
fn the_top_heading_level_is_read_between_1_and_4_and_every_heading_keeps_its_distance() {
    let config = check(r#"{"version": 1, "heading_level": 3}"#, &[]);
    assert_eq!(config.heading_level.level(), 3);
    assert_eq!(
        [1, 2, 3, 4, 5].map(|level| config.heading_level.place(level)),
        [3, 4, 5, 6, 6],
        "never below h6"
    );
    assert_eq!(Config::built_in().heading_level.place(2), 2);
    let config = check(
        r#"{"version": 1, "heading_level": 7}"#,
        &["heading_level: expected a whole number from 1 to 4, got 7"],
    );
    assert_eq!(config.heading_level, HighestHeading::default());
    check(
        r#"{"version": 1, "heading_level": "2"}"#,
        &["heading_level: expected a whole number from 1 to 4, got \"2\""],
    );
    assert_eq!(HighestHeading::new(0).level(), 1);
    assert_eq!(HighestHeading::new(200).level(), HighestHeading::LOWEST_ALLOWED);
}

#[test]
fn a_prefill_is_read_field_by_field_and_problems_name_their_path() {
    use crate::domain::prefill::Prefill;
    use crate::domain::request::{RequestKind, SupportContract, TenantSize};
    use crate::domain::ticket::ContactMethod;

    let read = |json: &str| {
        let value: Value = serde_json::from_str(json).unwrap_or_default();
        let (prefill, problems) = parse_prefill_value(&value);
        (prefill, problems.iter().map(ConfigProblem::message).collect::<Vec<_>>())
    };
    let (prefill, problems) = read(
        r#"{"name": " Ana Kowalska ", "email": "ana@example.com", "phone": "+48 22 123 45 67",
            "contact_method": "phone", "contract": "premier", "tenant_size": "fewer_than_100_licences",
            "request_kind": "technical", "ticket_language": "ja"}"#,
    );
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(
        prefill,
        Prefill {
            name: Some("Ana Kowalska".into()),
            email: Some("ana@example.com".into()),
            phone: Some("+48 22 123 45 67".into()),
            contact_method: Some(ContactMethod::Phone),
            support_contract: Some(SupportContract::Premier),
            tenant_size: Some(TenantSize::FewerThan100),
            request_kind: Some(RequestKind::Technical),
            ticket_language: Some("ja".into()),
        }
    );
    let (prefill, problems) = read(
        r#"{"email": "ana@", "contract": "gold", "ticket_language": "Japanese!", "name": "Ben",
            "shoe_size": 44}"#,
    );
    assert_eq!(
        problems,
        [
            "prefill.shoe_size: unknown field, ignored; check its spelling and place",
            "prefill.email: expected an email address such as \"ana@example.com\", got \"ana@\"",
            "prefill.contract: expected one of \"professional\", \"premier\", got \"gold\"",
            "prefill.ticket_language: expected a language tag such as \"en\" or \"zh-TW\", got \"Japanese!\"",
        ]
    );
    assert_eq!(prefill, Prefill { name: Some("Ben".into()), ..Prefill::default() });
    let (prefill, problems) = read(r#""ana@example.com""#);
    assert_eq!(problems, ["prefill: expected an object ({ ... }), got \"ana@example.com\""]);
    assert_eq!(prefill, Prefill::default());
}
