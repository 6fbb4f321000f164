//! The changes a user makes to a draft, by name. Screens send one of these; the rules of what
//! each change means (which platforms are kept, the order of the escalation trail) live here,
//! next to the ticket, and are tested natively.

use chrono::{DateTime, Utc};

use crate::domain::request::{RequestKind, SupportContract, TenantSize};
use crate::domain::severity::{BusinessImpact, Scope, SeverityOverride, Usability, Workaround};
use crate::domain::ticket::{
    ContactMethod, EscalationStep, FilingChange, FilingChangeKind, HelpdeskHandoff, SupportTier,
    Ticket, TicketStatus,
};

/// The platforms a draft offers as choices, as stored in the ticket: product names, the same
/// in every language.
pub const LISTED_PLATFORMS: [&str; 5] = ["Windows", "macOS", "iOS/iPadOS", "Android", "Linux"];

/// What stands for "another platform" when its name has not been typed yet.
pub const OTHER_PLATFORM: &str = "Other";

/// True for a platform offered as a choice; anything else was typed as "another platform".
pub fn is_listed_platform(platform: &str) -> bool {
    LISTED_PLATFORMS.contains(&platform)
}

/// A free-text field of the ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TicketText {
    Title,
    Description,
    Started,
    Affected,
    ErrorMessages,
    AlreadyTried,
    ContactName,
    ContactEmail,
    ContactPhone,
    SupportLanguage,
}

/// One change to a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TicketEdit {
    Text(TicketText, String),
    RequestKind(Option<RequestKind>),
    SupportContract(Option<SupportContract>),
    TenantSize(Option<TenantSize>),
    Usability(Option<Usability>),
    Scope(Option<Scope>),
    BusinessImpact(Option<BusinessImpact>),
    Workaround(Option<Workaround>),
    SeverityOverride(Option<SeverityOverride>),
    PreferredContact(Option<ContactMethod>),
    /// Ticks or unticks one of the listed platforms.
    KnownPlatform {
        platform: String,
        checked: bool,
    },
    /// Sets the platform outside the list (`None` unticks "another platform").
    OtherPlatform(Option<String>),
    /// Ticks or unticks "tier `tier` has looked at it", naming the tier's team.
    TierLooked {
        tier: u8,
        team: String,
        looked: bool,
    },
    /// What a tier found, for a tier already ticked.
    TierFindings {
        tier: u8,
        findings: String,
    },
    /// The admin solved it with self-help: with this knowledge-base article, when they said
    /// which one.
    SolvedWithSelfHelp(Option<String>),
    /// The admin filed it with the vendor.
    Filed {
        filed_at: DateTime<Utc>,
        vendor_ticket_number: String,
    },
    /// The vendor's number of a filed ticket was mistyped: this is the right one. The old one
    /// stays in the ticket's filing history.
    CorrectVendorNumber {
        vendor_ticket_number: String,
        at: DateTime<Utc>,
    },
    /// It was not filed after all: the ticket is a draft again, and the filing stays in its
    /// history.
    WithdrawFiling {
        at: DateTime<Utc>,
    },
    /// The organisation's helpdesk accepted it.
    HandedOff(HelpdeskHandoff),
    /// The whole ticket changes at once (the first part of a split keeps the draft).
    Replace(Box<Ticket>),
}

/// Sets `target` to `value`; true when that changed it.
fn set<T: PartialEq>(target: &mut T, value: T) -> bool {
    let changed = *target != value;
    *target = value;
    changed
}

