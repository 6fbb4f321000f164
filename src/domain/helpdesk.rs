//! Handing a finished ticket to the organisation's helpdesk: which helpdesk the configuration
//! names, what each kind is sent and how its answers are read.
//!
//! Four kinds are supported, each chosen by `helpdesk.kind` in the configuration:
//!
//! - `json`: the organisation's own endpoint receives the ticket JSON by POST; any 2xx answer
//!   accepts it.
//! - `email`: a `mailto:` link opens an email; nothing is sent from the browser.
//! - `zammad`: Zammad's web form API, in two requests. `POST /api/v1/form_config` with a
//!   `fingerprint` (form fields) answers `{enabled, endpoint, token}`; then a multipart
//!   `POST /api/v1/form_submit` with `name`, `email`, `title`, `body`, `token` and
//!   `fingerprint` answers HTTP 200 with either `{ticket: {id, number}}` or `{errors: {field:
//!   reason}}`. Per-IP limits answer 401, 403 or 429, the last one without CORS headers.
//! - `zendesk`: Zendesk's anonymous requests, `POST /api/v2/requests.json` with
//!   `{request: {requester: {name, email}, subject, comment: {body}}}`; 201 with `{request:
//!   {id, ...}}`, 422 with `{error, description, details}`. Its 403 and 429 answers carry no CORS
//!   headers, so the browser sees no answer at all: for Zendesk that means "try again later".
//!
//! A hand-off is a small state machine ([`Handoff`]): it says which request to send
//! ([`Step::Send`]), is told what came back ([`Exchange`]), and ends with the helpdesk's
//! acceptance (and its ticket number) or the reason it failed. Only the fetch itself lives in
//! the interface, so every request shape and every answer is tested here.

use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::domain::ticket::HelpdeskKind;

/// The longest ticket number kept from a helpdesk's answer; longer ones are not numbers.
const MAX_NUMBER_LENGTH: usize = 64;

/// The longest explanation kept from a helpdesk's refusal.
const MAX_DETAILS_LENGTH: usize = 300;

/// Zammad refuses fingerprints of 30 characters or fewer.
const ZAMMAD_FINGERPRINT_PREFIX: &str = "support-triage-handoff-fingerprint-";

/// Where finished tickets go (the configuration's `helpdesk`). Every link has been checked by
/// the configuration reader: `https:`, or `http:` to this very machine only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Helpdesk {
    /// POST the ticket JSON to this URL.
    Json { url: String },
    /// Open an email to this `mailto:` link.
    Email { address: String },
    /// Zammad's web form API at this base URL, such as `https://zammad.example.com`.
    Zammad { url: String },
    /// Zendesk's anonymous requests at this account URL, such as
    /// `https://example.zendesk.com`.
    Zendesk { subdomain_url: String },
}

impl Helpdesk {
    /// The helpdesk a `helpdesk_endpoint` (the short form) names: a `mailto:` link opens an
    /// email, any other link receives the ticket JSON.
    pub fn from_endpoint(endpoint: &str) -> Helpdesk {
        if endpoint.get(..7).is_some_and(|scheme| scheme.eq_ignore_ascii_case("mailto:")) {
            Helpdesk::Email { address: endpoint.to_owned() }
        } else {
            Helpdesk::Json { url: endpoint.to_owned() }
        }
    }

    /// The kind of helpdesk the browser sends tickets to; `None` for email, which the user
    /// sends themselves.
    pub fn kind(&self) -> Option<HelpdeskKind> {
        match self {
            Helpdesk::Json { .. } => Some(HelpdeskKind::Json),
            Helpdesk::Email { .. } => None,
            Helpdesk::Zammad { .. } => Some(HelpdeskKind::Zammad),
            Helpdesk::Zendesk { .. } => Some(HelpdeskKind::Zendesk),
        }
    }
}

/// The ticket as the helpdesk receives it, already written out by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandoffTicket {
    /// The ticket's title: Zammad's `title`, Zendesk's `subject`.
    pub title: String,
    /// The ticket as plain text: the body of the helpdesk's first article or comment.
    pub text: String,
    /// The ticket JSON (`docs/ticket-json.md`), for a `json` helpdesk.
    pub json: String,
    /// Who asks: the ticket's contact. Zammad and Zendesk need an email address.
    pub requester_name: String,
    pub requester_email: String,
}

