use super::text::{error_codes, list_item, lowercase_for_matching, ListMarker};
use super::*;
use crate::domain::request::{RequestKind, SupportContract, TenantSize};
use crate::domain::severity::{Level, Scope, SeverityOverride};
use crate::domain::ticket::{ContactMethod, EscalationStep, SupportTier};
use chrono::TimeZone;

/// The problems proposed for `description`, as their texts.
fn check(description: &str, expected: &[&str]) {
    let split = split_problems(description);
    assert_eq!(split.problems(description), expected, "{description}");
    assert_eq!(split.is_several(), expected.len() > 1);
}

#[test]
fn several_problems_are_found_in_every_language() {
    check(
        "We have a few issues since the update:\n\
         1. Windows laptops fail to enrol with a timeout.\n\
         2. iPhones do not receive the Wi-Fi profile.\n\
         3. The compliance report is missing half the Android devices.",
        &[
            "We have a few issues since the update:\n1. Windows laptops fail to enrol with a timeout.",
            "iPhones do not receive the Wi-Fi profile.",
            "The compliance report is missing half the Android devices.",
        ],
    );
    check(
        "1. Windows enrolment fails with 0x80180014\n2. Compliance on iPhones shows an error \
         0x87D1FDE8",
        &[
            "Windows enrolment fails with 0x80180014",
            "Compliance on iPhones shows an error 0x87D1FDE8",
        ],
    );
    check(
        "Autopilot deployment stops at the account setup page. Another issue is that the \
         Company Portal shows an empty app list for everyone in Sales.",
        &[
            "Autopilot deployment stops at the account setup page.",
            "Another issue is that the Company Portal shows an empty app list for everyone in Sales.",
        ],
    );
    check(
        "Rejestracja iPadów kończy się błędem 0x80180014.\n\nKolejny problem dotyczy aplikacji \
         Outlook, która nie otrzymuje konfiguracji.",
        &[
            "Rejestracja iPadów kończy się błędem 0x80180014.",
            "Kolejny problem dotyczy aplikacji Outlook, która nie otrzymuje konfiguracji.",
        ],
    );
    check(
        "Tenemos otro problema aparte: la inscripción de Android devuelve un error genérico.",
        &["Tenemos otro problema aparte: la inscripción de Android devuelve un error genérico."],
    );
    check(
        "De BitLocker-sleutels worden niet opgeslagen in Entra ID.\n\nDaarnaast mislukt de \
         inschrijving van macOS-apparaten met een foutmelding over het MDM-profiel.",
        &[
            "De BitLocker-sleutels worden niet opgeslagen in Entra ID.",
            "Daarnaast mislukt de inschrijving van macOS-apparaten met een foutmelding over het MDM-profiel.",
        ],
    );
    check(
        "iOS 기기에서 회사 포털 로그인이 실패합니다.\n\n다른 문제도 있습니다. Windows 장치에 VPN 프로필이 적용되지 않습니다.",
        &[
            "iOS 기기에서 회사 포털 로그인이 실패합니다.",
            "다른 문제도 있습니다. Windows 장치에 VPN 프로필이 적용되지 않습니다.",
        ],
    );
    check(
        "Android 裝置無法註冊，出現錯誤 0x80180014。\n另一個問題是 iPad 無法安裝應用程式。",
        &["Android 裝置無法註冊，出現錯誤 0x80180014。", "另一個問題是 iPad 無法安裝應用程式。"],
    );
    check(
        "① iPhone の登録がエラーで失敗する\n② Windows に BitLocker のポリシーが適用されない",
        &["iPhone の登録がエラーで失敗する", "Windows に BitLocker のポリシーが適用されない"],
    );
}

