//! "Send to our helpdesk": hands the ticket to the organisation's own helpdesk (tier 1) when
//! the page owner configured an endpoint. An `https:` endpoint receives the ticket JSON by POST;
//! the draft is marked as handed off only after a 2xx answer. On any failure it stays a draft,
//! the user is told why, and can try again. A `mailto:` endpoint opens an email instead.

use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::app::state::AppAction;
use crate::domain::export::{ticket_to_json, ticket_to_plain_text, TicketExportContext};
use crate::domain::ticket::{HelpdeskHandoff, Ticket};
use crate::domain::ticket_edit::TicketEdit;
use crate::i18n::Message;
use crate::ui::context::{use_app, use_locale, use_services, use_text};
use crate::ui::platform::{encode_uri_component, format_weekday_date_time, now, user_locale_tag};
use crate::ui::widgets::use_headings;

/// How long to wait for the helpdesk before giving up. Long enough for a slow intranet server,
/// short enough that nobody wonders whether the button did anything.
const HANDOFF_TIMEOUT_MILLISECONDS: u32 = 15_000;

/// Why a hand-off did not go through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HandoffFailure {
    /// The helpdesk answered 4xx: it refused this ticket.
    Refused(u16),
    /// The helpdesk answered 5xx or another non-2xx status.
    ServerError(u16),
    /// No answer at all: offline, the server closed the connection, or a policy blocked it.
    Unreachable,
    TimedOut,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HandoffState {
    Idle,
    Sending,
    Failed(HandoffFailure),
}

async fn post_ticket(endpoint: String, body: String) -> Result<u16, HandoffFailure> {
    let window = web_sys::window().ok_or(HandoffFailure::Unreachable)?;
    let controller = web_sys::AbortController::new().map_err(|_| HandoffFailure::Unreachable)?;
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&JsValue::from_str(&body));
    init.set_signal(Some(&controller.signal()));
    let headers = web_sys::Headers::new().map_err(|_| HandoffFailure::Unreachable)?;
    headers.set("content-type", "application/json").map_err(|_| HandoffFailure::Unreachable)?;
    init.set_headers(&headers);
    let request = web_sys::Request::new_with_str_and_init(&endpoint, &init)
        .map_err(|_| HandoffFailure::Unreachable)?;
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    let timer = {
        let timed_out = timed_out.clone();
        Timeout::new(HANDOFF_TIMEOUT_MILLISECONDS, move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let answer = JsFuture::from(window.fetch_with_request(&request)).await;
    drop(timer);
    let response: web_sys::Response = match answer {
        Ok(value) => value.dyn_into().map_err(|_| HandoffFailure::Unreachable)?,
        Err(_) if timed_out.get() => return Err(HandoffFailure::TimedOut),
        Err(_) => return Err(HandoffFailure::Unreachable),
    };
    let status = response.status();
    match status {
        200..=299 => Ok(status),
        400..=499 => Err(HandoffFailure::Refused(status)),
        _ => Err(HandoffFailure::ServerError(status)),
    }
}

#[derive(Properties, PartialEq)]
pub struct HandoffProps {
    pub ticket: Ticket,
    pub context: TicketExportContext,
}

#[function_component(Handoff)]
pub fn handoff(props: &HandoffProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let locale = use_locale();
    let app = use_app();
    let services = use_services();
    let state = use_state(|| HandoffState::Idle);
    let Some(endpoint) = services.config.helpdesk_endpoint.clone() else { return html! {} };

    if endpoint.to_ascii_lowercase().starts_with("mailto:") {
        let body = ticket_to_plain_text(&props.ticket, &props.context, &locale.export_labels());
        let separator = if endpoint.contains('?') { '&' } else { '?' };
        let link = format!(
            "{endpoint}{separator}subject={}&body={}",
            encode_uri_component(&props.ticket.title),
            encode_uri_component(&body)
        );
        return html! {
            <section class="st-section st-no-print" aria-labelledby="st-handoff-heading">
                <@{headings.tag(2)} id="st-handoff-heading" class="st-heading-m">{ text(Message::HandoffHeading) }</@>
                <p class="st-hint">{ text(Message::HandoffIntro) }</p>
                <a class="st-button st-button--secondary" href={link}>{ text(Message::HandoffEmail) }</a>
            </section>
        };
    }

    let on_send = {
        let bridge = services.bridge.clone();
        let state = state.clone();
        let ticket = props.ticket.clone();
        let context = props.context.clone();
        Callback::from(move |_: MouseEvent| {
            if *state == HandoffState::Sending {
                return;
            }
            let Ok(body) = ticket_to_json(&ticket, &context) else { return };
            state.set(HandoffState::Sending);
            let state = state.clone();
            let app = app.clone();
            let endpoint = endpoint.clone();
            let ticket_id = ticket.id.clone();
            let ticket = ticket.clone();
            let bridge = bridge.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match post_ticket(endpoint, body).await {
                    Ok(status_code) => {
                        let sent = HelpdeskHandoff { sent_at: now(), status_code };
                        let handed_off = Ticket { helpdesk_handoff: Some(sent.clone()), ..ticket };
                        bridge.announce_ticket("handed-off", &handed_off);
                        // Only the open draft is marked; if the user opened another meanwhile,
                        // the hand-off still happened but that draft is left as it is.
                        if app.ticket().is_some_and(|open| open.id == ticket_id) {
                            app.dispatch(AppAction::Edit {
                                apply: crate::domain::ticket::Ticket::apply,
                                edit: TicketEdit::HandedOff(sent),
                                now: now(),
                            });
                        }
                        state.set(HandoffState::Idle);
                    }
                    Err(failure) => state.set(HandoffState::Failed(failure)),
                }
            });
        })
    };

    let failure = match *state {
        HandoffState::Failed(failure) => Some(match failure {
            HandoffFailure::Refused(code) => {
                format!("{} (HTTP {code})", text(Message::HandoffRefused))
            }
            HandoffFailure::ServerError(code) => {
                format!("{} (HTTP {code})", text(Message::HandoffServerError))
            }
            HandoffFailure::Unreachable => text(Message::HandoffUnreachable).to_owned(),
            HandoffFailure::TimedOut => text(Message::HandoffTimedOut).to_owned(),
        }),
        _ => None,
    };
    let sending = *state == HandoffState::Sending;
    let sent =
        props.ticket.helpdesk_handoff.as_ref().map(|handoff| {
            format_weekday_date_time(handoff.sent_at, &user_locale_tag(locale.tag()))
        });
    html! {
        <section class="st-section st-no-print" aria-labelledby="st-handoff-heading">
            <@{headings.tag(2)} id="st-handoff-heading" class="st-heading-m">{ text(Message::HandoffHeading) }</@>
            <p class="st-hint">{ text(Message::HandoffIntro) }</p>
            <div role="status" aria-live="polite">
                if let Some(when) = &sent {
                    <p class="st-handoff__sent"><strong>{ text(Message::HandoffSent) }</strong>{ " " }{ when }</p>
                }
                if let Some(failure) = &failure {
                    <div class="st-inset st-inset--warning"><p>{ failure }</p></div>
                }
                if sending {
                    <p>{ text(Message::HandoffSending) }</p>
                }
            </div>
            <button type="button" class="st-button st-button--secondary" onclick={on_send} disabled={sending}>
                { text(if sent.is_some() || failure.is_some() { Message::HandoffSendAgain } else { Message::HandoffSend }) }
            </button>
        </section>
    }
}
