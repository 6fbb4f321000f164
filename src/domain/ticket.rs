//! The ticket: one problem, everything the vendor needs to start on it, and where it stands.
//!
//! A ticket holds exactly one problem; when a description turns out to hold several, the split
//! module makes one linked draft per problem. Times are passed in by the caller and never read
//! from a clock here, so the domain stays deterministic and testable.
//!
//! # Stored and exported field names
//!
//! Every struct and enum serialises with `snake_case` names: the field names below, enum values
//! such as `"billing_licensing_account"`, and times as RFC 3339 strings in UTC (for example
//! `"2024-05-02T09:30:00Z"`). Fields missing in stored data take their empty default, so drafts
//! saved before a field existed still load; unknown fields are ignored. These names are a
//! contract with stored drafts and the JSON export (`docs/ticket-json.md`): renaming one is a
//! breaking change.
//!
//! Values of earlier releases still read: the request kind
//! `configuration_manager_or_endpoint_protection` is the standalone Configuration Manager kind,
//! and the support contract `small_tenant` is read as `professional` with a tenant of fewer than 100
//! licences (`details.tenant_size`).

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::request::{
    Customer, RequestKind, StoredSupportContract, SupportContract, TenantSize,
};
use crate::domain::rfc3339;
use crate::domain::severity::{ImpactAnswers, ImpactQuestion, SeverityDecision, SeverityOverride};

/// One support ticket, holding exactly one problem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "StoredTicket")]
pub struct Ticket {
    /// The draft's own identifier, chosen by the caller; unique among the stored drafts.
    pub id: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// What the request is about; `None` until the admin has said.
    #[serde(default)]
    pub request_kind: Option<RequestKind>,
    /// The organisation's support contract; `None` until known. The tenant's size is the other
    /// half of the answer: [`TicketDetails::tenant_size`]. Stored and exported as
    /// `customer_plan`, its name in every release so far.
    #[serde(default, rename = "customer_plan")]
    pub support_contract: Option<SupportContract>,
    /// The impact checklist; its classification is derived, never stored.
    #[serde(default)]
    pub impact: ImpactAnswers,
    /// A level chosen by hand with its reason, if the admin chose one.
    #[serde(default)]
    pub severity_override: Option<SeverityOverride>,
    #[serde(default)]
    pub details: TicketDetails,
    /// Identifiers of the drafts split from the same original description.
    #[serde(default)]
    pub linked_draft_ids: Vec<String>,
    #[serde(default)]
    pub status: TicketStatus,
    /// The self-help article that solved the problem, by its knowledge-base id, when the admin
    /// said which one did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub solved_by_article: Option<String>,
    /// When the ticket was handed to the organisation's own helpdesk, if it was. Only set after
    /// the helpdesk accepted it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub helpdesk_handoff: Option<HelpdeskHandoff>,
    /// Filings that were corrected or withdrawn, oldest first: a number once given to the
    /// vendor stays on record.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub filing_history: Vec<FilingChange>,
    #[serde(deserialize_with = "rfc3339::deserialize")]
    pub created_at: DateTime<Utc>,
    #[serde(deserialize_with = "rfc3339::deserialize")]
    pub updated_at: DateTime<Utc>,
}

/// A ticket as any release stored it. It differs from [`Ticket`] only where an earlier release
/// wrote another value: the contract `small_tenant`, which is read as Professional with fewer than
/// 100 licences.
#[derive(Deserialize)]
struct StoredTicket {
    id: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    request_kind: Option<RequestKind>,
    #[serde(default, rename = "customer_plan")]
    support_contract: Option<StoredSupportContract>,
    #[serde(default)]
    impact: ImpactAnswers,
    #[serde(default)]
    severity_override: Option<SeverityOverride>,
    #[serde(default)]
    details: TicketDetails,
    #[serde(default)]
    linked_draft_ids: Vec<String>,
    #[serde(default)]
    status: TicketStatus,
    #[serde(default)]
    solved_by_article: Option<String>,
    #[serde(default)]
    helpdesk_handoff: Option<HelpdeskHandoff>,
    #[serde(default)]
    filing_history: Vec<FilingChange>,
    #[serde(deserialize_with = "rfc3339::deserialize")]
    created_at: DateTime<Utc>,
    #[serde(deserialize_with = "rfc3339::deserialize")]
    updated_at: DateTime<Utc>,
}

