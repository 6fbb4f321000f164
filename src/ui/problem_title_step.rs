//! The first question of the ticket flow: a short title for one problem.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::save_status::SaveStatusLine;
use super::state::{SaveStatus, Screen};
use super::use_text;
use crate::i18n::Message;

#[derive(Properties, PartialEq)]
pub struct ProblemTitleStepProps {
    pub title: String,
    pub save_status: SaveStatus,
    pub storage_is_persistent: bool,
    pub on_edit: Callback<String>,
    pub on_navigate: Callback<Screen>,
}

#[function_component(ProblemTitleStep)]
pub fn problem_title_step(props: &ProblemTitleStepProps) -> Html {
    let text = use_text();
    let on_input = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            on_edit.emit(input.value());
        })
    };
    let on_back = {
        let on_navigate = props.on_navigate.clone();
        Callback::from(move |_| on_navigate.emit(Screen::Landing))
    };
    html! {
        <section class="st-step">
            <button type="button" class="st-back-link" onclick={on_back}>{ text(Message::Back) }</button>
            <p class="st-step-indicator" aria-current="step">{ text(Message::StepOneOfSeven) }</p>
            <div class="st-form-group">
                <h1 class="st-label-wrapper">
                    <label class="st-label st-label--l" for="st-problem-title">
                        { text(Message::ProblemTitleQuestion) }
                    </label>
                </h1>
                <p id="st-problem-title-hint" class="st-hint">{ text(Message::ProblemTitleHint) }</p>
                <input
                    id="st-problem-title"
                    class="st-input"
                    type="text"
                    name="problem-title"
                    autocomplete="off"
                    aria-describedby="st-problem-title-hint"
                    value={props.title.clone()}
                    oninput={on_input}
                />
            </div>
            <SaveStatusLine status={props.save_status.clone()} storage_is_persistent={props.storage_is_persistent} />
        </section>
    }
}
