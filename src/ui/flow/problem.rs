//! Step 4: one problem, with a short title and a description. When the description seems to
//! hold several problems, the page says so and offers to split them into linked drafts.

use yew::prelude::*;

use super::{back_from, continue_from, use_edit};
use crate::domain::split::{split_problems, split_ticket};
use crate::i18n::Message;
use crate::ui::context::{use_app, use_services, use_text};
use crate::ui::platform::{new_id, now};
use crate::ui::state::{AppAction, FlowStep};
use crate::ui::widgets::{error_for, FieldError, StepFrame, TextField};

const TITLE_ID: &str = "st-problem-title";
const DESCRIPTION_ID: &str = "st-problem-description";

#[function_component(ProblemStep)]
pub fn problem_step() -> Html {
    let text = use_text();
    let app = use_app();
    let services = use_services();
    let edit = use_edit();
    let errors = use_state(Vec::<FieldError>::new);
    let split_done = use_state(|| 0usize);
    let step = FlowStep::Problem;
    let (title, description) = app
        .ticket()
        .map(|ticket| (ticket.title.clone(), ticket.description.clone()))
        .unwrap_or_default();
    let split = split_problems(&description);
    let problems = split.is_several().then(|| split.problems(&description));

    let on_title = {
        let edit = edit.clone();
        Callback::from(move |value: String| edit.emit(Box::new(move |ticket| ticket.title = value)))
    };
    let on_description = Callback::from(move |value: String| {
        edit.emit(Box::new(move |ticket| ticket.description = value))
    });
    let on_back = {
        let app = app.clone();
        Callback::from(move |()| back_from(&app, step))
    };
    let on_continue = {
        let app = app.clone();
        let errors = errors.clone();
        Callback::from(move |()| {
            let Some(ticket) = app.ticket() else { return };
            let mut found = Vec::new();
            if ticket.title.trim().is_empty() {
                found.push(FieldError::keyed(TITLE_ID, Message::ProblemTitleError));
            }
            if ticket.description.trim().is_empty() {
                found.push(FieldError::keyed(DESCRIPTION_ID, Message::ProblemDescriptionError));
            }
            if found.is_empty() {
                continue_from(&app, step);
            } else {
                errors.set(found);
            }
        })
    };
    let on_split = {
        let app = app.clone();
        let problems = problems.clone();
        let split_done = split_done.clone();
        Callback::from(move |_: MouseEvent| {
            let (Some(open), Some(problems)) = (app.open.as_ref(), problems.as_ref()) else {
                return;
            };
            let new_ids: Vec<String> = problems.iter().skip(1).map(|_| new_id()).collect();
            let Ok(drafts) = split_ticket(&open.ticket, problems, &new_ids, now()) else { return };
            let mut drafts = drafts.into_iter();
            let Some(first) = drafts.next() else { return };
            let others: Vec<_> = drafts.collect();
            // The new drafts are written first; the open draft changes through the normal
            // edit path, so it is autosaved like any other change.
            let written: Vec<_> = others
                .into_iter()
                .filter(|draft| services.store.create(draft, now()).is_ok())
                .collect();
            let count = written.len();
            app.dispatch(AppAction::DraftsAdded(written));
            app.dispatch(AppAction::Edit {
                edit: Box::new(move |ticket| *ticket = first),
                now: now(),
            });
            split_done.set(count);
        })
    };

    html! {
        <StepFrame step={step.number()} total={FlowStep::ALL.len()}
                   title={text(Message::ProblemHeading)} errors={(*errors).clone()}
                   {on_back} {on_continue}>
            <h1 class="st-heading-l">{ text(Message::ProblemHeading) }</h1>
            <p class="st-body">{ text(Message::ProblemIntro) }</p>
            <TextField id={TITLE_ID} label={text(Message::ProblemTitleLabel)}
                       hint={text(Message::ProblemTitleHint)} value={title}
                       error={error_for(&errors, TITLE_ID, text)} on_input={on_title} />
            <TextField id={DESCRIPTION_ID} label={text(Message::ProblemDescriptionLabel)}
                       hint={text(Message::ProblemDescriptionHint)} value={description} rows={8}
                       error={error_for(&errors, DESCRIPTION_ID, text)} on_input={on_description} />
            <div aria-live="polite">
                if let Some(problems) = problems {
                    <div class="st-inset st-inset--warning">
                        <h2 class="st-heading-s">{ text(Message::SeveralProblemsHeading) }</h2>
                        <p>{ text(Message::SeveralProblemsBody) }</p>
                        <ol class="st-list st-list--number">
                            { for problems.iter().map(|problem| html! { <li>{ problem }</li> }) }
                        </ol>
                        <button type="button" class="st-button st-button--secondary" onclick={on_split}>
                            { text(Message::SplitIntoDrafts) }
                        </button>
                    </div>
                }
                if *split_done > 0 {
                    <div class="st-inset"><p>{ text(Message::SplitDone) }</p></div>
                }
            </div>
        </StepFrame>
    }
}
