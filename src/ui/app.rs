//! The root component: opens storage, loads the drafts, provides the contexts and shows the
//! current screen.

use std::rc::Rc;

use yew::prelude::*;

use super::autosave::use_autosave;
use super::bridge::{InstanceBridge, OpenPlace};
use super::config_problems::ConfigProblems;
use super::context::{
    use_app, use_language_ready, use_locale, AppContext, AppControls, IdPrefix, LocaleContext,
    Services, ServicesContext,
};
use super::landing::{start_new_ticket, Landing};
use super::language_switcher::LanguageSwitcher;
use super::lazy::{prefetch, LazyScreen, ScreenGroup};
use super::platform::{browser_languages, new_id, now, IntlZoneRules};
use super::save_status::{ConflictBanner, StorageNotices};
use super::widgets::use_page_language;
use crate::app::state::{AppAction, AppState, Screen};
use crate::domain::config::Config;
use crate::domain::prefill::Prefill;
use crate::i18n::Locale;
use crate::store::browser::BrowserBackend;
use crate::store::drafts::{DraftStore, LoadReport};
use crate::store::plan::PlanStore;
use crate::store::{MemoryBackend, Namespace, StorageBackend};

/// Opens the browser's storage, or falls back to memory (the app then says so on every page).
fn open_storage() -> Rc<dyn StorageBackend> {
    match BrowserBackend::open() {
        Ok(backend) => Rc::new(backend),
        Err(error) => {
            gloo::console::warn!(format!("Support Triage keeps drafts in memory only: {error}"));
            Rc::new(MemoryBackend::default())
        }
    }
}

struct Startup {
    services: ServicesContext,
    report: LoadReport,
}

fn start_up(config: Rc<Config>, prefill: Rc<Prefill>, bridge: Rc<InstanceBridge>) -> Startup {
    let namespace = Namespace::new(&config.storage_prefix);
    let mut backend = open_storage();
    let mut store = DraftStore::new(backend.clone(), namespace.clone());
    let report = match store.load_all(now(), &new_id()) {
        Ok(report) => report,
        Err(error) => {
            // Storage opened but cannot be read: carry on in memory rather than lose typing.
            gloo::console::warn!(format!("Support Triage could not read stored drafts: {error}"));
            backend = Rc::new(MemoryBackend::default());
            store = DraftStore::new(backend.clone(), namespace.clone());
            LoadReport::default()
        }
    };
    // The plan lives next to the drafts, in the same storage and namespace.
    let plan_store = PlanStore::new(backend, namespace);
    let zones = IntlZoneRules::default();
    let services = Services { config, prefill, bridge, store, plan_store, zones };
    Startup { services: ServicesContext(Rc::new(services)), report }
}

/// The language an instance with `config` starts in: the choice remembered in `store`, the
/// configured default, the browser's languages, English (`Locale::negotiate`).
fn first_locale_with(store: &DraftStore, config: &Config) -> Locale {
    let remembered = store.read_preference("locale");
    Locale::negotiate(remembered.as_deref(), config.default_locale.as_deref(), &browser_languages())
}

/// [`first_locale_with`] before the app and its store exist, so the standalone page can fetch
/// that language before mounting; storage that cannot be opened remembers nothing.
pub fn first_locale(config: &Config) -> Locale {
    let backend: Rc<dyn StorageBackend> = match BrowserBackend::open() {
        Ok(backend) => Rc::new(backend),
        Err(_) => Rc::new(MemoryBackend::default()),
    };
    first_locale_with(&DraftStore::new(backend, Namespace::new(&config.storage_prefix)), config)
}

#[derive(Properties)]
pub struct AppProps {
    /// The configuration, already validated.
    #[prop_or_else(|| Rc::new(Config::built_in()))]
    pub config: Rc<Config>,
    /// Problems found in the page owner's configuration, one readable line each.
    #[prop_or_default]
    pub config_problems: Rc<Vec<String>>,
    /// What the host page prefills in every new ticket.
    #[prop_or_default]
    pub prefill: Rc<Prefill>,
    /// The link to the page around this instance.
    #[prop_or_else(|| Rc::new(InstanceBridge::detached()))]
    pub bridge: Rc<InstanceBridge>,
    /// This widget's number on the page, from 1. The first keeps the plain control ids; the
    /// others prefix theirs so two widgets never share one.
    #[prop_or(1)]
    pub instance: u32,
}

