//! Tools for all drafts at once: download them as one file, import such a file, delete all.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::{read_as_text, FileReader};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::delete_drafts;
use crate::app::state::AppAction;
use crate::i18n::Message;
use crate::store::drafts::{drafts_to_bundle, BundleError, ImportReport, SkipReason};
use crate::ui::context::{use_app, use_dom_id, use_locale, use_services, use_text};
use crate::ui::labels::bundle_error_text;
use crate::ui::platform::{download, now};
use crate::ui::widgets::use_headings;

/// What the last import said.
#[derive(Clone, PartialEq)]
enum ImportOutcome {
    Done(Rc<ImportReport>),
    /// The browser could not read the chosen file.
    FileUnreadable,
    /// The file is not a drafts export this version can import.
    Refused(BundleError),
}

#[function_component(DraftsTools)]
pub fn drafts_tools() -> Html {
    let headings = use_headings();
    let text = use_text();
    let locale = use_locale();
    let app = use_app();
    let services = use_services();
    let outcome = use_state(|| None::<ImportOutcome>);
    let confirming_clear = use_state(|| false);
    let import_id = use_dom_id("st-import-drafts");
    let import_hint_id = format!("{import_id}-hint");
    // The reader must live until it calls back.
    let reader = use_mut_ref(|| None::<FileReader>);

    let on_export = {
        let services = services.clone();
        Callback::from(move |_: MouseEvent| {
            if let Ok(tickets) = services.store.all_tickets() {
                download(
                    "support-triage-drafts.json",
                    "application/json",
                    &drafts_to_bundle(&tickets),
                );
            }
        })
    };
    let on_import = {
        let app = app.clone();
        let services = services.clone();
        let outcome = outcome.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            input.set_value("");
            let app = app.clone();
            let services = services.clone();
            let outcome = outcome.clone();
            let file = gloo::file::File::from(file);
            let slot: Rc<RefCell<Option<FileReader>>> = reader.clone();
            *reader.borrow_mut() = Some(read_as_text(&file, move |result| {
                let next = match result {
                    Err(_) => ImportOutcome::FileUnreadable,
                    Ok(text) => match services.store.import_bundle(&text, now()) {
                        Ok((report, written)) => {
                            app.dispatch(AppAction::DraftsAdded(written));
                            ImportOutcome::Done(Rc::new(report))
                        }
                        Err(error) => ImportOutcome::Refused(error),
                    },
                };
                outcome.set(Some(next));
                slot.borrow_mut().take();
            }));
        })
    };
    let on_clear = {
        let confirming_clear = confirming_clear.clone();
        Callback::from(move |_: MouseEvent| confirming_clear.set(true))
    };
    let on_cancel_clear = {
        let confirming_clear = confirming_clear.clone();
        Callback::from(move |_: MouseEvent| confirming_clear.set(false))
    };
    let on_confirm_clear = {
        let app = app.clone();
        let services = services.clone();
        let confirming_clear = confirming_clear.clone();
        Callback::from(move |_: MouseEvent| {
            let ids: Vec<String> = app.drafts.iter().map(|summary| summary.id.clone()).collect();
            let deleted = delete_drafts(&services, ids.iter().map(String::as_str));
            app.dispatch(AppAction::DraftsDeleted(deleted));
            confirming_clear.set(false);
        })
    };

    let report = match outcome.as_ref() {
        None => html! {},
        Some(ImportOutcome::FileUnreadable) => html! {
            <div class="st-inset st-inset--warning" role="status">
                <p>{ text(Message::ImportFailed) }{ " " }{ text(Message::ImportFileUnreadable) }</p>
            </div>
        },
        Some(ImportOutcome::Refused(error)) => html! {
            <div class="st-inset st-inset--warning" role="status">
                <p>{ text(Message::ImportFailed) }{ " " }{ bundle_error_text(locale, error) }</p>
            </div>
        },
        Some(ImportOutcome::Done(report)) => html! {
            <div class="st-inset" role="status">
                <@{headings.tag(3)} class="st-heading-s">{ text(Message::ImportedHeading) }</@>
                <p>{ locale.imported_count(report.imported.len()) }</p>
                if !report.skipped.is_empty() {
                    <ul class="st-list">
                        { for report.skipped.iter().map(|entry| {
                            let why = match entry.reason {
                                SkipReason::NewerAlreadyStored => Message::ImportSkippedNewer,
                                SkipReason::Invalid(_) => Message::ImportSkippedInvalid,
                                SkipReason::NotSaved(_) => Message::ImportSkippedNotSaved,
                            };
                            html! { <li>{ &entry.label }{ ": " }{ text(why) }</li> }
                        }) }
                    </ul>
                }
            </div>
        },
    };

    html! {
        <section class="st-drafts-tools">
            <div class="st-button-group">
                <button type="button" class="st-button st-button--secondary" onclick={on_export}>
                    { text(Message::ExportAllDrafts) }
                </button>
            </div>
            <div class="st-form-group">
                <label class="st-label" for={import_id.clone()}>{ text(Message::ImportDrafts) }</label>
                <p id={import_hint_id.clone()} class="st-hint">{ text(Message::ImportDraftsHint) }</p>
                <input id={import_id} class="st-file-input" type="file" accept="application/json,.json"
                       aria-describedby={import_hint_id} onchange={on_import} />
            </div>
            <div aria-live="polite">{ report }</div>
            if !app.drafts.is_empty() {
                if *confirming_clear {
                    <div class="st-notice st-notice--warning" role="alertdialog" aria-labelledby="st-clear-heading">
                        <@{headings.tag(2)} id="st-clear-heading" class="st-heading-s">{ text(Message::ClearAllConfirmHeading) }</@>
                        <p>{ text(Message::ClearAllConfirmBody) }</p>
                        <div class="st-button-group">
                            <button type="button" class="st-button st-button--warning" onclick={on_confirm_clear}>
                                { text(Message::ClearAllConfirm) }
                            </button>
                            <button type="button" class="st-link-button" onclick={on_cancel_clear}>{ text(Message::Cancel) }</button>
                        </div>
                    </div>
                } else {
                    <button type="button" class="st-button st-button--warning" onclick={on_clear}>
                        { text(Message::ClearAllDrafts) }
                    </button>
                }
            }
        </section>
    }
}
