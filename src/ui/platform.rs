//! What the interface needs from the browser besides the DOM: the clock, fresh identifiers and
//! time-zone rules from `Intl`.

use std::cell::RefCell;
use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, MouseEvent};

use crate::domain::response::{UnknownTimeZone, ZoneRules};

/// The current time, from the browser's clock.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// A new draft identifier: the time in base 36 and random digits, unique enough for one browser.
pub fn new_id() -> String {
    let millis = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 2f64.powi(40)) as u64;
    format!("d{}{}", to_base36(millis), to_base36(random))
}

fn to_base36(mut value: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut text = Vec::new();
    loop {
        text.push(DIGITS[(value % 36) as usize]);
        value /= 36;
        if value == 0 {
            break;
        }
    }
    text.reverse();
    String::from_utf8(text).unwrap_or_default()
}

#[wasm_bindgen]
extern "C" {
    /// `Intl.DateTimeFormat(locales, options)`, which throws a `RangeError` for an unknown time
    /// zone: `catch` turns that into a value instead of an abort.
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat, catch)]
    fn date_time_format(
        locales: &JsValue,
        options: &JsValue,
    ) -> Result<Intl::DateTimeFormat, JsValue>;
}

/// Time-zone rules answered by the browser's own `Intl` data, so the wasm carries no time-zone
/// database. Formatters are cached per zone because creating one is the expensive part.
#[derive(Default)]
pub struct IntlZoneRules {
    formatters: RefCell<HashMap<String, Intl::DateTimeFormat>>,
}

impl IntlZoneRules {
    fn formatter(&self, time_zone: &str) -> Result<Intl::DateTimeFormat, UnknownTimeZone> {
        if let Some(formatter) = self.formatters.borrow().get(time_zone) {
            return Ok(formatter.clone());
        }
        let unknown = || UnknownTimeZone { time_zone: time_zone.to_owned() };
        let options = Object::new();
        for (key, value) in [
            ("timeZone", time_zone),
            ("hourCycle", "h23"),
            ("year", "numeric"),
            ("month", "numeric"),
            ("day", "numeric"),
            ("hour", "numeric"),
            ("minute", "numeric"),
            ("second", "numeric"),
        ] {
            Reflect::set(&options, &key.into(), &value.into()).map_err(|_| unknown())?;
        }
        let locales = Array::of1(&"en-US".into());
        let formatter = date_time_format(&locales, &options).map_err(|_| unknown())?;
        self.formatters.borrow_mut().insert(time_zone.to_owned(), formatter.clone());
        Ok(formatter)
    }
}

impl ZoneRules for IntlZoneRules {
    fn utc_offset_seconds(
        &self,
        time_zone: &str,
        at: DateTime<Utc>,
    ) -> Result<i32, UnknownTimeZone> {
        let formatter = self.formatter(time_zone)?;
        let unknown = || UnknownTimeZone { time_zone: time_zone.to_owned() };
        // Whole seconds only: Intl has no sub-second parts, and offsets are whole minutes.
        let whole_second = at.timestamp();
        let date = js_sys::Date::new(&JsValue::from_f64(whole_second as f64 * 1000.0));
        let parts = formatter.format_to_parts(&date);
        let mut fields = [0i64; 6];
        for part in parts.iter() {
            let kind = Reflect::get(&part, &"type".into()).ok().and_then(|v| v.as_string());
            let value = Reflect::get(&part, &"value".into()).ok().and_then(|v| v.as_string());
            let (Some(kind), Some(value)) = (kind, value) else { continue };
            let slot = match kind.as_str() {
                "year" => 0,
                "month" => 1,
                "day" => 2,
                "hour" => 3,
                "minute" => 4,
                "second" => 5,
                _ => continue,
            };
            fields[slot] = value.parse().map_err(|_| unknown())?;
        }
        let [year, month, day, hour, minute, second] = fields;
        let local_date =
            NaiveDate::from_ymd_opt(year as i32, month as u32, day as u32).ok_or_else(unknown)?;
        let local = local_date
            .and_hms_opt(hour as u32 % 24, minute as u32, second as u32)
            .ok_or_else(unknown)?
            .and_utc()
            .timestamp();
        i32::try_from(local - whole_second).map_err(|_| unknown())
    }
}

