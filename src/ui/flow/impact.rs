//! Step 5: the four impact questions on one page. The severity the domain computes from them is
//! shown live with its reasons; the admin may choose another level with a written reason.

use yew::prelude::*;

use super::{back_from, continue_from, use_edit};
use crate::app::state::FlowStep;
use crate::domain::severity::{
    classify, BusinessImpact, ImpactQuestion, Level, Scope, SeverityOverride, Usability, Workaround,
};
use crate::domain::ticket_edit::TicketEdit;
use crate::i18n::Message;
use crate::ui::checkbox::Checkbox;
use crate::ui::context::{use_app, use_text};
use crate::ui::labels::{
    business_impact_label, level_label, scope_label, usability_label, workaround_label,
};
use crate::ui::severity_badge::SeverityBadge;
use crate::ui::severity_reasons::SeverityReasons;
use crate::ui::widgets::{
    error_for, use_headings, FieldError, RadioChoice, Radios, StepFrame, TextField,
};

const USABILITY_ID: &str = "st-impact-usability";
const SCOPE_ID: &str = "st-impact-scope";
const BUSINESS_ID: &str = "st-impact-business";
const WORKAROUND_ID: &str = "st-impact-workaround";
const OVERRIDE_TOGGLE_ID: &str = "st-override";
const OVERRIDE_LEVEL_ID: &str = "st-override-level";
const OVERRIDE_REASON_ID: &str = "st-override-reason";

/// The id of a question's radio group and the message asking for its answer.
fn question_field(question: ImpactQuestion) -> (&'static str, Message) {
    match question {
        ImpactQuestion::Usability => (USABILITY_ID, Message::ImpactUsabilityError),
        ImpactQuestion::Scope => (SCOPE_ID, Message::ImpactScopeError),
        ImpactQuestion::BusinessImpact => (BUSINESS_ID, Message::ImpactBusinessError),
        ImpactQuestion::Workaround => (WORKAROUND_ID, Message::ImpactWorkaroundError),
    }
}

/// Radio values are the answers' positions in the domain's `ALL` lists, which never reorder.
fn position_of<T: PartialEq>(all: &[T], answer: Option<T>) -> Option<String> {
    let answer = answer?;
    all.iter().position(|candidate| *candidate == answer).map(|index| index.to_string())
}

fn answer_at<T: Copy>(all: &[T], value: &str) -> Option<T> {
    value.parse::<usize>().ok().and_then(|index| all.get(index).copied())
}

/// No hint for any answer.
fn no_hint<T>(_: T) -> Option<Message> {
    None
}

fn choices<T: Copy>(
    all: &[T],
    label: impl Fn(T) -> Message,
    hint: impl Fn(T) -> Option<Message>,
    text: impl Fn(Message) -> &'static str,
) -> Vec<RadioChoice> {
    all.iter()
        .enumerate()
        .map(|(index, answer)| {
            RadioChoice::new(&index.to_string(), text(label(*answer)), hint(*answer).map(&text))
        })
        .collect()
}

/// The override as the user is writing it: kept here until it is complete, because the domain
/// only accepts an override with a level and a non-empty reason.
#[derive(Clone, PartialEq)]
struct OverrideDraft {
    open: bool,
    level: Option<Level>,
    reason: String,
}

