//! Section 2: the escalation workflow. Ordered steps, each saying who hands what to whom and
//! which information travels with it, and how the tiers work together in the first rollout
//! phase.

use yew::prelude::*;

use super::builder::PlanPageProps;
use super::edit::move_item;
use super::party::{next_party_up, party_options};
use super::section_frame::{use_section_exit, SectionFrame};
use super::step_fields::{StepFields, StepSetter};
use super::{ids, use_focus_request, use_plan, use_plan_edit};
use crate::domain::plan::{EscalationStep, Party, Section, SupportPlan};
use crate::i18n::Message;
use crate::ui::context::{use_locale, use_text};
use crate::ui::widgets::TextField;

#[function_component(EscalationPage)]
pub fn escalation_page(props: &PlanPageProps) -> Html {
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
            let example = SupportPlan::example();
            let added = example.escalation.len();
            edit.emit(Box::new(move |plan| {
                plan.escalation = example.escalation;
                if plan.rollout_note.trim().is_empty() {
                    plan.rollout_note = example.rollout_note;
                }
            }));
            on_focus.emit(ids::step_field(0, "from"));
            announcement.set(locale.example_steps_added(added));
        })
    };
    let on_add = {
        let edit = edit.clone();
        let on_focus = on_focus.clone();
        let from = steps.last().map_or(Party::User, |step| step.to);
        Callback::from(move |_: MouseEvent| {
            let step = EscalationStep {
                from,
                to: next_party_up(from),
                handover: String::new(),
                information: Vec::new(),
            };
            edit.emit(Box::new(move |plan| plan.escalation.push(step)));
            on_focus.emit(ids::step_field(count, "from"));
        })
    };
    let on_change = {
        let edit = edit.clone();
        Callback::from(move |(index, apply, value): (usize, StepSetter, String)| {
            edit.emit(Box::new(move |plan| {
                if let Some(step) = plan.escalation.get_mut(index) {
                    apply(step, value);
                }
            }))
        })
    };
    let on_move = {
        let edit = edit.clone();
        let on_focus = on_focus.clone();
        let announcement = announcement.clone();
        Callback::from(move |(index, up): (usize, bool)| {
            let mut order: Vec<usize> = (0..count).collect();
            let Some(target) = move_item(&mut order, index, up) else { return };
            edit.emit(Box::new(move |plan| {
                move_item(&mut plan.escalation, index, up);
            }));
            // Keep focus on the moved step: on the same button while it can still move that
            // way, otherwise on the other one.
            let can_go_on = if up { target > 0 } else { target + 1 < count };
            let button = match (up, can_go_on) {
                (true, true) | (false, false) => "up",
                (false, true) | (true, false) => "down",
            };
            on_focus.emit(ids::step_field(target, button));
            announcement.set(locale.step_moved(index + 1, target + 1));
        })
    };
    let on_remove = {
        let edit = edit.clone();
        let on_focus = on_focus.clone();
        let announcement = announcement.clone();
        Callback::from(move |index: usize| {
            edit.emit(Box::new(move |plan| {
                if index < plan.escalation.len() {
                    plan.escalation.remove(index);
                }
            }));
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
    let on_rollout_note = Callback::from(move |value: String| {
        edit.emit(Box::new(move |plan| plan.rollout_note = value))
    });

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
            <h2 class="st-heading-m">{ text(Message::PlanRolloutHeading) }</h2>
            <TextField id={ids::ROLLOUT_NOTE} label={text(Message::PlanRolloutNote)} optional=true
                       hint={text(Message::PlanRolloutNoteHint)} rows={3}
                       value={plan.plan.rollout_note.clone()} on_input={on_rollout_note} />
        </SectionFrame>
    }
}
