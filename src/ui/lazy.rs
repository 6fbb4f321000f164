//! Screens loaded on demand. With the `lazy-modules` feature, each group of screens below is
//! compiled into a wasm module of its own and fetched the first time one of its screens is
//! shown, so the first load carries only the landing screen and what every screen shares. The
//! ticket flow's groups are fetched in the background on the intent to start or resume a ticket
//! (see [`prefetch`]), so Continue does not wait for the network.

use std::cell::RefCell;

use yew::prelude::*;

use super::context::use_text;
use super::plan::PlanProvider;
use crate::app::state::Screen;
use crate::domain::knowledge::Article;
use crate::i18n::Message;
use crate::ui::widgets::use_headings;

/// Draws one of a lazy module's screens. A plain function pointer, so it can cross the
/// boundary between the main module and a lazy one.
type Render = fn(Screen) -> Html;

/// A group's module could not be fetched: the network failed, or the server no longer has this
/// version's file. Nothing is lost; showing the screen again retries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScreenUnavailable;

#[cfg(feature = "lazy-modules")]
impl From<wasm_split_helpers::SplitLoaderError> for ScreenUnavailable {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        ScreenUnavailable
    }
}

/// The groups of screens that are loaded on demand, one wasm module each.
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
    const COUNT: usize = 4;

    /// The group a screen belongs to; the landing screen is in the main module.
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

// The support plan is read from storage by the screens that use it, not at start-up: the
// landing screen does not need it. The provider sits at the same place in every screen below,
// so moving between them keeps it (and the plan) as it is.

fn render_flow(screen: Screen) -> Html {
    use super::flow::{Elsewhere, Flow, SelfSolved};
    let screen = match screen {
        Screen::Flow(step) => html! { <Flow {step} /> },
        Screen::Elsewhere => html! { <Elsewhere /> },
        _ => html! { <SelfSolved /> },
    };
    html! { <PlanProvider>{ screen }</PlanProvider> }
}

fn render_ready(_: Screen) -> Html {
    html! { <PlanProvider><super::ready::Ready /></PlanProvider> }
}

fn render_drafts(_: Screen) -> Html {
    html! { <super::drafts::DraftsScreen /> }
}

fn render_plan(_: Screen) -> Html {
    html! { <PlanProvider><super::plan::PlanBuilder /></PlanProvider> }
}

// The doors into the lazy modules: calling one fetches its module first.

#[cfg_attr(feature = "lazy-modules", wasm_split_helpers::wasm_split(flow, fallible))]
fn flow_renderer() -> Result<Render, ScreenUnavailable> {
    Ok(render_flow)
}

#[cfg_attr(feature = "lazy-modules", wasm_split_helpers::wasm_split(ready, fallible))]
fn ready_renderer() -> Result<Render, ScreenUnavailable> {
    Ok(render_ready)
}

#[cfg_attr(feature = "lazy-modules", wasm_split_helpers::wasm_split(drafts, fallible))]
fn drafts_renderer() -> Result<Render, ScreenUnavailable> {
    Ok(render_drafts)
}

#[cfg_attr(feature = "lazy-modules", wasm_split_helpers::wasm_split(plan, fallible))]
fn plan_renderer() -> Result<Render, ScreenUnavailable> {
    Ok(render_plan)
}

/// Makes the built-in knowledge base's articles. A plain function pointer, so it can cross
/// from the module that holds them.
pub type BuiltInArticles = fn() -> Vec<Article>;

/// The built-in articles' module could not be fetched. Suggestions then come from the page
/// owner's articles alone, and the next showing of a step that suggests tries again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArticlesUnavailable;

#[cfg(feature = "lazy-modules")]
impl From<wasm_split_helpers::SplitLoaderError> for ArticlesUnavailable {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        ArticlesUnavailable
    }
}

// The built-in knowledge base (its titles and summaries in seven languages are about a third of
// the flow's bytes) has a door of its own: the flow's screens do not wait for it, and a page
// that suggests only its own articles never downloads it.
#[cfg_attr(feature = "lazy-modules", wasm_split_helpers::wasm_split(knowledge, fallible))]
fn built_in_articles_maker() -> Result<BuiltInArticles, ArticlesUnavailable> {
    Ok(crate::domain::knowledge::built_in_articles)
}

/// With the `lazy-modules` feature the doors are `async`; without it they are plain functions.
#[cfg(feature = "lazy-modules")]
macro_rules! through_door {
    ($call:expr) => {
        $call.await
    };
}
#[cfg(not(feature = "lazy-modules"))]
macro_rules! through_door {
    ($call:expr) => {
        $call
    };
}

