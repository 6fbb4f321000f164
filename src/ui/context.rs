//! What every component can reach: the state and its dispatcher, the language, and the
//! services (configuration, draft store, time-zone rules).

use std::rc::Rc;

use yew::prelude::*;

use super::platform::IntlZoneRules;
use crate::app::plan::{PlanAction, PlanState};
use crate::app::state::{AppAction, AppState};
use crate::domain::config::Config;
use crate::domain::localised_text::{LocalisedText, PickedText};
use crate::domain::prefill::Prefill;
use crate::i18n::{Locale, Message};
use crate::store::drafts::DraftStore;
use crate::store::plan::PlanStore;
use crate::ui::bridge::InstanceBridge;

/// The app state and its dispatcher. Reading it subscribes a component to every change of
/// the state (a keystroke in the open draft included).
pub type AppContext = UseReducerHandle<AppState>;

/// Only the app state's dispatcher: it never changes, so a component that only dispatches
/// (navigation, edits) is not drawn again when the state changes.
pub type AppDispatcher = UseReducerDispatcher<AppState>;

impl Reducible for AppState {
    type Action = AppAction;
    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        self.reduced(action)
    }
}

impl Reducible for PlanState {
    type Action = PlanAction;
    fn reduce(self: Rc<Self>, action: PlanAction) -> Rc<Self> {
        self.reduced(action)
    }
}

/// The interface language.
pub type LocaleContext = Locale;

/// What this instance puts in front of the `id`s of its form controls. Empty for the first
/// widget on a page (so its ids are the plain, documented ones); `i2-`, `i3-`... for the others,
/// so two widgets on one page never share an id, a label target or a radio group name.
#[derive(Clone, PartialEq, Default)]
pub struct IdPrefix(pub Rc<str>);

/// The instance's `id` prefix.
#[hook]
pub fn use_id_prefix() -> Rc<str> {
    use_context::<IdPrefix>().map(|prefix| prefix.0).unwrap_or_default()
}

/// `base` made unique to this instance (see [`IdPrefix`]).
#[hook]
pub fn use_dom_id(base: &str) -> String {
    let prefix = use_id_prefix();
    dom_id(&prefix, base)
}

/// `base` with `prefix` in front.
pub fn dom_id(prefix: &str, base: &str) -> String {
    format!("{prefix}{base}")
}

/// What changes the app without reading it: the state's dispatcher and the language's setter.
/// Both never change after mounting, so a component that only changes things (navigation,
/// edits, the language switcher) is not drawn again when the state does. One context for both,
/// because each context provider costs the first load bytes.
#[derive(Clone, PartialEq)]
pub struct AppControls {
    pub dispatcher: AppDispatcher,
    pub set_locale: UseStateSetter<Locale>,
}

/// Long-lived services, created once when the app mounts.
pub struct Services {
    /// Shared with the mount that read it, never copied.
    pub config: Rc<Config>,
    /// What the host page prefills in every new ticket.
    pub prefill: Rc<Prefill>,
    /// The link to the host page: events, `open`, `currentDraft`.
    pub bridge: Rc<InstanceBridge>,
    pub store: DraftStore,
    pub plan_store: PlanStore,
    pub zones: IntlZoneRules,
}

/// Services behind an `Rc`, compared by identity (they never change after mounting).
#[derive(Clone)]
pub struct ServicesContext(pub Rc<Services>);

impl PartialEq for ServicesContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for ServicesContext {
    type Target = Services;
    fn deref(&self) -> &Services {
        &self.0
    }
}

/// The app state. Components are only ever rendered inside the provider.
#[hook]
pub fn use_app() -> AppContext {
    match use_context::<AppContext>() {
        Some(context) => context,
        None => unreachable_context("app state"),
    }
}

/// The app state's dispatcher, for components that change the state without reading it.
#[hook]
pub fn use_app_dispatcher() -> AppDispatcher {
    match use_context::<AppControls>() {
        Some(controls) => controls.dispatcher,
        None => unreachable_context("app controls"),
    }
}

