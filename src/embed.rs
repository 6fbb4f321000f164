//! The widget's public face in a page: automatic mounting, configuration from the host page,
//! and a small JavaScript API (`mount`, `unmount`, `currentDraft`).
//!
//! A host page marks mount points with `data-support-triage`. Configuration comes from
//! `data-config="#id"` (a `<script type="application/json">` element) or
//! `data-config-url="/path/config.json"` (same origin). Problems in it are shown in the widget
//! and logged; where a safe default exists the widget still runs.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;
use yew::AppHandle;

use crate::domain::config::{parse_config, parse_prefill_value, Config, HighestHeading};
use crate::domain::prefill::Prefill;
use crate::mount::install_panic_notice;
use crate::ui::{first_locale, App, AppProps, InstanceBridge, OpenPlace};

/// The attribute that marks a mount point in a host page.
const MOUNT_ATTRIBUTE: &str = "data-support-triage";
/// The element the standalone page provides.
const STANDALONE_MOUNT_ID: &str = "support-triage";
/// Where the standalone page keeps the place its static landing was asked to open (a place
/// name of `open`) until the app mounts.
const OPEN_ON_MOUNT_ATTRIBUTE: &str = "data-st-open";

thread_local! {
    static INSTANCES: RefCell<BTreeMap<u32, Instance>> = const { RefCell::new(BTreeMap::new()) };
    static NEXT_INSTANCE: RefCell<u32> = const { RefCell::new(1) };
    /// Instances whose configuration is still being read.
    static PENDING: RefCell<BTreeSet<u32>> = const { RefCell::new(BTreeSet::new()) };
}

struct Instance {
    handle: AppHandle<App>,
    bridge: Rc<InstanceBridge>,
}

/// Mounts every marked element, or the standalone page's element when there is none.
pub fn start() {
    install_panic_notice();
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
    let marked = document.query_selector_all(&format!("[{MOUNT_ATTRIBUTE}]")).ok();
    let marked: Vec<Element> = marked
        .map(|list| {
            (0..list.length())
                .filter_map(|index| list.item(index))
                .filter_map(|node| node.dyn_into::<Element>().ok())
                .collect()
        })
        .unwrap_or_default();
    if marked.is_empty() {
        if let Some(element) = document.get_element_by_id(STANDALONE_MOUNT_ID) {
            let (id, config) = (next_instance_id(), Config::built_in());
            let locale = first_locale(&config);
            // The page shows the landing screen's text until the app mounts (index.html), and
            // mounting replaces it. Mounted before its language is here, the app would replace
            // it with an empty widget; so the language comes first (the link module started
            // fetching it next to this module; English is here already and mounts in this
            // task's microtasks, before anything is painted). If it cannot be fetched, the app
            // tries once more, then starts in English and says so. One call site, so the
            // mount is not copied into the first load twice.
            wasm_bindgen_futures::spawn_local(async move {
                let _ = locale.load().await;
                // The static landing's buttons work before the app does: a click is kept on
                // the element (src/landing-before-mount.js), and the app shows that place.
                let asked = element.get_attribute(OPEN_ON_MOUNT_ATTRIBUTE);
                let _ = element.remove_attribute(OPEN_ON_MOUNT_ATTRIBUTE);
                mount_with_config(id, element, config, Prefill::default(), Vec::new());
                if let Some(place) = asked.as_deref().and_then(OpenPlace::from_name) {
                    INSTANCES.with(|instances| {
                        if let Some(instance) = instances.borrow().get(&id) {
                            instance.bridge.open_once_mounted(place);
                        }
                    });
                }
            });
        }
        return;
    }
    for element in marked {
        mount_from_attributes(element);
    }
}