/// The body of a request and how it is encoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// `application/json`.
    Json(String),
    /// `application/x-www-form-urlencoded` fields, in order.
    Form(Vec<(&'static str, String)>),
    /// `multipart/form-data` fields, in order.
    Multipart(Vec<(&'static str, String)>),
}

/// One POST to the helpdesk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpdeskRequest {
    pub url: String,
    pub body: Body,
}

/// What came back from a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exchange {
    /// An answer the page may read: its HTTP status and body text.
    Answered { status: u16, body: String },
    /// Nothing readable: no connection, a dropped connection, or an answer the browser hid
    /// because it carried no CORS headers.
    NoAnswer,
    /// No answer in time; the request was cancelled.
    TimedOut,
}

impl Exchange {
    /// The answer's status and body, or the failure its absence means: `no_answer` says what a
    /// missing answer means for this request (not reached, or a limit the browser hid).
    fn answer(self, no_answer: HandoffFailure) -> Result<(u16, String), HandoffFailure> {
        match self {
            Exchange::Answered { status, body } => Ok((status, body)),
            Exchange::NoAnswer => Err(no_answer),
            Exchange::TimedOut => Err(HandoffFailure::TimedOut),
        }
    }
}

/// The helpdesk took the ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accepted {
    pub status_code: u16,
    /// The helpdesk's number for the ticket, when it gave one.
    pub number: Option<String>,
}

/// Why a hand-off did not go through. Nothing is marked as sent after any of these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandoffFailure {
    /// The ticket has no contact email address, which the helpdesk needs to reply.
    NeedsContactEmail,
    /// The helpdesk refused this ticket: a 4xx answer (`status`), or Zammad's `errors`
    /// (`status` None). `details` is what it said, when it said something readable.
    Refused {
        status: Option<u16>,
        details: Option<String>,
    },
    /// The helpdesk answered 5xx or another status that is neither success nor refusal.
    ServerError(u16),
    /// The helpdesk does not take tickets from a web page: Zammad's form channel is off, or
    /// Zendesk's anonymous requests are.
    NotEnabled,
    /// The helpdesk is not taking tickets from here just now: a rate limit, or an answer the
    /// browser hid where that is the likely cause.
    TryLater,
    /// No answer at all: offline, a dropped connection, or a policy blocked the request.
    Unreachable,
    TimedOut,
    /// An answer of the right status that does not say the ticket was created.
    UnexpectedAnswer,
}

/// What to do next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Send this request and pass what comes back to [`Handoff::next`].
    Send(HelpdeskRequest),
    /// The hand-off is over.
    Finished(Result<Accepted, HandoffFailure>),
}

