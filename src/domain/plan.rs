//! The organisation's support plan: who is tier 1, 2 and 3, how requests travel between them and
//! the vendor (tier 4), how the helpdesk is trained, and how it is involved early.
//!
//! The plan is plain data the user edits. [`validate_plan`] points out what is wrong without
//! refusing anything, [`section_status`] feeds a task list, and the plan exports to Markdown and
//! to versioned JSON that [`plan_from_json`] reads back.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::request::{StoredSupportContract, SupportContract, TenantSize};

/// The `schema` value of an exported plan.
pub const PLAN_SCHEMA: &str = "support-triage/plan";

/// The `version` of the exported plan format this code writes and reads.
pub const PLAN_FORMAT_VERSION: u32 = 1;

/// The recommended shortest training, in minutes (about two hours of lecture and labs).
pub const RECOMMENDED_TRAINING_MINIMUM_MINUTES: u32 = 120;

/// The recommended longest training, in minutes (about three hours of lecture and labs).
pub const RECOMMENDED_TRAINING_MAXIMUM_MINUTES: u32 = 180;

/// The highest tier number the organisation itself staffs; the vendor is the tier above it.
pub const HIGHEST_INTERNAL_TIER: u8 = 3;

/// The tier number the vendor takes in the escalation path.
pub const VENDOR_TIER: u8 = 4;

/// The whole support plan of one organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SupportPlan {
    /// The organisation's own tiers, normally numbered 1 to 3.
    pub tiers: Vec<Tier>,
    /// The vendor, which acts as tier 4.
    pub vendor: VendorTier,
    /// The escalation workflow, in the order the steps happen.
    pub escalation: Vec<EscalationStep>,
    /// How the tiers work together during the first rollout phase, for example one bridge call.
    pub rollout_note: String,
    /// How the helpdesk is trained.
    pub training: Training,
    /// The ways the helpdesk is involved early, each with a done flag.
    pub early_involvement: Vec<ChecklistItem>,
}

/// One tier staffed by the organisation.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Tier {
    /// The tier number, 1 to 3.
    pub number: u8,
    /// The name of the team that staffs the tier.
    pub team_name: String,
    /// The people to contact in this tier.
    pub contacts: Vec<Contact>,
    /// What the tier is responsible for, one item per entry.
    pub responsibilities: Vec<String>,
    /// When the tier is available, in the organisation's own words.
    pub hours: String,
}

/// A person to contact within a tier.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Contact {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub role: String,
}

/// The vendor's place in the plan: tier 4.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "StoredVendorTier")]
pub struct VendorTier {
    /// How the vendor's support is named on the escalation path, for example "Microsoft support".
    pub name: String,
    /// The configured channel the organisation uses to reach the vendor; `None` leaves the choice
    /// to routing.
    pub channel: Option<String>,
    /// The organisation's support contract with the vendor. Stored, exported and configured as
    /// `customer_plan`, its name in every release so far.
    #[serde(rename = "customer_plan")]
    pub support_contract: SupportContract,
    /// How many licences the organisation's tenant has; `None` until said.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant_size: Option<TenantSize>,
}

impl Default for VendorTier {
    fn default() -> Self {
        VendorTier {
            name: String::new(),
            channel: None,
            support_contract: SupportContract::Professional,
            tenant_size: None,
        }
    }
}

/// The vendor tier as any release stored it: earlier releases had the contract `small_tenant`,
/// read as Professional with fewer than 100 licences.
#[derive(Deserialize)]
#[serde(default, deny_unknown_fields)]
struct StoredVendorTier {
    name: String,
    channel: Option<String>,
    #[serde(rename = "customer_plan")]
    support_contract: StoredSupportContract,
    tenant_size: Option<TenantSize>,
}

impl Default for StoredVendorTier {
    fn default() -> Self {
        StoredVendorTier {
            name: String::new(),
            channel: None,
            support_contract: StoredSupportContract::Professional,
            tenant_size: None,
        }
    }
}

impl From<StoredVendorTier> for VendorTier {
    fn from(stored: StoredVendorTier) -> VendorTier {
        let (support_contract, size_from_contract) = stored.support_contract.upgrade();
        VendorTier {
            name: stored.name,
            channel: stored.channel,
            support_contract,
            tenant_size: stored.tenant_size.or(size_from_contract),
        }
    }
}

/// One side of an escalation step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    /// The person who has the problem.
    User,
    /// One of the organisation's tiers, by number.
    Tier(u8),
    /// The vendor's support (tier 4).
    Vendor,
}

/// One hand-over in the escalation workflow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EscalationStep {
    pub from: Party,
    pub to: Party,
    /// What is handed over, for example "the request with tier 2's findings".
    #[serde(default)]
    pub handover: String,
    /// The information that must travel with it, one item per entry.
    #[serde(default)]
    pub information: Vec<String>,
}

/// How the helpdesk is trained.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Training {
    /// True when the device-management team trains the helpdesk leads, who train their teams.
    pub train_the_trainer: bool,
    /// Who is trained, per tier.
    pub audiences: Vec<Audience>,
    /// The agenda, in order.
    pub agenda: Vec<AgendaItem>,
}

/// The people of one tier who take the training, and when.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Audience {
    /// The tier number, 1 to 3.
    pub tier: u8,
    /// Who attends and what they need from the session.
    pub description: String,
    /// The session date, when it is known.
    pub date: Option<NaiveDate>,
}

/// One item of the training agenda.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AgendaItem {
    pub title: String,
    pub minutes: u32,
}

/// One item of the early-involvement checklist.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ChecklistItem {
    pub label: String,
    pub done: bool,
}

impl Default for SupportPlan {
    fn default() -> Self {
        SupportPlan::empty()
    }
}

