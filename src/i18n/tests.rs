use super::*;

#[test]
fn locale_tags_round_trip_and_ignore_region() {
    for locale in Locale::ALL {
        assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
    }
    assert_eq!(Locale::from_tag("EN-gb"), Some(Locale::English));
    assert_eq!(Locale::from_tag("xx"), None);
    assert_eq!(Locale::from_tag(""), None);
}

#[test]
fn chinese_tags_find_traditional_chinese_only_when_it_is_traditional() {
    for tag in ["zh-TW", "zh-tw", "zh_TW", "zh-Hant", "zh-Hant-TW", "zh-HK", "zh-MO", "zh-Hant-CN"]
    {
        assert_eq!(Locale::from_tag(tag), Some(Locale::TraditionalChinese), "{tag}");
    }
    for tag in ["zh", "zh-CN", "zh-Hans", "zh-Hans-TW", "zh-SG"] {
        assert_eq!(Locale::from_tag(tag), None, "{tag}");
    }
    let browser = vec!["zh-CN".to_owned(), "zh-HK".to_owned()];
    assert_eq!(Locale::negotiate(None, None, &browser), Locale::TraditionalChinese);
}

#[test]
fn the_remembered_choice_wins_then_the_page_default_then_the_browser() {
    let browser = vec!["xx-YY".to_owned(), "en-US".to_owned()];
    assert_eq!(Locale::negotiate(Some("en"), Some("xx"), &browser), Locale::English);
    assert_eq!(Locale::negotiate(Some("zz"), None, &browser), Locale::English);
    assert_eq!(Locale::negotiate(None, None, &[]), Locale::English);
    for locale in Locale::ALL {
        assert_eq!(Locale::negotiate(Some(locale.tag()), None, &[]), locale);
        assert_eq!(Locale::negotiate(None, Some(locale.tag()), &[]), locale);
        assert_eq!(Locale::negotiate(None, None, &[locale.tag().to_owned()]), locale);
        assert!(!locale.native_name().is_empty());
    }
}

#[test]
fn no_message_is_empty_in_any_language() {
    for locale in Locale::ALL {
        for message in Message::ALL {
            assert!(!locale.text(*message).trim().is_empty(), "{message:?} in {locale:?}");
        }
    }
}

fn check_duration(locale: Locale, minutes: u32, expected: &str) {
    assert_eq!(locale.duration(minutes), expected, "{minutes} minutes in {locale:?}");
}

#[test]
fn durations_use_plural_forms() {
    check_duration(Locale::English, 60, "1 hour");
    check_duration(Locale::English, 240, "4 hours");
    check_duration(Locale::English, 1, "1 minute");
    check_duration(Locale::English, 90, "1 hour 30 minutes");
    assert_eq!(Locale::English.step_of(3, 7), "Step 3 of 7");
    assert_eq!(Locale::English.drafts_count(1), "1 draft");
    assert_eq!(Locale::English.drafts_count(0), "0 drafts");
}

/// Checks that read the crate's source files: which messages the interface uses, and the order
/// of each language's texts.
#[cfg(not(target_arch = "wasm32"))]
mod sources {
    use std::fs;
    use std::path::{Path, PathBuf};

    use super::*;

    /// The files that write every message in one language.
    const LANGUAGE_FILES: [&str; 7] =
        ["en.rs", "pl.rs", "es.rs", "nl.rs", "ko.rs", "zh_tw.rs", "ja.rs"];

