//! The first screen: what the product is and the two jobs it does.

use yew::prelude::*;

use super::state::Screen;
use super::use_text;
use crate::i18n::Message;

#[derive(Properties, PartialEq)]
pub struct LandingProps {
    pub on_navigate: Callback<Screen>,
}

#[function_component(Landing)]
pub fn landing(props: &LandingProps) -> Html {
    let text = use_text();
    let on_start_ticket = {
        let on_navigate = props.on_navigate.clone();
        Callback::from(move |_| on_navigate.emit(Screen::ProblemTitle))
    };
    let on_start_plan = {
        let on_navigate = props.on_navigate.clone();
        Callback::from(move |_| on_navigate.emit(Screen::Plan))
    };
    html! {
        <section class="st-landing" aria-labelledby="st-landing-heading">
            <h1 id="st-landing-heading" class="st-heading-xl">{ text(Message::AppName) }</h1>
            <p class="st-lead">{ text(Message::LandingLead) }</p>
            <div class="st-cards">
                <div class="st-card">
                    <h2 class="st-heading-m">{ text(Message::LandingTicketHeading) }</h2>
                    <p>{ text(Message::LandingTicketBody) }</p>
                    <button type="button" class="st-button st-button--start" onclick={on_start_ticket}>
                        { text(Message::LandingStartTicket) }
                    </button>
                </div>
                <div class="st-card">
                    <h2 class="st-heading-m">{ text(Message::LandingPlanHeading) }</h2>
                    <p>{ text(Message::LandingPlanBody) }</p>
                    <button type="button" class="st-button st-button--secondary" onclick={on_start_plan}>
                        { text(Message::LandingStartPlan) }
                    </button>
                </div>
            </div>
        </section>
    }
}
