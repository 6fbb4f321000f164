//! What a mounted instance shares with the page around it: the element it lives in (for
//! events), the latest copy of its open draft (for `currentDraft`), the way in for `open` (a
//! place to show), and which suggestions the page has already heard of.
//!
//! Every event the widget sends the host page goes through [`InstanceBridge::announce`]: a
//! `support-triage:<name>` event that bubbles from the widget's element.

use std::cell::{Cell, RefCell};

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};
use yew::Callback;

use super::context::AppContext;
use crate::app::suggestions_announced::SuggestionsAnnounced;
use crate::domain::export::{ticket_to_json, TicketExportContext};
use crate::domain::ticket::Ticket;

/// Where the host page may send the widget (`SupportTriage.open(id, place)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenPlace {
    /// A new ticket, at its first step, with the page's prefill.
    NewTicket,
    /// The list of drafts.
    Drafts,
    /// The support plan builder.
    Plan,
}

impl OpenPlace {
    /// The place a host page names: "new-ticket", "drafts" or "plan".
    pub fn from_name(name: &str) -> Option<OpenPlace> {
        match name {
            "new-ticket" => Some(OpenPlace::NewTicket),
            "drafts" => Some(OpenPlace::Drafts),
            "plan" => Some(OpenPlace::Plan),
            _ => None,
        }
    }
}

pub struct InstanceBridge {
    element: Option<Element>,
    /// The newest app state handle (a cheap reference, set on every render); the open draft is
    /// read from it only when the host page asks, so typing never copies the ticket for it.
    app: RefCell<Option<AppContext>>,
    /// Shows a place; set by the app once it is mounted.
    opener: RefCell<Option<Callback<OpenPlace>>>,
    /// A place asked for before the app could show it, shown once it can.
    open_on_mount: Cell<Option<OpenPlace>>,
    /// So `support-triage:suggested` is sent once per set shown for a draft.
    suggestions_announced: RefCell<SuggestionsAnnounced>,
}

impl PartialEq for InstanceBridge {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl InstanceBridge {
    pub fn new(element: Element) -> Self {
        InstanceBridge {
            element: Some(element),
            app: RefCell::new(None),
            opener: RefCell::default(),
            open_on_mount: Cell::default(),
            suggestions_announced: RefCell::default(),
        }
    }

    /// A bridge to nowhere, for tests that render the app without a host page.
    pub fn detached() -> Self {
        InstanceBridge {
            element: None,
            app: RefCell::new(None),
            opener: RefCell::default(),
            open_on_mount: Cell::default(),
            suggestions_announced: RefCell::default(),
        }
    }

    pub fn remember_app(&self, app: &AppContext) {
        *self.app.borrow_mut() = Some(app.clone());
    }

    pub fn open_draft_json(&self) -> Option<String> {
        let app = self.app.borrow();
        let ticket = app.as_ref()?.ticket()?;
        ticket_to_json(ticket, &TicketExportContext::default()).ok()
    }

    /// Lets the host page's `open` show places in this instance, and shows the place asked
    /// for before it was mounted, if any.
    pub fn set_opener(&self, opener: Callback<OpenPlace>) {
        if let Some(place) = self.open_on_mount.take() {
            opener.emit(place);
        }
        *self.opener.borrow_mut() = Some(opener);
    }

    /// Shows `place` now if the app is mounted, or as soon as it is.
    pub fn open_once_mounted(&self, place: OpenPlace) {
        if !self.open(place) {
            self.open_on_mount.set(Some(place));
        }
    }

    /// Shows `place`; false when the widget is not mounted yet.
    pub fn open(&self, place: OpenPlace) -> bool {
        let opener = self.opener.borrow().clone();
        opener.map(|opener| opener.emit(place)).is_some()
    }

    /// Sends the host page a bubbling `support-triage:<name>` event with `detail`.
    pub fn announce(&self, name: &str, detail: &JsValue) {
        let Some(element) = &self.element else { return };
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_detail(detail);
        let event_name = format!("support-triage:{name}");
        if let Ok(event) = CustomEvent::new_with_event_init_dict(&event_name, &init) {
            let _ = element.dispatch_event(&event);
        }
    }

    /// Sends `support-triage:suggested` with `{ ids }`, unless these articles are what the
    /// page last heard for this draft (the step shown again, or only its language changed).
    pub fn announce_suggested(&self, draft_id: &str, ids: &[String]) {
        if !self.suggestions_announced.borrow_mut().should_announce(draft_id, ids) {
            return;
        }
        let ids: js_sys::Array = ids.iter().map(|id| JsValue::from_str(id)).collect();
        self.announce("suggested", &detail_with("ids", &ids));
    }

    /// [`InstanceBridge::announce`] with the ticket JSON (`docs/ticket-json.md`) as `detail`,
    /// with the facts of `context` (the response window, the channel) as the page shows them.
    pub fn announce_ticket(&self, name: &str, ticket: &Ticket, context: &TicketExportContext) {
        if let Ok(json) = ticket_to_json(ticket, context) {
            self.announce(name, &json.into());
        }
    }
}

/// A `detail` object with one member.
pub fn detail_with(name: &str, value: &JsValue) -> JsValue {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &JsValue::from_str(name), value);
    detail.into()
}
