//! The user's support plan: one storage key holding the plan in an envelope.
//!
//! Keys, all under the instance's namespace:
//! - `plan`: the plan in its envelope,
//!   `{"revision": 3, "schema": "support-triage/stored-plan", "version": 1, "saved_at": "...",
//!   "plan": {...}}`. `revision` comes first so the revision check before every write finds it
//!   at the start of the text.
//! - `quarantine:plan` (then `quarantine:plan#1`, ...): the raw text of a stored plan that could
//!   not be read, kept for the user to view or download. The store never overwrites or deletes a
//!   quarantined record.
//!
//! When no plan is stored the user works from the page owner's default plan (configuration);
//! resetting to the default removes the stored plan rather than copying the default into it,
//! so a later change of the default reaches users who never changed theirs.
//!
//! Version history:
//! - version 1: the envelope above.

use std::rc::Rc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::drafts::QuarantinedRecord;
use super::migrate::UnreadableReason;
use super::{Namespace, StorageBackend, StorageError};
use crate::domain::plan::SupportPlan;

/// The schema name written into the stored plan.
pub const STORED_PLAN_SCHEMA: &str = "support-triage/stored-plan";
/// The current envelope version.
pub const STORED_PLAN_VERSION: u32 = 1;

const PLAN_KEY: &str = "plan";
const QUARANTINE_KEY: &str = "quarantine:plan";
/// How many quarantine slots are tried before giving up and leaving the record where it is.
const QUARANTINE_SLOTS: u32 = 100;

/// The stored form of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct PlanEnvelope {
    /// Grows by one with every write, so a tab can tell whether someone wrote after it read.
    revision: u64,
    schema: String,
    version: u32,
    saved_at: DateTime<Utc>,
    plan: SupportPlan,
}

/// The plan as read from storage, with the revision that was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredPlan {
    pub plan: SupportPlan,
    pub revision: u64,
}

/// What was found in storage at start-up.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanLoadReport {
    /// The user's plan, or `None` when the user works from the default plan.
    pub stored: Option<StoredPlan>,
    /// Plans that could not be read, now and in earlier sessions, kept as they were.
    pub quarantined: Vec<QuarantinedRecord>,
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanSaveError {
    /// Another tab saved a newer revision after this one read. Nothing was written; `theirs` is
    /// what is stored now (`None` if it cannot be read).
    Conflict {
        theirs: Option<Box<StoredPlan>>,
    },
    Storage(StorageError),
}

impl From<StorageError> for PlanSaveError {
    fn from(error: StorageError) -> Self {
        PlanSaveError::Storage(error)
    }
}

/// Only the fields needed to decide how to read a record.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    schema: Option<String>,
    #[serde(default)]
    version: Option<u32>,
}

/// Reads a stored plan of any known version.
fn read_plan(raw: &str) -> Result<StoredPlan, UnreadableReason> {
    let header: Header =
        serde_json::from_str(raw).map_err(|error| UnreadableReason::NotJson(error.to_string()))?;
    let schema = header.schema.unwrap_or_default();
    if schema != STORED_PLAN_SCHEMA {
        return Err(UnreadableReason::WrongSchema(schema));
    }
    let version = header.version.unwrap_or(0);
    if version > STORED_PLAN_VERSION {
        return Err(UnreadableReason::FutureVersion(version));
    }
    // Version 1 is the only envelope version so far; a future version 2 adds a match arm here
    // that converts a version 1 value before deserialising.
    let envelope: PlanEnvelope =
        serde_json::from_str(raw).map_err(|error| UnreadableReason::Invalid(error.to_string()))?;
    Ok(StoredPlan { plan: envelope.plan, revision: envelope.revision })
}

/// The user's plan of one app instance.
pub struct PlanStore {
    backend: Rc<dyn StorageBackend>,
    namespace: Namespace,
}

impl PlanStore {
    pub fn new(backend: Rc<dyn StorageBackend>, namespace: Namespace) -> Self {
        PlanStore { backend, namespace }
    }

    /// True when the plan survives closing the page.
    pub fn is_persistent(&self) -> bool {
        self.backend.is_persistent()
    }

    /// The full storage key of the plan, for matching `storage` events from other tabs.
    pub fn plan_key(&self) -> String {
        self.namespace.key(PLAN_KEY)
    }

