//! The drafts: one storage key per draft plus a small index of their identifiers.
//!
//! Keys, all under the instance's namespace:
//! - `drafts-index`: `{"version":1,"ids":[...]}`, the drafts in creation order. It only changes
//!   when a draft is created or deleted, so typing never rewrites it.
//! - `draft:<id>`: one draft in its revisioned envelope ([`super::record`]).
//! - `quarantine:<id>`: the raw text of a record that could not be read, kept for the user
//!   ([`super::quarantine`]).
//!
//! Writes are ordered so that an interrupted update can always be repaired on the next load: a
//! new draft is written before the index names it, and a deleted draft leaves the index before
//! its record is removed. [`DraftStore::load_all`] reconciles the index with the records.

use std::rc::Rc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::migrate::{migrate_scratch_title, SCRATCH_TITLE_KEY};
use super::quarantine::{self, QuarantinedRecord, RecordKind};
use super::record::{Revisioned, Saved, Stored};
use super::{Namespace, StorageBackend, StorageError};
use crate::domain::ticket::Ticket;

const INDEX_KEY: &str = "drafts-index";
const POSITION_KEY: &str = "position";
const PREFERENCE_PREFIX: &str = "preference:";
const INDEX_VERSION: u32 = 1;

/// A draft as read from storage, with the revision that was read.
pub type StoredDraft = Stored<Ticket>;

/// Why a draft was not saved.
pub type SaveError = super::record::SaveError<Ticket>;

/// Everything found in storage at start-up.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoadReport {
    /// Readable drafts, in index order.
    pub drafts: Vec<StoredDraft>,
    pub quarantined: Vec<QuarantinedRecord>,
    /// True when the index had to be rebuilt after an interrupted update.
    pub index_repaired: bool,
}

/// The schema name of a file holding many drafts (export all / import).
pub const BUNDLE_SCHEMA: &str = "support-triage/drafts";
pub const BUNDLE_VERSION: u32 = 1;

/// What an import did with each draft in the file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Titles of the drafts added or updated.
    pub imported: Vec<String>,
    /// Why each skipped entry was skipped, with its title or position in the file.
    pub skipped: Vec<SkippedEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedEntry {
    /// The draft's title, or "entry N" when it could not be read at all.
    pub label: String,
    pub reason: SkipReason,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// A draft with the same id that is as new or newer is already stored.
    NewerAlreadyStored,
    /// The entry is not a valid draft.
    Invalid(String),
    /// Storage refused the write.
    NotSaved(StorageError),
}

/// Why a file could not be imported at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BundleError {
    NotJson(String),
    WrongSchema,
    NewerVersion(u32),
}

#[derive(Serialize)]
struct BundleOut<'a> {
    schema: &'static str,
    version: u32,
    drafts: Vec<&'a Ticket>,
}

#[derive(Deserialize)]
struct BundleIn {
    schema: String,
    version: u32,
    /// Each entry is kept as its raw text and read on its own, so one damaged entry skips only
    /// itself. Raw text rather than `serde_json::Value` keeps a single copy of the ticket
    /// reader in the wasm (the one that reads stored drafts).
    #[serde(default)]
    drafts: Vec<Box<serde_json::value::RawValue>>,
}

/// All drafts as one JSON file, for backup or moving to another browser.
pub fn drafts_to_bundle(tickets: &[Ticket]) -> String {
    let bundle = BundleOut {
        schema: BUNDLE_SCHEMA,
        version: BUNDLE_VERSION,
        drafts: tickets.iter().collect(),
    };
    serde_json::to_string_pretty(&bundle).unwrap_or_default()
}

#[derive(Serialize, Deserialize)]
struct Position {
    screen: String,
    draft_id: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct Index {
    version: u32,
    ids: Vec<String>,
}

/// The drafts of one app instance.
pub struct DraftStore {
    backend: Rc<dyn StorageBackend>,
    namespace: Namespace,
    records: Revisioned<Ticket>,
}

impl DraftStore {
    pub fn new(backend: Rc<dyn StorageBackend>, namespace: Namespace) -> Self {
        let records = Revisioned::new(backend.clone(), namespace.clone());
        DraftStore { backend, namespace, records }
    }

    /// True when drafts survive closing the page.
    pub fn is_persistent(&self) -> bool {
        self.backend.is_persistent()
    }

    /// The full storage key of a draft, for matching `storage` events from other tabs.
    pub fn draft_key(&self, id: &str) -> String {
        self.records.key(id)
    }

