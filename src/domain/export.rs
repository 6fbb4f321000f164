//! Exports of a ticket: Markdown, plain text ready to paste into a vendor form, and versioned
//! JSON that can be imported again.
//!
//! Every word the text renderers print comes from [`ExportLabels`]; user text is escaped so it
//! can never change the structure of the output: in Markdown it cannot open a heading, list,
//! quote, table, code block or link, and it can never produce HTML; in plain text it cannot start
//! a line that looks like one of our field labels. Invisible direction overrides (the "Trojan
//! Source" characters) and control characters are dropped from the text renderings; the JSON
//! export keeps the text exactly as typed.
//!
//! # JSON schema, version 2
//!
//! ```json
//! {
//!   "schema": "support-triage/ticket",
//!   "version": 2,
//!   "ticket": { ... the ticket, field names as in `ticket.rs` ... },
//!   "derived": {
//!     "computed_level": "critical" | "moderate" | "minimal",
//!     "effective_level": "critical" | "moderate" | "minimal",
//!     "reasons": ["service_unusable", ...],
//!     "expected_first_response": "..." | null,
//!     "channel": "..." | null,
//!     "contact_first": "..." | null,
//!     "level_source": "computed" | "chosen",
//!     "request_kind": "technical" | ... | null,
//!     "support_contract": "professional" | "premier" | null,
//!     "channel_id": "..." | null,
//!     "ticket_language": "en" | ... | null,
//!     "response_target_minutes": 240 | null,
//!     "response_clock": {"kind": "around_the_clock"}
//!         | {"kind": "business", "calendar": "...", "time_zone": "Europe/London"} | null,
//!     "response_starts_at": "2024-05-02T09:20:00Z" | null,
//!     "response_due_at": "2024-05-02T13:20:00Z" | null,
//!     "filed_at": "2024-05-02T09:20:00Z" | null
//!   }
//! }
//! ```
//!
//! `derived` is informative for other tools and ignored on import. Version 2 only added members
//! to `derived` (from `level_source` on); every member of version 1 is still written with the
//! same meaning, and [`ticket_from_json`] reads both versions. Readers accept unknown fields
//! inside a version; a change that removes or changes the meaning of a field raises the version.
//! `docs/ticket-json.md` describes every field and shows a complete example, and
//! `docs/ticket.schema.json` is its JSON Schema; tests keep both in step with [`ticket_to_json`].

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::markdown::{clean_line, escape_markdown_text, is_line_break};
use crate::domain::request::{RequestKind, SupportContract, TenantSize};
use crate::domain::response::{BusinessCalendar, Clock, Policy, Window};
use crate::domain::routing::RoutingDecision;
use crate::domain::severity::{
    BusinessImpact, Level, Reason, Scope, SeverityDecision, Usability, Workaround,
};
use crate::domain::ticket::{ContactMethod, Ticket, TicketStatus};

/// The value of the top-level `"schema"` member of an exported ticket.
pub const TICKET_JSON_SCHEMA: &str = "support-triage/ticket";

/// The newest JSON version this code writes and reads. Version 1 files are read too: version 2
/// only added members to `derived`, which an import ignores.
pub const TICKET_JSON_VERSION: u32 = 2;

/// Facts about the ticket that come from elsewhere (configuration, routing, response policy, the
/// page). The worded ones are printed in every export when given; the others are written to the
/// JSON export only, for other tools. The levels, the request kind, the contract and the filing
/// time come from the ticket itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TicketExportContext {
    /// For example "by 14:30 today (within 2 hours)".
    pub expected_first_response: Option<String>,
    /// Where to file it, for example the admin centre's "mobile device management" category.
    pub channel: Option<String>,
    /// Who to contact before the vendor, for example the tier 3 team.
    pub contact_first: Option<String>,
    /// The first-response window, when it is known and a commitment (see
    /// [`ResponseFacts::of_window`]).
    pub response: Option<ResponseFacts>,
    /// The configured id of the channel the request goes to ([`channel_id_of`]).
    pub channel_id: Option<String>,
    /// The language tag of the language the ticket text is written in, such as `en` or `zh-TW`.
    pub ticket_language: Option<String>,
}

/// The first-response window as other tools read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseFacts {
    /// The target, in minutes of running clock.
    pub target_minutes: u32,
    pub clock: ResponseClock,
    /// When the clock starts: the filing time, or the next opening of a business calendar.
    pub starts_at: DateTime<Utc>,
    /// When the first response is due.
    pub due_at: DateTime<Utc>,
}

/// How the clock of the response target runs, with what a reader needs to follow it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum ResponseClock {
    /// The clock runs all the time.
    AroundTheClock,
    /// The clock only runs while the named business calendar is open; its hours are local
    /// times in `time_zone` (an IANA name such as `Europe/London`).
    Business { calendar: String, time_zone: String },
}