#[test]
fn one_problem_stays_one_problem() {
    let one = |description: &str| check(description, &[description.trim()]);
    // What was tried, with a connector and a negative word.
    one("Since Monday new Windows 11 laptops stop at the enrolment status page with error \
         0x80180014. We also tried resetting one device and re-enrolling it, but it still \
         fails. About 40 users in the Warsaw office are waiting for their laptops.");
    one("Enrolment fails with 0x80180014. Also, we tried to restart the device, but it did \
         not help. The event log shows 80180014 again.");
    // A GUID is not an error code, and the same error shown two ways is one error.
    one("Sign-in to Teams is blocked by Conditional Access with AADSTS53000.\n\
         Request Id: 8d1f4c7a-2b3e-4f90-a6d1-5e7c9b0a2f13\n\
         Correlation Id: 4b9e2d71-c0a3-4e8f-9d52-7a1b6c3e0f84\n\
         The enrolment report shows 0x80180014 and the device shows 80180014.");
    // Fields of the device in a list, then "Also" about the same devices: "iPhones" is the
    // "iPhone" named before.
    one("Sign-in to Teams is blocked by Conditional Access with AADSTS53000.\n\
         - Device: iPhone 15\n- OS: iOS 17.4\n\n\
         Also, this only happens on the iPhones enrolled last week.");
    // Fields of one error screen in a list.
    one("Compliance fails on one laptop:\n- Device: HP EliteBook 840 G9\n- OS: Windows 11 23H2\n\
         - Status: Not compliant\n- Setting: Require BitLocker");
    // Steps to reproduce where the last one fails.
    one("Steps:\n1. Open the Company Portal\n2. Sign in with a work account\n\
         3. Tap Enrol: error 0x80180014 appears");
    // "Also" that adds to the same problem.
    one("BitLocker silent encryption does not start on the Latitude 5440.\n\nAlso, this only \
         happens on the 5440: the 5430 with the same policy encrypts fine.");
    one("Od poniedziałku nowe laptopy nie kończą rejestracji. Ponadto próbowaliśmy ponownie \
         uruchomić urządzenie, ale bez skutku.");
    one("Los iPhone no se inscriben desde ayer. Además, intentamos reiniciar el servidor y \
         revisar los certificados.");
    one("iPhone の登録が失敗します。また、再起動を試しましたが同じ結果でした。");
    one("登録に失敗します。または、時間がかかりすぎます");
    // Log lines are detail of the problem they follow.
    one("Win32 app fails with 0x80070643.\n\
         2024-03-14 10:09:55 [Win32App] lpExitCode 1603\n\
         2024-03-14 10:09:55 [Win32App] ReportingManager: app status 0x80070643");
    check(" \n ", &[]);
}

#[test]
fn a_greeting_or_a_closing_is_not_a_problem() {
    check(
        "Hi team,\n\nthe VPN profile fails on every iPhone with error 0x87D1FDE8.\n\nThanks,\nAnna",
        &["Hi team,\n\nthe VPN profile fails on every iPhone with error 0x87D1FDE8.\n\nThanks,\nAnna"],
    );
}

#[test]
fn the_same_code_written_twice_counts_once_and_guids_are_not_codes() {
    fn check_codes(text: &str, expected: &[&str]) {
        let mut codes: Vec<String> = error_codes(text).into_iter().collect();
        codes.sort();
        assert_eq!(codes, expected, "{text}");
    }
    check_codes("0x80070005, again 80070005 and 0X80070005", &["80070005"]);
    check_codes("AADSTS50076 then aadsts50076", &["AADSTS50076"]);
    check_codes("Correlation Id: 8d1f4c7a-2b3e-4f90-a6d1-5e7c9b0a2f13", &[]);
    check_codes("device 9f1a0c5d-8e7b-6a21-9f1a-0c5d8e7b6a21 and 0x80180014", &["80180014"]);
}

#[test]
fn list_item_markers() {
    fn check(line: &str, expected: Option<(ListMarker, &str)>) {
        let found = list_item(line).map(|(marker, offset)| (marker, &line[offset..]));
        assert_eq!(found, expected, "{line:?}");
    }
    check("1. one", Some((ListMarker::Number(1), "one")));
    check("  2) two", Some((ListMarker::Number(2), "two")));
    check("３．三", Some((ListMarker::Number(3), "三")));
    check("4、四", Some((ListMarker::Number(4), "四")));
    check("(5) five", Some((ListMarker::Number(5), "five")));
    check("（6）六", Some((ListMarker::Number(6), "六")));
    check("②まる", Some((ListMarker::Number(2), "まる")));
    check("- dash", Some((ListMarker::Bullet, "dash")));
    check("* star", Some((ListMarker::Bullet, "star")));
    check("• bullet", Some((ListMarker::Bullet, "bullet")));
    check("・中黒", Some((ListMarker::Bullet, "中黒")));
    check("-5 degrees", None);
    check("*emphasis*", None);
    check("1.5 GB", None);
    check("2024. was long", None);
    check("12345. too many digits", None);
    check("plain text", None);
    check("", None);
    check("(", None);
    check("1", None);
}

