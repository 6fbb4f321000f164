//! Print or download the plan: the document page to print, Markdown for wikis and mail, JSON
//! to move the plan to another browser or keep a copy.

use yew::prelude::*;

use super::{download_plan_json, download_plan_markdown, use_plan, PlanPage};
use crate::i18n::Message;
use crate::ui::context::{use_locale, use_services, use_text};
use crate::ui::widgets::use_headings;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub on_navigate: Callback<PlanPage>,
}

#[function_component(Share)]
pub fn share(props: &ShareProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let plan = use_plan();
    let refused = use_state(|| false);
    let locale = use_locale();
    let services = use_services();
    let download = |markdown: bool| {
        let plan = plan.clone();
        let refused = refused.clone();
        let services = services.clone();
        Callback::from(move |_: MouseEvent| {
            let downloaded = if markdown {
                download_plan_markdown(&plan.plan, locale, &services.config)
            } else {
                download_plan_json(&plan.plan)
            };
            refused.set(!downloaded);
        })
    };
    let on_view = props.on_navigate.reform(|_: MouseEvent| PlanPage::Document);
    html! {
        <section class="st-plan-panel" aria-labelledby="st-plan-share-heading">
            <@{headings.tag(2)} id="st-plan-share-heading" class="st-heading-m">{ text(Message::PlanShareHeading) }</@>
            <p class="st-body">{ text(Message::PlanShareBody) }</p>
            <div class="st-button-group">
                <button type="button" class="st-button" onclick={on_view}>{ text(Message::PlanViewAndPrint) }</button>
                <button type="button" class="st-button st-button--secondary" onclick={download(true)}>
                    { text(Message::PlanDownloadMarkdown) }
                </button>
                <button type="button" class="st-button st-button--secondary" onclick={download(false)}>
                    { text(Message::PlanDownloadJson) }
                </button>
            </div>
            <p role="status" class="st-save-status st-save-status--warning">
                if *refused { { text(Message::PlanDownloadRefused) } }
            </p>
        </section>
    }
}
