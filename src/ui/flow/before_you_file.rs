//! Step 2: self-help before a ticket. The articles suggested for the problem come first, each
//! with its own "Yes"; the general resources stay listed. A "Yes" ends the draft as solved with
//! self-help and remembers which article did it.

use yew::prelude::*;

use super::self_help::{self_solved_detail, use_knowledge_base, use_suggestions, SuggestionList};
use super::{back_from, continue_from, use_edit};
use crate::app::state::{AppAction, FlowStep, Screen};
use crate::domain::ticket_edit::TicketEdit;
use crate::i18n::Message;
use crate::ui::context::{use_app, use_configured_text, use_services, use_text};
use crate::ui::widgets::{error_for, use_headings, FieldError, RadioChoice, Radios, StepFrame};

const SOLVED_ID: &str = "st-self-help-solved";
/// The value of a "Yes" for one article: this prefix and the article's id.
const ARTICLE_PREFIX: &str = "article:";

#[function_component(BeforeYouFile)]
pub fn before_you_file() -> Html {
    let headings = use_headings();
    let text = use_text();
    let configured = use_configured_text();
    let app = use_app();
    let services = use_services();
    let edit = use_edit();
    let answer = use_state(|| None::<String>);
    let errors = use_state(Vec::<FieldError>::new);
    let node = use_node_ref();
    let step = FlowStep::BeforeYouFile;
    let (title, description) = app
        .ticket()
        .map(|ticket| (ticket.title.clone(), ticket.description.clone()))
        .unwrap_or_default();
    let knowledge = use_knowledge_base(&services);
    let suggestions = use_suggestions(knowledge, title, description);

    let on_select = {
        let answer = answer.clone();
        Callback::from(move |value: String| answer.set(Some(value)))
    };
    let on_back = {
        let app = app.clone();
        Callback::from(move |()| back_from(&app, step))
    };
    let on_continue = {
        let app = app.clone();
        let answer = answer.clone();
        let errors = errors.clone();
        let services = services.clone();
        Callback::from(move |()| {
            let solved_by = match answer.as_deref() {
                None => {
                    errors.set(vec![FieldError::keyed(SOLVED_ID, Message::DidThisSolveItError)]);
                    return;
                }
                Some("no") => return continue_from(&app, step),
                Some(value) => value.strip_prefix(ARTICLE_PREFIX).map(str::to_owned),
            };
            services.bridge.announce("self-solved", &self_solved_detail(solved_by.as_deref()));
            edit.emit(TicketEdit::SolvedWithSelfHelp(solved_by));
            app.dispatch(AppAction::Show(Screen::SelfSolved));
        })
    };

    let config = &services.config;
    let resources = config
        .self_help
        .iter()
        .chain([&config.community_forum, &config.feedback_site])
        .filter(|resource| !resource.url.is_empty());
    let mut choices: Vec<RadioChoice> = suggestions
        .iter()
        .map(|shown| RadioChoice {
            value: format!("{ARTICLE_PREFIX}{}", shown.id),
            label: format!("{}{}", text(Message::SolvedByPrefix), shown.title),
            hint: None,
        })
        .collect();
    let something_else = if choices.is_empty() { Message::Yes } else { Message::YesSomethingElse };
    choices.push(RadioChoice::new("yes", text(something_else), None));
    choices.push(RadioChoice::new("no", text(Message::NoContinue), None));
    html! {
        <StepFrame step={step.number()} total={FlowStep::ALL.len()}
                   title={text(Message::BeforeYouFileHeading)} errors={(*errors).clone()}
                   {on_back} {on_continue}>
            <div ref={node}>
                <@{headings.tag(1)} class="st-heading-l">{ text(Message::BeforeYouFileHeading) }</@>
                <p class="st-body">{ text(Message::BeforeYouFileIntro) }</p>
                <SuggestionList suggestions={suggestions.clone()} />
                <ul class="st-resource-list">
                    { for resources.map(|resource| html! {
                        <li class="st-resource">
                            <a class="st-link" href={resource.url.clone()} target="_blank" rel="noopener noreferrer">
                                { configured.html(&resource.title) }
                            </a>
                            <p class="st-hint">{ configured.html(&resource.description) }</p>
                        </li>
                    }) }
                </ul>
                <Radios id={SOLVED_ID} legend={text(Message::DidThisSolveIt)}
                        {choices} selected={(*answer).clone()}
                        error={error_for(&errors, SOLVED_ID, text)} {on_select} />
            </div>
        </StepFrame>
    }
}
