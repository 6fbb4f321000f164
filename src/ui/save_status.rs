//! The open draft's storage notices: its save status, the in-memory warning with a way out,
//! and the choice to make when another tab changed it.

use yew::prelude::*;

use super::context::{use_app, use_services, use_text};
use super::document_notices::{ConflictNotice, SaveNotices, DRAFT_WORDS};
use super::platform::{download, new_id, now};
use crate::app::document::SaveOutcome;
use crate::app::state::AppAction;
use crate::domain::export::{ticket_to_json, TicketExportContext};
use crate::i18n::Message;

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
    let status = app.save_status();
    let show_export = (status.failed() || !app.storage_is_persistent) && app.open.is_some();
    html! {
        <SaveNotices {status} persistent={app.storage_is_persistent} words={&DRAFT_WORDS}>
            if show_export {
                <button type="button" class="st-button st-button--secondary st-button--small" onclick={on_export}>
                    { text(Message::ExportThisDraft) }
                </button>
            }
        </SaveNotices>
    }
}

#[function_component(ConflictBanner)]
pub fn conflict_banner() -> Html {
    let app = use_app();
    let services = use_services();
    if app.conflict().is_none() {
        return html! {};
    }
    let failed = |app: &crate::ui::context::AppContext, quota: bool| {
        let id = app.ticket().map(|ticket| ticket.id.clone()).unwrap_or_default();
        app.dispatch(AppAction::SaveDone { id, outcome: SaveOutcome::Failed { quota } });
    };
    let on_keep_theirs = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(AppAction::KeepTheirs))
    };
    let on_keep_mine = {
        let app = app.clone();
        let services = services.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(ticket) = app.ticket() else { return };
            match services.store.save_over(ticket, now()) {
                Ok(saved) => app.dispatch(AppAction::KeptMine(saved)),
                Err(error) => failed(&app, error.is_quota()),
            }
        })
    };
    let on_keep_both = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(ticket) = app.ticket() else { return };
            let mut copy = ticket.clone();
            copy.id = new_id();
            copy.updated_at = now();
            match services.store.create(&copy, now()) {
                Ok(_) => app.dispatch(AppAction::KeptBoth { copy }),
                Err(error) => failed(&app, error.is_quota()),
            }
        })
    };
    html! {
        <ConflictNotice words={&DRAFT_WORDS} {on_keep_mine} {on_keep_theirs} on_keep_both={Some(on_keep_both)} />
    }
}