/// The configuration is read once per mount and never changes after, so it is compared by
/// identity: a comparison of its contents would only add code to the first load.
impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.config, &other.config)
            && self.config_problems == other.config_problems
            && Rc::ptr_eq(&self.prefill, &other.prefill)
            && Rc::ptr_eq(&self.bridge, &other.bridge)
            && self.instance == other.instance
    }
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps {
            config: Rc::new(Config::built_in()),
            config_problems: Rc::default(),
            prefill: Rc::default(),
            bridge: Rc::new(InstanceBridge::detached()),
            instance: 1,
        }
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let startup = {
        let config = props.config.clone();
        let prefill = props.prefill.clone();
        let bridge = props.bridge.clone();
        use_memo((), move |_| start_up(config, prefill, bridge))
    };
    let services = startup.services.clone();
    let state = {
        let startup = startup.clone();
        use_reducer(move || {
            let report = &startup.report;
            let mut state = AppState::new(
                report.drafts.clone(),
                report.quarantined.clone(),
                startup.services.store.is_persistent(),
            );
            // Resume where the user was, if that draft is still there.
            if let Some((screen_id, draft_id)) = startup.services.store.read_position() {
                let screen = Screen::from_id(&screen_id).unwrap_or(Screen::Landing);
                let draft = draft_id.and_then(|id| {
                    report.drafts.iter().find(|draft| draft.record.id == id).cloned()
                });
                match draft {
                    Some(draft) => {
                        state = Rc::unwrap_or_clone(
                            Rc::new(state).reduce(AppAction::OpenDraft { draft, screen }),
                        )
                    }
                    None if !screen.needs_open_draft() => state.screen = screen,
                    None => {}
                }
            }
            state
        })
    };
    let locale = {
        let services = services.clone();
        use_state(move || first_locale_with(&services.store, &services.config))
    };
    // The language switcher fetches a language before it asks for it, so setting is enough.
    let controls = AppControls { dispatcher: state.dispatcher(), set_locale: locale.setter() };
    // The first language may have to be fetched; if it cannot be, the widget starts in English.
    let language_ready = {
        let locale = locale.clone();
        use_language_ready(
            *locale,
            Callback::from(move |wanted: Locale| {
                gloo::console::warn!(format!(
                    "Support Triage could not load the language {}; using English.",
                    wanted.tag()
                ));
                locale.set(Locale::English);
            }),
        )
    };
    let id_prefix = {
        let instance = props.instance;
        use_memo(instance, |instance| {
            IdPrefix(if *instance <= 1 { Rc::from("") } else { Rc::from(format!("i{instance}-")) })
        })
    };
    if !language_ready {
        // Only when the first language is not English and its texts are still on their way.
        return html! { <div class="st-root" aria-busy="true"></div> };
    }
    html! {
        <ContextProvider<IdPrefix> context={(*id_prefix).clone()}>
        <ContextProvider<ServicesContext> context={services}>
            <ContextProvider<AppContext> context={state}>
                <ContextProvider<LocaleContext> context={*locale}>
                <ContextProvider<AppControls> context={controls}>
                    <Root config_problems={props.config_problems.clone()} bridge={props.bridge.clone()} />
                </ContextProvider<AppControls>>
                </ContextProvider<LocaleContext>>
            </ContextProvider<AppContext>>
        </ContextProvider<ServicesContext>>
        </ContextProvider<IdPrefix>>
    }
}

#[derive(Properties, PartialEq)]
struct RootProps {
    config_problems: Rc<Vec<String>>,
    bridge: Rc<InstanceBridge>,
}

/// Everything inside the providers: the autosave, the notices and the screen.
#[function_component(Root)]
fn root(props: &RootProps) -> Html {
    let app = use_app();
    let locale = use_locale();
    let services = super::context::use_services();
    use_autosave(app.clone(), services.clone());
    use_page_language(locale.tag());

    // A copy of the open draft for the panic notice, whenever another draft is opened (the
    // autosave refreshes it with every write).
    {
        let app = app.clone();
        let open_id = app.ticket().map(|ticket| ticket.id.clone());
        use_effect_with(open_id, move |_| {
            if let Some(ticket) = app.ticket() {
                super::crash::remember_open_draft(ticket);
            }
        });
    }

    // Keep the host page's view of the open draft current (the ready page tells it of filing).
    props.bridge.remember_app(&app);
    // The host page's `open`: a new ticket, the drafts or the plan.
    {
        let app = app.clone();
        let services = services.clone();
        use_effect_with((), move |_| {
            let opener_services = services.clone();
            services.bridge.set_opener(Callback::from(move |place| match place {
                OpenPlace::NewTicket => start_new_ticket(&app, &opener_services),
                OpenPlace::Drafts => app.dispatch(AppAction::Show(Screen::Drafts)),
                OpenPlace::Plan => app.dispatch(AppAction::Show(Screen::Plan)),
            }));
        });
    }

    // Remember the screen and open draft so a reload resumes here.
    {
        let position = (app.screen.id(), app.open.as_ref().map(|open| open.ticket.id.clone()));
        use_effect_with(position, move |(screen, draft_id)| {
            if let Err(error) = services.store.write_position(screen, draft_id.as_deref()) {
                gloo::console::warn!(format!(
                    "Support Triage could not remember the page: {error}"
                ));
            }
        });
    }
    // A ticket resumed on one of its steps fetches the ready page ahead of time; from the
    // landing screen, the intent to start one does (`prefetch_ticket_screens`).
    let on_ticket_step = matches!(app.screen, Screen::Flow(_));
    use_effect_with(on_ticket_step, |on_ticket_step| {
        if *on_ticket_step {
            prefetch(ScreenGroup::Ready);
        }
    });
    // Move focus to the top of each new screen, as a page load would; but not on the first
    // render, which would take focus away from the page the widget is embedded in.
    let top = use_node_ref();
    let first_render = use_mut_ref(|| true);
    {
        let top = top.clone();
        use_effect_with(app.screen, move |_| {
            if std::mem::replace(&mut *first_render.borrow_mut(), false) {
                return;
            }
            if let Some(element) = top.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }

    let screen = match app.screen {
        Screen::Flow(_) | Screen::Elsewhere | Screen::SelfSolved | Screen::Ready
            if app.open.is_none() =>
        {
            html! { <Landing /> }
        }
        Screen::Landing => html! { <Landing /> },
        screen => html! { <LazyScreen {screen} /> },
    };
    html! {
        <div class="st-root" lang={locale.tag()}>
            <LanguageSwitcher />
            <div class="st-focus-anchor" tabindex="-1" ref={top}></div>
            <ConfigProblems problems={props.config_problems.clone()} />
            // The plan builder shows its own save status; the open draft's would confuse there.
            if app.screen != Screen::Plan {
                <StorageNotices />
                <ConflictBanner />
            }
            { screen }
        </div>
    }
}
