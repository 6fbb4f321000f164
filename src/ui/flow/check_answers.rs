//! Step 7: every answer grouped by step, each with a Change link that leads to its step and back
//! here. Continue leads to "ready to file" once nothing the domain needs is missing.

use yew::prelude::*;

use super::back_from;
use super::details::{contact_errors, platform_label, PHONE_ID};
use crate::app::state::{AppAction, FlowStep, Screen};
use crate::domain::severity::ImpactQuestion;
use crate::domain::ticket::{MissingForFiling, Ticket};
use crate::i18n::{support_contract_message, tenant_size_message, Message};
use crate::ui::context::{use_app, use_locale, use_text, AppContext};
use crate::ui::labels::{
    business_impact_label, contact_method_label, kind_label, scope_label, usability_label,
    workaround_label,
};
use crate::ui::platform::{language_name, user_locale_tag};
use crate::ui::severity_badge::SeverityBadge;
use crate::ui::widgets::{use_headings, FieldError, StepFrame};

/// The id of the Change link for a question, which the error summary links to.
fn change_id(name: &str) -> String {
    format!("st-change-{name}")
}

fn impact_change_name(question: ImpactQuestion) -> &'static str {
    match question {
        ImpactQuestion::Usability => "usability",
        ImpactQuestion::Scope => "scope",
        ImpactQuestion::BusinessImpact => "business-impact",
        ImpactQuestion::Workaround => "workaround",
    }
}

/// What still stops the ticket being filed, each linked to the Change link that fixes it.
fn filing_errors(ticket: &Ticket) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for missing in ticket.missing_for_filing() {
        let (name, message) = match missing {
            MissingForFiling::Title => ("title", Message::ProblemTitleError),
            MissingForFiling::Description => ("description", Message::ProblemDescriptionError),
            MissingForFiling::RequestKind => ("kind", Message::RequestKindError),
            MissingForFiling::SupportContract => ("contract", Message::SupportContractError),
            MissingForFiling::TenantSize => ("tenant-size", Message::TenantSizeError),
            MissingForFiling::ImpactAnswer(question) => (
                impact_change_name(question),
                match question {
                    ImpactQuestion::Usability => Message::ImpactUsabilityError,
                    ImpactQuestion::Scope => Message::ImpactScopeError,
                    ImpactQuestion::BusinessImpact => Message::ImpactBusinessError,
                    ImpactQuestion::Workaround => Message::ImpactWorkaroundError,
                },
            ),
            // The contact problems are worded by the details step, below.
            MissingForFiling::ContactEmailOrPhone | MissingForFiling::PreferredContactDetail => {
                continue
            }
        };
        errors.push(FieldError::keyed(&change_id(name), message));
    }
    for error in contact_errors(ticket) {
        let name = if error.field_id == PHONE_ID { "phone" } else { "email" };
        errors.push(FieldError { field_id: change_id(name), ..error });
    }
    errors
}

/// One row of the summary list: the question, the answer and its Change link.
fn row(app: &AppContext, key: &str, value: Html, name: &str, step: FlowStep, change: &str) -> Html {
    let app = app.clone();
    let onclick = Callback::from(move |_: MouseEvent| app.dispatch(AppAction::ChangeAnswer(step)));
    html! {
        <div class="st-summary-list__row">
            <dt class="st-summary-list__key">{ key }</dt>
            <dd class="st-summary-list__value">{ value }</dd>
            <dd class="st-summary-list__actions">
                <button type="button" class="st-link-button" id={change_id(name)} {onclick}>
                    { change }<span class="st-visually-hidden">{ " " }{ key }</span>
                </button>
            </dd>
        </div>
    }
}

/// A text answer, or "Not given" in the hint colour when it is empty.
fn text_value(value: &str, not_given: &str) -> Html {
    if value.trim().is_empty() {
        html! { <span class="st-summary-list__empty">{ not_given }</span> }
    } else {
        html! { { value } }
    }
}

