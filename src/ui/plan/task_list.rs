//! The plan's front page: the four sections as a GOV.UK task list with their status, the
//! escalation path, and printing, downloading, importing and resetting the plan.

use yew::prelude::*;

use super::document::PlanDocument;
use super::import::ImportPlan;
use super::notices::{PlanQuarantine, PlanSaveNotices};
use super::path_picture::PathPicture;
use super::share::Share;
use super::PlanPageProps;
use super::{ids, section_hint, use_plan, PlanPage};
use crate::app::plan::{PlanAction, PlanNotice};
use crate::app::state::{AppAction, Screen};
use crate::domain::plan::{escalation_path, section_status, Section, SectionStatus};
use crate::i18n::{section_message, Message};
use crate::ui::context::{use_app_dispatcher, use_locale, use_text};
use crate::ui::widgets::{use_headings, use_page_title, ErrorSummary, FieldError};

fn status_tag(status: SectionStatus) -> (Message, Option<&'static str>) {
    match status {
        SectionStatus::NotStarted => (Message::PlanStatusNotStarted, Some("st-tag st-tag--grey")),
        SectionStatus::InProgress => (Message::PlanStatusInProgress, Some("st-tag st-tag--blue")),
        SectionStatus::Completed => (Message::PlanStatusCompleted, None),
    }
}

fn section_slug(section: Section) -> &'static str {
    match section {
        Section::Teams => "teams",
        Section::Escalation => "escalation",
        Section::Training => "training",
        Section::EarlyInvolvement => "early-involvement",
    }
}

#[function_component(TaskListPage)]
pub fn task_list_page(props: &PlanPageProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let locale = use_locale();
    let app = use_app_dispatcher();
    let plan = use_plan();
    let import_error = use_state(|| None::<String>);
    use_page_title(text(Message::PlanHeading), import_error.is_some());

    let on_back =
        Callback::from(move |_: MouseEvent| app.dispatch(AppAction::Show(Screen::Landing)));
    let on_import_result = {
        let import_error = import_error.clone();
        let plan = plan.clone();
        Callback::from(move |result: Option<String>| {
            if result.is_some() {
                plan.dispatch(PlanAction::DismissNotice);
            }
            import_error.set(result);
        })
    };
    let on_undo_import = {
        let plan = plan.clone();
        Callback::from(move |_: MouseEvent| plan.dispatch(PlanAction::UndoImport))
    };
    let on_reset = props.on_navigate.reform(|_: MouseEvent| PlanPage::ConfirmReset);

    let statuses: Vec<(Section, SectionStatus)> = Section::ALL
        .iter()
        .map(|section| (*section, section_status(&plan.plan, *section)))
        .collect();
    let completed =
        statuses.iter().filter(|(_, status)| *status == SectionStatus::Completed).count();
    let errors: Vec<FieldError> = import_error
        .as_ref()
        .map(|message| vec![FieldError::new(ids::IMPORT_FILE, message.clone())])
        .unwrap_or_default();

    let notice = match &plan.notice {
        Some(PlanNotice::Imported { file_name }) => html! {
            <div class="st-notice" role="status">
                <p>
                    { locale.import_succeeded(file_name) }{ " " }
                    if plan.before_import.is_some() {
                        <button type="button" class="st-link-button" onclick={on_undo_import}>
                            { text(Message::PlanUndoImport) }
                        </button>
                    }
                </p>
            </div>
        },
        Some(PlanNotice::ImportUndone) => html! {
            <div class="st-notice" role="status"><p>{ text(Message::PlanImportUndone) }</p></div>
        },
        Some(PlanNotice::Reset) => html! {
            <div class="st-notice" role="status"><p>{ text(Message::PlanResetDone) }</p></div>
        },
        None => html! {},
    };

    html! {
        <div class="st-step st-plan-overview">
            <div class="st-no-print">
                <button type="button" class="st-back-link" onclick={on_back}>{ text(Message::Back) }</button>
                <PlanSaveNotices />
                <ErrorSummary errors={errors} />
                <PlanQuarantine />
                { notice }
                <@{headings.tag(1)} class="st-heading-l">{ text(Message::PlanHeading) }</@>
                <p class="st-body">{ text(Message::PlanIntro) }</p>
                <p class="st-body">
                    { text(if plan.customised { Message::PlanCustomised } else { Message::PlanUsingDefault }) }
                </p>

                <@{headings.tag(2)} class="st-heading-m">{ text(Message::PlanSectionsHeading) }</@>
                <p class="st-hint">{ locale.sections_completed(completed, statuses.len()) }</p>
                <ul class="st-task-list">
                    { for statuses.iter().map(|(section, status)| {
                        let slug = section_slug(*section);
                        let hint_id = format!("st-plan-task-{slug}-hint");
                        let status_id = format!("st-plan-task-{slug}-status");
                        let (status_text, tag_class) = status_tag(*status);
                        let section = *section;
                        let onclick = props.on_navigate.reform(move |_: MouseEvent| PlanPage::Section(section));
                        html! {
                            <li class="st-task-list__item">
                                <div class="st-task-list__name-and-hint">
                                    <button type="button" class="st-link-button st-task-list__link"
                                            aria-describedby={format!("{hint_id} {status_id}")} {onclick}>
                                        { text(section_message(section)) }
                                    </button>
                                    <div id={hint_id} class="st-task-list__hint">{ text(section_hint(section)) }</div>
                                </div>
                                <div id={status_id} class="st-task-list__status">
                                    if let Some(class) = tag_class {
                                        <strong class={class}>{ text(status_text) }</strong>
                                    } else {
                                        { text(status_text) }
                                    }
                                </div>
                            </li>
                        }
                    }) }
                </ul>

                <section class="st-plan-panel" aria-labelledby="st-plan-path-heading">
                    <@{headings.tag(2)} id="st-plan-path-heading" class="st-heading-m">{ text(Message::PlanPathHeading) }</@>
                    <p class="st-body">{ text(Message::PlanPathIntro) }</p>
                    <PathPicture nodes={escalation_path(&plan.plan)} />
                </section>

                <Share on_navigate={props.on_navigate.clone()} />
                <ImportPlan error={(*import_error).clone()} on_result={on_import_result} />

                if plan.customised {
                    <section class="st-plan-panel" aria-labelledby="st-plan-reset-heading">
                        <@{headings.tag(2)} id="st-plan-reset-heading" class="st-heading-m">{ text(Message::PlanResetHeading) }</@>
                        <p class="st-body">{ text(Message::PlanResetBody) }</p>
                        <button type="button" class="st-button st-button--warning-secondary" onclick={on_reset}>
                            { text(Message::PlanResetButton) }
                        </button>
                    </section>
                }
            </div>
            <div class="st-print-only">
                <PlanDocument />
            </div>
        </div>
    }
}
