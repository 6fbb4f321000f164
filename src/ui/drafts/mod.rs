//! The drafts screen and its parts.

mod cleanup;
mod list;
mod pagination;
mod tools;

pub use list::DraftsScreen;

use crate::domain::ticket::Ticket;
use crate::ui::context::ServicesContext;

/// Deletes drafts from storage and returns the ones deleted, so the deletion can be undone.
fn delete_drafts<'a>(
    services: &ServicesContext,
    ids: impl Iterator<Item = &'a str>,
) -> Vec<Ticket> {
    ids.filter_map(|id| {
        let stored = services.store.load(id).ok().flatten()?;
        services.store.delete(id).ok()?;
        Some(stored.record)
    })
    .collect()
}