impl From<StoredTicket> for Ticket {
    fn from(stored: StoredTicket) -> Ticket {
        let (support_contract, size_from_contract) =
            match stored.support_contract.map(|contract| contract.upgrade()) {
                Some((contract, size)) => (Some(contract), size),
                None => (None, None),
            };
        let mut details = stored.details;
        if details.tenant_size.is_none() {
            details.tenant_size = size_from_contract;
        }
        Ticket {
            id: stored.id,
            title: stored.title,
            description: stored.description,
            request_kind: stored.request_kind,
            support_contract,
            impact: stored.impact,
            severity_override: stored.severity_override,
            details,
            linked_draft_ids: stored.linked_draft_ids,
            status: stored.status,
            solved_by_article: stored.solved_by_article,
            helpdesk_handoff: stored.helpdesk_handoff,
            filing_history: stored.filing_history,
            created_at: stored.created_at,
            updated_at: stored.updated_at,
        }
    }
}

/// The facts a support engineer asks for first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TicketDetails {
    /// When the problem started: free text or a date-time string, as the admin wrote it.
    pub started: String,
    /// Which and how many users or devices are affected, as free text.
    pub affected: String,
    /// The platforms involved, such as "Windows 11" or "iOS 17".
    pub platforms: Vec<String>,
    /// Error messages and codes, copied as they appeared.
    pub error_messages: String,
    /// What was already tried, and with what result.
    pub already_tried: String,
    /// The internal support tiers the problem went through before reaching the vendor.
    pub escalation_trail: Vec<EscalationStep>,
    pub contact: Contact,
    /// The language the admin wants support in, as a language code such as `en` or `ja`.
    pub support_language: String,
    /// How many licences the tenant has; `None` until known. With the contract
    /// ([`Ticket::support_contract`]) it decides where the request goes.
    pub tenant_size: Option<TenantSize>,
}

/// Who the vendor should contact about the ticket.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Contact {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub preferred_method: Option<ContactMethod>,
}

/// How the admin prefers to be contacted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactMethod {
    Email,
    Phone,
}

/// An internal support tier: 1, 2 or 3 (the vendor is tier 4 and is not part of the trail).
///
/// It serialises as a plain number; reading any other number is an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct SupportTier(u8);

impl SupportTier {
    /// The first tier, usually the helpdesk that takes the user's call.
    pub const ONE: SupportTier = SupportTier(1);
    /// The second tier, usually the helpdesk's more experienced staff.
    pub const TWO: SupportTier = SupportTier(2);
    /// The third tier, usually the team that deployed the device-management service.
    pub const THREE: SupportTier = SupportTier(3);

    /// The tier with this number, or an error for anything outside 1 to 3.
    pub fn new(number: u8) -> Result<SupportTier, TierOutOfRange> {
        if (1..=3).contains(&number) {
            Ok(SupportTier(number))
        } else {
            Err(TierOutOfRange { number })
        }
    }

    /// The tier's number, 1 to 3.
    pub fn number(self) -> u8 {
        self.0
    }
}

/// A tier number outside 1 to 3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TierOutOfRange {
    pub number: u8,
}

impl fmt::Display for TierOutOfRange {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            formatter,
            "support tier {} does not exist; internal tiers are 1, 2 and 3",
            self.number
        )
    }
}

impl std::error::Error for TierOutOfRange {}

impl TryFrom<u8> for SupportTier {
    type Error = TierOutOfRange;

    fn try_from(number: u8) -> Result<Self, Self::Error> {
        SupportTier::new(number)
    }
}

impl From<SupportTier> for u8 {
    fn from(tier: SupportTier) -> u8 {
        tier.0
    }
}

/// One step of the internal escalation: which tier and team looked at it, and what they found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EscalationStep {
    pub tier: SupportTier,
    pub team: String,
    pub findings: String,
}