thread_local! {
    /// Renderers already loaded: once a group is here, its screens draw without waiting.
    static LOADED: RefCell<[Option<Render>; ScreenGroup::COUNT]> =
        const { RefCell::new([None; ScreenGroup::COUNT]) };
}

thread_local! {
    /// The built-in articles' maker, once its module is here.
    static BUILT_IN_ARTICLES: std::cell::Cell<Option<BuiltInArticles>> =
        const { std::cell::Cell::new(None) };
}

/// The built-in articles' maker if its module is already here.
pub fn loaded_built_in_articles() -> Option<BuiltInArticles> {
    BUILT_IN_ARTICLES.with(std::cell::Cell::get)
}

/// The built-in articles' maker, fetching its module unless it is already here.
pub async fn load_built_in_articles() -> Result<BuiltInArticles, ArticlesUnavailable> {
    if let Some(make) = loaded_built_in_articles() {
        return Ok(make);
    }
    let make = through_door!(built_in_articles_maker())?;
    BUILT_IN_ARTICLES.with(|loaded| loaded.set(Some(make)));
    Ok(make)
}

fn loaded_renderer(group: ScreenGroup) -> Option<Render> {
    LOADED.with(|loaded| loaded.borrow()[group.index()])
}

/// Loads a group's renderer, fetching its module unless it is already here.
async fn load(group: ScreenGroup) -> Result<Render, ScreenUnavailable> {
    if let Some(render) = loaded_renderer(group) {
        return Ok(render);
    }
    let render = match group {
        ScreenGroup::Flow => through_door!(flow_renderer()),
        ScreenGroup::Ready => through_door!(ready_renderer()),
        ScreenGroup::Drafts => through_door!(drafts_renderer()),
        ScreenGroup::Plan => through_door!(plan_renderer()),
    }?;
    LOADED.with(|loaded| loaded.borrow_mut()[group.index()] = Some(render));
    Ok(render)
}

/// Fetches a group's module in the background, so its first screen opens at once. A failure
/// is only logged here: the screen itself says so, with a way to try again, if it is opened.
pub fn prefetch(group: ScreenGroup) {
    if loaded_renderer(group).is_some() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        if load(group).await.is_err() {
            gloo::console::warn!(
                "Support Triage could not fetch a group of screens ahead of time."
            );
        }
    });
}

/// Fetches the ticket flow's and the ready page's modules ahead of time, once. (The built-in
/// articles' module is fetched by the first step that suggests, when it opens: suggestions are
/// needed only once the admin has written something.)
pub fn prefetch_ticket_screens() {
    prefetch(ScreenGroup::Flow);
    prefetch(ScreenGroup::Ready);
}

#[derive(Properties, PartialEq)]
pub struct LazyScreenProps {
    pub screen: Screen,
}

/// Shows a lazily loaded screen, fetching its module first when it is not here yet.
#[function_component]
pub fn LazyScreen(props: &LazyScreenProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let group = ScreenGroup::of(props.screen);
    // Once loaded, the renderer is in the cache; only a failure is state of this component.
    let failed = use_state(|| false);
    let redraw = use_force_update();
    // Bumped by "Try again" to run the effect below once more.
    let attempt = use_state(|| 0_u32);
    {
        let failed = failed.clone();
        use_effect_with((group, *attempt), move |(group, _)| {
            if let Some(group) = *group {
                if loaded_renderer(group).is_none() {
                    failed.set(false);
                    wasm_bindgen_futures::spawn_local(async move {
                        match load(group).await {
                            Ok(_) => redraw.force_update(),
                            Err(ScreenUnavailable) => failed.set(true),
                        }
                    });
                }
            }
        });
    }
    let Some(group) = group else { return Html::default() };
    if let Some(render) = loaded_renderer(group) {
        return render(props.screen);
    }
    if !*failed {
        return html! { <p class="st-lazy-status" role="status">{ text(Message::PageLoading) }</p> };
    }
    let on_retry = Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1));
    html! {
        <div class="st-lazy-failed" role="alert">
            <@{headings.tag(1)} class="st-heading-l">{ text(Message::PageLoadFailedTitle) }</@>
            <p>{ text(Message::PageLoadFailed) }</p>
            <button type="button" class="st-button st-button--secondary" onclick={on_retry}>
                { text(Message::PageLoadRetry) }
            </button>
        </div>
    }
}
