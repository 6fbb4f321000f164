//! The app core: what the interface shows and how each user action changes it, as plain types
//! with named actions, built and tested natively. The interface (`ui`, wasm only) renders these
//! states and dispatches their actions; the autosave writes through [`document::write_unsaved`].

pub mod document;
pub mod plan;
pub mod state;
pub mod suggestions_announced;
