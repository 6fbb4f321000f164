use super::*;

fn ticket() -> HandoffTicket {
    HandoffTicket {
        title: "Printers vanish from managed Macs".to_owned(),
        text: "Printers vanish\n\nSince the last policy sync.".to_owned(),
        json: r#"{"schema":"support-triage/ticket"}"#.to_owned(),
        requester_name: "Ana Kowalska".to_owned(),
        requester_email: "ana@example.com".to_owned(),
    }
}

fn zammad() -> Helpdesk {
    Helpdesk::Zammad { url: "https://zammad.example.com/".to_owned() }
}

fn zendesk() -> Helpdesk {
    Helpdesk::Zendesk { subdomain_url: "https://example.zendesk.com".to_owned() }
}

fn answered(status: u16, body: &str) -> Exchange {
    Exchange::Answered { status, body: body.to_owned() }
}

/// Starts a hand-off and returns it with its first request.
fn start(helpdesk: &Helpdesk, ticket: &HandoffTicket) -> (Handoff, HelpdeskRequest) {
    match Handoff::start(helpdesk, ticket, "seed") {
        Some((handoff, Step::Send(request))) => (handoff, request),
        other => panic!("expected a first request, got {other:?}"),
    }
}

/// A Zammad hand-off past its configuration, with the submission it sends.
fn zammad_submitted() -> (Handoff, HelpdeskRequest) {
    let (mut handoff, _) = start(&zammad(), &ticket());
    match handoff.next(answered(
        200,
        r#"{"enabled":true,"endpoint":"http://elsewhere/api/v1/form_submit","token":"tok=="}"#,
    )) {
        Step::Send(request) => (handoff, request),
        other => panic!("expected the submission, got {other:?}"),
    }
}

fn finish(handoff: &mut Handoff, exchange: Exchange) -> Result<Accepted, HandoffFailure> {
    match handoff.next(exchange) {
        Step::Finished(outcome) => outcome,
        other => panic!("expected the end, got {other:?}"),
    }
}

#[test]
fn the_short_form_is_json_or_email() {
    assert_eq!(
        Helpdesk::from_endpoint("https://desk.example.com/t"),
        Helpdesk::Json { url: "https://desk.example.com/t".to_owned() }
    );
    assert_eq!(
        Helpdesk::from_endpoint("MAILTO:desk@example.com"),
        Helpdesk::Email { address: "MAILTO:desk@example.com".to_owned() }
    );
    assert!(
        Handoff::start(&Helpdesk::from_endpoint("mailto:d@example.com"), &ticket(), "s").is_none()
    );
}

#[test]
fn configured_helpdesks_serialise_with_their_kind() {
    let value = serde_json::to_value(zendesk()).expect("serialises");
    assert_eq!(value, json!({"kind": "zendesk", "subdomain_url": "https://example.zendesk.com"}));
    let value = serde_json::to_value(Helpdesk::Email { address: "mailto:d@e.com".to_owned() })
        .expect("serialises");
    assert_eq!(value, json!({"kind": "email", "address": "mailto:d@e.com"}));
}

#[test]
fn json_posts_the_ticket_json_and_takes_any_2xx() {
    let helpdesk = Helpdesk::Json { url: "https://desk.example.com/tickets".to_owned() };
    let (mut handoff, request) = start(&helpdesk, &ticket());
    assert_eq!(handoff.kind(), HelpdeskKind::Json);
    assert_eq!(request.url, "https://desk.example.com/tickets");
    assert_eq!(request.body, Body::Json(ticket().json));
    assert_eq!(
        finish(&mut handoff, answered(204, "")),
        Ok(Accepted { status_code: 204, number: None })
    );
    // Asked again after the end, it does not accept anything.
    assert_eq!(finish(&mut handoff, answered(200, "")), Err(HandoffFailure::UnexpectedAnswer));
}

#[test]
fn json_failures() {
    let helpdesk = Helpdesk::Json { url: "https://desk.example.com/tickets".to_owned() };
    for (exchange, expected) in [
        (answered(422, "{}"), HandoffFailure::Refused { status: Some(422), details: None }),
        (answered(503, ""), HandoffFailure::ServerError(503)),
        (answered(302, ""), HandoffFailure::ServerError(302)),
        (Exchange::NoAnswer, HandoffFailure::Unreachable),
        (Exchange::TimedOut, HandoffFailure::TimedOut),
    ] {
        let (mut handoff, _) = start(&helpdesk, &ticket());
        assert_eq!(finish(&mut handoff, exchange), Err(expected));
    }
}

#[test]
fn json_does_not_need_a_contact() {
    let helpdesk = Helpdesk::Json { url: "https://desk.example.com/tickets".to_owned() };
    let no_contact = HandoffTicket { requester_email: String::new(), ..ticket() };
    assert!(matches!(Handoff::start(&helpdesk, &no_contact, "s"), Some((_, Step::Send(_)))));
}