impl SupportPlan {
    /// A plan with nothing filled in: no tiers, no steps, no training, no checklist.
    pub fn empty() -> SupportPlan {
        SupportPlan {
            tiers: Vec::new(),
            vendor: VendorTier::default(),
            escalation: Vec::new(),
            rollout_note: String::new(),
            training: Training::default(),
            early_involvement: Vec::new(),
        }
    }

    /// A complete example built on the planning guide: three tiers, the enrolment-problem
    /// escalation, a train-the-trainer programme of 150 minutes and an early-involvement list.
    ///
    /// Contacts use reserved example addresses and fictional numbers, so the example is safe to
    /// show and obviously needs replacing.
    pub fn example() -> SupportPlan {
        SupportPlan {
            tiers: vec![
                Tier {
                    number: 1,
                    team_name: "IT helpdesk, first line".to_owned(),
                    contacts: vec![Contact {
                        name: "First-line lead".to_owned(),
                        email: "helpdesk@example.com".to_owned(),
                        phone: "+1 555 0100".to_owned(),
                        role: "Team lead".to_owned(),
                    }],
                    responsibilities: texts(&[
                        "Receive problem reports from users",
                        "Record the user, device and error details",
                        "Solve known problems with the runbook",
                        "Escalate to tier 2 with everything recorded",
                        "Tell the user the outcome and close the request",
                    ]),
                    hours: "Monday to Friday, 08:00 to 18:00".to_owned(),
                },
                Tier {
                    number: 2,
                    team_name: "IT helpdesk, second line".to_owned(),
                    contacts: vec![Contact {
                        name: "Second-line lead".to_owned(),
                        email: "second-line@example.com".to_owned(),
                        phone: "+1 555 0101".to_owned(),
                        role: "Team lead".to_owned(),
                    }],
                    responsibilities: texts(&[
                        "Investigate requests escalated by tier 1",
                        "Check device, enrolment and policy status in the admin console",
                        "Escalate to tier 3 with the findings",
                    ]),
                    hours: "Monday to Friday, 08:00 to 18:00".to_owned(),
                },
                Tier {
                    number: 3,
                    team_name: "Device management team".to_owned(),
                    contacts: vec![Contact {
                        name: "Device management owner".to_owned(),
                        email: "device-management@example.com".to_owned(),
                        phone: String::new(),
                        role: "Service owner".to_owned(),
                    }],
                    responsibilities: texts(&[
                        "Find the root cause of escalated problems",
                        "Change the service configuration when needed",
                        "Open and follow tickets with the vendor (tier 4)",
                        "Hand fixes back to tiers 2 and 1",
                    ]),
                    hours: "Monday to Friday, 09:00 to 17:00".to_owned(),
                },
            ],
            vendor: VendorTier {
                name: "Microsoft support".to_owned(),
                channel: Some("admin-centre-mdm".to_owned()),
                support_contract: SupportContract::Professional,
                tenant_size: Some(TenantSize::HundredOrMore),
            },
            escalation: vec![
                EscalationStep {
                    from: Party::User,
                    to: Party::Tier(1),
                    handover: "A report that a device cannot enrol".to_owned(),
                    information: texts(&[
                        "The user's name and how to reach them",
                        "Device model and operating system version",
                        "The exact error message and when it appeared",
                    ]),
                },
                EscalationStep {
                    from: Party::Tier(1),
                    to: Party::Tier(2),
                    handover: "The request, as tier 1 could not find the root cause".to_owned(),
                    information: texts(&[
                        "What tier 1 checked and ruled out",
                        "Screenshots or error codes",
                    ]),
                },
                EscalationStep {
                    from: Party::Tier(2),
                    to: Party::Tier(3),
                    handover: "The request with what tier 2 found".to_owned(),
                    information: texts(&[
                        "Investigation notes",
                        "Whether other users or devices are affected",
                        "Logs collected from the device",
                    ]),
                },
                EscalationStep {
                    from: Party::Tier(3),
                    to: Party::Tier(2),
                    handover: "The root cause and the fix".to_owned(),
                    information: texts(&["Root cause", "Fix or workaround"]),
                },
                EscalationStep {
                    from: Party::Tier(3),
                    to: Party::Tier(1),
                    handover: "The root cause and the fix".to_owned(),
                    information: texts(&[
                        "Fix or workaround",
                        "How to recognise the problem next time",
                    ]),
                },
                EscalationStep {
                    from: Party::Tier(1),
                    to: Party::User,
                    handover: "The fix, and the request is closed".to_owned(),
                    information: texts(&["Confirmation from the user that the problem is gone"]),
                },
            ],
            rollout_note: "During the first rollout phases, tiers 1, 2 and 3 share one bridge \
                           call so that problems are seen and solved together."
                .to_owned(),
            training: Training {
                train_the_trainer: true,
                audiences: vec![
                    Audience {
                        tier: 1,
                        description: "First-line staff, trained by their lead: enrolment, \
                                      common errors and when to escalate"
                            .to_owned(),
                        date: None,
                    },
                    Audience {
                        tier: 2,
                        description: "Second-line staff, trained by their lead: device and \
                                      policy troubleshooting, collecting logs"
                            .to_owned(),
                        date: None,
                    },
                ],
                agenda: vec![
                    agenda_item("Review the support plan", 15),
                    agenda_item("Product overview", 30),
                    agenda_item("Troubleshooting common problems (lecture and lab)", 60),
                    agenda_item("Tools and resources", 30),
                    agenda_item("Questions and answers", 15),
                ],
            },
            early_involvement: [
                "Helpdesk leads take part in deployment planning",
                "Helpdesk staff take part in the pilot",
                "Problems found in the pilot are shared with the helpdesk",
                "The helpdesk runbook is ready before the production rollout",
            ]
            .iter()
            .map(|label| ChecklistItem { label: (*label).to_owned(), done: false })
            .collect(),
        }
    }

    /// The tier with this number, if the plan defines it.
    pub fn tier(&self, number: u8) -> Option<&Tier> {
        self.tiers.iter().find(|tier| tier.number == number)
    }