/// Reads the element's configuration and prefill attributes, then mounts.
fn mount_from_attributes(element: Element) {
    let id = next_instance_id();
    let prefill = PrefillInput::of(&element, None);
    if let Some(url) = element.get_attribute("data-config-url") {
        wasm_bindgen_futures::spawn_local(async move {
            let (text, mut problems) = match fetch_text(&url).await {
                Ok(text) => (Some(text), Vec::new()),
                Err(why) => {
                    (None, vec![format!("data-config-url: could not load \"{url}\": {why}")])
                }
            };
            let mut read = read_mount_input(text, prefill).await;
            problems.append(&mut read.problems);
            mount_with_config(id, element, read.config, read.prefill, problems);
        });
        return;
    }
    match element.get_attribute("data-config").map(|selector| inline_config_text(&selector)) {
        Some(Ok(text)) => mount_after_parsing(id, element, Some(text), prefill),
        Some(Err(why)) => {
            let problem = format!("data-config: {why}");
            mount_after_parsing_with(id, element, None, prefill, vec![problem]);
        }
        None if prefill.is_some() => mount_after_parsing(id, element, None, prefill),
        None => mount_with_config(id, element, Config::built_in(), Prefill::default(), Vec::new()),
    }
}

/// What a host page prefills, as it gave it: the `data-prefill-*` attributes of the mount
/// point (`data-prefill-contact-method` for `contact_method`) and the `mount` call's
/// `options.prefill` as JSON text. It is read, checked and merged by the configuration reader
/// (`prefill_from_input`), in the module fetched for it, so a page that prefills nothing
/// carries no JSON reading in the first load.
struct PrefillInput {
    attributes: Vec<(&'static str, String)>,
    options_json: Option<String>,
}

impl PrefillInput {
    /// What `element` and `options` prefill; `None` when they prefill nothing.
    fn of(element: &Element, options_json: Option<String>) -> Option<PrefillInput> {
        let attributes: Vec<(&'static str, String)> = Prefill::FIELDS
            .into_iter()
            .filter_map(|field| {
                let attribute = format!("data-prefill-{}", field.replace('_', "-"));
                element.get_attribute(&attribute).map(|value| (field, value))
            })
            .collect();
        (!attributes.is_empty() || options_json.is_some())
            .then_some(PrefillInput { attributes, options_json })
    }
}

/// Reads a prefill: the attributes, then the `mount` options over them field by field. Every
/// problem becomes one readable line with its path (`prefill.email`).
fn prefill_from_input(input: &PrefillInput) -> (Prefill, Vec<String>) {
    let mut fields: serde_json::Map<String, Value> = input
        .attributes
        .iter()
        .map(|(field, value)| ((*field).to_owned(), Value::String(value.clone())))
        .collect();
    let given = input.options_json.as_deref().map(|text| {
        // What is not JSON (a function, a cycle) reads as null, which the reader reports.
        serde_json::from_str::<Value>(text).unwrap_or(Value::Null)
    });
    let value = match given {
        Some(Value::Object(given)) => {
            fields.extend(given);
            Value::Object(fields)
        }
        Some(other) => other,
        None => Value::Object(fields),
    };
    let (prefill, problems) = parse_prefill_value(&value);
    (prefill, problems.iter().map(|problem| problem.to_string()).collect())
}

/// The text of the `<script type="application/json">` element `selector` points at.
fn inline_config_text(selector: &str) -> Result<String, String> {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or_else(|| "no document".to_owned())?;
    let element = document
        .query_selector(selector)
        .map_err(|_| format!("\"{selector}\" is not a valid selector"))?
        .ok_or_else(|| format!("no element matches \"{selector}\""))?;
    Ok(element.text_content().unwrap_or_default())
}

/// Parses configuration text; every problem becomes one readable line with its JSON path.
fn config_from_text(text: &str) -> (Config, Vec<String>) {
    let parsed = parse_config(text);
    let problems = parsed.problems.iter().map(|problem| problem.to_string()).collect();
    (parsed.config, problems)
}

/// Reads configuration text into a configuration and its problems. A plain function pointer,
/// so it can cross from the lazy module that holds the parser.
type ConfigurationParser = fn(&str) -> (Config, Vec<String>);

/// Reads what a host page prefills; like [`ConfigurationParser`], a plain function pointer.
type PrefillParser = fn(&PrefillInput) -> (Prefill, Vec<String>);

/// The parser's module could not be fetched.
struct ParserUnavailable;

#[cfg(feature = "lazy-modules")]
impl From<wasm_split_helpers::SplitLoaderError> for ParserUnavailable {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        ParserUnavailable
    }
}

// Most pages never configure the widget, so the parser (and the JSON walking behind it) is
// fetched only by pages that do.
#[cfg_attr(feature = "lazy-modules", wasm_split_helpers::wasm_split(configuration, fallible))]
fn configuration_parser() -> Result<(ConfigurationParser, PrefillParser), ParserUnavailable> {
    Ok((config_from_text, prefill_from_input))
}

/// A mount's configuration and prefill, read, with every problem found.
struct MountInput {
    config: Config,
    prefill: Prefill,
    problems: Vec<String>,
}

/// Reads configuration text and a prefill, fetching the reader first when it is in a lazy module.
/// When it cannot be fetched the widget runs on the built-in configuration, with nothing
/// prefilled, and says why.
async fn read_mount_input(text: Option<String>, prefill: Option<PrefillInput>) -> MountInput {
    #[cfg(feature = "lazy-modules")]
    let readers = configuration_parser().await;
    #[cfg(not(feature = "lazy-modules"))]
    let readers = configuration_parser();
    let Ok((read_config, read_prefill)) = readers else {
        return MountInput {
            config: Config::built_in(),
            prefill: Prefill::default(),
            problems: vec!["the configuration could not be read: the code that reads it could \
                            not be fetched, so the built-in configuration is in use"
                .to_owned()],
        };
    };
    let (config, mut problems) = match text {
        Some(text) => read_config(&text),
        None => (Config::built_in(), Vec::new()),
    };
    let prefill = match prefill {
        Some(input) => {
            let (prefill, mut prefill_problems) = read_prefill(&input);
            problems.append(&mut prefill_problems);
            prefill
        }
        None => Prefill::default(),
    };
    MountInput { config, prefill, problems }
}

/// Reads the configuration text and the prefill, then mounts instance `id`, unless the page
/// unmounted it in the meantime.
fn mount_after_parsing(
    id: u32,
    element: Element,
    text: Option<String>,
    prefill: Option<PrefillInput>,
) {
    mount_after_parsing_with(id, element, text, prefill, Vec::new());
}

/// [`mount_after_parsing`], with problems already found.
fn mount_after_parsing_with(
    id: u32,
    element: Element,
    text: Option<String>,
    prefill: Option<PrefillInput>,
    problems: Vec<String>,
) {
    PENDING.with(|pending| pending.borrow_mut().insert(id));
    wasm_bindgen_futures::spawn_local(async move {
        let mut read = read_mount_input(text, prefill).await;
        let mut problems = problems;
        problems.append(&mut read.problems);
        if PENDING.with(|pending| pending.borrow_mut().remove(&id)) {
            mount_with_config(id, element, read.config, read.prefill, problems);
        }
    });
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or_else(|| "no window".to_owned())?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| "the request failed".to_owned())?;
    let response: web_sys::Response =
        response.dyn_into().map_err(|_| "not a response".to_owned())?;
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let text = response.text().map_err(|_| "the body could not be read".to_owned())?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|value| value.as_string())
        .ok_or_else(|| "the body could not be read".to_owned())
}

