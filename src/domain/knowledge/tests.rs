use super::tokens::code_key;
use super::*;

/// What a title and a description should give.
enum Expect<'a> {
    /// This article is suggested first.
    First(&'a str),
    /// This article is among the suggestions.
    Among(&'a str),
    /// Nothing is suggested.
    Nothing,
    /// The text is a feature request (true) or not (false).
    Feature(bool),
    /// The ticket is a possible duplicate of this other one (title, description), or not.
    DuplicateOf(&'a str, &'a str, bool),
}

/// The built-in knowledge base, built once for all tests.
fn built_in() -> &'static KnowledgeBase {
    static BUILT_IN: std::sync::OnceLock<KnowledgeBase> = std::sync::OnceLock::new();
    BUILT_IN.get_or_init(KnowledgeBase::built_in)
}

fn check(title: &str, description: &str, expected: Expect<'_>) {
    let kb = built_in();
    let suggested: Vec<&str> = kb
        .suggest(title, description, "en")
        .iter()
        .map(|suggestion| suggestion.article.id.as_str())
        .collect();
    match expected {
        Expect::First(id) => {
            assert_eq!(suggested.first(), Some(&id), "{title} | {description}: {suggested:?}")
        }
        Expect::Among(id) => {
            assert!(suggested.contains(&id), "{title} | {description}: {suggested:?}")
        }
        Expect::Nothing => {
            assert!(suggested.is_empty(), "{title} | {description}: {suggested:?}")
        }
        Expect::Feature(wanted) => assert_eq!(
            looks_like_feature_request(&format!("{title}\n{description}")),
            wanted,
            "{title} | {description}"
        ),
        Expect::DuplicateOf(other_title, other_description, wanted) => {
            let others =
                [TicketText { id: "other", title: other_title, description: other_description }];
            let found = kb.find_duplicates(title, description, &others);
            assert_eq!(!found.is_empty(), wanted, "{description} | {other_description}");
        }
    }
}

#[test]
fn a_quoted_error_code_ranks_its_article_first() {
    check(
        "",
        "Setup ends with 0x80180014 on every new laptop",
        Expect::First("windows-enrolment-errors"),
    );
    check("Enrolment broken", "code 80180014", Expect::First("windows-enrolment-errors"));
    check(
        "",
        "Błąd AADSTS50020 przy logowaniu",
        Expect::First("aadsts50020-account-not-in-tenant"),
    );
    check("", "Sign-in fails: AADSTS53003", Expect::First("conditional-access"));
    check("", "app fails with 0x87d1041c", Expect::First("win32-app-installation"));
    // The same code written as the signed decimal a log shows.
    check("", "AppWorkload: exit -2016345060", Expect::First("win32-app-installation"));
    check("", "新入社員の PC で 0x80180018", Expect::First("assign-licences"));
    check("", "macOS 註冊時出現 -25244", Expect::First("macos-keychain-enrolment-error"));
    check(
        "",
        "Profile shows 2016281112 on two settings",
        Expect::First("profile-error-2016281112"),
    );
}

#[test]
fn descriptions_in_every_language_find_their_article() {
    check(
        "Autopilot stuck",
        "The laptops stay on the Enrollment Status Page, apps identifying, then time out",
        Expect::First("enrolment-status-page"),
    );
    check(
        "",
        "Rejestracja iPhone'a przez Portal firmy kończy się komunikatem Profile Installation Failed",
        Expect::First("ios-enrolment-errors"),
    );
    check(
        "",
        "El perfil Wi-Fi llega a los portátiles pero no se conectan a la red corporativa",
        Expect::First("wifi-profiles"),
    );
    check(
        "",
        "BitLocker versleutelt de schijf niet en de herstelsleutel staat niet in Entra",
        Expect::First("bitlocker-policies"),
    );
    check(
        "",
        "아이폰 등록이 안 되고 푸시 인증서가 만료되었다고 나옵니다",
        Expect::Among("apple-push-certificate"),
    );
    check(
        "",
        "條件式存取啟用後使用者無法開啟 Outlook，裝置顯示不符合規範",
        Expect::Among("conditional-access"),
    );
    check(
        "",
        "SCEP 証明書が配布されず、NDES のログに要求が来ていません",
        Expect::First("scep-certificate-profiles"),
    );
}