impl ResponseFacts {
    /// The facts of a computed window under `policy`, whose business calendars are `calendars`.
    ///
    /// `None` while the policy's figures are only an example (the built-in Premier targets): the
    /// contract decides then, so no target or due time is claimed. Also `None` for a business
    /// clock whose calendar is not among `calendars`, which a computed window never has.
    pub fn of_window(
        window: &Window,
        policy: &Policy,
        calendars: &BTreeMap<String, BusinessCalendar>,
    ) -> Option<ResponseFacts> {
        if policy.example {
            return None;
        }
        let clock = match &window.clock {
            Clock::AroundTheClock => ResponseClock::AroundTheClock,
            Clock::Business { calendar } => ResponseClock::Business {
                calendar: calendar.clone(),
                time_zone: calendars.get(calendar)?.time_zone.clone(),
            },
        };
        Some(ResponseFacts {
            target_minutes: window.target_minutes,
            clock,
            starts_at: window.start,
            due_at: window.due,
        })
    }
}

/// The configured id of the channel a routing decision chose, if it found one.
pub fn channel_id_of(decision: &RoutingDecision) -> Option<String> {
    decision.channel_id().map(str::to_owned)
}

/// Every word the Markdown and plain-text exports print around the user's text.
///
/// [`ExportLabels::english`] gives the English set; other languages provide their own. Labels
/// are escaped like user text, so any characters are safe in them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportLabels {
    /// Between a field name and its value, for example `": "`.
    pub field_separator: &'static str,
    /// Between items of a list on one line, for example `", "`.
    pub list_separator: &'static str,
    /// Between reasons on one line, for example `"; "`.
    pub reason_separator: &'static str,
    /// Shown instead of an empty title.
    pub untitled: &'static str,
    /// Shown for a field the ticket does not fill yet.
    pub not_given: &'static str,

    pub severity: &'static str,
    pub severity_reasons: &'static str,
    pub override_reason: &'static str,
    pub computed_severity: &'static str,
    pub computed_severity_reasons: &'static str,
    pub expected_first_response: &'static str,
    pub title: &'static str,
    pub request_kind: &'static str,
    pub support_contract: &'static str,
    pub tenant_size: &'static str,
    pub impact: &'static str,
    pub started: &'static str,
    pub affected: &'static str,
    pub platforms: &'static str,
    pub error_messages: &'static str,
    pub already_tried: &'static str,
    pub description: &'static str,
    pub escalation: &'static str,
    pub tier: &'static str,
    pub team: &'static str,
    pub findings: &'static str,
    pub contact: &'static str,
    pub contact_name: &'static str,
    pub contact_email: &'static str,
    pub contact_phone: &'static str,
    pub preferred_contact_method: &'static str,
    pub support_language: &'static str,
    pub channel: &'static str,
    pub contact_first: &'static str,
    pub related_drafts: &'static str,
    pub status: &'static str,
    pub vendor_ticket_number: &'static str,
    pub filed_at: &'static str,
    pub ticket_id: &'static str,

    pub level_critical: &'static str,
    pub level_moderate: &'static str,
    pub level_minimal: &'static str,

    pub kind_technical: &'static str,
    pub kind_billing_licensing_account: &'static str,
    pub kind_intune_with_configuration_manager: &'static str,
    pub kind_standalone_configuration_manager: &'static str,
    pub kind_volume_licensing: &'static str,
    pub kind_feature_request: &'static str,

    pub contract_professional: &'static str,
    pub contract_premier: &'static str,

    pub tenant_fewer_than_100: &'static str,
    pub tenant_100_or_more: &'static str,

    /// Short names of the impact questions, used as field names.
    pub impact_usability: &'static str,
    pub impact_scope: &'static str,
    pub impact_business_impact: &'static str,
    pub impact_workaround: &'static str,

    pub answer_not_answered: &'static str,
    pub answer_dont_know: &'static str,
    pub usability_unusable: &'static str,
    pub usability_worse_than_before: &'static str,
    pub usability_minor_inconvenience: &'static str,
    pub scope_many_users_or_services: &'static str,
    pub scope_one_user_customer_or_service: &'static str,
    pub scope_nobody_yet: &'static str,
    pub business_impact_severe: &'static str,
    pub business_impact_moderate: &'static str,
    pub business_impact_minimal: &'static str,
    pub workaround_acceptable: &'static str,
    pub workaround_none: &'static str,

    pub reason_service_unusable: &'static str,
    pub reason_severe_business_impact: &'static str,
    pub reason_worse_than_before: &'static str,
    pub reason_usability_not_known: &'static str,
    pub reason_scope_not_known: &'static str,
    pub reason_moderate_business_impact: &'static str,
    pub reason_business_impact_not_known: &'static str,
    pub reason_minor_inconvenience: &'static str,
    pub reason_nobody_affected_yet: &'static str,
    pub reason_minimal_business_impact: &'static str,
    pub reason_many_affected: &'static str,
    pub reason_one_affected: &'static str,
    pub reason_no_workaround: &'static str,
    pub reason_acceptable_workaround: &'static str,
    pub reason_workaround_not_known: &'static str,
    pub reason_critical_needs_known_answers: &'static str,

    pub method_email: &'static str,
    pub method_phone: &'static str,

    pub status_draft: &'static str,
    pub status_self_solved: &'static str,
    pub status_filed: &'static str,
}