#[hook]
pub fn use_services() -> ServicesContext {
    match use_context::<ServicesContext>() {
        Some(context) => context,
        None => unreachable_context("services"),
    }
}

#[hook]
pub fn use_locale() -> Locale {
    use_context::<LocaleContext>().unwrap_or(Locale::English)
}

/// The text of `message` in the current language.
#[hook]
pub fn use_text() -> impl Fn(Message) -> &'static str + Copy {
    let locale = use_locale();
    move |message| locale.text(message)
}

/// Configured texts (channels, steps, warnings, resources) in the interface language, with the
/// built-in configuration's catalog for that language and the configuration's default language
/// as fallbacks.
#[derive(Clone)]
pub struct ConfiguredText {
    locale: Locale,
    services: ServicesContext,
}

impl ConfiguredText {
    /// Configured texts in `locale`, for a text written in another language than the
    /// interface's (the ticket's).
    pub fn in_locale(&self, locale: Locale) -> ConfiguredText {
        ConfiguredText { locale, services: self.services.clone() }
    }

    /// The text to show.
    pub fn get<'text>(&self, text: &'text LocalisedText) -> &'text str {
        self.picked(text).text
    }

    /// The text to show and the language it is written in, when known.
    pub fn picked<'text>(&self, text: &'text LocalisedText) -> PickedText<'text> {
        let default_language = self.services.0.config.default_locale.as_deref();
        self.locale.configured(text, default_language)
    }

    /// The text to show as HTML, marked with its language when it is not the interface's (a
    /// fallback), so screen readers pronounce it right.
    pub fn html(&self, text: &LocalisedText) -> Html {
        let picked = self.picked(text);
        match picked.language {
            Some(tag) if Locale::from_tag(tag) != Some(self.locale) => {
                html! { <span lang={tag.to_owned()}>{ picked.text }</span> }
            }
            _ => html! { { picked.text } },
        }
    }

    /// The text followed by its English text in brackets when they differ (a name to find in
    /// the vendor's portal).
    pub fn with_english(&self, text: &LocalisedText) -> String {
        let default_language = self.services.0.config.default_locale.as_deref();
        self.locale.configured_with_english(text, default_language)
    }
}

#[hook]
pub fn use_configured_text() -> ConfiguredText {
    ConfiguredText { locale: use_locale(), services: use_services() }
}

/// A component used outside the app's providers is a programming error, found by the first
/// test that renders it; it never depends on user data.
fn unreachable_context(what: &str) -> ! {
    panic!("Support Triage component rendered without the {what} provider")
}

/// The organisation's support plan as the ticket flow should use it (tiers for the escalation
/// trail, who to contact first): the user's own plan from the plan builder, or the page owner's
/// default plan while the user has none. Edits in the builder reach every user of this hook.
#[hook]
pub fn use_support_plan() -> Rc<crate::domain::plan::SupportPlan> {
    let services = use_services();
    let plan = use_context::<super::plan::PlanContext>();
    let default_plan = use_memo((), move |_| services.config.default_plan.clone());
    match plan {
        Some(plan) => plan.plan.clone(),
        None => default_plan,
    }
}

/// Makes `locale`'s texts ready, fetching them when they are not, and draws again once they
/// have arrived. Returns whether they are ready now; until they are, texts in `locale` show in
/// English. When they cannot be fetched, `on_unavailable` hears of it.
#[hook]
pub fn use_language_ready(locale: Locale, on_unavailable: Callback<Locale>) -> bool {
    let redraw = use_force_update();
    use_effect_with(locale, move |locale| {
        let locale = *locale;
        if !locale.is_ready() {
            wasm_bindgen_futures::spawn_local(async move {
                match locale.load().await {
                    Ok(()) => redraw.force_update(),
                    Err(_) => on_unavailable.emit(locale),
                }
            });
        }
    });
    locale.is_ready()
}
