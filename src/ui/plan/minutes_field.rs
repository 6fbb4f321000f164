//! A whole number of minutes. Only digits are kept, and an empty field is shown for zero, so
//! clearing the field to type a new number works as expected.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::Message;
use crate::ui::context::{use_dom_id, use_text};
use crate::ui::widgets::FieldErrorMessage;

/// The longest length accepted for one item: a week, far beyond any training session.
const MAX_MINUTES: u32 = 10_080;

#[derive(Properties, PartialEq)]
pub struct MinutesFieldProps {
    pub id: String,
    pub label: String,
    pub value: u32,
    #[prop_or_default]
    pub error: Option<String>,
    pub on_change: Callback<u32>,
}

#[function_component(MinutesField)]
pub fn minutes_field(props: &MinutesFieldProps) -> Html {
    let text = use_text();
    let id = use_dom_id(&props.id);
    let suffix_id = format!("{id}-suffix");
    let error_id = format!("{id}-error");
    let described_by =
        if props.error.is_some() { format!("{suffix_id} {error_id}") } else { suffix_id.clone() };
    let on_change = props.on_change.clone();
    let oninput = Callback::from(move |event: InputEvent| {
        let input: HtmlInputElement = event.target_unchecked_into();
        let typed = input.value();
        let digits: String = typed.chars().filter(char::is_ascii_digit).take(6).collect();
        let minutes = digits.parse::<u32>().map_or(0, |minutes| minutes.min(MAX_MINUTES));
        let shown = if minutes == 0 { String::new() } else { minutes.to_string() };
        // The state may not change (a letter typed after "30"), so nothing would re-render:
        // put the cleaned value back at once.
        if shown != typed {
            input.set_value(&shown);
        }
        on_change.emit(minutes);
    });
    html! {
        <div class={classes!("st-form-group", props.error.is_some().then_some("st-form-group--error"))}>
            <label class="st-label" for={id.clone()}>{ &props.label }</label>
            <FieldErrorMessage id={error_id} message={props.error.clone()} />
            <div class="st-input-wrapper">
                <input class={classes!("st-input", "st-input--width-4", props.error.is_some().then_some("st-input--error"))}
                       type="text" inputmode="numeric" id={id.clone()} name={id.clone()}
                       autocomplete="off" aria-describedby={described_by}
                       value={if props.value == 0 { String::new() } else { props.value.to_string() }}
                       {oninput} />
                <span id={suffix_id} class="st-input-suffix">{ text(Message::MinutesUnit) }</span>
            </div>
        </div>
    }
}