impl ExportLabels {
    /// The English labels. Answers and reasons reuse the English texts of the severity module.
    pub fn english() -> ExportLabels {
        ExportLabels {
            field_separator: ": ",
            list_separator: ", ",
            reason_separator: "; ",
            untitled: "Untitled ticket",
            not_given: "not given",

            severity: "Severity",
            severity_reasons: "Why this severity",
            override_reason: "Why this severity was chosen by hand",
            computed_severity: "Severity computed from the answers",
            computed_severity_reasons: "Why it was computed so",
            expected_first_response: "Expected first response",
            title: "Title",
            request_kind: "Request type",
            support_contract: "Support contract",
            tenant_size: "Tenant size",
            impact: "Impact",
            started: "Started",
            affected: "Users or devices affected",
            platforms: "Platforms",
            error_messages: "Error messages",
            already_tried: "Already tried",
            description: "Description",
            escalation: "Escalation so far",
            tier: "Tier",
            team: "Team",
            findings: "Findings",
            contact: "Contact",
            contact_name: "Name",
            contact_email: "Email",
            contact_phone: "Phone",
            preferred_contact_method: "Preferred contact",
            support_language: "Support language",
            channel: "Where to file it",
            contact_first: "Contact first",
            related_drafts: "Related tickets",
            status: "Status",
            vendor_ticket_number: "Vendor ticket number",
            filed_at: "Filed at",
            ticket_id: "Draft ID",

            level_critical: Level::Critical.english(),
            level_moderate: Level::Moderate.english(),
            level_minimal: Level::Minimal.english(),

            kind_technical: "Technical problem",
            kind_billing_licensing_account: "Billing, licensing or account",
            kind_intune_with_configuration_manager: "Configuration Manager with the service",
            kind_standalone_configuration_manager:
                "Configuration Manager or Endpoint Protection on its own",
            kind_volume_licensing: "Volume licensing",
            kind_feature_request: "Feature request",

            contract_professional: "Professional",
            contract_premier: "Premier",

            tenant_fewer_than_100: "fewer than 100 licences",
            tenant_100_or_more: "100 licences or more",

            impact_usability: "Service usable",
            impact_scope: "Who is affected",
            impact_business_impact: "Business impact",
            impact_workaround: "Workaround",

            answer_not_answered: "not answered",
            answer_dont_know: Usability::DontKnow.english(),
            usability_unusable: Usability::Unusable.english(),
            usability_worse_than_before: Usability::WorseThanBefore.english(),
            usability_minor_inconvenience: Usability::MinorInconvenience.english(),
            scope_many_users_or_services: Scope::ManyUsersOrServices.english(),
            scope_one_user_customer_or_service: Scope::OneUserCustomerOrService.english(),
            scope_nobody_yet: Scope::NobodyYet.english(),
            business_impact_severe: BusinessImpact::SevereOrDeadlineAtRisk.english(),
            business_impact_moderate: BusinessImpact::ModerateCanWaitForBusinessHours.english(),
            business_impact_minimal: BusinessImpact::Minimal.english(),
            workaround_acceptable: Workaround::AcceptableWorkaround.english(),
            workaround_none: Workaround::NoWorkaround.english(),

            reason_service_unusable: Reason::ServiceUnusable.english(),
            reason_severe_business_impact: Reason::SevereBusinessImpact.english(),
            reason_worse_than_before: Reason::WorseThanBefore.english(),
            reason_usability_not_known: Reason::UsabilityNotKnown.english(),
            reason_scope_not_known: Reason::ScopeNotKnown.english(),
            reason_moderate_business_impact: Reason::ModerateBusinessImpact.english(),
            reason_business_impact_not_known: Reason::BusinessImpactNotKnown.english(),
            reason_minor_inconvenience: Reason::MinorInconvenience.english(),
            reason_nobody_affected_yet: Reason::NobodyAffectedYet.english(),
            reason_minimal_business_impact: Reason::MinimalBusinessImpact.english(),
            reason_many_affected: Reason::ManyAffected.english(),
            reason_one_affected: Reason::OneAffected.english(),
            reason_no_workaround: Reason::NoWorkaround.english(),
            reason_acceptable_workaround: Reason::AcceptableWorkaround.english(),
            reason_workaround_not_known: Reason::WorkaroundNotKnown.english(),
            reason_critical_needs_known_answers: Reason::CriticalNeedsKnownAnswers.english(),

            method_email: "email",
            method_phone: "phone",

            status_draft: "draft, not filed yet",
            status_self_solved: "solved without a ticket",
            status_filed: "filed with the vendor",
        }
    }

