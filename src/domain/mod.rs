//! The decisions the product makes, as plain Rust.
//!
//! Nothing in this module tree may import `web-sys`, `js-sys`, `wasm-bindgen` or `yew`: the
//! domain is tested natively with `cargo test`, and a native test that touches a web API panics.
//! Every function here must return an error value instead of panicking on user, stored or
//! configured data.

pub mod config;
pub mod export;
pub mod helpdesk;
pub mod knowledge;
pub mod localised_text;
pub mod markdown;
pub mod plan;
pub mod plan_edit;
pub mod plan_markdown;
pub mod prefill;
pub mod request;
pub mod response;
pub mod rfc3339;
pub mod routing;
pub mod severity;
pub mod split;
pub mod ticket;
pub mod ticket_edit;