#[function_component(CheckAnswers)]
pub fn check_answers() -> Html {
    let headings = use_headings();
    let text = use_text();
    let locale = use_locale();
    let app = use_app();
    let errors = use_state(Vec::<FieldError>::new);
    let step = FlowStep::CheckAnswers;
    let Some(ticket) = app.ticket().cloned() else { return html! {} };
    let locale_tag = user_locale_tag(locale.tag());
    let not_given = text(Message::NotGiven);
    let change = text(Message::Change);
    let optional_message =
        |message: Option<Message>| text_value(message.map(&text).unwrap_or_default(), not_given);

    let on_back = {
        let app = app.clone();
        Callback::from(move |()| back_from(&app, step))
    };
    let on_continue = {
        let app = app.clone();
        let errors = errors.clone();
        Callback::from(move |()| {
            let Some(ticket) = app.ticket() else { return };
            let found = filing_errors(ticket);
            if found.is_empty() {
                app.dispatch(AppAction::Show(Screen::Ready));
            } else {
                errors.set(found);
            }
        })
    };

    let impact = ticket.impact;
    let decision = ticket.severity();
    let details = &ticket.details;
    let severity_value = html! {
        <>
            <SeverityBadge level={decision.effective_level()} />
            if let Some(chosen) = &decision.override_ {
                <span class="st-severity-panel__note">{ " " }{ text(Message::SeverityChosenByYou) }</span>
                <span class="st-summary-list__note">
                    { text(Message::SeverityComputedLabel) }{ ": " }
                    <SeverityBadge level={decision.computed_level()} />
                </span>
                <span class="st-summary-list__note">{ text(Message::SeverityOverrideReasonLabel) }{ ": " }{ chosen.reason() }</span>
            }
        </>
    };
    let platforms: Vec<String> = details
        .platforms
        .iter()
        .map(|platform| {
            platform_label(platform)
                .map_or_else(|| platform.clone(), |label| text(label).to_owned())
        })
        .collect();
    let escalation = if details.escalation_trail.is_empty() {
        text_value("", not_given)
    } else {
        html! {
            <ul class="st-list st-summary-list__list">
                { for details.escalation_trail.iter().map(|entry| {
                    let number = entry.tier.number();
                    let name = if entry.team.trim().is_empty() {
                        locale.tier_name(number)
                    } else {
                        format!("{} ({})", locale.tier_name(number), entry.team.trim())
                    };
                    html! {
                        <li>
                            <strong>{ name }</strong>
                            if !entry.findings.trim().is_empty() {
                                { ": " }{ entry.findings.clone() }
                            }
                        </li>
                    }
                }) }
            </ul>
        }
    };
    let language = if details.support_language.trim().is_empty() {
        String::new()
    } else {
        language_name(&details.support_language, &locale_tag)
    };
    let method = details.contact.preferred_method.map(contact_method_label);
    let row = |key: &str, value: Html, name: &str, step: FlowStep| {
        row(&app, key, value, name, step, change)
    };

    html! {
        <StepFrame step={step.number()} total={FlowStep::ALL.len()}
                   title={text(Message::CheckAnswersHeading)} errors={(*errors).clone()}
                   {on_back} {on_continue}>
            <@{headings.tag(1)} class="st-heading-l">{ text(Message::CheckAnswersHeading) }</@>

            <@{headings.tag(2)} class="st-heading-m">{ text(Message::CheckSectionProblem) }</@>
            <dl class="st-summary-list">
                { row(text(Message::ProblemTitleLabel), text_value(&ticket.title, not_given), "title", FlowStep::Problem) }
                { row(text(Message::CheckDescription), text_value(&ticket.description, not_given), "description", FlowStep::Problem) }
            </dl>

            <@{headings.tag(2)} class="st-heading-m">{ text(Message::CheckSectionRequest) }</@>
            <dl class="st-summary-list">
                { row(text(Message::CheckSelfHelp), text_value(text(Message::CheckSelfHelpValue), not_given), "self-help", FlowStep::BeforeYouFile) }
                { row(text(Message::CheckRequestKind), optional_message(ticket.request_kind.map(kind_label)), "kind", FlowStep::RequestKind) }
                { row(text(Message::CheckSupportContract), optional_message(ticket.support_contract.map(support_contract_message)), "contract", FlowStep::SupportContract) }
                { row(text(Message::CheckTenantSize), optional_message(details.tenant_size.map(tenant_size_message)), "tenant-size", FlowStep::SupportContract) }
            </dl>

            <@{headings.tag(2)} class="st-heading-m">{ text(Message::CheckSectionImpact) }</@>
            <dl class="st-summary-list">
                { row(text(Message::ImpactUsabilityQuestion), optional_message(impact.usability.map(usability_label)), "usability", FlowStep::Impact) }
                { row(text(Message::ImpactScopeQuestion), optional_message(impact.scope.map(scope_label)), "scope", FlowStep::Impact) }
                { row(text(Message::ImpactBusinessQuestion), optional_message(impact.business_impact.map(business_impact_label)), "business-impact", FlowStep::Impact) }
                { row(text(Message::ImpactWorkaroundQuestion), optional_message(impact.workaround.map(workaround_label)), "workaround", FlowStep::Impact) }
                { row(text(Message::CheckSeverity), severity_value, "severity", FlowStep::Impact) }
            </dl>

            <@{headings.tag(2)} class="st-heading-m">{ text(Message::CheckSectionDetails) }</@>
            <dl class="st-summary-list">
                { row(text(Message::CheckStarted), text_value(&details.started, not_given), "started", FlowStep::Details) }
                { row(text(Message::CheckAffected), text_value(&details.affected, not_given), "affected", FlowStep::Details) }
                { row(text(Message::CheckPlatforms), text_value(&platforms.join(", "), not_given), "platforms", FlowStep::Details) }
                { row(text(Message::CheckErrorMessages), text_value(&details.error_messages, not_given), "errors", FlowStep::Details) }
                { row(text(Message::CheckAlreadyTried), text_value(&details.already_tried, not_given), "tried", FlowStep::Details) }
                { row(text(Message::CheckEscalation), escalation, "escalation", FlowStep::Details) }
            </dl>

            <@{headings.tag(2)} class="st-heading-m">{ text(Message::CheckSectionContact) }</@>
            <dl class="st-summary-list">
                { row(text(Message::ContactNameLabel), text_value(&details.contact.name, not_given), "name", FlowStep::Details) }
                { row(text(Message::ContactEmailLabel), text_value(&details.contact.email, not_given), "email", FlowStep::Details) }
                { row(text(Message::ContactPhoneLabel), text_value(&details.contact.phone, not_given), "phone", FlowStep::Details) }
                { row(text(Message::CheckPreferredMethod), optional_message(method), "method", FlowStep::Details) }
                { row(text(Message::SupportLanguageLabel), text_value(&language, not_given), "language", FlowStep::Details) }
            </dl>
        </StepFrame>
    }
}