    fn level_name(&self, level: Level) -> &'static str {
        match level {
            Level::Critical => self.level_critical,
            Level::Moderate => self.level_moderate,
            Level::Minimal => self.level_minimal,
        }
    }

    fn request_kind_name(&self, kind: Option<RequestKind>) -> &'static str {
        match kind {
            None => self.not_given,
            Some(RequestKind::Technical) => self.kind_technical,
            Some(RequestKind::BillingLicensingAccount) => self.kind_billing_licensing_account,
            Some(RequestKind::IntuneWithConfigurationManager) => {
                self.kind_intune_with_configuration_manager
            }
            Some(RequestKind::StandaloneConfigurationManager) => {
                self.kind_standalone_configuration_manager
            }
            Some(RequestKind::VolumeLicensing) => self.kind_volume_licensing,
            Some(RequestKind::FeatureRequest) => self.kind_feature_request,
        }
    }

    fn support_contract_name(&self, contract: Option<SupportContract>) -> &'static str {
        match contract {
            None => self.not_given,
            Some(SupportContract::Professional) => self.contract_professional,
            Some(SupportContract::Premier) => self.contract_premier,
        }
    }

    fn tenant_size_name(&self, size: Option<TenantSize>) -> &'static str {
        match size {
            None => self.not_given,
            Some(TenantSize::FewerThan100) => self.tenant_fewer_than_100,
            Some(TenantSize::HundredOrMore) => self.tenant_100_or_more,
        }
    }

    fn usability_answer(&self, answer: Option<Usability>) -> &'static str {
        match answer {
            None => self.answer_not_answered,
            Some(Usability::DontKnow) => self.answer_dont_know,
            Some(Usability::Unusable) => self.usability_unusable,
            Some(Usability::WorseThanBefore) => self.usability_worse_than_before,
            Some(Usability::MinorInconvenience) => self.usability_minor_inconvenience,
        }
    }

    fn scope_answer(&self, answer: Option<Scope>) -> &'static str {
        match answer {
            None => self.answer_not_answered,
            Some(Scope::DontKnow) => self.answer_dont_know,
            Some(Scope::ManyUsersOrServices) => self.scope_many_users_or_services,
            Some(Scope::OneUserCustomerOrService) => self.scope_one_user_customer_or_service,
            Some(Scope::NobodyYet) => self.scope_nobody_yet,
        }
    }

    fn business_impact_answer(&self, answer: Option<BusinessImpact>) -> &'static str {
        match answer {
            None => self.answer_not_answered,
            Some(BusinessImpact::DontKnow) => self.answer_dont_know,
            Some(BusinessImpact::SevereOrDeadlineAtRisk) => self.business_impact_severe,
            Some(BusinessImpact::ModerateCanWaitForBusinessHours) => self.business_impact_moderate,
            Some(BusinessImpact::Minimal) => self.business_impact_minimal,
        }
    }

    fn workaround_answer(&self, answer: Option<Workaround>) -> &'static str {
        match answer {
            None => self.answer_not_answered,
            Some(Workaround::DontKnow) => self.answer_dont_know,
            Some(Workaround::AcceptableWorkaround) => self.workaround_acceptable,
            Some(Workaround::NoWorkaround) => self.workaround_none,
        }
    }

    fn reason_text(&self, reason: Reason) -> &'static str {
        match reason {
            Reason::ServiceUnusable => self.reason_service_unusable,
            Reason::SevereBusinessImpact => self.reason_severe_business_impact,
            Reason::WorseThanBefore => self.reason_worse_than_before,
            Reason::UsabilityNotKnown => self.reason_usability_not_known,
            Reason::ScopeNotKnown => self.reason_scope_not_known,
            Reason::ModerateBusinessImpact => self.reason_moderate_business_impact,
            Reason::BusinessImpactNotKnown => self.reason_business_impact_not_known,
            Reason::MinorInconvenience => self.reason_minor_inconvenience,
            Reason::NobodyAffectedYet => self.reason_nobody_affected_yet,
            Reason::MinimalBusinessImpact => self.reason_minimal_business_impact,
            Reason::ManyAffected => self.reason_many_affected,
            Reason::OneAffected => self.reason_one_affected,
            Reason::NoWorkaround => self.reason_no_workaround,
            Reason::AcceptableWorkaround => self.reason_acceptable_workaround,
            Reason::WorkaroundNotKnown => self.reason_workaround_not_known,
            Reason::CriticalNeedsKnownAnswers => self.reason_critical_needs_known_answers,
        }
    }

    fn contact_method_name(&self, method: ContactMethod) -> &'static str {
        match method {
            ContactMethod::Email => self.method_email,
            ContactMethod::Phone => self.method_phone,
        }
    }

    fn level_with_letter(&self, level: Level) -> String {
        format!("{} ({})", self.level_name(level), level.letter())
    }

    fn reasons_text(&self, reasons: &[Reason]) -> String {
        let texts: Vec<&str> = reasons.iter().map(|reason| self.reason_text(*reason)).collect();
        texts.join(self.reason_separator)
    }
}

