//! Notices about the plan's storage: the autosave status, the in-memory warning, a conflict
//! with another tab, and plans that could not be read.

use yew::prelude::*;

use super::autosave::save_failed;
use super::state::{PlanAction, PlanSaveStatus};
use super::use_plan;
use crate::i18n::Message;
use crate::ui::context::{use_services, use_text};
use crate::ui::platform::{download, now};

#[function_component(PlanSaveNotices)]
pub fn plan_save_notices() -> Html {
    let text = use_text();
    let plan = use_plan();
    let status = match plan.save_status {
        PlanSaveStatus::Idle => None,
        PlanSaveStatus::Pending => Some(Message::SaveStatusSaving),
        PlanSaveStatus::Saved => Some(Message::SaveStatusSaved),
        PlanSaveStatus::NotSavedQuota => Some(Message::PlanNotSavedQuota),
        PlanSaveStatus::NotSavedOther => Some(Message::PlanNotSavedOther),
        PlanSaveStatus::UpdatedElsewhere => Some(Message::PlanUpdatedElsewhere),
    };
    let failed =
        matches!(plan.save_status, PlanSaveStatus::NotSavedQuota | PlanSaveStatus::NotSavedOther);
    let shown = status.filter(|_| plan.storage_is_persistent || failed);
    html! {
        <div class="st-notices st-no-print">
            if !plan.storage_is_persistent {
                <div class="st-notice st-notice--warning" role="note">
                    <p>{ text(Message::PlanMemoryOnly) }</p>
                </div>
            }
            <p class={classes!("st-save-status", failed.then_some("st-save-status--warning"))}
               role="status" aria-live="polite">
                { shown.map(&text).unwrap_or_default() }
            </p>
            <PlanConflict />
        </div>
    }
}

/// Another tab saved a newer plan while this one had unsaved changes: the user chooses.
#[function_component(PlanConflict)]
fn plan_conflict() -> Html {
    let text = use_text();
    let plan = use_plan();
    let services = use_services();
    if plan.conflict.is_none() {
        return html! {};
    }
    let on_theirs = {
        let plan = plan.clone();
        Callback::from(move |_: MouseEvent| plan.dispatch(PlanAction::KeepTheirs))
    };
    let on_mine = {
        let plan = plan.clone();
        Callback::from(move |_: MouseEvent| {
            match services.plan_store.save_over(&plan.plan, now()) {
                Ok(revision) => plan.dispatch(PlanAction::KeptMine { revision }),
                Err(error) => plan.dispatch(save_failed(error)),
            }
        })
    };
    html! {
        <div class="st-notice st-notice--important" role="alert" aria-labelledby="st-plan-conflict-heading">
            <h2 id="st-plan-conflict-heading" class="st-heading-m">{ text(Message::PlanConflictHeading) }</h2>
            <p>{ text(Message::PlanConflictBody) }</p>
            <div class="st-button-group">
                <button type="button" class="st-button" onclick={on_mine}>{ text(Message::ConflictKeepMine) }</button>
                <button type="button" class="st-button st-button--secondary" onclick={on_theirs}>{ text(Message::ConflictKeepTheirs) }</button>
            </div>
        </div>
    }
}

/// Stored plans that could not be read: their text can be viewed and downloaded, never lost.
#[function_component(PlanQuarantine)]
pub fn plan_quarantine() -> Html {
    let text = use_text();
    let plan = use_plan();
    if plan.quarantined.is_empty() {
        return html! {};
    }
    html! {
        <section class="st-notice st-notice--warning st-no-print" aria-labelledby="st-plan-quarantine-heading">
            <h2 id="st-plan-quarantine-heading" class="st-heading-m">{ text(Message::PlanQuarantineHeading) }</h2>
            <p>{ text(Message::PlanQuarantineBody) }</p>
            <ul class="st-list st-list--plain">
                { for plan.quarantined.iter().enumerate().map(|(index, record)| {
                    let raw = record.raw.clone();
                    let on_download = Callback::from(move |_: MouseEvent| {
                        download(&format!("unreadable-plan-{}.txt", index + 1), "text/plain", &raw);
                    });
                    html! {
                        <li class="st-quarantine__item">
                            <p><strong>{ text(Message::QuarantineCouldNotBeRead) }</strong>{ " " }{ &record.reason }</p>
                            <details>
                                <summary>{ text(Message::QuarantineShowText) }</summary>
                                <pre class="st-raw-text">{ &record.raw }</pre>
                            </details>
                            <button type="button" class="st-button st-button--secondary st-button--small" onclick={on_download}>
                                { text(Message::QuarantineDownload) }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
