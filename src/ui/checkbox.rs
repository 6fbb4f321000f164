//! One checkbox with its label and hint; when ticked it can reveal more questions right under
//! it (the GOV.UK "conditional reveal"), which are announced as controlled by the checkbox.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckboxProps {
    pub id: String,
    pub label: String,
    #[prop_or_default]
    pub hint: Option<String>,
    pub checked: bool,
    pub on_toggle: Callback<bool>,
    /// Shown under the checkbox while it is ticked.
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Checkbox)]
pub fn checkbox(props: &CheckboxProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let conditional_id = format!("{}-conditional", props.id);
    let has_conditional = props.children != Html::default();
    let on_toggle = props.on_toggle.clone();
    let onchange = Callback::from(move |event: Event| {
        let input: HtmlInputElement = event.target_unchecked_into();
        on_toggle.emit(input.checked());
    });
    html! {
        <div class="st-checkboxes__group">
            <div class="st-checkboxes__item">
                <input class="st-checkboxes__input" type="checkbox" id={props.id.clone()}
                       name={props.id.clone()} checked={props.checked}
                       aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())}
                       aria-controls={has_conditional.then(|| conditional_id.clone())}
                       aria-expanded={has_conditional.then(|| props.checked.to_string())}
                       {onchange} />
                <label class="st-checkboxes__label" for={props.id.clone()}>{ &props.label }</label>
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