/// A field name and its value as raw text; each renderer escapes it its own way.
type Field = (&'static str, String);

/// The ticket's facts grouped as both renderers need them, so Markdown and plain text always say
/// the same things.
struct Summary {
    title: String,
    /// The effective level, and with an override the reason, the computed level and its reasons;
    /// then the expected first response when known.
    severity: Vec<Field>,
    request_kind: Field,
    impact: Vec<(&'static str, &'static str)>,
    /// When it started and who is affected.
    circumstances: Vec<Field>,
    /// Error messages and what was tried: multi-line text.
    evidence: Vec<Field>,
    /// Tier number, team and findings.
    escalation: Vec<(u8, String, String)>,
    /// Only the contact details that are filled in.
    contact: Vec<Field>,
    description: Field,
    /// Plan, platforms, channel, who to contact first, status and the draft's identifier.
    background: Vec<Field>,
    related_drafts: Vec<String>,
}

fn summarise(ticket: &Ticket, context: &TicketExportContext, labels: &ExportLabels) -> Summary {
    let decision: SeverityDecision = ticket.severity();
    let mut severity =
        vec![(labels.severity, labels.level_with_letter(decision.effective_level()))];
    match &decision.override_ {
        Some(chosen) => {
            severity.push((labels.override_reason, chosen.reason().to_string()));
            severity.push((
                labels.computed_severity,
                labels.level_with_letter(decision.computed_level()),
            ));
            severity.push((
                labels.computed_severity_reasons,
                labels.reasons_text(&decision.computed.reasons),
            ));
        }
        None => severity
            .push((labels.severity_reasons, labels.reasons_text(&decision.computed.reasons))),
    }
    if let Some(expected) = &context.expected_first_response {
        severity.push((labels.expected_first_response, expected.clone()));
    }

    let details = &ticket.details;
    let impact = vec![
        (labels.impact_usability, labels.usability_answer(ticket.impact.usability)),
        (labels.impact_scope, labels.scope_answer(ticket.impact.scope)),
        (
            labels.impact_business_impact,
            labels.business_impact_answer(ticket.impact.business_impact),
        ),
        (labels.impact_workaround, labels.workaround_answer(ticket.impact.workaround)),
    ];

    let mut contact = Vec::new();
    for (label, value) in [
        (labels.contact_name, &details.contact.name),
        (labels.contact_email, &details.contact.email),
        (labels.contact_phone, &details.contact.phone),
    ] {
        if !is_blank_after_cleaning(value) {
            contact.push((label, value.clone()));
        }
    }
    if let Some(method) = details.contact.preferred_method {
        contact.push((labels.preferred_contact_method, labels.contact_method_name(method).into()));
    }
    if !is_blank_after_cleaning(&details.support_language) {
        contact.push((labels.support_language, details.support_language.clone()));
    }

    let mut background = vec![
        (
            labels.support_contract,
            labels.support_contract_name(ticket.support_contract).to_string(),
        ),
        (labels.tenant_size, labels.tenant_size_name(details.tenant_size).to_string()),
    ];
    let platforms: Vec<&str> = details
        .platforms
        .iter()
        .map(String::as_str)
        .filter(|platform| !is_blank_after_cleaning(platform))
        .collect();
    if !platforms.is_empty() {
        background.push((labels.platforms, platforms.join(labels.list_separator)));
    }
    if let Some(channel) = &context.channel {
        background.push((labels.channel, channel.clone()));
    }
    if let Some(contact_first) = &context.contact_first {
        background.push((labels.contact_first, contact_first.clone()));
    }
    match &ticket.status {
        TicketStatus::Draft => background.push((labels.status, labels.status_draft.into())),
        TicketStatus::SelfSolved => {
            background.push((labels.status, labels.status_self_solved.into()))
        }
        TicketStatus::Filed { filed_at, vendor_ticket_number } => {
            background.push((labels.status, labels.status_filed.into()));
            background.push((labels.vendor_ticket_number, vendor_ticket_number.clone()));
            background.push((labels.filed_at, filed_at.to_rfc3339_opts(SecondsFormat::Secs, true)));
        }
    }
    background.push((labels.ticket_id, ticket.id.clone()));

    Summary {
        title: ticket.title.clone(),
        severity,
        request_kind: (
            labels.request_kind,
            labels.request_kind_name(ticket.request_kind).to_string(),
        ),
        impact,
        circumstances: vec![
            (labels.started, details.started.clone()),
            (labels.affected, details.affected.clone()),
        ],
        evidence: vec![
            (labels.error_messages, details.error_messages.clone()),
            (labels.already_tried, details.already_tried.clone()),
        ],
        escalation: details
            .escalation_trail
            .iter()
            .map(|step| (step.tier.number(), step.team.clone(), step.findings.clone()))
            .collect(),
        contact,
        description: (labels.description, ticket.description.clone()),
        background,
        related_drafts: ticket
            .linked_draft_ids
            .iter()
            .filter(|id| !is_blank_after_cleaning(id))
            .cloned()
            .collect(),
    }
}

/// Renders the ticket as Markdown: a heading with the title; the key facts as a list; then
/// sections for the impact, the description, error messages, what was tried, the escalation so
/// far (a table), the contact and related tickets. Optional parts that are empty are left out;
/// empty key facts say "not given".
pub fn ticket_to_markdown(
    ticket: &Ticket,
    context: &TicketExportContext,
    labels: &ExportLabels,
) -> String {
    let summary = summarise(ticket, context, labels);
    let not_given = escape_markdown_text(labels.not_given);
    // The separator stays outside the bold label: bold that ends in punctuation right before a
    // letter, as with "：" in Chinese and Japanese, does not close in CommonMark.
    let separator = format!(
        "{}{}",
        escape_markdown_text(labels.field_separator),
        if labels.field_separator.ends_with(char::is_whitespace) { " " } else { "" }
    );
    let list_item = |out: &mut String, label: &str, value: &str| {
        let value = escape_markdown_text(value);
        let value = if value.is_empty() { &not_given } else { &value };
        out.push_str(&format!("- **{}**{separator}{value}\n", escape_markdown_text(label)));
    };
    let section = |out: &mut String, heading: &str| {
        out.push_str(&format!("\n## {}\n\n", escape_markdown_text(heading)));
    };
    let block_section = |out: &mut String, (label, value): &Field| {
        section(out, label);
        let block = markdown_block(value);
        out.push_str(if block.is_empty() { &not_given } else { &block });
        out.push('\n');
    };

    let mut out = String::new();
    let title = escape_markdown_text(&summary.title);
    let title = if title.is_empty() { escape_markdown_text(labels.untitled) } else { title };
    out.push_str(&format!("# {title}\n\n"));

    for (label, value) in summary
        .severity
        .iter()
        .chain(std::iter::once(&summary.request_kind))
        .chain(summary.circumstances.iter())
        .chain(summary.background.iter())
    {
        list_item(&mut out, label, value);
    }

    section(&mut out, labels.impact);
    for (label, value) in &summary.impact {
        list_item(&mut out, label, value);
    }

    block_section(&mut out, &summary.description);
    for field in &summary.evidence {
        block_section(&mut out, field);
    }

    if !summary.escalation.is_empty() {
        section(&mut out, labels.escalation);
        out.push_str(&format!(
            "| {} | {} | {} |\n|---|---|---|\n",
            escape_markdown_text(labels.tier),
            escape_markdown_text(labels.team),
            escape_markdown_text(labels.findings)
        ));
        for (tier, team, findings) in &summary.escalation {
            out.push_str(&format!(
                "| {tier} | {} | {} |\n",
                escape_markdown_text(team),
                escape_markdown_text(findings)
            ));
        }
    }

    section(&mut out, labels.contact);
    if summary.contact.is_empty() {
        out.push_str(&not_given);
        out.push('\n');
    }
    for (label, value) in &summary.contact {
        list_item(&mut out, label, value);
    }

    if !summary.related_drafts.is_empty() {
        section(&mut out, labels.related_drafts);
        for id in &summary.related_drafts {
            out.push_str(&format!("- {}\n", escape_markdown_text(id)));
        }
    }
    out
}

/// Renders the ticket as plain text to paste into a vendor's form: one `label: value` line per
/// fact, in the order a support engineer reads them (severity, title, request type, impact, when
/// it started, who is affected, errors, what was tried, escalation, contact, description, then
/// the rest). Multi-line text is indented by two spaces under its label, so it can never pass
/// for a label line.
pub fn ticket_to_plain_text(
    ticket: &Ticket,
    context: &TicketExportContext,
    labels: &ExportLabels,
) -> String {
    let summary = summarise(ticket, context, labels);
    let separator = labels.field_separator;
    let line = |out: &mut String, label: &str, value: &str| {
        let value = clean_line(value);
        let value = if value.is_empty() { clean_line(labels.not_given) } else { value };
        out.push_str(&format!("{}{separator}{value}\n", clean_line(label)));
    };
    let heading = |out: &mut String, label: &str| {
        out.push_str(&format!("{}{}\n", clean_line(label), separator.trim_end()));
    };
    let block = |out: &mut String, (label, value): &Field| {
        let text = plain_block(value);
        if text.is_empty() {
            line(out, label, "");
        } else {
            heading(out, label);
            out.push_str(&text);
        }
    };

    let mut out = String::new();
    for (label, value) in &summary.severity {
        line(&mut out, label, value);
    }
    let title = clean_line(&summary.title);
    line(&mut out, labels.title, if title.is_empty() { labels.untitled } else { &title });
    line(&mut out, summary.request_kind.0, &summary.request_kind.1);
    heading(&mut out, labels.impact);
    for (label, value) in &summary.impact {
        out.push_str("  ");
        line(&mut out, label, value);
    }
    for (label, value) in &summary.circumstances {
        line(&mut out, label, value);
    }
    for field in &summary.evidence {
        block(&mut out, field);
    }

    if !summary.escalation.is_empty() {
        heading(&mut out, labels.escalation);
        for (tier, team, findings) in &summary.escalation {
            let team = clean_line(team);
            let findings = clean_line(findings);
            out.push_str(&format!("  {} {tier}", clean_line(labels.tier)));
            if !team.is_empty() {
                out.push_str(&format!("{}{team}", labels.list_separator));
            }
            if !findings.is_empty() {
                out.push_str(&format!("{separator}{findings}"));
            }
            out.push('\n');
        }
    }

    if summary.contact.is_empty() {
        line(&mut out, labels.contact, "");
    } else {
        heading(&mut out, labels.contact);
        for (label, value) in &summary.contact {
            out.push_str("  ");
            line(&mut out, label, value);
        }
    }
    block(&mut out, &summary.description);
    for (label, value) in &summary.background {
        line(&mut out, label, value);
    }
    if !summary.related_drafts.is_empty() {
        let ids: Vec<String> = summary.related_drafts.iter().map(|id| clean_line(id)).collect();
        line(&mut out, labels.related_drafts, &ids.join(labels.list_separator));
    }
    out
}

fn is_blank_after_cleaning(text: &str) -> bool {
    clean_line(text).is_empty()
}

/// The lines of a text, splitting at every kind of line break (`\r\n` counts once).
fn split_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut previous_was_carriage_return = false;
    for (index, character) in text.char_indices() {
        if is_line_break(character) {
            let is_second_half_of_crlf = character == '\n' && previous_was_carriage_return;
            if !is_second_half_of_crlf {
                lines.push(text.get(start..index).unwrap_or(""));
            }
            start = index + character.len_utf8();
        }
        previous_was_carriage_return = character == '\r';
    }
    lines.push(text.get(start..).unwrap_or(""));
    lines
}

