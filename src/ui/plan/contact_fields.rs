//! One contact of a tier: name, role, email address and phone number, and a way to remove it.

use yew::prelude::*;

use super::ids;
use crate::domain::plan::Contact;
use crate::domain::plan_edit::ContactText;
use crate::i18n::Message;
use crate::ui::context::{use_locale, use_text};
use crate::ui::widgets::{error_for, FieldError, TextField};

#[derive(Properties, PartialEq)]
pub struct ContactFieldsProps {
    pub tier: u8,
    pub index: usize,
    pub contact: Contact,
    pub errors: Vec<FieldError>,
    /// A field of the contact at `index` changed: which one and its new text. The change is
    /// applied to the plan as it is then, not to this render's copy.
    pub on_change: Callback<(usize, ContactText, String)>,
    pub on_remove: Callback<usize>,
}

#[function_component(ContactFields)]
pub fn contact_fields(props: &ContactFieldsProps) -> Html {
    let text = use_text();
    let locale = use_locale();
    let (tier, index) = (props.tier, props.index);
    let change = |field| props.on_change.reform(move |value| (index, field, value));
    let on_remove = {
        let on_remove = props.on_remove.clone();
        Callback::from(move |_: MouseEvent| on_remove.emit(index))
    };
    let field = |name: &str| ids::contact_field(tier, index, name);
    let hint_id = field("hint");
    html! {
        <fieldset class="st-fieldset st-plan-item" aria-describedby={hint_id.clone()}>
            <legend class="st-fieldset__legend st-plan-item__legend">{ locale.contact_label(index + 1) }</legend>
            <p id={hint_id} class="st-hint">{ text(Message::PlanContactHint) }</p>
            <div class="st-plan-item__grid">
                <TextField id={field("name")} label={text(Message::PlanContactName)}
                           value={props.contact.name.clone()} error={error_for(&props.errors, &field("name"), text)}
                           autocomplete={"off".to_owned()} on_input={change(ContactText::Name)} />
                <TextField id={field("role")} label={text(Message::PlanContactRole)} optional=true
                           value={props.contact.role.clone()} on_input={change(ContactText::Role)} />
                <TextField id={field("email")} label={text(Message::PlanContactEmail)} input_type="email"
                           value={props.contact.email.clone()} error={error_for(&props.errors, &field("email"), text)}
                           on_input={change(ContactText::Email)} />
                <TextField id={field("phone")} label={text(Message::PlanContactPhone)} input_type="tel"
                           value={props.contact.phone.clone()} error={error_for(&props.errors, &field("phone"), text)}
                           on_input={change(ContactText::Phone)} />
            </div>
            <button type="button" id={ids::remove_contact(tier, index)}
                    class="st-link-button st-link-button--danger st-plan-item__remove"
                    onclick={on_remove}>
                { text(Message::PlanRemove) }<span class="st-visually-hidden">{ " " }{ locale.contact_reference(index + 1, tier) }</span>
            </button>
        </fieldset>
    }
}