/// Offers `text` to the user as a downloaded file. Returns false when the browser refused.
pub fn download(file_name: &str, mime_type: &str, text: &str) -> bool {
    let parts = Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return false };
    let anchor = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.create_element("a").ok())
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let Some(anchor) = anchor else { return false };
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}

thread_local! {
    /// The date formatter of the locale in use, kept for the page's lifetime: building one is
    /// what costs (a `toLocaleString` call builds a new one each time), and the drafts list
    /// formats a date per row.
    static DATE_TIME_FORMATTER: RefCell<Option<(String, js_sys::Function)>> =
        const { RefCell::new(None) };
}

/// The `format` function of a medium-date, short-time formatter for `locale_tag`.
fn date_time_formatter(locale_tag: &str) -> Option<js_sys::Function> {
    let cached = DATE_TIME_FORMATTER.with(|cell| {
        cell.borrow()
            .as_ref()
            .filter(|(tag, _)| tag == locale_tag)
            .map(|(_, format)| format.clone())
    });
    if cached.is_some() {
        return cached;
    }
    let options = Object::new();
    Reflect::set(&options, &"dateStyle".into(), &"medium".into()).ok()?;
    Reflect::set(&options, &"timeStyle".into(), &"short".into()).ok()?;
    let formatter = date_time_format(&Array::of1(&locale_tag.into()), &options).ok()?;
    let format = formatter.format();
    DATE_TIME_FORMATTER
        .with(|cell| *cell.borrow_mut() = Some((locale_tag.to_owned(), format.clone())));
    Some(format)
}

/// A date and time in the user's locale and time zone, such as "21 Nov 2026, 09:30".
pub fn format_date_time(at: DateTime<Utc>, locale_tag: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
    date_time_formatter(locale_tag)
        .and_then(|format| format.call1(&JsValue::UNDEFINED, &date).ok())
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| at.to_rfc3339())
}

/// The locale to format dates and lists in: the browser's preferred one when it is a variant of
/// the interface language (so an English interface in Britain writes "24 November"), otherwise
/// the interface language itself.
pub fn user_locale_tag(interface_tag: &str) -> String {
    let preferred = web_sys::window()
        .map(|window| window.navigator().languages())
        .and_then(|languages| languages.get(0).as_string());
    match preferred {
        Some(tag)
            if tag
                .split(['-', '_'])
                .next()
                .unwrap_or_default()
                .eq_ignore_ascii_case(interface_tag) =>
        {
            tag
        }
        _ => interface_tag.to_owned(),
    }
}

/// Builds `new Intl[constructor](locale, options)`, or `None` when the browser lacks the
/// constructor or refuses the locale or options (it throws a `RangeError` for those).
fn intl_object(constructor: &str, locale_tag: &str, options: &[(&str, &str)]) -> Option<JsValue> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let constructor: js_sys::Function =
        Reflect::get(&intl, &constructor.into()).ok()?.dyn_into().ok()?;
    let option_object = Object::new();
    for (key, value) in options {
        Reflect::set(&option_object, &(*key).into(), &(*value).into()).ok()?;
    }
    let arguments = Array::of2(&Array::of1(&locale_tag.into()), &option_object);
    Reflect::construct(&constructor, &arguments).ok()
}

/// Calls `object.method(argument)` and reads the answer as text.
fn call_for_text(object: &JsValue, method: &str, argument: &JsValue) -> Option<String> {
    let function: js_sys::Function = Reflect::get(object, &method.into()).ok()?.dyn_into().ok()?;
    function.call1(object, argument).ok()?.as_string()
}

fn format_with(at: DateTime<Utc>, locale_tag: &str, options: &[(&str, &str)]) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
    intl_object("DateTimeFormat", locale_tag, options)
        .and_then(|formatter| call_for_text(&formatter, "format", &date))
        .unwrap_or_else(|| at.format("%Y-%m-%d %H:%M UTC").to_string())
}

