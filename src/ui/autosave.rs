//! Autosave, one hook for every document (the open draft, the plan): a change is written after
//! a short pause in typing, at once when the page is hidden or closed, and changes made in
//! other tabs are followed through the `storage` event. What a write comes to is decided by
//! [`write_unsaved`] in the app core; this hook only times it and reports back.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::context::{Services, ServicesContext};
use super::platform::now;
use crate::app::document::{write_unsaved, DocumentStore, SaveOutcome, Unsaved};
use crate::app::plan::{PlanAction, PlanState};
use crate::app::state::{AppAction, AppState};
use crate::domain::plan::SupportPlan;
use crate::domain::ticket::Ticket;
use crate::store::drafts::DraftStore;
use crate::store::plan::PlanStore;

/// How long typing must pause before a save. Short enough that a closed tab loses almost
/// nothing even where `pagehide` does not fire; long enough that a fast typist causes one write
/// per pause, not one per key.
const AUTOSAVE_DELAY_MS: u32 = 300;

type RecordOf<D> = <<D as Autosaved>::Store as DocumentStore>::Record;

/// A state that holds a document the autosave keeps.
pub trait Autosaved: Reducible + 'static {
    type Store: DocumentStore + 'static;
    /// What the console says when a write fails (the interface says it in words).
    const SAVE_FAILED: &'static str;

    fn store(services: &Services) -> &Self::Store;
    /// The newest change storage does not have.
    fn unsaved(&self) -> Option<Unsaved<RecordOf<Self>>>;
    /// The name of the stored record whose other-tab writes matter now.
    fn watched(&self) -> Option<String>;
    fn save_done(name: String, outcome: SaveOutcome<RecordOf<Self>>) -> Self::Action;
    /// The action for another tab's write of `key` (`None`: all of storage was cleared), if
    /// it concerns this document.
    fn storage_event(
        services: &Services,
        watched: Option<&str>,
        key: Option<&str>,
        new_value: Option<String>,
    ) -> Option<Self::Action>;
    /// Just before a change is written.
    fn before_write(_unsaved: &Unsaved<RecordOf<Self>>) {}
}

impl Autosaved for AppState {
    type Store = DraftStore;
    const SAVE_FAILED: &'static str = "Support Triage could not save the draft";

    fn store(services: &Services) -> &DraftStore {
        &services.store
    }
    fn unsaved(&self) -> Option<Unsaved<Ticket>> {
        AppState::unsaved(self)
    }
    fn watched(&self) -> Option<String> {
        self.ticket().map(|ticket| ticket.id.clone())
    }
    fn save_done(name: String, outcome: SaveOutcome<Ticket>) -> AppAction {
        AppAction::SaveDone { id: name, outcome }
    }
    fn storage_event(
        services: &Services,
        watched: Option<&str>,
        key: Option<&str>,
        new_value: Option<String>,
    ) -> Option<AppAction> {
        let store = &services.store;
        let key = key?;
        if key == store.index_key() {
            return match store.load_all(now(), &super::platform::new_id()) {
                Ok(report) => Some(AppAction::DraftsReloaded(report.drafts)),
                Err(_) => None,
            };
        }
        let id = watched?;
        if key != store.draft_key(id) {
            return None;
        }
        let theirs = store.parse_event_value(&new_value?, id)?;
        Some(AppAction::ChangedElsewhere(theirs))
    }
    fn before_write(unsaved: &Unsaved<Ticket>) {
        super::crash::remember_open_draft(&unsaved.record);
    }
}

impl Autosaved for PlanState {
    type Store = PlanStore;
    const SAVE_FAILED: &'static str = "Support Triage could not save the plan";

    fn store(services: &Services) -> &PlanStore {
        &services.plan_store
    }
    fn unsaved(&self) -> Option<Unsaved<SupportPlan>> {
        PlanState::unsaved(self)
    }
    fn watched(&self) -> Option<String> {
        Some(crate::store::quarantine::PLAN_NAME.to_owned())
    }
    fn save_done(_name: String, outcome: SaveOutcome<SupportPlan>) -> PlanAction {
        PlanAction::SaveDone(outcome)
    }
    fn storage_event(
        services: &Services,
        _watched: Option<&str>,
        key: Option<&str>,
        new_value: Option<String>,
    ) -> Option<PlanAction> {
        let store = &services.plan_store;
        // A `null` key means another tab cleared all of storage.
        if key.is_some_and(|key| key != store.plan_key()) {
            return None;
        }
        match new_value {
            None => Some(PlanAction::ChangedElsewhere(None)),
            Some(raw) => store
                .parse_event_value(&raw)
                .map(|theirs| PlanAction::ChangedElsewhere(Some(theirs))),
        }
    }
}