/// A hand-off to the organisation's own helpdesk that it accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpdeskHandoff {
    #[serde(deserialize_with = "rfc3339::deserialize")]
    pub sent_at: DateTime<Utc>,
    /// The HTTP status the helpdesk answered with.
    pub status_code: u16,
    /// Which kind of helpdesk took it; absent in hand-offs of earlier releases (always a JSON
    /// endpoint then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub helpdesk: Option<HelpdeskKind>,
    /// The helpdesk's own number for the ticket, when it gave one (Zammad's ticket number,
    /// Zendesk's request id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
}

/// The kinds of helpdesk a ticket can be handed to by a request from the browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HelpdeskKind {
    /// The organisation's own endpoint, which receives the ticket JSON.
    Json,
    /// Zammad's web form API.
    Zammad,
    /// Zendesk's anonymous requests.
    Zendesk,
}

impl HelpdeskKind {
    /// The name used in configurations and stored hand-offs.
    pub fn as_str(self) -> &'static str {
        match self {
            HelpdeskKind::Json => "json",
            HelpdeskKind::Zammad => "zammad",
            HelpdeskKind::Zendesk => "zendesk",
        }
    }
}

/// A filing as it was before it changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilingChange {
    #[serde(deserialize_with = "rfc3339::deserialize")]
    pub filed_at: DateTime<Utc>,
    pub vendor_ticket_number: String,
    #[serde(deserialize_with = "rfc3339::deserialize")]
    pub changed_at: DateTime<Utc>,
    pub change: FilingChangeKind,
}

/// How a filing changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FilingChangeKind {
    /// The vendor's number was mistyped and replaced.
    NumberCorrected,
    /// It was not filed after all; the ticket is a draft again.
    Withdrawn,
}

// Read by hand: the derived reader of a two-name enum costs the first load more than this.
impl<'de> Deserialize<'de> for FilingChangeKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        match name.as_str() {
            "number_corrected" => Ok(FilingChangeKind::NumberCorrected),
            "withdrawn" => Ok(FilingChangeKind::Withdrawn),
            _ => Err(serde::de::Error::unknown_variant(&name, &["number_corrected", "withdrawn"])),
        }
    }
}

/// Where the ticket stands.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum TicketStatus {
    /// Still being prepared.
    #[default]
    Draft,
    /// Self-help solved it; no ticket was needed.
    SelfSolved,
    /// Filed with the vendor, who gave it this number.
    Filed { filed_at: DateTime<Utc>, vendor_ticket_number: String },
}

/// The members a stored status may have; which apply depends on `state`.
#[derive(Deserialize)]
struct StoredStatus {
    state: String,
    #[serde(default)]
    filed_at: Option<StoredInstant>,
    #[serde(default)]
    vendor_ticket_number: Option<String>,
}

/// An instant in RFC 3339 text.
struct StoredInstant(DateTime<Utc>);

impl<'de> Deserialize<'de> for StoredInstant {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rfc3339::deserialize(deserializer).map(StoredInstant)
    }
}

// Read through a plain struct: serde's reader for an internally tagged enum buffers the whole
// object first, and its machinery weighs several kilobytes in the first load.
impl<'de> Deserialize<'de> for TicketStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let stored = StoredStatus::deserialize(deserializer)?;
        match (stored.state.as_str(), stored.filed_at, stored.vendor_ticket_number) {
            ("draft", _, _) => Ok(TicketStatus::Draft),
            ("self_solved", _, _) => Ok(TicketStatus::SelfSolved),
            ("filed", Some(StoredInstant(filed_at)), Some(vendor_ticket_number)) => {
                Ok(TicketStatus::Filed { filed_at, vendor_ticket_number })
            }
            ("filed", None, _) => Err(D::Error::missing_field("filed_at")),
            ("filed", _, None) => Err(D::Error::missing_field("vendor_ticket_number")),
            (other, _, _) => {
                Err(D::Error::unknown_variant(other, &["draft", "self_solved", "filed"]))
            }
        }
    }
}

