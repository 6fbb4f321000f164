//! "Ready to file": the severity and why, when to expect a first response (as text, a live
//! countdown once filed, and a timeline), where and how to file, who to contact first, the
//! ticket text with ways to copy, download, print or email it, and "I have filed it".

mod contact_first;
mod filed_form;
mod handoff;
mod response;
mod severity;
mod ticket_actions;
mod ticket_text;

use chrono::{DateTime, Utc};
use gloo::timers::callback::Interval;
use yew::prelude::*;

use super::context::{
    use_app, use_language_ready, use_locale, use_services, use_support_plan, use_text, Services,
};
use super::flow::routing_summary::RoutingSummary;
use super::platform::{format_weekday_date_time, now, user_locale_tag};
use super::widgets::{use_headings, use_page_title};
use crate::app::state::{AppAction, FlowStep, Screen};
use crate::domain::export::{channel_id_of, ResponseFacts, TicketExportContext};
use crate::domain::plan::SupportPlan;
use crate::domain::response::{response_window, Clock, Policy, Window, WindowError};
use crate::domain::routing::RoutingDecision;
use crate::domain::ticket::{Ticket, TicketStatus};
use crate::i18n::{Locale, Message};
use contact_first::{contact_first_text, ContactFirst};
use filed_form::{FiledCorrection, FiledForm, FilingHistory};
use handoff::Handoff;
use response::ResponseSection;
use severity::SeveritySummary;
use ticket_text::TicketText;

/// How often the countdown and the "if you file it now" times are brought up to date.
const TICK_MILLISECONDS: u32 = 30_000;

/// Everything the page derives from the ticket, the configuration and the time.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadyFacts {
    pub decision: Option<RoutingDecision>,
    pub policy: Policy,
    /// The filing time, or now for a ticket not filed yet.
    pub submitted_at: DateTime<Utc>,
    pub window: Result<Window, WindowError>,
    /// "by Monday 24 November, 12:00 — within 4 hours", when the window is known; only "within
    /// 1 hour" while the policy is an example, which commits to no time.
    pub expected_text: Option<String>,
    pub export_context: TicketExportContext,
}

/// The response target as words: "within 4 hours", with "set by your contract" when the
/// policy's figures come from the customer's contract.
fn within_text(window: &Window, policy: &Policy, locale: Locale) -> String {
    let business_hours = matches!(window.clock, Clock::Business { .. });
    let within = locale.response_within(window.target_minutes, business_hours);
    if policy.set_by_contract {
        format!("{within} ({})", locale.text(Message::SetByContract))
    } else {
        within
    }
}

pub fn ready_facts(
    ticket: &Ticket,
    services: &Services,
    plan: &SupportPlan,
    locale: Locale,
    now: DateTime<Utc>,
) -> ReadyFacts {
    let locale_tag = user_locale_tag(locale.tag());
    let customer = ticket.customer();
    let decision = ticket.request_kind.map(|kind| services.config.route(kind, customer));
    let policy = services.config.policies.for_customer(customer).clone();
    let submitted_at = match &ticket.status {
        TicketStatus::Filed { filed_at, .. } => *filed_at,
        TicketStatus::Draft | TicketStatus::SelfSolved => now,
    };
    let window = response_window(
        submitted_at,
        ticket.severity().effective_level(),
        &policy,
        &services.config.calendars,
        &services.zones,
    );
    let expected_text = window.as_ref().ok().map(|window| {
        if policy.example {
            let business_hours = matches!(window.clock, Clock::Business { .. });
            locale.response_within(window.target_minutes, business_hours)
        } else {
            locale.expected_by(
                &format_weekday_date_time(window.due, &locale_tag),
                &within_text(window, &policy, locale),
            )
        }
    });
    // Example figures are nobody's commitment: the ticket only says the contract decides.
    let expected_first_response = if policy.example {
        Some(locale.text(Message::ExpectedByContract).to_owned())
    } else {
        expected_text.clone()
    };
    let channel_text =
        decision.as_ref().and_then(|decision| decision.channel.as_ref().ok()).map(|channel| {
            let default_language = services.config.default_locale.as_deref();
            let name = locale.configured(&channel.name, default_language).text;
            match &channel.category {
                Some(category) => locale.channel_with_category(
                    name,
                    &locale.configured_with_english(category, default_language),
                ),
                None => name.to_owned(),
            }
        });
    // `locale` is the language the ticket text is written in when these facts are the ticket's.
    let export_context = TicketExportContext {
        expected_first_response,
        channel: channel_text,
        contact_first: contact_first_text(plan, locale),
        response: window.as_ref().ok().and_then(|window| {
            ResponseFacts::of_window(window, &policy, &services.config.calendars)
        }),
        channel_id: decision.as_ref().and_then(channel_id_of),
        ticket_language: Some(locale.tag().to_owned()),
    };
    ReadyFacts { decision, policy, submitted_at, window, expected_text, export_context }
}

