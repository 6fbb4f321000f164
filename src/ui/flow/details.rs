//! Step 6: the facts a support engineer asks for first, who in the organisation has looked at
//! the problem already, and how the vendor can reach the admin.

use yew::prelude::*;

use super::{back_from, continue_from, use_edit};
use crate::app::state::FlowStep;
use crate::domain::plan::is_valid_email;
use crate::domain::ticket::{ContactMethod, MissingForFiling, Ticket};
use crate::domain::ticket_edit::{is_listed_platform, LISTED_PLATFORMS, OTHER_PLATFORM};
use crate::domain::ticket_edit::{TicketEdit, TicketText};
use crate::i18n::{Locale, Message};
use crate::ui::checkbox::Checkbox;
use crate::ui::context::{use_app, use_locale, use_services, use_support_plan, use_text};
use crate::ui::labels::contact_method_label;
use crate::ui::platform::{language_name, list_and, user_locale_tag};
use crate::ui::select_field::SelectField;
use crate::ui::widgets::{
    error_for, use_headings, FieldError, RadioChoice, Radios, StepFrame, TextField,
};

const STARTED_ID: &str = "st-details-started";
const AFFECTED_ID: &str = "st-details-affected";
const PLATFORM_ID_PREFIX: &str = "st-details-platform";
const PLATFORM_OTHER_TEXT_ID: &str = "st-details-platform-other-text";
const ERRORS_ID: &str = "st-details-errors";
const TRIED_ID: &str = "st-details-tried";
const TIER_ID_PREFIX: &str = "st-details-tier";
const NAME_ID: &str = "st-contact-name";
pub const EMAIL_ID: &str = "st-contact-email";
pub const PHONE_ID: &str = "st-contact-phone";
const METHOD_ID: &str = "st-contact-method";
const LANGUAGE_ID: &str = "st-support-language";

/// The label shown for a platform offered as a choice ([`LISTED_PLATFORMS`]).
pub fn platform_label(platform: &str) -> Option<Message> {
    match platform {
        "Windows" => Some(Message::PlatformWindows),
        "macOS" => Some(Message::PlatformMacos),
        "iOS/iPadOS" => Some(Message::PlatformIos),
        "Android" => Some(Message::PlatformAndroid),
        "Linux" => Some(Message::PlatformLinux),
        _ => None,
    }
}

/// The platforms the admin named under "Another platform", as one text.
fn other_platforms(platforms: &[String]) -> Option<String> {
    let others: Vec<&str> = platforms
        .iter()
        .map(String::as_str)
        .filter(|platform| !is_listed_platform(platform))
        .collect();
    if others.is_empty() {
        None
    } else {
        Some(
            others
                .into_iter()
                .filter(|other| *other != OTHER_PLATFORM)
                .collect::<Vec<_>>()
                .join(", "),
        )
    }
}

/// The problems with the contact details, worded for the fields they concern.
pub fn contact_errors(ticket: &Ticket) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let contact = &ticket.details.contact;
    for missing in ticket.missing_for_filing() {
        match missing {
            MissingForFiling::ContactEmailOrPhone => {
                errors.push(FieldError::keyed(EMAIL_ID, Message::ContactMissingError))
            }
            MissingForFiling::PreferredContactDetail => match contact.preferred_method {
                Some(ContactMethod::Phone) => {
                    errors.push(FieldError::keyed(PHONE_ID, Message::PreferredPhoneMissingError))
                }
                _ => errors.push(FieldError::keyed(EMAIL_ID, Message::PreferredEmailMissingError)),
            },
            _ => {}
        }
    }
    let email = contact.email.trim();
    if !email.is_empty() && !is_valid_email(email) {
        errors.push(FieldError::keyed(EMAIL_ID, Message::EmailFormatError));
    }
    errors
}

