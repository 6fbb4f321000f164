//! The ticket as plain text, ready to paste into the vendor's form, with the ways to take it
//! away.

use yew::prelude::*;

use super::ticket_actions::TicketActions;
use web_sys::HtmlSelectElement;

use crate::domain::export::{ticket_to_plain_text, TicketExportContext};
use crate::domain::ticket::Ticket;
use crate::i18n::{Locale, Message};
use crate::ui::context::{use_dom_id, use_text};
use crate::ui::widgets::use_headings;

/// The id of the text block, so "copy" can fall back to selecting it.
pub const TICKET_TEXT_ID: &str = "st-ticket-text";

#[derive(Properties, PartialEq)]
pub struct TicketTextProps {
    pub ticket: Ticket,
    pub context: TicketExportContext,
    /// The language the ticket text is written in.
    pub locale: Locale,
    /// The language tags the support channel reads.
    pub offered: Vec<String>,
    pub on_choose_locale: Callback<Locale>,
}

#[function_component(TicketText)]
pub fn ticket_text(props: &TicketTextProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let select_id = use_dom_id("st-ticket-language");
    let hint_id = format!("{select_id}-hint");
    let labels = props.locale.export_labels();
    let plain_text = ticket_to_plain_text(&props.ticket, &props.context, &labels);
    let on_choose = {
        let on_choose_locale = props.on_choose_locale.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(chosen) = Locale::from_tag(&select.value()) {
                on_choose_locale.emit(chosen);
            }
        })
    };
    let offered =
        |locale: &Locale| props.offered.iter().any(|tag| Locale::from_tag(tag) == Some(*locale));
    html! {
        <section class="st-section st-ticket-text" aria-labelledby="st-ticket-text-heading">
            <@{headings.tag(2)} id="st-ticket-text-heading" class="st-heading-m">{ text(Message::TicketTextHeading) }</@>
            <p class="st-hint st-no-print">{ text(Message::TicketTextHint) }</p>
            if Locale::ALL.len() > 1 {
                <div class="st-form-group st-no-print">
                    <label class="st-label" for={select_id.clone()}>{ text(Message::TicketLanguageLabel) }</label>
                    <p id={hint_id.clone()} class="st-hint">{ text(Message::TicketLanguageHint) }</p>
                    <select id={select_id} class="st-select" aria-describedby={hint_id} onchange={on_choose}>
                        { for Locale::ALL.iter().map(|option| html! {
                            <option value={option.tag()} lang={option.tag()} selected={*option == props.locale}>
                                { option.native_name() }
                                { if offered(option) { " ✓" } else { "" } }
                            </option>
                        }) }
                    </select>
                </div>
            }
            // Focusable so keyboard users can scroll it when it is taller than its box.
            <pre id={TICKET_TEXT_ID} class="st-ticket-text__text" tabindex="0" lang={props.locale.tag()}>{ plain_text.clone() }</pre>
            <TicketActions ticket={props.ticket.clone()} context={props.context.clone()} {plain_text} {labels} />
        </section>
    }
}
