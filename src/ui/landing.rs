//! The first screen: what the product is, the two jobs it does, and drafts to carry on with.

use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::bridge::detail_with;
use super::context::{use_app, use_locale, use_services, use_text, AppContext, Services};
use super::flow::open_draft_where_it_stands;
use super::lazy::prefetch_ticket_screens;
use super::platform::{format_date_time, new_id, now};
use super::widgets::{use_headings, use_page_title};
use crate::app::document::SaveOutcome;
use crate::app::state::{AppAction, FlowStep, Screen};
use crate::domain::ticket::{Ticket, TicketStatus};
use crate::i18n::Message;
use crate::store::drafts::StoredDraft;

/// How many unfinished drafts the landing screen offers to carry on with.
const RESUME_LIMIT: usize = 3;

/// Starts a new draft with what the host page prefills, opens it at its first step and tells
/// the host page (`support-triage:started`).
pub fn start_new_ticket(app: &AppContext, services: &Services) {
    let mut ticket = Ticket::new_draft(new_id(), now());
    services.prefill.apply_to(&mut ticket);
    let created = services.store.create(&ticket, now());
    let revision = created.as_ref().map_or(0, |saved| saved.revision);
    let id = ticket.id.clone();
    app.dispatch(AppAction::OpenDraft {
        draft: StoredDraft { record: ticket, revision },
        screen: Screen::Flow(FlowStep::Problem),
    });
    services.bridge.announce("started", &detail_with("id", &JsValue::from_str(&id)));
    if let Err(error) = created {
        let outcome = SaveOutcome::Failed { quota: error.is_quota() };
        app.dispatch(AppAction::SaveDone { id, outcome });
    }
}

#[function_component(Landing)]
pub fn landing() -> Html {
    let headings = use_headings();
    let text = use_text();
    let locale = use_locale();
    let app = use_app();
    let services = use_services();
    use_page_title(text(Message::LandingTicketHeading), false);

    let on_start_ticket = {
        let app = app.clone();
        let services = services.clone();
        Callback::from(move |_: MouseEvent| start_new_ticket(&app, &services))
    };
    // The ticket flow's modules are fetched when the user shows the intent to start or resume a
    // ticket (the pointer on the button, or focus reaching it), so Continue does not wait and a
    // visit that starts nothing downloads only the first screen.
    let on_intent_pointer = Callback::from(|_: PointerEvent| prefetch_ticket_screens());
    let on_intent_focus = Callback::from(|_: FocusEvent| prefetch_ticket_screens());
    let on_start_plan = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(AppAction::Show(Screen::Plan)))
    };
    let on_drafts = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(AppAction::Show(Screen::Drafts)))
    };

    let mut unfinished: Vec<_> =
        app.drafts.iter().filter(|draft| draft.status == TicketStatus::Draft).collect();
    unfinished.sort_by_key(|draft| std::cmp::Reverse(draft.updated_at));
    unfinished.truncate(RESUME_LIMIT);

    html! {
        <section class="st-landing" aria-labelledby="st-landing-heading">
            <@{headings.tag(1)} id="st-landing-heading" class="st-heading-xl">{ text(Message::AppName) }</@>
            <p class="st-lead">{ text(Message::LandingLead) }</p>
            if !app.quarantined.is_empty() {
                <div class="st-notice st-notice--warning" role="note">
                    <p>{ text(Message::LandingUnreadableNotice) }{ " " }
                        <button type="button" class="st-link-button" onclick={on_drafts.clone()}>{ text(Message::ViewAllDrafts) }</button>
                    </p>
                </div>
            }
            if !unfinished.is_empty() {
                <section class="st-resume" aria-labelledby="st-resume-heading">
                    <@{headings.tag(2)} id="st-resume-heading" class="st-heading-m">{ text(Message::LandingResumeHeading) }</@>
                    <ul class="st-list">
                        { for unfinished.iter().map(|draft| {
                            let id = draft.id.clone();
                            let app = app.clone();
                            let services = services.clone();
                            let onclick = Callback::from(move |_: MouseEvent| {
                                open_draft_where_it_stands(&app.dispatcher(), &services, &id);
                            });
                            let title = if draft.title.trim().is_empty() { text(Message::DraftUntitled).to_owned() } else { draft.title.clone() };
                            html! {
                                <li>
                                    <button type="button" class="st-link-button" {onclick}
                                            onpointerenter={on_intent_pointer.clone()} onfocus={on_intent_focus.clone()}>{ title }</button>
                                    <span class="st-hint">{ " — " }{ format_date_time(draft.updated_at, locale.tag()) }</span>
                                </li>
                            }
                        }) }
                    </ul>
                    <button type="button" class="st-link-button" onclick={on_drafts.clone()}>{ text(Message::ViewAllDrafts) }</button>
                </section>
            }
            <div class="st-cards">
                <div class="st-card">
                    <@{headings.tag(2)} class="st-heading-m">{ text(Message::LandingTicketHeading) }</@>
                    <p>{ text(Message::LandingTicketBody) }</p>
                    <button type="button" class="st-button st-button--start" onclick={on_start_ticket}
                            onpointerenter={on_intent_pointer} onfocus={on_intent_focus}>
                        { text(Message::LandingStartTicket) }
                    </button>
                </div>
                <div class="st-card">
                    <@{headings.tag(2)} class="st-heading-m">{ text(Message::LandingPlanHeading) }</@>
                    <p>{ text(Message::LandingPlanBody) }</p>
                    <button type="button" class="st-button st-button--secondary" onclick={on_start_plan}>
                        { text(Message::LandingStartPlan) }
                    </button>
                </div>
            </div>
            if unfinished.is_empty() && !app.drafts.is_empty() && app.quarantined.is_empty() {
                <p><button type="button" class="st-link-button" onclick={on_drafts}>{ text(Message::ViewAllDrafts) }</button></p>
            }
        </section>
    }
}
