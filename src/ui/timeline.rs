//! The response window as a picture: a bar from filing to the due time, with the hours when
//! support is closed shaded, a mark for now, and any time past the due time drawn as overdue.
//! The picture has a text alternative; the times are also written out under it.

use chrono::{DateTime, Utc};
use yew::prelude::*;

use super::context::use_text;
use crate::domain::response::OpenPeriod;
use crate::i18n::Message;

/// The drawing's own coordinate width; the picture stretches to the width of the page.
const WIDTH: f64 = 1000.0;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// When the ticket was (or would be) filed, and when the response is due.
    pub start: DateTime<Utc>,
    pub due: DateTime<Utc>,
    /// The current time, marked when it falls on the timeline or past it.
    pub now: Option<DateTime<Utc>>,
    /// The periods support is open between `start` and `due`, for a business-hours clock;
    /// `None` for a clock that runs all the time.
    pub open_periods: Option<Vec<OpenPeriod>>,
    /// The text alternative of the whole picture.
    pub summary: String,
    pub start_label: String,
    pub due_label: String,
}

#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let text = use_text();
    // Past the due time the picture grows to now, so the overdue part shows.
    let end = props.now.map_or(props.due, |now| now.max(props.due));
    let span_seconds = (end - props.start).num_seconds().max(1) as f64;
    let x_of = |at: DateTime<Utc>| {
        let seconds = (at - props.start).num_seconds() as f64;
        (seconds / span_seconds * WIDTH).clamp(0.0, WIDTH)
    };
    let x_due = x_of(props.due);
    let rect = |from: f64, to: f64, class: &'static str| {
        html! {
            <rect class={class} x={format!("{from:.2}")} y="18" width={format!("{:.2}", (to - from).max(0.0))} height="24" />
        }
    };
    // Shade the whole window as closed, then draw the open periods over it.
    let window = match &props.open_periods {
        None => rect(0.0, x_due, "st-timeline__open"),
        Some(periods) => html! {
            <>
                { rect(0.0, x_due, "st-timeline__closed") }
                { for periods.iter().map(|(opens, closes)| rect(x_of(*opens), x_of(*closes).min(x_due), "st-timeline__open")) }
            </>
        },
    };
    let is_overdue = x_due < WIDTH;
    let overdue = is_overdue.then(|| rect(x_due, WIDTH, "st-timeline__overdue"));
    let now_mark = props.now.filter(|now| *now >= props.start).map(|now| {
        let x = format!("{:.2}", x_of(now));
        html! { <line class="st-timeline__now" x1={x.clone()} x2={x} y1="4" y2="56" vector-effect="non-scaling-stroke" /> }
    });
    let due_x = format!("{x_due:.2}");
    html! {
        <figure class="st-timeline">
            <svg class="st-timeline__picture" role="img" aria-label={props.summary.clone()}
                 viewBox={format!("0 0 {WIDTH} 60")} preserveAspectRatio="none" focusable="false">
                <title>{ &props.summary }</title>
                // Closed hours are hatched as well as pale, so they differ from open hours in
                // shape and not only in colour.
                <defs>
                    <pattern id="st-timeline-hatch" patternUnits="userSpaceOnUse" width="10" height="10"
                             patternTransform="rotate(45)">
                        <rect class="st-timeline__hatch-background" width="10" height="10" />
                        <line class="st-timeline__hatch" x1="0" y1="0" x2="0" y2="10" />
                    </pattern>
                </defs>
                { window }
                { for overdue }
                <line class="st-timeline__due" x1={due_x.clone()} x2={due_x} y1="8" y2="52" vector-effect="non-scaling-stroke" />
                <line class="st-timeline__start" x1="0" x2="0" y1="8" y2="52" vector-effect="non-scaling-stroke" />
                { for now_mark }
            </svg>
            <figcaption class="st-timeline__caption">
                <div class="st-timeline__ends">
                    <span>{ &props.start_label }</span>
                    <span class="st-timeline__end-due">{ &props.due_label }</span>
                </div>
                <ul class="st-timeline__legend">
                    <li><span class="st-timeline__swatch st-timeline__swatch--open" aria-hidden="true"></span>{ text(Message::TimelineLegendOpen) }</li>
                    if props.open_periods.is_some() {
                        <li><span class="st-timeline__swatch st-timeline__swatch--closed" aria-hidden="true"></span>{ text(Message::TimelineLegendClosed) }</li>
                    }
                    if is_overdue {
                        <li><span class="st-timeline__swatch st-timeline__swatch--overdue" aria-hidden="true"></span>{ text(Message::OverdueLabel) }</li>
                    }
                    if props.now.is_some() {
                        <li><span class="st-timeline__swatch st-timeline__swatch--now" aria-hidden="true"></span>{ text(Message::TimelineLegendNow) }</li>
                    }
                </ul>
            </figcaption>
        </figure>
    }
}