#[test]
fn an_english_message_inside_another_language_finds_the_english_words() {
    // The Polish text says little; the quoted English message says what it is.
    check(
        "",
        "Użytkownik dostaje: This user is not authorized to enroll. Co robić?",
        Expect::First("windows-user-not-authorized"),
    );
    check(
        "",
        "Der Kunde meldet: Your organization does not support this version of Windows",
        Expect::First("windows-enrolment-errors"),
    );
}

#[test]
fn nothing_is_suggested_when_no_article_is_relevant() {
    check("", "", Expect::Nothing);
    check("   ", "\n\t", Expect::Nothing);
    check("", "The coffee machine on the second floor is leaking again", Expect::Nothing);
    check("", "Projektor w sali konferencyjnej nie działa", Expect::Nothing);
    check("", "会議室のプロジェクターが点きません", Expect::Nothing);
    check("Thanks", "Thank you, that solved it!", Expect::Nothing);
    check("", "hello", Expect::Nothing);
    check("", "0x12345678", Expect::Nothing);
}

#[test]
fn feature_requests_are_told_from_problems() {
    check("Feature request", "Show battery health in the device list", Expect::Feature(true));
    check("", "It would be great if Intune could export this report as CSV", Expect::Feature(true));
    check("", "Please add an option to schedule restarts", Expect::Feature(true));
    check("", "Czy można dodać filtr po dziale w raporcie?", Expect::Feature(true));
    check("", "Sería genial poder programar el reinicio", Expect::Feature(true));
    check(
        "",
        "Het zou handig zijn als er een optie was om dit te exporteren",
        Expect::Feature(true),
    );
    check("", "기능 요청: 원격 재시작 예약", Expect::Feature(true));
    check("", "希望能新增電池健康狀態的欄位", Expect::Feature(true));
    check("", "機能要望です。再起動の予約", Expect::Feature(true));
    // Wishes that are not about the product, and problems that mention adding something.
    check("", "It would be great if someone could look at this today", Expect::Feature(false));
    check("", "希望能盡快協助處理，謝謝", Expect::Feature(false));
    check(
        "",
        "Please add the device to the group, it fails with 0x80180014",
        Expect::Feature(false),
    );
    check("", "Enrolment fails with 0x80180014 since Monday", Expect::Feature(false));
    check("", "", Expect::Feature(false));
}

#[test]
fn near_duplicates_are_flagged_and_same_area_problems_are_not() {
    check(
        "Latitudes won't enroll",
        "New Dell Latitude 5440 laptops fail setup with 0x80180014 since Monday",
        Expect::DuplicateOf(
            "0x80180014 on the Latitude 5440 batch",
            "The Latitude 5440s from last week all stop at enrolment with 0x80180014",
            true,
        ),
    );
    check(
        "Wipe pending",
        "Remote wipe of stolen laptop DESKTOP-7QK2M1 pending for two days",
        Expect::DuplicateOf(
            "DESKTOP-7QK2M1 not wiped",
            "The stolen laptop DESKTOP-7QK2M1 still has not received the wipe",
            true,
        ),
    );
    // Both about Windows enrolment, but different failures.
    check(
        "Latitudes won't enroll",
        "New Dell Latitude 5440 laptops fail setup with 0x80180014 since Monday",
        Expect::DuplicateOf("", "A user gets 80180003 when adding her work account", false),
    );
    check(
        "",
        "Wi-Fi profile does not connect on iPhones",
        Expect::DuplicateOf("", "VPN profile does not show on Windows laptops", false),
    );
    check("", "", Expect::DuplicateOf("", "", false));
}

