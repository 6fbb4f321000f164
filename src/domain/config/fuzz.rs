//! Property tests: whatever the input, reading never panics and returns a usable configuration.
//! Raise `PROPTEST_CASES` to run them longer (see `docs/configuration.md`).

use proptest::prelude::*;
use serde_json::{Map, Value};

use super::reader::{is_identifier, TOP_LEVEL_FIELDS};
use super::*;
use crate::domain::helpdesk::Helpdesk;
use crate::domain::response::Clock;

/// Every field name the reader knows, so generated objects reach the inner readers.
fn field_names() -> Vec<&'static str> {
    TOP_LEVEL_FIELDS.iter().chain(NESTED_FIELD_NAMES).copied().collect()
}

/// Field names below the top level; the top-level ones come from the reader's own list.
const NESTED_FIELD_NAMES: &[&str] = &[
    "address",
    "subdomain_url",
    "include_built_in",
    "articles",
    "summary",
    "keywords",
    "error_codes",
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
    // Language tags, so generated objects are sometimes texts per language.
    "en",
    "pl",
    "zh-TW",
    "zh_Hant",
    "EN",
    "x-private",
    "not a tag",
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
    "json",
    "email",
    "zammad",
    "zendesk",
    "https://example.zendesk.com/",
    "desk@example.com",
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
        4 => prop::sample::select(field_names()).prop_map(str::to_owned),
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
        assert!(resource.title.texts().all(|text| !text.trim().is_empty()));
    }
    for text in config.user_texts() {
        for tag in text.languages() {
            assert!(LocalisedText::per_language([(tag, "x")]).is_ok(), "kept tag {tag:?}");
        }
        for requested in ["en", "pl", "es", "nl", "ko", "zh-TW", "ja"] {
            let picked = text.pick_with_language(requested, config.default_locale.as_deref());
            assert!(text.texts().any(|given| given == picked.text));
        }
    }
    for channel in &config.channels {
        assert!(channel.name.texts().all(|name| !name.trim().is_empty()));
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
    if let Some(helpdesk) = &config.helpdesk {
        assert!(config.helpdesk_endpoint.is_none(), "never both forms");
        let link = match helpdesk {
            Helpdesk::Json { url } | Helpdesk::Zammad { url } => url,
            Helpdesk::Email { address } => address,
            Helpdesk::Zendesk { subdomain_url } => subdomain_url,
        };
        assert_eq!(check_link(link).as_ref(), Ok(link));
        let lowercase = link.to_ascii_lowercase();
        let is_email = matches!(helpdesk, Helpdesk::Email { .. });
        assert_eq!(lowercase.starts_with("mailto:"), is_email, "{link}");
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
