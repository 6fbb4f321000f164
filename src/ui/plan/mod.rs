//! The support plan builder: a task list of four sections, each edited on a page of its own,
//! the escalation path drawn as a picture, and the plan as a printable document. The plan is
//! kept in its own state ([`PlanState`]), provided to the whole app by [`PlanProvider`]
//! so the ticket flow sees every edit.

mod agenda_item_fields;
mod audience_fields;
mod builder;
mod contact_fields;
mod date_field;
mod document;
mod document_page;
mod early_involvement;
mod escalation;
mod extra_tiers;
mod ids;
mod import;
mod minutes_field;
mod notices;
mod party;
mod path_picture;
mod problems;
mod provider;
mod reset;
mod section_frame;
mod share;
mod step_fields;
mod task_list;
mod teams;
mod tier_fields;
mod training;
mod vendor_fields;

pub use builder::PlanBuilder;
pub use provider::PlanProvider;

use chrono::{Datelike, NaiveDate};
use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::app::plan::{PlanAction, PlanState};
use crate::domain::config::Config;
use crate::domain::plan::{Section, SupportPlan};
use crate::domain::plan_edit::{Direction, PlanEdit};
use crate::i18n::{Locale, Message};
use crate::ui::platform::download;

/// The plan state and its dispatcher, provided to every screen that reads the plan.
pub type PlanContext = UseReducerHandle<PlanState>;

/// The props of every page: a way to go to another page.
#[derive(Properties, PartialEq)]
pub struct PlanPageProps {
    pub on_navigate: Callback<PlanPage>,
}

/// The pages of the plan builder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanPage {
    TaskList,
    Section(Section),
    /// The whole plan as a document, to read and print.
    Document,
    /// "Reset the plan to the default?"
    ConfirmReset,
}

/// The plan state. Components are only ever rendered inside [`PlanProvider`].
#[hook]
pub fn use_plan() -> PlanContext {
    match use_context::<PlanContext>() {
        Some(context) => context,
        None => panic!("Support Triage plan component rendered without the plan provider"),
    }
}

/// Changes the plan by name; the change is autosaved.
pub type PlanEditCallback = Callback<PlanEdit>;

#[hook]
pub fn use_plan_edit() -> PlanEditCallback {
    let plan = use_plan();
    Callback::from(move |edit: PlanEdit| plan.dispatch(PlanAction::Edit(edit)))
}

/// Moves keyboard focus to the element with this `id` (form controls carry the instance's
/// prefix, other elements the plain id), if it is on the page.
pub fn focus_by_id(prefix: &str, id: &str) {
    crate::ui::widgets::focus_element(prefix, id);
}

/// A way to move focus once the next render is on the page: after adding, removing or moving
/// an item the control the user needs next may not exist until then.
#[hook]
pub fn use_focus_request() -> Callback<String> {
    let request = use_state(|| None::<(u64, String)>);
    let counter = use_mut_ref(|| 0u64);
    let prefix = crate::ui::context::use_id_prefix();
    use_effect_with((*request).clone(), move |request| {
        if let Some((_, id)) = request {
            focus_by_id(&prefix, id);
        }
    });
    Callback::from(move |id: String| {
        let count = {
            let mut counter = counter.borrow_mut();
            *counter += 1;
            *counter
        };
        request.set(Some((count, id)));
    })
}

/// The button to keep focus on once an item has moved to `target` of `count`: the one it was
/// moved with while it can still move that way, otherwise the other one (`up` or `down`).
pub fn button_after_move(direction: Direction, target: usize, count: usize) -> &'static str {
    let can_go_on = direction.target(target, count).is_some();
    if (direction == Direction::Up) == can_go_on {
        "up"
    } else {
        "down"
    }
}

/// A calendar date in the user's language, such as "4 March 2026".
pub fn format_date(date: NaiveDate, locale_tag: &str) -> String {
    let Some(midday) = date.and_hms_opt(12, 0, 0) else { return date.to_string() };
    let js_date = js_sys::Date::new(&JsValue::from_f64(midday.and_utc().timestamp_millis() as f64));
    let options = Object::new();
    let _ = Reflect::set(&options, &"dateStyle".into(), &"long".into());
    let _ = Reflect::set(&options, &"timeZone".into(), &"UTC".into());
    js_date
        .to_locale_date_string(locale_tag, &options)
        .as_string()
        .filter(|text| !text.is_empty())
        .unwrap_or_else(|| format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day()))
}

/// Offers the plan's JSON for download (to import elsewhere); false when the browser refused.
pub fn download_plan_json(plan: &SupportPlan) -> bool {
    download("support-plan.json", "application/json", &crate::domain::plan::plan_to_json(plan))
}

/// Offers the plan as a Markdown document in the interface language; false when the browser
/// refused.
pub fn download_plan_markdown(plan: &SupportPlan, locale: Locale, config: &Config) -> bool {
    let channel = vendor_channel_name(plan, locale, config);
    let markdown = crate::domain::plan_markdown::plan_to_markdown(plan, &locale, &channel);
    download("support-plan.md", "text/markdown", &markdown)
}

/// The name of the channel the plan uses to reach the vendor, in the interface language, or
/// what to say when routing decides it.
pub fn vendor_channel_name(plan: &SupportPlan, locale: Locale, config: &Config) -> String {
    match &plan.vendor.channel {
        None => locale.text(Message::PlanVendorChannelByRouting).to_owned(),
        Some(id) => config.channel(id).map_or_else(
            || locale.unknown_channel(id),
            |channel| {
                let default_language = config.default_locale.as_deref();
                locale.configured(&channel.name, default_language).text.to_owned()
            },
        ),
    }
}

/// What the section covers, shown under its name in the task list.
pub fn section_hint(section: Section) -> crate::i18n::Message {
    use crate::i18n::Message;
    match section {
        Section::Teams => Message::PlanSectionTeamsHint,
        Section::Escalation => Message::PlanSectionEscalationHint,
        Section::Training => Message::PlanSectionTrainingHint,
        Section::EarlyInvolvement => Message::PlanSectionEarlyInvolvementHint,
    }
}