    fn i18n_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join("i18n")
    }

    fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
        let entries =
            fs::read_dir(dir).unwrap_or_else(|error| panic!("{}: {error}", dir.display()));
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                rust_files(&path, files);
            } else if path.extension().is_some_and(|extension| extension == "rs") {
                files.push(path);
            }
        }
    }

    /// A file's code without its inline test modules (`#[cfg(...test...)] mod name {` up to the
    /// `}` that closes it at the start of a line).
    fn without_test_modules(text: &str) -> String {
        let mut kept = String::new();
        let mut lines = text.lines().peekable();
        while let Some(line) = lines.next() {
            let is_test_module = line.starts_with("#[cfg(")
                && line.contains("test")
                && lines.peek().is_some_and(|next| next.starts_with("mod ") && next.ends_with('{'));
            if is_test_module {
                lines.by_ref().take_while(|line| *line != "}").for_each(drop);
            } else {
                kept.push_str(line);
                kept.push('\n');
            }
        }
        kept
    }

    /// The code of every file under `src/` that is not a language file or a test file: the
    /// screens, and the helpers that turn other values into messages.
    fn code_outside_the_languages() -> Vec<(PathBuf, String)> {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        let i18n = i18n_dir();
        files
            .into_iter()
            .filter(|path| {
                let name = path.file_name().and_then(|name| name.to_str()).unwrap_or_default();
                let is_language =
                    path.parent() == Some(i18n.as_path()) && LANGUAGE_FILES.contains(&name);
                let is_test = name == "tests.rs"
                    || name.ends_with("_tests.rs")
                    || path.components().any(|part| part.as_os_str() == "tests");
                !is_language && !is_test
            })
            .map(|path| {
                let text = fs::read_to_string(&path)
                    .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
                (path, without_test_modules(&text))
            })
            .collect()
    }

    /// Whether `code` names `Message::{name}` itself, not a longer name that starts with it.
    fn names(code: &str, name: &str) -> bool {
        let path = format!("Message::{name}");
        code.match_indices(&path).any(|(at, _)| {
            !code[at + path.len()..]
                .starts_with(|next: char| next.is_ascii_alphanumeric() || next == '_')
        })
    }

    #[test]
    fn every_message_is_used_outside_the_language_files() {
        let code = code_outside_the_languages();
        assert!(code.len() > 20, "found only {} source files", code.len());
        let unused: Vec<String> = Message::ALL
            .iter()
            .map(|message| format!("{message:?}"))
            .filter(|name| !code.iter().any(|(_, text)| names(text, name)))
            .collect();
        assert!(
            unused.is_empty(),
            "no screen uses these messages; remove them from the enum and every language: {}",
            unused.join(", ")
        );
    }

    /// The message of each arm of a language's `text` match, in the file's order.
    fn arms_of_text(file: &str) -> Vec<String> {
        let path = i18n_dir().join(file);
        let text =
            fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        let start = text
            .find("fn text(&self, message: Message)")
            .unwrap_or_else(|| panic!("{file} has no `fn text`"));
        text[start..]
            .lines()
            .skip_while(|line| line.trim() != "match message {")
            .skip(1)
            .take_while(|line| line.trim() != "}" || line.len() - line.trim_start().len() > 8)
            .filter_map(|line| line.strip_prefix("            Message::"))
            .filter_map(|arm| arm.split_once(" =>").map(|(name, _)| name.to_owned()))
            .collect()
    }

    #[test]
    fn every_language_writes_its_messages_in_the_enum_order() {
        let enum_order: Vec<String> =
            Message::ALL.iter().map(|message| format!("{message:?}")).collect();
        for file in LANGUAGE_FILES {
            let arms = arms_of_text(file);
            assert_eq!(arms.len(), enum_order.len(), "{file}: arms found in `fn text`");
            if let Some((place, (arm, expected))) = arms
                .iter()
                .zip(&enum_order)
                .enumerate()
                .find(|(_, (arm, expected))| arm != expected)
            {
                panic!(
                    "{file}: arm {} of `fn text` is Message::{arm}, but the enum has \
                     Message::{expected} there; keep the arms in the enum's order",
                    place + 1
                );
            }
        }
    }

    fn project_file(name: &str) -> String {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
        fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
    }

    /// The loader guesses the first language in JavaScript (src/i18n/guess.mjs) to fetch its
    /// module early; tests/e2e/language-guess.test.mjs checks the guess on the same table.
    #[test]
    fn the_loaders_guess_follows_the_same_table_as_negotiate() {
        let table: serde_json::Value =
            serde_json::from_str(&project_file("tests/fixtures/language-negotiation.json"))
                .expect("the negotiation table is JSON");
        let cases = table["cases"].as_array().expect("the table has cases");
        let mut expected_languages = std::collections::BTreeSet::new();
        for case in cases {
            let remembered = case["remembered"].as_str();
            let browser: Vec<String> = case["browser"]
                .as_array()
                .expect("browser is a list")
                .iter()
                .map(|tag| tag.as_str().expect("a browser tag is text").to_owned())
                .collect();
            let expected = case["language"].as_str().expect("language is text");
            let negotiated = Locale::negotiate(remembered, None, &browser);
            assert_eq!(negotiated.tag().to_ascii_lowercase(), expected, "{case}");
            expected_languages.insert(expected);
        }
        // Every language is somebody's answer, so a new one cannot be missed by the guess.
        for locale in Locale::ALL {
            let tag = locale.tag().to_ascii_lowercase();
            assert!(expected_languages.contains(tag.as_str()), "no case answers {tag}");
        }
    }

    /// What the static landing says before the app mounts (index.html in English, and
    /// src/i18n/landing/<tag>.json for the other languages, shown in the language the page
    /// guesses): the app's own words, keyed by message.
    const STATIC_LANDING_MESSAGES: [Message; 9] = [
        Message::LanguageLabel,
        Message::AppName,
        Message::LandingLead,
        Message::LandingTicketHeading,
        Message::LandingTicketBody,
        Message::LandingStartTicket,
        Message::LandingPlanHeading,
        Message::LandingPlanBody,
        Message::LandingStartPlan,
    ];

    /// index.html shows the landing screen's English text until the app mounts, each text in
    /// the element that names its message; tests/e2e/early-paint.test.mjs checks that it is
    /// laid out as the app lays it out.
    #[test]
    fn the_static_landing_in_index_html_says_what_the_app_says() {
        let html = project_file("index.html");
        for message in STATIC_LANDING_MESSAGES {
            let text = Locale::English.text(message);
            let element = format!("data-st-text=\"{message:?}\">{text}<");
            assert!(html.contains(&element), "index.html lacks {element}");
        }
        for locale in Locale::ALL {
            let name = locale.native_name();
            assert!(html.contains(&format!(">{name}<")), "index.html lacks {name}");
        }
    }

    /// The static landing's texts in every other language are the app's, so the page shows
    /// what the app will show when it mounts over it.
    #[test]
    fn the_static_landing_in_other_languages_says_what_the_app_says() {
        for locale in Locale::ALL.into_iter().filter(|locale| *locale != Locale::English) {
            let tag = locale.tag().to_ascii_lowercase();
            let expected: serde_json::Map<String, serde_json::Value> = STATIC_LANDING_MESSAGES
                .into_iter()
                .map(|message| (format!("{message:?}"), locale.text(message).into()))
                .collect();
            let expected_text = serde_json::to_string_pretty(&expected).expect("texts serialise");
            let file = format!("src/i18n/landing/{tag}.json");
            let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(&file);
            let stored: Option<serde_json::Value> =
                fs::read_to_string(path).ok().and_then(|text| serde_json::from_str(&text).ok());
            assert_eq!(
                stored,
                Some(serde_json::Value::Object(expected)),
                "{file} should hold:\n{expected_text}\n"
            );
        }
    }
}