    /// Reads the stored plan. An unreadable one is moved to quarantine (never overwritten or
    /// deleted) and reported, and the user then starts from the default plan.
    pub fn load(&self) -> Result<PlanLoadReport, StorageError> {
        let mut report = PlanLoadReport::default();
        let key = self.plan_key();
        if let Some(raw) = self.backend.get(&key)? {
            match read_plan(&raw) {
                Ok(stored) => report.stored = Some(stored),
                Err(reason) => {
                    let kept_under = self.quarantine(&key, &raw);
                    report.quarantined.push(QuarantinedRecord {
                        key: kept_under,
                        raw,
                        reason: reason.to_string(),
                    });
                }
            }
        }
        let quarantine_key = self.namespace.key(QUARANTINE_KEY);
        let mut earlier: Vec<String> = self
            .backend
            .keys()?
            .into_iter()
            .filter(|stored_key| is_quarantine_slot(stored_key, &quarantine_key))
            .filter(|stored_key| !report.quarantined.iter().any(|record| &record.key == stored_key))
            .collect();
        earlier.sort();
        for stored_key in earlier {
            if let Some(raw) = self.backend.get(&stored_key)? {
                report.quarantined.push(QuarantinedRecord {
                    key: stored_key,
                    raw,
                    reason: "could not be read earlier".to_owned(),
                });
            }
        }
        Ok(report)
    }

    /// Reads the plan from the text of a `storage` event (another tab's write).
    pub fn parse_event_value(&self, raw: &str) -> Option<StoredPlan> {
        read_plan(raw).ok()
    }

    /// Saves `plan` over the revision this tab last read or wrote (`base_revision`, 0 when it
    /// started from the default plan). Refuses, writing nothing, when another tab saved a newer
    /// revision in between. Returns the new revision.
    pub fn save(
        &self,
        plan: &SupportPlan,
        base_revision: u64,
        now: DateTime<Utc>,
    ) -> Result<u64, PlanSaveError> {
        let key = self.plan_key();
        let mut stored_revision = 0;
        if let Some(raw) = self.backend.get(&key)? {
            match read_plan(&raw) {
                Ok(theirs) if theirs.revision > base_revision => {
                    return Err(PlanSaveError::Conflict { theirs: Some(Box::new(theirs)) });
                }
                Ok(theirs) => stored_revision = theirs.revision,
                // Text we cannot read was written by someone else (or a newer release): keep
                // it aside rather than write over it, then write ours.
                Err(_) => self.quarantine_or_refuse(&key, &raw)?,
            }
        }
        let revision = stored_revision.max(base_revision) + 1;
        self.write(plan, revision, now)?;
        Ok(revision)
    }

    /// "Keep mine": saves `plan` over whatever revision is stored now.
    pub fn save_over(&self, plan: &SupportPlan, now: DateTime<Utc>) -> Result<u64, PlanSaveError> {
        let stored_revision = match self.backend.get(&self.plan_key())? {
            Some(raw) => read_plan(&raw).map_or(0, |stored| stored.revision),
            None => 0,
        };
        self.save(plan, stored_revision, now)
    }

    /// Goes back to the default plan: removes the stored plan. A stored record that cannot be
    /// read is quarantined first, never deleted.
    pub fn reset(&self) -> Result<(), StorageError> {
        let key = self.plan_key();
        if let Some(raw) = self.backend.get(&key)? {
            if read_plan(&raw).is_err() {
                self.quarantine_or_refuse(&key, &raw)?;
                return Ok(());
            }
        }
        self.backend.remove(&key)
    }

    fn write(
        &self,
        plan: &SupportPlan,
        revision: u64,
        now: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        let envelope = PlanEnvelope {
            revision,
            schema: STORED_PLAN_SCHEMA.to_owned(),
            version: STORED_PLAN_VERSION,
            saved_at: now,
            plan: plan.clone(),
        };
        let text = serde_json::to_string(&envelope)
            .map_err(|error| StorageError::Other(format!("could not encode the plan: {error}")))?;
        self.backend.set(&self.plan_key(), &text)
    }

    /// Like [`PlanStore::quarantine`], but an error when the record could not be moved, so the
    /// caller does not write over it.
    fn quarantine_or_refuse(&self, key: &str, raw: &str) -> Result<(), StorageError> {
        if self.quarantine(key, raw) == key {
            Err(StorageError::Other("an unreadable stored plan could not be set aside".to_owned()))
        } else {
            Ok(())
        }
    }

