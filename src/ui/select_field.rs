//! A labelled drop-down list with its hint.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::context::use_text;
use crate::i18n::Message;

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    pub id: String,
    pub label: String,
    #[prop_or_default]
    pub optional: bool,
    #[prop_or_default]
    pub hint: Option<String>,
    /// Each option's value and the text shown for it.
    pub options: Vec<(String, String)>,
    pub selected: String,
    pub on_select: Callback<String>,
}

#[function_component(SelectField)]
pub fn select_field(props: &SelectFieldProps) -> Html {
    let text = use_text();
    let hint_id = format!("{}-hint", props.id);
    let on_select = props.on_select.clone();
    let onchange = Callback::from(move |event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        on_select.emit(select.value());
    });
    let label = if props.optional {
        format!("{} {}", props.label, text(Message::Optional))
    } else {
        props.label.clone()
    };
    html! {
        <div class="st-form-group">
            <label class="st-label" for={props.id.clone()}>{ label }</label>
            if let Some(hint) = &props.hint {
                <p id={hint_id.clone()} class="st-hint">{ hint }</p>
            }
            <select id={props.id.clone()} name={props.id.clone()} class="st-select"
                    aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())} {onchange}>
                { for props.options.iter().map(|(value, shown)| html! {
                    <option value={value.clone()} selected={*value == props.selected}>{ shown }</option>
                }) }
            </select>
        </div>
    }
}
