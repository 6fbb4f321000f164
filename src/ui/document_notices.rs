//! The notices every autosaved document shows, one set for drafts and the plan: the save
//! status and the in-memory warning, the choice to make when another tab changed it, and the
//! records that could not be read. Each document supplies its own words.

use std::rc::Rc;

use yew::prelude::*;

use super::context::{use_locale, use_text};
use super::labels::quarantine_reason_text;
use super::platform::download;
use crate::app::document::SaveStatus;
use crate::i18n::Message;
use crate::store::quarantine::QuarantinedRecord;
use crate::ui::widgets::use_headings;

/// What a kind of document calls things in its notices.
#[derive(Debug, PartialEq, Eq)]
pub struct DocumentWords {
    pub memory_only: Message,
    pub not_saved_quota: Message,
    pub not_saved_other: Message,
    pub updated_elsewhere: Message,
    pub restored_after_removal: Message,
    pub conflict_heading: Message,
    pub conflict_body: Message,
    pub quarantine_heading: Message,
    pub quarantine_body: Message,
    /// The `id` of each notice's heading, so two documents' notices never share one.
    pub id_prefix: &'static str,
    /// The start of a downloaded unreadable record's file name.
    pub download_name: &'static str,
}

pub const DRAFT_WORDS: DocumentWords = DocumentWords {
    memory_only: Message::SaveStatusMemoryOnly,
    not_saved_quota: Message::SaveStatusNotSavedQuota,
    not_saved_other: Message::SaveStatusNotSavedOther,
    updated_elsewhere: Message::SaveStatusUpdatedElsewhere,
    restored_after_removal: Message::DeletedElsewhereNotice,
    conflict_heading: Message::ConflictHeading,
    conflict_body: Message::ConflictBody,
    quarantine_heading: Message::QuarantineHeading,
    quarantine_body: Message::QuarantineBody,
    id_prefix: "st",
    download_name: "unreadable-draft",
};

pub const PLAN_WORDS: DocumentWords = DocumentWords {
    memory_only: Message::PlanMemoryOnly,
    not_saved_quota: Message::PlanNotSavedQuota,
    not_saved_other: Message::PlanNotSavedOther,
    updated_elsewhere: Message::PlanUpdatedElsewhere,
    restored_after_removal: Message::PlanRestoredAfterReset,
    conflict_heading: Message::PlanConflictHeading,
    conflict_body: Message::PlanConflictBody,
    quarantine_heading: Message::PlanQuarantineHeading,
    quarantine_body: Message::PlanQuarantineBody,
    id_prefix: "st-plan",
    download_name: "unreadable-plan",
};

fn status_message(status: SaveStatus, words: &DocumentWords) -> Option<Message> {
    match status {
        SaveStatus::Idle => None,
        SaveStatus::Pending => Some(Message::SaveStatusSaving),
        SaveStatus::Saved => Some(Message::SaveStatusSaved),
        SaveStatus::NotSavedQuota => Some(words.not_saved_quota),
        SaveStatus::NotSavedOther => Some(words.not_saved_other),
        SaveStatus::UpdatedElsewhere => Some(words.updated_elsewhere),
        SaveStatus::RestoredAfterRemoval => Some(words.restored_after_removal),
    }
}

#[derive(Properties, PartialEq)]
pub struct SaveNoticesProps {
    pub status: SaveStatus,
    pub persistent: bool,
    pub words: &'static DocumentWords,
    /// More notices after the status (a way out when saving fails, a conflict).
    #[prop_or_default]
    pub children: Html,
    #[prop_or_default]
    pub class: Classes,
}

/// The save status, and a warning while storage only lives as long as the page.
#[function_component(SaveNotices)]
pub fn save_notices(props: &SaveNoticesProps) -> Html {
    let text = use_text();
    let failed = props.status.failed();
    let shown = status_message(props.status, props.words).filter(|_| props.persistent || failed);
    html! {
        <div class={classes!("st-notices", props.class.clone())}>
            if !props.persistent {
                <div class="st-notice st-notice--warning" role="note">
                    <p>{ text(props.words.memory_only) }</p>
                </div>
            }
            <p class={classes!("st-save-status", failed.then_some("st-save-status--warning"))}
               role="status" aria-live="polite">
                { shown.map(text).unwrap_or_default() }
            </p>
            { props.children.clone() }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ConflictNoticeProps {
    pub words: &'static DocumentWords,
    pub on_keep_mine: Callback<MouseEvent>,
    pub on_keep_theirs: Callback<MouseEvent>,
    /// Offered where the document can become two (a draft can; the plan cannot).
    #[prop_or_default]
    pub on_keep_both: Option<Callback<MouseEvent>>,
}

/// Another tab saved a newer version while this one had unsaved changes: the user chooses.
#[function_component(ConflictNotice)]
pub fn conflict_notice(props: &ConflictNoticeProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let heading_id = format!("{}-conflict-heading", props.words.id_prefix);
    html! {
        <div class="st-notice st-notice--important" role="alert" aria-labelledby={heading_id.clone()}>
            <@{headings.tag(2)} id={heading_id} class="st-heading-m">{ text(props.words.conflict_heading) }</@>
            <p>{ text(props.words.conflict_body) }</p>
            <div class="st-button-group">
                <button type="button" class="st-button" onclick={props.on_keep_mine.clone()}>{ text(Message::ConflictKeepMine) }</button>
                <button type="button" class="st-button st-button--secondary" onclick={props.on_keep_theirs.clone()}>{ text(Message::ConflictKeepTheirs) }</button>
                if let Some(on_keep_both) = props.on_keep_both.clone() {
                    <button type="button" class="st-button st-button--secondary" onclick={on_keep_both}>{ text(Message::ConflictKeepBoth) }</button>
                }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct QuarantineListProps {
    pub records: Rc<Vec<QuarantinedRecord>>,
    pub words: &'static DocumentWords,
    #[prop_or_default]
    pub class: Classes,
}

/// Records that could not be read: their raw text can be viewed and downloaded, never lost.
#[function_component(QuarantineList)]
pub fn quarantine_list(props: &QuarantineListProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let locale = use_locale();
    if props.records.is_empty() {
        return html! {};
    }
    let heading_id = format!("{}-quarantine-heading", props.words.id_prefix);
    let download_name = props.words.download_name;
    html! {
        <section class={props.class.clone()} aria-labelledby={heading_id.clone()}>
            <@{headings.tag(2)} id={heading_id} class="st-heading-m">{ text(props.words.quarantine_heading) }</@>
            <p class="st-body">{ text(props.words.quarantine_body) }</p>
            <ul class="st-list st-list--plain">
                { for props.records.iter().enumerate().map(|(index, record)| {
                    let raw = record.raw.clone();
                    let on_download = Callback::from(move |_: MouseEvent| {
                        let number = index.saturating_add(1);
                        download(&format!("{download_name}-{number}.txt"), "text/plain", &raw);
                    });
                    html! {
                        <li class="st-quarantine__item">
                            <p><strong>{ text(Message::QuarantineCouldNotBeRead) }</strong>{ " " }{ quarantine_reason_text(locale, &record.reason) }</p>
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