/// Something that must be filled in before the ticket can be filed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MissingForFiling {
    Title,
    Description,
    RequestKind,
    SupportContract,
    TenantSize,
    /// One impact question has no answer ("I don't know" counts as an answer).
    ImpactAnswer(ImpactQuestion),
    /// Neither an email address nor a phone number is given.
    ContactEmailOrPhone,
    /// The preferred contact method is set, but its address or number is empty.
    PreferredContactDetail,
}

impl fmt::Display for MissingForFiling {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MissingForFiling::Title => formatter.write_str("the ticket needs a title"),
            MissingForFiling::Description => formatter.write_str("the ticket needs a description"),
            MissingForFiling::RequestKind => {
                formatter.write_str("say what the request is about (technical, billing, ...)")
            }
            MissingForFiling::SupportContract => formatter.write_str("choose the support contract"),
            MissingForFiling::TenantSize => {
                formatter.write_str("say whether the tenant has fewer than 100 licences")
            }
            MissingForFiling::ImpactAnswer(question) => {
                write!(formatter, "answer the impact question \"{}\"", question.english())
            }
            MissingForFiling::ContactEmailOrPhone => {
                formatter.write_str("give an email address or a phone number to be contacted on")
            }
            MissingForFiling::PreferredContactDetail => {
                formatter.write_str("the preferred contact method has no address or number")
            }
        }
    }
}

impl Ticket {
    /// An empty draft created at `now`.
    pub fn new_draft(id: impl Into<String>, now: DateTime<Utc>) -> Ticket {
        Ticket {
            id: id.into(),
            title: String::new(),
            description: String::new(),
            request_kind: None,
            support_contract: None,
            impact: ImpactAnswers::default(),
            severity_override: None,
            details: TicketDetails::default(),
            linked_draft_ids: Vec::new(),
            status: TicketStatus::Draft,
            solved_by_article: None,
            helpdesk_handoff: None,
            filing_history: Vec::new(),
            created_at: now,
            updated_at: now,
        }
    }

    /// The customer as routing and response times see it; unanswered questions count as they
    /// did before they were asked (see [`Customer::from_answers`]).
    pub fn customer(&self) -> Customer {
        Customer::from_answers(self.support_contract, self.details.tenant_size)
    }

    /// The computed severity with its reasons, and the chosen one if the admin chose one.
    pub fn severity(&self) -> SeverityDecision {
        SeverityDecision::new(&self.impact, self.severity_override.clone())
    }

    /// What still has to be filled in before filing, in the order the form asks for it; empty
    /// when the ticket can be filed. Text that is only whitespace counts as missing.
    pub fn missing_for_filing(&self) -> Vec<MissingForFiling> {
        let mut missing = Vec::new();
        if is_blank(&self.title) {
            missing.push(MissingForFiling::Title);
        }
        if is_blank(&self.description) {
            missing.push(MissingForFiling::Description);
        }
        if self.request_kind.is_none() {
            missing.push(MissingForFiling::RequestKind);
        }
        if self.support_contract.is_none() {
            missing.push(MissingForFiling::SupportContract);
        }
        if self.details.tenant_size.is_none() {
            missing.push(MissingForFiling::TenantSize);
        }
        missing.extend(self.impact.unanswered().into_iter().map(MissingForFiling::ImpactAnswer));
        let contact = &self.details.contact;
        if is_blank(&contact.email) && is_blank(&contact.phone) {
            missing.push(MissingForFiling::ContactEmailOrPhone);
        } else {
            let preferred_is_empty = match contact.preferred_method {
                Some(ContactMethod::Email) => is_blank(&contact.email),
                Some(ContactMethod::Phone) => is_blank(&contact.phone),
                None => false,
            };
            if preferred_is_empty {
                missing.push(MissingForFiling::PreferredContactDetail);
            }
        }
        missing
    }
}

