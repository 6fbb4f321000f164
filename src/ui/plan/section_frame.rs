//! The frame of every section page: back link, save status, error summary, the heading, the
//! section's fields and "Save and return to the task list".

use yew::prelude::*;

use super::notices::PlanSaveNotices;
use super::problems::{problem_errors, section_problems};
use super::{use_plan, use_plan_edit, PlanPage};
use crate::domain::plan::{PlanProblem, Section};
use crate::domain::plan_edit::PlanEdit;
use crate::i18n::{section_message, Message};
use crate::ui::context::{use_locale, use_text};
use crate::ui::widgets::{use_headings, use_page_title, ErrorSummary, FieldError};

/// What a section page needs to leave: the problems found by the last "Save and return", and
/// the two ways out.
pub struct SectionExit {
    pub errors: Vec<FieldError>,
    pub on_back: Callback<()>,
    pub on_save: Callback<()>,
}

/// Leaving a section tidies the lists typed into it (blank lines go). "Save and return" then
/// checks the section and stays, showing the problems, when it has any; the back link leaves
/// without checking, as everything is already saved.
#[hook]
pub fn use_section_exit(section: Section, on_navigate: Callback<PlanPage>) -> SectionExit {
    let plan = use_plan();
    let edit = use_plan_edit();
    let locale = use_locale();
    // The problems, not their words, so the summary follows a change of language.
    let problems = use_state(Vec::<PlanProblem>::new);
    let tidy_plan = {
        let plan = plan.clone();
        move || {
            let tidied = plan.plan.tidied();
            if tidied != *plan.plan {
                edit.emit(PlanEdit::Replace(Box::new(tidied.clone())));
            }
            tidied
        }
    };
    let on_back = {
        let tidy_plan = tidy_plan.clone();
        let on_navigate = on_navigate.clone();
        Callback::from(move |()| {
            tidy_plan();
            on_navigate.emit(PlanPage::TaskList);
        })
    };
    let on_save = {
        let problems = problems.clone();
        Callback::from(move |()| {
            let tidied = tidy_plan();
            let found = section_problems(&tidied, section);
            if found.is_empty() {
                on_navigate.emit(PlanPage::TaskList);
            } else {
                problems.set(found);
            }
        })
    };
    let errors = problem_errors(locale, &plan.plan, &problems);
    SectionExit { errors, on_back, on_save }
}

#[derive(Properties, PartialEq)]
pub struct SectionFrameProps {
    pub section: Section,
    pub errors: Vec<FieldError>,
    /// What the last add, move or remove did, read out by screen readers.
    #[prop_or_default]
    pub announcement: String,
    pub on_back: Callback<()>,
    pub on_save: Callback<()>,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(SectionFrame)]
pub fn section_frame(props: &SectionFrameProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let title = text(section_message(props.section));
    use_page_title(title, !props.errors.is_empty());
    let on_back = props.on_back.reform(|_: MouseEvent| ());
    let on_submit = {
        let on_save = props.on_save.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            on_save.emit(());
        })
    };
    html! {
        <div class="st-step st-plan-section">
            <button type="button" class="st-back-link" onclick={on_back}>{ text(Message::Back) }</button>
            <PlanSaveNotices />
            <ErrorSummary errors={props.errors.clone()} />
            <p class="st-caption">{ text(Message::PlanCaption) }</p>
            <@{headings.tag(1)} class="st-heading-l">{ title }</@>
            <form class="st-form" novalidate=true onsubmit={on_submit}>
                { props.children.clone() }
                <p class="st-hint">{ text(Message::PlanSavedAsYouType) }</p>
                <button type="submit" class="st-button">{ text(Message::PlanSaveAndReturn) }</button>
            </form>
            <p class="st-visually-hidden" role="status" aria-live="polite">{ &props.announcement }</p>
        </div>
    }
}
