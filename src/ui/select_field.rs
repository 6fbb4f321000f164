//! A labelled drop-down list with its hint and error message.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::context::{use_dom_id, use_text};
use super::widgets::FieldErrorMessage;
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
    #[prop_or_default]
    pub error: Option<String>,
    pub on_select: Callback<String>,
}

#[function_component(SelectField)]
pub fn select_field(props: &SelectFieldProps) -> Html {
    let text = use_text();
    let id = use_dom_id(&props.id);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let mut described_by = Vec::new();
    if props.hint.is_some() {
        described_by.push(hint_id.clone());
    }
    if props.error.is_some() {
        described_by.push(error_id.clone());
    }
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
        <div class={classes!("st-form-group", props.error.is_some().then_some("st-form-group--error"))}>
            <label class="st-label" for={id.clone()}>{ label }</label>
            if let Some(hint) = &props.hint {
                <p id={hint_id} class="st-hint">{ hint }</p>
            }
            <FieldErrorMessage id={error_id} message={props.error.clone()} />
            <select id={id.clone()} name={id.clone()}
                    class={classes!("st-select", props.error.is_some().then_some("st-input--error"))}
                    aria-describedby={(!described_by.is_empty()).then(|| described_by.join(" "))}
                    {onchange}>
                { for props.options.iter().map(|(value, shown)| html! {
                    <option value={value.clone()} selected={*value == props.selected}>{ shown }</option>
                }) }
            </select>
        </div>
    }
}
