//! Step 1: one problem, with a short title and a description. When the description seems to
//! hold several problems, the page says so and offers to split them into linked drafts.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::self_help::{
    knowledge_identity, use_knowledge_base, use_suggestions, OtherTickets, SuggestionList,
};
use super::{back_from, continue_from, open_draft_where_it_stands, use_edit};
use crate::app::state::{AppAction, FlowStep};
use crate::domain::knowledge::looks_like_feature_request;
use crate::domain::split::{split_problems, split_ticket};
use crate::domain::ticket_edit::{TicketEdit, TicketText};
use crate::i18n::Message;
use crate::ui::context::{use_app, use_configured_text, use_services, use_text};
use crate::ui::platform::{new_id, now};
use crate::ui::widgets::{error_for, use_headings, FieldError, StepFrame, TextField};

const TITLE_ID: &str = "st-problem-title";
const DESCRIPTION_ID: &str = "st-problem-description";

/// How long the description must rest before it is read for several problems. Reading a long
/// description takes milliseconds, too long for every keystroke.
const READ_AFTER_TYPING_MS: u32 = 400;

/// The text as it was when it last stood still for [`READ_AFTER_TYPING_MS`], and a callback
/// that takes a text as settled at once (after a split, which changes the text itself).
#[hook]
fn use_settled_text(text: String) -> (String, Callback<String>) {
    let settled = use_state(|| text.clone());
    {
        let settled = settled.clone();
        use_effect_with(text, move |text| {
            let timeout = (*settled != *text).then(|| {
                let text = text.clone();
                Timeout::new(READ_AFTER_TYPING_MS, move || settled.set(text))
            });
            // A keystroke before the timer fires drops it, and with it the reading.
            move || drop(timeout)
        });
    }
    let settle_now = {
        let settled = settled.clone();
        Callback::from(move |text: String| settled.set(text))
    };
    ((*settled).clone(), settle_now)
}

