//! A date input, using the browser's own date picker; an empty field means no date.

use chrono::NaiveDate;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::Message;
use crate::ui::context::{use_dom_id, use_text};

#[derive(Properties, PartialEq)]
pub struct DateFieldProps {
    pub id: String,
    pub label: String,
    pub value: Option<NaiveDate>,
    pub on_change: Callback<Option<NaiveDate>>,
}

#[function_component(DateField)]
pub fn date_field(props: &DateFieldProps) -> Html {
    let text = use_text();
    let id = use_dom_id(&props.id);
    let on_change = props.on_change.clone();
    // A date input reports either a complete ISO date or nothing, so parsing cannot see half a
    // date; anything unreadable counts as no date.
    let onchange = Callback::from(move |event: Event| {
        let input: HtmlInputElement = event.target_unchecked_into();
        on_change.emit(NaiveDate::parse_from_str(&input.value(), "%Y-%m-%d").ok());
    });
    html! {
        <div class="st-form-group">
            <label class="st-label" for={id.clone()}>
                { format!("{} {}", props.label, text(Message::Optional)) }
            </label>
            <input class="st-input st-input--date" type="date" id={id.clone()}
                   name={id.clone()}
                   value={props.value.map(|date| date.format("%Y-%m-%d").to_string()).unwrap_or_default()}
                   {onchange} />
        </div>
    }
}
