//! Notices about storage: the autosave status, the in-memory warning, and the choice to make
//! when another tab changed the open draft.

use yew::prelude::*;

use super::context::{use_app, use_services, use_text};
use super::platform::{download, new_id, now};
use super::state::{AppAction, SaveStatus};
use crate::domain::export::{ticket_to_json, TicketExportContext};
use crate::i18n::Message;
use crate::store::drafts::SaveError;

/// Downloads the open draft as JSON, the way out when storage fails.
#[hook]
fn use_export_open_draft() -> Callback<MouseEvent> {
    let app = use_app();
    Callback::from(move |_: MouseEvent| {
        let Some(ticket) = app.ticket() else { return };
        if let Ok(json) = ticket_to_json(ticket, &TicketExportContext::default()) {
            download(&format!("support-ticket-{}.json", ticket.id), "application/json", &json);
        }
    })
}

#[function_component(StorageNotices)]
pub fn storage_notices() -> Html {
    let text = use_text();
    let app = use_app();
    let on_export = use_export_open_draft();
    let status = match app.save_status {
        SaveStatus::Idle => None,
        SaveStatus::Pending => Some(Message::SaveStatusSaving),
        SaveStatus::Saved => Some(Message::SaveStatusSaved),
        SaveStatus::NotSavedQuota => Some(Message::SaveStatusNotSavedQuota),
        SaveStatus::NotSavedOther => Some(Message::SaveStatusNotSavedOther),
        SaveStatus::UpdatedElsewhere => Some(Message::SaveStatusUpdatedElsewhere),
        SaveStatus::RestoredAfterDelete => Some(Message::DeletedElsewhereNotice),
    };
    let failed = matches!(app.save_status, SaveStatus::NotSavedQuota | SaveStatus::NotSavedOther);
    let show_export = (failed || !app.storage_is_persistent) && app.open.is_some();
    html! {
        <div class="st-notices">
            if !app.storage_is_persistent {
                <div class="st-notice st-notice--warning" role="note">
                    <p>{ text(Message::SaveStatusMemoryOnly) }</p>
                </div>
            }
            <p class={classes!("st-save-status", failed.then_some("st-save-status--warning"))}
               role="status" aria-live="polite">
                { status.filter(|_| app.storage_is_persistent || failed).map(&text).unwrap_or_default() }
            </p>
            if show_export {
                <button type="button" class="st-button st-button--secondary st-button--small" onclick={on_export}>
                    { text(Message::ExportThisDraft) }
                </button>
            }
        </div>
    }
}

#[function_component(ConflictBanner)]
pub fn conflict_banner() -> Html {
    let text = use_text();
    let app = use_app();
    let services = use_services();
    if app.conflict.is_none() {
        return html! {};
    }
    let on_theirs = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(AppAction::KeepTheirs))
    };
    let on_mine = {
        let app = app.clone();
        let services = services.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(open) = app.open.as_ref() else { return };
            match services.store.save_over(&open.ticket, now()) {
                Ok(revision) => app.dispatch(AppAction::KeptMine { revision }),
                Err(error) => app.dispatch(AppAction::SaveFailed {
                    quota: matches!(
                        error,
                        SaveError::Storage(crate::store::StorageError::QuotaExceeded)
                    ),
                }),
            }
        })
    };
    let on_both = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(open) = app.open.as_ref() else { return };
            let mut copy = open.ticket.clone();
            copy.id = new_id();
            copy.updated_at = now();
            match services.store.create(&copy, now()) {
                Ok(_) => app.dispatch(AppAction::KeptBoth { copy }),
                Err(error) => app.dispatch(AppAction::SaveFailed {
                    quota: matches!(
                        error,
                        SaveError::Storage(crate::store::StorageError::QuotaExceeded)
                    ),
                }),
            }
        })
    };
    html! {
        <div class="st-notice st-notice--important" role="alert" aria-labelledby="st-conflict-heading">
            <h2 id="st-conflict-heading" class="st-heading-m">{ text(Message::ConflictHeading) }</h2>
            <p>{ text(Message::ConflictBody) }</p>
            <div class="st-button-group">
                <button type="button" class="st-button" onclick={on_mine}>{ text(Message::ConflictKeepMine) }</button>
                <button type="button" class="st-button st-button--secondary" onclick={on_theirs}>{ text(Message::ConflictKeepTheirs) }</button>
                <button type="button" class="st-button st-button--secondary" onclick={on_both}>{ text(Message::ConflictKeepBoth) }</button>
            </div>
        </div>
    }
}