#[test]
fn zammad_asks_for_a_token_with_a_fingerprint_then_submits_the_form() {
    let (handoff, request) = start(&zammad(), &ticket());
    assert_eq!(handoff.kind(), HelpdeskKind::Zammad);
    assert_eq!(request.url, "https://zammad.example.com/api/v1/form_config");
    let Body::Form(fields) = &request.body else { panic!("form fields expected") };
    assert_eq!(fields.len(), 1);
    assert_eq!(fields[0].0, "fingerprint");
    // Zammad refuses fingerprints of 30 characters or fewer.
    assert!(fields[0].1.len() > 30, "{}", fields[0].1);
    let fingerprint = fields[0].1.clone();

    let (mut handoff, submit) = zammad_submitted();
    // The submission goes to the configured helpdesk, not to the endpoint the answer names.
    assert_eq!(submit.url, "https://zammad.example.com/api/v1/form_submit");
    assert_eq!(
        submit.body,
        Body::Multipart(vec![
            ("name", "Ana Kowalska".to_owned()),
            ("email", "ana@example.com".to_owned()),
            ("title", "Printers vanish from managed Macs".to_owned()),
            ("body", "Printers vanish\n\nSince the last policy sync.".to_owned()),
            ("token", "tok==".to_owned()),
            ("fingerprint", fingerprint),
        ])
    );
    assert_eq!(
        finish(&mut handoff, answered(200, r#"{"ticket":{"id":17,"number":"31017"}}"#)),
        Ok(Accepted { status_code: 200, number: Some("31017".to_owned()) })
    );
}

#[test]
fn zammad_configuration_answers() {
    for (exchange, expected) in [
        (answered(200, r#"{"enabled":false,"token":"t"}"#), HandoffFailure::NotEnabled),
        (answered(403, r#"{"error":"Not authorized"}"#), HandoffFailure::NotEnabled),
        (answered(401, r#"{"error":"Not authorized"}"#), HandoffFailure::NotEnabled),
        (answered(429, "Retry later\n"), HandoffFailure::TryLater),
        (answered(200, r#"{"enabled":true}"#), HandoffFailure::UnexpectedAnswer),
        (answered(200, r#"{"enabled":true,"token":"  "}"#), HandoffFailure::UnexpectedAnswer),
        (answered(200, "<html>"), HandoffFailure::UnexpectedAnswer),
        (answered(404, ""), HandoffFailure::Refused { status: Some(404), details: None }),
        (answered(502, ""), HandoffFailure::ServerError(502)),
        (Exchange::NoAnswer, HandoffFailure::Unreachable),
        (Exchange::TimedOut, HandoffFailure::TimedOut),
    ] {
        let (mut handoff, _) = start(&zammad(), &ticket());
        assert_eq!(finish(&mut handoff, exchange.clone()), Err(expected), "{exchange:?}");
    }
}

#[test]
fn zammad_submission_answers() {
    for (exchange, expected) in [
        (
            answered(200, r#"{"errors":{"email":"invalid","title":"required"}}"#),
            Err(HandoffFailure::Refused {
                status: None,
                details: Some("email: invalid, title: required".to_owned()),
            }),
        ),
        (
            answered(200, r#"{"errors":{"token":"Limit reached\nretry"}}"#),
            Err(HandoffFailure::Refused {
                status: None,
                details: Some("token: Limit reached retry".to_owned()),
            }),
        ),
        (
            answered(200, r#"{"errors":{},"ticket":{"id":5,"number":31005}}"#),
            Ok(Accepted { status_code: 200, number: Some("31005".to_owned()) }),
        ),
        (answered(200, r#"{"ticket":{"id":5}}"#), Ok(Accepted { status_code: 200, number: None })),
        (answered(200, r#"{"ticket":{}}"#), Err(HandoffFailure::UnexpectedAnswer)),
        (answered(200, "{}"), Err(HandoffFailure::UnexpectedAnswer)),
        (answered(200, "[]"), Err(HandoffFailure::UnexpectedAnswer)),
        (answered(401, r#"{"error":"Authorization failed"}"#), Err(HandoffFailure::TryLater)),
        (answered(403, r#"{"error":"Not authorized"}"#), Err(HandoffFailure::TryLater)),
        (answered(429, "Retry later\n"), Err(HandoffFailure::TryLater)),
        (answered(500, ""), Err(HandoffFailure::ServerError(500))),
        (Exchange::NoAnswer, Err(HandoffFailure::TryLater)),
        (Exchange::TimedOut, Err(HandoffFailure::TimedOut)),
    ] {
        let (mut handoff, _) = zammad_submitted();
        assert_eq!(finish(&mut handoff, exchange.clone()), expected, "{exchange:?}");
    }
}

#[test]
fn zendesk_posts_an_anonymous_request() {
    let (mut handoff, request) = start(&zendesk(), &ticket());
    assert_eq!(handoff.kind(), HelpdeskKind::Zendesk);
    assert_eq!(request.url, "https://example.zendesk.com/api/v2/requests.json");
    let Body::Json(body) = &request.body else { panic!("a JSON body expected") };
    let body: Value = serde_json::from_str(body).expect("JSON");
    assert_eq!(
        body,
        json!({"request": {
            "requester": {"name": "Ana Kowalska", "email": "ana@example.com"},
            "subject": "Printers vanish from managed Macs",
            "comment": {"body": "Printers vanish\n\nSince the last policy sync."},
        }})
    );
    assert_eq!(
        finish(&mut handoff, answered(201, r#"{"request":{"id":35436,"status":"new"}}"#)),
        Ok(Accepted { status_code: 201, number: Some("35436".to_owned()) })
    );
}

#[test]
fn zendesk_answers() {
    let invalid = r#"{"error":"RecordInvalid","description":"Record validation errors","details":{"requester":[{"description":"Requester: Email is invalid","error":"InvalidValue"}],"base":[{"description":"Subject: cannot be blank","error":"BlankValue"}]}}"#;
    for (exchange, expected) in [
        (answered(201, "not json"), Ok(Accepted { status_code: 201, number: None })),
        (
            answered(201, r#"{"request":{"id":-4}}"#),
            Ok(Accepted { status_code: 201, number: None }),
        ),
        (
            answered(422, invalid),
            Err(HandoffFailure::Refused {
                status: Some(422),
                details: Some("Subject: cannot be blank, Requester: Email is invalid".to_owned()),
            }),
        ),
        (
            answered(422, r#"{"error":"RecordInvalid","description":"Record validation errors"}"#),
            Err(HandoffFailure::Refused {
                status: Some(422),
                details: Some("Record validation errors".to_owned()),
            }),
        ),
        (answered(422, ""), Err(HandoffFailure::Refused { status: Some(422), details: None })),
        (answered(401, "{}"), Err(HandoffFailure::NotEnabled)),
        (answered(403, ""), Err(HandoffFailure::TryLater)),
        (answered(429, ""), Err(HandoffFailure::TryLater)),
        (answered(500, ""), Err(HandoffFailure::ServerError(500))),
        // 403 and 429 carry no CORS headers: the browser sees no answer.
        (Exchange::NoAnswer, Err(HandoffFailure::TryLater)),
        (Exchange::TimedOut, Err(HandoffFailure::TimedOut)),
    ] {
        let (mut handoff, _) = start(&zendesk(), &ticket());
        assert_eq!(finish(&mut handoff, exchange.clone()), expected, "{exchange:?}");
    }
}

#[test]
fn zammad_and_zendesk_need_an_email_and_take_the_email_for_a_missing_name() {
    for helpdesk in [zammad(), zendesk()] {
        let no_email = HandoffTicket { requester_email: "  ".to_owned(), ..ticket() };
        assert!(matches!(
            Handoff::start(&helpdesk, &no_email, "s"),
            Some((_, Step::Finished(Err(HandoffFailure::NeedsContactEmail))))
        ));
    }
    let no_name = HandoffTicket { requester_name: " ".to_owned(), ..ticket() };
    let (_, request) = start(&zendesk(), &no_name);
    let Body::Json(body) = request.body else { panic!("a JSON body expected") };
    assert!(
        body.contains(r#""requester":{"email":"ana@example.com","name":"ana@example.com"}"#),
        "{body}"
    );
}

#[test]
fn numbers_from_outside_are_short_printable_text() {
    assert_eq!(read_number(&json!("  31001 ")), Some("31001".to_owned()));
    assert_eq!(read_number(&json!(12)), Some("12".to_owned()));
    assert_eq!(read_number(&json!(1.5)), None);
    assert_eq!(read_number(&json!("")), None);
    assert_eq!(read_number(&json!("a\u{7}b")), None);
    assert_eq!(read_number(&json!("9".repeat(65))), None);
    assert_eq!(read_number(&json!({"number": 1})), None);
}

#[test]
fn long_explanations_are_cut() {
    let long = format!(r#"{{"errors":{{"body":"{}"}}}}"#, "x".repeat(1000));
    let (mut handoff, _) = zammad_submitted();
    let Err(HandoffFailure::Refused { details: Some(details), .. }) =
        finish(&mut handoff, answered(200, &long))
    else {
        panic!("a refusal expected")
    };
    assert_eq!(details.chars().count(), MAX_DETAILS_LENGTH + 1);
    assert!(details.ends_with('…'));
}
