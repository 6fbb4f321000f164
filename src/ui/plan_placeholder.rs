//! Where the support plan builder will live.

use yew::prelude::*;

use super::context::{use_app, use_text};
use super::state::{AppAction, Screen};
use crate::i18n::Message;

#[function_component(PlanPlaceholder)]
pub fn plan_placeholder() -> Html {
    let text = use_text();
    let app = use_app();
    let on_back =
        Callback::from(move |_: MouseEvent| app.dispatch(AppAction::Show(Screen::Landing)));
    html! {
        <section class="st-step">
            <button type="button" class="st-back-link" onclick={on_back}>{ text(Message::Back) }</button>
            <h1 class="st-heading-l">{ text(Message::LandingPlanHeading) }</h1>
            <p>{ text(Message::PlanComingSoon) }</p>
        </section>
    }
}