#[test]
fn lowercase_for_matching_agrees_with_unicode_on_latin_greek_and_cyrillic() {
    for code in 0..0x530u32 {
        let Some(character) = char::from_u32(code) else { continue };
        let unicode: Vec<char> = character.to_lowercase().collect();
        let ours: Vec<char> = lowercase_for_matching(&character.to_string()).chars().collect();
        let covered = (code < 0x180 && code != 0x130)
            || (0x386..=0x3CE).contains(&code)
            || (0x400..=0x45F).contains(&code);
        assert_eq!(
            ours.iter().map(|c| c.len_utf8()).sum::<usize>(),
            character.len_utf8(),
            "U+{code:04X} keeps its length, so offsets in the copy are offsets in the text"
        );
        if covered && unicode.len() == 1 {
            assert_eq!(ours, unicode, "U+{code:04X}");
        } else if !covered {
            assert_eq!(ours, vec![character], "U+{code:04X} is left as it is");
        }
    }
    assert_eq!(lowercase_for_matching("\u{130}stanbul"), "\u{130}stanbul");
    assert_eq!(lowercase_for_matching("KOLEJNY PROBLEM: ŁĄCZNOŚĆ"), "kolejny problem: łączność");
}

#[test]
fn reading_never_panics_on_odd_text() {
    let odd = [
        "\u{202E}1. ﻿fail\n\u{200B}2. fail".to_string(),
        "0x".to_string(),
        "error".to_string(),
        "エラー：".to_string(),
        "(".repeat(10_000),
        "1. fail\n".repeat(2_000),
        "a\u{0301}".repeat(10_000),
        "İstanbul ALSO fails. ALSO İ fails".to_string(),
        "```\nunclosed code".to_string(),
        "\r\n\r\n2) \r\n".to_string(),
    ];
    for text in &odd {
        let split = split_problems(text);
        for part in split.parts() {
            assert!(text.get(part.clone()).is_some(), "{part:?} is not a slice of {text:?}");
        }
        for pair in split.parts().windows(2) {
            assert!(pair[0].end <= pair[1].start, "{:?} overlaps", split.parts());
        }
    }
}

fn at(hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 5, 2, hour, 0, 0).single().unwrap_or_default()
}

fn mixed_ticket() -> Ticket {
    let mut ticket = Ticket::new_draft("draft-1", at(8));
    ticket.title = "Several things broke".into();
    ticket.description = "1. VPN fails\n2. Wi-Fi missing".into();
    ticket.request_kind = Some(RequestKind::Technical);
    ticket.support_contract = Some(SupportContract::Premier);
    ticket.impact.scope = Some(Scope::ManyUsersOrServices);
    ticket.severity_override = SeverityOverride::new(Level::Critical, "board meeting").ok();
    ticket.details.platforms = vec!["iOS 17".into(), "Android 14".into()];
    ticket.details.support_language = "pl".into();
    ticket.details.tenant_size = Some(TenantSize::FewerThan100);
    ticket.details.contact.email = "admin@example.com".into();
    ticket.details.contact.preferred_method = Some(ContactMethod::Email);
    ticket.details.error_messages = "VPN: error 809".into();
    ticket.details.already_tried = "Reinstalled the VPN app".into();
    ticket.details.escalation_trail = vec![EscalationStep {
        tier: SupportTier::ONE,
        team: "Helpdesk".into(),
        findings: "".into(),
    }];
    ticket.linked_draft_ids = vec!["draft-0".into()];
    ticket
}

