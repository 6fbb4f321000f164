//! Where the support plan builder will live.

use yew::prelude::*;

use super::state::Screen;
use super::use_text;
use crate::i18n::Message;

#[derive(Properties, PartialEq)]
pub struct PlanPlaceholderProps {
    pub on_navigate: Callback<Screen>,
}

#[function_component(PlanPlaceholder)]
pub fn plan_placeholder(props: &PlanPlaceholderProps) -> Html {
    let text = use_text();
    let on_back = {
        let on_navigate = props.on_navigate.clone();
        Callback::from(move |_| on_navigate.emit(Screen::Landing))
    };
    html! {
        <section class="st-step">
            <button type="button" class="st-back-link" onclick={on_back}>{ text(Message::Back) }</button>
            <h1 class="st-heading-l">{ text(Message::LandingPlanHeading) }</h1>
            <p>{ text(Message::PlanComingSoon) }</p>
        </section>
    }
}
