//! "Reset the plan to your organisation's default?": the confirmation step before the user's
//! own plan is removed.

use yew::prelude::*;

use super::PlanPageProps;
use super::{download_plan_json, use_plan, PlanPage};
use crate::app::plan::PlanAction;
use crate::i18n::Message;
use crate::ui::context::{use_services, use_text};
use crate::ui::widgets::{use_headings, use_page_title, ErrorSummary, FieldError};

const CONFIRM_ID: &str = "st-plan-reset-confirm";

#[function_component(ConfirmResetPage)]
pub fn confirm_reset_page(props: &PlanPageProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let plan = use_plan();
    let services = use_services();
    let errors = use_state(Vec::<FieldError>::new);
    use_page_title(text(Message::PlanResetConfirmHeading), !errors.is_empty());

    let on_back = props.on_navigate.reform(|_: MouseEvent| PlanPage::TaskList);
    let on_download = {
        let plan = plan.clone();
        Callback::from(move |_: MouseEvent| {
            download_plan_json(&plan.plan);
        })
    };
    let on_confirm = {
        let errors = errors.clone();
        let on_navigate = props.on_navigate.clone();
        Callback::from(move |_: MouseEvent| match services.plan_store.reset() {
            Ok(quarantined) => {
                plan.dispatch(PlanAction::ResetDone { quarantined });
                on_navigate.emit(PlanPage::TaskList);
            }
            Err(error) => {
                gloo::console::warn!(format!("Support Triage could not reset the plan: {error}"));
                errors.set(vec![FieldError::keyed(CONFIRM_ID, Message::PlanResetFailed)]);
            }
        })
    };
    html! {
        <div class="st-step">
            <button type="button" class="st-back-link" onclick={on_back.clone()}>{ text(Message::Back) }</button>
            <ErrorSummary errors={(*errors).clone()} />
            <@{headings.tag(1)} class="st-heading-l">{ text(Message::PlanResetConfirmHeading) }</@>
            <div class="st-warning-text">
                <span class="st-warning-text__icon" aria-hidden="true">{ "!" }</span>
                <p class="st-warning-text__text">
                    <span class="st-visually-hidden">{ text(Message::PlanWarningPrefix) }{ " " }</span>
                    { text(Message::PlanResetConfirmWarning) }
                </p>
            </div>
            <p class="st-body">{ text(Message::PlanResetConfirmBody) }</p>
            <div class="st-button-group">
                <button type="button" id={CONFIRM_ID} class="st-button st-button--warning" onclick={on_confirm}>
                    { text(Message::PlanResetConfirmYes) }
                </button>
                <button type="button" class="st-button st-button--secondary" onclick={on_download}>
                    { text(Message::PlanDownloadJsonFirst) }
                </button>
                <button type="button" class="st-link-button" onclick={on_back}>{ text(Message::Cancel) }</button>
            </div>
        </div>
    }
}
