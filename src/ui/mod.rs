//! The Yew interface: function components, one per file. Components render; the domain decides.

mod app;
mod landing;
mod plan_placeholder;
mod problem_title_step;
mod save_status;
mod state;

pub use app::App;
pub use state::{AppAction, AppState, Screen};

use yew::prelude::*;

use crate::i18n::{Locale, Message};

/// The interface language, provided at the root so every component reads the same one.
pub type LocaleContext = Locale;

/// The text of `message` in the current language.
#[hook]
pub fn use_text() -> impl Fn(Message) -> &'static str {
    let locale = use_context::<LocaleContext>().unwrap_or(Locale::English);
    move |message| locale.text(message)
}
