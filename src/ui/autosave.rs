//! Autosave: a change is written after a short pause in typing, at once when the page is hidden
//! or closed, and changes made in other tabs are noticed through the `storage` event.

use std::cell::RefCell;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::context::{AppContext, ServicesContext};
use super::platform::now;
use super::state::{AppAction, OpenDraft, SaveStatus};
use crate::store::drafts::{DraftStore, SaveError};
use crate::store::StorageError;

/// How long typing must pause before a save. Short enough that a closed tab loses almost
/// nothing even where `pagehide` does not fire; long enough that a fast typist causes one write
/// per pause, not one per key.
const AUTOSAVE_DELAY_MS: u32 = 300;

/// What the timers and page events need: the newest unsaved draft and the open draft's id.
#[derive(Default)]
struct Pending {
    unsaved: Option<OpenDraft>,
    open_id: Option<String>,
}

/// Writes the newest unsaved change, if any, and reports the outcome as an action.
fn flush(store: &DraftStore, pending: &RefCell<Pending>, dispatch: &Callback<AppAction>) {
    let Some(open) = pending.borrow_mut().unsaved.take() else { return };
    super::crash::remember_open_draft(&open.ticket);
    let action = match store.save(&open.ticket, open.revision, now()) {
        Ok(revision) => AppAction::Saved { id: open.ticket.id.clone(), revision },
        Err(SaveError::Conflict { theirs: Some(theirs) }) => AppAction::ChangedElsewhere(*theirs),
        Err(SaveError::Conflict { theirs: None }) | Err(SaveError::Deleted) => {
            match store.save_over(&open.ticket, now()) {
                Ok(revision) => AppAction::RestoredAfterDelete { revision },
                Err(error) => save_failed(error),
            }
        }
        Err(error) => save_failed(error),
    };
    dispatch.emit(action);
}

fn save_failed(error: SaveError) -> AppAction {
    gloo::console::warn!(format!("Support Triage could not save the draft: {error}"));
    let quota = matches!(error, SaveError::Storage(StorageError::QuotaExceeded));
    AppAction::SaveFailed { quota }
}

/// Keeps the open draft saved. Call once, in the root component.
#[hook]
pub fn use_autosave(app: AppContext, services: ServicesContext) {
    let pending = use_mut_ref(Pending::default);
    let timer = use_mut_ref(|| None::<Timeout>);
    let dispatch = {
        let app = app.clone();
        use_memo((), move |_| Callback::from(move |action| app.dispatch(action)))
    };

    // Keep the newest unsaved change where the timer and the page events can reach it.
    {
        let mut pending = pending.borrow_mut();
        pending.open_id = app.open.as_ref().map(|open| open.ticket.id.clone());
        if app.save_status == SaveStatus::Pending {
            pending.unsaved = app.open.clone();
        }
    }

    // A copy for the panic notice whenever another draft is opened.
    let open_id = app.open.as_ref().map(|open| open.ticket.id.clone());
    {
        let app = app.clone();
        use_effect_with(open_id, move |_| {
            if let Some(open) = app.open.as_ref() {
                super::crash::remember_open_draft(&open.ticket);
            }
        });
    }

    // Restart the pause timer on every change.
    let change_stamp = app
        .open
        .as_ref()
        .filter(|_| app.save_status == SaveStatus::Pending)
        .map(|open| (open.ticket.id.clone(), open.ticket.updated_at));
    {
        let pending = pending.clone();
        let services = services.clone();
        let dispatch = dispatch.clone();
        use_effect_with(change_stamp, move |stamp| {
            if stamp.is_some() {
                let timeout = Timeout::new(AUTOSAVE_DELAY_MS, move || {
                    flush(&services.store, &pending, &dispatch);
                });
                *timer.borrow_mut() = Some(timeout);
            }
        });
    }

    // Page events: flush when hidden or closed; follow other tabs' writes.
    use_effect_with((), move |_| {
        let mut listeners = Vec::new();
        if let Some(window) = web_sys::window() {
            for event in ["pagehide", "beforeunload"] {
                let pending = pending.clone();
                let services = services.clone();
                let dispatch = dispatch.clone();
                listeners.push(EventListener::new(&window, event, move |_| {
                    flush(&services.store, &pending, &dispatch);
                }));
            }
            if let Some(document) = window.document() {
                let pending = pending.clone();
                let services = services.clone();
                let dispatch = dispatch.clone();
                let watched = document.clone();
                listeners.push(EventListener::new(&document, "visibilitychange", move |_| {
                    if watched.visibility_state() == web_sys::VisibilityState::Hidden {
                        flush(&services.store, &pending, &dispatch);
                    }
                }));
            }
            let pending = pending.clone();
            listeners.push(EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else { return };
                let Some(key) = event.key() else { return };
                let store = &services.store;
                if key == store.index_key() {
                    if let Ok(report) = store.load_all(now(), &super::platform::new_id()) {
                        dispatch.emit(AppAction::DraftsReloaded(report.drafts));
                    }
                    return;
                }
                let open_id = pending.borrow().open_id.clone();
                let Some(open_id) = open_id else { return };
                if key != store.draft_key(&open_id) {
                    return;
                }
                if let Some(theirs) =
                    event.new_value().and_then(|raw| store.parse_event_value(&raw, &open_id))
                {
                    dispatch.emit(AppAction::ChangedElsewhere(theirs));
                }
            }));
        }
        move || drop(listeners)
    });
}
