use super::*;
use crate::domain::markdown::is_direction_override;
use crate::domain::response::{response_window, FixedOffsetZones, OpeningHours, Target};
use crate::domain::severity::{ImpactAnswers, SeverityOverride};
use crate::domain::ticket::{EscalationStep, HelpdeskHandoff, SupportTier};
use chrono::{NaiveTime, TimeZone};
use std::collections::BTreeSet;

fn at(hour: u32, minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 5, 2, hour, minute, 0).single().unwrap_or_default()
}

/// The ticket shown in `docs/ticket-json.md`.
fn documentation_example() -> (Ticket, TicketExportContext) {
    let mut ticket = Ticket::new_draft("draft-7f3a", at(8, 55));
    ticket.updated_at = at(9, 20);
    ticket.title = "New Windows laptops stop at the enrolment status page".into();
    ticket.description = "Since Monday, new laptops from the Warsaw office stop at the \
        enrolment status page and never reach the desktop.\nOlder laptops are fine."
        .into();
    ticket.request_kind = Some(RequestKind::Technical);
    ticket.support_contract = Some(SupportContract::Professional);
    ticket.details.tenant_size = Some(TenantSize::HundredOrMore);
    ticket.impact = ImpactAnswers {
        usability: Some(Usability::WorseThanBefore),
        scope: Some(Scope::ManyUsersOrServices),
        business_impact: Some(BusinessImpact::ModerateCanWaitForBusinessHours),
        workaround: Some(Workaround::AcceptableWorkaround),
    };
    ticket.details.started = "2024-04-29 around 09:00 CEST".into();
    ticket.details.affected = "About 40 new laptops".into();
    ticket.details.platforms = vec!["Windows 11 23H2".into()];
    ticket.details.error_messages = "0x80180014".into();
    ticket.details.already_tried = "Reset one laptop and enrolled it again.".into();
    ticket.details.escalation_trail = vec![EscalationStep {
        tier: SupportTier::ONE,
        team: "Service desk".into(),
        findings: "Not a network problem".into(),
    }];
    ticket.details.contact.name = "Ewa Nowak".into();
    ticket.details.contact.email = "ewa.nowak@example.com".into();
    ticket.details.contact.preferred_method = Some(ContactMethod::Email);
    ticket.details.support_language = "en".into();
    ticket.linked_draft_ids = vec!["draft-81c0".into()];
    // A moderate problem of a Professional customer: 4 hours around the clock, from now.
    let window = response_window(
        at(9, 20),
        Level::Moderate,
        &Policy::professional_default(),
        &BTreeMap::new(),
        &FixedOffsetZones::utc(),
    );
    let response = window.ok().and_then(|window| {
        ResponseFacts::of_window(&window, &Policy::professional_default(), &BTreeMap::new())
    });
    let context = TicketExportContext {
        expected_first_response: Some("by 13:20 today (within 4 hours)".into()),
        channel: Some("Admin centre: mobile device management".into()),
        contact_first: None,
        response,
        channel_id: Some("admin-centre-mdm".into()),
        ticket_language: Some("en".into()),
    };
    (ticket, context)
}

/// A business calendar named "office": 09:00 to 17:00 on weekdays in `Europe/London`.
fn office_calendar() -> BTreeMap<String, BusinessCalendar> {
    let hours = |opens: u32, closes: u32| OpeningHours {
        opens: NaiveTime::from_hms_opt(opens, 0, 0).unwrap_or_default(),
        closes: NaiveTime::from_hms_opt(closes, 0, 0).unwrap_or_default(),
    };
    let weekday = || vec![hours(9, 17)];
    let calendar = BusinessCalendar {
        time_zone: "Europe/London".into(),
        weekly: [weekday(), weekday(), weekday(), weekday(), weekday(), Vec::new(), Vec::new()],
        closed_dates: Vec::new(),
    };
    [("office".to_string(), calendar)].into_iter().collect()
}

/// Professional targets with the moderate one in office hours.
fn office_policy() -> Policy {
    Policy {
        moderate: Target { minutes: 4 * 60, clock: Clock::Business { calendar: "office".into() } },
        ..Policy::professional_default()
    }
}

/// A ticket with every member the export can write: filed, with a severity chosen by hand, a
/// self-help article, a hand-off, and a response on a business clock.
fn rich_example() -> (Ticket, TicketExportContext) {
    let (mut ticket, mut context) = documentation_example();
    ticket.severity_override = SeverityOverride::new(Level::Critical, "Exams start at 10:00").ok();
    ticket.status =
        TicketStatus::Filed { filed_at: at(16, 0), vendor_ticket_number: "2405020010001".into() };
    ticket.solved_by_article = Some("enrolment-status-page".into());
    ticket.helpdesk_handoff = Some(HelpdeskHandoff {
        sent_at: at(9, 30),
        status_code: 201,
        helpdesk: Some(crate::domain::ticket::HelpdeskKind::Zammad),
        number: Some("31017".into()),
    });
    ticket.filing_history = vec![crate::domain::ticket::FilingChange {
        filed_at: at(9, 0),
        vendor_ticket_number: "2405020040001233".into(),
        changed_at: at(9, 5),
        change: crate::domain::ticket::FilingChangeKind::NumberCorrected,
    }];
    ticket.details.contact.phone = "+48 22 000 00 00".into();
    context.contact_first = Some("Tier 3: Endpoint team".into());
    // Thursday 2 May 2024, 17:00 in London (UTC+1), as the office closes.
    let zones = FixedOffsetZones::utc().with_zone("Europe/London", 3600);
    let window =
        response_window(at(16, 0), Level::Moderate, &office_policy(), &office_calendar(), &zones);
    context.response = window
        .ok()
        .and_then(|window| ResponseFacts::of_window(&window, &office_policy(), &office_calendar()));
    (ticket, context)
}

fn exported_value(ticket: &Ticket, context: &TicketExportContext) -> serde_json::Value {
    let json = ticket_to_json(ticket, context).unwrap_or_default();
    serde_json::from_str(&json).unwrap_or_default()
}

