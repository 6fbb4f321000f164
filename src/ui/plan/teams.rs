//! Section 1: teams and tiers. Tiers 1 to 3 each with team, hours, responsibilities and
//! contacts, then the vendor as tier 4.

use yew::prelude::*;

use super::extra_tiers::ExtraTiers;
use super::section_frame::{use_section_exit, SectionFrame};
use super::tier_fields::TierFields;
use super::vendor_fields::VendorFields;
use super::PlanPageProps;
use super::{use_focus_request, use_plan};
use crate::domain::plan::{Section, HIGHEST_INTERNAL_TIER};
use crate::i18n::Message;
use crate::ui::context::use_text;

#[function_component(TeamsPage)]
pub fn teams_page(props: &PlanPageProps) -> Html {
    let text = use_text();
    let plan = use_plan();
    let on_focus = use_focus_request();
    let announcement = use_state(String::new);
    let exit = use_section_exit(Section::Teams, props.on_navigate.clone());
    let on_announce = {
        let announcement = announcement.clone();
        Callback::from(move |message: String| announcement.set(message))
    };
    html! {
        <SectionFrame section={Section::Teams} errors={exit.errors.clone()}
                      announcement={(*announcement).clone()}
                      on_back={exit.on_back} on_save={exit.on_save}>
            <p class="st-body">{ text(Message::PlanTeamsIntro) }</p>
            { for (1..=HIGHEST_INTERNAL_TIER).map(|number| html! {
                <TierFields key={number} {number} tier={plan.plan.tier(number).cloned()}
                            errors={exit.errors.clone()} on_focus={on_focus.clone()}
                            on_announce={on_announce.clone()} />
            }) }
            <VendorFields />
            <ExtraTiers errors={exit.errors.clone()} on_focus={on_focus.clone()} on_announce={on_announce.clone()} />
        </SectionFrame>
    }
}
