use super::*;
use crate::domain::severity::{ImpactAnswers, SeverityOverride};
use crate::domain::ticket::{Contact, EscalationStep, SupportTier, TicketDetails};
use chrono::{DateTime, Utc};
use proptest::prelude::*;
use proptest::sample::select;

fn time() -> impl Strategy<Value = DateTime<Utc>> {
    // From 1970 to the end of year 9999, the range RFC 3339 can write.
    (0i64..253_402_300_800, 0u32..1_000_000_000)
        .prop_map(|(seconds, nanos)| DateTime::from_timestamp(seconds, nanos).unwrap_or_default())
}

fn impact() -> impl Strategy<Value = ImpactAnswers> {
    (
        proptest::option::of(select(Usability::ALL.to_vec())),
        proptest::option::of(select(Scope::ALL.to_vec())),
        proptest::option::of(select(BusinessImpact::ALL.to_vec())),
        proptest::option::of(select(Workaround::ALL.to_vec())),
    )
        .prop_map(|(usability, scope, business_impact, workaround)| ImpactAnswers {
            usability,
            scope,
            business_impact,
            workaround,
        })
}

fn details() -> impl Strategy<Value = TicketDetails> {
    let step = (1u8..=3, any::<String>(), any::<String>()).prop_map(|(tier, team, findings)| {
        EscalationStep { tier: SupportTier::new(tier).unwrap_or(SupportTier::ONE), team, findings }
    });
    let contact = (
        any::<String>(),
        any::<String>(),
        any::<String>(),
        proptest::option::of(select(vec![ContactMethod::Email, ContactMethod::Phone])),
    )
        .prop_map(|(name, email, phone, preferred_method)| Contact {
            name,
            email,
            phone,
            preferred_method,
        });
    (
        any::<String>(),
        any::<String>(),
        proptest::collection::vec(any::<String>(), 0..3),
        any::<String>(),
        any::<String>(),
        proptest::collection::vec(step, 0..3),
        contact,
        any::<String>(),
        proptest::option::of(select(TenantSize::ALL.to_vec())),
    )
        .prop_map(
            |(
                started,
                affected,
                platforms,
                error_messages,
                already_tried,
                escalation_trail,
                contact,
                support_language,
                tenant_size,
            )| {
                TicketDetails {
                    started,
                    affected,
                    platforms,
                    error_messages,
                    already_tried,
                    escalation_trail,
                    contact,
                    support_language,
                    tenant_size,
                }
            },
        )
}

fn ticket() -> impl Strategy<Value = Ticket> {
    let kinds = RequestKind::ALL.to_vec();
    let contracts = SupportContract::ALL.to_vec();
    let severity_override = proptest::option::of(
        (select(Level::ALL.to_vec()), any::<String>())
            // A leading letter keeps the reason from being blank, which would be refused.
            .prop_filter_map("reason must not be blank", |(level, reason)| {
                SeverityOverride::new(level, format!("r{reason}")).ok()
            }),
    );
    let status = prop_oneof![
        Just(TicketStatus::Draft),
        Just(TicketStatus::SelfSolved),
        (time(), any::<String>()).prop_map(|(filed_at, vendor_ticket_number)| {
            TicketStatus::Filed { filed_at, vendor_ticket_number }
        }),
    ];
    (
        (any::<String>(), any::<String>(), any::<String>()),
        proptest::option::of(select(kinds)),
        proptest::option::of(select(contracts)),
        impact(),
        severity_override,
        details(),
        proptest::collection::vec(any::<String>(), 0..3),
        status,
        proptest::option::of((time(), any::<u16>(), proptest::option::of(any::<String>()))),
        time(),
        time(),
    )
        .prop_map(
            |(
                (id, title, description),
                request_kind,
                support_contract,
                impact,
                severity_override,
                details,
                linked_draft_ids,
                status,
                handoff,
                created_at,
                updated_at,
            )| {
                // A self-solved ticket names the article that solved it, as an arbitrary id.
                let solved_by_article = matches!(status, TicketStatus::SelfSolved)
                    .then(|| format!("article-{}", title.len()));
                // A filed ticket may have had its number corrected once.
                let filing_history = match &status {
                    TicketStatus::Filed { filed_at, .. } if title.len() % 2 == 0 => {
                        vec![crate::domain::ticket::FilingChange {
                            filed_at: *filed_at,
                            vendor_ticket_number: format!("old-{}", title.len()),
                            changed_at: updated_at,
                            change: crate::domain::ticket::FilingChangeKind::NumberCorrected,
                        }]
                    }
                    _ => Vec::new(),
                };
                Ticket {
                    id,
                    title,
                    description,
                    request_kind,
                    support_contract,
                    impact,
                    severity_override,
                    details,
                    linked_draft_ids,
                    status,
                    solved_by_article,
                    helpdesk_handoff: handoff.map(|(sent_at, status_code, number)| {
                        crate::domain::ticket::HelpdeskHandoff {
                            sent_at,
                            status_code,
                            helpdesk: number
                                .is_some()
                                .then_some(crate::domain::ticket::HelpdeskKind::Zammad),
                            number,
                        }
                    }),
                    filing_history,
                    created_at,
                    updated_at,
                }
            },
        )
}

proptest! {
    #[test]
    fn json_export_then_import_gives_the_same_ticket(
        ticket in ticket(),
        expected in proptest::option::of(any::<String>()),
        channel in proptest::option::of(any::<String>()),
        language in proptest::option::of(any::<String>()),
    ) {
        let context = TicketExportContext {
            expected_first_response: expected,
            channel,
            ticket_language: language,
            ..TicketExportContext::default()
        };
        let json = ticket_to_json(&ticket, &context);
        prop_assert!(json.is_ok());
        let json = json.unwrap_or_default();
        prop_assert_eq!(ticket_from_json(&json), Ok(ticket.clone()));
        // The same file read as version 1 gives the same ticket.
        let as_version_1 = json.replacen("\"version\": 2", "\"version\": 1", 1);
        prop_assert_eq!(ticket_from_json(&as_version_1), Ok(ticket.clone()));

        // The derived facts from the ticket match it.
        let value: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
        let filed_at = match &ticket.status {
            TicketStatus::Filed { filed_at, .. } => serde_json::to_value(filed_at).ok(),
            TicketStatus::Draft | TicketStatus::SelfSolved => Some(serde_json::Value::Null),
        };
        prop_assert_eq!(value.pointer("/derived/filed_at").cloned(), filed_at);
        let source = if ticket.severity_override.is_some() { "chosen" } else { "computed" };
        prop_assert_eq!(value.pointer("/derived/level_source"), Some(&source.into()));
        prop_assert_eq!(value.pointer("/derived/request_kind"), value.pointer("/ticket/request_kind"));
        prop_assert_eq!(value.pointer("/derived/support_contract"), value.pointer("/ticket/customer_plan"));
    }

    #[test]
    fn renderers_never_panic_nor_emit_html(ticket in ticket()) {
        let labels = ExportLabels::english();
        let context = TicketExportContext::default();
        let markdown = ticket_to_markdown(&ticket, &context, &labels);
        prop_assert!(!markdown.contains(['<', '>']));
        prop_assert!(markdown.starts_with("# "));
        let text = ticket_to_plain_text(&ticket, &context, &labels);
        prop_assert!(text.starts_with("Severity: "));
    }
}
