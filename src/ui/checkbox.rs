//! One GOV.UK-style checkbox with its label, hint and error message; when ticked it can reveal
//! more questions right under it (the "conditional reveal"), announced as controlled by it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::context::use_dom_id;
use super::widgets::FieldErrorMessage;

#[derive(Properties, PartialEq)]
pub struct CheckboxProps {
    pub id: String,
    pub label: String,
    #[prop_or_default]
    pub hint: Option<String>,
    pub checked: bool,
    #[prop_or_default]
    pub error: Option<String>,
    pub on_toggle: Callback<bool>,
    /// Shown under the checkbox while it is ticked.
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Checkbox)]
pub fn checkbox(props: &CheckboxProps) -> Html {
    let id = use_dom_id(&props.id);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let conditional_id = format!("{id}-conditional");
    let has_conditional = props.children != Html::default();
    let mut described_by = Vec::new();
    if props.hint.is_some() {
        described_by.push(hint_id.clone());
    }
    if props.error.is_some() {
        described_by.push(error_id.clone());
    }
    let on_toggle = props.on_toggle.clone();
    let onchange = Callback::from(move |event: Event| {
        let input: HtmlInputElement = event.target_unchecked_into();
        on_toggle.emit(input.checked());
    });
    html! {
        <div class="st-checkboxes__group">
            <div class={classes!("st-checkboxes__item", props.error.is_some().then_some("st-checkboxes__item--error"))}>
                <FieldErrorMessage id={error_id} message={props.error.clone()} />
                <input class="st-checkboxes__input" type="checkbox" id={id.clone()}
                       name={id.clone()} checked={props.checked}
                       aria-describedby={(!described_by.is_empty()).then(|| described_by.join(" "))}
                       aria-controls={has_conditional.then(|| conditional_id.clone())}
                       aria-expanded={has_conditional.then(|| props.checked.to_string())}
                       {onchange} />
                <label class="st-checkboxes__label" for={id.clone()}>{ &props.label }</label>
                if let Some(hint) = &props.hint {
                    <p id={hint_id} class="st-hint st-checkboxes__hint">{ hint }</p>
                }
            </div>
            if has_conditional {
                <div id={conditional_id} class="st-conditional" hidden={!props.checked}>
                    if props.checked {
                        { props.children.clone() }
                    }
                </div>
            }
        </div>
    }
}