#[function_component(ProblemStep)]
pub fn problem_step() -> Html {
    let headings = use_headings();
    let text = use_text();
    let configured = use_configured_text();
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
    let (settled_description, settle_now) = use_settled_text(description.clone());
    let (settled_title, _) = use_settled_text(title.clone());
    let problems = use_memo(settled_description.clone(), |text| {
        let split = split_problems(text);
        split.is_several().then(|| split.problems(text))
    });
    let knowledge = use_knowledge_base(&services);
    let knowledge_identity = knowledge_identity(knowledge.as_ref());
    let suggestions =
        use_suggestions(knowledge.clone(), settled_title.clone(), settled_description.clone());
    let feature_request =
        use_memo((settled_title.clone(), settled_description.clone()), |(title, description)| {
            looks_like_feature_request(&format!("{title}\n{description}"))
        });
    // Other drafts are read once for each open draft (and knowledge base, which their
    // fingerprints are made with), never on a keystroke, and only once a description has
    // settled: opening the step with thousands of drafts stored reads none.
    let open_id = app.open.as_ref().map(|open| open.ticket.id.clone());
    let others = {
        let services = services.clone();
        let app = app.clone();
        let knowledge = knowledge.clone();
        let described = !settled_description.trim().is_empty();
        use_memo((open_id.clone(), described, knowledge_identity), move |(_, described, _)| {
            let open = app.ticket().filter(|_| *described)?;
            Some(OtherTickets::read(&services, knowledge.as_deref()?, open))
        })
    };
    let duplicate = use_memo(
        (open_id.clone(), settled_title, settled_description, knowledge_identity),
        move |(_, title, description, _)| {
            let others = others.as_ref().as_ref()?;
            others.closest(knowledge.as_deref()?, title, description)
        },
    );
    let node = use_node_ref();
    {
        let services = services.clone();
        let ids: Vec<String> = suggestions.iter().map(|shown| shown.id.clone()).collect();
        use_effect_with((open_id, ids), move |(open_id, ids)| {
            if let Some(open_id) = open_id {
                services.bridge.announce_suggested(open_id, ids);
            }
        });
    }
    let on_open_duplicate = {
        let app = app.clone();
        let services = services.clone();
        let duplicate = duplicate.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some((id, _)) = duplicate.as_ref() {
                open_draft_where_it_stands(&app.dispatcher(), &services, id);
            }
        })
    };
    let feedback = services.config.feedback_site.clone();

    let on_title = {
        let edit = edit.clone();
        Callback::from(move |value: String| edit.emit(TicketEdit::Text(TicketText::Title, value)))
    };
    let on_description = Callback::from(move |value: String| {
        edit.emit(TicketEdit::Text(TicketText::Description, value))
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
        let split_done = split_done.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(open) = app.open.as_ref() else { return };
            // Read again now: the admin may have typed since the list on screen was read, and
            // nothing typed may be lost.
            let description = &open.ticket.description;
            let problems = split_problems(description).problems(description);
            if problems.len() < 2 {
                return;
            }
            let new_ids: Vec<String> = problems.iter().skip(1).map(|_| new_id()).collect();
            let Ok(drafts) = split_ticket(&open.ticket, &problems, &new_ids, now()) else {
                return;
            };
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
            settle_now.emit(first.description.clone());
            app.dispatch(AppAction::DraftsAdded(written));
            app.dispatch(AppAction::Edit {
                apply: crate::domain::ticket::Ticket::apply,
                edit: TicketEdit::Replace(Box::new(first)),
                now: now(),
            });
            split_done.set(count);
        })
    };

    html! {
        <StepFrame step={step.number()} total={FlowStep::ALL.len()}
                   title={text(Message::ProblemHeading)} errors={(*errors).clone()}
                   {on_back} {on_continue}>
            <@{headings.tag(1)} class="st-heading-l">{ text(Message::ProblemHeading) }</@>
            <p class="st-body">{ text(Message::ProblemIntro) }</p>
            <TextField id={TITLE_ID} label={text(Message::ProblemTitleLabel)}
                       hint={text(Message::ProblemTitleHint)} value={title}
                       error={error_for(&errors, TITLE_ID, text)} on_input={on_title} />
            <TextField id={DESCRIPTION_ID} label={text(Message::ProblemDescriptionLabel)}
                       hint={text(Message::ProblemDescriptionHint)} value={description} rows={8}
                       error={error_for(&errors, DESCRIPTION_ID, text)} on_input={on_description} />
            <div aria-live="polite">
                if let Some(problems) = problems.as_ref() {
                    <div class="st-inset st-inset--warning">
                        <@{headings.tag(2)} class="st-heading-s">{ text(Message::SeveralProblemsHeading) }</@>
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
            <div ref={node} class="st-self-help" aria-live="polite">
                if *feature_request {
                    <div class="st-inset">
                        <@{headings.tag(2)} class="st-heading-s">{ text(Message::FeatureRequestHeading) }</@>
                        <p>{ text(Message::ElsewhereFeedbackBody) }</p>
                        if !feedback.url.is_empty() {
                            <p>
                                <a class="st-link" href={feedback.url.clone()} target="_blank" rel="noopener noreferrer">
                                    { configured.html(&feedback.title) }
                                </a>
                            </p>
                        }
                    </div>
                }
                if let Some((_, other_title)) = duplicate.as_ref() {
                    <div class="st-inset st-inset--warning">
                        <p>
                            { text(Message::PossibleDuplicate) }{ " " }
                            <strong>
                                { if other_title.trim().is_empty() { text(Message::DraftUntitled) } else { other_title.as_str() } }
                            </strong>
                        </p>
                        <button type="button" class="st-button st-button--secondary" onclick={on_open_duplicate}>
                            { text(Message::OpenThatDraft) }
                        </button>
                    </div>
                }
                <SuggestionList suggestions={suggestions.clone()} />
            </div>
        </StepFrame>
    }
}