/// The language the ticket text starts in: the interface's language when the support channel
/// reads it, otherwise the first language the channel reads that we write, otherwise English.
pub fn default_ticket_locale(interface: Locale, offered: &[String]) -> Locale {
    let offered_locales: Vec<Locale> =
        offered.iter().filter_map(|tag| Locale::from_tag(tag)).collect();
    if offered_locales.is_empty() || offered_locales.contains(&interface) {
        return interface;
    }
    offered_locales.first().copied().unwrap_or(Locale::English)
}

/// The current time, brought up to date every 30 seconds while the page shows.
#[hook]
fn use_ticking_now() -> DateTime<Utc> {
    let current = use_state(now);
    {
        let current = current.clone();
        use_effect_with((), move |_| {
            let interval = Interval::new(TICK_MILLISECONDS, move || current.set(now()));
            move || drop(interval)
        });
    }
    *current
}

#[function_component(Ready)]
pub fn ready() -> Html {
    let headings = use_headings();
    let text = use_text();
    let locale = use_locale();
    let app = use_app();
    let services = use_services();
    let support_plan = use_support_plan();
    let current_time = use_ticking_now();
    let filed_panel = use_node_ref();
    let filed_number = app.ticket().and_then(|ticket| match &ticket.status {
        TicketStatus::Filed { vendor_ticket_number, filed_at } => {
            Some((vendor_ticket_number.clone(), *filed_at))
        }
        _ => None,
    });
    let is_filed = filed_number.is_some();
    use_page_title(
        text(if is_filed { Message::FiledHeading } else { Message::ReadyHeading }),
        false,
    );
    // Filing replaces the form the user was in with the confirmation: focus follows it.
    {
        let filed_panel = filed_panel.clone();
        let first_run = use_mut_ref(|| true);
        use_effect_with(is_filed, move |is_filed| {
            let was_first_run = std::mem::replace(&mut *first_run.borrow_mut(), false);
            if *is_filed && !was_first_run {
                if let Some(panel) = filed_panel.cast::<web_sys::HtmlElement>() {
                    let _ = panel.focus();
                }
            }
        });
    }
    // The ticket text may be written in another language than the interface: by default one
    // the support channel reads, the interface's own when the channel reads it.
    let chosen_ticket_locale = use_state(|| None::<Locale>);
    let ticket = app.ticket().cloned();
    let facts = ticket
        .as_ref()
        .map(|ticket| ready_facts(ticket, &services, &support_plan, locale, current_time));
    // The host page hears of this page's milestones, with the facts the page shows (the response
    // window, the channel): that the ticket is ready to file, once per showing of the page, and
    // that it was filed.
    let shown = facts.as_ref().map(|facts| facts.export_context.clone()).unwrap_or_default();
    {
        let app = app.clone();
        let services = services.clone();
        let shown = shown.clone();
        use_effect_with(ticket.as_ref().map(|ticket| ticket.id.clone()), move |_| {
            if let Some(ticket) = app.ticket() {
                services.bridge.announce_ticket("ticket-ready", ticket, &shown);
            }
        });
    }
    {
        let app = app.clone();
        let services = services.clone();
        let filed = ticket
            .as_ref()
            .filter(|ticket| matches!(ticket.status, TicketStatus::Filed { .. }))
            .map(|ticket| (ticket.id.clone(), ticket.status.clone()));
        let first = use_mut_ref(|| true);
        use_effect_with(filed, move |filed| {
            let first_run = std::mem::replace(&mut *first.borrow_mut(), false);
            if filed.is_some() && !first_run {
                if let Some(ticket) = app.ticket() {
                    services.bridge.announce_ticket("filed", ticket, &shown);
                }
            }
        });
    }
    let offered: Vec<String> = facts
        .as_ref()
        .and_then(|facts| facts.decision.as_ref())
        .map(|decision| decision.languages.listed().to_vec())
        .unwrap_or_default();
    // The language the admin asked support in (answered, or prefilled by the host page) comes
    // first when the channel reads it.
    let asked =
        ticket.as_ref().and_then(|ticket| Locale::from_tag(&ticket.details.support_language));
    let ticket_locale = (*chosen_ticket_locale).unwrap_or_else(|| {
        asked
            .filter(|asked| {
                offered.is_empty()
                    || offered.iter().any(|tag| Locale::from_tag(tag) == Some(*asked))
            })
            .unwrap_or_else(|| default_ticket_locale(locale, &offered))
    });
    // Until another language's texts have arrived, the ticket text shows in English.
    use_language_ready(
        ticket_locale,
        Callback::from(|wanted: Locale| {
            gloo::console::warn!(format!(
                "Support Triage could not load the language {}; the ticket text stays in English.",
                wanted.tag()
            ));
        }),
    );
    let (Some(ticket), Some(facts)) = (ticket, facts) else { return html! {} };
    let ticket_facts = if ticket_locale == locale {
        facts.clone()
    } else {
        ready_facts(&ticket, &services, &support_plan, ticket_locale, current_time)
    };
    let on_ticket_locale = {
        let chosen_ticket_locale = chosen_ticket_locale.clone();
        Callback::from(move |chosen: Locale| chosen_ticket_locale.set(Some(chosen)))
    };

    let on_back = {
        let app = app.clone();
        let target = if is_filed { Screen::Drafts } else { Screen::Flow(FlowStep::CheckAnswers) };
        Callback::from(move |_: MouseEvent| app.dispatch(AppAction::Show(target)))
    };
    let on_drafts = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(AppAction::Show(Screen::Drafts)))
    };
    let on_home =
        Callback::from(move |_: MouseEvent| app.dispatch(AppAction::Show(Screen::Landing)));
    let locale_tag = user_locale_tag(locale.tag());

    html! {
        <div class="st-step st-ready">
            <button type="button" class="st-back-link" onclick={on_back}>{ text(Message::Back) }</button>
            if let Some((number, filed_at)) = filed_number {
                <div class="st-panel st-panel--confirmation" tabindex="-1" ref={filed_panel}>
                    <@{headings.tag(1)} class="st-heading-l">{ text(Message::FiledHeading) }</@>
                    <p class="st-panel__body">{ locale.filed_as(&number, &format_weekday_date_time(filed_at, &locale_tag)) }</p>
                </div>
                <FiledCorrection number={number.clone()} />
            } else {
                <@{headings.tag(1)} class="st-heading-l">{ text(Message::ReadyHeading) }</@>
                <p class="st-body">{ text(Message::ReadyIntro) }</p>
            }
            <SeveritySummary decision={ticket.severity()} />
            <ResponseSection facts={facts.clone()} {is_filed} now={current_time} />
            if let Some(decision) = facts.decision.clone() {
                <RoutingSummary {decision} />
            }
            <ContactFirst />
            <TicketText ticket={ticket.clone()} context={ticket_facts.export_context.clone()}
                        locale={ticket_locale} offered={offered.clone()} on_choose_locale={on_ticket_locale} />
            if services.config.handoff_helpdesk().is_some() {
                <Handoff ticket={ticket.clone()} context={ticket_facts.export_context.clone()} />
            }
            if !is_filed {
                <FiledForm />
            }
            <FilingHistory history={ticket.filing_history.clone()} />
            <div class="st-button-group st-ready__navigation">
                <button type="button" class="st-button st-button--secondary" onclick={on_drafts}>{ text(Message::ViewAllDrafts) }</button>
                <button type="button" class="st-button st-button--secondary" onclick={on_home}>{ text(Message::StartAnotherTicket) }</button>
            </div>
        </div>
    }
}
