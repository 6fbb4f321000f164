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

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;
use yew::AppHandle;

use crate::domain::config::{parse_config, Config, HighestHeading};
use crate::mount::install_panic_notice;
use crate::ui::{App, AppProps, InstanceBridge};

/// The attribute that marks a mount point in a host page.
const MOUNT_ATTRIBUTE: &str = "data-support-triage";
/// The element the standalone page provides.
const STANDALONE_MOUNT_ID: &str = "support-triage";

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
            mount_with_config(next_instance_id(), element, Config::built_in(), Vec::new());
        }
        return;
    }
    for element in marked {
        mount_from_attributes(element);
    }
}

/// Reads the element's configuration attributes, then mounts.
fn mount_from_attributes(element: Element) {
    let id = next_instance_id();
    if let Some(url) = element.get_attribute("data-config-url") {
        wasm_bindgen_futures::spawn_local(async move {
            let (config, problems) = match fetch_text(&url).await {
                Ok(text) => parse_configuration(text).await,
                Err(why) => (
                    Config::built_in(),
                    vec![format!("data-config-url: could not load \"{url}\": {why}")],
                ),
            };
            mount_with_config(id, element, config, problems);
        });
        return;
    }
    match element.get_attribute("data-config") {
        None => mount_with_config(id, element, Config::built_in(), Vec::new()),
        Some(selector) => match inline_config_text(&selector) {
            Ok(text) => mount_after_parsing(id, element, text),
            Err(why) => mount_with_config(
                id,
                element,
                Config::built_in(),
                vec![format!("data-config: {why}")],
            ),
        },
    }
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
/// so it can cross from the split module that holds the parser.
type ConfigurationParser = fn(&str) -> (Config, Vec<String>);

/// The parser's module could not be fetched.
struct ParserUnavailable;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for ParserUnavailable {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        ParserUnavailable
    }
}

// Most pages never configure the widget, so the parser (and the JSON walking behind it) is
// fetched only by pages that do.
#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(configuration, fallible))]
fn configuration_parser() -> Result<ConfigurationParser, ParserUnavailable> {
    Ok(config_from_text)
}

/// Parses configuration text, fetching the parser first when it is split off. When it cannot
/// be fetched the widget runs on the built-in configuration and says why.
async fn parse_configuration(text: String) -> (Config, Vec<String>) {
    #[cfg(feature = "split")]
    let parser = configuration_parser().await;
    #[cfg(not(feature = "split"))]
    let parser = configuration_parser();
    match parser {
        Ok(parse) => parse(&text),
        Err(ParserUnavailable) => (
            Config::built_in(),
            vec!["the configuration could not be read: the code that reads it could not be \
                 fetched, so the built-in configuration is in use"
                .to_owned()],
        ),
    }
}

/// Parses `text`, then mounts instance `id`, unless the page unmounted it in the meantime.
fn mount_after_parsing(id: u32, element: Element, text: String) {
    PENDING.with(|pending| pending.borrow_mut().insert(id));
    wasm_bindgen_futures::spawn_local(async move {
        let (config, problems) = parse_configuration(text).await;
        if PENDING.with(|pending| pending.borrow_mut().remove(&id)) {
            mount_with_config(id, element, config, problems);
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

fn mount_with_config(id: u32, element: Element, config: Config, problems: Vec<String>) {
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

/// Mounts a widget into `element` with an optional configuration (JSON text). Returns the
/// instance's id for `unmount` and `currentDraft`. Without a configuration the widget is there
/// on return; with one it appears once the configuration has been read, a moment later.
#[wasm_bindgen(js_name = mount)]
pub fn mount_js(element: Element, config_json: Option<String>) -> u32 {
    let id = next_instance_id();
    match config_json {
        Some(text) => mount_after_parsing(id, element, text),
        None => mount_with_config(id, element, Config::built_in(), Vec::new()),
    }
    id
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
