//! The language control, visible on every screen. Switching changes only the interface: the
//! open draft and everything typed stay as they are.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::context::{use_dom_id, use_locale, use_services, use_text, LocaleSetter};
use crate::i18n::{Locale, Message};

#[function_component(LanguageSwitcher)]
pub fn language_switcher() -> Html {
    let text = use_text();
    let locale = use_locale();
    let services = use_services();
    let set_locale = use_context::<LocaleSetter>();
    let select_id = use_dom_id("st-language");
    if Locale::ALL.len() < 2 {
        return html! {};
    }
    let on_change = Callback::from(move |event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        let Some(chosen) = Locale::from_tag(&select.value()) else { return };
        if let Err(error) = services.store.write_preference("locale", chosen.tag()) {
            gloo::console::warn!(format!(
                "Support Triage could not remember the language: {error}"
            ));
        }
        if let Some(set_locale) = &set_locale {
            set_locale.emit(chosen);
        }
    });
    html! {
        <div class="st-language">
            <label class="st-language__label" for={select_id.clone()}>{ text(Message::LanguageLabel) }</label>
            <select id={select_id} class="st-select st-select--small" onchange={on_change}>
                { for Locale::ALL.iter().map(|option| html! {
                    <option value={option.tag()} lang={option.tag()} selected={*option == locale}>
                        { option.native_name() }
                    </option>
                }) }
            </select>
        </div>
    }
}