#[function_component(ImpactStep)]
pub fn impact_step() -> Html {
    let headings = use_headings();
    let text = use_text();
    let app = use_app();
    let edit = use_edit();
    let errors = use_state(Vec::<FieldError>::new);
    let step = FlowStep::Impact;
    let answers = app.ticket().map(|ticket| ticket.impact).unwrap_or_default();
    let stored_override = app.ticket().and_then(|ticket| ticket.severity_override.clone());
    let override_draft = {
        let stored_override = stored_override.clone();
        use_state(move || OverrideDraft {
            open: stored_override.is_some(),
            level: stored_override.as_ref().map(SeverityOverride::level),
            reason: stored_override.map(|chosen| chosen.reason().to_owned()).unwrap_or_default(),
        })
    };

    // Every change of the override goes through here: the ticket keeps an override only while
    // the domain accepts it, the page keeps whatever the user typed.
    let set_override = {
        let edit = edit.clone();
        let override_draft = override_draft.clone();
        Callback::from(move |draft: OverrideDraft| {
            let accepted = if draft.open {
                draft.level.and_then(|level| SeverityOverride::new(level, &draft.reason).ok())
            } else {
                None
            };
            edit.emit(TicketEdit::SeverityOverride(accepted));
            override_draft.set(draft);
        })
    };
    let on_toggle = {
        let set_override = set_override.clone();
        let override_draft = override_draft.clone();
        Callback::from(move |open: bool| {
            set_override.emit(OverrideDraft { open, ..(*override_draft).clone() })
        })
    };
    let on_level = {
        let set_override = set_override.clone();
        let override_draft = override_draft.clone();
        Callback::from(move |value: String| {
            let level = Level::from_id(&value);
            set_override.emit(OverrideDraft { level, ..(*override_draft).clone() })
        })
    };
    let on_reason = {
        let override_draft = override_draft.clone();
        Callback::from(move |reason: String| {
            set_override.emit(OverrideDraft { reason, ..(*override_draft).clone() })
        })
    };

    let edit_answer = |change: fn(&str) -> TicketEdit| {
        let edit = edit.clone();
        Callback::from(move |value: String| edit.emit(change(&value)))
    };
    let on_usability =
        edit_answer(|value| TicketEdit::Usability(answer_at(&Usability::ALL, value)));
    let on_scope = edit_answer(|value| TicketEdit::Scope(answer_at(&Scope::ALL, value)));
    let on_business =
        edit_answer(|value| TicketEdit::BusinessImpact(answer_at(&BusinessImpact::ALL, value)));
    let on_workaround =
        edit_answer(|value| TicketEdit::Workaround(answer_at(&Workaround::ALL, value)));

    let on_back = {
        let app = app.clone();
        Callback::from(move |()| back_from(&app, step))
    };
    let on_continue = {
        let app = app.clone();
        let errors = errors.clone();
        let override_draft = override_draft.clone();
        Callback::from(move |()| {
            let Some(ticket) = app.ticket() else { return };
            let mut found: Vec<FieldError> = ticket
                .impact
                .unanswered()
                .into_iter()
                .map(|question| {
                    let (field_id, message) = question_field(question);
                    FieldError::keyed(field_id, message)
                })
                .collect();
            if override_draft.open {
                match override_draft.level {
                    None => found
                        .push(FieldError::keyed(OVERRIDE_LEVEL_ID, Message::OverrideLevelError)),
                    Some(level) => {
                        if SeverityOverride::new(level, &override_draft.reason).is_err() {
                            found.push(FieldError::keyed(
                                OVERRIDE_REASON_ID,
                                Message::OverrideReasonError,
                            ));
                        }
                    }
                }
            }
            if found.is_empty() {
                continue_from(&app, step);
            } else {
                errors.set(found);
            }
        })
    };

    // An error goes from its field as soon as it is put right; the summary stays, unchanged so
    // it does not take focus again, until every error is put right.
    let still_wrong = |error: &&FieldError| match error.field_id.as_str() {
        USABILITY_ID => answers.usability.is_none(),
        SCOPE_ID => answers.scope.is_none(),
        BUSINESS_ID => answers.business_impact.is_none(),
        WORKAROUND_ID => answers.workaround.is_none(),
        OVERRIDE_LEVEL_ID => override_draft.open && override_draft.level.is_none(),
        OVERRIDE_REASON_ID => override_draft.open && override_draft.reason.trim().is_empty(),
        _ => true,
    };
    let field_errors: Vec<FieldError> = errors.iter().filter(still_wrong).cloned().collect();
    let summary_errors = if field_errors.is_empty() { Vec::new() } else { (*errors).clone() };
    let anything_answered = answers.unanswered().len() < ImpactQuestion::ALL.len();
    let classification = classify(&answers);
    html! {
        <StepFrame step={step.number()} total={FlowStep::ALL.len()}
                   title={text(Message::ImpactHeading)} errors={summary_errors}
                   {on_back} {on_continue}>
            <@{headings.tag(1)} class="st-heading-l">{ text(Message::ImpactHeading) }</@>
            <p class="st-body">{ text(Message::ImpactIntro) }</p>
            <Radios id={USABILITY_ID} legend={text(Message::ImpactUsabilityQuestion)}
                    hint={text(Message::ImpactUsabilityHint)}
                    choices={choices(&Usability::ALL, usability_label, no_hint, text)}
                    selected={position_of(&Usability::ALL, answers.usability)}
                    error={error_for(&field_errors, USABILITY_ID, text)} on_select={on_usability} />
            <Radios id={SCOPE_ID} legend={text(Message::ImpactScopeQuestion)}
                    choices={choices(&Scope::ALL, scope_label,
                        |answer| (answer == Scope::NobodyYet).then_some(Message::ScopeNobodyYetHint), text)}
                    selected={position_of(&Scope::ALL, answers.scope)}
                    error={error_for(&field_errors, SCOPE_ID, text)} on_select={on_scope} />
            <Radios id={BUSINESS_ID} legend={text(Message::ImpactBusinessQuestion)}
                    choices={choices(&BusinessImpact::ALL, business_impact_label, no_hint, text)}
                    selected={position_of(&BusinessImpact::ALL, answers.business_impact)}
                    error={error_for(&field_errors, BUSINESS_ID, text)} on_select={on_business} />
            <Radios id={WORKAROUND_ID} legend={text(Message::ImpactWorkaroundQuestion)}
                    hint={text(Message::ImpactWorkaroundHint)}
                    choices={choices(&Workaround::ALL, workaround_label, no_hint, text)}
                    selected={position_of(&Workaround::ALL, answers.workaround)}
                    error={error_for(&field_errors, WORKAROUND_ID, text)} on_select={on_workaround} />

            <section class="st-severity-panel" aria-labelledby="st-severity-heading">
                <@{headings.tag(2)} id="st-severity-heading" class="st-heading-m">{ text(Message::SeverityComputedHeading) }</@>
                <div class="st-severity-panel__live" aria-live="polite">
                    if anything_answered {
                        <p class="st-severity-panel__level">
                            <span class="st-visually-hidden">{ text(Message::SeverityPrefix) }{ " " }</span>
                            <SeverityBadge level={classification.level} />
                        </p>
                        <SeverityReasons classification={classification.clone()} />
                        if !answers.is_complete() {
                            <p class="st-hint">{ text(Message::SeverityIncompleteHint) }</p>
                        }
                    } else {
                        <p class="st-hint">{ text(Message::SeverityIncompleteHint) }</p>
                    }
                </div>
                <Checkbox id={OVERRIDE_TOGGLE_ID} label={text(Message::OverrideToggle)}
                          hint={text(Message::OverrideToggleHint)} checked={override_draft.open}
                          {on_toggle}>
                    <Radios id={OVERRIDE_LEVEL_ID} legend={text(Message::OverrideLevelLegend)}
                            choices={Level::ALL.iter().map(|level| RadioChoice::new(level.id(), text(level_label(*level)), None)).collect::<Vec<_>>()}
                            selected={override_draft.level.map(|level| level.id().to_owned())}
                            error={error_for(&field_errors, OVERRIDE_LEVEL_ID, text)} on_select={on_level} />
                    <TextField id={OVERRIDE_REASON_ID} label={text(Message::OverrideReasonLabel)}
                               hint={text(Message::OverrideReasonHint)} rows={4}
                               value={override_draft.reason.clone()}
                               error={error_for(&field_errors, OVERRIDE_REASON_ID, text)} on_input={on_reason} />
                </Checkbox>
            </section>
        </StepFrame>
    }
}
