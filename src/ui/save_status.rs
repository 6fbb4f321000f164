//! The autosave status, announced politely to screen readers.

use yew::prelude::*;

use super::state::SaveStatus;
use super::use_text;
use crate::i18n::Message;

#[derive(Properties, PartialEq)]
pub struct SaveStatusLineProps {
    pub status: SaveStatus,
    pub storage_is_persistent: bool,
}

#[function_component(SaveStatusLine)]
pub fn save_status_line(props: &SaveStatusLineProps) -> Html {
    let text = use_text();
    let message = if !props.storage_is_persistent {
        Some(Message::MemoryOnlyNotice)
    } else {
        match props.status {
            SaveStatus::Idle => None,
            SaveStatus::Saved => Some(Message::SavedStatus),
            SaveStatus::NotSaved => Some(Message::NotSavedStatus),
        }
    };
    let warning = !props.storage_is_persistent || props.status == SaveStatus::NotSaved;
    html! {
        <p class={classes!("st-save-status", warning.then_some("st-save-status--warning"))}
           role="status" aria-live="polite">
            { message.map(text).unwrap_or_default() }
        </p>
    }
}
