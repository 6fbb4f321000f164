//! The guided ticket flow: one question set per page, then check your answers, then ready to
//! file. Each step is a component in its own file; this module holds what they share.

mod before_you_file;
mod check_answers;
mod details;
mod elsewhere;
mod impact;
mod problem;
mod request_kind;
pub mod routing_summary;
mod self_help;
mod self_solved;
mod support_contract;

pub use elsewhere::Elsewhere;
pub use self_solved::SelfSolved;

use yew::prelude::*;

use super::context::{use_app_dispatcher, AppContext, AppDispatcher};
use super::platform::now;
use crate::app::state::{AppAction, FlowStep, Screen};
use crate::domain::ticket::Ticket;
use crate::domain::ticket_edit::TicketEdit;
use before_you_file::BeforeYouFile;
use check_answers::CheckAnswers;
use details::DetailsStep;
use impact::ImpactStep;
use problem::ProblemStep;
use request_kind::RequestKindStep;
use support_contract::SupportContractStep;

/// Changes the open draft; the change is stamped with the current time and autosaved.
pub type EditCallback = Callback<TicketEdit>;

#[hook]
pub fn use_edit() -> EditCallback {
    let dispatcher = use_app_dispatcher();
    Callback::from(move |edit: TicketEdit| {
        dispatcher.dispatch(AppAction::Edit { edit, apply: Ticket::apply, now: now() })
    })
}

/// Continue from `step` (where to, the app core says: [`crate::app::state::AppState::screen_after`]).
pub fn continue_from(app: &AppContext, step: FlowStep) {
    app.dispatch(AppAction::Show(app.screen_after(step)));
}

/// The back link of `step` ([`crate::app::state::AppState::screen_before`]).
pub fn back_from(app: &AppContext, step: FlowStep) {
    app.dispatch(AppAction::Show(app.screen_before(step)));
}

#[derive(Properties, PartialEq)]
pub struct FlowProps {
    pub step: FlowStep,
}

/// The open draft's current step.
#[function_component(Flow)]
pub fn flow(props: &FlowProps) -> Html {
    match props.step {
        FlowStep::BeforeYouFile => html! { <BeforeYouFile /> },
        FlowStep::RequestKind => html! { <RequestKindStep /> },
        FlowStep::SupportContract => html! { <SupportContractStep /> },
        FlowStep::Problem => html! { <ProblemStep /> },
        FlowStep::Impact => html! { <ImpactStep /> },
        FlowStep::Details => html! { <DetailsStep /> },
        FlowStep::CheckAnswers => html! { <CheckAnswers /> },
    }
}

/// The screen a draft should open at: where it ended, or the first step still unanswered.
pub fn where_it_stands(ticket: &crate::domain::ticket::Ticket) -> Screen {
    use crate::domain::ticket::TicketStatus;
    match ticket.status {
        TicketStatus::SelfSolved => return Screen::SelfSolved,
        TicketStatus::Filed { .. } => return Screen::Ready,
        TicketStatus::Draft => {}
    }
    let step = if ticket.title.trim().is_empty() || ticket.description.trim().is_empty() {
        FlowStep::Problem
    } else if ticket.request_kind.is_none() {
        FlowStep::BeforeYouFile
    } else if ticket.support_contract.is_none() {
        // A draft of an earlier release has a contract but no tenant size: it resumes where it
        // was, and check your answers asks for the size.
        FlowStep::SupportContract
    } else if !ticket.impact.is_complete() {
        FlowStep::Impact
    } else if !ticket.missing_for_filing().is_empty() {
        FlowStep::Details
    } else {
        FlowStep::CheckAnswers
    };
    Screen::Flow(step)
}

/// Opens a stored draft where it stands. A draft that cannot be read any more (deleted or
/// changed into something unreadable in another tab) is simply not opened.
pub fn open_draft_where_it_stands(
    dispatcher: &AppDispatcher,
    services: &super::context::ServicesContext,
    id: &str,
) {
    match services.store.load(id) {
        Ok(Some(draft)) => {
            let screen = where_it_stands(&draft.record);
            dispatcher.dispatch(AppAction::OpenDraft { draft, screen });
        }
        Ok(None) => {}
        Err(error) => {
            gloo::console::warn!(format!("Support Triage could not open the draft: {error}"))
        }
    }
}