    /// Moves an unreadable record aside under a quarantine key that is not taken yet, and
    /// returns where its text now is. If the copy cannot be written, the record stays where it
    /// was: it is never removed without a copy.
    fn quarantine(&self, key: &str, raw: &str) -> String {
        for attempt in 0..QUARANTINE_SLOTS {
            let name = if attempt == 0 {
                QUARANTINE_KEY.to_owned()
            } else {
                format!("{QUARANTINE_KEY}#{attempt}")
            };
            let quarantine_key = self.namespace.key(&name);
            match self.backend.get(&quarantine_key) {
                Ok(None) => {}
                Ok(Some(existing)) if existing == raw => {
                    let _ = self.backend.remove(key);
                    return quarantine_key;
                }
                Ok(Some(_)) => continue,
                Err(_) => return key.to_owned(),
            }
            if self.backend.set(&quarantine_key, raw).is_ok() {
                let _ = self.backend.remove(key);
                return quarantine_key;
            }
            return key.to_owned();
        }
        key.to_owned()
    }
}

/// True when `key` holds an unreadable plan set aside by the plan store, so the drafts' own
/// quarantine listing can leave it out.
pub fn is_plan_quarantine_key(namespace: &Namespace, key: &str) -> bool {
    is_quarantine_slot(key, &namespace.key(QUARANTINE_KEY))
}

