//! The Yew interface: function components, one per file. Components render; the domain decides.

mod app;
mod autosave;
mod checkbox;
pub mod context;
mod drafts;
mod flow;
mod labels;
mod landing;
mod plan_placeholder;
pub mod platform;
mod ready;
mod save_status;
mod select_field;
mod severity_badge;
mod severity_reasons;
pub mod state;
mod timeline;
mod widgets;

pub use app::{App, AppProps};