impl Ticket {
    /// Applies `edit`. Returns false when it changed nothing, so an edit that changes nothing
    /// does not count as unsaved work. Each edit tells by itself, without a copy of the whole
    /// ticket: this runs on every keystroke, with descriptions of many thousand characters.
    pub fn apply(&mut self, edit: TicketEdit) -> bool {
        let details = &mut self.details;
        match edit {
            TicketEdit::Text(field, value) => {
                let target = match field {
                    TicketText::Title => &mut self.title,
                    TicketText::Description => &mut self.description,
                    TicketText::Started => &mut details.started,
                    TicketText::Affected => &mut details.affected,
                    TicketText::ErrorMessages => &mut details.error_messages,
                    TicketText::AlreadyTried => &mut details.already_tried,
                    TicketText::ContactName => &mut details.contact.name,
                    TicketText::ContactEmail => &mut details.contact.email,
                    TicketText::ContactPhone => &mut details.contact.phone,
                    TicketText::SupportLanguage => &mut details.support_language,
                };
                set(target, value)
            }
            TicketEdit::RequestKind(kind) => set(&mut self.request_kind, kind),
            TicketEdit::SupportContract(contract) => set(&mut self.support_contract, contract),
            TicketEdit::TenantSize(size) => set(&mut details.tenant_size, size),
            TicketEdit::Usability(answer) => set(&mut self.impact.usability, answer),
            TicketEdit::Scope(answer) => set(&mut self.impact.scope, answer),
            TicketEdit::BusinessImpact(answer) => set(&mut self.impact.business_impact, answer),
            TicketEdit::Workaround(answer) => set(&mut self.impact.workaround, answer),
            TicketEdit::SeverityOverride(chosen) => set(&mut self.severity_override, chosen),
            TicketEdit::PreferredContact(method) => {
                set(&mut details.contact.preferred_method, method)
            }
            TicketEdit::KnownPlatform { platform, checked } => {
                let listed = details.platforms.contains(&platform);
                if listed && !checked {
                    details.platforms.retain(|existing| *existing != platform);
                } else if checked && !listed {
                    details.platforms.push(platform);
                }
                listed != checked
            }
            TicketEdit::OtherPlatform(other) => {
                let mut platforms: Vec<String> = details
                    .platforms
                    .iter()
                    .filter(|platform| is_listed_platform(platform))
                    .cloned()
                    .collect();
                if let Some(other) = other {
                    let other = other.trim();
                    platforms.push(if other.is_empty() {
                        OTHER_PLATFORM.to_owned()
                    } else {
                        other.to_owned()
                    });
                }
                set(&mut details.platforms, platforms)
            }
            TicketEdit::TierLooked { tier, team, looked } => {
                let trail = &mut details.escalation_trail;
                let before = trail.len();
                trail.retain(|entry| entry.tier.number() != tier);
                let removed = trail.len() != before;
                match SupportTier::new(tier) {
                    Ok(tier) if looked => {
                        // The trail reads from the first tier up, whatever order it was ticked.
                        let position = trail.partition_point(|entry| entry.tier < tier);
                        trail.insert(
                            position,
                            EscalationStep { tier, team, findings: String::new() },
                        );
                        true
                    }
                    _ => removed,
                }
            }
            TicketEdit::TierFindings { tier, findings } => {
                match details.escalation_trail.iter_mut().find(|entry| entry.tier.number() == tier)
                {
                    Some(entry) => set(&mut entry.findings, findings),
                    None => false,
                }
            }
            TicketEdit::SolvedWithSelfHelp(article) => {
                let status = set(&mut self.status, TicketStatus::SelfSolved);
                set(&mut self.solved_by_article, article) || status
            }
            TicketEdit::Filed { filed_at, vendor_ticket_number } => {
                set(&mut self.status, TicketStatus::Filed { filed_at, vendor_ticket_number })
            }
            TicketEdit::CorrectVendorNumber { vendor_ticket_number, at } => {
                let TicketStatus::Filed { filed_at, vendor_ticket_number: filed_number } =
                    &mut self.status
                else {
                    return false;
                };
                let corrected = vendor_ticket_number.trim();
                if corrected.is_empty() || corrected == filed_number {
                    return false;
                }
                self.filing_history.push(FilingChange {
                    filed_at: *filed_at,
                    vendor_ticket_number: std::mem::replace(filed_number, corrected.to_owned()),
                    changed_at: at,
                    change: FilingChangeKind::NumberCorrected,
                });
                true
            }
            TicketEdit::WithdrawFiling { at } => {
                if !matches!(self.status, TicketStatus::Filed { .. }) {
                    return false;
                }
                let TicketStatus::Filed { filed_at, vendor_ticket_number } =
                    std::mem::replace(&mut self.status, TicketStatus::Draft)
                else {
                    return false;
                };
                self.filing_history.push(FilingChange {
                    filed_at,
                    vendor_ticket_number,
                    changed_at: at,
                    change: FilingChangeKind::Withdrawn,
                });
                true
            }
            TicketEdit::HandedOff(handoff) => set(&mut self.helpdesk_handoff, Some(handoff)),
            TicketEdit::Replace(ticket) => set(self, *ticket),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ticket() -> Ticket {
        Ticket::new_draft("d-1", "2026-11-21T08:00:00Z".parse().expect("a valid time"))
    }

    /// Applies `edits` in order and checks the ticket with `expect`.
    fn check(edits: Vec<TicketEdit>, expect: impl Fn(&Ticket)) {
        let mut ticket = ticket();
        for edit in edits {
            ticket.apply(edit);
        }
        expect(&ticket);
    }

    #[test]
    fn an_edit_says_whether_it_changed_the_ticket() {
        let platform =
            |name: &str, checked| TicketEdit::KnownPlatform { platform: name.to_owned(), checked };
        let looked =
            |tier, looked| TicketEdit::TierLooked { tier, team: "Helpdesk".to_owned(), looked };
        let title = |text: &str| TicketEdit::Text(TicketText::Title, text.to_owned());
        let later = "2026-11-22T10:00:00Z".parse().expect("a valid time");
        let filed = |number: &str| TicketEdit::Filed {
            filed_at: "2026-11-21T09:00:00Z".parse().expect("a valid time"),
            vendor_ticket_number: number.to_owned(),
        };
        let correct = |number: &str| TicketEdit::CorrectVendorNumber {
            vendor_ticket_number: number.to_owned(),
            at: later,
        };
        // Each edit in turn on one ticket, and whether it changed something.
        let steps = [
            (title("Printers"), true),
            (title("Printers"), false),
            (TicketEdit::TierFindings { tier: 2, findings: "x".to_owned() }, false),
            (platform("Windows", false), false),
            (platform("Windows", true), true),
            (platform("Windows", true), false),
            (TicketEdit::OtherPlatform(None), false),
            (TicketEdit::OtherPlatform(Some("ChromeOS".to_owned())), true),
            (TicketEdit::OtherPlatform(Some(" ChromeOS ".to_owned())), false),
            (TicketEdit::OtherPlatform(None), true),
            (platform("Windows", false), true),
            (looked(2, false), false),
            (looked(2, true), true),
            (TicketEdit::TierFindings { tier: 2, findings: "x".to_owned() }, true),
            (looked(9, true), false),
            (looked(2, false), true),
            (TicketEdit::SolvedWithSelfHelp(None), true),
            (TicketEdit::SolvedWithSelfHelp(None), false),
            (TicketEdit::SolvedWithSelfHelp(Some("windows-enrolment-errors".to_owned())), true),
            (correct("1234"), false),
            (TicketEdit::WithdrawFiling { at: later }, false),
            (filed("1243"), true),
            (correct(" 1243 "), false),
            (correct(""), false),
            (correct("1234"), true),
            (TicketEdit::WithdrawFiling { at: later }, true),
            (TicketEdit::WithdrawFiling { at: later }, false),
            (TicketEdit::Replace(Box::new(ticket())), true),
            (TicketEdit::Replace(Box::new(ticket())), false),
        ];
        let mut ticket = ticket();
        for (number, (edit, changes)) in steps.into_iter().enumerate() {
            let before = ticket.clone();
            let changed = ticket.apply(edit);
            assert_eq!(changed, changes, "step {number}");
            assert_eq!(changed, ticket != before, "step {number}: says what happened");
        }
    }

    #[test]
    fn the_escalation_trail_reads_from_the_first_tier_up() {
        let looked =
            |tier, team: &str| TicketEdit::TierLooked { tier, team: team.to_owned(), looked: true };
        check(
            vec![
                looked(3, "Engineering"),
                looked(1, "Helpdesk"),
                TicketEdit::TierFindings { tier: 3, findings: "Logs attached".to_owned() },
                looked(2, "Desktop"),
                TicketEdit::TierLooked { tier: 2, team: String::new(), looked: false },
                looked(9, "Nobody"),
            ],
            |ticket| {
                let trail: Vec<(u8, &str, &str)> = ticket
                    .details
                    .escalation_trail
                    .iter()
                    .map(|entry| {
                        (entry.tier.number(), entry.team.as_str(), entry.findings.as_str())
                    })
                    .collect();
                assert_eq!(trail, [(1, "Helpdesk", ""), (3, "Engineering", "Logs attached")]);
            },
        );
    }

    #[test]
    fn platforms_keep_the_listed_ones_and_one_other_entry() {
        check(
            vec![
                TicketEdit::KnownPlatform { platform: "Windows".to_owned(), checked: true },
                TicketEdit::OtherPlatform(Some(String::new())),
                TicketEdit::OtherPlatform(Some("  ChromeOS ".to_owned())),
                TicketEdit::KnownPlatform { platform: "iOS/iPadOS".to_owned(), checked: true },
                TicketEdit::KnownPlatform { platform: "Windows".to_owned(), checked: false },
            ],
            |ticket| assert_eq!(ticket.details.platforms, ["ChromeOS", "iOS/iPadOS"]),
        );
        check(
            vec![
                TicketEdit::OtherPlatform(Some("ChromeOS".to_owned())),
                TicketEdit::OtherPlatform(None),
            ],
            |ticket| assert!(ticket.details.platforms.is_empty()),
        );
    }

    #[test]
    fn a_filing_is_corrected_or_withdrawn_and_stays_on_record() {
        let filed_at = "2026-11-21T09:00:00Z".parse().expect("a valid time");
        let corrected_at = "2026-11-21T09:05:00Z".parse().expect("a valid time");
        let withdrawn_at = "2026-11-22T08:00:00Z".parse().expect("a valid time");
        check(
            vec![
                TicketEdit::Filed { filed_at, vendor_ticket_number: "1243".to_owned() },
                TicketEdit::CorrectVendorNumber {
                    vendor_ticket_number: " 1234 ".to_owned(),
                    at: corrected_at,
                },
                TicketEdit::WithdrawFiling { at: withdrawn_at },
            ],
            |ticket| {
                assert_eq!(ticket.status, TicketStatus::Draft);
                let record = |number: &str, at, change| FilingChange {
                    filed_at,
                    vendor_ticket_number: number.to_owned(),
                    changed_at: at,
                    change,
                };
                assert_eq!(
                    ticket.filing_history,
                    [
                        record("1243", corrected_at, FilingChangeKind::NumberCorrected),
                        record("1234", withdrawn_at, FilingChangeKind::Withdrawn),
                    ]
                );
                // The record survives storage, and a draft without one still reads.
                let json = serde_json::to_string(ticket).unwrap_or_default();
                assert!(json.contains("\"change\":\"number_corrected\""), "{json}");
                let read: Ticket = serde_json::from_str(&json).unwrap_or_else(|_| ticket.clone());
                assert_eq!(&read, ticket);
            },
        );
        let plain = serde_json::to_string(&ticket()).unwrap_or_default();
        assert!(!plain.contains("filing_history"), "written only when there is one: {plain}");
    }

    #[test]
    fn status_changes_are_named() {
        let filed_at = "2026-11-21T09:00:00Z".parse().expect("a valid time");
        check(
            vec![TicketEdit::Filed {
                filed_at,
                vendor_ticket_number: "2611210040001234".to_owned(),
            }],
            |ticket| assert!(matches!(ticket.status, TicketStatus::Filed { .. })),
        );
        check(vec![TicketEdit::SolvedWithSelfHelp(None)], |ticket| {
            assert_eq!(ticket.status, TicketStatus::SelfSolved);
            assert_eq!(ticket.solved_by_article, None);
        });
        check(
            vec![TicketEdit::SolvedWithSelfHelp(Some("windows-enrolment-errors".to_owned()))],
            |ticket| {
                assert_eq!(ticket.status, TicketStatus::SelfSolved);
                assert_eq!(ticket.solved_by_article.as_deref(), Some("windows-enrolment-errors"));
            },
        );
    }
}