    /// The full storage key of the index, for matching `storage` events from other tabs.
    pub fn index_key(&self) -> String {
        self.namespace.key(INDEX_KEY)
    }

    /// Remembers where the user is (a screen name and the open draft), so a reload resumes
    /// there. Small, and only written on navigation, never while typing.
    pub fn write_position(&self, screen: &str, draft_id: Option<&str>) -> Result<(), StorageError> {
        let position =
            Position { screen: screen.to_owned(), draft_id: draft_id.map(str::to_owned) };
        let text = serde_json::to_string(&position)
            .map_err(|error| StorageError::Other(error.to_string()))?;
        self.backend.set(&self.namespace.key(POSITION_KEY), &text)
    }

    /// The remembered position: a screen name and the open draft's id. Unreadable text counts
    /// as no position.
    pub fn read_position(&self) -> Option<(String, Option<String>)> {
        let raw = self.backend.get(&self.namespace.key(POSITION_KEY)).ok().flatten()?;
        let position: Position = serde_json::from_str(&raw).ok()?;
        Some((position.screen, position.draft_id))
    }

    /// Remembers a small preference of the user's (such as the interface language).
    pub fn write_preference(&self, name: &str, value: &str) -> Result<(), StorageError> {
        self.backend.set(&self.namespace.key(&format!("{PREFERENCE_PREFIX}{name}")), value)
    }

    /// A remembered preference, if there is one and storage can be read.
    pub fn read_preference(&self, name: &str) -> Option<String> {
        self.backend.get(&self.namespace.key(&format!("{PREFERENCE_PREFIX}{name}"))).ok().flatten()
    }

    /// Reads every draft, quarantines the unreadable ones, repairs the index and migrates the
    /// oldest format. `new_id` names a draft made from the version 0 title, if there is one.
    pub fn load_all(&self, now: DateTime<Utc>, new_id: &str) -> Result<LoadReport, StorageError> {
        let mut report = LoadReport::default();
        self.migrate_version_0(now, new_id)?;

        let draft_prefix = self.records.key("");
        let all_keys = self.backend.keys()?;
        let stored_ids: Vec<String> = all_keys
            .iter()
            .filter_map(|key| key.strip_prefix(&draft_prefix))
            .map(str::to_owned)
            .collect();

        let (indexed_ids, index_readable) = self.read_index();
        // Keep the index order, each id once; drop ids whose record is gone; append, sorted,
        // the records the index missed. Membership by binary search in the sorted stored ids:
        // scanning a list for every id was a million string comparisons with a thousand drafts.
        let mut stored_sorted: Vec<&str> = stored_ids.iter().map(String::as_str).collect();
        stored_sorted.sort_unstable();
        let mut listed = vec![false; stored_sorted.len()];
        let mut ids: Vec<String> = Vec::with_capacity(stored_sorted.len());
        for id in &indexed_ids {
            let Ok(position) = stored_sorted.binary_search(&id.as_str()) else { continue };
            if let Some(seen) = listed.get_mut(position).filter(|seen| !**seen) {
                *seen = true;
                ids.push(id.clone());
            }
        }
        ids.extend(
            stored_sorted
                .iter()
                .zip(&listed)
                .filter(|(_, listed)| !**listed)
                .map(|(id, _)| (*id).to_owned()),
        );

        let mut readable_ids = Vec::with_capacity(ids.len());
        let mut just_quarantined = Vec::new();
        for id in ids {
            match self.records.load_or_quarantine(&id)? {
                (Some(stored), _) => {
                    readable_ids.push(id);
                    report.drafts.push(stored);
                }
                (None, Some(record)) => just_quarantined.push(record),
                (None, None) => {}
            }
        }

        if !index_readable || readable_ids != indexed_ids {
            report.index_repaired = index_readable || !readable_ids.is_empty();
            self.write_index(&readable_ids)?;
        }
        report.quarantined = quarantine::list(
            &*self.backend,
            &self.namespace,
            RecordKind::Draft,
            just_quarantined,
            &all_keys,
        )?;
        Ok(report)
    }

    /// Reads one draft as it is stored now.
    pub fn load(&self, id: &str) -> Result<Option<StoredDraft>, StorageError> {
        self.records.load(id)
    }

    /// Reads a draft from the text of a `storage` event (another tab's write).
    pub fn parse_event_value(&self, raw: &str, id: &str) -> Option<StoredDraft> {
        self.records.parse_event_value(raw, id)
    }

