//! The changes the plan builder makes to the support plan, by name. Pages send one of these; the
//! rules of what each change means (a tier emptied of everything is no tier, a new step starts
//! where the last one ended, the example steps keep a rollout note already typed) live here, next
//! to the plan, and are tested natively.

use chrono::NaiveDate;

use crate::domain::plan::{
    AgendaItem, Audience, ChecklistItem, Contact, EscalationStep, Party, SupportPlan, Tier,
    HIGHEST_INTERNAL_TIER,
};
use crate::domain::request::{SupportContract, TenantSize};

/// A free-text field of one of the organisation's tiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TierText {
    TeamName,
    Hours,
    /// What the tier is responsible for, one item per line.
    Responsibilities,
}

/// A field of a tier's contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactText {
    Name,
    Role,
    Email,
    Phone,
}

/// A change to one field of an escalation step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepChange {
    From(Party),
    To(Party),
    Handover(String),
    /// The information that travels with the step, one item per line.
    Information(String),
}

/// Which way an item of a list moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

impl Direction {
    /// Where the item at `index` of a list of `len` items goes; `None` when it cannot move this
    /// way (the first item up, the last one down) or is not in the list.
    pub fn target(self, index: usize, len: usize) -> Option<usize> {
        if index >= len {
            return None;
        }
        let target = match self {
            Direction::Up => index.checked_sub(1)?,
            Direction::Down => index + 1,
        };
        (target < len).then_some(target)
    }
}

/// One change to the plan. Positions (`index`) count from zero; a position that is not in the
/// list changes nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanEdit {
    /// A text field of tier `tier` (1 to 3). The tier is created when the plan has none, and
    /// removed again when nothing of it is left filled in.
    TierText {
        tier: u8,
        field: TierText,
        value: String,
    },
    /// A new, empty contact at the end of tier `tier`'s contacts.
    AddContact {
        tier: u8,
    },
    ContactText {
        tier: u8,
        index: usize,
        field: ContactText,
        value: String,
    },
    RemoveContact {
        tier: u8,
        index: usize,
    },
    /// Removes a tier entry that has no place on the teams page (see [`extra_tier_indexes`]);
    /// any other entry stays.
    RemoveExtraTier {
        index: usize,
    },
    VendorName(String),
    /// The channel used to reach the vendor; `None` (or an empty id) leaves it to routing.
    VendorChannel(Option<String>),
    SupportContract(SupportContract),
    TenantSize(Option<TenantSize>),
    /// The example escalation steps in place of the plan's, and the example rollout note when
    /// the plan has none.
    UseExampleSteps,
    /// A new step from where the last one ended (the user when there is none) one tier up.
    AddStep,
    EditStep {
        index: usize,
        change: StepChange,
    },
    MoveStep {
        index: usize,
        direction: Direction,
    },
    RemoveStep {
        index: usize,
    },
    RolloutNote(String),
    TrainTheTrainer(bool),
    /// Who of tier `tier` is trained. The audience is created when the plan has none, and
    /// removed again when it has neither a description nor a date.
    AudienceDescription {
        tier: u8,
        description: String,
    },
    AudienceDate {
        tier: u8,
        date: Option<NaiveDate>,
    },
    /// The example agenda in place of the plan's.
    UseSampleAgenda,
    /// A new, empty item at the end of the agenda.
    AddAgendaItem,
    AgendaTitle {
        index: usize,
        title: String,
    },
    AgendaMinutes {
        index: usize,
        minutes: u32,
    },
    MoveAgendaItem {
        index: usize,
        direction: Direction,
    },
    RemoveAgendaItem {
        index: usize,
    },
    /// The example early-involvement checklist in place of the plan's.
    UseSuggestedChecklist,
    /// A new item, not yet done, at the end of the checklist; its label is trimmed, and a label
    /// with nothing in it adds nothing.
    AddChecklistItem(String),
    TickChecklistItem {
        index: usize,
        done: bool,
    },
    RemoveChecklistItem {
        index: usize,
    },
    /// The whole plan changes at once (leaving a page tidies its lists).
    Replace(Box<SupportPlan>),
}

impl SupportPlan {
    /// Applies `edit`. Returns false when it changed nothing, so merely visiting a page never
    /// turns the default plan into a stored copy.
    pub fn apply(&mut self, edit: PlanEdit) -> bool {
        let before = self.clone();
        self.apply_unchecked(edit);
        *self != before
    }

