//! One revisioned record store, shared by the drafts and the support plan.
//!
//! Every record is kept under its own key in an envelope:
//!
//! ```json
//! {"revision": 3, "schema": "support-triage/draft", "version": 1, "saved_at": "...", "ticket": {...}}
//! ```
//!
//! The record's field name (`ticket`, `plan`), schema and version come from its [`Record`]
//! implementation. [`Revisioned`] owns everything around the record: reading and checking the
//! envelope, migrations (through [`Record::read`]), revisions, conflicts with other tabs and
//! quarantine. Its rules hold for every kind of record:
//!
//! - A write never replaces a newer revision: [`Revisioned::save`] refuses with
//!   [`SaveError::Conflict`] and writes nothing.
//! - A record that cannot be read is set aside under a quarantine key before anything is
//!   written in its place, and never deleted. When it cannot be set aside, nothing is written.
//! - Stored numbers are outside data: a revision beyond [`MAX_REVISION`] makes the record
//!   unreadable instead of overflowing.

use std::fmt;
use std::marker::PhantomData;
use std::rc::Rc;

use chrono::{DateTime, Utc};
use serde::de::{DeserializeOwned, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use serde_json::value::RawValue;

use super::quarantine::{self, QuarantineReason, QuarantinedRecord, RecordKind, UnreadableReason};
use super::{Namespace, StorageBackend, StorageError};

/// The largest revision a stored record may carry: the largest integer JavaScript numbers hold
/// exactly, so any reader of the stored JSON sees the same value. A record claiming more is
/// unreadable.
pub const MAX_REVISION: u64 = (1 << 53) - 1;

/// A kind of record kept in a revisioned envelope.
pub trait Record: Clone + Serialize + DeserializeOwned {
    /// What the record is, for the quarantine list.
    const KIND: RecordKind;
    /// The schema name written into the envelope.
    const SCHEMA: &'static str;
    /// The newest envelope version this release writes and reads.
    const VERSION: u32;
    /// The envelope field that holds the record.
    const FIELD: &'static str;
    /// The record's key inside the namespace is this prefix and its name.
    const KEY_PREFIX: &'static str;

    /// Reads the record out of an envelope of `version` (at most [`Record::VERSION`]) stored
    /// under `name`. Migrations of older versions belong here.
    fn read(raw: &str, version: u32, name: &str) -> Result<Self, UnreadableReason> {
        let _ = (version, name);
        serde_json::from_str(raw).map_err(|error| UnreadableReason::Invalid(error.to_string()))
    }
}

/// A record as read from storage, with the revision that was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored<T> {
    pub record: T,
    pub revision: u64,
}

/// What one key holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot<T> {
    Empty,
    Readable(Stored<T>),
    Unreadable { raw: String, reason: UnreadableReason },
}

/// A write that happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub revision: u64,
    /// The unreadable text that stood where the record was written, now set aside.
    pub quarantined: Option<QuarantinedRecord>,
}

/// Why a save did not happen. Nothing was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError<T> {
    /// Another tab saved a newer revision after this one read; `theirs` is what is stored now.
    Conflict {
        theirs: Box<Stored<T>>,
    },
    /// The record was removed (for example in another tab) after this one read it.
    Deleted,
    Storage(StorageError),
}

impl<T> SaveError<T> {
    /// True when storage is full, the one failure the user can do something about.
    pub fn is_quota(&self) -> bool {
        matches!(self, SaveError::Storage(StorageError::QuotaExceeded))
    }
}

impl<T> fmt::Display for SaveError<T> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::Conflict { .. } => formatter.write_str("another tab saved a newer version"),
            SaveError::Deleted => formatter.write_str("the record was deleted elsewhere"),
            SaveError::Storage(error) => write!(formatter, "{error}"),
        }
    }
}

impl<T> From<StorageError> for SaveError<T> {
    fn from(error: StorageError) -> Self {
        SaveError::Storage(error)
    }
}

/// The envelope as written; field order puts the revision first for a reader of the raw text.
struct EnvelopeOut<'a, T> {
    revision: u64,
    saved_at: DateTime<Utc>,
    record: &'a T,
}

impl<T: Record> Serialize for EnvelopeOut<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut envelope = serializer.serialize_struct("Envelope", 5)?;
        envelope.serialize_field("revision", &self.revision)?;
        envelope.serialize_field("schema", T::SCHEMA)?;
        envelope.serialize_field("version", &T::VERSION)?;
        envelope.serialize_field("saved_at", &self.saved_at)?;
        envelope.serialize_field(T::FIELD, self.record)?;
        envelope.end()
    }
}

/// The envelope's fields as raw text, the record's field chosen by name at run time. Read in one
/// pass; the record itself is parsed only once the header says it can be.
struct EnvelopeFields<'a> {
    record_field: &'static str,
    schema: Option<&'a RawValue>,
    version: Option<&'a RawValue>,
    revision: Option<&'a RawValue>,
    record: Option<&'a RawValue>,
}

