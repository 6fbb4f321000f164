//! Problems in the page owner's configuration, listed for the page owner with their JSON paths.

use std::rc::Rc;

use yew::prelude::*;

use super::context::use_text;
use crate::i18n::Message;

#[derive(Properties, PartialEq)]
pub struct ConfigProblemsProps {
    pub problems: Rc<Vec<String>>,
}

#[function_component(ConfigProblems)]
pub fn config_problems(props: &ConfigProblemsProps) -> Html {
    let text = use_text();
    if props.problems.is_empty() {
        return html! {};
    }
    html! {
        <details class="st-notice st-notice--warning st-config-problems">
            <summary>{ text(Message::ConfigProblemsHeading) }</summary>
            <p>{ text(Message::ConfigProblemsBody) }</p>
            <ul class="st-list">
                { for props.problems.iter().map(|problem| html! { <li><code>{ problem }</code></li> }) }
            </ul>
        </details>
    }
}
