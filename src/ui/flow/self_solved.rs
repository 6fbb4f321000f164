//! The end of a draft that self-help solved.

use yew::prelude::*;

use crate::app::state::{AppAction, Screen};
use crate::i18n::Message;
use crate::ui::context::{use_app_dispatcher, use_text};
use crate::ui::widgets::{use_headings, use_page_title};

#[function_component(SelfSolved)]
pub fn self_solved() -> Html {
    let headings = use_headings();
    let text = use_text();
    let app = use_app_dispatcher();
    use_page_title(text(Message::SelfSolvedHeading), false);
    let on_drafts = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(AppAction::Show(Screen::Drafts)))
    };
    let on_home =
        Callback::from(move |_: MouseEvent| app.dispatch(AppAction::Show(Screen::Landing)));
    html! {
        <div class="st-step">
            <div class="st-panel st-panel--confirmation">
                <@{headings.tag(1)} class="st-heading-l">{ text(Message::SelfSolvedHeading) }</@>
            </div>
            <p class="st-body">{ text(Message::SelfSolvedBody) }</p>
            <div class="st-button-group">
                <button type="button" class="st-button" onclick={on_home}>{ text(Message::StartAnotherTicket) }</button>
                <button type="button" class="st-button st-button--secondary" onclick={on_drafts}>{ text(Message::ViewAllDrafts) }</button>
            </div>
        </div>
    }
}