/// A number for a new instance: the first is 1.
fn next_instance_id() -> u32 {
    NEXT_INSTANCE.with(|next| {
        let mut next = next.borrow_mut();
        let id = *next;
        *next += 1;
        id
    })
}

fn mount_with_config(
    id: u32,
    element: Element,
    config: Config,
    prefill: Prefill,
    problems: Vec<String>,
) {
    let mut config = config;
    let mut problems = problems;
    apply_heading_level_attribute(&element, &mut config, &mut problems);
    for problem in &problems {
        gloo::console::warn!(format!("Support Triage configuration: {problem}"));
    }
    let bridge = Rc::new(InstanceBridge::new(element.clone()));
    let props = AppProps {
        config: Rc::new(config),
        config_problems: Rc::new(problems),
        prefill: Rc::new(prefill),
        bridge: bridge.clone(),
        instance: id,
    };
    let handle = yew::Renderer::<App>::with_root_and_props(element, props).render();
    INSTANCES.with(|instances| instances.borrow_mut().insert(id, Instance { handle, bridge }));
}

/// The configuration with the mount point's own top heading level (`data-heading-level`),
/// which wins over the configuration's: the host page knows where it placed the widget.
fn apply_heading_level_attribute(
    element: &Element,
    config: &mut Config,
    problems: &mut Vec<String>,
) {
    let Some(given) = element.get_attribute("data-heading-level") else { return };
    let highest = HighestHeading::LOWEST_ALLOWED;
    match given.trim().parse::<u8>() {
        Ok(level) if (1..=highest).contains(&level) => {
            config.heading_level = HighestHeading::new(level);
        }
        _ => problems.push(format!(
            "data-heading-level: expected a whole number from 1 to {highest}, got {given:?}; \
             the configured level is used"
        )),
    }
}

