//! The language control, visible on every screen. Switching changes only the interface: the
//! open draft and everything typed stay as they are.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::context::{use_dom_id, use_locale, use_services, use_text, AppControls};
use crate::i18n::{LanguageUnavailable, Locale, Message};

#[function_component(LanguageSwitcher)]
pub fn language_switcher() -> Html {
    let text = use_text();
    let locale = use_locale();
    let services = use_services();
    let set_locale = use_context::<AppControls>().map(|controls| controls.set_locale);
    let select_id = use_dom_id("st-language");
    let error_id = use_dom_id("st-language-error");
    // Set when the chosen language's texts could not be fetched; cleared by the next choice.
    let failed = use_state(|| false);
    if Locale::ALL.len() < 2 {
        return html! {};
    }
    let on_change = {
        let failed = failed.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            let Some(chosen) = Locale::from_tag(&select.value()) else { return };
            let Some(set_locale) = set_locale.clone() else { return };
            let services = services.clone();
            let failed = failed.clone();
            // Another language's texts may have to be fetched first; the switch happens once
            // they are here, so no screen shows half in one language and half in another.
            let switch = move |result: Result<(), LanguageUnavailable>| match result {
                Ok(()) => {
                    failed.set(false);
                    if let Err(error) = services.store.write_preference("locale", chosen.tag()) {
                        gloo::console::warn!(format!(
                            "Support Triage could not remember the language: {error}"
                        ));
                    }
                    set_locale.set(chosen);
                }
                Err(LanguageUnavailable) => failed.set(true),
            };
            if chosen.is_ready() {
                switch(Ok(()));
            } else {
                let select = select.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let result = chosen.load().await;
                    if result.is_err() {
                        // Show the language still in use, not the one that did not arrive.
                        select.set_value(locale.tag());
                    }
                    switch(result);
                });
            }
        })
    };
    html! {
        <div class="st-language">
            <label class="st-language__label" for={select_id.clone()}>{ text(Message::LanguageLabel) }</label>
            <select id={select_id} class="st-select st-select--small" onchange={on_change}
                aria-describedby={failed.then(|| error_id.clone())}>
                { for Locale::ALL.iter().map(|option| html! {
                    <option value={option.tag()} lang={option.tag()} selected={*option == locale}>
                        { option.native_name() }
                    </option>
                }) }
            </select>
            if *failed {
                <p id={error_id} class="st-language__error" role="alert">
                    { text(Message::LanguageLoadFailed) }
                </p>
            }
        </div>
    }
}