/// Every member path of a JSON value, such as `ticket.details.contact.email`; the items of an
/// array add no segment.
fn member_paths(value: &serde_json::Value) -> BTreeSet<String> {
    fn walk(value: &serde_json::Value, prefix: &str, paths: &mut BTreeSet<String>) {
        match value {
            serde_json::Value::Object(members) => {
                for (name, member) in members {
                    let path =
                        if prefix.is_empty() { name.clone() } else { format!("{prefix}.{name}") };
                    walk(member, &path, paths);
                    paths.insert(path);
                }
            }
            serde_json::Value::Array(items) => {
                for item in items {
                    walk(item, prefix, paths);
                }
            }
            _ => {}
        }
    }
    let mut paths = BTreeSet::new();
    walk(value, "", &mut paths);
    paths
}

/// A line of our Markdown output is structure (heading, list item, table row), blank, or
/// paragraph text. Paragraph text must not be able to start any block.
fn line_kind(line: &str) -> &'static str {
    if line.starts_with("## ") {
        "h2"
    } else if line.starts_with("# ") {
        "h1"
    } else if line.starts_with("- ") {
        "li"
    } else if line.starts_with("| ") || line.starts_with("|---") {
        "tr"
    } else if line.is_empty() {
        "blank"
    } else {
        "p"
    }
}

fn assert_paragraph_line_is_inert(line: &str) {
    let first = line.chars().next().unwrap_or(' ');
    assert!(
        !matches!(first, '#' | '>' | '<' | '-' | '+' | '*' | '=' | '|' | '`' | '~' | '_')
            && !first.is_whitespace(),
        "paragraph line could open a block: {line:?}"
    );
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 {
        let after_digits = line.chars().nth(digits);
        assert!(!matches!(after_digits, Some('.') | Some(')')), "could open a list: {line:?}");
    }
    assert!(!line.ends_with("  "), "ends in a hard break made of spaces: {line:?}");
}

fn markdown_skeleton(markdown: &str) -> Vec<String> {
    markdown
        .lines()
        .filter_map(|line| match line_kind(line) {
            "blank" | "p" => None,
            // Our own headings and labels are part of the skeleton; user text is not.
            "h2" => Some(line.to_string()),
            "li" => Some(
                line.split("**").nth(1).map_or("li".to_string(), |label| format!("li {label}")),
            ),
            kind => Some(kind.to_string()),
        })
        .collect()
}

fn plain_skeleton(text: &str) -> Vec<String> {
    text.lines()
        .filter(|line| !line.starts_with("  ") && !line.is_empty())
        .map(|line| line.split(": ").next().unwrap_or("").to_string())
        .collect()
}

/// A ticket with `text` in every text field, and the context too.
fn ticket_with_text_everywhere(text: &str) -> (Ticket, TicketExportContext) {
    let (mut ticket, _) = documentation_example();
    let owned = text.to_string();
    ticket.id = owned.clone();
    ticket.title = owned.clone();
    ticket.description = owned.clone();
    ticket.severity_override = SeverityOverride::new(Level::Critical, owned.clone()).ok();
    ticket.details.started = owned.clone();
    ticket.details.affected = owned.clone();
    ticket.details.platforms = vec![owned.clone(), owned.clone()];
    ticket.details.error_messages = owned.clone();
    ticket.details.already_tried = owned.clone();
    ticket.details.escalation_trail = vec![
        EscalationStep { tier: SupportTier::ONE, team: owned.clone(), findings: owned.clone() },
        EscalationStep { tier: SupportTier::THREE, team: owned.clone(), findings: owned.clone() },
    ];
    ticket.details.contact.name = owned.clone();
    ticket.details.contact.email = owned.clone();
    ticket.details.contact.phone = owned.clone();
    ticket.details.support_language = owned.clone();
    ticket.linked_draft_ids = vec![owned.clone()];
    ticket.status =
        TicketStatus::Filed { filed_at: at(11, 0), vendor_ticket_number: owned.clone() };
    let context = TicketExportContext {
        expected_first_response: Some(owned.clone()),
        channel: Some(owned.clone()),
        contact_first: Some(owned.clone()),
        response: Some(ResponseFacts {
            target_minutes: 1,
            clock: ResponseClock::Business { calendar: owned.clone(), time_zone: owned.clone() },
            starts_at: at(11, 0),
            due_at: at(11, 1),
        }),
        channel_id: Some(owned.clone()),
        ticket_language: Some(owned),
    };
    (ticket, context)
}

fn hostile_texts() -> Vec<String> {
    vec![
        "<script>alert(1)</script>".into(),
        "<img src=x onerror=alert(1)>".into(),
        "# Heading\n## Another\n> quote\n- item\n1. one\n2) two\n+ plus\n* star\n    code\n\
         \tcode\n```\nfence\n~~~\n---\n===\n| a | b |\n|---|---|\n<div>\n\n\n\nend"
            .into(),
        "[link](javascript:alert(1)) ![img](http://x) <http://evil> **b** _i_ `c` ~~s~~ $x$ \
         {#id} \\ \\\\ trailing\\"
            .into(),
        "&lt;script&gt; &amp; &#60; &#x3C; &#x3c;".into(),
        "\u{202E}gnp.exe\u{202C} \u{2066}isolated\u{2069} \u{202B}embed".into(),
        "zero\u{200B}width\u{200C}non\u{200D}joiner\u{FEFF}\u{2060}".into(),
        "Z\u{0351}\u{0352}\u{0353}a\u{0354}\u{0355}l\u{0356}g\u{0357}o e\u{0301}\u{0302}".into(),
        "one\r\ntwo\rthree\u{2028}four\u{2029}five\u{85}six\u{0B}seven\u{0C}eight".into(),
        "\u{0}\u{1}\u{7}\u{1B}[31mred\u{1B}[0m\u{7F}\u{9B}".into(),
        "   \t  leading whitespace\n     more".into(),
        "Severity: Minimal (C)\nTitle: forged\nDraft ID: 1".into(),
        "|".into(),
        "-".into(),
        "\u{0}".into(),
        "<".repeat(100_000),
        "a".repeat(100 * 1024),
        "# ".repeat(50_000),
    ]
}

fn benign_version(text: &str) -> String {
    if clean_line(text).is_empty() {
        text.to_string()
    } else {
        "x".to_string()
    }
}

