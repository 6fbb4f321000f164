//! Stored record formats, old and new, and the code that brings old ones up to date.
//!
//! A stored draft is an envelope around the ticket:
//!
//! ```json
//! {"revision": 3, "schema": "support-triage/draft", "version": 1, "saved_at": "...", "ticket": {...}}
//! ```
//!
//! and the support plan is the same envelope around `"plan"` (see [`super::record`], which reads
//! and writes both). `version` is the envelope's schema version: a record with a newer version
//! than this release reads was written by a newer release of the app and is quarantined, never
//! rewritten, so the newer release can still read it.
//!
//! Version history:
//! - version 0: the first release kept only the problem title, as plain text under the key
//!   `scratch-problem-title`. [`migrate_scratch_title`] turns it into a draft.
//! - version 1: the envelope above. Values inside the ticket changed within version 1 in a way
//!   that older records still read: the support plan `small_tenant` became `professional` with a
//!   tenant of fewer than 100 licences, and the request kind
//!   `configuration_manager_or_endpoint_protection` became
//!   `standalone_configuration_manager_or_endpoint_protection` (see `domain::ticket`).

use chrono::{DateTime, Utc};

use super::quarantine::{RecordKind, UnreadableReason};
use super::record::Record;
use crate::domain::plan::SupportPlan;
use crate::domain::ticket::Ticket;

/// The schema name written into every stored draft.
pub const DRAFT_SCHEMA: &str = "support-triage/draft";
/// The current draft envelope version.
pub const DRAFT_VERSION: u32 = 1;
/// The key (inside the namespace) of the version 0 format.
pub const SCRATCH_TITLE_KEY: &str = "scratch-problem-title";

/// The schema name written into the stored plan.
pub const STORED_PLAN_SCHEMA: &str = "support-triage/stored-plan";
/// The current plan envelope version.
pub const STORED_PLAN_VERSION: u32 = 1;

impl Record for Ticket {
    const KIND: RecordKind = RecordKind::Draft;
    const SCHEMA: &'static str = DRAFT_SCHEMA;
    const VERSION: u32 = DRAFT_VERSION;
    const FIELD: &'static str = "ticket";
    const KEY_PREFIX: &'static str = "draft:";

    /// Version 1 is the only envelope version so far; a version 2 adds a match on `version`
    /// here that converts a version 1 value before deserialising.
    fn read(raw: &str, _version: u32, name: &str) -> Result<Self, UnreadableReason> {
        let ticket: Ticket = serde_json::from_str(raw)
            .map_err(|error| UnreadableReason::Invalid(error.to_string()))?;
        if ticket.id != name {
            return Err(UnreadableReason::IdMismatch);
        }
        Ok(ticket)
    }
}

/// Plan envelope version history:
/// - version 1: the first plan store; the plan is read with defaults for parts added since.
impl Record for SupportPlan {
    const KIND: RecordKind = RecordKind::Plan;
    const SCHEMA: &'static str = STORED_PLAN_SCHEMA;
    const VERSION: u32 = STORED_PLAN_VERSION;
    const FIELD: &'static str = "plan";
    const KEY_PREFIX: &'static str = "";
}