    /// Stores a new draft (or one read from a file) and adds it to the index. Whatever stood
    /// under its key is written over only when readable; unreadable text is set aside first.
    pub fn create(&self, ticket: &Ticket, now: DateTime<Utc>) -> Result<Saved, SaveError> {
        let saved = self.records.save_over(&ticket.id, ticket, now)?;
        self.add_to_index(&ticket.id)?;
        Ok(saved)
    }

    /// Saves `ticket` over the revision this tab last read or wrote (`base_revision`). Refuses,
    /// writing nothing, when another tab saved a newer revision in between or deleted the
    /// draft. Unreadable text under the draft's key is set aside first, never written over.
    pub fn save(
        &self,
        ticket: &Ticket,
        base_revision: u64,
        now: DateTime<Utc>,
    ) -> Result<Saved, SaveError> {
        self.records.save(&ticket.id, ticket, base_revision, now)
    }

    /// "Keep mine", or restoring a draft deleted elsewhere: saves `ticket` over whatever is
    /// stored now, and puts it back in the index.
    pub fn save_over(&self, ticket: &Ticket, now: DateTime<Utc>) -> Result<Saved, SaveError> {
        self.create(ticket, now)
    }

    /// Imports the drafts of an exported file. A draft whose id is already stored is only
    /// replaced when the file's copy is newer, so an import never overwrites newer work.
    pub fn import_bundle(
        &self,
        text: &str,
        now: DateTime<Utc>,
    ) -> Result<(ImportReport, Vec<Ticket>), BundleError> {
        let bundle: BundleIn =
            serde_json::from_str(text).map_err(|error| BundleError::NotJson(error.to_string()))?;
        if bundle.schema != BUNDLE_SCHEMA {
            return Err(BundleError::WrongSchema);
        }
        if bundle.version > BUNDLE_VERSION {
            return Err(BundleError::NewerVersion(bundle.version));
        }
        let mut report = ImportReport::default();
        let mut written = Vec::new();
        for (position, value) in bundle.drafts.into_iter().enumerate() {
            let ticket: Ticket = match serde_json::from_str(value.get()) {
                Ok(ticket) => ticket,
                Err(error) => {
                    report.skipped.push(SkippedEntry {
                        label: format!("entry {}", position.saturating_add(1)),
                        reason: SkipReason::Invalid(error.to_string()),
                    });
                    continue;
                }
            };
            let label = ticket.title.clone();
            let stored = match self.load(&ticket.id) {
                Ok(stored) => stored,
                Err(error) => {
                    report
                        .skipped
                        .push(SkippedEntry { label, reason: SkipReason::NotSaved(error) });
                    continue;
                }
            };
            if stored.as_ref().is_some_and(|stored| stored.record.updated_at >= ticket.updated_at) {
                report.skipped.push(SkippedEntry { label, reason: SkipReason::NewerAlreadyStored });
                continue;
            }
            match self.create(&ticket, now) {
                Ok(_) => {
                    report.imported.push(label);
                    written.push(ticket);
                }
                Err(SaveError::Storage(error)) => {
                    report.skipped.push(SkippedEntry { label, reason: SkipReason::NotSaved(error) })
                }
                Err(_) => report.skipped.push(SkippedEntry {
                    label,
                    reason: SkipReason::NotSaved(StorageError::Other("write refused".to_owned())),
                }),
            }
        }
        Ok((report, written))
    }

    /// Every readable draft, for "export all".
    pub fn all_tickets(&self) -> Result<Vec<Ticket>, StorageError> {
        let (ids, _) = self.read_index();
        let mut tickets = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(draft) = self.load(&id)? {
                tickets.push(draft.record);
            }
        }
        Ok(tickets)
    }

    /// Deletes a draft: first from the index, then its record. Text under its key that cannot
    /// be read is set aside instead of deleted.
    pub fn delete(&self, id: &str) -> Result<(), StorageError> {
        let (ids, _) = self.read_index();
        let remaining: Vec<String> = ids.into_iter().filter(|other| other != id).collect();
        self.write_index(&remaining)?;
        self.records.remove(id).map(|_| ())
    }

    fn add_to_index(&self, id: &str) -> Result<(), StorageError> {
        let (mut ids, _) = self.read_index();
        if !ids.iter().any(|known| known == id) {
            ids.push(id.to_owned());
            self.write_index(&ids)?;
        }
        Ok(())
    }