#[test]
fn hostile_text_cannot_change_the_markdown_structure() {
    let labels = ExportLabels::english();
    for hostile in hostile_texts() {
        let (ticket, context) = ticket_with_text_everywhere(&hostile);
        let (benign_ticket, benign_context) =
            ticket_with_text_everywhere(&benign_version(&hostile));
        let markdown = ticket_to_markdown(&ticket, &context, &labels);
        let benign = ticket_to_markdown(&benign_ticket, &benign_context, &labels);
        let shown = hostile.chars().take(40).collect::<String>();

        assert!(!markdown.contains(['<', '>']), "raw angle bracket for {shown:?}");
        assert!(
            !markdown.chars().any(|c| (c.is_control() && c != '\n') || is_direction_override(c)),
            "control or direction character for {shown:?}"
        );
        assert_eq!(markdown_skeleton(&markdown), markdown_skeleton(&benign), "{shown:?}");
        for line in markdown.lines().filter(|line| line_kind(line) == "p") {
            assert_paragraph_line_is_inert(line);
        }
        // Table rows keep exactly three cells: every pipe from user text is escaped.
        for row in markdown.lines().filter(|line| line.starts_with("| ")) {
            let unescaped_pipes = row
                .char_indices()
                .filter(|(index, c)| {
                    *c == '|' && {
                        let before = row.get(..*index).unwrap_or("");
                        before.chars().rev().take_while(|b| *b == '\\').count() % 2 == 0
                    }
                })
                .count();
            assert_eq!(
                unescaped_pipes,
                4,
                "{shown:?}: {}",
                row.chars().take(80).collect::<String>()
            );
        }
    }
}

#[test]
fn hostile_text_cannot_forge_plain_text_fields() {
    let labels = ExportLabels::english();
    for hostile in hostile_texts() {
        let (ticket, context) = ticket_with_text_everywhere(&hostile);
        let (benign_ticket, benign_context) =
            ticket_with_text_everywhere(&benign_version(&hostile));
        let text = ticket_to_plain_text(&ticket, &context, &labels);
        let benign = ticket_to_plain_text(&benign_ticket, &benign_context, &labels);
        let shown = hostile.chars().take(40).collect::<String>();
        assert!(
            !text.chars().any(|c| (c.is_control() && c != '\n') || is_direction_override(c)),
            "control or direction character for {shown:?}"
        );
        assert_eq!(plain_skeleton(&text), plain_skeleton(&benign), "{shown:?}");
    }
}

#[test]
fn large_text_is_kept_whole() {
    let big = "x".repeat(100 * 1024);
    let (ticket, context) = ticket_with_text_everywhere(&big);
    let labels = ExportLabels::english();
    let markdown = ticket_to_markdown(&ticket, &context, &labels);
    let text = ticket_to_plain_text(&ticket, &context, &labels);
    assert!(markdown.contains(&big) && text.contains(&big));
    let json = ticket_to_json(&ticket, &context).unwrap_or_default();
    assert_eq!(ticket_from_json(&json), Ok(ticket));
}

/// Every label text, by exhaustive destructuring so a new label cannot be forgotten here.
fn all_label_texts(labels: &ExportLabels) -> Vec<&'static str> {
    let ExportLabels {
        field_separator,
        list_separator,
        reason_separator,
        untitled,
        not_given,
        severity,
        severity_reasons,
        override_reason,
        computed_severity,
        computed_severity_reasons,
        expected_first_response,
        title,
        request_kind,
        support_contract,
        tenant_size,
        impact,
        started,
        affected,
        platforms,
        error_messages,
        already_tried,
        description,
        escalation,
        tier,
        team,
        findings,
        contact,
        contact_name,
        contact_email,
        contact_phone,
        preferred_contact_method,
        support_language,
        channel,
        contact_first,
        related_drafts,
        status,
        vendor_ticket_number,
        filed_at,
        ticket_id,
        level_critical,
        level_moderate,
        level_minimal,
        kind_technical,
        kind_billing_licensing_account,
        kind_intune_with_configuration_manager,
        kind_standalone_configuration_manager,
        kind_volume_licensing,
        kind_feature_request,
        contract_professional,
        contract_premier,
        tenant_fewer_than_100,
        tenant_100_or_more,
        impact_usability,
        impact_scope,
        impact_business_impact,
        impact_workaround,
        answer_not_answered,
        answer_dont_know,
        usability_unusable,
        usability_worse_than_before,
        usability_minor_inconvenience,
        scope_many_users_or_services,
        scope_one_user_customer_or_service,
        scope_nobody_yet,
        business_impact_severe,
        business_impact_moderate,
        business_impact_minimal,
        workaround_acceptable,
        workaround_none,
        reason_service_unusable,
        reason_severe_business_impact,
        reason_worse_than_before,
        reason_usability_not_known,
        reason_scope_not_known,
        reason_moderate_business_impact,
        reason_business_impact_not_known,
        reason_minor_inconvenience,
        reason_nobody_affected_yet,
        reason_minimal_business_impact,
        reason_many_affected,
        reason_one_affected,
        reason_no_workaround,
        reason_acceptable_workaround,
        reason_workaround_not_known,
        reason_critical_needs_known_answers,
        method_email,
        method_phone,
        status_draft,
        status_self_solved,
        status_filed,
    } = *labels;
    vec![
        field_separator,
        list_separator,
        reason_separator,
        untitled,
        not_given,
        severity,
        severity_reasons,
        override_reason,
        computed_severity,
        computed_severity_reasons,
        expected_first_response,
        title,
        request_kind,
        support_contract,
        tenant_size,
        impact,
        started,
        affected,
        platforms,
        error_messages,
        already_tried,
        description,
        escalation,
        tier,
        team,
        findings,
        contact,
        contact_name,
        contact_email,
        contact_phone,
        preferred_contact_method,
        support_language,
        channel,
        contact_first,
        related_drafts,
        status,
        vendor_ticket_number,
        filed_at,
        ticket_id,
        level_critical,
        level_moderate,
        level_minimal,
        kind_technical,
        kind_billing_licensing_account,
        kind_intune_with_configuration_manager,
        kind_standalone_configuration_manager,
        kind_volume_licensing,
        kind_feature_request,
        contract_professional,
        contract_premier,
        tenant_fewer_than_100,
        tenant_100_or_more,
        impact_usability,
        impact_scope,
        impact_business_impact,
        impact_workaround,
        answer_not_answered,
        answer_dont_know,
        usability_unusable,
        usability_worse_than_before,
        usability_minor_inconvenience,
        scope_many_users_or_services,
        scope_one_user_customer_or_service,
        scope_nobody_yet,
        business_impact_severe,
        business_impact_moderate,
        business_impact_minimal,
        workaround_acceptable,
        workaround_none,
        reason_service_unusable,
        reason_severe_business_impact,
        reason_worse_than_before,
        reason_usability_not_known,
        reason_scope_not_known,
        reason_moderate_business_impact,
        reason_business_impact_not_known,
        reason_minor_inconvenience,
        reason_nobody_affected_yet,
        reason_minimal_business_impact,
        reason_many_affected,
        reason_one_affected,
        reason_no_workaround,
        reason_acceptable_workaround,
        reason_workaround_not_known,
        reason_critical_needs_known_answers,
        method_email,
        method_phone,
        status_draft,
        status_self_solved,
        status_filed,
    ]
}