/// What the timers and page events need: the newest unsaved change, the record being
/// watched, and a change of a document the user has just left.
struct Pending<R> {
    unsaved: Option<Unsaved<R>>,
    watched: Option<String>,
    left_behind: Option<Unsaved<R>>,
}

impl<R> Default for Pending<R> {
    fn default() -> Self {
        Pending { unsaved: None, watched: None, left_behind: None }
    }
}

/// Writes `unsaved` and reports the outcome as an action.
fn write<D: Autosaved>(
    services: &Services,
    unsaved: Unsaved<RecordOf<D>>,
    dispatch: &Callback<D::Action>,
) {
    D::before_write(&unsaved);
    let outcome = write_unsaved(D::store(services), &unsaved, now());
    if let SaveOutcome::Failed { .. } = outcome {
        gloo::console::warn!(D::SAVE_FAILED);
    }
    dispatch.emit(D::save_done(unsaved.name, outcome));
}

/// Writes the newest unsaved change, if any.
fn flush<D: Autosaved>(
    services: &Services,
    pending: &RefCell<Pending<RecordOf<D>>>,
    dispatch: &Callback<D::Action>,
) {
    let unsaved = pending.borrow_mut().unsaved.take();
    if let Some(unsaved) = unsaved {
        write::<D>(services, unsaved, dispatch);
    }
}

/// Keeps the document in `state` saved. Call once where the state is created; when that
/// component goes away, what is unsaved is written.
#[hook]
pub fn use_autosave<D>(state: UseReducerHandle<D>, services: ServicesContext)
where
    D: Autosaved,
    RecordOf<D>: 'static,
{
    let pending: Rc<RefCell<Pending<RecordOf<D>>>> = use_mut_ref(Pending::default);
    let timer = use_mut_ref(|| None::<Timeout>);
    let dispatch = {
        let state = state.clone();
        use_memo((), move |_| Callback::from(move |action| state.dispatch(action)))
    };

    // Keep the newest unsaved change where the timer and the page events can reach it. A
    // document replaced by another tab's or reset has nothing unsaved, so nothing stale is
    // written back; a change of a document the user has just left is written, not dropped.
    let unsaved = state.unsaved();
    let change_stamp = unsaved.as_ref().map(|unsaved| (unsaved.name.clone(), unsaved.change_count));
    {
        let mut pending = pending.borrow_mut();
        let watched = state.watched();
        if pending.watched != watched {
            pending.left_behind = pending.unsaved.take();
        }
        pending.watched = watched;
        pending.unsaved = unsaved;
    }
    {
        let pending = pending.clone();
        let services = services.clone();
        let dispatch = dispatch.clone();
        use_effect(move || {
            let left_behind = pending.borrow_mut().left_behind.take();
            if let Some(left_behind) = left_behind {
                write::<D>(&services, left_behind, &dispatch);
            }
        });
    }

    // Restart the pause timer on every change.
    {
        let pending = pending.clone();
        let services = services.clone();
        let dispatch = dispatch.clone();
        use_effect_with(change_stamp, move |stamp| {
            if stamp.is_some() {
                let timeout = Timeout::new(AUTOSAVE_DELAY_MS, move || {
                    flush::<D>(&services, &pending, &dispatch);
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
                let (pending, services, dispatch) =
                    (pending.clone(), services.clone(), dispatch.clone());
                listeners.push(EventListener::new(&window, event, move |_| {
                    flush::<D>(&services, &pending, &dispatch);
                }));
            }
            if let Some(document) = window.document() {
                let (pending, services, dispatch) =
                    (pending.clone(), services.clone(), dispatch.clone());
                let watched = document.clone();
                listeners.push(EventListener::new(&document, "visibilitychange", move |_| {
                    if watched.visibility_state() == web_sys::VisibilityState::Hidden {
                        flush::<D>(&services, &pending, &dispatch);
                    }
                }));
            }
            let (pending, services, dispatch) =
                (pending.clone(), services.clone(), dispatch.clone());
            listeners.push(EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else { return };
                let watched = pending.borrow().watched.clone();
                if let Some(action) = D::storage_event(
                    &services,
                    watched.as_deref(),
                    event.key().as_deref(),
                    event.new_value(),
                ) {
                    dispatch.emit(action);
                }
            }));
        }
        // The component that owns the state is going away: write what is unsaved.
        move || {
            drop(listeners);
            flush::<D>(&services, &pending, &dispatch);
        }
    });
}
