//! The ticket as plain text, ready to paste into the vendor's form, with the ways to take it
//! away.

use yew::prelude::*;

use super::ticket_actions::TicketActions;
use crate::domain::export::{ticket_to_plain_text, ExportLabels, TicketExportContext};
use crate::domain::ticket::Ticket;
use crate::i18n::Message;
use crate::ui::context::use_text;

/// The id of the text block, so "copy" can fall back to selecting it.
pub const TICKET_TEXT_ID: &str = "st-ticket-text";

#[derive(Properties, PartialEq)]
pub struct TicketTextProps {
    pub ticket: Ticket,
    pub context: TicketExportContext,
}

#[function_component(TicketText)]
pub fn ticket_text(props: &TicketTextProps) -> Html {
    let text = use_text();
    let plain_text = ticket_to_plain_text(&props.ticket, &props.context, &ExportLabels::english());
    html! {
        <section class="st-section st-ticket-text" aria-labelledby="st-ticket-text-heading">
            <h2 id="st-ticket-text-heading" class="st-heading-m">{ text(Message::TicketTextHeading) }</h2>
            <p class="st-hint st-no-print">{ text(Message::TicketTextHint) }</p>
            // Focusable so keyboard users can scroll it when it is taller than its box.
            <pre id={TICKET_TEXT_ID} class="st-ticket-text__text" tabindex="0">{ plain_text.clone() }</pre>
            <TicketActions ticket={props.ticket.clone()} context={props.context.clone()} {plain_text} />
        </section>
    }
}
