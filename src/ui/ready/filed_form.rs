//! "I have filed it": the vendor's ticket number turns the draft into a filed ticket, and the
//! response window becomes a countdown from the filing time.

use yew::prelude::*;

use crate::domain::ticket::{FilingChange, FilingChangeKind};
use crate::domain::ticket_edit::TicketEdit;
use crate::i18n::Message;
use crate::ui::context::{use_locale, use_text};
use crate::ui::flow::use_edit;
use crate::ui::platform::{format_weekday_date_time, now, user_locale_tag};
use crate::ui::widgets::{error_for, use_headings, ErrorSummary, FieldError, TextField};

const NUMBER_ID: &str = "st-vendor-ticket-number";

/// A form for the vendor's ticket number: what is typed, its problem, and a submit that
/// refuses an empty number and hands a trimmed one to `on_number`.
struct NumberForm {
    number: UseStateHandle<String>,
    errors: UseStateHandle<Vec<FieldError>>,
    on_input: Callback<String>,
    on_submit: Callback<SubmitEvent>,
}

#[hook]
fn use_number_form(
    field_id: &'static str,
    initial: String,
    on_number: impl Fn(String) + 'static,
) -> NumberForm {
    let number = use_state(move || initial);
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
                errors.set(vec![FieldError::keyed(field_id, Message::FiledNumberError)]);
                return;
            }
            errors.set(Vec::new());
            on_number(vendor_ticket_number);
        })
    };
    NumberForm { number, errors, on_input, on_submit }
}

#[function_component(FiledForm)]
pub fn filed_form() -> Html {
    let headings = use_headings();
    let text = use_text();
    let edit = use_edit();
    let NumberForm { number, errors, on_input, on_submit } =
        use_number_form(NUMBER_ID, String::new(), move |vendor_ticket_number| {
            edit.emit(TicketEdit::Filed { filed_at: now(), vendor_ticket_number })
        });
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

const CORRECTED_NUMBER_ID: &str = "st-vendor-ticket-number-corrected";

#[derive(Properties, PartialEq)]
pub struct FiledCorrectionProps {
    /// The number the ticket is filed under now.
    pub number: String,
}

/// A filed ticket's number can be corrected, or the filing withdrawn (the ticket is a draft
/// again); either way the earlier filing stays in the ticket's history.
#[function_component(FiledCorrection)]
pub fn filed_correction(props: &FiledCorrectionProps) -> Html {
    let text = use_text();
    let edit = use_edit();
    let NumberForm { number, errors, on_input, on_submit } = {
        let edit = edit.clone();
        use_number_form(CORRECTED_NUMBER_ID, props.number.clone(), move |vendor_ticket_number| {
            edit.emit(TicketEdit::CorrectVendorNumber { vendor_ticket_number, at: now() })
        })
    };
    let on_withdraw = Callback::from(move |_: MouseEvent| {
        edit.emit(TicketEdit::WithdrawFiling { at: now() });
    });
    html! {
        <details class="st-details st-no-print">
            <summary class="st-details__summary">{ text(Message::FiledChangeSummary) }</summary>
            <div class="st-details__text">
                <ErrorSummary errors={(*errors).clone()} />
                <form class="st-form" novalidate=true onsubmit={on_submit}>
                    <TextField id={CORRECTED_NUMBER_ID} label={text(Message::FiledCorrectLabel)}
                               value={(*number).clone()}
                               error={error_for(&errors, CORRECTED_NUMBER_ID, text)} {on_input} />
                    <div class="st-button-group">
                        <button type="submit" class="st-button">{ text(Message::FiledCorrectButton) }</button>
                        <button type="button" class="st-button st-button--secondary" onclick={on_withdraw}>
                            { text(Message::FiledWithdrawButton) }
                        </button>
                    </div>
                </form>
            </div>
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct FilingHistoryProps {
    pub history: Vec<FilingChange>,
}

/// Earlier filings of the ticket, oldest first.
#[function_component(FilingHistory)]
pub fn filing_history(props: &FilingHistoryProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let locale = use_locale();
    if props.history.is_empty() {
        return html! {};
    }
    let locale_tag = user_locale_tag(locale.tag());
    html! {
        <section class="st-section" aria-labelledby="st-filing-history-heading">
            <@{headings.tag(2)} id="st-filing-history-heading" class="st-heading-s">{ text(Message::FiledHistoryHeading) }</@>
            <ul class="st-list">
                { for props.history.iter().map(|earlier| {
                    let date = format_weekday_date_time(earlier.changed_at, &locale_tag);
                    let line = match earlier.change {
                        FilingChangeKind::NumberCorrected => locale.filing_corrected(&earlier.vendor_ticket_number, &date),
                        FilingChangeKind::Withdrawn => locale.filing_withdrawn(&earlier.vendor_ticket_number, &date),
                    };
                    html! { <li>{ line }</li> }
                }) }
            </ul>
        </section>
    }
}
