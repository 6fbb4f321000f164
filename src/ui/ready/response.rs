//! When to expect a first response: the due time in words, a countdown once the ticket is
//! filed, and the timeline picture. Example figures (the built-in Premier targets) are shown as
//! an example only: no due time, no countdown, nothing overdue.

use chrono::{DateTime, Utc};
use yew::prelude::*;

use super::ReadyFacts;
use crate::domain::response::{open_intervals_between, Clock, Remaining};
use crate::i18n::{Locale, Message};
use crate::ui::context::{use_locale, use_services, use_text};
use crate::ui::platform::{format_short_weekday_time, user_locale_tag};
use crate::ui::timeline::Timeline;
use crate::ui::widgets::use_headings;

#[derive(Properties, PartialEq)]
pub struct ResponseSectionProps {
    pub facts: ReadyFacts,
    pub is_filed: bool,
    pub now: DateTime<Utc>,
}

/// "Due in 3 hours 12 minutes" or "Overdue by 20 minutes", and whether it is overdue.
fn countdown(remaining: Remaining, locale: Locale) -> (String, bool) {
    let whole_minutes = |duration: chrono::Duration| {
        u32::try_from(duration.num_minutes().max(0)).unwrap_or(u32::MAX)
    };
    match remaining {
        Remaining::Due(left) if whole_minutes(left) == 0 => {
            (locale.text(Message::DueNow).to_owned(), false)
        }
        Remaining::Due(left) => (locale.due_in(&locale.long_duration(whole_minutes(left))), false),
        Remaining::Overdue(past) => {
            (locale.overdue_by(&locale.long_duration(whole_minutes(past).max(1))), true)
        }
    }
}

#[function_component(ResponseSection)]
pub fn response_section(props: &ResponseSectionProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let locale = use_locale();
    let services = use_services();
    let locale_tag = user_locale_tag(locale.tag());
    let facts = &props.facts;
    let heading = html! {
        <@{headings.tag(2)} id="st-response-heading" class="st-heading-m">{ text(Message::ReadyResponseHeading) }</@>
    };
    let (Ok(window), Some(expected)) = (&facts.window, &facts.expected_text) else {
        return html! {
            <section class="st-section" aria-labelledby="st-response-heading">
                { heading }
                <div class="st-inset st-inset--warning"><p>{ text(Message::ResponseWindowProblem) }</p></div>
            </section>
        };
    };
    if facts.policy.example {
        return html! {
            <section class="st-section" aria-labelledby="st-response-heading">
                { heading }
                <p class="st-response__expected">
                    { text(Message::ResponseExampleLead) }{ " " }<strong>{ expected }</strong>
                </p>
                <div class="st-inset"><p>{ text(Message::ResponseExampleNote) }</p></div>
            </section>
        };
    }
    let business_calendar = match &window.clock {
        Clock::Business { calendar } => services.config.calendars.get(calendar),
        Clock::AroundTheClock => None,
    };
    let open_periods = business_calendar.and_then(|calendar| {
        open_intervals_between(calendar, &services.zones, facts.submitted_at, window.due).ok()
    });
    let lead = if props.is_filed { Message::ResponseLeadFiled } else { Message::ResponseLeadDraft };
    let start_text = format_short_weekday_time(facts.submitted_at, &locale_tag);
    let due_text = format_short_weekday_time(window.due, &locale_tag);
    let start_label = format!(
        "{} {start_text}",
        text(if props.is_filed { Message::TimelineFiled } else { Message::TimelineIfFiledNow })
    );
    let due_label = format!("{} {due_text}", text(Message::TimelineDue));
    let summary = locale.timeline_summary(&start_label, &due_text, business_calendar.is_some());
    let (countdown_text, is_overdue) = countdown(window.remaining(props.now), locale);
    html! {
        <section class="st-section" aria-labelledby="st-response-heading">
            { heading }
            <p class="st-response__expected">{ text(lead) }{ " " }<strong>{ expected }</strong></p>
            if props.is_filed {
                <p class={classes!("st-countdown", is_overdue.then_some("st-countdown--overdue"))}>
                    if is_overdue {
                        <span class="st-warning-text__icon" aria-hidden="true">{ "!" }</span>
                    }
                    <span class="st-countdown__text">{ countdown_text }</span>
                </p>
            }
            if facts.policy.set_by_contract {
                <p class="st-hint">{ text(Message::ContractNote) }</p>
            }
            <Timeline start={facts.submitted_at} due={window.due}
                      now={props.is_filed.then_some(props.now)} {open_periods}
                      {summary} {start_label} {due_label} />
        </section>
    }
}