/// The English words of the plan document that must not appear in another language's.
const ENGLISH_PLAN_WORDS: [&str; 7] = [
    "Support plan",
    "Support teams",
    "Responsibilities",
    "Approach",
    "Who is trained",
    "Early involvement",
    "Your support contract",
];

#[test]
fn the_plan_document_is_written_in_every_interface_language() {
    use crate::domain::plan::SupportPlan;
    use crate::domain::plan_markdown::plan_to_markdown;

    let plan = SupportPlan::example();
    let english = plan_to_markdown(&plan, &Locale::English, "Office 365 admin centre");
    for expected in [
        "# Support plan\n",
        "### Tier 1: IT helpdesk, first line\n",
        "| First-line lead | Team lead | helpdesk@example.com | \\+1 555 0100 |",
        "Tier 4: Microsoft support (vendor)",
        "Your support contract with the vendor: Professional",
        "| Product overview | 30 minutes |",
        "\n    Information to pass on:\n\n    - The user's name and how to reach them\n",
    ] {
        assert!(english.contains(expected), "missing {expected:?} in:\n{english}");
    }
    for locale in Locale::ALL.into_iter().filter(|locale| *locale != Locale::English) {
        let markdown = plan_to_markdown(&plan, &locale, "channel");
        let title = format!("# {}\n", locale.text(Message::PlanDocumentTitle));
        assert!(markdown.starts_with(&title), "{locale:?}:\n{markdown}");
        assert!(markdown.contains(&locale.tier_with_name(1, "IT helpdesk, first line")));
        assert!(markdown.contains(&locale.duration(30)), "{locale:?}:\n{markdown}");
        for word in ENGLISH_PLAN_WORDS {
            assert!(!markdown.contains(word), "{locale:?} says {word:?}:\n{markdown}");
        }
    }
    let japanese = plan_to_markdown(&plan, &Locale::Japanese, "Office 365 管理センター");
    assert!(japanese.contains("2時間30分"), "{japanese}");
}
