//! The rules of the revisioned store, checked once against a minimal record and once for each
//! kind of record the app keeps (drafts and the plan), through one `check_rules` helper.

use std::fmt::Debug;
use std::rc::Rc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::*;
use crate::domain::plan::SupportPlan;
use crate::domain::ticket::Ticket;
use crate::store::MemoryBackend;

fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("test times are valid RFC 3339")
}

const NOW: &str = "2026-11-21T09:00:00Z";

/// A record kind under test: how to make one that differs by a text, and the name it is kept
/// under.
trait Sample: Record + PartialEq + Debug {
    const NAME: &'static str;
    fn sample(text: &str) -> Self;
}

/// The smallest record: the rules must not depend on anything a ticket or a plan has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Note {
    text: String,
}

impl Record for Note {
    const KIND: RecordKind = RecordKind::Draft;
    const SCHEMA: &'static str = "test/note";
    const VERSION: u32 = 2;
    const FIELD: &'static str = "note";
    const KEY_PREFIX: &'static str = "note:";
}

impl Sample for Note {
    const NAME: &'static str = "n-1";
    fn sample(text: &str) -> Self {
        Note { text: text.to_owned() }
    }
}

impl Sample for Ticket {
    const NAME: &'static str = "d-1";
    fn sample(text: &str) -> Self {
        let mut ticket = Ticket::new_draft(Self::NAME, at("2026-11-21T08:00:00Z"));
        ticket.title = text.to_owned();
        ticket
    }
}

