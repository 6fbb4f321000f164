//! What a mounted instance shares with the page around it: the element it lives in (for
//! events) and the latest copy of its open draft (for `currentDraft`).

use std::cell::RefCell;

use web_sys::{CustomEvent, CustomEventInit, Element};

use super::context::AppContext;
use crate::domain::export::{ticket_to_json, TicketExportContext};
use crate::domain::ticket::Ticket;

pub struct InstanceBridge {
    element: Option<Element>,
    /// The newest app state handle (a cheap reference, set on every render); the open draft is
    /// read from it only when the host page asks, so typing never copies the ticket for it.
    app: RefCell<Option<AppContext>>,
}

impl PartialEq for InstanceBridge {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl InstanceBridge {
    pub fn new(element: Element) -> Self {
        InstanceBridge { element: Some(element), app: RefCell::new(None) }
    }

    /// A bridge to nowhere, for tests that render the app without a host page.
    pub fn detached() -> Self {
        InstanceBridge { element: None, app: RefCell::new(None) }
    }

    pub fn remember_app(&self, app: &AppContext) {
        *self.app.borrow_mut() = Some(app.clone());
    }

    pub fn open_draft_json(&self) -> Option<String> {
        let app = self.app.borrow();
        let ticket = app.as_ref()?.ticket()?;
        ticket_to_json(ticket, &TicketExportContext::default()).ok()
    }

    /// Tells the host page that a ticket was marked as filed: a bubbling
    /// `support-triage:filed` event whose `detail` is the ticket JSON.
    pub fn announce_filed(&self, ticket: &Ticket) {
        let Some(element) = &self.element else { return };
        let Ok(json) = ticket_to_json(ticket, &TicketExportContext::default()) else { return };
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_detail(&json.into());
        if let Ok(event) = CustomEvent::new_with_event_init_dict("support-triage:filed", &init) {
            let _ = element.dispatch_event(&event);
        }
    }
}