/// Version 0 to 1: the first release's lone problem title becomes a draft.
pub fn migrate_scratch_title(title: &str, id: &str, now: DateTime<Utc>) -> Ticket {
    let mut ticket = Ticket::new_draft(id, now);
    ticket.title = title.to_owned();
    ticket
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::record::{read_envelope, Stored};

    fn read_draft(raw: &str, id: &str) -> Result<Stored<Ticket>, UnreadableReason> {
        read_envelope::<Ticket>(raw, id)
    }

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().expect("test times are valid RFC 3339")
    }

    /// A version 1 record exactly as the first envelope release wrote it.
    const VERSION_1_FIXTURE: &str = r#"{"revision":4,"schema":"support-triage/draft","version":1,"saved_at":"2026-11-20T10:00:00Z","ticket":{"id":"d-1","title":"Enrolment fails","description":"Android enrolment fails with 0x80180014","request_kind":"technical","customer_plan":"professional","created_at":"2026-11-20T09:00:00Z","updated_at":"2026-11-20T10:00:00Z"}}"#;

    #[test]
    fn version_1_fixture_reads_with_defaults_for_missing_fields() {
        let envelope = read_draft(VERSION_1_FIXTURE, "d-1").expect("the fixture is readable");
        assert_eq!(envelope.revision, 4);
        assert_eq!(envelope.record.title, "Enrolment fails");
        assert_eq!(envelope.record.details.platforms, Vec::<String>::new());
    }

    #[test]
    fn drafts_stored_before_the_tenant_size_question_still_read() {
        use crate::domain::request::{RequestKind, SupportContract, TenantSize};
        let stored = VERSION_1_FIXTURE
            .replace("\"technical\"", "\"configuration_manager_or_endpoint_protection\"")
            .replace("\"professional\"", "\"small_tenant\"");
        let envelope = read_draft(&stored, "d-1").expect("the old values still read");
        let ticket = &envelope.record;
        assert_eq!(ticket.request_kind, Some(RequestKind::StandaloneConfigurationManager));
        assert_eq!(ticket.support_contract, Some(SupportContract::Professional));
        assert_eq!(ticket.details.tenant_size, Some(TenantSize::FewerThan100));
        assert_eq!(envelope.revision, 4);
    }

    #[test]
    fn version_0_scratch_title_becomes_a_draft() {
        let ticket = migrate_scratch_title("Printers vanish", "d-0", at("2026-11-21T08:00:00Z"));
        assert_eq!(ticket.id, "d-0");
        assert_eq!(ticket.title, "Printers vanish");
        assert_eq!(ticket.created_at, at("2026-11-21T08:00:00Z"));
    }

    fn check(raw: &str, expected: UnreadableReason) {
        assert_eq!(read_draft(raw, "d-1"), Err(expected), "{raw}");
    }

    #[test]
    fn unreadable_records_say_why() {
        check(
            r#"{"revision":1,"schema":"support-triage/draft","version":9,"ticket":{}}"#,
            UnreadableReason::FutureVersion { found: 9, readable: 1 },
        );
        check(r#"{"schema":"someone-else"}"#, UnreadableReason::WrongSchema("someone-else".into()));
        assert!(matches!(read_draft("[1,2]", "d-1"), Err(UnreadableReason::NotJson(_))));
        assert!(matches!(read_draft("{not json", "d-1"), Err(UnreadableReason::NotJson(_))));
        assert!(matches!(
            read_draft(r#"{"schema":"support-triage/draft","version":1,"revision":"x"}"#, "d-1"),
            Err(UnreadableReason::Invalid(_))
        ));
        assert_eq!(
            read_draft(&VERSION_1_FIXTURE.replace("\"d-1\"", "\"d-2\""), "d-1"),
            Err(UnreadableReason::IdMismatch)
        );
    }
}

/// Arbitrary text and arbitrary JSON-shaped values fed to every reader of stored or imported
/// drafts: they may refuse, never panic. `PROPTEST_CASES=200000 cargo test --release --lib
/// store::migrate::fuzz` runs them for minutes (see docs/configuration.md for the same knob).
/// proptest is a native-only test dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz {
    use super::*;
    use crate::domain::export::ticket_from_json;
    use crate::store::drafts::DraftStore;
    use crate::store::{MemoryBackend, Namespace};
    use proptest::prelude::*;
    use std::rc::Rc;

    const FIELD_NAMES: &[&str] = &[
        "revision",
        "schema",
        "version",
        "saved_at",
        "ticket",
        "id",
        "title",
        "description",
        "request_kind",
        "customer_plan",
        "tenant_size",
        "impact",
        "usability",
        "scope",
        "business_impact",
        "workaround",
        "severity_override",
        "level",
        "reason",
        "details",
        "platforms",
        "escalation_trail",
        "tier",
        "contact",
        "email",
        "preferred_method",
        "status",
        "state",
        "filed_at",
        "vendor_ticket_number",
        "helpdesk_handoff",
        "created_at",
        "updated_at",
        "drafts",
        "derived",
    ];

    const INTERESTING_TEXTS: &[&str] = &[
        "",
        "support-triage/draft",
        "support-triage/ticket",
        "support-triage/drafts",
        "technical",
        "premier",
        "small_tenant",
        "configuration_manager_or_endpoint_protection",
        "fewer_than_100_licences",
        "unusable",
        "dont_know",
        "critical",
        "filed",
        "draft",
        "2026-11-21T08:00:00Z",
        "2026-02-30T25:61:00Z",
        "9999-12-31T23:59:59Z",
        "<script>",
        "\u{202E}",
        "d-1",
    ];

    fn json_value() -> impl Strategy<Value = serde_json::Value> {
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::Bool),
            any::<i64>().prop_map(|number| serde_json::json!(number)),
            any::<u64>().prop_map(|number| serde_json::json!(number)),
            any::<f64>().prop_map(|number| serde_json::json!(number)),
            proptest::sample::select(INTERESTING_TEXTS)
                .prop_map(|text| serde_json::Value::String(text.to_owned())),
            any::<String>().prop_map(serde_json::Value::String),
        ];
        leaf.prop_recursive(4, 64, 8, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
                proptest::collection::btree_map(
                    proptest::sample::select(FIELD_NAMES).prop_map(str::to_owned),
                    inner,
                    0..8,
                )
                .prop_map(|map| serde_json::Value::Object(map.into_iter().collect())),
            ]
        })
    }

    fn check_every_reader(text: &str) {
        let _ = crate::store::record::read_envelope::<Ticket>(text, "d-1");
        let _ = crate::store::record::read_envelope::<SupportPlan>(text, "plan");
        let _ = ticket_from_json(text);
        let backend = Rc::new(MemoryBackend::default());
        let store = DraftStore::new(backend.clone(), Namespace::new("fuzz"));
        let now = chrono::DateTime::UNIX_EPOCH;
        let _ = store.import_bundle(text, now);
        // The same text as a stored record: loading quarantines or reads it, never panics.
        let _ = crate::store::StorageBackend::set(&*backend, "fuzz:draft:d-1", text);
        let _ = store.load_all(now, "new");
        // And written over: set aside or refused, never a panic.
        let _ = crate::store::StorageBackend::set(&*backend, "fuzz:draft:d-1", text);
        let _ = store.save(&Ticket::new_draft("d-1", now), 1, now);
    }

    proptest! {
        #[test]
        fn arbitrary_text_never_panics_a_draft_reader(text in any::<String>()) {
            check_every_reader(&text);
        }

        #[test]
        fn arbitrary_bytes_never_panic_a_draft_reader(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            check_every_reader(&String::from_utf8_lossy(&bytes));
        }

        #[test]
        fn json_shaped_values_never_panic_a_draft_reader(value in json_value()) {
            check_every_reader(&value.to_string());
            // Also wrapped the way each reader expects, so the values reach the inner fields.
            let envelope = serde_json::json!({"revision": 1, "schema": DRAFT_SCHEMA, "version": 1, "ticket": value});
            check_every_reader(&envelope.to_string());
            let export = serde_json::json!({"schema": "support-triage/ticket", "version": 1, "ticket": value});
            check_every_reader(&export.to_string());
            let bundle = serde_json::json!({"schema": "support-triage/drafts", "version": 1, "drafts": [value]});
            check_every_reader(&bundle.to_string());
        }
    }
}