    /// The total length of the training agenda in minutes.
    pub fn agenda_minutes(&self) -> u32 {
        self.training.agenda.iter().fold(0u32, |total, item| total.saturating_add(item.minutes))
    }
}

fn texts(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| (*item).to_owned()).collect()
}

fn agenda_item(title: &str, minutes: u32) -> AgendaItem {
    AgendaItem { title: title.to_owned(), minutes }
}

/// The parts of the plan, as shown in a task list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// Tiers 1 to 3, their contacts, and the vendor as tier 4.
    Teams,
    /// The escalation workflow and the rollout note.
    Escalation,
    /// Audiences and agenda.
    Training,
    /// The early-involvement checklist.
    EarlyInvolvement,
}

impl Section {
    /// Every section, in task-list order.
    pub const ALL: [Section; 4] =
        [Section::Teams, Section::Escalation, Section::Training, Section::EarlyInvolvement];
}

/// How far a section has got, for a task list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionStatus {
    NotStarted,
    InProgress,
    Completed,
}

/// Something in the plan that needs attention.
///
/// Positions (`tier_index`, `contact_index`, `step_index`, ...) count from zero so the UI can
/// find the field; the English messages count from one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "problem")]
pub enum PlanProblem {
    /// A tier numbered outside 1 to 3.
    TierNumberOutOfRange {
        tier_index: usize,
        number: u8,
    },
    /// Two tiers share a number.
    DuplicateTier {
        number: u8,
    },
    TierWithoutTeamName {
        tier: u8,
    },
    TierWithoutContact {
        tier: u8,
    },
    ContactWithoutName {
        tier: u8,
        contact_index: usize,
    },
    ContactWithoutEmailOrPhone {
        tier: u8,
        contact_index: usize,
    },
    InvalidEmail {
        tier: u8,
        contact_index: usize,
        email: String,
    },
    InvalidPhone {
        tier: u8,
        contact_index: usize,
        phone: String,
    },
    /// An escalation step names a tier the plan does not define.
    EscalationStepUndefinedTier {
        step_index: usize,
        tier: u8,
    },
    /// An escalation step hands a request to the party that already has it.
    EscalationStepToItself {
        step_index: usize,
    },
    EscalationStepWithoutHandover {
        step_index: usize,
    },
    /// A training audience names a tier the plan does not define.
    AudienceUndefinedTier {
        audience_index: usize,
        tier: u8,
    },
    AgendaTooShort {
        total_minutes: u32,
        recommended_minimum: u32,
    },
    AgendaTooLong {
        total_minutes: u32,
        recommended_maximum: u32,
    },
    AgendaItemWithoutTitle {
        item_index: usize,
    },
    AgendaItemWithoutDuration {
        item_index: usize,
    },
    ChecklistItemWithoutLabel {
        item_index: usize,
    },
}

impl PlanProblem {
    /// The section of the plan the problem belongs to.
    pub fn section(&self) -> Section {
        match self {
            PlanProblem::TierNumberOutOfRange { .. }
            | PlanProblem::DuplicateTier { .. }
            | PlanProblem::TierWithoutTeamName { .. }
            | PlanProblem::TierWithoutContact { .. }
            | PlanProblem::ContactWithoutName { .. }
            | PlanProblem::ContactWithoutEmailOrPhone { .. }
            | PlanProblem::InvalidEmail { .. }
            | PlanProblem::InvalidPhone { .. } => Section::Teams,
            PlanProblem::EscalationStepUndefinedTier { .. }
            | PlanProblem::EscalationStepToItself { .. }
            | PlanProblem::EscalationStepWithoutHandover { .. } => Section::Escalation,
            PlanProblem::AudienceUndefinedTier { .. }
            | PlanProblem::AgendaTooShort { .. }
            | PlanProblem::AgendaTooLong { .. }
            | PlanProblem::AgendaItemWithoutTitle { .. }
            | PlanProblem::AgendaItemWithoutDuration { .. } => Section::Training,
            PlanProblem::ChecklistItemWithoutLabel { .. } => Section::EarlyInvolvement,
        }
    }

    /// The problem in English, for logs, exports and the English UI.
    pub fn message(&self) -> String {
        match self {
            PlanProblem::TierNumberOutOfRange { tier_index, number } => format!(
                "Tier entry {} has number {number}; use 1, 2 or 3 (the vendor is tier 4).",
                tier_index + 1
            ),
            PlanProblem::DuplicateTier { number } => {
                format!("Tier {number} is defined more than once; keep one.")
            }
            PlanProblem::TierWithoutTeamName { tier } => {
                format!("Tier {tier} has no team name.")
            }
            PlanProblem::TierWithoutContact { tier } => {
                format!("Tier {tier} has no contact; add at least one person to reach.")
            }
            PlanProblem::ContactWithoutName { tier, contact_index } => {
                format!("Contact {} of tier {tier} has no name.", contact_index + 1)
            }
            PlanProblem::ContactWithoutEmailOrPhone { tier, contact_index } => format!(
                "Contact {} of tier {tier} has neither an email address nor a phone number.",
                contact_index + 1
            ),
            PlanProblem::InvalidEmail { tier, contact_index, email } => format!(
                "Contact {} of tier {tier}: \"{}\" is not a valid email address.",
                contact_index + 1,
                shorten(email)
            ),
            PlanProblem::InvalidPhone { tier, contact_index, phone } => format!(
                "Contact {} of tier {tier}: \"{}\" does not look like a phone number.",
                contact_index + 1,
                shorten(phone)
            ),
            PlanProblem::EscalationStepUndefinedTier { step_index, tier } => format!(
                "Escalation step {} refers to tier {tier}, which the plan does not define.",
                step_index + 1
            ),
            PlanProblem::EscalationStepToItself { step_index } => format!(
                "Escalation step {} hands the request to the party that already has it.",
                step_index + 1
            ),
            PlanProblem::EscalationStepWithoutHandover { step_index } => {
                format!("Escalation step {} does not say what is handed over.", step_index + 1)
            }
            PlanProblem::AudienceUndefinedTier { audience_index, tier } => format!(
                "Training audience {} refers to tier {tier}, which the plan does not define.",
                audience_index + 1
            ),
            PlanProblem::AgendaTooShort { total_minutes, recommended_minimum } => format!(
                "The training agenda lasts {total_minutes} minutes; at least \
                 {recommended_minimum} minutes are recommended."
            ),
            PlanProblem::AgendaTooLong { total_minutes, recommended_maximum } => format!(
                "The training agenda lasts {total_minutes} minutes; at most \
                 {recommended_maximum} minutes are recommended."
            ),
            PlanProblem::AgendaItemWithoutTitle { item_index } => {
                format!("Agenda item {} has no title.", item_index + 1)
            }
            PlanProblem::AgendaItemWithoutDuration { item_index } => {
                format!("Agenda item {} has no duration.", item_index + 1)
            }
            PlanProblem::ChecklistItemWithoutLabel { item_index } => {
                format!("Early-involvement item {} has no text.", item_index + 1)
            }
        }
    }
}

