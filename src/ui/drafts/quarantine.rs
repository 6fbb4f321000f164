//! Records that could not be read: their raw text can be viewed and downloaded, never lost.

use yew::prelude::*;

use crate::i18n::Message;
use crate::ui::context::{use_app, use_text};
use crate::ui::platform::download;

/// Records that could not be read: their raw text can be viewed and downloaded, never lost.
#[function_component(QuarantinedList)]
pub fn quarantined_list() -> Html {
    let text = use_text();
    let app = use_app();
    if app.quarantined.is_empty() {
        return html! {};
    }
    html! {
        <section class="st-quarantine" aria-labelledby="st-quarantine-heading">
            <h2 id="st-quarantine-heading" class="st-heading-m">{ text(Message::QuarantineHeading) }</h2>
            <p class="st-body">{ text(Message::QuarantineBody) }</p>
            <ul class="st-list">
                { for app.quarantined.iter().enumerate().map(|(index, record)| {
                    let raw = record.raw.clone();
                    let on_download = Callback::from(move |_: MouseEvent| {
                        download(&format!("unreadable-draft-{}.txt", index + 1), "text/plain", &raw);
                    });
                    html! {
                        <li class="st-quarantine__item">
                            <p><strong>{ text(Message::QuarantineCouldNotBeRead) }</strong>{ " " }{ &record.reason }</p>
                            <details>
                                <summary>{ text(Message::QuarantineShowText) }</summary>
                                <pre class="st-raw-text">{ &record.raw }</pre>
                            </details>
                            <button type="button" class="st-button st-button--secondary st-button--small" onclick={on_download}>
                                { text(Message::QuarantineDownload) }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
