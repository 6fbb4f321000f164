//! What the plan's validation problems look like in the builder: their text in the interface
//! language and the control each one is about.

use super::ids;
use crate::domain::plan::{validate_plan, PlanJsonError, PlanProblem, Section, SupportPlan};
use crate::domain::plan_edit::extra_tier_indexes;
use crate::i18n::Locale;
use crate::ui::widgets::FieldError;

/// The problem in the interface language.
pub fn problem_text(locale: Locale, problem: &PlanProblem) -> String {
    locale.plan_problem(problem)
}

/// Why an imported file was refused, in the interface language.
pub fn import_error_text(locale: Locale, error: &PlanJsonError) -> String {
    locale.plan_import_error(error)
}

/// The `id` of the control the problem is about, so the error summary can move focus there.
pub fn problem_field(plan: &SupportPlan, problem: &PlanProblem) -> String {
    match problem {
        PlanProblem::TierNumberOutOfRange { tier_index, .. } => ids::remove_extra_tier(*tier_index),
        PlanProblem::DuplicateTier { number } => {
            let extra = extra_tier_indexes(plan);
            let index = extra
                .into_iter()
                .find(|index| plan.tiers.get(*index).is_some_and(|tier| tier.number == *number));
            index.map_or_else(|| ids::tier_team(*number), ids::remove_extra_tier)
        }
        PlanProblem::TierWithoutTeamName { tier } => ids::tier_team(*tier),
        PlanProblem::TierWithoutContact { tier } => ids::add_contact(*tier),
        PlanProblem::ContactWithoutName { tier, contact_index } => {
            ids::contact_field(*tier, *contact_index, "name")
        }
        PlanProblem::ContactWithoutEmailOrPhone { tier, contact_index }
        | PlanProblem::InvalidEmail { tier, contact_index, .. } => {
            ids::contact_field(*tier, *contact_index, "email")
        }
        PlanProblem::InvalidPhone { tier, contact_index, .. } => {
            ids::contact_field(*tier, *contact_index, "phone")
        }
        PlanProblem::EscalationStepUndefinedTier { step_index, tier } => {
            let from_is_undefined = plan
                .escalation
                .get(*step_index)
                .is_some_and(|step| step.from == crate::domain::plan::Party::Tier(*tier));
            ids::step_field(*step_index, if from_is_undefined { "from" } else { "to" })
        }
        PlanProblem::EscalationStepToItself { step_index } => ids::step_field(*step_index, "to"),
        PlanProblem::EscalationStepWithoutHandover { step_index } => {
            ids::step_field(*step_index, "handover")
        }
        PlanProblem::AudienceUndefinedTier { tier, .. } => ids::audience_description(*tier),
        PlanProblem::AgendaTooShort { .. } | PlanProblem::AgendaTooLong { .. } => {
            ids::agenda_field(0, "minutes")
        }
        PlanProblem::AgendaItemWithoutTitle { item_index } => {
            ids::agenda_field(*item_index, "title")
        }
        PlanProblem::AgendaItemWithoutDuration { item_index } => {
            ids::agenda_field(*item_index, "minutes")
        }
        PlanProblem::ChecklistItemWithoutLabel { item_index } => ids::checklist_item(*item_index),
    }
}

/// The problems of one section.
pub fn section_problems(plan: &SupportPlan, section: Section) -> Vec<PlanProblem> {
    validate_plan(plan).into_iter().filter(|problem| problem.section() == section).collect()
}

/// Problems as error summary entries in `locale`. A control with several problems gets them
/// all in the summary; the message next to the control is the first.
pub fn problem_errors(
    locale: Locale,
    plan: &SupportPlan,
    problems: &[PlanProblem],
) -> Vec<FieldError> {
    problems
        .iter()
        .map(|problem| {
            FieldError::new(&problem_field(plan, problem), problem_text(locale, problem))
        })
        .collect()
}
