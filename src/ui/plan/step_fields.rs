//! One escalation step: from whom, to whom, what is handed over and what information travels
//! with it, with buttons to move it and remove it.

use yew::prelude::*;

use super::ids;
use super::party::{party_from_value, party_value};
use crate::domain::plan::EscalationStep;
use crate::domain::plan_edit::{text_from_lines, Direction, StepChange};
use crate::i18n::Message;
use crate::ui::context::{use_locale, use_text};
use crate::ui::select_field::SelectField;
use crate::ui::widgets::{error_for, FieldError, TextField};

#[derive(Properties, PartialEq)]
pub struct StepFieldsProps {
    pub index: usize,
    /// How many steps there are, to know whether this one can move down.
    pub count: usize,
    pub step: EscalationStep,
    /// The parties to choose from, as (value, text).
    pub options: Vec<(String, String)>,
    pub errors: Vec<FieldError>,
    /// A field of the step at `index` changed; the change is applied to the plan as it is
    /// then, not to this render's copy.
    pub on_change: Callback<(usize, StepChange)>,
    /// Move the step at `index` one place up or down.
    pub on_move: Callback<(usize, Direction)>,
    pub on_remove: Callback<usize>,
}

#[function_component(StepFields)]
pub fn step_fields(props: &StepFieldsProps) -> Html {
    let text = use_text();
    let locale = use_locale();
    let index = props.index;
    let number = index + 1;
    // A party arrives as its form value; a value that names no party changes nothing.
    let change = |make: fn(String) -> Option<StepChange>| {
        let on_change = props.on_change.clone();
        Callback::from(move |value: String| {
            if let Some(change) = make(value) {
                on_change.emit((index, change));
            }
        })
    };
    let move_button = |direction: Direction| {
        let on_move = props.on_move.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_move.emit((index, direction)));
        let (id, visible) = match direction {
            Direction::Up => (ids::step_field(index, "up"), text(Message::PlanMoveUp)),
            Direction::Down => (ids::step_field(index, "down"), text(Message::PlanMoveDown)),
        };
        html! {
            <button type="button" {id} class="st-button st-button--secondary st-button--small" {onclick}>
                { visible }<span class="st-visually-hidden">{ " " }{ locale.step_reference(number) }</span>
            </button>
        }
    };
    let on_remove = {
        let on_remove = props.on_remove.clone();
        Callback::from(move |_: MouseEvent| on_remove.emit(index))
    };
    let field = |name: &str| ids::step_field(index, name);
    html! {
        <fieldset class="st-fieldset st-plan-item">
            <legend class="st-fieldset__legend st-plan-item__legend">{ locale.step_label(number) }</legend>
            <div class="st-plan-item__grid">
                <SelectField id={field("from")} label={text(Message::PlanStepFrom)} options={props.options.clone()}
                             selected={party_value(props.step.from)} error={error_for(&props.errors, &field("from"), text)}
                             on_select={change(|value| party_from_value(&value).map(StepChange::From))} />
                <SelectField id={field("to")} label={text(Message::PlanStepTo)} options={props.options.clone()}
                             selected={party_value(props.step.to)} error={error_for(&props.errors, &field("to"), text)}
                             on_select={change(|value| party_from_value(&value).map(StepChange::To))} />
            </div>
            <TextField id={field("handover")} label={text(Message::PlanStepHandover)}
                       hint={text(Message::PlanStepHandoverHint)} value={props.step.handover.clone()}
                       error={error_for(&props.errors, &field("handover"), text)}
                       on_input={change(|value| Some(StepChange::Handover(value)))} />
            <TextField id={field("information")} label={text(Message::PlanStepInformation)} optional=true
                       hint={text(Message::PlanOnePerLine)} rows={3}
                       value={text_from_lines(&props.step.information)}
                       on_input={change(|value| Some(StepChange::Information(value)))} />
            <div class="st-plan-item__actions">
                if index > 0 { { move_button(Direction::Up) } }
                if index + 1 < props.count { { move_button(Direction::Down) } }
                <button type="button" id={field("remove")} class="st-button st-button--warning-secondary st-button--small"
                        onclick={on_remove}>
                    { text(Message::PlanRemove) }<span class="st-visually-hidden">{ " " }{ locale.step_reference(number) }</span>
                </button>
            </div>
        </fieldset>
    }
}
