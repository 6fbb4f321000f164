//! The plan builder's pages: the task list, one page per section, the document and the reset
//! confirmation. Moving between them moves focus to the top, as a page load would.

use yew::prelude::*;

use super::document_page::DocumentPage;
use super::early_involvement::EarlyInvolvementPage;
use super::escalation::EscalationPage;
use super::reset::ConfirmResetPage;
use super::task_list::TaskListPage;
use super::teams::TeamsPage;
use super::training::TrainingPage;
use super::PlanPage;
use crate::domain::plan::Section;

#[function_component(PlanBuilder)]
pub fn plan_builder() -> Html {
    let page = use_state(|| PlanPage::TaskList);
    let top = use_node_ref();
    let first_render = use_mut_ref(|| true);
    {
        let top = top.clone();
        use_effect_with(*page, move |_| {
            // The first page is focused by the app when the plan screen opens.
            if std::mem::replace(&mut *first_render.borrow_mut(), false) {
                return;
            }
            if let Some(element) = top.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    let on_navigate = {
        let page = page.clone();
        Callback::from(move |next: PlanPage| page.set(next))
    };
    let content = match *page {
        PlanPage::TaskList => html! { <TaskListPage on_navigate={on_navigate.clone()} /> },
        PlanPage::Section(Section::Teams) => {
            html! { <TeamsPage on_navigate={on_navigate.clone()} /> }
        }
        PlanPage::Section(Section::Escalation) => {
            html! { <EscalationPage on_navigate={on_navigate.clone()} /> }
        }
        PlanPage::Section(Section::Training) => {
            html! { <TrainingPage on_navigate={on_navigate.clone()} /> }
        }
        PlanPage::Section(Section::EarlyInvolvement) => {
            html! { <EarlyInvolvementPage on_navigate={on_navigate.clone()} /> }
        }
        PlanPage::Document => html! { <DocumentPage on_navigate={on_navigate.clone()} /> },
        PlanPage::ConfirmReset => html! { <ConfirmResetPage on_navigate={on_navigate.clone()} /> },
    };
    html! {
        <div class="st-plan">
            <div class="st-focus-anchor" tabindex="-1" ref={top}></div>
            { content }
        </div>
    }
}
