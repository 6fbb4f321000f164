//! Every access to persistent storage goes through this module.
//!
//! The app talks to a [`StorageBackend`]: the browser's `localStorage` in the app
//! ([`browser::BrowserBackend`], wasm only) or [`MemoryBackend`] when the browser refuses storage
//! and in native tests. Failures are values ([`StorageError`]), never panics, so the UI can tell
//! the user what happened and keep the text in memory.

#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod drafts;
pub mod migrate;
pub mod plan;
pub mod quarantine;
pub mod record;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;

/// Why a storage operation failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// The browser has no storage for us (disabled, sandboxed frame, or `null`).
    Unavailable(String),
    /// The write did not fit in the origin's quota.
    QuotaExceeded,
    /// Any other failure the browser reported.
    Other(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable(detail) => write!(formatter, "storage unavailable: {detail}"),
            StorageError::QuotaExceeded => write!(formatter, "storage quota exceeded"),
            StorageError::Other(detail) => write!(formatter, "storage error: {detail}"),
        }
    }
}

/// A string key-value store. Implementations never panic.
pub trait StorageBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// Every key currently stored, in no particular order.
    fn keys(&self) -> Result<Vec<String>, StorageError>;
    /// True when data survives closing the page.
    fn is_persistent(&self) -> bool;
}

/// Storage that lives as long as the page: the fallback when the browser refuses storage, and
/// the backend of native tests.
#[derive(Debug, Default)]
pub struct MemoryBackend {
    entries: RefCell<BTreeMap<String, String>>,
}

impl StorageBackend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.entries.borrow_mut().insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.entries.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.entries.borrow().keys().cloned().collect())
    }

    fn is_persistent(&self) -> bool {
        false
    }
}

/// Keys of one app instance, all under a namespace prefix so that other apps on the same origin
/// (and other instances of this widget) never collide with ours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Namespace {
    prefix: String,
}

impl Namespace {
    pub fn new(prefix: &str) -> Self {
        Namespace { prefix: prefix.to_owned() }
    }

    pub fn key(&self, name: &str) -> String {
        format!("{}:{}", self.prefix, name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_backend_stores_lists_and_removes() {
        let backend = MemoryBackend::default();
        let namespace = Namespace::new("support-triage");
        let key = namespace.key("scratch");
        assert_eq!(key, "support-triage:scratch");
        assert_eq!(backend.get(&key), Ok(None));
        backend.set(&key, "<b>hello</b>").unwrap();
        assert_eq!(backend.get(&key), Ok(Some("<b>hello</b>".to_owned())));
        assert_eq!(backend.keys(), Ok(vec![key.clone()]));
        backend.remove(&key).unwrap();
        assert_eq!(backend.get(&key), Ok(None));
        assert!(!backend.is_persistent());
    }
}