#[test]
fn english_labels_are_complete_and_distinct_where_it_matters() {
    let labels = ExportLabels::english();
    let texts = all_label_texts(&labels);
    assert!(texts.iter().all(|text| !text.is_empty()));
    // Field names must differ, or a reader could not tell two lines apart.
    let field_names = &texts[5..39];
    let distinct: std::collections::HashSet<&&str> = field_names.iter().collect();
    assert_eq!(distinct.len(), field_names.len());
}

/// Renders every variant of every enum the exports name, in tickets whose own text has no
/// letters, and checks that no letter is left once the label texts are removed: all words
/// come from `ExportLabels`.
#[test]
fn renderers_print_no_words_of_their_own() {
    let labels = ExportLabels::english();
    let mut label_texts = all_label_texts(&labels);
    label_texts.sort_by_key(|text| std::cmp::Reverse(text.len()));
    let kinds = RequestKind::ALL;
    let contracts = SupportContract::ALL;
    let sizes = TenantSize::ALL;
    let statuses = [
        TicketStatus::Draft,
        TicketStatus::SelfSolved,
        TicketStatus::Filed { filed_at: at(11, 0), vendor_ticket_number: "42".into() },
    ];
    let mut variants_seen = 0;
    for (index, answers) in [
        (
            Usability::Unusable,
            Scope::ManyUsersOrServices,
            BusinessImpact::SevereOrDeadlineAtRisk,
            Workaround::NoWorkaround,
        ),
        (
            Usability::WorseThanBefore,
            Scope::OneUserCustomerOrService,
            BusinessImpact::ModerateCanWaitForBusinessHours,
            Workaround::AcceptableWorkaround,
        ),
        (
            Usability::MinorInconvenience,
            Scope::NobodyYet,
            BusinessImpact::Minimal,
            Workaround::DontKnow,
        ),
        (
            Usability::DontKnow,
            Scope::DontKnow,
            BusinessImpact::DontKnow,
            Workaround::AcceptableWorkaround,
        ),
        (
            Usability::MinorInconvenience,
            Scope::OneUserCustomerOrService,
            BusinessImpact::Minimal,
            Workaround::AcceptableWorkaround,
        ),
        (
            Usability::MinorInconvenience,
            Scope::ManyUsersOrServices,
            BusinessImpact::Minimal,
            Workaround::AcceptableWorkaround,
        ),
    ]
    .into_iter()
    .enumerate()
    {
        let (usability, scope, business_impact, workaround) = answers;
        let mut ticket = Ticket::new_draft("7", at(8, 0));
        ticket.title = if index == 0 { String::new() } else { "42".into() };
        ticket.description = "1\n\n2".into();
        ticket.request_kind = kinds.get(index).copied();
        ticket.support_contract = contracts.get(index).copied();
        ticket.details.tenant_size = sizes.get(index % 3).copied();
        ticket.impact = ImpactAnswers {
            usability: Some(usability),
            scope: Some(scope),
            business_impact: Some(business_impact),
            workaround: Some(workaround),
        };
        if index == 5 {
            ticket.impact = ImpactAnswers::default();
        }
        if index == 1 {
            ticket.severity_override = SeverityOverride::new(Level::Minimal, "99").ok();
        }
        ticket.details.platforms = vec!["11".into()];
        ticket.details.escalation_trail =
            vec![EscalationStep { tier: SupportTier::TWO, team: "3".into(), findings: "4".into() }];
        if index != 3 {
            ticket.details.contact.name = "5".into();
            ticket.details.contact.email = "6@7".into();
            ticket.details.contact.phone = "+48 1".into();
            ticket.details.contact.preferred_method =
                Some(if index % 2 == 0 { ContactMethod::Email } else { ContactMethod::Phone });
        }
        ticket.status = statuses.get(index % 3).cloned().unwrap_or_default();
        ticket.linked_draft_ids = vec!["8".into()];
        // The members only the JSON export writes are given too: the text renderers print
        // none of them.
        let context = TicketExportContext {
            expected_first_response: Some("9".into()),
            channel: Some("10".into()),
            contact_first: Some("12".into()),
            response: Some(ResponseFacts {
                target_minutes: 99,
                clock: ResponseClock::Business { calendar: "13".into(), time_zone: "14".into() },
                starts_at: at(9, 0),
                due_at: at(10, 39),
            }),
            channel_id: Some("15".into()),
            ticket_language: Some("16".into()),
        };
        for rendered in [
            ticket_to_markdown(&ticket, &context, &labels),
            ticket_to_plain_text(&ticket, &context, &labels),
        ] {
            let mut rest = rendered.replace("2024-05-02T11:00:00Z", "");
            for letter in ["(A)", "(B)", "(C)"] {
                rest = rest.replace(letter, "");
            }
            for text in &label_texts {
                rest = rest.replace(text, "");
            }
            let leftover: String = rest.chars().filter(|c| c.is_alphabetic()).collect();
            assert_eq!(leftover, "", "words not from the labels in:\n{rendered}");
            variants_seen += 1;
        }
    }
    assert_eq!(variants_seen, 12);
}

