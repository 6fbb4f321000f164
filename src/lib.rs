//! Support Triage: prepare one support ticket per problem and plan your organisation's support.
//!
//! Everything lives in the library so tests can import it; `main.rs` only mounts the app.
//! Layers, each importing only the ones below it: [`ui`] (wasm only) → [`app`] → [`store`] →
//! [`domain`] → [`i18n`]. See `ARCHITECTURE.md`.

pub mod app;
pub mod domain;
pub mod i18n;
pub mod store;
#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
mod mount;
