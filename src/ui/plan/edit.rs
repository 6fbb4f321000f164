//! Small changes to the plan that several pages make, kept apart from the components so each
//! component only says which change it wants.

use crate::domain::plan::{Audience, SupportPlan, Tier, HIGHEST_INTERNAL_TIER};

/// True when nothing of a tier has been filled in, so it does not count as defined.
fn tier_is_blank(tier: &Tier) -> bool {
    tier.team_name.trim().is_empty()
        && tier.hours.trim().is_empty()
        && tier.contacts.is_empty()
        && tier.responsibilities.iter().all(|line| line.trim().is_empty())
}

/// Changes the tier with this number, creating it (in number order) when the plan has none.
/// A tier left with nothing filled in is removed again, so an emptied tier 3 means "no tier 3"
/// rather than a tier with problems.
pub fn edit_tier(plan: &mut SupportPlan, number: u8, change: impl FnOnce(&mut Tier)) {
    let index = match plan.tiers.iter().position(|tier| tier.number == number) {
        Some(index) => index,
        None => {
            let at =
                plan.tiers.iter().position(|tier| tier.number > number).unwrap_or(plan.tiers.len());
            plan.tiers.insert(at, Tier { number, ..Tier::default() });
            at
        }
    };
    if let Some(tier) = plan.tiers.get_mut(index) {
        change(tier);
        if tier_is_blank(tier) {
            plan.tiers.remove(index);
        }
    }
}

/// Changes the training audience of this tier, creating it (in tier order) when the plan has
/// none; an audience left empty is removed again.
pub fn edit_audience(plan: &mut SupportPlan, tier: u8, change: impl FnOnce(&mut Audience)) {
    let audiences = &mut plan.training.audiences;
    let index = match audiences.iter().position(|audience| audience.tier == tier) {
        Some(index) => index,
        None => {
            let at = audiences
                .iter()
                .position(|audience| audience.tier > tier)
                .unwrap_or(audiences.len());
            audiences.insert(at, Audience { tier, ..Audience::default() });
            at
        }
    };
    if let Some(audience) = audiences.get_mut(index) {
        change(audience);
        if audience.description.trim().is_empty() && audience.date.is_none() {
            audiences.remove(index);
        }
    }
}

/// The tiers that have no place on the teams page: numbers outside 1 to 3, and a second entry
/// for a number already used. Only an imported plan can have them.
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

/// A text area's text as a list, one item per line. Empty lines are kept while the user types
/// (dropping them would swallow the Enter key); [`tidy`] removes them when the page is left.
pub fn lines_from_text(text: &str) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    text.split('\n').map(|line| line.trim_end_matches('\r').to_owned()).collect()
}

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

/// The plan without the blank lines left in its lists while typing.
pub fn tidy(plan: &SupportPlan) -> SupportPlan {
    let mut tidied = plan.clone();
    for tier in &mut tidied.tiers {
        tidy_lines(&mut tier.responsibilities);
    }
    for step in &mut tidied.escalation {
        tidy_lines(&mut step.information);
    }
    tidied
}

/// Moves the item at `index` one place up or down; returns its new index, or `None` when it
/// cannot move that way.
pub fn move_item<T>(list: &mut [T], index: usize, up: bool) -> Option<usize> {
    let target = if up { index.checked_sub(1)? } else { index + 1 };
    if target >= list.len() || index >= list.len() {
        return None;
    }
    list.swap(index, target);
    Some(target)
}
