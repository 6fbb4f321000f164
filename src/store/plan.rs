//! The user's support plan: one storage key holding the plan in a revisioned envelope.
//!
//! Keys, all under the instance's namespace:
//! - `plan`: the plan in its envelope ([`super::record`]), `{"revision": 3, "schema":
//!   "support-triage/stored-plan", "version": 1, "saved_at": "...", "plan": {...}}`.
//! - `quarantine:plan` (then `quarantine:plan#1`, ...): the raw text of a stored plan that could
//!   not be read ([`super::quarantine`]).
//!
//! When no plan is stored the user works from the page owner's default plan (configuration);
//! resetting to the default removes the stored plan rather than copying the default into it,
//! so a later change of the default reaches users who never changed theirs.

use std::rc::Rc;

use chrono::{DateTime, Utc};

use super::quarantine::{self, QuarantinedRecord, RecordKind, PLAN_NAME};
use super::record::{Revisioned, Saved, Stored};
use super::{Namespace, StorageBackend, StorageError};
use crate::domain::plan::SupportPlan;

/// The plan as read from storage, with the revision that was read.
pub type StoredPlan = Stored<SupportPlan>;

/// Why the plan was not saved.
pub type PlanSaveError = super::record::SaveError<SupportPlan>;

/// What was found in storage at start-up.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanLoadReport {
    /// The user's plan, or `None` when the user works from the default plan.
    pub stored: Option<StoredPlan>,
    /// Plans that could not be read, now and in earlier sessions, kept as they were.
    pub quarantined: Vec<QuarantinedRecord>,
}

/// The user's plan of one app instance.
pub struct PlanStore {
    backend: Rc<dyn StorageBackend>,
    namespace: Namespace,
    records: Revisioned<SupportPlan>,
}

impl PlanStore {
    pub fn new(backend: Rc<dyn StorageBackend>, namespace: Namespace) -> Self {
        let records = Revisioned::new(backend.clone(), namespace.clone());
        PlanStore { backend, namespace, records }
    }

    /// True when the plan survives closing the page.
    pub fn is_persistent(&self) -> bool {
        self.backend.is_persistent()
    }

    /// The full storage key of the plan, for matching `storage` events from other tabs.
    pub fn plan_key(&self) -> String {
        self.records.key(PLAN_NAME)
    }

    /// Reads the stored plan. An unreadable one is moved to quarantine (never overwritten or
    /// deleted) and reported, and the user then starts from the default plan.
    pub fn load(&self) -> Result<PlanLoadReport, StorageError> {
        let keys = self.backend.keys()?;
        let (stored, just_quarantined) = self.records.load_or_quarantine(PLAN_NAME)?;
        let quarantined = quarantine::list(
            &*self.backend,
            &self.namespace,
            RecordKind::Plan,
            just_quarantined.into_iter().collect(),
            &keys,
        )?;
        Ok(PlanLoadReport { stored, quarantined })
    }

    /// Reads the plan from the text of a `storage` event (another tab's write).
    pub fn parse_event_value(&self, raw: &str) -> Option<StoredPlan> {
        self.records.parse_event_value(raw, PLAN_NAME)
    }

    /// Saves `plan` over the revision this tab last read or wrote (`base_revision`, 0 when it
    /// started from the default plan). Refuses, writing nothing, when another tab saved a newer
    /// revision in between or went back to the default plan.
    pub fn save(
        &self,
        plan: &SupportPlan,
        base_revision: u64,
        now: DateTime<Utc>,
    ) -> Result<Saved, PlanSaveError> {
        self.records.save(PLAN_NAME, plan, base_revision, now)
    }

    /// "Keep mine": saves `plan` over whatever is stored now.
    pub fn save_over(
        &self,
        plan: &SupportPlan,
        now: DateTime<Utc>,
    ) -> Result<Saved, PlanSaveError> {
        self.records.save_over(PLAN_NAME, plan, now)
    }

    /// Goes back to the default plan: removes the stored plan. A stored record that cannot be
    /// read is quarantined first, never deleted.
    pub fn reset(&self) -> Result<Option<QuarantinedRecord>, StorageError> {
        self.records.remove(PLAN_NAME)
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
        assert_eq!(store.save(&plan, 0, at(NOW)).map(|saved| saved.revision), Ok(1));
        assert_eq!(store.save(&plan, 1, at(NOW)).map(|saved| saved.revision), Ok(2));
        let report = store.load().unwrap();
        assert_eq!(report.stored, Some(StoredPlan { record: plan, revision: 2 }));
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
        assert_eq!(stored.record.tiers[0].contacts[0].name, "Ana");
        assert_eq!(stored.record.rollout_note, "Bridge call");
        assert!(stored.record.escalation.is_empty());
    }

    #[test]
    fn reset_removes_the_plan_and_a_later_save_starts_again() {
        let (store, backend) = store();
        store.save(&plan_named("Mine"), 0, at(NOW)).unwrap();
        store.reset().unwrap();
        assert_eq!(backend.get("ns:plan").unwrap(), None);
        assert_eq!(store.load().unwrap().stored, None);
        // A tab that still holds revision 1 is told the plan went back to the default; it
        // decides whether to write its plan again.
        assert_eq!(store.save(&plan_named("Again"), 1, at(NOW)), Err(PlanSaveError::Deleted));
        assert_eq!(
            store.save_over(&plan_named("Again"), at(NOW)).map(|saved| saved.revision),
            Ok(1)
        );
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
        assert!(matches!(
            report.quarantined[0].reason,
            QuarantineReason::Unreadable(UnreadableReason::NotJson(_))
        ));
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
                "FutureVersion",
            ),
            (r#"{"schema":"someone-else"}"#, "someone-else"),
            (
                r#"{"revision":1,"schema":"support-triage/stored-plan","version":1,"saved_at":"2026-11-20T10:00:00Z","plan":{"tiers":"many"}}"#,
                "Invalid",
            ),
        ] {
            let (store, backend) = store();
            backend.set("ns:plan", raw).unwrap();
            let report = store.load().unwrap();
            assert_eq!(report.stored, None, "{raw}");
            assert_eq!(report.quarantined.len(), 1, "{raw}");
            let found = format!("{:?}", report.quarantined[0].reason);
            assert!(found.contains(expected_reason), "{raw}: {found}");
            assert_eq!(backend.get("ns:quarantine:plan").unwrap().as_deref(), Some(raw));
        }
    }

    #[test]
    fn a_save_over_text_that_is_no_envelope_keeps_that_text() {
        let (store, backend) = store();
        backend.set("ns:plan", "hand-edited").unwrap();
        assert_eq!(store.save(&plan_named("Mine"), 0, at(NOW)).map(|saved| saved.revision), Ok(1));
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
}
