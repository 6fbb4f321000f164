//! The whole plan on one page, to read through and print.

use yew::prelude::*;

use super::document::PlanDocument;
use super::PlanPage;
use super::PlanPageProps;
use crate::i18n::Message;
use crate::ui::context::use_text;
use crate::ui::platform::print_widget;
use crate::ui::widgets::use_page_title;

#[function_component(DocumentPage)]
pub fn document_page(props: &PlanPageProps) -> Html {
    let text = use_text();
    use_page_title(text(Message::PlanDocumentTitle), false);
    let on_back = props.on_navigate.reform(|_: MouseEvent| PlanPage::TaskList);
    let on_print = Callback::from(|event: MouseEvent| print_widget(&event));
    html! {
        <div class="st-step st-plan-document-page">
            <button type="button" class="st-back-link st-no-print" onclick={on_back.clone()}>{ text(Message::Back) }</button>
            <PlanDocument />
            <div class="st-button-group st-no-print">
                <button type="button" class="st-button" onclick={on_print}>{ text(Message::PlanPrint) }</button>
                <button type="button" class="st-link-button" onclick={on_back}>{ text(Message::PlanBackToTaskList) }</button>
            </div>
        </div>
    }
}