/// Mounts a widget into `element` with an optional configuration (JSON text) and options
/// (`{ prefill: { ... } }`). Returns the instance's id for `open`, `unmount` and
/// `currentDraft`. With neither a configuration nor a prefill the widget is there on return;
/// otherwise it appears once they have been read, a moment later.
#[wasm_bindgen(js_name = mount)]
pub fn mount_js(element: Element, config_json: Option<String>, options: Option<JsValue>) -> u32 {
    let id = next_instance_id();
    let given = options.and_then(|options| {
        let prefill = js_sys::Reflect::get(&options, &JsValue::from_str("prefill")).ok()?;
        if prefill.is_undefined() || prefill.is_null() {
            return None;
        }
        // Whatever the page passed, as JSON text; what is not JSON is reported by the reader.
        let text = js_sys::JSON::stringify(&prefill).ok().and_then(|text| text.as_string());
        Some(text.unwrap_or_else(|| "null".to_owned()))
    });
    let prefill = PrefillInput::of(&element, given);
    if config_json.is_none() && prefill.is_none() {
        mount_with_config(id, element, Config::built_in(), Prefill::default(), Vec::new());
    } else {
        mount_after_parsing(id, element, config_json, prefill);
    }
    id
}

/// Shows a place in a mounted widget: `"new-ticket"` (a new ticket with the page's prefill),
/// `"drafts"` or `"plan"`. False, with a warning in the console, for an unknown widget or
/// place, or a widget still reading its configuration.
#[wasm_bindgen(js_name = open)]
pub fn open_js(id: u32, place: &str) -> bool {
    let Some(place) = OpenPlace::from_name(place) else {
        gloo::console::warn!(format!(
            "Support Triage: cannot open {place:?}; the places are \"new-ticket\", \"drafts\" \
             and \"plan\""
        ));
        return false;
    };
    let opened = INSTANCES.with(|instances| {
        instances.borrow().get(&id).is_some_and(|instance| instance.bridge.open(place))
    });
    if !opened {
        gloo::console::warn!(format!("Support Triage: no mounted widget has the id {id}"));
    }
    opened
}

/// Removes a mounted widget. Its drafts stay saved. Unknown ids are ignored.
#[wasm_bindgen(js_name = unmount)]
pub fn unmount_js(id: u32) {
    // A widget still waiting for its configuration is never mounted.
    PENDING.with(|pending| pending.borrow_mut().remove(&id));
    if let Some(instance) = INSTANCES.with(|instances| instances.borrow_mut().remove(&id)) {
        instance.handle.destroy();
    }
}

/// The open draft of a mounted widget as ticket JSON (`docs/ticket-json.md`), if one is open.
#[wasm_bindgen(js_name = currentDraft)]
pub fn current_draft_js(id: u32) -> Option<String> {
    INSTANCES.with(|instances| {
        instances.borrow().get(&id).and_then(|instance| instance.bridge.open_draft_json())
    })
}
