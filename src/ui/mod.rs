//! The Yew interface: function components, one per file. Components render; the domain decides.

mod app;
pub mod autosave;
mod bridge;
mod checkbox;
mod config_problems;
pub mod context;
pub mod crash;
mod document_notices;
mod drafts;
mod flow;
mod labels;
mod landing;
mod language_switcher;
mod lazy;
pub mod plan;
pub mod platform;
mod ready;
mod save_status;
mod select_field;
mod severity_badge;
mod severity_reasons;
mod timeline;
mod widgets;

pub use app::{first_locale, App, AppProps};
pub use bridge::{InstanceBridge, OpenPlace};