/// One hand-off of one ticket to one helpdesk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handoff {
    kind: HelpdeskKind,
    stage: Stage,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Stage {
    /// The single request of a `json` or `zendesk` helpdesk was sent.
    SingleRequest,
    /// Zammad's form configuration was asked for; the submission waits for its token.
    ZammadConfig {
        submit_url: String,
        fields: Vec<(&'static str, String)>,
        fingerprint: String,
    },
    /// Zammad's form was submitted.
    ZammadSubmit,
    Finished,
}

impl Handoff {
    /// Starts a hand-off: the first request to send, or why there is none. `None` for an
    /// email helpdesk, which is not sent from the browser. `fingerprint_seed` is random text
    /// that tells this hand-off apart (Zammad ties its token to it).
    pub fn start(
        helpdesk: &Helpdesk,
        ticket: &HandoffTicket,
        fingerprint_seed: &str,
    ) -> Option<(Handoff, Step)> {
        let kind = helpdesk.kind()?;
        let needs_email = matches!(helpdesk, Helpdesk::Zammad { .. } | Helpdesk::Zendesk { .. });
        let email = ticket.requester_email.trim();
        if needs_email && email.is_empty() {
            let handoff = Handoff { kind, stage: Stage::Finished };
            return Some((handoff, Step::Finished(Err(HandoffFailure::NeedsContactEmail))));
        }
        // Both helpdesks need a name for a new requester; the address stands in for a missing
        // one.
        let name = match ticket.requester_name.trim() {
            "" => email.to_owned(),
            name => name.to_owned(),
        };
        let (stage, request) = match helpdesk {
            Helpdesk::Email { .. } => return None,
            Helpdesk::Json { url } => (
                Stage::SingleRequest,
                HelpdeskRequest { url: url.clone(), body: Body::Json(ticket.json.clone()) },
            ),
            Helpdesk::Zendesk { subdomain_url } => {
                let body = json!({
                    "request": {
                        "requester": { "name": name, "email": email },
                        "subject": ticket.title,
                        "comment": { "body": ticket.text },
                    }
                });
                (
                    Stage::SingleRequest,
                    HelpdeskRequest {
                        url: join(subdomain_url, "/api/v2/requests.json"),
                        body: Body::Json(body.to_string()),
                    },
                )
            }
            Helpdesk::Zammad { url } => {
                let fingerprint = format!("{ZAMMAD_FINGERPRINT_PREFIX}{fingerprint_seed}");
                let fields = vec![
                    ("name", name),
                    ("email", email.to_owned()),
                    ("title", ticket.title.clone()),
                    ("body", ticket.text.clone()),
                ];
                (
                    Stage::ZammadConfig {
                        submit_url: join(url, "/api/v1/form_submit"),
                        fields,
                        fingerprint: fingerprint.clone(),
                    },
                    HelpdeskRequest {
                        url: join(url, "/api/v1/form_config"),
                        body: Body::Form(vec![("fingerprint", fingerprint)]),
                    },
                )
            }
        };
        Some((Handoff { kind, stage }, Step::Send(request)))
    }

    /// The kind of helpdesk this hand-off goes to.
    pub fn kind(&self) -> HelpdeskKind {
        self.kind
    }

    /// Reads what came back from the last request: the next request, or the end.
    pub fn next(&mut self, exchange: Exchange) -> Step {
        let stage = std::mem::replace(&mut self.stage, Stage::Finished);
        let outcome = match (stage, exchange) {
            (Stage::Finished, _) => Err(HandoffFailure::UnexpectedAnswer),
            (_, Exchange::TimedOut) => Err(HandoffFailure::TimedOut),
            (Stage::SingleRequest, exchange) => match self.kind {
                HelpdeskKind::Zendesk => read_zendesk(exchange),
                HelpdeskKind::Json | HelpdeskKind::Zammad => read_json_endpoint(exchange),
            },
            (Stage::ZammadConfig { submit_url, mut fields, fingerprint }, exchange) => {
                match read_zammad_config(exchange) {
                    Ok(token) => {
                        fields.push(("token", token));
                        fields.push(("fingerprint", fingerprint));
                        self.stage = Stage::ZammadSubmit;
                        return Step::Send(HelpdeskRequest {
                            url: submit_url,
                            body: Body::Multipart(fields),
                        });
                    }
                    Err(failure) => Err(failure),
                }
            }
            (Stage::ZammadSubmit, exchange) => read_zammad_submit(exchange),
        };
        Step::Finished(outcome)
    }
}

/// `base` (without a trailing slash) followed by `path`.
fn join(base: &str, path: &str) -> String {
    format!("{}{path}", base.trim_end_matches('/'))
}

/// What any helpdesk's status says when its body does not decide.
fn by_status(status: u16) -> HandoffFailure {
    match status {
        400..=499 => HandoffFailure::Refused { status: Some(status), details: None },
        _ => HandoffFailure::ServerError(status),
    }
}

fn read_json_endpoint(exchange: Exchange) -> Result<Accepted, HandoffFailure> {
    match exchange.answer(HandoffFailure::Unreachable)? {
        (status @ 200..=299, _) => Ok(Accepted { status_code: status, number: None }),
        (status, _) => Err(by_status(status)),
    }
}

/// Zammad's form configuration: the token to submit with, or why there is none.
fn read_zammad_config(exchange: Exchange) -> Result<String, HandoffFailure> {
    // The first contact: nothing readable means the helpdesk was not reached.
    let (status, body) = exchange.answer(HandoffFailure::Unreachable)?;
    match status {
        200..=299 => {
            let answer = parse_object(&body).ok_or(HandoffFailure::UnexpectedAnswer)?;
            if answer.get("enabled").and_then(Value::as_bool) == Some(false) {
                return Err(HandoffFailure::NotEnabled);
            }
            match answer.get("token").and_then(Value::as_str).map(str::trim) {
                Some(token) if !token.is_empty() => Ok(token.to_owned()),
                _ => Err(HandoffFailure::UnexpectedAnswer),
            }
        }
        // The form channel is off (or the request was refused as not authorised).
        401 | 403 => Err(HandoffFailure::NotEnabled),
        429 => Err(HandoffFailure::TryLater),
        status => Err(by_status(status)),
    }
}

/// Zammad's answer to the form: its ticket number, its `errors`, or a limit.
fn read_zammad_submit(exchange: Exchange) -> Result<Accepted, HandoffFailure> {
    // Zammad answered the configuration a moment ago: its rate limiter answers 429 without
    // CORS headers, which the browser reports as no answer.
    let (status, body) = exchange.answer(HandoffFailure::TryLater)?;
    match status {
        200..=299 => {
            let answer = parse_object(&body).ok_or(HandoffFailure::UnexpectedAnswer)?;
            if let Some(errors) = answer.get("errors").filter(|errors| !is_empty(errors)) {
                return Err(HandoffFailure::Refused {
                    status: None,
                    details: zammad_errors(errors),
                });
            }
            let ticket = answer
                .get("ticket")
                .and_then(Value::as_object)
                .ok_or(HandoffFailure::UnexpectedAnswer)?;
            let number = ticket.get("number").and_then(read_number);
            if number.is_none() && ticket.get("id").and_then(read_number).is_none() {
                return Err(HandoffFailure::UnexpectedAnswer);
            }
            Ok(Accepted { status_code: status, number })
        }
        // An expired or refused token, or (in earlier Zammad versions) a per-IP limit.
        401 | 403 | 429 => Err(HandoffFailure::TryLater),
        status => Err(by_status(status)),
    }
}

/// Zendesk's answer: the request id, its validation errors, or a limit.
fn read_zendesk(exchange: Exchange) -> Result<Accepted, HandoffFailure> {
    // Zendesk's 403 and 429 answers carry no CORS headers, so the browser hides them; an
    // account that is down is far rarer than a limit.
    let (status, body) = exchange.answer(HandoffFailure::TryLater)?;
    match status {
        200..=299 => {
            // The status says it was created; the id is a bonus.
            let number = parse_object(&body)
                .and_then(|answer| {
                    answer.get("request").and_then(|request| request.get("id")).cloned()
                })
                .and_then(|id| read_number(&id));
            Ok(Accepted { status_code: status, number })
        }
        // Anonymous requests are switched off.
        401 => Err(HandoffFailure::NotEnabled),
        403 | 429 => Err(HandoffFailure::TryLater),
        400..=499 => Err(HandoffFailure::Refused {
            status: Some(status),
            details: parse_object(&body).and_then(|answer| zendesk_errors(&answer)),
        }),
        status => Err(HandoffFailure::ServerError(status)),
    }
}

fn parse_object(body: &str) -> Option<Map<String, Value>> {
    match serde_json::from_str::<Value>(body) {
        Ok(Value::Object(object)) => Some(object),
        _ => None,
    }
}

fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Object(object) => object.is_empty(),
        Value::Array(list) => list.is_empty(),
        Value::String(text) => text.trim().is_empty(),
        _ => false,
    }
}

