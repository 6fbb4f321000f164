//! Mounting the app into the page, and what the user sees if the app ever panics.

use wasm_bindgen::JsCast;

use crate::i18n::{Locale, Message};
use crate::ui::App;

/// The element the standalone page provides for the app.
const STANDALONE_MOUNT_ID: &str = "support-triage";

/// Mounts the app into `#support-triage`, or into `<body>` when the page has no such element.
pub fn mount_standalone() {
    install_panic_notice();
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let root = document
        .get_element_by_id(STANDALONE_MOUNT_ID)
        .or_else(|| document.body().map(|body| body.unchecked_into()));
    if let Some(root) = root {
        yew::Renderer::<App>::with_root(root).render();
    }
}

/// Replaces the default panic output (nothing visible, `panicked at` in the console) with a
/// readable notice in the app's own element. The notice is built from text nodes only.
fn install_panic_notice() {
    std::panic::set_hook(Box::new(|info| {
        gloo::console::error!(format!("Support Triage stopped: {info}"));
        let Some(document) = web_sys::window().and_then(|window| window.document()) else {
            return;
        };
        let Some(root) = document.query_selector(".st-root").ok().flatten() else {
            return;
        };
        let locale = Locale::English;
        root.set_text_content(None);
        for (tag, message) in [("h1", Message::PanicHeading), ("p", Message::PanicBody)] {
            if let Ok(element) = document.create_element(tag) {
                element.set_text_content(Some(locale.text(message)));
                let _ = root.append_child(&element);
            }
        }
        let _ = root.set_attribute("role", "alert");
    }));
}