/// A multi-line text for plain text: each line cleaned and indented by two spaces, runs of blank
/// lines reduced to one, and blank lines at either end dropped. Empty when nothing is left.
fn plain_block(text: &str) -> String {
    let lines: Vec<String> = split_lines(text).into_iter().map(clean_line).collect();
    let mut out = String::new();
    let mut pending_blank = false;
    for line in lines {
        if line.is_empty() {
            pending_blank = !out.is_empty();
            continue;
        }
        if pending_blank {
            out.push('\n');
            pending_blank = false;
        }
        out.push_str("  ");
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// A multi-line text for Markdown: lines of a paragraph joined with hard line breaks, blank lines
/// separating paragraphs. Empty when nothing is left.
fn markdown_block(text: &str) -> String {
    let mut paragraphs: Vec<Vec<String>> = vec![Vec::new()];
    for line in split_lines(text) {
        let escaped = escape_markdown_text(line);
        if escaped.is_empty() {
            if paragraphs.last().is_some_and(|paragraph| !paragraph.is_empty()) {
                paragraphs.push(Vec::new());
            }
        } else if let Some(paragraph) = paragraphs.last_mut() {
            paragraph.push(escaped);
        }
    }
    let rendered: Vec<String> = paragraphs
        .into_iter()
        .filter(|paragraph| !paragraph.is_empty())
        // A backslash at the end of a line is a hard line break in CommonMark.
        .map(|paragraph| paragraph.join("\\\n"))
        .collect();
    rendered.join("\n\n")
}

/// Why an export could not be produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportError {
    pub message: String,
}

impl fmt::Display for ExportError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "the ticket could not be exported: {}", self.message)
    }
}

