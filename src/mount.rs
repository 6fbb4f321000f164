//! What the user sees if the app ever panics.

use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::{Locale, Message};
use crate::ui::crash::open_draft_json;

/// Replaces the default panic output (nothing visible, `panicked at` in the console) with a
/// readable notice in the app's own element, with the open draft offered for download. The
/// notice uses text nodes and element properties only: the panic may have come from a page
/// that broke `setAttribute` or `innerHTML`, and the notice must still appear.
///
/// Yew replaces any hook set with `std::panic::set_hook` when it renders, so the hook goes
/// through `yew::set_custom_panic_hook`.
pub(crate) fn install_panic_notice() {
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo::console::error!(format!("Support Triage stopped after an internal error: {info}"));
        let Some(document) = web_sys::window().and_then(|window| window.document()) else {
            return;
        };
        let Ok(roots) = document.query_selector_all(".st-root") else { return };
        let locale = Locale::English;
        let draft = open_draft_json();
        for index in 0..roots.length() {
            let Some(root) =
                roots.item(index).and_then(|node| node.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            root.set_text_content(None);
            let notice = document.create_element("div").ok();
            let Some(notice) = notice else {
                root.set_text_content(Some(locale.text(Message::PanicBody)));
                continue;
            };
            notice.set_class_name("st-notice st-notice--important st-crash");
            for (tag, message) in [("h1", Message::PanicHeading), ("p", Message::PanicBody)] {
                if let Ok(element) = document.create_element(tag) {
                    element.set_text_content(Some(locale.text(message)));
                    let _ = notice.append_child(&element);
                }
            }
            if let Some((id, json)) = &draft {
                if let Some(link) = download_link(&document, id, json) {
                    link.set_text_content(Some(locale.text(Message::PanicDownloadDraft)));
                    let _ = notice.append_child(&link);
                }
            }
            let _ = root.append_child(&notice);
        }
    }));
}

fn download_link(
    document: &web_sys::Document,
    id: &str,
    json: &str,
) -> Option<web_sys::HtmlAnchorElement> {
    let parts = js_sys::Array::of1(&JsValue::from_str(json));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link = document.create_element("a").ok()?.dyn_into::<web_sys::HtmlAnchorElement>().ok()?;
    link.set_href(&url);
    link.set_download(&format!("support-ticket-{id}.json"));
    link.set_class_name("st-button st-button--secondary");
    Some(link)
}
