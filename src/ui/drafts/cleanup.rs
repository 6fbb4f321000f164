//! Drafts that have not changed for longer than the configured age are offered for deletion,
//! never deleted silently.

use chrono::Duration;
use yew::prelude::*;

use super::delete_drafts;
use crate::app::state::AppAction;
use crate::i18n::Message;
use crate::ui::context::{use_app, use_locale, use_services, use_text};
use crate::ui::platform::now;
use crate::ui::widgets::use_headings;

#[function_component(CleanupNotice)]
pub fn cleanup_notice() -> Html {
    let headings = use_headings();
    let text = use_text();
    let locale = use_locale();
    let app = use_app();
    let services = use_services();
    let days = services.config.draft_cleanup_days;
    let cutoff = now() - Duration::days(i64::from(days));
    let old_ids: Vec<String> = app
        .drafts
        .iter()
        .filter(|draft| draft.updated_at < cutoff)
        .map(|draft| draft.id.clone())
        .collect();
    if old_ids.is_empty() {
        return html! {};
    }
    let count = old_ids.len();
    let on_delete = Callback::from(move |_: MouseEvent| {
        let deleted = delete_drafts(&services, old_ids.iter().map(String::as_str));
        app.dispatch(AppAction::DraftsDeleted(deleted));
    });
    html! {
        <div class="st-inset" role="region" aria-labelledby="st-cleanup-heading">
            <@{headings.tag(2)} id="st-cleanup-heading" class="st-heading-s">{ text(Message::CleanupHeading) }</@>
            <p>{ locale.old_drafts(count, days) }{ " " }{ text(Message::CleanupBody) }</p>
            <button type="button" class="st-button st-button--secondary st-button--small" onclick={on_delete}>
                { text(Message::CleanupConfirm) }
            </button>
        </div>
    }
}