    fn apply_unchecked(&mut self, edit: PlanEdit) {
        match edit {
            PlanEdit::TierText { tier, field, value } => self.edit_tier(tier, |tier| match field {
                TierText::TeamName => tier.team_name = value,
                TierText::Hours => tier.hours = value,
                TierText::Responsibilities => tier.responsibilities = lines_from_text(&value),
            }),
            PlanEdit::AddContact { tier } => {
                self.edit_tier(tier, |tier| tier.contacts.push(Contact::default()))
            }
            PlanEdit::ContactText { tier, index, field, value } => self.edit_tier(tier, |tier| {
                if let Some(contact) = tier.contacts.get_mut(index) {
                    let target = match field {
                        ContactText::Name => &mut contact.name,
                        ContactText::Role => &mut contact.role,
                        ContactText::Email => &mut contact.email,
                        ContactText::Phone => &mut contact.phone,
                    };
                    *target = value;
                }
            }),
            PlanEdit::RemoveContact { tier, index } => {
                self.edit_tier(tier, |tier| remove_item(&mut tier.contacts, index))
            }
            PlanEdit::RemoveExtraTier { index } => {
                if extra_tier_indexes(self).contains(&index) {
                    self.tiers.remove(index);
                }
            }
            PlanEdit::VendorName(name) => self.vendor.name = name,
            PlanEdit::VendorChannel(channel) => {
                self.vendor.channel = channel.filter(|channel| !channel.is_empty())
            }
            PlanEdit::SupportContract(contract) => self.vendor.support_contract = contract,
            PlanEdit::TenantSize(size) => self.vendor.tenant_size = size,
            PlanEdit::UseExampleSteps => {
                let example = SupportPlan::example();
                self.escalation = example.escalation;
                if self.rollout_note.trim().is_empty() {
                    self.rollout_note = example.rollout_note;
                }
            }
            PlanEdit::AddStep => {
                let from = self.escalation.last().map_or(Party::User, |step| step.to);
                self.escalation.push(EscalationStep {
                    from,
                    to: next_party_up(from),
                    handover: String::new(),
                    information: Vec::new(),
                });
            }
            PlanEdit::EditStep { index, change } => {
                if let Some(step) = self.escalation.get_mut(index) {
                    match change {
                        StepChange::From(party) => step.from = party,
                        StepChange::To(party) => step.to = party,
                        StepChange::Handover(handover) => step.handover = handover,
                        StepChange::Information(text) => step.information = lines_from_text(&text),
                    }
                }
            }
            PlanEdit::MoveStep { index, direction } => {
                move_item(&mut self.escalation, index, direction)
            }
            PlanEdit::RemoveStep { index } => remove_item(&mut self.escalation, index),
            PlanEdit::RolloutNote(note) => self.rollout_note = note,
            PlanEdit::TrainTheTrainer(chosen) => self.training.train_the_trainer = chosen,
            PlanEdit::AudienceDescription { tier, description } => {
                self.edit_audience(tier, |audience| audience.description = description)
            }
            PlanEdit::AudienceDate { tier, date } => {
                self.edit_audience(tier, |audience| audience.date = date)
            }
            PlanEdit::UseSampleAgenda => {
                self.training.agenda = SupportPlan::example().training.agenda
            }
            PlanEdit::AddAgendaItem => self.training.agenda.push(AgendaItem::default()),
            PlanEdit::AgendaTitle { index, title } => {
                if let Some(item) = self.training.agenda.get_mut(index) {
                    item.title = title;
                }
            }
            PlanEdit::AgendaMinutes { index, minutes } => {
                if let Some(item) = self.training.agenda.get_mut(index) {
                    item.minutes = minutes;
                }
            }
            PlanEdit::MoveAgendaItem { index, direction } => {
                move_item(&mut self.training.agenda, index, direction)
            }
            PlanEdit::RemoveAgendaItem { index } => remove_item(&mut self.training.agenda, index),
            PlanEdit::UseSuggestedChecklist => {
                self.early_involvement = SupportPlan::example().early_involvement
            }
            PlanEdit::AddChecklistItem(label) => {
                let label = label.trim();
                if !label.is_empty() {
                    let label = label.to_owned();
                    self.early_involvement.push(ChecklistItem { label, done: false });
                }
            }
            PlanEdit::TickChecklistItem { index, done } => {
                if let Some(item) = self.early_involvement.get_mut(index) {
                    item.done = done;
                }
            }
            PlanEdit::RemoveChecklistItem { index } => {
                remove_item(&mut self.early_involvement, index)
            }
            PlanEdit::Replace(plan) => *self = *plan,
        }
    }