#[function_component(DetailsStep)]
pub fn details_step() -> Html {
    let headings = use_headings();
    let text = use_text();
    let locale = use_locale();
    let app = use_app();
    let services = use_services();
    let support_plan = use_support_plan();
    let edit = use_edit();
    let errors = use_state(Vec::<FieldError>::new);
    let step = FlowStep::Details;
    // "Another platform" stays ticked while its name is still being typed, even when empty.
    let other_ticked = {
        let platforms = app.ticket().map(|ticket| ticket.details.platforms.clone());
        use_state(move || platforms.is_some_and(|platforms| other_platforms(&platforms).is_some()))
    };
    let Some(ticket) = app.ticket().cloned() else { return html! {} };
    let details = &ticket.details;
    let locale_tag = user_locale_tag(locale.tag());
    let other_text = other_platforms(&details.platforms).unwrap_or_default();

    let languages = ticket
        .request_kind
        .map(|kind| services.config.route(kind, ticket.customer()).languages.listed().to_vec())
        .unwrap_or_default();
    // Until one is chosen (or prefilled by the host page), the interface's language when the
    // channel offers it, otherwise the channel's first.
    let selected_language = if languages.contains(&details.support_language) {
        details.support_language.clone()
    } else {
        let interface = languages.iter().find(|tag| Locale::from_tag(tag) == Some(locale));
        interface.or(languages.first()).cloned().unwrap_or_default()
    };

    let text_edit = |field: TicketText| {
        let edit = edit.clone();
        Callback::from(move |value: String| edit.emit(TicketEdit::Text(field, value)))
    };
    let on_started = text_edit(TicketText::Started);
    let on_affected = text_edit(TicketText::Affected);
    let on_errors = text_edit(TicketText::ErrorMessages);
    let on_tried = text_edit(TicketText::AlreadyTried);
    let on_name = text_edit(TicketText::ContactName);
    let on_email = text_edit(TicketText::ContactEmail);
    let on_phone = text_edit(TicketText::ContactPhone);
    let on_language = text_edit(TicketText::SupportLanguage);
    let on_method = {
        let edit = edit.clone();
        Callback::from(move |value: String| {
            let method = match value.as_str() {
                "email" => Some(ContactMethod::Email),
                "phone" => Some(ContactMethod::Phone),
                _ => None,
            };
            edit.emit(TicketEdit::PreferredContact(method))
        })
    };

    let platform_boxes = LISTED_PLATFORMS.iter().enumerate().map(|(index, value)| {
        let edit = edit.clone();
        let value = (*value).to_owned();
        let label = platform_label(&value).map(text).unwrap_or_default();
        let checked = details.platforms.contains(&value);
        let on_toggle = Callback::from(move |checked: bool| {
            edit.emit(TicketEdit::KnownPlatform { platform: value.clone(), checked })
        });
        html! {
            <Checkbox id={format!("{PLATFORM_ID_PREFIX}-{}", index + 1)} {label} {checked} {on_toggle} />
        }
    });
    let set_other_platform = {
        let edit = edit.clone();
        Callback::from(move |other: Option<String>| edit.emit(TicketEdit::OtherPlatform(other)))
    };
    let on_other_toggle = {
        let other_ticked = other_ticked.clone();
        let set_other_platform = set_other_platform.clone();
        let other_text = other_text.clone();
        Callback::from(move |checked: bool| {
            other_ticked.set(checked);
            set_other_platform.emit(checked.then(|| other_text.clone()));
        })
    };
    let on_other_text = Callback::from(move |value: String| set_other_platform.emit(Some(value)));

    let tier_boxes = (1..=3u8).map(|number| {
        let team = support_plan.tier(number).map(|tier| tier.team_name.trim().to_owned()).unwrap_or_default();
        let entry = details.escalation_trail.iter().find(|entry| entry.tier.number() == number);
        let id = format!("{TIER_ID_PREFIX}-{number}");
        let findings_id = format!("{id}-findings");
        let on_toggle = {
            let edit = edit.clone();
            let team = team.clone();
            Callback::from(move |checked: bool| {
                edit.emit(TicketEdit::TierLooked { tier: number, team: team.clone(), looked: checked })
            })
        };
        let on_findings = {
            let edit = edit.clone();
            Callback::from(move |findings: String| {
                edit.emit(TicketEdit::TierFindings { tier: number, findings })
            })
        };
        html! {
            <Checkbox id={id} label={locale.tier_has_looked(number, &team)} checked={entry.is_some()} {on_toggle}>
                <TextField id={findings_id} label={locale.tier_findings_label(number)} optional=true rows={3}
                           value={entry.map(|entry| entry.findings.clone()).unwrap_or_default()}
                           on_input={on_findings} />
            </Checkbox>
        }
    });

    let on_back = {
        let app = app.clone();
        Callback::from(move |()| back_from(&app, step))
    };
    let on_continue = {
        let app = app.clone();
        let errors = errors.clone();
        let edit = edit.clone();
        let default_language = selected_language.clone();
        Callback::from(move |()| {
            let Some(ticket) = app.ticket() else { return };
            let found = contact_errors(ticket);
            if !found.is_empty() {
                errors.set(found);
                return;
            }
            // The language list shows its first entry until one is chosen; keep what it shows.
            if ticket.details.support_language != default_language {
                let language = default_language.clone();
                edit.emit(TicketEdit::Text(TicketText::SupportLanguage, language));
            }
            continue_from(&app, step);
        })
    };

    let language_options: Vec<(String, String)> =
        languages.iter().map(|tag| (tag.clone(), language_name(tag, &locale_tag))).collect();
    let language_names: Vec<String> =
        language_options.iter().map(|(_, name)| name.clone()).collect();
    let method_choices = [ContactMethod::Email, ContactMethod::Phone]
        .into_iter()
        .map(|method| {
            let value = if method == ContactMethod::Email { "email" } else { "phone" };
            RadioChoice::new(value, text(contact_method_label(method)), None)
        })
        .collect::<Vec<_>>();
    let selected_method = details.contact.preferred_method.map(|method| {
        if method == ContactMethod::Email {
            "email".to_owned()
        } else {
            "phone".to_owned()
        }
    });
    let optional = |message: Message| format!("{} {}", text(message), text(Message::Optional));
    // An error goes from its field once the field is put right; the summary stays, unchanged so
    // it does not take focus again, until every error is put right.
    let field_errors: Vec<FieldError> = if errors.is_empty() {
        Vec::new()
    } else {
        contact_errors(&ticket)
            .into_iter()
            .filter(|current| errors.iter().any(|shown| shown.field_id == current.field_id))
            .collect()
    };
    let summary_errors = if field_errors.is_empty() { Vec::new() } else { (*errors).clone() };

    html! {
        <StepFrame step={step.number()} total={FlowStep::ALL.len()}
                   title={text(Message::DetailsHeading)} errors={summary_errors}
                   {on_back} {on_continue}>
            <div class="st-details">
            <@{headings.tag(1)} class="st-heading-l">{ text(Message::DetailsHeading) }</@>
            <p class="st-body">{ text(Message::DetailsIntro) }</p>

            <@{headings.tag(2)} class="st-heading-m">{ text(Message::DetailsProblemSection) }</@>
            <TextField id={STARTED_ID} label={text(Message::StartedLabel)} optional=true
                       hint={text(Message::StartedHint)} value={details.started.clone()} on_input={on_started} />
            <TextField id={AFFECTED_ID} label={text(Message::AffectedLabel)} optional=true
                       hint={text(Message::AffectedHint)} value={details.affected.clone()} on_input={on_affected} />
            <div class="st-form-group">
                <fieldset class="st-fieldset" aria-describedby="st-details-platforms-hint">
                    <legend class="st-fieldset__legend st-fieldset__legend--s">{ optional(Message::PlatformsLegend) }</legend>
                    <p id="st-details-platforms-hint" class="st-hint">{ text(Message::PlatformsHint) }</p>
                    <div class="st-checkboxes">
                        { for platform_boxes }
                        <Checkbox id={format!("{PLATFORM_ID_PREFIX}-other")} label={text(Message::PlatformOther)}
                                  checked={*other_ticked} on_toggle={on_other_toggle}>
                            <TextField id={PLATFORM_OTHER_TEXT_ID} label={text(Message::PlatformOtherLabel)}
                                       value={other_text} on_input={on_other_text} />
                        </Checkbox>
                    </div>
                </fieldset>
            </div>
            <TextField id={ERRORS_ID} label={text(Message::ErrorMessagesLabel)} optional=true rows={4}
                       hint={text(Message::ErrorMessagesHint)} value={details.error_messages.clone()} on_input={on_errors} />
            <TextField id={TRIED_ID} label={text(Message::AlreadyTriedLabel)} optional=true rows={4}
                       hint={text(Message::AlreadyTriedHint)} value={details.already_tried.clone()} on_input={on_tried} />

            <div class="st-form-group">
                <fieldset class="st-fieldset" aria-describedby="st-details-escalation-hint">
                    <legend class="st-fieldset__legend st-fieldset__legend--m">{ optional(Message::EscalationSection) }</legend>
                    <p id="st-details-escalation-hint" class="st-hint">{ text(Message::EscalationHint) }</p>
                    <div class="st-checkboxes">{ for tier_boxes }</div>
                </fieldset>
            </div>

            <div class="st-form-group">
                <fieldset class="st-fieldset" aria-describedby="st-details-contact-hint">
                    <legend class="st-fieldset__legend st-fieldset__legend--m">{ text(Message::ContactSection) }</legend>
                    <p id="st-details-contact-hint" class="st-hint">{ text(Message::ContactHint) }</p>
                    <TextField id={NAME_ID} label={text(Message::ContactNameLabel)} optional=true
                               autocomplete={"name".to_owned()} value={details.contact.name.clone()} on_input={on_name} />
                    <TextField id={EMAIL_ID} label={text(Message::ContactEmailLabel)} input_type={"email".to_owned()}
                               autocomplete={"email".to_owned()} value={details.contact.email.clone()}
                               error={error_for(&field_errors, EMAIL_ID, text)} on_input={on_email} />
                    <TextField id={PHONE_ID} label={text(Message::ContactPhoneLabel)} input_type={"tel".to_owned()}
                               hint={text(Message::ContactPhoneHint)}
                               autocomplete={"tel".to_owned()} value={details.contact.phone.clone()}
                               error={error_for(&field_errors, PHONE_ID, text)} on_input={on_phone} />
                    <Radios id={METHOD_ID} legend={optional(Message::PreferredMethodLegend)} inline=true
                            choices={method_choices} selected={selected_method} on_select={on_method} />
                    if !language_options.is_empty() {
                        <SelectField id={LANGUAGE_ID} label={text(Message::SupportLanguageLabel)}
                                     hint={locale.languages_offered(&list_and(&language_names, &locale_tag))}
                                     options={language_options} selected={selected_language}
                                     on_select={on_language} />
                    }
                </fieldset>
            </div>
            </div>
        </StepFrame>
    }
}
