//! One escalation step: from whom, to whom, what is handed over and what information travels
//! with it, with buttons to move it and remove it.

use yew::prelude::*;

use super::edit::{lines_from_text, text_from_lines};
use super::ids;
use super::party::{party_from_value, party_value};
use crate::domain::plan::EscalationStep;
use crate::i18n::Message;
use crate::ui::context::{use_locale, use_text};
use crate::ui::select_field::SelectField;
use crate::ui::widgets::{error_for, FieldError, TextField};

/// Sets one field of a step from the text of its control.
pub type StepSetter = fn(&mut EscalationStep, String);

#[derive(Properties, PartialEq)]
pub struct StepFieldsProps {
    pub index: usize,
    /// How many steps there are, to know whether this one can move down.
    pub count: usize,
    pub step: EscalationStep,
    /// The parties to choose from, as (value, text).
    pub options: Vec<(String, String)>,
    pub errors: Vec<FieldError>,
    pub on_change: Callback<(usize, StepSetter, String)>,
    /// Move the step at `index` up (`true`) or down.
    pub on_move: Callback<(usize, bool)>,
    pub on_remove: Callback<usize>,
}

#[function_component(StepFields)]
pub fn step_fields(props: &StepFieldsProps) -> Html {
    let text = use_text();
    let locale = use_locale();
    let index = props.index;
    let number = index + 1;
    let change = |apply: StepSetter| {
        let on_change = props.on_change.clone();
        Callback::from(move |value: String| on_change.emit((index, apply, value)))
    };
    let set_from: StepSetter = |step, value| {
        if let Some(party) = party_from_value(&value) {
            step.from = party;
        }
    };
    let set_to: StepSetter = |step, value| {
        if let Some(party) = party_from_value(&value) {
            step.to = party;
        }
    };
    let move_button = |up: bool| {
        let on_move = props.on_move.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_move.emit((index, up)));
        let (id, visible) = if up {
            (ids::step_field(index, "up"), text(Message::PlanMoveUp))
        } else {
            (ids::step_field(index, "down"), text(Message::PlanMoveDown))
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
                             on_select={change(set_from)} />
                <SelectField id={field("to")} label={text(Message::PlanStepTo)} options={props.options.clone()}
                             selected={party_value(props.step.to)} error={error_for(&props.errors, &field("to"), text)}
                             on_select={change(set_to)} />
            </div>
            <TextField id={field("handover")} label={text(Message::PlanStepHandover)}
                       hint={text(Message::PlanStepHandoverHint)} value={props.step.handover.clone()}
                       error={error_for(&props.errors, &field("handover"), text)}
                       on_input={change(|step, value| step.handover = value)} />
            <TextField id={field("information")} label={text(Message::PlanStepInformation)} optional=true
                       hint={text(Message::PlanOnePerLine)} rows={3}
                       value={text_from_lines(&props.step.information)}
                       on_input={change(|step, value| step.information = lines_from_text(&value))} />
            <div class="st-plan-item__actions">
                if index > 0 { { move_button(true) } }
                if index + 1 < props.count { { move_button(false) } }
                <button type="button" id={field("remove")} class="st-button st-button--warning-secondary st-button--small"
                        onclick={on_remove}>
                    { text(Message::PlanRemove) }<span class="st-visually-hidden">{ " " }{ locale.step_reference(number) }</span>
                </button>
            </div>
        </fieldset>
    }
}