#[test]
fn similarity_is_one_for_the_same_text_and_halved_for_different_codes() {
    let kb = KnowledgeBase::built_in();
    let text = "Autopilot stops at the account setup page on the Eindhoven laptops";
    let same = kb.fingerprint("ESP", text).similarity(&kb.fingerprint("ESP", text));
    assert!((same - 1.0).abs() < 1e-4, "{same}");
    let with_code = |code: &str| kb.fingerprint("", &format!("{text}, error {code}"));
    let different = with_code("0x80070774").similarity(&with_code("0x801c03ea"));
    let shared = with_code("0x80070774").similarity(&with_code("0x80070774"));
    assert!(different < 0.6 && shared > 0.99, "{different} {shared}");
    assert!(kb.fingerprint("", "").is_empty());
    assert_eq!(kb.fingerprint("", "").similarity(&kb.fingerprint("", text)), 0.0);
}

#[test]
fn suggestions_speak_the_interface_language() {
    let kb = KnowledgeBase::built_in();
    let description = "Windows enrolment fails with 0x80180014";
    let first = |language: &str| kb.suggest("", description, language).first().copied();
    let korean = first("ko");
    assert_eq!(korean.map(|found| found.title), Some("Windows 등록 오류 문제 해결"));
    assert_eq!(korean.and_then(|found| found.language), Some("ko"));
    assert_eq!(first("zh-Hant-TW").and_then(|found| found.language), Some("zh-TW"));
    let french = first("fr");
    assert_eq!(french.map(|found| found.title), Some("Troubleshoot Windows enrollment errors"));
    assert_eq!(french.map(|found| found.matched_error_code), Some(true));
    let all = kb.suggest("", description, "pl");
    assert!(all.len() <= MAX_SUGGESTIONS);
    assert!(all.windows(2).all(|pair| pair[0].score >= pair[1].score));
}

#[test]
fn the_built_in_articles_are_complete_in_seven_languages() {
    let articles = built_in_articles();
    assert!(articles.len() >= 40, "{} articles", articles.len());
    let mut ids = std::collections::HashSet::new();
    let has = |text: &str, range: std::ops::RangeInclusive<u32>| {
        text.chars().any(|character| range.contains(&(character as u32)))
    };
    for article in &articles {
        assert!(ids.insert(article.id.clone()), "{} twice", article.id);
        assert!(article.url.starts_with("https://learn.microsoft.com/"), "{}", article.url);
        assert!(!article.url.contains(' ') && !article.url.ends_with('/'), "{}", article.url);
        for text in [&article.title, &article.summary] {
            let languages: Vec<&str> = text.languages().collect();
            assert_eq!(languages, ["en", "pl", "es", "nl", "ko", "zh-TW", "ja"], "{}", article.id);
            assert!(text.texts().all(|one| !one.trim().is_empty() && !one.contains('\n')));
        }
        let english = article.summary.pick("en", None);
        assert!(english.len() <= 220, "{}: the summary is one line", article.id);
        for language in ["pl", "es", "nl", "ko", "zh-TW", "ja"] {
            assert_ne!(article.summary.pick(language, None), english, "{} {language}", article.id);
        }
        assert!(has(article.summary.pick("ko", None), 0xAC00..=0xD7AF), "{}", article.id);
        assert!(has(article.summary.pick("ja", None), 0x3040..=0x30FF), "{}", article.id);
        let keywords = article.keywords.join(", ");
        assert!(has(&keywords, 0xAC00..=0xD7AF), "{}: Korean keywords", article.id);
        assert!(has(&keywords, 0x4E00..=0x9FFF), "{}: Chinese keywords", article.id);
        for code in &article.error_codes {
            assert!(code_key(code).is_some(), "{}: {code} is not read as a code", article.id);
        }
    }
}

#[test]
fn an_error_code_belongs_to_one_built_in_article() {
    let mut owners: std::collections::HashMap<String, String> = Default::default();
    for article in built_in_articles() {
        for code in &article.error_codes {
            let key = code_key(code).unwrap_or_default();
            if let Some(owner) = owners.insert(key, article.id.clone()) {
                panic!("{code} is in {owner} and {}", article.id);
            }
        }
    }
}