    /// The index's ids, and whether the index was readable (a missing index is readable and
    /// empty).
    fn read_index(&self) -> (Vec<String>, bool) {
        match self.backend.get(&self.namespace.key(INDEX_KEY)) {
            Ok(None) => (Vec::new(), true),
            Ok(Some(raw)) => match serde_json::from_str::<Index>(&raw) {
                Ok(index) if index.version <= INDEX_VERSION => (index.ids, true),
                _ => (Vec::new(), false),
            },
            Err(_) => (Vec::new(), false),
        }
    }

    fn write_index(&self, ids: &[String]) -> Result<(), StorageError> {
        let text = serde_json::to_string(&Index { version: INDEX_VERSION, ids: ids.to_vec() })
            .map_err(|error| StorageError::Other(error.to_string()))?;
        self.backend.set(&self.namespace.key(INDEX_KEY), &text)
    }

    fn migrate_version_0(&self, now: DateTime<Utc>, new_id: &str) -> Result<(), StorageError> {
        let legacy_key = self.namespace.key(SCRATCH_TITLE_KEY);
        let Some(title) = self.backend.get(&legacy_key)? else { return Ok(()) };
        if !title.trim().is_empty() {
            let ticket = migrate_scratch_title(&title, new_id, now);
            self.create(&ticket, now).map_err(|error| match error {
                SaveError::Storage(error) => error,
                _ => StorageError::Other("could not migrate the old draft".to_owned()),
            })?;
        }
        self.backend.remove(&legacy_key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::quarantine::{QuarantineReason, UnreadableReason};
    use crate::store::MemoryBackend;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().expect("test times are valid RFC 3339")
    }

    fn store() -> (DraftStore, Rc<MemoryBackend>) {
        let backend = Rc::new(MemoryBackend::default());
        (DraftStore::new(backend.clone(), Namespace::new("ns")), backend)
    }

    fn draft(id: &str, title: &str) -> Ticket {
        let mut ticket = Ticket::new_draft(id, at("2026-11-21T08:00:00Z"));
        ticket.title = title.to_owned();
        ticket
    }

    const NOW: &str = "2026-11-21T09:00:00Z";

    #[test]
    fn typing_writes_only_the_draft_and_revisions_grow() {
        let (store, backend) = store();
        store.create(&draft("a", "First"), at(NOW)).unwrap();
        store.create(&draft("b", "Second"), at(NOW)).unwrap();
        let index_before = backend.get("ns:drafts-index").unwrap();
        let other_before = backend.get("ns:draft:b").unwrap();

        let saved = store.save(&draft("a", "First, edited"), 1, at(NOW)).unwrap();
        assert_eq!(saved.revision, 2);
        assert_eq!(backend.get("ns:drafts-index").unwrap(), index_before);
        assert_eq!(backend.get("ns:draft:b").unwrap(), other_before);
        let loaded = store.load("a").unwrap().unwrap();
        assert_eq!((loaded.record.title.as_str(), loaded.revision), ("First, edited", 2));
    }

    #[test]
    fn an_open_draft_whose_record_became_unreadable_is_set_aside_not_overwritten() {
        let (store, backend) = store();
        store.create(&draft("a", "Mine"), at(NOW)).unwrap();
        // Another tab running a newer release wrote a format this one cannot read.
        let newer =
            r#"{"revision":2,"schema":"support-triage/draft","version":2,"ticket":{"id":"a"}}"#;
        backend.set("ns:draft:a", newer).unwrap();
        let saved = store.save(&draft("a", "Mine, typed on"), 1, at(NOW)).unwrap();
        let quarantined = saved.quarantined.expect("the unreadable record is reported");
        assert_eq!(quarantined.key, "ns:quarantine:a");
        assert_eq!(backend.get("ns:quarantine:a").unwrap().as_deref(), Some(newer));
        assert_eq!(store.load("a").unwrap().unwrap().record.title, "Mine, typed on");
        let report = store.load_all(at(NOW), "unused").unwrap();
        assert_eq!(report.drafts.len(), 1);
        assert_eq!(report.quarantined.len(), 1);
    }

    #[test]
    fn a_stored_revision_beyond_range_is_unreadable_not_wrapped() {
        let (store, backend) = store();
        store.create(&draft("a", "Mine"), at(NOW)).unwrap();
        let raw = backend.get("ns:draft:a").unwrap().unwrap();
        let huge = raw.replacen("\"revision\":1", "\"revision\":18446744073709551615", 1);
        backend.set("ns:draft:a", &huge).unwrap();
        let saved = store.save(&draft("a", "Mine, typed on"), 1, at(NOW)).unwrap();
        assert_eq!(saved.revision, 2);
        assert_eq!(backend.get("ns:quarantine:a").unwrap(), Some(huge));
    }

    #[test]
    fn a_draft_quarantined_under_an_id_starting_with_plan_is_listed_with_the_drafts() {
        let (store, backend) = store();
        backend.set("ns:quarantine:plan", "the plan's").unwrap();
        backend.set("ns:quarantine:plan#3", "the plan's too").unwrap();
        backend.set("ns:quarantine:plan-1", "a draft's").unwrap();
        backend.set("ns:quarantine:a#2", "a draft's too").unwrap();
        let report = store.load_all(at(NOW), "unused").unwrap();
        let keys: Vec<&str> = report.quarantined.iter().map(|q| q.key.as_str()).collect();
        assert_eq!(keys, ["ns:quarantine:a#2", "ns:quarantine:plan-1"]);
    }

    #[test]
    fn unreadable_records_are_quarantined_never_lost() {
        let (store, backend) = store();
        store.create(&draft("good", "Readable"), at(NOW)).unwrap();
        backend.set("ns:draft:broken", "{not json").unwrap();
        backend
            .set(
                "ns:draft:future",
                r#"{"revision":1,"schema":"support-triage/draft","version":99,"ticket":{}}"#,
            )
            .unwrap();
        // A quarantine key that is already taken by other text must not be overwritten.
        backend.set("ns:quarantine:broken", "older unreadable text").unwrap();

        let report = store.load_all(at(NOW), "unused").unwrap();
        assert_eq!(report.drafts.len(), 1);
        let mut keys: Vec<&str> = report.quarantined.iter().map(|q| q.key.as_str()).collect();
        keys.sort();
        assert_eq!(
            keys,
            ["ns:quarantine:broken", "ns:quarantine:broken#1", "ns:quarantine:future"]
        );
        assert_eq!(backend.get("ns:quarantine:broken").unwrap().unwrap(), "older unreadable text");
        assert_eq!(backend.get("ns:quarantine:broken#1").unwrap().unwrap(), "{not json");
        assert_eq!(backend.get("ns:draft:broken").unwrap(), None);
        let future = report.quarantined.iter().find(|q| q.key == "ns:quarantine:future").unwrap();
        assert!(
            matches!(
                future.reason,
                QuarantineReason::Unreadable(UnreadableReason::FutureVersion { .. })
            ),
            "{:?}",
            future.reason
        );
        // A second load finds the same quarantined records and moves nothing again.
        let again = store.load_all(at(NOW), "unused").unwrap();
        assert_eq!(again.quarantined.len(), 3);
        assert_eq!(again.drafts.len(), 1);
    }

    #[test]
    fn the_index_is_repaired_after_a_half_written_update() {
        let (store, backend) = store();
        store.create(&draft("a", "Indexed"), at(NOW)).unwrap();
        // Interrupted create: the record was written, the index update was not.
        backend
            .set(
                "ns:draft:b",
                &backend.get("ns:draft:a").unwrap().unwrap().replace("\"a\"", "\"b\""),
            )
            .unwrap();
        // Interrupted delete: the index still names a record that is gone.
        backend.set("ns:drafts-index", r#"{"version":1,"ids":["gone","a"]}"#).unwrap();

        let report = store.load_all(at(NOW), "unused").unwrap();
        assert!(report.index_repaired);
        let ids: Vec<&str> = report.drafts.iter().map(|d| d.record.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
        assert_eq!(
            backend.get("ns:drafts-index").unwrap().unwrap(),
            r#"{"version":1,"ids":["a","b"]}"#
        );
        // A corrupt index is rebuilt from the records.
        backend.set("ns:drafts-index", "garbage").unwrap();
        let rebuilt = store.load_all(at(NOW), "unused").unwrap();
        assert_eq!(rebuilt.drafts.len(), 2);
        assert!(rebuilt.index_repaired);
    }

    #[test]
    fn an_index_naming_a_draft_twice_lists_it_once_and_records_it_missed_in_order() {
        let (store, backend) = store();
        for id in ["c", "a", "b", "d"] {
            store.create(&draft(id, id), at(NOW)).unwrap();
        }
        // Written by hand or by a faulty release: "b" twice, "a" and "d" left out.
        backend.set("ns:drafts-index", r#"{"version":1,"ids":["b","c","b"]}"#).unwrap();

        let report = store.load_all(at(NOW), "unused").unwrap();
        let ids: Vec<&str> = report.drafts.iter().map(|d| d.record.id.as_str()).collect();
        assert_eq!(ids, ["b", "c", "a", "d"]);
        assert!(report.index_repaired);
        assert_eq!(
            backend.get("ns:drafts-index").unwrap().unwrap(),
            r#"{"version":1,"ids":["b","c","a","d"]}"#
        );
    }

    #[test]
    fn the_version_0_title_is_migrated_into_a_draft() {
        let (store, backend) = store();
        backend.set("ns:scratch-problem-title", "Printers vanish").unwrap();
        let report = store.load_all(at(NOW), "migrated").unwrap();
        assert_eq!(report.drafts.len(), 1);
        assert_eq!(report.drafts[0].record.id, "migrated");
        assert_eq!(report.drafts[0].record.title, "Printers vanish");
        assert_eq!(backend.get("ns:scratch-problem-title").unwrap(), None);
    }

    #[test]
    fn the_position_round_trips_and_bad_text_counts_as_none() {
        let (store, backend) = store();
        assert_eq!(store.read_position(), None);
        store.write_position("flow:impact", Some("a")).unwrap();
        assert_eq!(store.read_position(), Some(("flow:impact".to_owned(), Some("a".to_owned()))));
        backend.set("ns:position", "<html>").unwrap();
        assert_eq!(store.read_position(), None);
    }

    #[test]
    fn import_adds_new_drafts_and_never_overwrites_newer_ones() {
        let (store, _) = store();
        let mut kept = draft("kept", "Newer here");
        kept.updated_at = at("2026-11-21T10:00:00Z");
        store.create(&kept, at(NOW)).unwrap();
        let mut stale = draft("kept", "Older in the file");
        stale.updated_at = at("2026-11-20T10:00:00Z");
        let mut newer = draft("updated", "Newer in the file");
        newer.updated_at = at("2026-11-21T12:00:00Z");
        let mut older_here = draft("updated", "Older here");
        older_here.updated_at = at("2026-11-19T12:00:00Z");
        store.create(&older_here, at(NOW)).unwrap();
        let fresh = draft("fresh", "Brand new");
        let mut text = drafts_to_bundle(&[stale, newer, fresh]);
        text = text.replacen("\"drafts\": [", "\"drafts\": [\n    {\"id\": 5},", 1);

        let (report, written) = store.import_bundle(&text, at(NOW)).unwrap();
        assert_eq!(report.imported, ["Newer in the file", "Brand new"]);
        assert_eq!(written.len(), 2);
        let reasons: Vec<(&str, bool)> = report
            .skipped
            .iter()
            .map(|entry| {
                (entry.label.as_str(), matches!(entry.reason, SkipReason::NewerAlreadyStored))
            })
            .collect();
        assert_eq!(reasons, [("entry 1", false), ("Older in the file", true)]);
        assert_eq!(store.load("kept").unwrap().unwrap().record.title, "Newer here");
        assert_eq!(store.load("updated").unwrap().unwrap().record.title, "Newer in the file");
        assert_eq!(store.all_tickets().unwrap().len(), 3);
    }

    #[test]
    fn import_refuses_files_it_cannot_read() {
        let (store, _) = store();
        assert!(matches!(store.import_bundle("nope", at(NOW)), Err(BundleError::NotJson(_))));
        assert_eq!(
            store.import_bundle(r#"{"schema":"other","version":1}"#, at(NOW)),
            Err(BundleError::WrongSchema)
        );
        assert_eq!(
            store.import_bundle(r#"{"schema":"support-triage/drafts","version":7}"#, at(NOW)),
            Err(BundleError::NewerVersion(7))
        );
    }

    #[test]
    fn preferences_round_trip_under_the_namespace() {
        let (store, backend) = store();
        assert_eq!(store.read_preference("locale"), None);
        store.write_preference("locale", "pl").unwrap();
        assert_eq!(store.read_preference("locale").as_deref(), Some("pl"));
        assert_eq!(backend.get("ns:preference:locale").unwrap().as_deref(), Some("pl"));
    }

    #[test]
    fn namespaces_keep_instances_apart() {
        let backend = Rc::new(MemoryBackend::default());
        let first = DraftStore::new(backend.clone(), Namespace::new("one"));
        let second = DraftStore::new(backend.clone(), Namespace::new("two"));
        first.create(&draft("a", "First instance"), at(NOW)).unwrap();
        assert_eq!(second.load_all(at(NOW), "x").unwrap().drafts.len(), 0);
        assert_eq!(first.load_all(at(NOW), "x").unwrap().drafts.len(), 1);
    }
}
