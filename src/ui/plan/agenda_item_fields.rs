//! One agenda item: its topic and length, with buttons to move it and remove it.

use yew::prelude::*;

use super::ids;
use super::minutes_field::MinutesField;
use crate::domain::plan::AgendaItem;
use crate::domain::plan_edit::Direction;
use crate::i18n::Message;
use crate::ui::context::{use_locale, use_text};
use crate::ui::widgets::TextField;

#[derive(Properties, PartialEq)]
pub struct AgendaItemFieldsProps {
    pub index: usize,
    pub count: usize,
    pub item: AgendaItem,
    #[prop_or_default]
    pub title_error: Option<String>,
    #[prop_or_default]
    pub minutes_error: Option<String>,
    pub on_title: Callback<(usize, String)>,
    pub on_minutes: Callback<(usize, u32)>,
    pub on_move: Callback<(usize, Direction)>,
    pub on_remove: Callback<usize>,
}

#[function_component(AgendaItemFields)]
pub fn agenda_item_fields(props: &AgendaItemFieldsProps) -> Html {
    let text = use_text();
    let locale = use_locale();
    let index = props.index;
    let number = index + 1;
    let on_title = props.on_title.reform(move |value: String| (index, value));
    let on_minutes = props.on_minutes.reform(move |minutes: u32| (index, minutes));
    let reference = html! {
        <span class="st-visually-hidden">{ " " }{ locale.agenda_item_reference(number) }</span>
    };
    let move_button = |direction: Direction| {
        let on_move = props.on_move.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_move.emit((index, direction)));
        let (id, visible) = match direction {
            Direction::Up => (ids::agenda_field(index, "up"), text(Message::PlanMoveUp)),
            Direction::Down => (ids::agenda_field(index, "down"), text(Message::PlanMoveDown)),
        };
        html! {
            <button type="button" {id} class="st-button st-button--secondary st-button--small" {onclick}>
                { visible }{ reference.clone() }
            </button>
        }
    };
    let on_remove = {
        let on_remove = props.on_remove.clone();
        Callback::from(move |_: MouseEvent| on_remove.emit(index))
    };
    html! {
        <fieldset class="st-fieldset st-plan-item">
            <legend class="st-fieldset__legend st-plan-item__legend">{ locale.agenda_item_label(number) }</legend>
            <div class="st-plan-item__grid st-plan-item__grid--wide-first">
                <TextField id={ids::agenda_field(index, "title")} label={text(Message::PlanAgendaTitle)}
                           value={props.item.title.clone()} error={props.title_error.clone()} on_input={on_title} />
                <MinutesField id={ids::agenda_field(index, "minutes")} label={text(Message::PlanAgendaMinutes)}
                              value={props.item.minutes} error={props.minutes_error.clone()} on_change={on_minutes} />
            </div>
            <div class="st-plan-item__actions">
                if index > 0 { { move_button(Direction::Up) } }
                if index + 1 < props.count { { move_button(Direction::Down) } }
                <button type="button" id={ids::agenda_field(index, "remove")}
                        class="st-button st-button--warning-secondary st-button--small" onclick={on_remove}>
                    { text(Message::PlanRemove) }{ reference.clone() }
                </button>
            </div>
        </fieldset>
    }
}
