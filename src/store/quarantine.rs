//! Records that could not be read, kept aside for the user.
//!
//! An unreadable record stored under `<prefix>:<kind prefix><name>` is copied to
//! `<prefix>:quarantine:<name>`, or to `quarantine:<name>#1`, `#2`, ... when that slot holds
//! other text, and only then removed from where it was. The app never overwrites or deletes a
//! quarantine slot on its own; the user views, downloads or deletes them.

use super::{Namespace, StorageBackend, StorageError};

const QUARANTINE_PREFIX: &str = "quarantine:";

/// How many slots are tried for one record before giving up and leaving it where it is.
pub const QUARANTINE_SLOTS: u32 = 100;

/// The name the support plan is stored under; its quarantine slots belong to the plan.
pub const PLAN_NAME: &str = "plan";

/// What kind of record a quarantined text was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    Draft,
    Plan,
}

/// Why a stored record could not be read. Such a record is quarantined, never overwritten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnreadableReason {
    NotJson(String),
    WrongSchema(String),
    /// Written by a newer release of the app.
    FutureVersion {
        found: u32,
        readable: u32,
    },
    /// Valid JSON in our schema, but not in the expected shape.
    Invalid(String),
    /// The revision is larger than the largest a record may have
    /// (`record::MAX_REVISION`).
    RevisionOutOfRange(String),
    /// The record's identifier does not match the key it was stored under.
    IdMismatch,
}

/// Why text was set aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuarantineReason {
    /// It could not be read now, for this reason.
    Unreadable(UnreadableReason),
    /// It was set aside during an earlier visit (the reason was not kept).
    SetAsideEarlier,
}

/// A record that could not be read. Its raw text stays in storage for the user to view or
/// download; the app never overwrites or deletes it on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuarantinedRecord {
    /// The full storage key the raw text is kept under.
    pub key: String,
    pub raw: String,
    pub reason: QuarantineReason,
}

impl QuarantinedRecord {
    pub fn new(key: String, raw: String, reason: QuarantineReason) -> Self {
        QuarantinedRecord { key, raw, reason }
    }
}

/// Copies `raw` into the first quarantine slot of `name` that is free or already holds the
/// same text, and returns that slot's key; `None` when no slot could be written.
pub fn copy_into_free_slot(
    backend: &dyn StorageBackend,
    namespace: &Namespace,
    name: &str,
    raw: &str,
) -> Option<String> {
    for attempt in 0..QUARANTINE_SLOTS {
        let slot = namespace.key(&slot_name(name, attempt));
        match backend.get(&slot) {
            Ok(None) => return backend.set(&slot, raw).ok().map(|()| slot),
            Ok(Some(existing)) if existing == raw => return Some(slot),
            Ok(Some(_)) => continue,
            Err(_) => return None,
        }
    }
    None
}

fn slot_name(name: &str, attempt: u32) -> String {
    if attempt == 0 {
        format!("{QUARANTINE_PREFIX}{name}")
    } else {
        format!("{QUARANTINE_PREFIX}{name}#{attempt}")
    }
}

/// The kind of record a quarantine key holds, or `None` when the key is no quarantine slot of
/// this namespace. `quarantine:plan` and `quarantine:plan#<n>` are the plan's; every other slot
/// is a draft's (a draft whose id merely starts with "plan" included).
pub fn kind_of_slot(namespace: &Namespace, key: &str) -> Option<RecordKind> {
    let name = key.strip_prefix(&namespace.key(QUARANTINE_PREFIX))?;
    let base = match name.rsplit_once('#') {
        Some((base, number))
            if !number.is_empty() && number.bytes().all(|byte| byte.is_ascii_digit()) =>
        {
            base
        }
        _ => name,
    };
    Some(if base == PLAN_NAME { RecordKind::Plan } else { RecordKind::Draft })
}

/// Every quarantined record of `kind`: the ones set aside just now (`just_now`, in their
/// order) first, then those from earlier sessions in key order. `keys` are the storage's keys
/// as the caller read them before setting anything aside, so storage is listed only once.
pub fn list(
    backend: &dyn StorageBackend,
    namespace: &Namespace,
    kind: RecordKind,
    just_now: Vec<QuarantinedRecord>,
    keys: &[String],
) -> Result<Vec<QuarantinedRecord>, StorageError> {
    let mut earlier: Vec<&String> = keys
        .iter()
        .filter(|key| kind_of_slot(namespace, key) == Some(kind))
        .filter(|key| !just_now.iter().any(|record| &record.key == *key))
        .collect();
    earlier.sort();
    let mut records = just_now;
    for key in earlier {
        if let Some(raw) = backend.get(key)? {
            records.push(QuarantinedRecord::new(
                key.clone(),
                raw,
                QuarantineReason::SetAsideEarlier,
            ));
        }
    }
    Ok(records)
}