impl Sample for SupportPlan {
    const NAME: &'static str = crate::store::quarantine::PLAN_NAME;
    fn sample(text: &str) -> Self {
        let mut plan = SupportPlan::example();
        plan.rollout_note = text.to_owned();
        plan
    }
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

fn store<T: Record>() -> (Revisioned<T>, Rc<MemoryBackend>) {
    let backend = Rc::new(MemoryBackend::default());
    (Revisioned::new(backend.clone(), Namespace::new("ns")), backend)
}

fn envelope<T: Record>(revision: &str, version: u32, record: &T) -> String {
    let record = serde_json::to_string(record).expect("samples serialise");
    format!(
        r#"{{"revision":{revision},"schema":"{}","version":{version},"saved_at":"{NOW}","{}":{record}}}"#,
        T::SCHEMA,
        T::FIELD
    )
}

/// Texts another tab, a newer release, an extension or a hand edit may leave under the key.
fn unreadable_texts<T: Sample>() -> Vec<(String, &'static str)> {
    let sample = T::sample("theirs");
    vec![
        ("{not json".to_owned(), "NotJson"),
        ("hand-edited".to_owned(), "NotJson"),
        (r#"{"schema":"someone-else","revision":1}"#.to_owned(), "someone-else"),
        (envelope("1", T::VERSION + 1, &sample), "FutureVersion"),
        (envelope("18446744073709551615", T::VERSION, &sample), "RevisionOutOfRange"),
        (envelope("18446744073709551616", T::VERSION, &sample), "RevisionOutOfRange"),
        (envelope("9007199254740992", T::VERSION, &sample), "RevisionOutOfRange"),
        (envelope("-1", T::VERSION, &sample), "Invalid"),
        (
            envelope("1", T::VERSION, &sample).replace(&format!("\"{}\"", T::FIELD), "\"other\""),
            "Invalid",
        ),
    ]
}

/// Every rule of the store, for one kind of record.
fn check_rules<T: Sample>() {
    let name = T::NAME;
    let now = at(NOW);

    // Saves count revisions up from nothing and read back as written.
    let (records, backend) = store::<T>();
    assert_eq!(records.read(name), Ok(Slot::Empty));
    let first = records.save(name, &T::sample("one"), 0, now).expect("first save");
    assert_eq!(first, Saved { revision: 1, quarantined: None });
    assert_eq!(records.save(name, &T::sample("two"), 1, now).map(|saved| saved.revision), Ok(2));
    assert_eq!(records.load(name), Ok(Some(Stored { record: T::sample("two"), revision: 2 })));
    let raw = backend.get(&records.key(name)).unwrap().unwrap();
    assert!(
        raw.starts_with(&format!(
            r#"{{"revision":2,"schema":"{}","version":{}"#,
            T::SCHEMA,
            T::VERSION
        )),
        "{raw}"
    );
    assert_eq!(records.parse_event_value(&raw, name).map(|stored| stored.revision), Some(2));
    assert_eq!(records.parse_event_value("<html>", name), None);

    // A newer revision from another tab is never overwritten; "keep mine" writes over it.
    assert_eq!(records.save(name, &T::sample("theirs"), 2, now).map(|saved| saved.revision), Ok(3));
    match records.save(name, &T::sample("mine"), 2, now) {
        Err(SaveError::Conflict { theirs }) => {
            assert_eq!(*theirs, Stored { record: T::sample("theirs"), revision: 3 });
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(records.load(name).unwrap().unwrap().record, T::sample("theirs"));
    assert_eq!(records.save_over(name, &T::sample("mine"), now).map(|saved| saved.revision), Ok(4));
    assert_eq!(records.load(name).unwrap().unwrap().record, T::sample("mine"));

    // A record removed elsewhere after this tab read it is not silently written again.
    assert_eq!(records.remove(name), Ok(None));
    assert_eq!(records.save(name, &T::sample("mine"), 4, now), Err(SaveError::Deleted));
    assert_eq!(records.read(name), Ok(Slot::Empty));
    assert_eq!(records.save_over(name, &T::sample("mine"), now).map(|saved| saved.revision), Ok(1));
    assert_eq!(records.remove(name), Ok(None));
    assert_eq!(records.remove(name), Ok(None));

    // The largest revision still reads; a write past it is refused, never wrapped to 0.
    let (records, backend) = store::<T>();
    let edge = envelope(&MAX_REVISION.to_string(), T::VERSION, &T::sample("edge"));
    backend.set(&records.key(name), &edge).unwrap();
    assert_eq!(records.load(name).unwrap().map(|stored| stored.revision), Some(MAX_REVISION));
    assert!(matches!(
        records.save(name, &T::sample("mine"), MAX_REVISION, now),
        Err(SaveError::Storage(_))
    ));
    assert!(matches!(records.save_over(name, &T::sample("mine"), now), Err(SaveError::Storage(_))));
    assert_eq!(backend.get(&records.key(name)).unwrap(), Some(edge));

    // Unreadable text is set aside, never overwritten or deleted, by every kind of write.
    for (text, reason) in unreadable_texts::<T>() {
        for write in ["save", "save_over", "remove", "load"] {
            let (records, backend) = store::<T>();
            let key = records.key(name);
            backend.set(&key, &text).unwrap();
            // A slot already holding other text is left alone.
            backend.set(&format!("ns:quarantine:{name}"), "older text").unwrap();
            let quarantined = match write {
                "save" => records.save(name, &T::sample("mine"), 3, now).unwrap().quarantined,
                "save_over" => {
                    records.save_over(name, &T::sample("mine"), now).unwrap().quarantined
                }
                "remove" => records.remove(name).unwrap(),
                _ => records.load_or_quarantine(name).unwrap().1,
            };
            let quarantined =
                quarantined.unwrap_or_else(|| panic!("{write} of {text}: nothing set aside"));
            let slot = format!("ns:quarantine:{name}#1");
            assert_eq!(quarantined.key, slot, "{write} of {text}");
            assert_eq!(quarantined.raw, text);
            let found = format!("{:?}", quarantined.reason);
            assert!(found.contains(reason), "{write} of {text}: {found}");
            assert_eq!(backend.get(&slot).unwrap().as_deref(), Some(text.as_str()), "{write}");
            assert_eq!(
                backend.get(&format!("ns:quarantine:{name}")).unwrap().as_deref(),
                Some("older text")
            );
            match write {
                "save" => {
                    assert_eq!(records.load(name).unwrap().map(|stored| stored.revision), Some(4))
                }
                "save_over" => {
                    assert_eq!(records.load(name).unwrap().map(|stored| stored.revision), Some(1))
                }
                _ => assert_eq!(backend.get(&key).unwrap(), None),
            }
        }
    }

    // When the text cannot be set aside, nothing is written over it.
    let inner = MemoryBackend::default();
    let key =
        Revisioned::<T>::new(Rc::new(MemoryBackend::default()), Namespace::new("ns")).key(name);
    inner.set(&key, "{not json").unwrap();
    let records = Revisioned::<T>::new(Rc::new(FullBackend(inner)), Namespace::new("ns"));
    assert!(matches!(records.save(name, &T::sample("mine"), 1, now), Err(SaveError::Storage(_))));
    assert!(matches!(records.save_over(name, &T::sample("mine"), now), Err(SaveError::Storage(_))));
    assert!(records.remove(name).is_err());
    let (stored, reported) = records.load_or_quarantine(name).unwrap();
    assert_eq!(stored, None);
    assert_eq!(reported.map(|record| record.key), Some(key.clone()));
    assert!(matches!(records.read(name), Ok(Slot::Unreadable { .. })));

    // A full storage is a value, not a panic.
    let full =
        Revisioned::<T>::new(Rc::new(FullBackend(MemoryBackend::default())), Namespace::new("ns"));
    let refused = full.save(name, &T::sample("mine"), 0, now).unwrap_err();
    assert!(refused.is_quota(), "{refused}");

    // Namespaces keep instances apart.
    let backend = Rc::new(MemoryBackend::default());
    let first = Revisioned::<T>::new(backend.clone(), Namespace::new("one"));
    let second = Revisioned::<T>::new(backend, Namespace::new("two"));
    first.save(name, &T::sample("first"), 0, now).unwrap();
    assert_eq!(second.load(name), Ok(None));
}

#[test]
fn the_rules_hold_for_a_minimal_record() {
    check_rules::<Note>();
}

#[test]
fn the_rules_hold_for_drafts() {
    check_rules::<Ticket>();
}

#[test]
fn the_rules_hold_for_the_plan() {
    check_rules::<SupportPlan>();
}
