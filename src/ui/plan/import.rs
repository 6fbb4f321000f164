//! Import a plan from a JSON file exported by this app (here or in another browser). The file
//! is read in the browser, checked by the domain's reader, and either replaces the plan (with
//! an undo on the task list) or is refused with the reason.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{FileReader, HtmlInputElement};
use yew::prelude::*;

use super::problems::import_error_text;
use super::{ids, use_plan};
use crate::app::plan::PlanAction;
use crate::domain::plan::plan_from_json;
use crate::i18n::Message;
use crate::ui::context::{use_dom_id, use_locale, use_text};
use crate::ui::widgets::{use_headings, FieldErrorMessage};

/// A plan export is a few kilobytes; anything far larger is not one, and reading it would only
/// make the page slow.
const MAX_IMPORT_BYTES: f64 = 1_000_000.0;

#[derive(Properties, PartialEq)]
pub struct ImportPlanProps {
    /// Why the last file was refused, if it was.
    pub error: Option<String>,
    /// Reports a refused file (`Some`) or a successful import (`None`).
    pub on_result: Callback<Option<String>>,
}

#[function_component(ImportPlan)]
pub fn import_plan(props: &ImportPlanProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let locale = use_locale();
    let plan = use_plan();
    // The reader's listener must live until the file has been read.
    let reading = use_mut_ref(|| None::<EventListener>);

    let onchange = {
        let on_result = props.on_result.clone();
        let reading = reading.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            // Let the same file be chosen again after fixing it.
            input.set_value("");
            let file_name = file.name();
            if file.size() > MAX_IMPORT_BYTES {
                on_result.emit(Some(locale.import_too_large(&file_name)));
                return;
            }
            let Ok(reader) = FileReader::new() else {
                on_result.emit(Some(
                    locale.import_failed(&file_name, text(Message::PlanImportUnreadable)),
                ));
                return;
            };
            let on_result = on_result.clone();
            let plan = plan.clone();
            let listener = EventListener::once(&reader, "loadend", move |event| {
                let contents = event
                    .target()
                    .and_then(|target| target.dyn_into::<FileReader>().ok())
                    .and_then(|reader| reader.result().ok())
                    .and_then(|result| result.as_string());
                match contents.map(|json| plan_from_json(&json)) {
                    None => on_result.emit(Some(
                        locale.import_failed(&file_name, text(Message::PlanImportUnreadable)),
                    )),
                    Some(Err(error)) => on_result.emit(Some(
                        locale.import_failed(&file_name, &import_error_text(locale, &error)),
                    )),
                    Some(Ok(imported)) => {
                        plan.dispatch(PlanAction::Imported { plan: imported, file_name });
                        on_result.emit(None);
                    }
                }
            });
            // Replacing an earlier listener drops it; the one that is running is never dropped
            // from inside its own callback.
            *reading.borrow_mut() = Some(listener);
            if reader.read_as_text(&file).is_err() {
                reading.borrow_mut().take();
            }
        })
    };
    let input_id = use_dom_id(ids::IMPORT_FILE);
    let hint_id = format!("{input_id}-hint");
    let error_id = format!("{input_id}-error");
    let described_by =
        if props.error.is_some() { format!("{hint_id} {error_id}") } else { hint_id.clone() };
    html! {
        <section class="st-plan-panel" aria-labelledby="st-plan-import-heading">
            <@{headings.tag(2)} id="st-plan-import-heading" class="st-heading-m">{ text(Message::PlanImportHeading) }</@>
            <div class={classes!("st-form-group", props.error.is_some().then_some("st-form-group--error"))}>
                <label class="st-label" for={input_id.clone()}>{ text(Message::PlanImportLabel) }</label>
                <p id={hint_id} class="st-hint">{ text(Message::PlanImportHint) }</p>
                <FieldErrorMessage id={error_id} message={props.error.clone()} />
                <input type="file" id={input_id.clone()} name={input_id.clone()}
                       class={classes!("st-file-upload", props.error.is_some().then_some("st-input--error"))}
                       accept=".json,application/json" aria-describedby={described_by} {onchange} />
            </div>
        </section>
    }
}