impl fmt::Display for PlanProblem {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.message())
    }
}

/// Shortens user text quoted in a message so a pasted essay cannot flood the screen.
pub fn shorten(text: &str) -> String {
    const LIMIT: usize = 60;
    if text.chars().count() <= LIMIT {
        text.to_owned()
    } else {
        let mut shortened: String = text.chars().take(LIMIT).collect();
        shortened.push('…');
        shortened
    }
}

/// Finds what needs attention in the plan.
///
/// Nothing here rejects the plan: a half-written plan is normal. Parts that were never touched
/// (an empty agenda, no tiers) are not problems; [`section_status`] reports them as not started.
pub fn validate_plan(plan: &SupportPlan) -> Vec<PlanProblem> {
    let mut problems = Vec::new();
    validate_tiers(plan, &mut problems);
    validate_escalation(plan, &mut problems);
    validate_training(plan, &mut problems);
    for (item_index, item) in plan.early_involvement.iter().enumerate() {
        if item.label.trim().is_empty() {
            problems.push(PlanProblem::ChecklistItemWithoutLabel { item_index });
        }
    }
    problems
}

fn validate_tiers(plan: &SupportPlan, problems: &mut Vec<PlanProblem>) {
    let mut seen_numbers = Vec::new();
    for (tier_index, tier) in plan.tiers.iter().enumerate() {
        if !(1..=HIGHEST_INTERNAL_TIER).contains(&tier.number) {
            problems.push(PlanProblem::TierNumberOutOfRange { tier_index, number: tier.number });
        } else if seen_numbers.contains(&tier.number) {
            // Report a repeated number once, however many times it repeats.
            if !problems.contains(&PlanProblem::DuplicateTier { number: tier.number }) {
                problems.push(PlanProblem::DuplicateTier { number: tier.number });
            }
        } else {
            seen_numbers.push(tier.number);
        }
        if tier.team_name.trim().is_empty() {
            problems.push(PlanProblem::TierWithoutTeamName { tier: tier.number });
        }
        if tier.contacts.is_empty() {
            problems.push(PlanProblem::TierWithoutContact { tier: tier.number });
        }
        for (contact_index, contact) in tier.contacts.iter().enumerate() {
            validate_contact(tier.number, contact_index, contact, problems);
        }
    }
}

fn validate_contact(
    tier: u8,
    contact_index: usize,
    contact: &Contact,
    problems: &mut Vec<PlanProblem>,
) {
    if contact.name.trim().is_empty() {
        problems.push(PlanProblem::ContactWithoutName { tier, contact_index });
    }
    let email = contact.email.trim();
    let phone = contact.phone.trim();
    if email.is_empty() && phone.is_empty() {
        problems.push(PlanProblem::ContactWithoutEmailOrPhone { tier, contact_index });
    }
    if !email.is_empty() && !is_valid_email(email) {
        problems.push(PlanProblem::InvalidEmail { tier, contact_index, email: email.to_owned() });
    }
    if !phone.is_empty() && !is_plausible_phone(phone) {
        problems.push(PlanProblem::InvalidPhone { tier, contact_index, phone: phone.to_owned() });
    }
}

fn validate_escalation(plan: &SupportPlan, problems: &mut Vec<PlanProblem>) {
    for (step_index, step) in plan.escalation.iter().enumerate() {
        for party in [step.from, step.to] {
            if let Party::Tier(tier) = party {
                if plan.tier(tier).is_none() {
                    let problem = PlanProblem::EscalationStepUndefinedTier { step_index, tier };
                    if !problems.contains(&problem) {
                        problems.push(problem);
                    }
                }
            }
        }
        if step.from == step.to {
            problems.push(PlanProblem::EscalationStepToItself { step_index });
        }
        if step.handover.trim().is_empty() {
            problems.push(PlanProblem::EscalationStepWithoutHandover { step_index });
        }
    }
}