#[test]
fn plain_text_puts_what_an_engineer_needs_first() {
    let (mut ticket, context) = documentation_example();
    ticket.severity_override = SeverityOverride::new(Level::Critical, "Payroll on Friday").ok();
    let text = ticket_to_plain_text(&ticket, &context, &ExportLabels::english());
    let expected_order = [
        "Severity: Critical (A)\n",
        "Why this severity was chosen by hand: Payroll on Friday\n",
        "Severity computed from the answers: Moderate (B)\n",
        "Why it was computed so: the service is usable but works worse than before; many users or several services are affected; business impact is moderate and can be handled during business hours\n",
        "Expected first response: by 13:20 today (within 4 hours)\n",
        "Title: New Windows laptops stop at the enrolment status page\n",
        "Request type: Technical problem\n",
        "Impact:\n  Service usable: usable, but worse than before\n  Who is affected: many users or services\n",
        "Started: 2024-04-29 around 09:00 CEST\n",
        "Users or devices affected: About 40 new laptops\n",
        "Error messages:\n  0x80180014\n",
        "Already tried:\n  Reset one laptop and enrolled it again.\n",
        "Escalation so far:\n  Tier 1, Service desk: Not a network problem\n",
        "Contact:\n  Name: Ewa Nowak\n  Email: ewa.nowak@example.com\n",
        "Description:\n  Since Monday",
        "  Older laptops are fine.\n",
        "Support contract: Professional\n",
        "Platforms: Windows 11 23H2\n",
        "Where to file it: Admin centre: mobile device management\n",
        "Draft ID: draft-7f3a\n",
        "Related tickets: draft-81c0\n",
    ];
    let mut position = 0;
    for expected in expected_order {
        let found = text.get(position..).and_then(|rest| rest.find(expected));
        let found =
            found.unwrap_or_else(|| panic!("missing or out of order: {expected:?}\n{text}"));
        position += found + expected.len();
    }
    assert!(!text.contains("Contact first"), "an absent context field is left out");
}

#[test]
fn markdown_has_a_heading_facts_and_sections() {
    let (ticket, context) = documentation_example();
    let markdown = ticket_to_markdown(&ticket, &context, &ExportLabels::english());
    assert!(markdown.starts_with(
        "# New Windows laptops stop at the enrolment status page\n\n- **Severity**: Moderate (B)\n"
    ));
    for expected in [
        "\n## Impact\n\n- **Service usable**: usable, but worse than before\n",
        "\n## Description\n\nSince Monday, new laptops from the Warsaw office stop at the enrolment status page and never reach the desktop.\\\nOlder laptops are fine.\n",
        "\n## Error messages\n\n0x80180014\n",
        "\n## Escalation so far\n\n| Tier | Team | Findings |\n|---|---|---|\n| 1 | Service desk | Not a network problem |\n",
        "\n## Contact\n\n- **Name**: Ewa Nowak\n- **Email**: ewa.nowak@example.com\n- **Preferred contact**: email\n- **Support language**: en\n",
        "\n## Related tickets\n\n- draft-81c0\n",
    ] {
        assert!(markdown.contains(expected), "missing {expected:?} in\n{markdown}");
    }
}

#[test]
fn empty_draft_says_what_is_not_given() {
    let draft = Ticket::new_draft("d1", at(8, 0));
    let labels = ExportLabels::english();
    let context = TicketExportContext::default();
    let markdown = ticket_to_markdown(&draft, &context, &labels);
    assert!(markdown.starts_with("# Untitled ticket\n"));
    assert!(markdown.contains("- **Request type**: not given\n"));
    assert!(markdown.contains("- **Service usable**: not answered\n"));
    assert!(markdown.contains("\n## Contact\n\nnot given\n"));
    assert!(!markdown.contains("## Escalation so far") && !markdown.contains("## Related"));
    let text = ticket_to_plain_text(&draft, &context, &labels);
    assert!(text.contains("Title: Untitled ticket\n"));
    assert!(text.contains("Description: not given\n"));
    assert!(text.contains("Contact: not given\n"));
    assert!(text.contains("Status: draft, not filed yet\n"));
}

#[test]
fn labels_in_another_script_keep_bold_closed() {
    let labels =
        ExportLabels { field_separator: "：", severity: "重要度", ..ExportLabels::english() };
    let (ticket, context) = documentation_example();
    let markdown = ticket_to_markdown(&ticket, &context, &labels);
    assert!(markdown.contains("- **重要度**：Moderate (B)\n"), "{markdown}");
    let text = ticket_to_plain_text(&ticket, &context, &labels);
    assert!(text.starts_with("重要度：Moderate (B)\n"), "{text}");
}

#[test]
fn json_has_schema_version_and_derived_levels() {
    let (mut ticket, context) = documentation_example();
    ticket.severity_override = SeverityOverride::new(Level::Critical, "exams").ok();
    let value = exported_value(&ticket, &context);
    fn check(value: &serde_json::Value, pointer: &str, expected: serde_json::Value) {
        assert_eq!(value.pointer(pointer), Some(&expected), "{pointer}");
    }
    check(&value, "/schema", "support-triage/ticket".into());
    check(&value, "/version", 2.into());
    check(&value, "/ticket/id", "draft-7f3a".into());
    check(&value, "/ticket/severity_override/level", "critical".into());
    check(&value, "/derived/computed_level", "moderate".into());
    check(&value, "/derived/effective_level", "critical".into());
    check(&value, "/derived/level_source", "chosen".into());
    check(&value, "/derived/reasons/0", "worse_than_before".into());
    check(&value, "/derived/contact_first", serde_json::Value::Null);
    check(&value, "/derived/request_kind", "technical".into());
    check(&value, "/derived/support_contract", "professional".into());
    check(&value, "/derived/channel_id", "admin-centre-mdm".into());
    check(&value, "/derived/ticket_language", "en".into());
    check(&value, "/derived/response_target_minutes", 240.into());
    check(&value, "/derived/response_clock", serde_json::json!({"kind": "around_the_clock"}));
    check(&value, "/derived/response_starts_at", "2024-05-02T09:20:00Z".into());
    check(&value, "/derived/response_due_at", "2024-05-02T13:20:00Z".into());
    check(&value, "/derived/filed_at", serde_json::Value::Null);
    let json = ticket_to_json(&ticket, &context).unwrap_or_default();
    assert!(json.starts_with("{\n  \"schema\": \"support-triage/ticket\",\n  \"version\": 2,"));

    let (ticket, context) = documentation_example();
    check(&exported_value(&ticket, &context), "/derived/level_source", "computed".into());
}