/// A ticket number as text: a string or a whole number, short and printable.
fn read_number(value: &Value) -> Option<String> {
    let text = match value {
        Value::String(text) => text.trim().to_owned(),
        Value::Number(number) => number.as_u64().map(|whole| whole.to_string())?,
        _ => return None,
    };
    let usable = !text.is_empty()
        && text.chars().count() <= MAX_NUMBER_LENGTH
        && !text.chars().any(char::is_control);
    usable.then_some(text)
}

/// Zammad's `errors`, `{"email": "invalid", "title": "required"}`, as "email: invalid, title:
/// required".
fn zammad_errors(errors: &Value) -> Option<String> {
    match errors {
        Value::Object(fields) => details(fields.iter().map(|(field, reason)| {
            format!("{field}: {}", plain(reason).unwrap_or_else(|| "invalid".to_owned()))
        })),
        other => details(plain(other)),
    }
}

/// Zendesk's validation errors: every `details.*[].description`, else `description`.
fn zendesk_errors(answer: &Map<String, Value>) -> Option<String> {
    let from_details = answer
        .get("details")
        .and_then(Value::as_object)
        .map(|fields| {
            fields
                .values()
                .filter_map(Value::as_array)
                .flatten()
                .filter_map(|item| item.get("description").and_then(plain))
                .collect::<Vec<_>>()
        })
        .and_then(details);
    from_details.or_else(|| answer.get("description").and_then(plain))
}

/// Text from a helpdesk as one line: strings as they are, other values as JSON.
fn plain(value: &Value) -> Option<String> {
    let text = match value {
        Value::String(text) => text.clone(),
        Value::Null => return None,
        other => other.to_string(),
    };
    let line: String = text
        .chars()
        .map(|character| if character.is_control() { ' ' } else { character })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (!line.is_empty()).then_some(line)
}

/// Parts of an explanation, joined and cut to a readable length.
fn details(parts: impl IntoIterator<Item = String>) -> Option<String> {
    let joined = parts.into_iter().filter(|part| !part.is_empty()).collect::<Vec<_>>().join(", ");
    if joined.is_empty() {
        return None;
    }
    if joined.chars().count() <= MAX_DETAILS_LENGTH {
        Some(joined)
    } else {
        let mut cut: String = joined.chars().take(MAX_DETAILS_LENGTH).collect();
        cut.push('…');
        Some(cut)
    }
}

#[cfg(test)]
mod tests;
