//! Who of one tier is trained, and when.

use yew::prelude::*;

use super::date_field::DateField;
use super::{ids, use_plan, use_plan_edit};
use crate::domain::plan::{Audience, Party};
use crate::domain::plan_edit::PlanEdit;
use crate::i18n::Message;
use crate::ui::context::{use_locale, use_text};
use crate::ui::widgets::{error_for, FieldError, TextField};

#[derive(Properties, PartialEq)]
pub struct AudienceFieldsProps {
    pub tier: u8,
    /// The audience as the plan has it; `None` while nothing of it is filled in.
    pub audience: Option<Audience>,
    pub errors: Vec<FieldError>,
}

#[function_component(AudienceFields)]
pub fn audience_fields(props: &AudienceFieldsProps) -> Html {
    let text = use_text();
    let locale = use_locale();
    let plan = use_plan();
    let edit = use_plan_edit();
    let tier = props.tier;
    let audience = props.audience.clone().unwrap_or(Audience { tier, ..Audience::default() });
    let on_description =
        edit.reform(move |description| PlanEdit::AudienceDescription { tier, description });
    let on_date = edit.reform(move |date| PlanEdit::AudienceDate { tier, date });
    html! {
        <fieldset class="st-fieldset st-plan-item">
            <legend class="st-fieldset__legend st-plan-item__legend">
                { locale.party_name(&plan.plan, Party::Tier(tier)) }
            </legend>
            <div class="st-plan-item__grid st-plan-item__grid--wide-first">
                <TextField id={ids::audience_description(tier)} label={text(Message::PlanAudienceDescription)}
                           optional=true rows={2} value={audience.description.clone()}
                           error={error_for(&props.errors, &ids::audience_description(tier), text)}
                           on_input={on_description} />
                <DateField id={ids::audience_date(tier)} label={text(Message::PlanAudienceDate)}
                           value={audience.date} on_change={on_date} />
            </div>
        </fieldset>
    }
}