#[test]
fn derived_facts_follow_the_ticket_the_window_and_the_routing() {
    let (ticket, context) = rich_example();
    let value = exported_value(&ticket, &context);
    let derived = value.get("derived").cloned().unwrap_or_default();
    assert_eq!(
        derived,
        serde_json::json!({
            "computed_level": "moderate",
            "effective_level": "critical",
            "reasons": ["worse_than_before", "many_affected", "moderate_business_impact"],
            "expected_first_response": "by 13:20 today (within 4 hours)",
            "channel": "Admin centre: mobile device management",
            "contact_first": "Tier 3: Endpoint team",
            "level_source": "chosen",
            "request_kind": "technical",
            "support_contract": "professional",
            "channel_id": "admin-centre-mdm",
            "ticket_language": "en",
            "response_target_minutes": 240,
            "response_clock": {"kind": "business", "calendar": "office", "time_zone": "Europe/London"},
            // Filed at 17:00 in London, as the office closed: the clock starts at 09:00 on
            // Friday and runs four office hours.
            "response_starts_at": "2024-05-03T08:00:00Z",
            "response_due_at": "2024-05-03T12:00:00Z",
            "filed_at": "2024-05-02T16:00:00Z"
        })
    );

    // Without a window, a routing decision or a language (the copies a host page reads) the
    // facts from the ticket are still there, the rest is null.
    let bare = exported_value(&Ticket::new_draft("d-1", at(8, 0)), &TicketExportContext::default());
    let derived = bare.get("derived").cloned().unwrap_or_default();
    for member in [
        "request_kind",
        "support_contract",
        "channel_id",
        "ticket_language",
        "response_target_minutes",
        "response_clock",
        "response_starts_at",
        "response_due_at",
        "filed_at",
    ] {
        assert_eq!(derived.get(member), Some(&serde_json::Value::Null), "{member}");
    }
    assert_eq!(derived.get("level_source"), Some(&"computed".into()));
    assert_eq!(
        derived.get("reasons").and_then(|reasons| reasons.as_array()).map(Vec::len),
        Some(4)
    );
}

#[test]
fn response_facts_claim_no_time_for_an_example_policy() {
    let window = response_window(
        at(9, 0),
        Level::Critical,
        &Policy::premier_example(),
        &BTreeMap::new(),
        &FixedOffsetZones::utc(),
    );
    let window = window.ok();
    assert!(window.is_some());
    let facts = |policy: &Policy, calendars: &BTreeMap<String, BusinessCalendar>| {
        window.as_ref().and_then(|window| ResponseFacts::of_window(window, policy, calendars))
    };
    assert_eq!(facts(&Policy::premier_example(), &BTreeMap::new()), None);
    let contract = Policy { example: false, ..Policy::premier_example() };
    assert_eq!(
        facts(&contract, &BTreeMap::new()),
        Some(ResponseFacts {
            target_minutes: 60,
            clock: ResponseClock::AroundTheClock,
            starts_at: at(9, 0),
            due_at: at(10, 0),
        })
    );
    // A business window names its calendar; one that is not configured gives no facts.
    let zones = FixedOffsetZones::utc().with_zone("Europe/London", 3600);
    let business =
        response_window(at(9, 0), Level::Moderate, &office_policy(), &office_calendar(), &zones);
    let business = business.ok();
    assert!(business.is_some());
    let of = |calendars: &BTreeMap<String, BusinessCalendar>| {
        business
            .as_ref()
            .and_then(|window| ResponseFacts::of_window(window, &office_policy(), calendars))
    };
    assert_eq!(
        of(&office_calendar()).map(|facts| facts.clock),
        Some(ResponseClock::Business {
            calendar: "office".into(),
            time_zone: "Europe/London".into()
        })
    );
    assert_eq!(of(&BTreeMap::new()), None);
}

#[test]
fn channel_id_comes_from_the_routing_decision() {
    use crate::domain::request::Customer;
    use crate::domain::routing::{
        Channel, ChannelKind, Route, RoutingDecision, RoutingProblem, SupportLanguages,
    };
    let customer = Customer::new(SupportContract::Professional, TenantSize::HundredOrMore);
    let channel = Channel {
        id: "admin-centre-mdm".into(),
        kind: ChannelKind::Portal,
        name: "Office 365 admin centre".into(),
        url: None,
        category: None,
        steps: Vec::new(),
        links: Vec::new(),
        languages: None,
    };
    let route = Route {
        kind: RequestKind::Technical,
        contracts: vec![SupportContract::Professional],
        tenant_sizes: Vec::new(),
        channel: channel.id.clone(),
        warnings: Vec::new(),
    };
    let languages = SupportLanguages {
        online_technical: Vec::new(),
        billing_and_phone: Vec::new(),
        billing_and_phone_page: None,
    };
    let routed =
        RoutingDecision::through(RequestKind::Technical, customer, &route, &channel, &languages);
    assert_eq!(channel_id_of(&routed), Some("admin-centre-mdm".to_string()));
    let unresolved = RoutingDecision::unresolved(
        RequestKind::Technical,
        customer,
        RoutingProblem::NoRoute,
        Vec::new(),
    );
    assert_eq!(channel_id_of(&unresolved), None);
}