fn validate_training(plan: &SupportPlan, problems: &mut Vec<PlanProblem>) {
    for (audience_index, audience) in plan.training.audiences.iter().enumerate() {
        if plan.tier(audience.tier).is_none() {
            problems
                .push(PlanProblem::AudienceUndefinedTier { audience_index, tier: audience.tier });
        }
    }
    for (item_index, item) in plan.training.agenda.iter().enumerate() {
        if item.title.trim().is_empty() {
            problems.push(PlanProblem::AgendaItemWithoutTitle { item_index });
        }
        if item.minutes == 0 {
            problems.push(PlanProblem::AgendaItemWithoutDuration { item_index });
        }
    }
    // An agenda nobody has started is not too short; it is simply not there yet.
    if plan.training.agenda.is_empty() {
        return;
    }
    let total_minutes = plan.agenda_minutes();
    if total_minutes < RECOMMENDED_TRAINING_MINIMUM_MINUTES {
        problems.push(PlanProblem::AgendaTooShort {
            total_minutes,
            recommended_minimum: RECOMMENDED_TRAINING_MINIMUM_MINUTES,
        });
    } else if total_minutes > RECOMMENDED_TRAINING_MAXIMUM_MINUTES {
        problems.push(PlanProblem::AgendaTooLong {
            total_minutes,
            recommended_maximum: RECOMMENDED_TRAINING_MAXIMUM_MINUTES,
        });
    }
}

/// A deliberately plain email check: one `@`, a non-empty local part, and a domain of at least
/// two dot-separated labels made of letters, digits and inner hyphens. It catches typing
/// mistakes and pasted markup, not every address the standard allows.
pub fn is_valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    let local_is_valid = !local.is_empty()
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local.chars().all(|character| {
            !character.is_whitespace()
                && !character.is_control()
                && !"<>()[]\\,;:\"@".contains(character)
        });
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_is_valid = labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|character| character.is_alphanumeric() || character == '-')
        });
    local_is_valid && domain_is_valid
}

/// A phone number needs at least three digits and only the characters people write numbers
/// with; "ext" or "x" may introduce an extension.
fn is_plausible_phone(phone: &str) -> bool {
    let digit_count = phone.chars().filter(char::is_ascii_digit).count();
    let allowed =
        |character: char| character.is_ascii_digit() || " +-().,/extEXT".contains(character);
    digit_count >= 3 && phone.chars().all(allowed)
}

/// How far a section of the plan has got.
///
/// A section is completed when it has content and no problem of [`validate_plan`] concerns it;
/// it is not started while it has no content at all.
pub fn section_status(plan: &SupportPlan, section: Section) -> SectionStatus {
    let has_problems = validate_plan(plan).iter().any(|problem| problem.section() == section);
    let (started, complete) = match section {
        Section::Teams => {
            let started = !plan.tiers.is_empty();
            // Tier 1 is where users arrive; a plan without it is not finished.
            (started, plan.tier(1).is_some())
        }
        Section::Escalation => {
            let started = !plan.escalation.is_empty() || !plan.rollout_note.trim().is_empty();
            (started, !plan.escalation.is_empty())
        }
        Section::Training => {
            let training = &plan.training;
            let started = training.train_the_trainer
                || !training.audiences.is_empty()
                || !training.agenda.is_empty();
            (started, !training.audiences.is_empty() && !training.agenda.is_empty())
        }
        Section::EarlyInvolvement => {
            let items = &plan.early_involvement;
            let started = items.iter().any(|item| item.done);
            (started, !items.is_empty() && items.iter().all(|item| item.done))
        }
    };
    if !started {
        SectionStatus::NotStarted
    } else if complete && !has_problems {
        SectionStatus::Completed
    } else {
        SectionStatus::InProgress
    }
}

/// One stop on the escalation path picture.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PathNode {
    /// The tier number; the vendor is tier 4.
    pub tier: u8,
    /// The team's name, or the vendor's support name for tier 4. May be empty when the user has
    /// not named it yet.
    pub team_name: String,
}

/// The escalation path from tier 1 up to the vendor: the plan's own tiers in number order
/// (each number once, out-of-range numbers left out), then the vendor as tier 4.
pub fn escalation_path(plan: &SupportPlan) -> Vec<PathNode> {
    let mut nodes: Vec<PathNode> = Vec::new();
    for number in 1..=HIGHEST_INTERNAL_TIER {
        if let Some(tier) = plan.tier(number) {
            nodes.push(PathNode { tier: number, team_name: tier.team_name.trim().to_owned() });
        }
    }
    nodes.push(PathNode { tier: VENDOR_TIER, team_name: plan.vendor.name.trim().to_owned() });
    nodes
}

/// The exported JSON document: the plan wrapped with its schema name and format version.
#[derive(Serialize)]
struct PlanDocumentOut<'plan> {
    schema: &'static str,
    version: u32,
    plan: &'plan SupportPlan,
}

/// Exports the plan as versioned JSON (`"schema": "support-triage/plan"`, `"version": 1`).
pub fn plan_to_json(plan: &SupportPlan) -> String {
    let document = PlanDocumentOut { schema: PLAN_SCHEMA, version: PLAN_FORMAT_VERSION, plan };
    // Serialising plain structs with string keys cannot fail; an empty string is the safe answer
    // should that ever change.
    serde_json::to_string_pretty(&document).unwrap_or_default()
}

/// Why an exported plan could not be read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanJsonError {
    /// The text is not JSON.
    NotJson { detail: String },
    /// The document is not a support-triage plan.
    WrongSchema { found: String },
    /// The plan was written by a format version this code does not read.
    UnsupportedVersion { found: String },
    /// The `plan` part does not have the expected shape.
    InvalidPlan { detail: String },
}

impl PlanJsonError {
    /// The error in English.
    pub fn message(&self) -> String {
        match self {
            PlanJsonError::NotJson { detail } => format!("The file is not valid JSON ({detail})."),
            PlanJsonError::WrongSchema { found } => format!(
                "The file is not a support plan export: its \"schema\" is {found}, expected \
                 \"{PLAN_SCHEMA}\"."
            ),
            PlanJsonError::UnsupportedVersion { found } => format!(
                "The plan was exported in format version {found}; this version reads format \
                 {PLAN_FORMAT_VERSION}."
            ),
            PlanJsonError::InvalidPlan { detail } => {
                format!("The plan in the file could not be read: {detail}.")
            }
        }
    }
}

impl fmt::Display for PlanJsonError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.message())
    }
}

