//! Autosave for the plan: a change is written after a short pause, at once when the page is
//! hidden or closed, and changes made in other tabs are noticed through the `storage` event.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::state::{PlanAction, PlanContext, PlanSaveStatus};
use crate::domain::plan::SupportPlan;
use crate::store::plan::{PlanSaveError, PlanStore};
use crate::store::StorageError;
use crate::ui::context::ServicesContext;
use crate::ui::platform::now;

/// The same pause as the drafts' autosave: one write per pause in typing, not one per key.
const AUTOSAVE_DELAY_MS: u32 = 300;

/// The newest change that storage does not have yet.
struct Unsaved {
    plan: Rc<SupportPlan>,
    base_revision: u64,
    change_count: u64,
}

/// Writes the newest unsaved change, if any, and reports the outcome as an action.
fn flush(store: &PlanStore, pending: &RefCell<Option<Unsaved>>, dispatch: &Callback<PlanAction>) {
    let Some(unsaved) = pending.borrow_mut().take() else { return };
    let action = match store.save(&unsaved.plan, unsaved.base_revision, now()) {
        Ok(revision) => PlanAction::Saved { revision, change_count: unsaved.change_count },
        Err(PlanSaveError::Conflict { theirs: Some(theirs) }) => {
            PlanAction::ChangedElsewhere(Some(*theirs))
        }
        Err(PlanSaveError::Conflict { theirs: None }) => {
            match store.save_over(&unsaved.plan, now()) {
                Ok(revision) => PlanAction::Saved { revision, change_count: unsaved.change_count },
                Err(error) => save_failed(error),
            }
        }
        Err(error) => save_failed(error),
    };
    dispatch.emit(action);
}

pub fn save_failed(error: PlanSaveError) -> PlanAction {
    gloo::console::warn!(format!("Support Triage could not save the plan: {error:?}"));
    let quota = matches!(error, PlanSaveError::Storage(StorageError::QuotaExceeded));
    PlanAction::SaveFailed { quota }
}

/// Keeps the plan saved. Call once, where the plan state is created.
#[hook]
pub fn use_plan_autosave(state: PlanContext, services: ServicesContext) {
    let pending = use_mut_ref(|| None::<Unsaved>);
    let timer = use_mut_ref(|| None::<Timeout>);
    let dispatch = {
        let state = state.clone();
        use_memo((), move |_| Callback::from(move |action| state.dispatch(action)))
    };

    // Keep the newest unsaved change where the timer and the page events can reach it; a reset
    // or an adopted plan from another tab clears it, so it is never written back.
    *pending.borrow_mut() = (state.save_status == PlanSaveStatus::Pending).then(|| Unsaved {
        plan: state.plan.clone(),
        base_revision: state.revision,
        change_count: state.change_count,
    });

    // Restart the pause timer on every change.
    let change_stamp = (state.save_status == PlanSaveStatus::Pending).then_some(state.change_count);
    {
        let pending = pending.clone();
        let services = services.clone();
        let dispatch = dispatch.clone();
        use_effect_with(change_stamp, move |stamp| {
            if stamp.is_some() {
                let timeout = Timeout::new(AUTOSAVE_DELAY_MS, move || {
                    flush(&services.plan_store, &pending, &dispatch);
                });
                *timer.borrow_mut() = Some(timeout);
            }
        });
    }

    // Page events: flush when hidden or closed; follow other tabs' writes.
    let (pending_on_leave, services_on_leave, dispatch_on_leave) =
        (pending.clone(), services.clone(), dispatch.clone());
    use_effect_with((), move |_| {
        let mut listeners = Vec::new();
        if let Some(window) = web_sys::window() {
            for event in ["pagehide", "beforeunload"] {
                let pending = pending.clone();
                let services = services.clone();
                let dispatch = dispatch.clone();
                listeners.push(EventListener::new(&window, event, move |_| {
                    flush(&services.plan_store, &pending, &dispatch);
                }));
            }
            if let Some(document) = window.document() {
                let pending = pending.clone();
                let services = services.clone();
                let dispatch = dispatch.clone();
                let watched = document.clone();
                listeners.push(EventListener::new(&document, "visibilitychange", move |_| {
                    if watched.visibility_state() == web_sys::VisibilityState::Hidden {
                        flush(&services.plan_store, &pending, &dispatch);
                    }
                }));
            }
            listeners.push(EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else { return };
                let store = &services.plan_store;
                // A `null` key means another tab cleared all of storage.
                let key = event.key();
                if key.as_deref().is_some_and(|key| key != store.plan_key()) {
                    return;
                }
                match event.new_value() {
                    None => dispatch.emit(PlanAction::ChangedElsewhere(None)),
                    Some(raw) => {
                        if let Some(theirs) = store.parse_event_value(&raw) {
                            dispatch.emit(PlanAction::ChangedElsewhere(Some(theirs)));
                        }
                    }
                }
            }));
        }
        // The provider goes away with the screens that use the plan: save what is unsaved.
        move || {
            drop(listeners);
            flush(&services_on_leave.plan_store, &pending_on_leave, &dispatch_on_leave);
        }
    });
}
