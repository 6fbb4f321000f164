//! Step 3: the organisation's support plan. Where the request goes is shown as soon as it is
//! known.

use yew::prelude::*;

use super::routing_summary::RoutingSummary;
use super::{back_from, continue_from, use_edit};
use crate::domain::routing::{route, CustomerPlan};
use crate::i18n::Message;
use crate::ui::context::{use_app, use_services, use_text};
use crate::ui::labels::{plan_hint, plan_label};
use crate::ui::state::FlowStep;
use crate::ui::widgets::{error_for, FieldError, RadioChoice, Radios, StepFrame};

const PLAN_ID: &str = "st-customer-plan";

#[function_component(CustomerPlanStep)]
pub fn customer_plan_step() -> Html {
    let text = use_text();
    let app = use_app();
    let services = use_services();
    let edit = use_edit();
    let errors = use_state(Vec::<FieldError>::new);
    let step = FlowStep::CustomerPlan;
    let ticket = app.ticket();
    let selected = ticket.and_then(|ticket| ticket.customer_plan);
    let decision = ticket.and_then(|ticket| {
        Some(route(ticket.request_kind?, ticket.customer_plan?, &services.config))
    });

    let on_select = Callback::from(move |value: String| {
        let plan = CustomerPlan::ALL.into_iter().find(|plan| plan.as_str() == value);
        edit.emit(Box::new(move |ticket| ticket.customer_plan = plan));
    });
    let on_back = {
        let app = app.clone();
        Callback::from(move |()| back_from(&app, step))
    };
    let on_continue = {
        let app = app.clone();
        let errors = errors.clone();
        Callback::from(move |()| {
            if app.ticket().and_then(|ticket| ticket.customer_plan).is_none() {
                errors.set(vec![FieldError::keyed(PLAN_ID, Message::CustomerPlanError)]);
            } else {
                continue_from(&app, step);
            }
        })
    };
    let choices = CustomerPlan::ALL
        .into_iter()
        .map(|plan| {
            RadioChoice::new(plan.as_str(), text(plan_label(plan)), Some(text(plan_hint(plan))))
        })
        .collect::<Vec<_>>();
    html! {
        <StepFrame step={step.number()} total={FlowStep::ALL.len()}
                   title={text(Message::CustomerPlanQuestion)} errors={(*errors).clone()}
                   {on_back} {on_continue}>
            <Radios id={PLAN_ID} legend={text(Message::CustomerPlanQuestion)} legend_is_heading=true
                    {choices} selected={selected.map(|plan| plan.as_str().to_owned())}
                    error={error_for(&errors, PLAN_ID, text)} {on_select} />
            <div aria-live="polite">
                if let Some(decision) = decision {
                    <RoutingSummary decision={decision} />
                }
            </div>
        </StepFrame>
    }
}
