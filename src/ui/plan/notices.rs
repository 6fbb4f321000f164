//! Notices about the plan's storage: the autosave status, the in-memory warning, a conflict
//! with another tab, and plans that could not be read.

use yew::prelude::*;

use super::use_plan;
use crate::app::document::SaveOutcome;
use crate::app::plan::PlanAction;
use crate::ui::context::use_services;
use crate::ui::document_notices::{ConflictNotice, QuarantineList, SaveNotices, PLAN_WORDS};
use crate::ui::platform::now;

#[function_component(PlanSaveNotices)]
pub fn plan_save_notices() -> Html {
    let plan = use_plan();
    html! {
        <SaveNotices status={plan.persisted.save_status} persistent={plan.storage_is_persistent}
                     words={&PLAN_WORDS} class="st-no-print">
            <PlanConflict />
        </SaveNotices>
    }
}

/// Another tab saved a newer plan while this one had unsaved changes: the user chooses.
#[function_component(PlanConflict)]
fn plan_conflict() -> Html {
    let plan = use_plan();
    let services = use_services();
    if plan.persisted.conflict.is_none() {
        return html! {};
    }
    let on_keep_theirs = {
        let plan = plan.clone();
        Callback::from(move |_: MouseEvent| plan.dispatch(PlanAction::KeepTheirs))
    };
    let on_keep_mine = {
        let plan = plan.clone();
        Callback::from(move |_: MouseEvent| {
            match services.plan_store.save_over(&plan.plan, now()) {
                Ok(saved) => plan.dispatch(PlanAction::KeptMine(saved)),
                Err(error) => plan.dispatch(PlanAction::SaveDone(SaveOutcome::Failed {
                    quota: error.is_quota(),
                })),
            }
        })
    };
    html! { <ConflictNotice words={&PLAN_WORDS} {on_keep_mine} {on_keep_theirs} /> }
}

/// Stored plans that could not be read: their text can be viewed and downloaded, never lost.
#[function_component(PlanQuarantine)]
pub fn plan_quarantine() -> Html {
    let plan = use_plan();
    html! {
        <QuarantineList records={plan.quarantined.clone()} words={&PLAN_WORDS}
                        class="st-notice st-notice--warning st-no-print" />
    }
}
