//! Section 2: the escalation workflow. Ordered steps, each saying who hands what to whom and
//! which information travels with it, and how the tiers work together in the first rollout
//! phase.

use yew::prelude::*;

use super::party::party_options;
use super::section_frame::{use_section_exit, SectionFrame};
use super::step_fields::StepFields;
use super::PlanPageProps;
use super::{button_after_move, ids, use_focus_request, use_plan, use_plan_edit};
use crate::domain::plan::{Section, SupportPlan};
use crate::domain::plan_edit::{Direction, PlanEdit, StepChange};
use crate::i18n::Message;
use crate::ui::context::{use_locale, use_text};
use crate::ui::widgets::{use_headings, TextField};

#[function_component(EscalationPage)]
pub fn escalation_page(props: &PlanPageProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let locale = use_locale();
    let plan = use_plan();
    let edit = use_plan_edit();
    let on_focus = use_focus_request();
    let announcement = use_state(String::new);
    let exit = use_section_exit(Section::Escalation, props.on_navigate.clone());
    let steps = plan.plan.escalation.clone();
    let count = steps.len();

    let on_use_example = {
        let edit = edit.clone();
        let on_focus = on_focus.clone();
        let announcement = announcement.clone();
        Callback::from(move |_: MouseEvent| {
            edit.emit(PlanEdit::UseExampleSteps);
            on_focus.emit(ids::step_field(0, "from"));
            announcement.set(locale.example_steps_added(SupportPlan::example().escalation.len()));
        })
    };
    let on_add = {
        let edit = edit.clone();
        let on_focus = on_focus.clone();
        Callback::from(move |_: MouseEvent| {
            edit.emit(PlanEdit::AddStep);
            on_focus.emit(ids::step_field(count, "from"));
        })
    };
    let on_change =
        edit.reform(|(index, change): (usize, StepChange)| PlanEdit::EditStep { index, change });
    let on_move = {
        let edit = edit.clone();
        let on_focus = on_focus.clone();
        let announcement = announcement.clone();
        Callback::from(move |(index, direction): (usize, Direction)| {
            let Some(target) = direction.target(index, count) else { return };
            edit.emit(PlanEdit::MoveStep { index, direction });
            // Keep focus on the moved step: on the same button while it can still move that
            // way, otherwise on the other one.
            on_focus.emit(ids::step_field(target, button_after_move(direction, target, count)));
            announcement.set(locale.step_moved(index + 1, target + 1));
        })
    };
    let on_remove = {
        let edit = edit.clone();
        let on_focus = on_focus.clone();
        let announcement = announcement.clone();
        Callback::from(move |index: usize| {
            edit.emit(PlanEdit::RemoveStep { index });
            // The step that took its place, or the one before it, or the add button.
            let next_focus = if index + 1 < count {
                ids::step_field(index, "from")
            } else if index > 0 {
                ids::step_field(index - 1, "from")
            } else {
                ids::ADD_STEP.to_owned()
            };
            on_focus.emit(next_focus);
            announcement.set(locale.step_removed(index + 1));
        })
    };
    let on_rollout_note = edit.reform(PlanEdit::RolloutNote);

    let options = party_options(locale, &plan.plan);
    html! {
        <SectionFrame section={Section::Escalation} errors={exit.errors.clone()}
                      announcement={(*announcement).clone()}
                      on_back={exit.on_back} on_save={exit.on_save}>
            <p class="st-body">{ text(Message::PlanEscalationIntro) }</p>
            if steps.is_empty() {
                <div class="st-inset">
                    <p>{ text(Message::PlanEscalationEmpty) }</p>
                    <button type="button" id={ids::USE_EXAMPLE_STEPS} class="st-button st-button--secondary"
                            onclick={on_use_example}>
                        { text(Message::PlanUseExampleSteps) }
                    </button>
                </div>
            } else {
                <ol class="st-plan-list">
                    { for steps.iter().enumerate().map(|(index, step)| html! {
                        <li key={index} class="st-plan-list__item">
                            <StepFields {index} {count} step={step.clone()} options={options.clone()}
                                        errors={exit.errors.clone()} on_change={on_change.clone()}
                                        on_move={on_move.clone()} on_remove={on_remove.clone()} />
                        </li>
                    }) }
                </ol>
            }
            <p>
                <button type="button" id={ids::ADD_STEP} class="st-button st-button--secondary" onclick={on_add}>
                    { text(Message::PlanAddStep) }
                </button>
            </p>
            <@{headings.tag(2)} class="st-heading-m">{ text(Message::PlanRolloutHeading) }</@>
            <TextField id={ids::ROLLOUT_NOTE} label={text(Message::PlanRolloutNote)} optional=true
                       hint={text(Message::PlanRolloutNoteHint)} rows={3}
                       value={plan.plan.rollout_note.clone()} on_input={on_rollout_note} />
        </SectionFrame>
    }
}
