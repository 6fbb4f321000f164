//! Support Triage: prepare one support ticket per problem and plan your organisation's support.
//!
//! Everything lives in the library so tests can import it; `main.rs` only mounts the app.

pub mod domain;
