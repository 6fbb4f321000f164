use super::*;
use crate::domain::markdown::is_direction_override;
use crate::domain::severity::{ImpactAnswers, SeverityOverride};
use crate::domain::ticket::{EscalationStep, SupportTier};
use chrono::{DateTime, TimeZone, Utc};

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
    let context = TicketExportContext {
        expected_first_response: Some("by 13:20 today (within 4 hours)".into()),
        channel: Some("Admin centre: mobile device management".into()),
        contact_first: None,
    };
    (ticket, context)
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
        contact_first: Some(owned),
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
        let context = TicketExportContext {
            expected_first_response: Some("9".into()),
            channel: Some("10".into()),
            contact_first: Some("12".into()),
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
    let json = ticket_to_json(&ticket, &context).unwrap_or_default();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    fn check(value: &serde_json::Value, pointer: &str, expected: serde_json::Value) {
        assert_eq!(value.pointer(pointer), Some(&expected), "{pointer}");
    }
    check(&value, "/schema", "support-triage/ticket".into());
    check(&value, "/version", 1.into());
    check(&value, "/ticket/id", "draft-7f3a".into());
    check(&value, "/ticket/severity_override/level", "critical".into());
    check(&value, "/derived/computed_level", "moderate".into());
    check(&value, "/derived/effective_level", "critical".into());
    check(&value, "/derived/reasons/0", "worse_than_before".into());
    check(&value, "/derived/contact_first", serde_json::Value::Null);
    assert!(json.starts_with("{\n  \"schema\": \"support-triage/ticket\",\n  \"version\": 1,"));
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
        &document(r#""support-triage/ticket""#, "2", &ticket_json),
        ImportError::NewerVersion { found: 2, newest_supported: 1 },
    );
    check(r#"{"schema":"support-triage/ticket","version":1}"#, ImportError::MissingTicket);
    let newer = ImportError::NewerVersion { found: 9, newest_supported: 1 }.to_string();
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