#[test]
fn import_refuses_what_it_cannot_read() {
    fn check(json: &str, expected: ImportError) {
        assert_eq!(ticket_from_json(json), Err(expected.clone()), "{json}");
        assert!(!expected.to_string().is_empty());
    }
    let (ticket, _) = documentation_example();
    let ticket_json = serde_json::to_string(&ticket).unwrap_or_default();
    let document = |schema: &str, version: &str, ticket: &str| {
        format!(r#"{{"schema":{schema},"version":{version},"ticket":{ticket}}}"#)
    };
    check("[1, 2]", ImportError::NotAnObject);
    check(r#"{"version":1}"#, ImportError::MissingSchema);
    check(
        &document(r#""support-triage/plan""#, "1", &ticket_json),
        ImportError::WrongSchema { found: "support-triage/plan".into() },
    );
    check(&document("7", "1", &ticket_json), ImportError::WrongSchema { found: "7".into() });
    check(r#"{"schema":"support-triage/ticket"}"#, ImportError::MissingVersion);
    for bad_version in ["0", "-1", "1.5", "\"1\"", "null"] {
        check(
            &document(r#""support-triage/ticket""#, bad_version, &ticket_json),
            ImportError::InvalidVersion,
        );
    }
    check(
        &document(r#""support-triage/ticket""#, "3", &ticket_json),
        ImportError::NewerVersion { found: 3, newest_supported: 2 },
    );
    check(r#"{"schema":"support-triage/ticket","version":1}"#, ImportError::MissingTicket);
    let newer = ImportError::NewerVersion { found: 9, newest_supported: 2 }.to_string();
    assert!(newer.contains('9') && newer.contains("newer"), "{newer}");

    assert!(matches!(ticket_from_json(""), Err(ImportError::NotJson { .. })));
    assert!(matches!(ticket_from_json("{\"schema\":"), Err(ImportError::NotJson { .. })));
    assert!(matches!(ticket_from_json(&"[".repeat(100_000)), Err(ImportError::NotJson { .. })));
    let bad_tier = ticket_json.replace("\"tier\":1", "\"tier\":9");
    assert!(matches!(
        ticket_from_json(&document(r#""support-triage/ticket""#, "1", &bad_tier)),
        Err(ImportError::InvalidTicket { .. })
    ));
}

#[test]
fn import_ignores_derived_facts_and_unknown_members() {
    let (ticket, context) = documentation_example();
    let json = ticket_to_json(&ticket, &context).unwrap_or_default();
    let edited =
        json.replace("\"effective_level\": \"moderate\"", "\"effective_level\": \"minimal\"");
    assert_ne!(json, edited);
    assert_eq!(ticket_from_json(&edited), Ok(ticket.clone()));
    let with_extra = json.replacen('{', "{\"exported_by\": \"a future build\",", 1);
    assert_eq!(ticket_from_json(&with_extra), Ok(ticket));
}

#[test]
fn published_json_example_matches_the_code() {
    let published = include_str!("../../../docs/ticket-json.md").replace("\r\n", "\n");
    let (ticket, context) = documentation_example();
    let json = ticket_to_json(&ticket, &context).unwrap_or_default();
    let block = format!("```json\n{json}\n```");
    assert!(
        published.contains(&block),
        "docs/ticket-json.md is out of date; its example should be:\n{block}"
    );
    assert_eq!(ticket_from_json(&json), Ok(ticket));
}

#[test]
fn files_of_earlier_releases_still_import() {
    let (ticket, context) = documentation_example();
    let json = ticket_to_json(&ticket, &context).unwrap_or_default();
    let old = json
        .replace("\"customer_plan\": \"professional\"", "\"customer_plan\": \"small_tenant\"")
        .replace("\"tenant_size\": \"100_licences_or_more\"", "\"tenant_size\": null")
        .replace(
            "\"request_kind\": \"technical\"",
            "\"request_kind\": \"configuration_manager_or_endpoint_protection\"",
        );
    assert_ne!(old, json);
    let imported = ticket_from_json(&old);
    let imported = imported.as_ref().ok();
    assert_eq!(
        imported.and_then(|ticket| ticket.support_contract),
        Some(SupportContract::Professional)
    );
    assert_eq!(
        imported.and_then(|ticket| ticket.details.tenant_size),
        Some(TenantSize::FewerThan100)
    );
    assert_eq!(
        imported.and_then(|ticket| ticket.request_kind),
        Some(RequestKind::StandaloneConfigurationManager)
    );
}

/// Whether every member of `old` is in `new` with the same value, arrays and other values
/// compared whole.
fn keeps_every_member(old: &serde_json::Value, new: &serde_json::Value) -> bool {
    match (old, new) {
        (serde_json::Value::Object(old), serde_json::Value::Object(new)) => {
            old.iter().all(|(name, value)| {
                new.get(name).is_some_and(|new_value| keeps_every_member(value, new_value))
            })
        }
        _ => old == new,
    }
}

#[test]
fn version_1_files_still_import_and_version_2_keeps_what_they_held() {
    // The example docs/ticket-json.md published for version 1, as written then.
    let version_1 = include_str!("../../../tests/fixtures/ticket-json/version-1.json");
    let (ticket, context) = documentation_example();
    assert_eq!(ticket_from_json(version_1), Ok(ticket.clone()));

    // A version 1 reader finds every member it read, with the same value, in version 2.
    let old: serde_json::Value = serde_json::from_str(version_1).unwrap_or_default();
    let mut new = exported_value(&ticket, &context);
    assert_eq!(old.get("version"), Some(&1.into()));
    assert_eq!(new.get("version"), Some(&2.into()));
    if let Some(version) = new.get_mut("version") {
        *version = 1.into();
    }
    assert!(keeps_every_member(&old, &new), "version 2 lost or changed a member of version 1");
    let added: Vec<String> = member_paths(&new).difference(&member_paths(&old)).cloned().collect();
    assert!(added.iter().all(|path| path.starts_with("derived.")), "{added:?}");

    // Both versions import the same ticket, whatever else the file says.
    let json = ticket_to_json(&ticket, &context).unwrap_or_default();
    let as_version_1 = json.replacen("\"version\": 2", "\"version\": 1", 1);
    assert_ne!(json, as_version_1);
    assert_eq!(ticket_from_json(&json), Ok(ticket.clone()));
    assert_eq!(ticket_from_json(&as_version_1), Ok(ticket));
}

/// The text of the section of docs/ticket-json.md under `## {heading}`.
fn documentation_section<'doc>(published: &'doc str, heading: &str) -> &'doc str {
    let start = format!("\n## {heading}\n");
    let Some(found) = published.find(&start) else { return "" };
    let rest = published.get(found + start.len()..).unwrap_or("");
    rest.find("\n## ").and_then(|end| rest.get(..end)).unwrap_or(rest)
}

/// The members named in the first column of a section's tables.
fn table_members(section: &str) -> BTreeSet<String> {
    section
        .lines()
        .filter(|line| line.starts_with("| `"))
        .filter_map(|line| line.split('|').nth(1))
        .flat_map(|cell| cell.split('`').skip(1).step_by(2).map(str::to_owned))
        .collect()
}

#[test]
fn documentation_names_every_member_the_export_writes() {
    let published = include_str!("../../../docs/ticket-json.md").replace("\r\n", "\n");
    let (ticket, context) = rich_example();
    let value = exported_value(&ticket, &context);
    for path in member_paths(&value) {
        let segments: Vec<&str> = path.split('.').collect();
        let (heading, relative) = match segments.split_first() {
            Some((&"ticket", rest)) if !rest.is_empty() => ("`ticket`", rest),
            Some((&"derived", rest)) if !rest.is_empty() => ("`derived`", rest),
            _ => ("Top level", segments.as_slice()),
        };
        let section = documentation_section(&published, heading);
        assert!(!section.is_empty(), "docs/ticket-json.md has no section {heading}");
        let named = match relative {
            // A member of the object the section describes has a row of its own, or rows for
            // its members (`details.started`).
            [member] => table_members(section).iter().any(|named| {
                named == member
                    || named.strip_prefix(member).is_some_and(|rest| rest.starts_with('.'))
            }),
            // A deeper one is named by its path or, in its parent's row, by its name.
            [.., member] => {
                section.contains(&format!("`{}`", relative.join(".")))
                    || section.contains(&format!("`{member}`"))
            }
            [] => false,
        };
        assert!(named, "docs/ticket-json.md does not describe `{path}` (section {heading})");
    }
    // And it describes no member of derived that is not written.
    let derived: BTreeSet<String> = value
        .get("derived")
        .and_then(|derived| derived.as_object())
        .map_or_else(BTreeSet::new, |derived| derived.keys().cloned().collect());
    assert_eq!(table_members(documentation_section(&published, "`derived`")), derived);
    assert!(published.contains("docs/ticket.schema.json"));
}

fn published_schema() -> serde_json::Value {
    let text = include_str!("../../../docs/ticket.schema.json");
    let schema = serde_json::from_str(text);
    assert!(schema.is_ok(), "docs/ticket.schema.json is not JSON: {schema:?}");
    schema.unwrap_or_default()
}

/// Every member path the schema describes, following `$ref`s into `$defs` and the branches of
/// `anyOf`, `oneOf` and `allOf`; array items add no segment, as in [`member_paths`].
fn schema_paths(root: &serde_json::Value) -> BTreeSet<String> {
    fn walk(
        root: &serde_json::Value,
        node: &serde_json::Value,
        prefix: &str,
        paths: &mut BTreeSet<String>,
        depth: usize,
    ) {
        assert!(depth < 32, "the schema nests too deep at {prefix}");
        if let Some(reference) = node.get("$ref").and_then(|reference| reference.as_str()) {
            let target = reference.strip_prefix('#').and_then(|pointer| root.pointer(pointer));
            assert!(target.is_some(), "the schema refers to {reference}, which it lacks");
            if let Some(target) = target {
                walk(root, target, prefix, paths, depth + 1);
            }
        }
        for combinator in ["anyOf", "oneOf", "allOf"] {
            for branch in node.get(combinator).and_then(|b| b.as_array()).into_iter().flatten() {
                walk(root, branch, prefix, paths, depth + 1);
            }
        }
        if let Some(items) = node.get("items") {
            walk(root, items, prefix, paths, depth + 1);
        }
        for (name, member) in
            node.get("properties").and_then(|p| p.as_object()).into_iter().flatten()
        {
            let path = if prefix.is_empty() { name.clone() } else { format!("{prefix}.{name}") };
            walk(root, member, &path, paths, depth + 1);
            paths.insert(path);
        }
    }
    let mut paths = BTreeSet::new();
    walk(root, root, "", &mut paths, 0);
    paths
}

fn string_set(value: Option<&serde_json::Value>) -> BTreeSet<String> {
    value
        .and_then(|value| value.as_array())
        .into_iter()
        .flatten()
        .filter_map(|item| item.as_str().map(str::to_owned))
        .collect()
}

fn key_set(value: Option<&serde_json::Value>) -> BTreeSet<String> {
    value
        .and_then(|value| value.as_object())
        .map_or_else(BTreeSet::new, |object| object.keys().cloned().collect())
}

#[test]
fn published_schema_lists_exactly_the_members_the_export_writes() {
    let schema = published_schema();
    assert_eq!(schema.get("$schema"), Some(&"https://json-schema.org/draft/2020-12/schema".into()));
    assert_eq!(schema.pointer("/properties/schema/const"), Some(&TICKET_JSON_SCHEMA.into()));
    assert_eq!(schema.pointer("/properties/version/const"), Some(&TICKET_JSON_VERSION.into()));

    // The rich example writes every optional member; a bare draft is the other status.
    let (ticket, context) = rich_example();
    let rich = exported_value(&ticket, &context);
    let bare = exported_value(&Ticket::new_draft("d-1", at(8, 0)), &TicketExportContext::default());
    let written: BTreeSet<String> =
        member_paths(&rich).union(&member_paths(&bare)).cloned().collect();
    let described = schema_paths(&schema);
    let undescribed: Vec<&String> = written.difference(&described).collect();
    let never_written: Vec<&String> = described.difference(&written).collect();
    assert!(undescribed.is_empty(), "docs/ticket.schema.json lacks {undescribed:?}");
    assert!(never_written.is_empty(), "docs/ticket.schema.json lists {never_written:?}");

    // What every export writes is required; only the two optional members of a ticket are not.
    assert_eq!(string_set(schema.get("required")), key_set(Some(&bare)));
    assert_eq!(string_set(schema.pointer("/$defs/derived/required")), key_set(bare.get("derived")));
    assert_eq!(string_set(schema.pointer("/$defs/ticket/required")), key_set(bare.get("ticket")));
    let optional: BTreeSet<String> =
        key_set(rich.get("ticket")).difference(&key_set(bare.get("ticket"))).cloned().collect();
    assert_eq!(
        optional,
        ["filing_history", "helpdesk_handoff", "solved_by_article"].map(str::to_owned).into()
    );

    // The enumerations are the code's.
    let enumeration = |name: &str| string_set(schema.pointer(&format!("/$defs/{name}/enum")));
    let set = |ids: Vec<&str>| ids.into_iter().map(str::to_owned).collect::<BTreeSet<String>>();
    assert_eq!(enumeration("reason"), set(Reason::ALL.map(Reason::id).to_vec()));
    assert_eq!(enumeration("level"), set(Level::ALL.map(Level::id).to_vec()));
    assert_eq!(
        enumeration("request_kind"),
        set(RequestKind::ALL.map(RequestKind::as_str).to_vec())
    );
    assert_eq!(
        enumeration("support_contract"),
        set(SupportContract::ALL.map(SupportContract::as_str).to_vec())
    );
    assert_eq!(enumeration("tenant_size"), set(TenantSize::ALL.map(TenantSize::as_str).to_vec()));
}

#[test]
fn hostile_text_survives_a_json_round_trip() {
    for hostile in hostile_texts() {
        let (ticket, context) = ticket_with_text_everywhere(&hostile);
        let json = ticket_to_json(&ticket, &context).unwrap_or_default();
        assert_eq!(ticket_from_json(&json), Ok(ticket));
    }
}

#[test]
fn export_error_explains_itself() {
    let error = ExportError { message: "out of memory".into() };
    assert!(error.to_string().contains("out of memory"));
}
