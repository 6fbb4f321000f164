//! "Send to our helpdesk": hands the ticket to the organisation's own helpdesk (tier 1) when
//! the page owner configured one (`helpdesk`, or its short form `helpdesk_endpoint`). A JSON
//! endpoint, Zammad or Zendesk receive it by `fetch`; the draft is marked as handed off, with
//! the helpdesk's ticket number when it gives one, only after a success answer. On any failure
//! it stays a draft, the user is told why, and can try again. An email helpdesk opens an email.
//!
//! What each helpdesk is sent and how its answers are read is `domain::helpdesk`; only the
//! fetch is here.

use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::app::state::AppAction;
use crate::domain::export::{ticket_to_json, ticket_to_plain_text, TicketExportContext};
use crate::domain::helpdesk::{
    Accepted, Body, Exchange, HandoffFailure, HandoffTicket, Helpdesk, HelpdeskRequest, Step,
};
use crate::domain::ticket::{HelpdeskHandoff, HelpdeskKind, Ticket};
use crate::domain::ticket_edit::TicketEdit;
use crate::i18n::Message;
use crate::ui::context::{use_app, use_locale, use_services, use_text};
use crate::ui::platform::{
    encode_uri_component, format_weekday_date_time, new_id, now, user_locale_tag,
};
use crate::ui::widgets::use_headings;

/// How long to wait for each answer of the helpdesk before giving up. Long enough for a slow
/// intranet server, short enough that nobody wonders whether the button did anything.
const HANDOFF_TIMEOUT_MILLISECONDS: u32 = 15_000;

#[derive(Debug, Clone, PartialEq, Eq)]
enum HandoffState {
    Idle,
    Sending,
    Failed(HandoffFailure),
    /// The ticket is in the helpdesk already and Send was pressed: sending again creates a
    /// second ticket there, so the user is told and asked once more.
    ConfirmingResend,
}

/// The body of a request, encoded as its kind says; the browser sets the content type of form
/// fields itself.
fn request_body(body: &Body) -> Result<(JsValue, Option<&'static str>), JsValue> {
    Ok(match body {
        Body::Json(text) => (JsValue::from_str(text), Some("application/json")),
        Body::Form(fields) => {
            let params = web_sys::UrlSearchParams::new()?;
            for (name, value) in fields {
                params.append(name, value);
            }
            (params.into(), None)
        }
        Body::Multipart(fields) => {
            let form = web_sys::FormData::new()?;
            for (name, value) in fields {
                form.append_with_str(name, value)?;
            }
            (form.into(), None)
        }
    })
}

