//! "I have filed it": the vendor's ticket number turns the draft into a filed ticket, and the
//! response window becomes a countdown from the filing time.

use yew::prelude::*;

use crate::domain::ticket_edit::TicketEdit;
use crate::i18n::Message;
use crate::ui::context::use_text;
use crate::ui::flow::use_edit;
use crate::ui::platform::now;
use crate::ui::widgets::{error_for, use_headings, ErrorSummary, FieldError, TextField};

const NUMBER_ID: &str = "st-vendor-ticket-number";

#[function_component(FiledForm)]
pub fn filed_form() -> Html {
    let headings = use_headings();
    let text = use_text();
    let edit = use_edit();
    let number = use_state(String::new);
    let errors = use_state(Vec::<FieldError>::new);
    let on_input = {
        let number = number.clone();
        Callback::from(move |value: String| number.set(value))
    };
    let on_submit = {
        let number = number.clone();
        let errors = errors.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let vendor_ticket_number = number.trim().to_owned();
            if vendor_ticket_number.is_empty() {
                errors.set(vec![FieldError::keyed(NUMBER_ID, Message::FiledNumberError)]);
                return;
            }
            errors.set(Vec::new());
            let filed_at = now();
            edit.emit(TicketEdit::Filed { filed_at, vendor_ticket_number });
        })
    };
    html! {
        <section class="st-section st-filed-form st-no-print" aria-labelledby="st-filed-heading">
            <@{headings.tag(2)} id="st-filed-heading" class="st-heading-m">{ text(Message::FiledFormHeading) }</@>
            <ErrorSummary errors={(*errors).clone()} />
            <form class="st-form" novalidate=true onsubmit={on_submit}>
                <TextField id={NUMBER_ID} label={text(Message::FiledNumberLabel)}
                           hint={text(Message::FiledNumberHint)} value={(*number).clone()}
                           error={error_for(&errors, NUMBER_ID, text)} {on_input} />
                <button type="submit" class="st-button">{ text(Message::FiledButton) }</button>
            </form>
        </section>
    }
}
