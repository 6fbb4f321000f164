//! The root component: owns the state, the storage backend and the language.

use std::rc::Rc;

use yew::prelude::*;

use super::landing::Landing;
use super::plan_placeholder::PlanPlaceholder;
use super::problem_title_step::ProblemTitleStep;
use super::state::{AppAction, AppState, SaveStatus, Screen};
use super::LocaleContext;
use crate::i18n::Locale;
use crate::store::browser::BrowserBackend;
use crate::store::{MemoryBackend, Namespace, StorageBackend};

const PROBLEM_TITLE_KEY: &str = "scratch-problem-title";

/// Opens the browser's storage, or falls back to memory and says so in the state.
fn open_storage() -> Rc<dyn StorageBackend> {
    match BrowserBackend::open() {
        Ok(backend) => Rc::new(backend),
        Err(error) => {
            gloo::console::warn!(format!("Support Triage keeps drafts in memory only: {error}"));
            Rc::new(MemoryBackend::default())
        }
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let storage = use_memo((), |_| open_storage());
    let namespace = use_memo((), |_| Namespace::new("support-triage"));
    let state = {
        let storage = storage.clone();
        let namespace = namespace.clone();
        use_reducer(move || AppState {
            screen: Screen::Landing,
            problem_title: storage
                .get(&namespace.key(PROBLEM_TITLE_KEY))
                .ok()
                .flatten()
                .unwrap_or_default(),
            save_status: SaveStatus::Idle,
            storage_is_persistent: storage.is_persistent(),
        })
    };

    let on_navigate = {
        let state = state.clone();
        Callback::from(move |screen: Screen| state.dispatch(AppAction::Show(screen)))
    };
    let on_edit_problem_title = {
        let state = state.clone();
        Callback::from(move |title: String| {
            let saved = storage.set(&namespace.key(PROBLEM_TITLE_KEY), &title).is_ok();
            state.dispatch(AppAction::EditProblemTitle(title));
            state.dispatch(AppAction::SaveFinished(saved));
        })
    };

    let screen = match state.screen {
        Screen::Landing => html! { <Landing on_navigate={on_navigate.clone()} /> },
        Screen::ProblemTitle => html! {
            <ProblemTitleStep
                title={state.problem_title.clone()}
                save_status={state.save_status.clone()}
                storage_is_persistent={state.storage_is_persistent}
                on_edit={on_edit_problem_title}
                on_navigate={on_navigate.clone()}
            />
        },
        Screen::Plan => html! { <PlanPlaceholder on_navigate={on_navigate} /> },
    };

    html! {
        <ContextProvider<LocaleContext> context={Locale::English}>
            <div class="st-root" lang={Locale::English.tag()}>{ screen }</div>
        </ContextProvider<LocaleContext>>
    }
}
