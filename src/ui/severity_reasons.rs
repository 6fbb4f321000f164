//! Why a level was computed: "Critical because …", one sentence for one reason and a list for
//! several. The reasons are the domain's; only their wording lives here.

use yew::prelude::*;

use super::context::{use_locale, use_text};
use super::labels::{because_lead, reason_label};
use crate::domain::severity::Classification;

#[derive(Properties, PartialEq)]
pub struct SeverityReasonsProps {
    pub classification: Classification,
}

#[function_component(SeverityReasons)]
pub fn severity_reasons(props: &SeverityReasonsProps) -> Html {
    let text = use_text();
    let locale = use_locale();
    let lead = text(because_lead(props.classification.level));
    match props.classification.reasons.as_slice() {
        [] => html! {},
        [reason] => html! {
            <p class="st-severity-reasons">{ locale.level_because(lead, text(reason_label(*reason))) }</p>
        },
        reasons => html! {
            <div class="st-severity-reasons">
                <p class="st-severity-reasons__lead">{ locale.level_because_several(lead) }</p>
                <ul class="st-list">
                    { for reasons.iter().map(|reason| html! { <li>{ text(reason_label(*reason)) }</li> }) }
                </ul>
            </div>
        },
    }
}
