//! Browser tests: the real `localStorage` backend and the mounted app, in headless browsers.
//! Run by `cargo xtask test` in Chromium, Firefox and WebKit.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use support_triage::store::browser::BrowserBackend;
use support_triage::store::{Namespace, StorageBackend, StorageError};
use support_triage::ui::App;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|window| window.document()).expect("a browser test has a document")
}

#[wasm_bindgen_test]
fn browser_backend_round_trips_text_under_our_namespace() {
    let backend = BrowserBackend::open().expect("test browsers allow localStorage");
    let key = Namespace::new("support-triage-test").key("round-trip");
    let hostile = "<script>alert(1)</script> \u{202E}zero\u{200B}width 한국어 中文";
    backend.set(&key, hostile).expect("a small write fits");
    assert_eq!(backend.get(&key), Ok(Some(hostile.to_owned())));
    assert!(backend.keys().expect("keys are listable").contains(&key));
    backend.remove(&key).expect("remove works");
    assert_eq!(backend.get(&key), Ok(None));
    assert!(backend.is_persistent());
}

/// Waits until the element at `selector` in `host` reads `expected`, for at most five seconds,
/// and returns what it reads then. A fixed pause failed on a busy machine in WebKit.
async fn text_when_rendered(host: &web_sys::Element, selector: &str, expected: &str) -> String {
    let mut text = String::new();
    for _ in 0..250 {
        text = host
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|element| element.text_content())
            .unwrap_or_default();
        if text == expected {
            break;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
    text
}

#[wasm_bindgen_test]
async fn app_mounts_and_shows_the_landing_heading() {
    let host = document().create_element("div").expect("a div can be created");
    document().body().expect("the test page has a body").append_child(&host).expect("append");
    let _handle = yew::Renderer::<App>::with_root(host.clone()).render();
    assert_eq!(text_when_rendered(&host, ".st-root h1", "Support Triage").await, "Support Triage");
    let buttons = host.query_selector_all("button").expect("buttons can be queried");
    let labels: Vec<String> = (0..buttons.length())
        .filter_map(|index| buttons.item(index).and_then(|button| button.text_content()))
        .map(|label| label.trim().to_owned())
        .collect();
    assert!(labels.contains(&"Start a new ticket".to_owned()), "{labels:?}");
    assert!(labels.contains(&"Open the support plan".to_owned()), "{labels:?}");
}

/// A ticket whose critical target runs on a business calendar: the ready page says "business
/// hours" and the timeline shades the hours support is closed.
#[wasm_bindgen_test]
async fn ready_page_shades_closed_hours_for_a_business_hours_target() {
    use std::rc::Rc;

    use chrono::NaiveTime;
    use support_triage::domain::config::Config;
    use support_triage::domain::request::{RequestKind, SupportContract, TenantSize};
    use support_triage::domain::response::{BusinessCalendar, Clock, OpeningHours};
    use support_triage::domain::severity::{
        BusinessImpact, ImpactAnswers, Scope, Usability, Workaround,
    };
    use support_triage::domain::ticket::Ticket;
    use support_triage::store::drafts::DraftStore;
    use support_triage::ui::AppProps;

    let time = |hour| NaiveTime::from_hms_opt(hour, 0, 0).expect("a valid time");
    let weekday = || vec![OpeningHours { opens: time(9), closes: time(17) }];
    let mut config = Config::built_in();
    config.storage_prefix = "support-triage-test-business-hours".to_owned();
    config.calendars.insert(
        "office".to_owned(),
        BusinessCalendar {
            time_zone: "UTC".to_owned(),
            weekly: [weekday(), weekday(), weekday(), weekday(), weekday(), vec![], vec![]],
            closed_dates: Vec::new(),
        },
    );
    config.policies.professional.critical.clock = Clock::Business { calendar: "office".into() };

    let now = support_triage::ui::platform::now();
    let mut ticket = Ticket::new_draft("business-hours-ticket", now);
    ticket.title = "Portal unreachable".to_owned();
    ticket.description = "Every sign-in times out.".to_owned();
    ticket.request_kind = Some(RequestKind::Technical);
    ticket.support_contract = Some(SupportContract::Professional);
    ticket.details.tenant_size = Some(TenantSize::HundredOrMore);
    ticket.impact = ImpactAnswers {
        usability: Some(Usability::Unusable),
        scope: Some(Scope::ManyUsersOrServices),
        business_impact: Some(BusinessImpact::SevereOrDeadlineAtRisk),
        workaround: Some(Workaround::NoWorkaround),
    };
    ticket.details.contact.email = "it-admin@example.com".to_owned();
    let backend: Rc<dyn StorageBackend> =
        Rc::new(BrowserBackend::open().expect("test browsers allow localStorage"));
    let store = DraftStore::new(backend, Namespace::new(&config.storage_prefix));
    let _ = store.delete(&ticket.id);
    store.create(&ticket, now).expect("the draft is stored");
    store.write_position("ready", Some(&ticket.id)).expect("the position is stored");

    let host = document().create_element("div").expect("a div can be created");
    document().body().expect("the test page has a body").append_child(&host).expect("append");
    let props = AppProps { config: Rc::new(config), ..AppProps::default() };
    let handle =
        yew::Renderer::<support_triage::ui::App>::with_root_and_props(host.clone(), props).render();
    let heading = "Your ticket is ready to file";
    assert_eq!(text_when_rendered(&host, ".st-root h1", heading).await, heading);

    let text_of = |selector: &str| {
        host.query_selector(selector)
            .ok()
            .flatten()
            .and_then(|element| element.text_content())
            .unwrap_or_default()
    };
    assert_eq!(text_of(".st-root h1"), "Your ticket is ready to file");
    assert!(
        text_of(".st-response__expected").ends_with("within 2 business hours"),
        "{}",
        text_of(".st-response__expected")
    );
    let count = |selector: &str| {
        host.query_selector_all(selector).map(|list| list.length()).unwrap_or_default()
    };
    assert_eq!(count("svg[role='img'] .st-timeline__closed"), 1);
    assert!(count("svg[role='img'] .st-timeline__open") >= 1);
    let label = host
        .query_selector("svg[role='img']")
        .ok()
        .flatten()
        .and_then(|svg| svg.get_attribute("aria-label"))
        .unwrap_or_default();
    assert!(label.contains("closed hours are shaded"), "{label}");
    assert!(text_of(".st-timeline__legend").contains("Support closed"));

    handle.destroy();
    let _ = store.delete(&ticket.id);
}

#[wasm_bindgen_test]
fn filling_the_origin_to_its_quota_is_reported_as_a_value() {
    let backend = BrowserBackend::open().expect("test browsers allow localStorage");
    // Browsers give an origin 5 to 10 MB; 64 writes of a million characters always exceed it.
    let chunk = "x".repeat(1 << 20);
    let mut written = Vec::new();
    let mut outcome = Ok(());
    for index in 0..64 {
        let key = Namespace::new("support-triage-quota").key(&index.to_string());
        outcome = backend.set(&key, &chunk);
        written.push(key);
        if outcome.is_err() {
            break;
        }
    }
    for key in &written {
        backend.remove(key).expect("cleaning up works");
    }
    assert_eq!(outcome, Err(StorageError::QuotaExceeded));
    // After the failure the store works again.
    let key = Namespace::new("support-triage-quota").key("after");
    backend.set(&key, "small").expect("a small write fits again");
    backend.remove(&key).expect("cleaning up works");
}

#[wasm_bindgen_test]
fn a_throwing_local_storage_getter_is_reported_as_unavailable() {
    let window: js_sys::Object = web_sys::window().expect("a window").unchecked_into();
    let name = JsValue::from_str("localStorage");
    let original =
        js_sys::Reflect::get_own_property_descriptor(&window, &name).expect("descriptor readable");
    let descriptor = js_sys::Object::new();
    let getter = js_sys::Function::new_no_args(
        "throw new DOMException('The operation is insecure.', 'SecurityError');",
    );
    js_sys::Reflect::set(&descriptor, &"get".into(), &getter).expect("descriptor");
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE).expect("descriptor");
    js_sys::Reflect::define_property(&window, &name, &descriptor).expect("redefinable");

    let opened = BrowserBackend::open();

    if original.is_undefined() {
        js_sys::Reflect::delete_property(&window, &name).expect("restore");
    } else {
        js_sys::Reflect::define_property(&window, &name, original.unchecked_ref())
            .expect("restore");
    }
    assert!(matches!(opened, Err(StorageError::Unavailable(_))), "{:?}", opened.err());
    assert!(BrowserBackend::open().is_ok(), "the real storage is back");
}
