//! Step 2: what the request is about. Requests that are not tickets for the vendor leave the
//! flow with directions.

use yew::prelude::*;

use super::{back_from, continue_from, use_edit};
use crate::app::state::{AppAction, FlowStep, Screen};
use crate::domain::request::RequestKind;
use crate::domain::ticket_edit::TicketEdit;
use crate::i18n::Message;
use crate::ui::context::{use_app, use_services, use_text};
use crate::ui::labels::{kind_hint, kind_label};
use crate::ui::widgets::{error_for, FieldError, RadioChoice, Radios, StepFrame};

const KIND_ID: &str = "st-request-kind";

#[function_component(RequestKindStep)]
pub fn request_kind_step() -> Html {
    let text = use_text();
    let app = use_app();
    let services = use_services();
    let edit = use_edit();
    let errors = use_state(Vec::<FieldError>::new);
    let step = FlowStep::RequestKind;
    let selected = app.ticket().and_then(|ticket| ticket.request_kind);

    let on_select = Callback::from(move |value: String| {
        let kind = RequestKind::ALL.into_iter().find(|kind| kind.as_str() == value);
        edit.emit(TicketEdit::RequestKind(kind));
    });
    let on_back = {
        let app = app.clone();
        Callback::from(move |()| back_from(&app, step))
    };
    let on_continue = {
        let app = app.clone();
        let errors = errors.clone();
        Callback::from(move |()| {
            let Some(ticket) = app.ticket() else { return };
            let Some(kind) = ticket.request_kind else {
                errors.set(vec![FieldError::keyed(KIND_ID, Message::RequestKindError)]);
                return;
            };
            if services.config.route(kind, ticket.customer()).continues_as_vendor_ticket() {
                continue_from(&app, step);
            } else {
                app.dispatch(AppAction::Show(Screen::Elsewhere));
            }
        })
    };
    let choices = RequestKind::ALL
        .into_iter()
        .map(|kind| {
            RadioChoice::new(kind.as_str(), text(kind_label(kind)), Some(text(kind_hint(kind))))
        })
        .collect::<Vec<_>>();
    html! {
        <StepFrame step={step.number()} total={FlowStep::ALL.len()}
                   title={text(Message::RequestKindQuestion)} errors={(*errors).clone()}
                   {on_back} {on_continue}>
            <Radios id={KIND_ID} legend={text(Message::RequestKindQuestion)} legend_is_heading=true
                    {choices} selected={selected.map(|kind| kind.as_str().to_owned())}
                    error={error_for(&errors, KIND_ID, text)} {on_select} />
        </StepFrame>
    }
}
