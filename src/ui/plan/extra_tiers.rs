//! Tier entries an imported plan may bring that have no place on the teams page (a number
//! outside 1 to 3, or a number used twice), so they can be seen and removed.

use yew::prelude::*;

use super::{ids, use_plan, use_plan_edit};
use crate::domain::plan_edit::{extra_tier_indexes, PlanEdit};
use crate::i18n::Message;
use crate::ui::context::{use_locale, use_text};
use crate::ui::widgets::{error_for, use_headings, FieldError, FieldErrorMessage};

#[derive(Properties, PartialEq)]
pub struct ExtraTiersProps {
    pub errors: Vec<FieldError>,
    pub on_focus: Callback<String>,
    pub on_announce: Callback<String>,
}

#[function_component(ExtraTiers)]
pub fn extra_tiers(props: &ExtraTiersProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let locale = use_locale();
    let plan = use_plan();
    let edit = use_plan_edit();
    let extra = extra_tier_indexes(&plan.plan);
    if extra.is_empty() {
        return html! {};
    }
    html! {
        <section class="st-plan-group st-inset st-inset--warning" aria-labelledby="st-plan-extra-tiers-heading">
            <@{headings.tag(2)} id="st-plan-extra-tiers-heading" class="st-heading-m">{ text(Message::PlanExtraTiersHeading) }</@>
            <p>{ text(Message::PlanExtraTiersBody) }</p>
            <ul class="st-list st-list--plain">
                { for extra.iter().map(|&index| {
                    let Some(tier) = plan.plan.tiers.get(index) else { return html! {} };
                    let remove_id = ids::remove_extra_tier(index);
                    let onclick = {
                        let edit = edit.clone();
                        let on_focus = props.on_focus.clone();
                        let on_announce = props.on_announce.clone();
                        Callback::from(move |_: MouseEvent| {
                            edit.emit(PlanEdit::RemoveExtraTier { index });
                            on_focus.emit(ids::tier_team(1));
                            on_announce.emit(locale.tier_entry_removed(index + 1));
                        })
                    };
                    html! {
                        <li class="st-plan-extra-tier">
                            <p>{ locale.tier_entry(index + 1, tier.number, &tier.team_name) }</p>
                            <FieldErrorMessage id={format!("{remove_id}-error")} message={error_for(&props.errors, &remove_id, text)} />
                            <button type="button" id={remove_id} class="st-button st-button--secondary st-button--small" {onclick}>
                                { locale.remove_tier_entry(index + 1) }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