fn is_blank(text: &str) -> bool {
    text.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::severity::{BusinessImpact, Level, Scope, Usability, Workaround};
    use chrono::TimeZone;

    fn at(hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2024, 5, 2, hour, 30, 0).single().unwrap_or_default()
    }

    fn complete_ticket() -> Ticket {
        let mut ticket = Ticket::new_draft("draft-1", at(9));
        ticket.title = "Windows devices fail to enrol".into();
        ticket.description = "Since Monday new laptops stop at the enrolment screen.".into();
        ticket.request_kind = Some(RequestKind::Technical);
        ticket.support_contract = Some(SupportContract::Professional);
        ticket.details.tenant_size = Some(TenantSize::HundredOrMore);
        ticket.impact = ImpactAnswers {
            usability: Some(Usability::WorseThanBefore),
            scope: Some(Scope::ManyUsersOrServices),
            business_impact: Some(BusinessImpact::DontKnow),
            workaround: Some(Workaround::AcceptableWorkaround),
        };
        ticket.details.contact.email = "it-admin@example.com".into();
        ticket
    }

    #[test]
    fn a_new_draft_is_empty_and_dated_by_the_caller() {
        let draft = Ticket::new_draft("abc", at(8));
        assert_eq!(draft.id, "abc");
        assert_eq!(draft.status, TicketStatus::Draft);
        assert_eq!(draft.created_at, at(8));
        assert_eq!(draft.updated_at, at(8));
        assert!(draft.title.is_empty() && draft.linked_draft_ids.is_empty());
    }

    #[test]
    fn missing_for_filing_lists_every_gap_in_form_order() {
        let draft = Ticket::new_draft("abc", at(8));
        assert_eq!(
            draft.missing_for_filing(),
            vec![
                MissingForFiling::Title,
                MissingForFiling::Description,
                MissingForFiling::RequestKind,
                MissingForFiling::SupportContract,
                MissingForFiling::TenantSize,
                MissingForFiling::ImpactAnswer(ImpactQuestion::Usability),
                MissingForFiling::ImpactAnswer(ImpactQuestion::Scope),
                MissingForFiling::ImpactAnswer(ImpactQuestion::BusinessImpact),
                MissingForFiling::ImpactAnswer(ImpactQuestion::Workaround),
                MissingForFiling::ContactEmailOrPhone,
            ]
        );
        for gap in draft.missing_for_filing() {
            assert!(!gap.to_string().is_empty());
        }
    }

    #[test]
    fn missing_for_filing_cases() {
        fn check(case: &str, change: fn(&mut Ticket), expected: &[MissingForFiling]) {
            let mut ticket = complete_ticket();
            change(&mut ticket);
            assert_eq!(ticket.missing_for_filing(), expected, "{case}");
        }
        check("complete", |_| {}, &[]);
        check("whitespace title", |t| t.title = " \t ".into(), &[MissingForFiling::Title]);
        check(
            "blank description",
            |t| t.description = "\n".into(),
            &[MissingForFiling::Description],
        );
        check("no kind", |t| t.request_kind = None, &[MissingForFiling::RequestKind]);
        check("no contract", |t| t.support_contract = None, &[MissingForFiling::SupportContract]);
        check("no tenant size", |t| t.details.tenant_size = None, &[MissingForFiling::TenantSize]);
        check(
            "one question open",
            |t| t.impact.workaround = None,
            &[MissingForFiling::ImpactAnswer(ImpactQuestion::Workaround)],
        );
        check("don't know is an answer", |t| t.impact.scope = Some(Scope::DontKnow), &[]);
        check(
            "phone only",
            |t| {
                t.details.contact.email.clear();
                t.details.contact.phone = "+48 22 123 45 67".into();
            },
            &[],
        );
        check(
            "no contact",
            |t| t.details.contact.email = "  ".into(),
            &[MissingForFiling::ContactEmailOrPhone],
        );
        check(
            "prefers phone without a number",
            |t| t.details.contact.preferred_method = Some(ContactMethod::Phone),
            &[MissingForFiling::PreferredContactDetail],
        );
        check(
            "prefers email with an address",
            |t| t.details.contact.preferred_method = Some(ContactMethod::Email),
            &[],
        );
    }

    #[test]
    fn severity_combines_answers_and_override() {
        let mut ticket = complete_ticket();
        assert_eq!(ticket.severity().effective_level(), Level::Moderate);
        ticket.severity_override = SeverityOverride::new(Level::Critical, "exam week").ok();
        assert_eq!(ticket.severity().computed_level(), Level::Moderate);
        assert_eq!(ticket.severity().effective_level(), Level::Critical);
    }

    #[test]
    fn support_tiers_are_one_to_three() {
        fn check(number: u8, accepted: bool) {
            let tier = SupportTier::new(number);
            assert_eq!(tier.is_ok(), accepted, "{number}");
            if let Ok(tier) = tier {
                assert_eq!(tier.number(), number);
            } else {
                assert!(tier.is_err_and(|e| e.to_string().contains(&number.to_string())));
            }
            let parsed: Result<SupportTier, _> = serde_json::from_str(&number.to_string());
            assert_eq!(parsed.is_ok(), accepted, "{number} from JSON");
        }
        check(0, false);
        check(1, true);
        check(2, true);
        check(3, true);
        check(4, false);
        check(255, false);
        assert_eq!(
            [SupportTier::ONE, SupportTier::TWO, SupportTier::THREE].map(u8::from),
            [1, 2, 3]
        );
    }

    #[test]
    fn serialised_names_are_snake_case_and_times_rfc3339() {
        let mut ticket = complete_ticket();
        ticket.request_kind = Some(RequestKind::BillingLicensingAccount);
        ticket.details.contact.preferred_method = Some(ContactMethod::Email);
        ticket.details.escalation_trail.push(EscalationStep {
            tier: SupportTier::TWO,
            team: "Helpdesk".into(),
            findings: "Not a network problem".into(),
        });
        ticket.status = TicketStatus::Filed {
            filed_at: at(11),
            vendor_ticket_number: "2405020010000123".into(),
        };
        let value = serde_json::to_value(&ticket).unwrap_or_default();
        fn check(value: &serde_json::Value, pointer: &str, expected: serde_json::Value) {
            assert_eq!(value.pointer(pointer), Some(&expected), "{pointer}");
        }
        check(&value, "/request_kind", "billing_licensing_account".into());
        check(&value, "/customer_plan", "professional".into());
        check(&value, "/details/tenant_size", "100_licences_or_more".into());
        check(&value, "/impact/usability", "worse_than_before".into());
        check(&value, "/impact/business_impact", "dont_know".into());
        check(&value, "/details/contact/preferred_method", "email".into());
        check(&value, "/details/escalation_trail/0/tier", 2.into());
        check(&value, "/status/state", "filed".into());
        check(&value, "/status/filed_at", "2024-05-02T11:30:00Z".into());
        check(&value, "/created_at", "2024-05-02T09:30:00Z".into());
        check(&value, "/severity_override", serde_json::Value::Null);
    }

    #[test]
    fn stored_drafts_with_missing_fields_still_load() {
        let minimal = r#"{"id":"old","title":"t","description":"d",
            "created_at":"2024-05-02T09:30:00+02:00","updated_at":"2024-05-02T09:30:00Z",
            "some_future_field":true}"#;
        let ticket: Result<Ticket, _> = serde_json::from_str(minimal);
        let ticket = ticket.unwrap_or_else(|error| panic!("should load: {error}"));
        assert_eq!(ticket.status, TicketStatus::Draft);
        assert_eq!(ticket.created_at, at(7));
        assert_eq!(ticket.details, TicketDetails::default());
        assert_eq!(ticket.solved_by_article, None);
    }

    #[test]
    fn the_article_that_solved_it_is_kept_and_only_written_when_known() {
        let mut ticket = Ticket::new_draft("solved", at(7));
        let written = serde_json::to_string(&ticket).unwrap_or_default();
        assert!(!written.contains("solved_by_article"), "{written}");
        ticket.solved_by_article = Some("windows-enrolment-errors".to_owned());
        let written = serde_json::to_string(&ticket).unwrap_or_default();
        let read: Ticket = serde_json::from_str(&written).unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(read.solved_by_article.as_deref(), Some("windows-enrolment-errors"));
    }

    #[test]
    fn values_of_earlier_releases_still_load() {
        let stored = |extra: &str| -> Ticket {
            let json = format!(
                r#"{{"id":"old","created_at":"2024-05-02T09:30:00Z",
                "updated_at":"2024-05-02T09:30:00Z"{extra}}}"#
            );
            serde_json::from_str(&json).unwrap_or_else(|error| panic!("{extra}: {error}"))
        };
        // The small tenant was a third contract: Professional with fewer than 100 licences.
        let small = stored(r#","customer_plan":"small_tenant""#);
        assert_eq!(small.support_contract, Some(SupportContract::Professional));
        assert_eq!(small.details.tenant_size, Some(TenantSize::FewerThan100));
        assert_eq!(
            small.customer(),
            Customer::new(SupportContract::Professional, TenantSize::FewerThan100)
        );
        // A plan of an earlier release says nothing about the size.
        let premier = stored(r#","customer_plan":"premier""#);
        assert_eq!(premier.support_contract, Some(SupportContract::Premier));
        assert_eq!(premier.details.tenant_size, None);
        assert!(premier.missing_for_filing().contains(&MissingForFiling::TenantSize));
        // A size given explicitly wins over the one the old plan implied.
        let both = stored(
            r#","customer_plan":"small_tenant","details":{"tenant_size":"100_licences_or_more"}"#,
        );
        assert_eq!(both.details.tenant_size, Some(TenantSize::HundredOrMore));
        // Configuration Manager requests of earlier releases meant Configuration Manager alone.
        let old_kind = stored(r#","request_kind":"configuration_manager_or_endpoint_protection""#);
        assert_eq!(old_kind.request_kind, Some(RequestKind::StandaloneConfigurationManager));
        // Written back, the ticket uses today's names only.
        let written = serde_json::to_string(&small).unwrap_or_default();
        assert!(!written.contains("small_tenant"), "{written}");
        let written = serde_json::to_string(&old_kind).unwrap_or_default();
        assert!(written.contains("\"standalone_configuration_manager_or_endpoint_protection\""));
        assert_eq!(serde_json::from_str::<Ticket>(&written).ok(), Some(old_kind));
    }

    #[test]
    fn bad_stored_values_are_errors_not_panics() {
        fn check(json: &str) {
            let parsed: Result<Ticket, _> = serde_json::from_str(json);
            assert!(parsed.is_err(), "{json}");
        }
        let base = |extra: &str| {
            format!(
                r#"{{"id":"x","title":"t","description":"d","created_at":"2024-05-02T09:30:00Z",
                "updated_at":"2024-05-02T09:30:00Z"{extra}}}"#
            )
        };
        check(&base(r#","details":{"escalation_trail":[{"tier":4,"team":"","findings":""}]}"#));
        check(&base(r#","status":{"state":"lost"}"#));
        check(&base(r#","status":{"state":"filed","vendor_ticket_number":"1"}"#));
        check(&base(r#","status":{"state":"filed","filed_at":"2024-05-02T10:00:00Z"}"#));
        check(&base(r#","status":{"state":"filed","filed_at":"soon","vendor_ticket_number":"1"}"#));
        check(&base(r#","status":"filed""#));
        check(&base(
            r#","helpdesk_handoff":{"sent_at":"2024-05-02T10:00:00Z","status_code":201,"helpdesk":"freshdesk"}"#,
        ));
        check(&base(
            r#","filing_history":[{"filed_at":"2024-05-02T10:00:00Z","vendor_ticket_number":"1","changed_at":"2024-05-02T10:05:00Z","change":"lost"}]"#,
        ));
        let filed = base(
            r#","status":{"state":"filed","filed_at":"2024-05-02T10:00:00Z","vendor_ticket_number":"7"}"#,
        );
        let read: Result<Ticket, _> = serde_json::from_str(&filed);
        assert!(matches!(read.map(|ticket| ticket.status), Ok(TicketStatus::Filed { .. })));
        check(&base(r#","severity_override":{"level":"critical","reason":""}"#));
        check(&base(r#","status":{"state":"lost"}"#));
        check(&base(r#","request_kind":"Technical""#));
        check(&base(r#","customer_plan":"enterprise""#));
        check(&base(r#","details":{"tenant_size":99}"#));
        check(
            r#"{"id":"x","title":"t","description":"d","created_at":"yesterday","updated_at":"2024-05-02T09:30:00Z"}"#,
        );
    }
}