    /// Changes the tier with this number, creating it (in number order) when the plan has none.
    /// A tier left with nothing filled in is removed again, so an emptied tier 3 means "no tier
    /// 3" rather than a tier with problems. Numbers outside 1 to 3 change nothing.
    fn edit_tier(&mut self, number: u8, change: impl FnOnce(&mut Tier)) {
        if !(1..=HIGHEST_INTERNAL_TIER).contains(&number) {
            return;
        }
        let tiers = &mut self.tiers;
        let index = tiers.iter().position(|tier| tier.number == number).unwrap_or_else(|| {
            let at = tiers.iter().position(|tier| tier.number > number).unwrap_or(tiers.len());
            tiers.insert(at, Tier { number, ..Tier::default() });
            at
        });
        if let Some(tier) = tiers.get_mut(index) {
            change(tier);
            if tier_is_blank(tier) {
                tiers.remove(index);
            }
        }
    }

    /// Changes the training audience of this tier, creating it (in tier order) when the plan has
    /// none; an audience left empty is removed again. Tiers outside 1 to 3 change nothing.
    fn edit_audience(&mut self, tier: u8, change: impl FnOnce(&mut Audience)) {
        if !(1..=HIGHEST_INTERNAL_TIER).contains(&tier) {
            return;
        }
        let audiences = &mut self.training.audiences;
        let index =
            audiences.iter().position(|audience| audience.tier == tier).unwrap_or_else(|| {
                let at = audiences
                    .iter()
                    .position(|audience| audience.tier > tier)
                    .unwrap_or(audiences.len());
                audiences.insert(at, Audience { tier, ..Audience::default() });
                at
            });
        if let Some(audience) = audiences.get_mut(index) {
            change(audience);
            if audience.description.trim().is_empty() && audience.date.is_none() {
                audiences.remove(index);
            }
        }
    }

    /// The plan without the blank lines left in its lists while typing, and without the spaces
    /// around each line.
    pub fn tidied(&self) -> SupportPlan {
        let mut tidied = self.clone();
        for tier in &mut tidied.tiers {
            tidy_lines(&mut tier.responsibilities);
        }
        for step in &mut tidied.escalation {
            tidy_lines(&mut step.information);
        }
        tidied
    }
}

/// True when nothing of a tier has been filled in, so it does not count as defined.
fn tier_is_blank(tier: &Tier) -> bool {
    tier.team_name.trim().is_empty()
        && tier.hours.trim().is_empty()
        && tier.contacts.is_empty()
        && tier.responsibilities.iter().all(|line| line.trim().is_empty())
}

/// The tier entries that have no place on the teams page: numbers outside 1 to 3, and a second
/// entry for a number already used. Only an imported plan can have them.
pub fn extra_tier_indexes(plan: &SupportPlan) -> Vec<usize> {
    let mut seen = Vec::new();
    let mut extra = Vec::new();
    for (index, tier) in plan.tiers.iter().enumerate() {
        if !(1..=HIGHEST_INTERNAL_TIER).contains(&tier.number) || seen.contains(&tier.number) {
            extra.push(index);
        } else {
            seen.push(tier.number);
        }
    }
    extra
}

/// The party a new step most likely goes to after `from`: one tier up.
fn next_party_up(from: Party) -> Party {
    match from {
        Party::User => Party::Tier(1),
        Party::Tier(number) if number < HIGHEST_INTERNAL_TIER => Party::Tier(number + 1),
        Party::Tier(_) => Party::Vendor,
        Party::Vendor => Party::Tier(HIGHEST_INTERNAL_TIER),
    }
}

/// A text area's text as a list, one item per line. Empty lines are kept while the user types
/// (dropping them would swallow the Enter key); [`SupportPlan::tidied`] removes them when the
/// page is left.
pub fn lines_from_text(text: &str) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    text.split('\n').map(|line| line.trim_end_matches('\r').to_owned()).collect()
}

/// A list as the text of a text area, one item per line.
pub fn text_from_lines(lines: &[String]) -> String {
    lines.join("\n")
}

fn tidy_lines(lines: &mut Vec<String>) {
    lines.retain(|line| !line.trim().is_empty());
    for line in lines.iter_mut() {
        let trimmed = line.trim();
        if trimmed.len() != line.len() {
            *line = trimmed.to_owned();
        }
    }
}

fn move_item<T>(list: &mut [T], index: usize, direction: Direction) {
    if let Some(target) = direction.target(index, list.len()) {
        list.swap(index, target);
    }
}

fn remove_item<T>(list: &mut Vec<T>, index: usize) {
    if index < list.len() {
        list.remove(index);
    }
}

#[cfg(test)]
mod tests;
