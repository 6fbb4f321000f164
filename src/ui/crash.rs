//! What survives a panic: a copy of the open draft as JSON, kept outside the Yew state so the
//! panic notice can offer it for download after the app has stopped.

use std::cell::RefCell;

use crate::domain::export::{ticket_to_json, TicketExportContext};
use crate::domain::ticket::Ticket;

thread_local! {
    static OPEN_DRAFT_JSON: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

/// Keeps the latest copy of the open draft. Called when a draft is saved or opened, so the copy
/// is at most one autosave pause old.
pub fn remember_open_draft(ticket: &Ticket) {
    if let Ok(json) = ticket_to_json(ticket, &TicketExportContext::default()) {
        OPEN_DRAFT_JSON.with(|slot| *slot.borrow_mut() = Some((ticket.id.clone(), json)));
    }
}

/// The last copy: the draft's id and its JSON.
pub fn open_draft_json() -> Option<(String, String)> {
    OPEN_DRAFT_JSON.with(|slot| slot.borrow().clone())
}
