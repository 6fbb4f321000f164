//! Provides the plan state to the whole app and keeps it saved.

use yew::prelude::*;

use super::PlanContext;
use crate::app::plan::PlanState;
use crate::ui::autosave::use_autosave;
use crate::ui::context::use_services;

#[derive(Properties, PartialEq)]
pub struct PlanProviderProps {
    #[prop_or_default]
    pub children: Html,
}

/// Loads the user's plan (or the page owner's default) once and provides it; both the builder
/// and the ticket flow read it from here.
#[function_component(PlanProvider)]
pub fn plan_provider(props: &PlanProviderProps) -> Html {
    let services = use_services();
    let state = {
        let services = services.clone();
        use_reducer(move || {
            let default_plan = services.config.default_plan.clone();
            let persistent = services.plan_store.is_persistent();
            match services.plan_store.load() {
                Ok(report) => {
                    PlanState::new(default_plan, report.stored, report.quarantined, persistent)
                }
                Err(error) => {
                    // Storage could not be read: work from the default, and say so when saving
                    // fails; the user's typing is kept in memory either way.
                    gloo::console::warn!(format!(
                        "Support Triage could not read the stored plan: {error}"
                    ));
                    PlanState::new(default_plan, None, Vec::new(), persistent)
                }
            }
        })
    };
    use_autosave(state.clone(), services);
    html! {
        <ContextProvider<PlanContext> context={state}>
            { props.children.clone() }
        </ContextProvider<PlanContext>>
    }
}