/// A moment with its weekday, in the user's time zone: "Monday 24 November, 12:00" (the exact
/// form is the locale's).
pub fn format_weekday_date_time(at: DateTime<Utc>, locale_tag: &str) -> String {
    format_with(
        at,
        locale_tag,
        &[
            ("weekday", "long"),
            ("day", "numeric"),
            ("month", "long"),
            ("hour", "numeric"),
            ("minute", "2-digit"),
        ],
    )
}

/// A short moment for the ends of a timeline: "Mon 12:00".
pub fn format_short_weekday_time(at: DateTime<Utc>, locale_tag: &str) -> String {
    format_with(at, locale_tag, &[("weekday", "short"), ("hour", "numeric"), ("minute", "2-digit")])
}

/// The name of a language tag in the user's language ("ja" is "Japanese"), or the tag itself
/// when the browser cannot name it.
pub fn language_name(language_tag: &str, locale_tag: &str) -> String {
    intl_object("DisplayNames", locale_tag, &[("type", "language")])
        .and_then(|names| call_for_text(&names, "of", &language_tag.into()))
        .unwrap_or_else(|| language_tag.to_owned())
}

/// Items joined as the locale writes a list: "English and Japanese".
pub fn list_and(items: &[String], locale_tag: &str) -> String {
    let array = items.iter().map(|item| JsValue::from_str(item)).collect::<Array>();
    intl_object("ListFormat", locale_tag, &[("type", "conjunction")])
        .and_then(|format| call_for_text(&format, "format", &array))
        .unwrap_or_else(|| items.join(", "))
}

/// Puts `text` on the clipboard and reports whether the browser allowed it.
pub fn copy_to_clipboard(text: String, on_done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        on_done(false);
        return;
    };
    // Older browsers and insecure pages have no clipboard object at all.
    let navigator = window.navigator();
    let has_clipboard = Reflect::get(&navigator, &"clipboard".into())
        .map(|clipboard| !clipboard.is_undefined() && !clipboard.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        on_done(false);
        return;
    }
    let promise = navigator.clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        on_done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Selects the whole text of the element with this id, so the user can copy it by hand.
pub fn select_text_of(element_id: &str) {
    let Some(window) = web_sys::window() else { return };
    let element = window.document().and_then(|document| document.get_element_by_id(element_id));
    if let (Some(element), Ok(Some(selection))) = (element, window.get_selection()) {
        let _ = selection.select_all_children(&element);
    }
}

/// Prints the widget a click came from, and nothing of the page around it: the document is
/// marked while printing (`data-st-printing` on `<html>`, `data-st-print-target` on the widget)
/// and the print style sheet leaves out every element that is not the widget or around it. The
/// marks go when the browser says printing is over.
pub fn print_widget(event: &MouseEvent) {
    let Some(window) = web_sys::window() else { return };
    let widget = event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
        .and_then(|element| element.closest(".st-root").ok().flatten());
    let page = window.document().and_then(|document| document.document_element());
    if let (Some(widget), Some(page)) = (widget, page) {
        let _ = page.set_attribute("data-st-printing", "");
        let _ = widget.set_attribute("data-st-print-target", "");
        gloo::events::EventListener::once(&window, "afterprint", move |_| {
            let _ = page.remove_attribute("data-st-printing");
            let _ = widget.remove_attribute("data-st-print-target");
        })
        .forget();
    }
    if let Err(error) = window.print() {
        gloo::console::warn!(format!("Support Triage could not open printing: {error:?}"));
    }
}

/// Text made safe for a URL's query, as `encodeURIComponent` does.
pub fn encode_uri_component(text: &str) -> String {
    String::from(js_sys::encode_uri_component(text))
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|window| window.navigator().languages())
        .map(|languages| languages.iter().filter_map(|tag| tag.as_string()).collect())
        .unwrap_or_default()
}