/// Reads a plan exported by [`plan_to_json`]. Missing parts of the plan are left empty;
/// unknown fields, a different schema or a different format version are errors.
pub fn plan_from_json(json: &str) -> Result<SupportPlan, PlanJsonError> {
    let document: serde_json::Value = serde_json::from_str(json)
        .map_err(|error| PlanJsonError::NotJson { detail: error.to_string() })?;
    let Some(object) = document.as_object() else {
        return Err(PlanJsonError::WrongSchema { found: "missing".to_owned() });
    };
    match object.get("schema") {
        Some(serde_json::Value::String(schema)) if schema == PLAN_SCHEMA => {}
        Some(other) => {
            return Err(PlanJsonError::WrongSchema { found: shorten(&other.to_string()) })
        }
        None => return Err(PlanJsonError::WrongSchema { found: "missing".to_owned() }),
    }
    match object.get("version") {
        Some(version) if version.as_u64() == Some(u64::from(PLAN_FORMAT_VERSION)) => {}
        Some(other) => {
            return Err(PlanJsonError::UnsupportedVersion { found: shorten(&other.to_string()) })
        }
        None => return Err(PlanJsonError::UnsupportedVersion { found: "missing".to_owned() }),
    }
    if let Some(unknown) =
        object.keys().find(|key| !["schema", "version", "plan"].contains(&key.as_str()))
    {
        return Err(PlanJsonError::InvalidPlan {
            detail: format!("unknown field \"{}\"", shorten(unknown)),
        });
    }
    let plan_value = object.get("plan").cloned().unwrap_or(serde_json::Value::Null);
    if plan_value.is_null() {
        return Err(PlanJsonError::InvalidPlan {
            detail: "the \"plan\" field is missing".to_owned(),
        });
    }
    serde_json::from_value(plan_value)
        .map_err(|error| PlanJsonError::InvalidPlan { detail: error.to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_problem_free_example(change: impl FnOnce(&mut SupportPlan)) -> SupportPlan {
        let mut plan = SupportPlan::example();
        change(&mut plan);
        plan
    }

    #[test]
    fn example_plan_has_no_problems_and_follows_the_sources() {
        let plan = SupportPlan::example();
        assert_eq!(validate_plan(&plan), Vec::new());
        assert_eq!(plan.agenda_minutes(), 150);
        assert_eq!(plan.tiers.iter().map(|tier| tier.number).collect::<Vec<_>>(), vec![1, 2, 3]);
        // The workflow starts with the user and ends with tier 1 closing the request.
        assert_eq!(plan.escalation.first().map(|step| step.from), Some(Party::User));
        assert_eq!(
            plan.escalation.last().map(|step| (step.from, step.to)),
            Some((Party::Tier(1), Party::User))
        );
        assert!(plan.training.train_the_trainer);
        assert_eq!(
            plan.tier(3).map(|tier| tier.team_name.as_str()),
            Some("Device management team")
        );
        assert_eq!(plan.tier(4), None);
    }

    #[test]
    fn empty_plan_has_no_problems_and_nothing_started() {
        let plan = SupportPlan::empty();
        assert_eq!(validate_plan(&plan), Vec::new());
        for section in Section::ALL {
            assert_eq!(section_status(&plan, section), SectionStatus::NotStarted, "{section:?}");
        }
        assert_eq!(SupportPlan::default(), plan);
    }

    fn check_problems(name: &str, change: impl FnOnce(&mut SupportPlan), expected: &[PlanProblem]) {
        let plan = with_problem_free_example(change);
        assert_eq!(validate_plan(&plan), expected, "case: {name}");
    }

    #[test]
    fn validate_plan_reports_each_problem() {
        check_problems(
            "tier without contact",
            |plan| plan.tiers[1].contacts.clear(),
            &[PlanProblem::TierWithoutContact { tier: 2 }],
        );
        check_problems(
            "contact with neither email nor phone",
            |plan| {
                plan.tiers[0].contacts[0].email = "  ".into();
                plan.tiers[0].contacts[0].phone = String::new();
            },
            &[PlanProblem::ContactWithoutEmailOrPhone { tier: 1, contact_index: 0 }],
        );
        check_problems(
            "invalid email",
            |plan| plan.tiers[2].contacts[0].email = "someone@localhost".into(),
            &[PlanProblem::InvalidEmail {
                tier: 3,
                contact_index: 0,
                email: "someone@localhost".into(),
            }],
        );
        check_problems(
            "invalid phone",
            |plan| plan.tiers[0].contacts[0].phone = "call me".into(),
            &[PlanProblem::InvalidPhone { tier: 1, contact_index: 0, phone: "call me".into() }],
        );
        check_problems(
            "escalation to an undefined tier",
            |plan| plan.tiers.retain(|tier| tier.number != 3),
            &[
                PlanProblem::EscalationStepUndefinedTier { step_index: 2, tier: 3 },
                PlanProblem::EscalationStepUndefinedTier { step_index: 3, tier: 3 },
                PlanProblem::EscalationStepUndefinedTier { step_index: 4, tier: 3 },
            ],
        );
        check_problems(
            "agenda far too short",
            |plan| plan.training.agenda.truncate(2),
            &[PlanProblem::AgendaTooShort { total_minutes: 45, recommended_minimum: 120 }],
        );
        check_problems(
            "agenda too long",
            |plan| plan.training.agenda[2].minutes = 240,
            &[PlanProblem::AgendaTooLong { total_minutes: 330, recommended_maximum: 180 }],
        );
        check_problems(
            "empty agenda title and no duration",
            |plan| {
                plan.training.agenda[0].title = " ".into();
                plan.training.agenda.push(AgendaItem { title: "Labs".into(), minutes: 0 });
            },
            &[
                PlanProblem::AgendaItemWithoutTitle { item_index: 0 },
                PlanProblem::AgendaItemWithoutDuration { item_index: 5 },
            ],
        );
        check_problems(
            "tier numbers out of range and repeated",
            |plan| {
                plan.tiers[2].number = 4;
                let copy = plan.tiers[0].clone();
                plan.tiers.push(copy.clone());
                plan.tiers.push(copy);
                plan.escalation.clear();
            },
            &[
                PlanProblem::TierNumberOutOfRange { tier_index: 2, number: 4 },
                PlanProblem::DuplicateTier { number: 1 },
            ],
        );
        check_problems(
            "step to itself without handover",
            |plan| {
                plan.escalation[0].to = Party::User;
                plan.escalation[0].handover.clear();
            },
            &[
                PlanProblem::EscalationStepToItself { step_index: 0 },
                PlanProblem::EscalationStepWithoutHandover { step_index: 0 },
            ],
        );
        check_problems(
            "audience of an undefined tier, nameless contact and team, blank checklist item",
            |plan| {
                plan.training.audiences[0].tier = 7;
                plan.tiers[0].contacts[0].name.clear();
                plan.tiers[1].team_name = "\t".into();
                plan.early_involvement[1].label.clear();
            },
            &[
                PlanProblem::ContactWithoutName { tier: 1, contact_index: 0 },
                PlanProblem::TierWithoutTeamName { tier: 2 },
                PlanProblem::AudienceUndefinedTier { audience_index: 0, tier: 7 },
                PlanProblem::ChecklistItemWithoutLabel { item_index: 1 },
            ],
        );
    }

    #[test]
    fn agenda_at_the_recommended_limits_is_fine() {
        for total in [RECOMMENDED_TRAINING_MINIMUM_MINUTES, RECOMMENDED_TRAINING_MAXIMUM_MINUTES] {
            let plan = with_problem_free_example(|plan| {
                plan.training.agenda = vec![agenda_item("All in one", total)];
            });
            assert_eq!(validate_plan(&plan), Vec::new(), "{total} minutes");
        }
        // Absurd durations must not overflow the total.
        let plan = with_problem_free_example(|plan| {
            plan.training.agenda = vec![agenda_item("a", u32::MAX), agenda_item("b", u32::MAX)];
        });
        assert_eq!(plan.agenda_minutes(), u32::MAX);
    }

    #[test]
    fn problem_messages_give_the_figures_in_english() {
        let short = PlanProblem::AgendaTooShort { total_minutes: 45, recommended_minimum: 120 };
        assert_eq!(
            short.message(),
            "The training agenda lasts 45 minutes; at least 120 minutes are recommended."
        );
        assert_eq!(short.to_string(), short.message());
        let email = PlanProblem::InvalidEmail { tier: 2, contact_index: 0, email: "x".into() };
        assert_eq!(email.message(), "Contact 1 of tier 2: \"x\" is not a valid email address.");
        assert_eq!(email.section(), Section::Teams);
        let long_phone = "9".repeat(500);
        let phone = PlanProblem::InvalidPhone { tier: 1, contact_index: 0, phone: long_phone };
        assert!(phone.message().chars().count() < 140, "long user text is shortened");
    }

    #[test]
    fn email_and_phone_checks() {
        for valid in ["a@example.com", "first.last+tag@sub.example.org", "ops@bücher.de"] {
            assert!(is_valid_email(valid), "{valid}");
        }
        for invalid in [
            "",
            "a",
            "a@",
            "@example.com",
            "a@b",
            "a@@b.com",
            "a b@c.com",
            "a@-b.com",
            "a@b..com",
            "<a@b.com>",
            "a@b.com\"onmouseover",
            ".a@b.com",
        ] {
            assert!(!is_valid_email(invalid), "{invalid}");
        }
        for valid in ["+48 22 123 45 67", "(555) 0100", "555-0100 ext. 12", "112"] {
            assert!(is_plausible_phone(valid), "{valid}");
        }
        for invalid in ["12", "call me", "+1 555 <b>", "javascript:1"] {
            assert!(!is_plausible_phone(invalid), "{invalid}");
        }
    }

    fn check_status(
        name: &str,
        change: impl FnOnce(&mut SupportPlan),
        expected: [SectionStatus; 4],
    ) {
        let mut plan = SupportPlan::empty();
        change(&mut plan);
        let actual = Section::ALL.map(|section| section_status(&plan, section));
        assert_eq!(actual, expected, "case: {name}");
    }

    #[test]
    fn section_status_follows_content_and_problems() {
        use SectionStatus::{Completed, InProgress, NotStarted};
        check_status("empty", |_| {}, [NotStarted; 4]);
        check_status(
            "example",
            |plan| *plan = SupportPlan::example(),
            [Completed, Completed, Completed, NotStarted],
        );
        check_status(
            "example with every checklist item done",
            |plan| {
                *plan = SupportPlan::example();
                plan.early_involvement.iter_mut().for_each(|item| item.done = true);
            },
            [Completed, Completed, Completed, Completed],
        );
        check_status(
            "example with one checklist item done and a contact problem",
            |plan| {
                *plan = SupportPlan::example();
                plan.early_involvement[0].done = true;
                plan.tiers[0].contacts[0].email = "nope".into();
            },
            [InProgress, Completed, Completed, InProgress],
        );
        check_status(
            "only tier 2, only a note, only the train-the-trainer flag",
            |plan| {
                plan.tiers = SupportPlan::example().tiers.into_iter().skip(1).take(1).collect();
                plan.rollout_note = "Bridge call".into();
                plan.training.train_the_trainer = true;
            },
            [InProgress, InProgress, InProgress, NotStarted],
        );
    }

    #[test]
    fn escalation_path_runs_from_tier_one_to_the_vendor() {
        let path = escalation_path(&SupportPlan::example());
        let expected = [
            (1, "IT helpdesk, first line"),
            (2, "IT helpdesk, second line"),
            (3, "Device management team"),
            (4, "Microsoft support"),
        ];
        let actual: Vec<(u8, &str)> =
            path.iter().map(|node| (node.tier, node.team_name.as_str())).collect();
        assert_eq!(actual, expected);

        // Out-of-order, repeated and out-of-range tiers: each valid number once, in order.
        let mut plan = SupportPlan::example();
        plan.tiers.reverse();
        plan.tiers.push(Tier { number: 9, ..Tier::default() });
        plan.tiers.retain(|tier| tier.number != 2);
        let numbers: Vec<u8> = escalation_path(&plan).iter().map(|node| node.tier).collect();
        assert_eq!(numbers, vec![1, 3, 4]);
        assert_eq!(
            escalation_path(&SupportPlan::empty()),
            vec![PathNode { tier: 4, team_name: String::new() }]
        );
    }

    #[test]
    fn json_export_round_trips() {
        let mut plan = SupportPlan::example();
        plan.training.audiences[0].date = NaiveDate::from_ymd_opt(2025, 3, 4);
        plan.tiers[0].contacts[0].name = "Zoë \"Z\" <script>alert(1)</script> ☃".into();
        plan.escalation.push(EscalationStep {
            from: Party::Tier(3),
            to: Party::Vendor,
            handover: "A ticket".into(),
            information: Vec::new(),
        });
        let json = plan_to_json(&plan);
        let value: serde_json::Value = serde_json::from_str(&json).expect("export is JSON");
        assert_eq!(value["schema"], PLAN_SCHEMA);
        assert_eq!(value["version"], 1);
        assert_eq!(value["plan"]["training"]["audiences"][0]["date"], "2025-03-04");
        assert_eq!(plan_from_json(&json), Ok(plan));
        assert_eq!(plan_from_json(&plan_to_json(&SupportPlan::empty())), Ok(SupportPlan::empty()));
    }

    #[test]
    fn plans_of_earlier_releases_still_read() {
        let vendor = |json: &str| {
            plan_from_json(&format!(
                r#"{{"schema": "support-triage/plan", "version": 1, "plan": {{"vendor": {json}}}}}"#
            ))
            .map(|plan| plan.vendor)
        };
        let small = vendor(r#"{"name": "Vendor", "customer_plan": "small_tenant"}"#);
        assert_eq!(
            small.as_ref().map(|vendor| (vendor.support_contract, vendor.tenant_size)),
            Ok((SupportContract::Professional, Some(TenantSize::FewerThan100)))
        );
        let premier = vendor(r#"{"customer_plan": "premier"}"#);
        assert_eq!(
            premier.map(|vendor| (vendor.support_contract, vendor.tenant_size)),
            Ok((SupportContract::Premier, None))
        );
        let premier_small =
            vendor(r#"{"customer_plan": "premier", "tenant_size": "fewer_than_100_licences"}"#);
        assert_eq!(
            premier_small.map(|vendor| (vendor.support_contract, vendor.tenant_size)),
            Ok((SupportContract::Premier, Some(TenantSize::FewerThan100)))
        );
        assert!(matches!(
            vendor(r#"{"customer_plan": "gold"}"#),
            Err(PlanJsonError::InvalidPlan { .. })
        ));
        assert!(matches!(vendor(r#"{"size": 3}"#), Err(PlanJsonError::InvalidPlan { .. })));
        // Written back, the plan uses today's names only.
        let written = small.map(|vendor| SupportPlan { vendor, ..SupportPlan::empty() });
        let json = written.as_ref().map(plan_to_json).unwrap_or_default();
        assert!(json.contains("\"fewer_than_100_licences\"") && !json.contains("small_tenant"));
        assert_eq!(plan_from_json(&json), written);
    }

    fn check_import_error(json: &str, expected: PlanJsonError) {
        assert_eq!(plan_from_json(json), Err(expected), "input: {json}");
    }

    #[test]
    fn plan_from_json_rejects_what_it_cannot_read() {
        assert!(matches!(plan_from_json("{"), Err(PlanJsonError::NotJson { .. })));
        check_import_error("[]", PlanJsonError::WrongSchema { found: "missing".into() });
        check_import_error(
            r#"{"schema": "other", "version": 1, "plan": {}}"#,
            PlanJsonError::WrongSchema { found: "\"other\"".into() },
        );
        check_import_error(
            r#"{"schema": "support-triage/plan", "version": 2, "plan": {}}"#,
            PlanJsonError::UnsupportedVersion { found: "2".into() },
        );
        check_import_error(
            r#"{"schema": "support-triage/plan", "plan": {}}"#,
            PlanJsonError::UnsupportedVersion { found: "missing".into() },
        );
        check_import_error(
            r#"{"schema": "support-triage/plan", "version": 1}"#,
            PlanJsonError::InvalidPlan { detail: "the \"plan\" field is missing".into() },
        );
        check_import_error(
            r#"{"schema": "support-triage/plan", "version": 1, "plan": {}, "extra": 1}"#,
            PlanJsonError::InvalidPlan { detail: "unknown field \"extra\"".into() },
        );
        let unknown_field = plan_from_json(
            r#"{"schema": "support-triage/plan", "version": 1, "plan": {"tiers": [{"nmber": 1}]}}"#,
        );
        assert!(
            matches!(&unknown_field, Err(PlanJsonError::InvalidPlan { detail }) if detail.contains("nmber")),
            "{unknown_field:?}"
        );
        // A partial plan fills the rest with empty values.
        let partial = plan_from_json(
            r#"{"schema": "support-triage/plan", "version": 1, "plan": {"rollout_note": "Bridge"}}"#,
        );
        assert_eq!(partial.map(|plan| plan.rollout_note), Ok("Bridge".to_owned()));
        let message = PlanJsonError::UnsupportedVersion { found: "2".into() }.to_string();
        assert_eq!(
            message,
            "The plan was exported in format version 2; this version reads format 1."
        );
    }
}