/// Sends one request and says what came back. Never fails: anything that goes wrong is an
/// [`Exchange`] the domain reads.
async fn send(request: HelpdeskRequest) -> Exchange {
    let Some(window) = web_sys::window() else { return Exchange::NoAnswer };
    let Ok(controller) = web_sys::AbortController::new() else { return Exchange::NoAnswer };
    let Ok((body, content_type)) = request_body(&request.body) else { return Exchange::NoAnswer };
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&body);
    init.set_signal(Some(&controller.signal()));
    if let Some(content_type) = content_type {
        let Ok(headers) = web_sys::Headers::new() else { return Exchange::NoAnswer };
        if headers.set("content-type", content_type).is_err() {
            return Exchange::NoAnswer;
        }
        init.set_headers(&headers);
    }
    let Ok(fetch_request) = web_sys::Request::new_with_str_and_init(&request.url, &init) else {
        return Exchange::NoAnswer;
    };
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    // The timer covers the answer and its body: a server may send headers and then stall.
    let _timer = {
        let timed_out = timed_out.clone();
        Timeout::new(HANDOFF_TIMEOUT_MILLISECONDS, move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let no_answer = |timed_out: &std::cell::Cell<bool>| {
        if timed_out.get() {
            Exchange::TimedOut
        } else {
            Exchange::NoAnswer
        }
    };
    let response: web_sys::Response =
        match JsFuture::from(window.fetch_with_request(&fetch_request))
            .await
            .ok()
            .and_then(|value| value.dyn_into().ok())
        {
            Some(response) => response,
            None => return no_answer(&timed_out),
        };
    let status = response.status();
    let Ok(text) = response.text() else { return no_answer(&timed_out) };
    match JsFuture::from(text).await {
        Ok(body) => Exchange::Answered { status, body: body.as_string().unwrap_or_default() },
        Err(_) => no_answer(&timed_out),
    }
}

/// Runs a hand-off to its end: every request it asks for, each answer read by the domain.
async fn hand_off(
    helpdesk: Helpdesk,
    ticket: HandoffTicket,
) -> Result<(Accepted, HelpdeskKind), HandoffFailure> {
    let Some((mut handoff, mut step)) = crate::domain::helpdesk::Handoff::start(
        &helpdesk,
        &ticket,
        &format!("{}{}", new_id(), new_id()),
    ) else {
        return Err(HandoffFailure::UnexpectedAnswer);
    };
    loop {
        match step {
            Step::Send(request) => step = handoff.next(send(request).await),
            Step::Finished(outcome) => {
                return outcome.map(|accepted| (accepted, handoff.kind()));
            }
        }
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
    let Some(helpdesk) = services.config.handoff_helpdesk() else { return html! {} };

    if let Helpdesk::Email { address } = &helpdesk {
        let body = ticket_to_plain_text(&props.ticket, &props.context, &locale.export_labels());
        let separator = if address.contains('?') { '&' } else { '?' };
        let link = format!(
            "{address}{separator}subject={}&body={}",
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
        let labels = locale.export_labels();
        let already_sent = props.ticket.helpdesk_handoff.is_some();
        Callback::from(move |_: MouseEvent| {
            if *state == HandoffState::Sending {
                return;
            }
            if already_sent && *state != HandoffState::ConfirmingResend {
                state.set(HandoffState::ConfirmingResend);
                return;
            }
            let Ok(json) = ticket_to_json(&ticket, &context) else { return };
            let contact = &ticket.details.contact;
            let handoff_ticket = HandoffTicket {
                title: ticket.title.clone(),
                text: ticket_to_plain_text(&ticket, &context, &labels),
                json,
                requester_name: contact.name.clone(),
                requester_email: contact.email.clone(),
            };
            state.set(HandoffState::Sending);
            let state = state.clone();
            let app = app.clone();
            let helpdesk = helpdesk.clone();
            let ticket_id = ticket.id.clone();
            let ticket = ticket.clone();
            let bridge = bridge.clone();
            let context = context.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match hand_off(helpdesk, handoff_ticket).await {
                    Ok((accepted, kind)) => {
                        let sent = HelpdeskHandoff {
                            sent_at: now(),
                            status_code: accepted.status_code,
                            helpdesk: Some(kind),
                            number: accepted.number,
                        };
                        let handed_off = Ticket { helpdesk_handoff: Some(sent.clone()), ..ticket };
                        bridge.announce_ticket("handed-off", &handed_off, &context);
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

    let failure = match &*state {
        HandoffState::Failed(failure) => Some(failure_text(failure, &text)),
        _ => None,
    };
    let sending = *state == HandoffState::Sending;
    let confirming_resend = *state == HandoffState::ConfirmingResend;
    let locale_tag = user_locale_tag(locale.tag());
    let sent = props.ticket.helpdesk_handoff.as_ref().map(|handoff| {
        let when = format_weekday_date_time(handoff.sent_at, &locale_tag);
        match &handoff.number {
            Some(number) => html! { <p class="st-handoff__sent"><strong>{ locale.handed_off_as(number, &when) }</strong></p> },
            None => html! { <p class="st-handoff__sent"><strong>{ text(Message::HandoffSent) }</strong>{ " " }{ when }</p> },
        }
    });
    let was_sent = sent.is_some();
    html! {
        <section class="st-section st-no-print" aria-labelledby="st-handoff-heading">
            <@{headings.tag(2)} id="st-handoff-heading" class="st-heading-m">{ text(Message::HandoffHeading) }</@>
            <p class="st-hint">{ text(Message::HandoffIntro) }</p>
            <div role="status" aria-live="polite">
                if let Some(sent) = sent {
                    { sent }
                }
                if let Some(failure) = &failure {
                    <div class="st-inset st-inset--warning"><p>{ failure }</p></div>
                }
                if sending {
                    <p>{ text(Message::HandoffSending) }</p>
                }
                if confirming_resend {
                    <div class="st-inset st-inset--warning"><p>{ text(Message::HandoffResendWarning) }</p></div>
                }
            </div>
            <button type="button" class="st-button st-button--secondary" onclick={on_send} disabled={sending}>
                { text(if confirming_resend {
                    Message::HandoffResendConfirm
                } else if was_sent || failure.is_some() {
                    Message::HandoffSendAgain
                } else {
                    Message::HandoffSend
                }) }
            </button>
        </section>
    }
}

/// Why the hand-off failed, in the interface language, with what the helpdesk said.
fn failure_text(failure: &HandoffFailure, text: &impl Fn(Message) -> &'static str) -> String {
    match failure {
        HandoffFailure::NeedsContactEmail => text(Message::HandoffNeedsEmail).to_owned(),
        HandoffFailure::Refused { status, details } => {
            let said = match (status, details) {
                (Some(code), Some(details)) => format!(" (HTTP {code}: {details})"),
                (Some(code), None) => format!(" (HTTP {code})"),
                (None, Some(details)) => format!(" ({details})"),
                (None, None) => String::new(),
            };
            format!("{}{said}", text(Message::HandoffRefused))
        }
        HandoffFailure::ServerError(code) => {
            format!("{} (HTTP {code})", text(Message::HandoffServerError))
        }
        HandoffFailure::NotEnabled => text(Message::HandoffNotEnabled).to_owned(),
        HandoffFailure::TryLater => text(Message::HandoffTryLater).to_owned(),
        HandoffFailure::Unreachable => text(Message::HandoffUnreachable).to_owned(),
        HandoffFailure::TimedOut => text(Message::HandoffTimedOut).to_owned(),
        HandoffFailure::UnexpectedAnswer => text(Message::HandoffUnexpectedAnswer).to_owned(),
    }
}
