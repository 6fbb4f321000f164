//! Step 1: self-help first. "Yes, that solved it" ends the draft as solved with self-help.

use yew::prelude::*;

use super::{back_from, continue_from, use_edit};
use crate::app::state::{AppAction, FlowStep, Screen};
use crate::domain::ticket_edit::TicketEdit;
use crate::i18n::Message;
use crate::ui::context::{use_app, use_services, use_text};
use crate::ui::widgets::{error_for, FieldError, RadioChoice, Radios, StepFrame};

const SOLVED_ID: &str = "st-self-help-solved";

#[function_component(BeforeYouFile)]
pub fn before_you_file() -> Html {
    let text = use_text();
    let app = use_app();
    let services = use_services();
    let edit = use_edit();
    let answer = use_state(|| None::<String>);
    let errors = use_state(Vec::<FieldError>::new);
    let step = FlowStep::BeforeYouFile;

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
        Callback::from(move |()| match answer.as_deref() {
            Some("yes") => {
                edit.emit(TicketEdit::SolvedWithSelfHelp);
                app.dispatch(AppAction::Show(Screen::SelfSolved));
            }
            Some(_) => continue_from(&app, step),
            None => errors.set(vec![FieldError::keyed(SOLVED_ID, Message::DidThisSolveItError)]),
        })
    };

    let config = &services.config;
    let resources = config
        .self_help
        .iter()
        .chain([&config.community_forum])
        .filter(|resource| !resource.url.is_empty());
    html! {
        <StepFrame step={step.number()} total={FlowStep::ALL.len()}
                   title={text(Message::BeforeYouFileHeading)} errors={(*errors).clone()}
                   {on_back} {on_continue}>
            <h1 class="st-heading-l">{ text(Message::BeforeYouFileHeading) }</h1>
            <p class="st-body">{ text(Message::BeforeYouFileIntro) }</p>
            <ul class="st-resource-list">
                { for resources.map(|resource| html! {
                    <li class="st-resource">
                        <a class="st-link" href={resource.url.clone()} target="_blank" rel="noopener noreferrer">
                            { &resource.title }
                        </a>
                        <p class="st-hint">{ &resource.description }</p>
                    </li>
                }) }
            </ul>
            <Radios id={SOLVED_ID} legend={text(Message::DidThisSolveIt)} inline=true
                    choices={vec![
                        RadioChoice::new("yes", text(Message::Yes), None),
                        RadioChoice::new("no", text(Message::No), None),
                    ]}
                    selected={(*answer).clone()} error={error_for(&errors, SOLVED_ID, text)} {on_select} />
        </StepFrame>
    }
}
