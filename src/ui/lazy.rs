//! Screens loaded on demand. With the `split` feature, each group of screens below is compiled
//! into a wasm module of its own, fetched the first time one of its screens is shown, so the
//! first load carries only the landing screen and what every screen shares.

use std::cell::RefCell;

use yew::prelude::*;

use super::state::Screen;

/// Draws one of a split module's screens. It is a plain function pointer so it can cross the
/// boundary between the main module and a split one.
type Render = fn(Screen) -> Html;

/// The groups of screens that are split off, one wasm module each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreenGroup {
    /// The ticket flow's questions, and the two ways out before a ticket.
    Flow,
    /// The finished ticket.
    Ready,
    /// All drafts.
    Drafts,
    /// The support plan builder.
    Plan,
}

impl ScreenGroup {
    const ALL: [ScreenGroup; 4] =
        [ScreenGroup::Flow, ScreenGroup::Ready, ScreenGroup::Drafts, ScreenGroup::Plan];

    pub fn of(screen: Screen) -> Option<ScreenGroup> {
        match screen {
            Screen::Landing => None,
            Screen::Flow(_) | Screen::Elsewhere | Screen::SelfSolved => Some(ScreenGroup::Flow),
            Screen::Ready => Some(ScreenGroup::Ready),
            Screen::Drafts => Some(ScreenGroup::Drafts),
            Screen::Plan => Some(ScreenGroup::Plan),
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

fn render_flow(screen: Screen) -> Html {
    use super::flow::{Elsewhere, Flow, SelfSolved};
    match screen {
        Screen::Flow(step) => html! { <Flow {step} /> },
        Screen::Elsewhere => html! { <Elsewhere /> },
        _ => html! { <SelfSolved /> },
    }
}

fn render_ready(_: Screen) -> Html {
    html! { <super::ready::Ready /> }
}

fn render_drafts(_: Screen) -> Html {
    html! { <super::drafts::DraftsScreen /> }
}

fn render_plan(_: Screen) -> Html {
    html! { <super::plan::PlanBuilder /> }
}

#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(flow))]
fn flow_renderer() -> Render {
    render_flow
}

#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(ready))]
fn ready_renderer() -> Render {
    render_ready
}

#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(drafts))]
fn drafts_renderer() -> Render {
    render_drafts
}

#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(plan))]
fn plan_renderer() -> Render {
    render_plan
}

/// Without the `split` feature the renderers are plain functions; this makes them look alike.
#[cfg(not(feature = "split"))]
macro_rules! loaded {
    ($call:expr) => {
        $call
    };
}
#[cfg(feature = "split")]
macro_rules! loaded {
    ($call:expr) => {
        $call.await
    };
}

async fn load(group: ScreenGroup) -> Render {
    match group {
        ScreenGroup::Flow => loaded!(flow_renderer()),
        ScreenGroup::Ready => loaded!(ready_renderer()),
        ScreenGroup::Drafts => loaded!(drafts_renderer()),
        ScreenGroup::Plan => loaded!(plan_renderer()),
    }
}

thread_local! {
    /// Renderers already loaded: once a group is here, its screens draw without waiting.
    static LOADED: RefCell<[Option<Render>; 4]> = const { RefCell::new([None; 4]) };
}

fn loaded_renderer(group: ScreenGroup) -> Option<Render> {
    LOADED.with(|loaded| loaded.borrow()[group.index()])
}

/// Fetches a group's module now, in the background, so its first screen opens at once.
pub fn prefetch(group: ScreenGroup) {
    if loaded_renderer(group).is_some() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let render = load(group).await;
        LOADED.with(|loaded| loaded.borrow_mut()[group.index()] = Some(render));
    });
}

#[derive(Properties, PartialEq)]
pub struct LazyScreenProps {
    pub screen: Screen,
}

/// Shows a split-off screen, loading its module first when it is not there yet.
#[function_component]
pub fn LazyScreen(props: &LazyScreenProps) -> Html {
    let Some(group) = ScreenGroup::of(props.screen) else {
        return Html::default();
    };
    let loaded = use_state(|| loaded_renderer(group));
    {
        let loaded = loaded.clone();
        use_effect_with(group, move |group| {
            let group = *group;
            if loaded_renderer(group).is_none() {
                wasm_bindgen_futures::spawn_local(async move {
                    let render = load(group).await;
                    LOADED.with(|cache| cache.borrow_mut()[group.index()] = Some(render));
                    loaded.set(Some(render));
                });
            } else {
                loaded.set(loaded_renderer(group));
            }
        });
    }
    match loaded_renderer(group).or(*loaded) {
        Some(render) => render(props.screen),
        None => html! { <p class="st-loading" role="status">{ "Loading…" }</p> },
    }
}

#[allow(dead_code)]
fn all_groups() -> [ScreenGroup; 4] {
    ScreenGroup::ALL
}
