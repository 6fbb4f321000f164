//! The `localStorage` backend. The only code in the app that touches `window.localStorage`.

use wasm_bindgen::JsValue;
use web_sys::Storage;

use super::{StorageBackend, StorageError};

/// `window.localStorage`, opened once. Every call turns a thrown exception into a value.
pub struct BrowserBackend {
    storage: Storage,
}

impl BrowserBackend {
    /// Opens `localStorage`, or says why it cannot be used. Reading the property itself throws
    /// in sandboxed frames and when storage is disabled; it may also be `null`.
    pub fn open() -> Result<Self, StorageError> {
        let window = web_sys::window()
            .ok_or_else(|| StorageError::Unavailable("no window object".to_owned()))?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(BrowserBackend { storage }),
            Ok(None) => Err(StorageError::Unavailable("localStorage is null".to_owned())),
            Err(error) => Err(StorageError::Unavailable(describe(&error))),
        }
    }
}

impl StorageBackend for BrowserBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage.get_item(key).map_err(|error| StorageError::Other(describe(&error)))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage.set_item(key, value).map_err(|error| classify_write_error(&error))
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage.remove_item(key).map_err(|error| StorageError::Other(describe(&error)))
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let length =
            self.storage.length().map_err(|error| StorageError::Other(describe(&error)))?;
        let mut keys = Vec::with_capacity(length as usize);
        for index in 0..length {
            if let Some(key) =
                self.storage.key(index).map_err(|error| StorageError::Other(describe(&error)))?
            {
                keys.push(key);
            }
        }
        Ok(keys)
    }

    fn is_persistent(&self) -> bool {
        true
    }
}

/// Browsers name the quota error differently (Chromium and WebKit `QuotaExceededError`, older
/// Firefox `NS_ERROR_DOM_QUOTA_REACHED`); both mean the same thing to the user.
fn classify_write_error(error: &JsValue) -> StorageError {
    let name = js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|value| value.as_string())
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StorageError::QuotaExceeded
    } else {
        StorageError::Other(describe(error))
    }
}

fn describe(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &JsValue::from_str("message"))
        .ok()
        .and_then(|value| value.as_string())
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}