impl std::error::Error for ExportError {}

#[derive(Serialize)]
struct TicketDocument<'ticket> {
    schema: &'static str,
    version: u32,
    ticket: &'ticket Ticket,
    derived: DerivedFacts<'ticket>,
}

/// Whether the level a ticket is filed with was computed from the answers or chosen by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
enum LevelSource {
    Computed,
    Chosen,
}

/// The members of `derived`: those of version 1 first, then those version 2 added.
#[derive(Serialize)]
struct DerivedFacts<'ticket> {
    computed_level: Level,
    effective_level: Level,
    reasons: Vec<&'static str>,
    expected_first_response: &'ticket Option<String>,
    channel: &'ticket Option<String>,
    contact_first: &'ticket Option<String>,
    level_source: LevelSource,
    request_kind: Option<RequestKind>,
    support_contract: Option<SupportContract>,
    channel_id: &'ticket Option<String>,
    ticket_language: &'ticket Option<String>,
    response_target_minutes: Option<u32>,
    response_clock: Option<&'ticket ResponseClock>,
    /// Instants serialise as the ticket's own do: RFC 3339 in UTC, `2024-05-02T09:20:00Z`.
    response_starts_at: Option<DateTime<Utc>>,
    response_due_at: Option<DateTime<Utc>>,
    filed_at: Option<DateTime<Utc>>,
}