#[test]
fn a_configured_knowledge_base_keeps_ids_unique_and_takes_odd_data() {
    let article = |id: &str, title: &str| Article {
        id: id.to_owned(),
        title: LocalisedText::single(title),
        summary: LocalisedText::default(),
        url: String::new(),
        keywords: vec![String::new(), "  ".to_owned(), "🙂".to_owned()],
        error_codes: vec!["not a code".to_owned(), String::new(), "0x80180014".to_owned()],
    };
    let kb = KnowledgeBase::new(vec![
        article("vpn", "Intranet VPN: the Contoso connect guide"),
        article("vpn", "A second article with the same id"),
        article("", ""),
    ]);
    assert_eq!(kb.articles().len(), 2);
    assert_eq!(
        kb.article("vpn").map(|found| found.title.pick("en", None)),
        Some("Intranet VPN: the Contoso connect guide")
    );
    let found = kb.suggest("", "0x80180014", "en");
    assert_eq!(found.first().map(|found| found.article.id.as_str()), Some("vpn"));
    let empty = KnowledgeBase::new(Vec::new());
    assert!(empty.suggest("Wi-Fi", "VPN 0x80180014", "en").is_empty());
    assert!(
        empty
            .find_duplicates("a", "b", &[TicketText { id: "x", title: "a", description: "b" }])
            .len()
            <= 1
    );
}

/// Arbitrary text, long text and odd Unicode never make the ranking, the feature check or
/// the duplicate check panic. `PROPTEST_CASES=100000 cargo test --release --lib
/// domain::knowledge::tests::fuzz` runs them for minutes.
#[cfg(not(target_arch = "wasm32"))]
mod fuzz {
    use super::*;
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "0x80180014",
        "-2016345060",
        "AADSTS",
        "AADSTS50020",
        "-",
        "--",
        "wi-fi",
        "é",
        "ß",
        "ﬁ",
        "İ",
        "\u{301}",
        "\u{202E}",
        "\u{FEFF}",
        "등록이",
        "登録できない",
        "註冊",
        "ー",
        "ｱｲ",
        "Ｗｉ",
        "🙂",
        "\u{10FFFF}",
        "6f9619ff-8b86-d011-b42d-00cf4fc964ff",
        "DESKTOP-7QK2M1",
        "1.2.3",
        "53000",
        "999999999999",
        "\0",
        "\n\n",
        "ies",
        "s",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<String>(),
            proptest::collection::vec(proptest::sample::select(PIECES), 0..40)
                .prop_map(|pieces| pieces.join(" ")),
            proptest::collection::vec(proptest::sample::select(PIECES), 0..40)
                .prop_map(|pieces| pieces.concat()),
        ]
    }

    proptest! {
        #[test]
        fn nothing_panics(title in text(), description in text(), language in text()) {
            let kb = built_in();
            let found = kb.suggest(&title, &description, &language);
            prop_assert!(found.len() <= MAX_SUGGESTIONS);
            prop_assert!(found.iter().all(|one| one.score.is_finite()));
            let _ = looks_like_feature_request(&description);
            let others = [TicketText { id: "x", title: &description, description: &title }];
            for duplicate in kb.find_duplicates(&title, &description, &others) {
                prop_assert!((0.0..=1.0).contains(&duplicate.similarity));
            }
        }

        #[test]
        fn configured_articles_of_any_text_rank(
            fields in proptest::collection::vec(text(), 6),
            description in text(),
        ) {
            let article = Article {
                id: fields[0].clone(),
                title: LocalisedText::single(fields[1].clone()),
                summary: LocalisedText::single(fields[2].clone()),
                url: fields[3].clone(),
                keywords: vec![fields[4].clone()],
                error_codes: vec![fields[5].clone()],
            };
            let kb = KnowledgeBase::new(vec![article.clone(), article]);
            let _ = kb.suggest(&fields[1], &description, "ko");
            let _ = kb.fingerprint(&fields[2], &description).similarity(&kb.fingerprint("", ""));
        }
    }

    #[test]
    fn very_long_text_is_read_up_to_the_limit() {
        let kb = built_in();
        let long = "BitLocker 暗号化 0x80180014 ".repeat(20_000);
        let found = kb.suggest(&long, &long, "ja");
        assert!(found.iter().any(|one| one.matched_error_code), "{found:?}");
        // What lies past the limit is not read.
        assert!(!looks_like_feature_request(&format!("{} feature request", "x ".repeat(20_000))));
    }
}
