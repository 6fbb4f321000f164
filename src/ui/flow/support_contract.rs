//! Step 3: the organisation's support contract and the size of its tenant, two questions on one
//! page. Where the request goes is shown as soon as both are known.

use yew::prelude::*;

use super::routing_summary::RoutingSummary;
use super::{back_from, continue_from, use_edit};
use crate::app::state::FlowStep;
use crate::domain::request::{Customer, SupportContract, TenantSize};
use crate::domain::ticket_edit::TicketEdit;
use crate::i18n::{support_contract_message, tenant_size_message, Message};
use crate::ui::context::{use_app, use_services, use_text};
use crate::ui::labels::{contract_hint, tenant_size_hint};
use crate::ui::widgets::{error_for, use_headings, FieldError, RadioChoice, Radios, StepFrame};

const CONTRACT_ID: &str = "st-support-contract";
const TENANT_SIZE_ID: &str = "st-tenant-size";

#[function_component(SupportContractStep)]
pub fn support_contract_step() -> Html {
    let headings = use_headings();
    let text = use_text();
    let app = use_app();
    let services = use_services();
    let edit = use_edit();
    let errors = use_state(Vec::<FieldError>::new);
    let step = FlowStep::SupportContract;
    let ticket = app.ticket();
    let selected_contract = ticket.and_then(|ticket| ticket.support_contract);
    let selected_size = ticket.and_then(|ticket| ticket.details.tenant_size);
    let decision = ticket.and_then(|ticket| {
        let customer = Customer::new(ticket.support_contract?, ticket.details.tenant_size?);
        Some(services.config.route(ticket.request_kind?, customer))
    });

    let on_contract = {
        let edit = edit.clone();
        Callback::from(move |value: String| {
            let contract =
                SupportContract::ALL.into_iter().find(|contract| contract.as_str() == value);
            edit.emit(TicketEdit::SupportContract(contract));
        })
    };
    let on_size = Callback::from(move |value: String| {
        let size = TenantSize::ALL.into_iter().find(|size| size.as_str() == value);
        edit.emit(TicketEdit::TenantSize(size));
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
            let mut found = Vec::new();
            if ticket.support_contract.is_none() {
                found.push(FieldError::keyed(CONTRACT_ID, Message::SupportContractError));
            }
            if ticket.details.tenant_size.is_none() {
                found.push(FieldError::keyed(TENANT_SIZE_ID, Message::TenantSizeError));
            }
            if found.is_empty() {
                continue_from(&app, step);
            } else {
                errors.set(found);
            }
        })
    };
    // An error stays only while its question is still unanswered.
    let still_wrong = |error: &&FieldError| match error.field_id.as_str() {
        CONTRACT_ID => selected_contract.is_none(),
        TENANT_SIZE_ID => selected_size.is_none(),
        _ => true,
    };
    let field_errors: Vec<FieldError> = errors.iter().filter(still_wrong).cloned().collect();
    let summary_errors = if field_errors.is_empty() { Vec::new() } else { (*errors).clone() };
    let contract_choices = SupportContract::ALL
        .into_iter()
        .map(|contract| {
            RadioChoice::new(
                contract.as_str(),
                text(support_contract_message(contract)),
                Some(text(contract_hint(contract))),
            )
        })
        .collect::<Vec<_>>();
    let size_choices = TenantSize::ALL
        .into_iter()
        .map(|size| {
            RadioChoice::new(
                size.as_str(),
                text(tenant_size_message(size)),
                tenant_size_hint(size).map(text),
            )
        })
        .collect::<Vec<_>>();
    html! {
        <StepFrame step={step.number()} total={FlowStep::ALL.len()}
                   title={text(Message::SupportContractHeading)} errors={summary_errors}
                   {on_back} {on_continue}>
            <@{headings.tag(1)} class="st-heading-l">{ text(Message::SupportContractHeading) }</@>
            <p class="st-body">{ text(Message::SupportContractIntro) }</p>
            <Radios id={CONTRACT_ID} legend={text(Message::SupportContractQuestion)}
                    choices={contract_choices} selected={selected_contract.map(|contract| contract.as_str().to_owned())}
                    error={error_for(&field_errors, CONTRACT_ID, text)} on_select={on_contract} />
            <Radios id={TENANT_SIZE_ID} legend={text(Message::TenantSizeQuestion)}
                    choices={size_choices} selected={selected_size.map(|size| size.as_str().to_owned())}
                    error={error_for(&field_errors, TENANT_SIZE_ID, text)} on_select={on_size} />
            <div aria-live="polite">
                if let Some(decision) = decision {
                    <RoutingSummary decision={decision} />
                }
            </div>
        </StepFrame>
    }
}