/// Renders the ticket as versioned JSON (two-space indentation, members in a fixed order).
/// See the module documentation and `docs/ticket-json.md` for the schema.
pub fn ticket_to_json(
    ticket: &Ticket,
    context: &TicketExportContext,
) -> Result<String, ExportError> {
    let decision = ticket.severity();
    let response = context.response.as_ref();
    let filed_at = match &ticket.status {
        TicketStatus::Filed { filed_at, .. } => Some(*filed_at),
        TicketStatus::Draft | TicketStatus::SelfSolved => None,
    };
    let document = TicketDocument {
        schema: TICKET_JSON_SCHEMA,
        version: TICKET_JSON_VERSION,
        ticket,
        derived: DerivedFacts {
            computed_level: decision.computed_level(),
            effective_level: decision.effective_level(),
            reasons: decision.computed.reasons.iter().map(|reason| reason.id()).collect(),
            expected_first_response: &context.expected_first_response,
            channel: &context.channel,
            contact_first: &context.contact_first,
            level_source: if decision.chosen_level().is_some() {
                LevelSource::Chosen
            } else {
                LevelSource::Computed
            },
            request_kind: ticket.request_kind,
            support_contract: ticket.support_contract,
            channel_id: &context.channel_id,
            ticket_language: &context.ticket_language,
            response_target_minutes: response.map(|response| response.target_minutes),
            response_clock: response.map(|response| &response.clock),
            response_starts_at: response.map(|response| response.starts_at),
            response_due_at: response.map(|response| response.due_at),
            filed_at,
        },
    };
    serde_json::to_string_pretty(&document)
        .map_err(|error| ExportError { message: error.to_string() })
}

/// Why a JSON file could not be imported as a ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The text is not JSON at all.
    NotJson { message: String },
    /// The JSON is not an object.
    NotAnObject,
    /// There is no `"schema"` member, so this is not an exported ticket.
    MissingSchema,
    /// The `"schema"` member names another kind of file.
    WrongSchema { found: String },
    /// There is no `"version"` member.
    MissingVersion,
    /// The `"version"` member is not a whole number of at least 1.
    InvalidVersion,
    /// The file was written by a newer version of the app.
    NewerVersion { found: u64, newest_supported: u32 },
    /// There is no `"ticket"` member.
    MissingTicket,
    /// The `"ticket"` member is not a valid ticket.
    InvalidTicket { message: String },
}

impl fmt::Display for ImportError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::NotJson { message } => {
                write!(formatter, "the file is not valid JSON ({message})")
            }
            ImportError::NotAnObject => {
                formatter.write_str("the file is JSON, but not an exported ticket")
            }
            ImportError::MissingSchema => formatter
                .write_str("the file does not say what it contains; it is not an exported ticket"),
            ImportError::WrongSchema { found } => write!(
                formatter,
                "the file holds {found:?}, not an exported ticket ({TICKET_JSON_SCHEMA:?})"
            ),
            ImportError::MissingVersion => {
                formatter.write_str("the file does not say which format version it uses")
            }
            ImportError::InvalidVersion => {
                formatter.write_str("the file's format version is not a whole number from 1 up")
            }
            ImportError::NewerVersion { found, newest_supported } => write!(
                formatter,
                "the file uses format version {found}, written by a newer version of the app; \
                 this one reads up to version {newest_supported}. Update the app to import it"
            ),
            ImportError::MissingTicket => formatter.write_str("the file holds no ticket"),
            ImportError::InvalidTicket { message } => {
                write!(formatter, "the ticket in the file is not valid: {message}")
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// Reads a ticket exported by [`ticket_to_json`] in any version up to [`TICKET_JSON_VERSION`],
/// checking the schema and version first. The `ticket` member reads the same in every version;
/// `derived` is ignored: the levels are computed again from the answers.
pub fn ticket_from_json(json: &str) -> Result<Ticket, ImportError> {
    let document: serde_json::Value = serde_json::from_str(json)
        .map_err(|error| ImportError::NotJson { message: error.to_string() })?;
    let object = document.as_object().ok_or(ImportError::NotAnObject)?;

    let schema = object.get("schema").ok_or(ImportError::MissingSchema)?;
    if schema.as_str() != Some(TICKET_JSON_SCHEMA) {
        let found = schema.as_str().map_or_else(|| schema.to_string(), str::to_string);
        return Err(ImportError::WrongSchema { found });
    }

    let version = object.get("version").ok_or(ImportError::MissingVersion)?;
    let version =
        version.as_u64().filter(|version| *version >= 1).ok_or(ImportError::InvalidVersion)?;
    if version > u64::from(TICKET_JSON_VERSION) {
        return Err(ImportError::NewerVersion {
            found: version,
            newest_supported: TICKET_JSON_VERSION,
        });
    }

    let ticket = object.get("ticket").ok_or(ImportError::MissingTicket)?;
    Ticket::deserialize(ticket)
        .map_err(|error| ImportError::InvalidTicket { message: error.to_string() })
}

#[cfg(test)]
mod tests;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties;