impl<'de> Visitor<'de> for EnvelopeFields<'de> {
    type Value = EnvelopeFields<'de>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<Self::Value, A::Error> {
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            let slot = match key.as_ref() {
                "schema" => &mut self.schema,
                "version" => &mut self.version,
                "revision" => &mut self.revision,
                name if name == self.record_field => &mut self.record,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                    continue;
                }
            };
            *slot = Some(map.next_value()?);
        }
        Ok(self)
    }
}

/// Reads an envelope of any known version: the header first, then the record through
/// [`Record::read`].
pub fn read_envelope<T: Record>(raw: &str, name: &str) -> Result<Stored<T>, UnreadableReason> {
    let empty = EnvelopeFields {
        record_field: T::FIELD,
        schema: None,
        version: None,
        revision: None,
        record: None,
    };
    let mut deserializer = serde_json::Deserializer::from_str(raw);
    let fields = deserializer
        .deserialize_map(empty)
        .and_then(|fields| deserializer.end().map(|()| fields))
        .map_err(|error| UnreadableReason::NotJson(error.to_string()))?;

    // The header's values are read from their JSON text without a parser of their own: a
    // schema is a plain string and numbers are plain digits in every envelope this app
    // writes; anything else fails the checks below and the record is set aside.
    let schema = fields.schema.map_or("", RawValue::get);
    let schema = schema.strip_prefix('"').and_then(|rest| rest.strip_suffix('"')).unwrap_or(schema);
    if schema != T::SCHEMA {
        return Err(UnreadableReason::WrongSchema(shorten(schema)));
    }
    let version = match fields.version.map(RawValue::get) {
        None => 0,
        Some(text) => text
            .parse::<u32>()
            .map_err(|_| UnreadableReason::Invalid(format!("version {}", shorten(text))))?,
    };
    if version > T::VERSION {
        return Err(UnreadableReason::FutureVersion { found: version, readable: T::VERSION });
    }
    let revision_text = fields
        .revision
        .map(RawValue::get)
        .ok_or_else(|| UnreadableReason::Invalid("no revision".to_owned()))?;
    let revision = match revision_text.parse::<u64>() {
        Ok(revision) if revision <= MAX_REVISION => revision,
        // Digits beyond u64 are out of range too, rather than damaged.
        _ if !revision_text.is_empty()
            && revision_text.bytes().all(|byte| byte.is_ascii_digit()) =>
        {
            return Err(UnreadableReason::RevisionOutOfRange(shorten(revision_text)))
        }
        _ => return Err(UnreadableReason::Invalid(format!("revision {}", shorten(revision_text)))),
    };
    let record_text = fields
        .record
        .map(RawValue::get)
        .ok_or_else(|| UnreadableReason::Invalid(format!("no \"{}\" field", T::FIELD)))?;
    let record = T::read(record_text, version, name)?;
    Ok(Stored { record, revision })
}

