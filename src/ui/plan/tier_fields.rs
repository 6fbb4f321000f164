//! One of the organisation's tiers: team name, hours, responsibilities and contacts.

use yew::prelude::*;

use super::contact_fields::ContactFields;
use super::{ids, use_plan_edit};
use crate::domain::plan::Tier;
use crate::domain::plan_edit::{text_from_lines, ContactText, PlanEdit, TierText};
use crate::i18n::Message;
use crate::ui::context::{use_locale, use_text};
use crate::ui::widgets::{error_for, use_headings, FieldError, FieldErrorMessage, TextField};

#[derive(Properties, PartialEq)]
pub struct TierFieldsProps {
    pub number: u8,
    /// The tier as the plan has it; `None` while nothing of it is filled in.
    pub tier: Option<Tier>,
    pub errors: Vec<FieldError>,
    pub on_focus: Callback<String>,
    pub on_announce: Callback<String>,
}

fn tier_hint(number: u8) -> Message {
    match number {
        1 => Message::PlanTier1Hint,
        2 => Message::PlanTier2Hint,
        _ => Message::PlanTier3Hint,
    }
}

#[function_component(TierFields)]
pub fn tier_fields(props: &TierFieldsProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let locale = use_locale();
    let edit = use_plan_edit();
    let number = props.number;
    let tier = props.tier.clone().unwrap_or(Tier { number, ..Tier::default() });

    let change =
        |field| edit.reform(move |value| PlanEdit::TierText { tier: number, field, value });
    let on_team = change(TierText::TeamName);
    let on_hours = change(TierText::Hours);
    let on_responsibilities = change(TierText::Responsibilities);

    let on_add_contact = {
        let edit = edit.clone();
        let on_focus = props.on_focus.clone();
        let new_index = tier.contacts.len();
        Callback::from(move |_: MouseEvent| {
            edit.emit(PlanEdit::AddContact { tier: number });
            on_focus.emit(ids::contact_field(number, new_index, "name"));
        })
    };
    let on_remove_contact = {
        let edit = edit.clone();
        let on_focus = props.on_focus.clone();
        let on_announce = props.on_announce.clone();
        Callback::from(move |index: usize| {
            edit.emit(PlanEdit::RemoveContact { tier: number, index });
            on_focus.emit(ids::add_contact(number));
            on_announce.emit(locale.contact_removed(index + 1, number));
        })
    };
    let on_contact_change =
        edit.reform(move |(index, field, value): (usize, ContactText, String)| {
            PlanEdit::ContactText { tier: number, index, field, value }
        });

    let add_contact_id = ids::add_contact(number);
    let heading_id = format!("st-plan-tier-{number}-heading");
    html! {
        <section class="st-plan-group" aria-labelledby={heading_id.clone()}>
            <@{headings.tag(2)} id={heading_id} class="st-heading-m">{ locale.tier_label(number) }</@>
            <p class="st-hint">{ text(tier_hint(number)) }</p>
            <TextField id={ids::tier_team(number)} label={text(Message::PlanTeamName)}
                       value={tier.team_name.clone()} error={error_for(&props.errors, &ids::tier_team(number), text)}
                       on_input={on_team} />
            <TextField id={ids::tier_hours(number)} label={text(Message::PlanTeamHours)} optional=true
                       hint={text(Message::PlanTeamHoursHint)} value={tier.hours.clone()} on_input={on_hours} />
            <TextField id={ids::tier_responsibilities(number)} label={text(Message::PlanResponsibilities)}
                       optional=true hint={text(Message::PlanOnePerLine)} rows={4}
                       value={text_from_lines(&tier.responsibilities)} on_input={on_responsibilities} />
            <@{headings.tag(3)} class="st-heading-s">{ text(Message::PlanContactsHeading) }</@>
            if tier.contacts.is_empty() {
                <p class="st-body">{ text(Message::PlanNoContactsYet) }</p>
            }
            { for tier.contacts.iter().enumerate().map(|(index, contact)| html! {
                <ContactFields key={index} tier={number} {index} contact={contact.clone()}
                               errors={props.errors.clone()} on_change={on_contact_change.clone()}
                               on_remove={on_remove_contact.clone()} />
            }) }
            <div class={classes!(error_for(&props.errors, &add_contact_id, text).is_some().then_some("st-form-group--error"))}>
                <FieldErrorMessage id={format!("{add_contact_id}-error")} message={error_for(&props.errors, &add_contact_id, text)} />
                <button type="button" id={add_contact_id.clone()} class="st-button st-button--secondary"
                        onclick={on_add_contact}>
                    { locale.add_contact_to(number) }
                </button>
            </div>
        </section>
    }
}