/// True for `quarantine:plan` and `quarantine:plan#<n>`, but not for a draft quarantined under
/// an id that happens to start with "plan".
fn is_quarantine_slot(key: &str, quarantine_key: &str) -> bool {
    match key.strip_prefix(quarantine_key) {
        Some("") => true,
        Some(rest) => rest
            .strip_prefix('#')
            .is_some_and(|number| !number.is_empty() && number.chars().all(|c| c.is_ascii_digit())),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryBackend;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().expect("test times are valid RFC 3339")
    }

    const NOW: &str = "2026-11-21T09:00:00Z";

    fn store() -> (PlanStore, Rc<MemoryBackend>) {
        let backend = Rc::new(MemoryBackend::default());
        (PlanStore::new(backend.clone(), Namespace::new("ns")), backend)
    }

    fn plan_named(team: &str) -> SupportPlan {
        let mut plan = SupportPlan::example();
        plan.tiers[0].team_name = team.to_owned();
        plan
    }

    #[test]
    fn nothing_stored_means_the_default_plan() {
        let (store, _) = store();
        assert_eq!(store.load(), Ok(PlanLoadReport::default()));
        assert_eq!(store.plan_key(), "ns:plan");
    }

    #[test]
    fn a_saved_plan_loads_back_with_its_revision() {
        let (store, backend) = store();
        let plan = plan_named("Zoë \"Z\" <script>alert(1)</script> ☃");
        assert_eq!(store.save(&plan, 0, at(NOW)), Ok(1));
        assert_eq!(store.save(&plan, 1, at(NOW)), Ok(2));
        let report = store.load().unwrap();
        assert_eq!(report.stored, Some(StoredPlan { plan, revision: 2 }));
        assert!(report.quarantined.is_empty());
        let raw = backend.get("ns:plan").unwrap().unwrap();
        assert!(
            raw.starts_with(r#"{"revision":2,"schema":"support-triage/stored-plan","version":1"#)
        );
        assert_eq!(backend.keys().unwrap(), vec!["ns:plan".to_owned()]);
    }

    /// A version 1 record exactly as the first release of the plan store wrote it.
    const VERSION_1_FIXTURE: &str = r#"{"revision":7,"schema":"support-triage/stored-plan","version":1,"saved_at":"2026-11-20T10:00:00Z","plan":{"tiers":[{"number":1,"team_name":"Helpdesk","contacts":[{"name":"Ana","email":"ana@example.com","phone":"","role":"Lead"}],"responsibilities":["Take calls"],"hours":"9 to 5"}],"rollout_note":"Bridge call"}}"#;

    #[test]
    fn the_version_1_fixture_reads_with_defaults_for_missing_parts() {
        let (store, backend) = store();
        backend.set("ns:plan", VERSION_1_FIXTURE).unwrap();
        let stored = store.load().unwrap().stored.expect("the fixture is readable");
        assert_eq!(stored.revision, 7);
        assert_eq!(stored.plan.tiers[0].contacts[0].name, "Ana");
        assert_eq!(stored.plan.rollout_note, "Bridge call");
        assert!(stored.plan.escalation.is_empty());
    }

    #[test]
    fn a_newer_revision_from_another_tab_is_never_overwritten() {
        let (store, _) = store();
        assert_eq!(store.save(&plan_named("Mine"), 0, at(NOW)), Ok(1));
        // The other tab read revision 1 and saved revision 2.
        assert_eq!(store.save(&plan_named("Theirs"), 1, at(NOW)), Ok(2));
        match store.save(&plan_named("Mine, edited"), 1, at(NOW)) {
            Err(PlanSaveError::Conflict { theirs: Some(theirs) }) => {
                assert_eq!(theirs.revision, 2);
                assert_eq!(theirs.plan.tiers[0].team_name, "Theirs");
            }
            other => panic!("expected a conflict, got {other:?}"),
        }
        assert_eq!(store.load().unwrap().stored.unwrap().plan.tiers[0].team_name, "Theirs");
        // Keep mine.
        assert_eq!(store.save_over(&plan_named("Mine, edited"), at(NOW)), Ok(3));
        assert_eq!(store.load().unwrap().stored.unwrap().plan.tiers[0].team_name, "Mine, edited");
    }

    #[test]
    fn reset_removes_the_plan_and_a_later_save_starts_again() {
        let (store, backend) = store();
        store.save(&plan_named("Mine"), 0, at(NOW)).unwrap();
        store.reset().unwrap();
        assert_eq!(backend.get("ns:plan").unwrap(), None);
        assert_eq!(store.load().unwrap().stored, None);
        // A tab that still holds revision 1 saves again: nothing newer is stored, so it writes.
        assert_eq!(store.save(&plan_named("Again"), 1, at(NOW)), Ok(2));
        // Resetting with nothing stored is fine.
        store.reset().unwrap();
        store.reset().unwrap();
    }

    #[test]
    fn unreadable_plans_are_quarantined_never_overwritten_or_deleted() {
        let (store, backend) = store();
        // A quarantine slot already holding other text must be left alone.
        backend.set("ns:quarantine:plan", "older unreadable text").unwrap();
        // A draft quarantined under an id starting with "plan" is not ours.
        backend.set("ns:quarantine:plan-draft", "a draft").unwrap();
        backend.set("ns:plan", "{not json").unwrap();

        let report = store.load().unwrap();
        assert_eq!(report.stored, None);
        let keys: Vec<&str> = report.quarantined.iter().map(|record| record.key.as_str()).collect();
        assert_eq!(keys, ["ns:quarantine:plan#1", "ns:quarantine:plan"]);
        assert!(report.quarantined[0].reason.contains("not valid JSON"));
        assert_eq!(report.quarantined[0].raw, "{not json");
        assert_eq!(backend.get("ns:quarantine:plan").unwrap().unwrap(), "older unreadable text");
        assert_eq!(backend.get("ns:quarantine:plan#1").unwrap().unwrap(), "{not json");
        assert_eq!(backend.get("ns:plan").unwrap(), None);

        // Later loads list the same records and move nothing again.
        let again = store.load().unwrap();
        assert_eq!(again.quarantined.len(), 2);
        // Saving and resetting never touch the quarantine.
        store.save(&plan_named("New"), 0, at(NOW)).unwrap();
        store.reset().unwrap();
        assert_eq!(backend.get("ns:quarantine:plan").unwrap().unwrap(), "older unreadable text");
        assert_eq!(backend.get("ns:quarantine:plan#1").unwrap().unwrap(), "{not json");
    }

    #[test]
    fn plans_from_a_newer_release_or_another_schema_are_quarantined() {
        for (raw, expected_reason) in [
            (
                r#"{"revision":1,"schema":"support-triage/stored-plan","version":9,"plan":{}}"#,
                "newer version",
            ),
            (r#"{"schema":"someone-else"}"#, "someone-else"),
            (
                r#"{"revision":1,"schema":"support-triage/stored-plan","version":1,"saved_at":"2026-11-20T10:00:00Z","plan":{"tiers":"many"}}"#,
                "damaged",
            ),
        ] {
            let (store, backend) = store();
            backend.set("ns:plan", raw).unwrap();
            let report = store.load().unwrap();
            assert_eq!(report.stored, None, "{raw}");
            assert_eq!(report.quarantined.len(), 1, "{raw}");
            assert!(
                report.quarantined[0].reason.contains(expected_reason),
                "{raw}: {}",
                report.quarantined[0].reason
            );
            assert_eq!(backend.get("ns:quarantine:plan").unwrap().as_deref(), Some(raw));
        }
    }

    #[test]
    fn a_save_over_text_that_is_no_envelope_keeps_that_text() {
        let (store, backend) = store();
        backend.set("ns:plan", "hand-edited").unwrap();
        assert_eq!(store.save(&plan_named("Mine"), 0, at(NOW)), Ok(1));
        assert_eq!(backend.get("ns:quarantine:plan").unwrap().as_deref(), Some("hand-edited"));
        assert_eq!(store.load().unwrap().stored.unwrap().revision, 1);
        // Reset with an unreadable record sets it aside instead of deleting it.
        backend.set("ns:plan", "{\"revision\": 5}").unwrap();
        store.reset().unwrap();
        assert_eq!(backend.get("ns:plan").unwrap(), None);
        assert_eq!(
            backend.get("ns:quarantine:plan#1").unwrap().as_deref(),
            Some("{\"revision\": 5}")
        );
    }

    /// A backend whose writes fail, as a full or locked storage does.
    struct FullBackend(MemoryBackend);

    impl StorageBackend for FullBackend {
        fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
            self.0.get(key)
        }
        fn set(&self, _: &str, _: &str) -> Result<(), StorageError> {
            Err(StorageError::QuotaExceeded)
        }
        fn remove(&self, key: &str) -> Result<(), StorageError> {
            self.0.remove(key)
        }
        fn keys(&self) -> Result<Vec<String>, StorageError> {
            self.0.keys()
        }
        fn is_persistent(&self) -> bool {
            true
        }
    }

    #[test]
    fn storage_failures_are_values_and_unreadable_text_stays_put() {
        let inner = MemoryBackend::default();
        inner.set("ns:plan", "{not json").unwrap();
        let store = PlanStore::new(Rc::new(FullBackend(inner)), Namespace::new("ns"));
        assert_eq!(
            store.save(&plan_named("Mine"), 0, at(NOW)),
            Err(PlanSaveError::Storage(StorageError::Other(
                "an unreadable stored plan could not be set aside".to_owned()
            )))
        );
        // The record could not be copied aside, so it is reported where it is and not removed.
        let report = store.load().unwrap();
        assert_eq!(report.quarantined.len(), 1);
        assert_eq!(report.quarantined[0].key, "ns:plan");
        assert!(store.reset().is_err());
        assert_eq!(store.backend.get("ns:plan").unwrap().as_deref(), Some("{not json"));

        let empty =
            PlanStore::new(Rc::new(FullBackend(MemoryBackend::default())), Namespace::new("ns"));
        assert_eq!(
            empty.save(&plan_named("Mine"), 0, at(NOW)),
            Err(PlanSaveError::Storage(StorageError::QuotaExceeded))
        );
    }

    #[test]
    fn the_drafts_do_not_list_a_quarantined_plan() {
        let (store, backend) = store();
        backend.set("ns:plan", "{not json").unwrap();
        assert_eq!(store.load().unwrap().quarantined.len(), 1);
        let drafts = crate::store::drafts::DraftStore::new(backend.clone(), Namespace::new("ns"));
        let report = drafts.load_all(at(NOW), "unused").unwrap();
        assert!(report.quarantined.is_empty(), "{:?}", report.quarantined);
        let namespace = Namespace::new("ns");
        assert!(is_plan_quarantine_key(&namespace, "ns:quarantine:plan#12"));
        assert!(!is_plan_quarantine_key(&namespace, "ns:quarantine:plan-1"));
        assert!(!is_plan_quarantine_key(&namespace, "ns:quarantine:plan#"));
        assert!(!is_plan_quarantine_key(&namespace, "other:quarantine:plan"));
    }

    #[test]
    fn namespaces_keep_instances_apart() {
        let backend = Rc::new(MemoryBackend::default());
        let first = PlanStore::new(backend.clone(), Namespace::new("one"));
        let second = PlanStore::new(backend.clone(), Namespace::new("two"));
        first.save(&plan_named("First"), 0, at(NOW)).unwrap();
        assert_eq!(second.load().unwrap().stored, None);
        assert!(first.load().unwrap().stored.is_some());
    }

    #[test]
    fn parse_event_value_reads_only_envelopes() {
        let (store, backend) = store();
        store.save(&plan_named("Other tab"), 0, at(NOW)).unwrap();
        let raw = backend.get("ns:plan").unwrap().unwrap();
        assert_eq!(store.parse_event_value(&raw).map(|stored| stored.revision), Some(1));
        assert_eq!(store.parse_event_value("<html>"), None);
    }
}