#[test]
fn split_makes_linked_drafts_with_shared_context() {
    let original = mixed_ticket();
    let problems = vec!["VPN fails".to_string(), "  Wi-Fi missing\nsince Friday ".to_string()];
    let drafts = split_ticket(&original, &problems, &["draft-2".to_string()], at(10))
        .unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(drafts.len(), 2);
    let (first, second) = (&drafts[0], &drafts[1]);

    assert_eq!(first.id, "draft-1");
    assert_eq!(first.title, "Several things broke");
    assert_eq!(first.description, "VPN fails");
    assert_eq!(first.linked_draft_ids, vec!["draft-2", "draft-0"]);
    assert_eq!(first.details, original.details);
    assert_eq!(first.created_at, at(8));
    assert_eq!(first.updated_at, at(10));

    assert_eq!(second.id, "draft-2");
    assert_eq!(second.title, "Wi-Fi missing");
    assert_eq!(second.description, "Wi-Fi missing\nsince Friday");
    assert_eq!(second.linked_draft_ids, vec!["draft-1"]);
    assert_eq!(second.details.contact, original.details.contact);
    assert_eq!(second.details.platforms, original.details.platforms);
    assert_eq!(second.details.support_language, "pl");
    assert!(second.details.error_messages.is_empty() && second.details.already_tried.is_empty());
    assert!(second.details.escalation_trail.is_empty());
    assert_eq!(second.created_at, at(10));

    for draft in &drafts {
        assert_eq!(draft.request_kind, Some(RequestKind::Technical));
        assert_eq!(draft.support_contract, Some(SupportContract::Premier));
        assert_eq!(draft.impact, ImpactAnswers::default());
        assert_eq!(draft.severity_override, None);
        assert_eq!(draft.status, TicketStatus::Draft);
    }
}

#[test]
fn every_draft_links_to_all_its_siblings() {
    let mut original = mixed_ticket();
    original.linked_draft_ids.clear();
    let problems: Vec<String> = (1..=4).map(|n| format!("problem {n}")).collect();
    let ids: Vec<String> = (2..=4).map(|n| format!("d{n}")).collect();
    let drafts = split_ticket(&original, &problems, &ids, at(9)).unwrap_or_default();
    assert_eq!(drafts.len(), 4);
    let all_ids: Vec<&str> = drafts.iter().map(|d| d.id.as_str()).collect();
    for draft in &drafts {
        let mut expected: Vec<&str> =
            all_ids.iter().copied().filter(|id| *id != draft.id).collect();
        expected.sort_unstable();
        let mut linked: Vec<&str> = draft.linked_draft_ids.iter().map(String::as_str).collect();
        linked.sort_unstable();
        assert_eq!(linked, expected);
    }
}

#[test]
fn split_refuses_bad_input_with_errors() {
    fn check(original: &Ticket, problems: &[&str], ids: &[&str], expected: SplitError) {
        let problems: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        let ids: Vec<String> = ids.iter().map(|i| i.to_string()).collect();
        assert_eq!(split_ticket(original, &problems, &ids, at(9)), Err(expected.clone()));
        assert!(!expected.to_string().is_empty());
    }
    let draft = mixed_ticket();
    check(&draft, &[], &[], SplitError::NothingToSplit { problems: 0 });
    check(&draft, &["one"], &[], SplitError::NothingToSplit { problems: 1 });
    check(&draft, &["a", "b"], &[], SplitError::IdCountMismatch { expected: 1, given: 0 });
    check(&draft, &["a", "b"], &["x", "y"], SplitError::IdCountMismatch { expected: 1, given: 2 });
    check(&draft, &["a", "b", "c"], &["x"], SplitError::IdCountMismatch { expected: 2, given: 1 });
    check(&draft, &["a", "  "], &["x"], SplitError::EmptyProblem { index: 1 });
    check(&draft, &["a", "b"], &[" "], SplitError::EmptyId { index: 0 });
    check(&draft, &["a", "b"], &["draft-1"], SplitError::DuplicateId { id: "draft-1".into() });
    check(&draft, &["a", "b", "c"], &["x", "x"], SplitError::DuplicateId { id: "x".into() });
    let mut filed = mixed_ticket();
    filed.status = TicketStatus::SelfSolved;
    check(&filed, &["a", "b"], &["x"], SplitError::NotADraft);
}

#[test]
fn suggested_titles_are_short_and_keep_marks_together() {
    assert_eq!(suggested_title("\n  First line  \nsecond"), "First line");
    let long = "a".repeat(99) + "e\u{0301}\u{0301}" + &"b".repeat(50);
    let title = suggested_title(&long);
    assert!(title.ends_with("e\u{0301}\u{0301}…"), "{title}");
    assert_eq!(title.chars().filter(|c| *c == 'b').count(), 0);
    assert_eq!(suggested_title(&"語".repeat(100)), "語".repeat(100));
    assert_eq!(suggested_title(""), "");
}