fn shorten(text: &str) -> String {
    const LIMIT: usize = 40;
    match text.char_indices().nth(LIMIT) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

/// The revision after `revision`, refused rather than wrapped.
fn next_revision(revision: u64) -> Result<u64, StorageError> {
    revision
        .checked_add(1)
        .filter(|next| *next <= MAX_REVISION)
        .ok_or_else(|| StorageError::Other("the revision is out of range".to_owned()))
}

fn cannot_set_aside() -> StorageError {
    StorageError::Other("unreadable stored text could not be set aside".to_owned())
}

/// The records of one kind in one namespace.
pub struct Revisioned<T> {
    backend: Rc<dyn StorageBackend>,
    namespace: Namespace,
    kind: PhantomData<T>,
}

impl<T: Record> Revisioned<T> {
    pub fn new(backend: Rc<dyn StorageBackend>, namespace: Namespace) -> Self {
        Revisioned { backend, namespace, kind: PhantomData }
    }

    /// The full storage key of a record, for matching `storage` events from other tabs.
    pub fn key(&self, name: &str) -> String {
        self.namespace.key(&format!("{}{name}", T::KEY_PREFIX))
    }

    /// What is stored under `name` now.
    pub fn read(&self, name: &str) -> Result<Slot<T>, StorageError> {
        Ok(match self.backend.get(&self.key(name))? {
            None => Slot::Empty,
            Some(raw) => match read_envelope(&raw, name) {
                Ok(stored) => Slot::Readable(stored),
                Err(reason) => Slot::Unreadable { raw, reason },
            },
        })
    }

    /// The readable record stored under `name`, if there is one.
    pub fn load(&self, name: &str) -> Result<Option<Stored<T>>, StorageError> {
        Ok(match self.read(name)? {
            Slot::Readable(stored) => Some(stored),
            Slot::Empty | Slot::Unreadable { .. } => None,
        })
    }

    /// Reads a record from the text of a `storage` event (another tab's write).
    pub fn parse_event_value(&self, raw: &str, name: &str) -> Option<Stored<T>> {
        read_envelope(raw, name).ok()
    }

    /// Reads the record under `name` at start-up. An unreadable one is set aside and returned
    /// as quarantined; when it cannot be set aside it is reported where it is.
    pub fn load_or_quarantine(
        &self,
        name: &str,
    ) -> Result<(Option<Stored<T>>, Option<QuarantinedRecord>), StorageError> {
        Ok(match self.read(name)? {
            Slot::Empty => (None, None),
            Slot::Readable(stored) => (Some(stored), None),
            Slot::Unreadable { raw, reason } => {
                let key = self.set_aside(name, &raw).unwrap_or_else(|| self.key(name));
                (None, Some(QuarantinedRecord::new(key, raw, QuarantineReason::Unreadable(reason))))
            }
        })
    }

    /// Saves `record` over the revision this tab last read or wrote (`base_revision`, 0 when
    /// it has never been stored). Refuses, writing nothing, when another tab saved a newer
    /// revision in between, or removed a record this tab had read. Unreadable text in the way
    /// is set aside first.
    pub fn save(
        &self,
        name: &str,
        record: &T,
        base_revision: u64,
        now: DateTime<Utc>,
    ) -> Result<Saved, SaveError<T>> {
        let mut quarantined = None;
        let stored_revision = match self.read(name)? {
            Slot::Empty if base_revision > 0 => return Err(SaveError::Deleted),
            Slot::Empty => 0,
            Slot::Readable(theirs) if theirs.revision > base_revision => {
                return Err(SaveError::Conflict { theirs: Box::new(theirs) })
            }
            Slot::Readable(theirs) => theirs.revision,
            Slot::Unreadable { raw, reason } => {
                quarantined = Some(self.set_aside_or_refuse(name, raw, reason)?);
                0
            }
        };
        let revision = next_revision(stored_revision.max(base_revision))?;
        self.write(name, record, revision, now)?;
        Ok(Saved { revision, quarantined })
    }

    /// "Keep mine" and restoring a removed record: saves `record` over whatever is stored now.
    /// Unreadable text in the way is set aside first.
    pub fn save_over(
        &self,
        name: &str,
        record: &T,
        now: DateTime<Utc>,
    ) -> Result<Saved, SaveError<T>> {
        let mut quarantined = None;
        let stored_revision = match self.read(name)? {
            Slot::Empty => 0,
            Slot::Readable(theirs) => theirs.revision,
            Slot::Unreadable { raw, reason } => {
                quarantined = Some(self.set_aside_or_refuse(name, raw, reason)?);
                0
            }
        };
        let revision = next_revision(stored_revision)?;
        self.write(name, record, revision, now)?;
        Ok(Saved { revision, quarantined })
    }

    /// Removes the record under `name`. Unreadable text there is set aside instead, never
    /// deleted.
    pub fn remove(&self, name: &str) -> Result<Option<QuarantinedRecord>, StorageError> {
        match self.read(name)? {
            Slot::Empty => Ok(None),
            Slot::Readable(_) => self.backend.remove(&self.key(name)).map(|()| None),
            Slot::Unreadable { raw, reason } => match self.set_aside(name, &raw) {
                Some(key) => {
                    Ok(Some(QuarantinedRecord::new(key, raw, QuarantineReason::Unreadable(reason))))
                }
                None => Err(cannot_set_aside()),
            },
        }
    }

    fn write(
        &self,
        name: &str,
        record: &T,
        revision: u64,
        now: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        let envelope = EnvelopeOut { revision, saved_at: now, record };
        let text = serde_json::to_string(&envelope).map_err(|error| {
            StorageError::Other(format!("could not encode the record: {error}"))
        })?;
        self.backend.set(&self.key(name), &text)
    }

    fn set_aside_or_refuse(
        &self,
        name: &str,
        raw: String,
        reason: UnreadableReason,
    ) -> Result<QuarantinedRecord, SaveError<T>> {
        match self.set_aside(name, &raw) {
            Some(key) => Ok(QuarantinedRecord::new(key, raw, QuarantineReason::Unreadable(reason))),
            None => Err(SaveError::Storage(cannot_set_aside())),
        }
    }

    /// Moves the text under `name` to a free quarantine slot and returns the slot's key, or
    /// `None` (leaving the text where it is) when no copy could be written.
    fn set_aside(&self, name: &str, raw: &str) -> Option<String> {
        let key = self.key(name);
        let slot = quarantine::copy_into_free_slot(&*self.backend, &self.namespace, name, raw)?;
        // The copy exists: removing the original loses nothing, and if the removal fails the
        // text is merely kept twice.
        let _ = self.backend.remove(&key);
        Some(slot)
    }
}

#[cfg(test)]
mod tests;
