//! The app core with the real draft store over memory: what the user sees after each action
//! and each autosave outcome, including other tabs' writes.

use std::rc::Rc;

use chrono::{DateTime, Utc};

use super::*;
use crate::app::document::{write_unsaved, SaveOutcome, SaveStatus};
use crate::domain::ticket_edit::{TicketEdit, TicketText};
use crate::store::drafts::DraftStore;
use crate::store::{MemoryBackend, Namespace, StorageBackend};

fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("test times are valid RFC 3339")
}

const NOW: &str = "2026-11-21T09:00:00Z";

/// One tab: its state and its store, sharing `backend` with other tabs.
struct Tab {
    state: Rc<AppState>,
    store: DraftStore,
}

impl Tab {
    fn new(backend: &Rc<MemoryBackend>) -> Tab {
        let store = DraftStore::new(backend.clone(), Namespace::new("ns"));
        let report = store.load_all(at(NOW), "unused").expect("memory storage reads");
        Tab { state: Rc::new(AppState::new(report.drafts, report.quarantined, true)), store }
    }

    fn dispatch(&mut self, action: AppAction) {
        self.state = self.state.clone().reduced(action);
    }

    fn open(&mut self, id: &str) {
        let draft = self.store.load(id).unwrap().expect("the draft is stored");
        self.dispatch(AppAction::OpenDraft { draft, screen: Screen::Flow(FlowStep::Problem) });
    }

    fn type_title(&mut self, title: &str) {
        self.dispatch(AppAction::Edit {
            apply: Ticket::apply,
            edit: TicketEdit::Text(TicketText::Title, title.to_owned()),
            now: at(NOW),
        });
    }

    /// What the autosave does when the pause ends.
    fn autosave(&mut self) {
        let Some(unsaved) = self.state.unsaved() else { return };
        let outcome = write_unsaved(&self.store, &unsaved, at(NOW));
        self.dispatch(AppAction::SaveDone { id: unsaved.name.clone(), outcome });
    }

    fn title(&self) -> &str {
        &self.state.ticket().expect("a draft is open").title
    }

    /// What a `storage` event from another tab's write of the open draft brings.
    fn storage_event(&mut self, backend: &MemoryBackend) {
        let id = self.state.ticket().expect("a draft is open").id.clone();
        let raw = backend.get(&self.store.draft_key(&id)).unwrap().expect("stored");
        let theirs = self.store.parse_event_value(&raw, &id).expect("readable");
        self.dispatch(AppAction::ChangedElsewhere(theirs));
    }
}

fn two_tabs_on_one_draft() -> (Rc<MemoryBackend>, Tab, Tab) {
    let backend = Rc::new(MemoryBackend::default());
    let store = DraftStore::new(backend.clone(), Namespace::new("ns"));
    let mut ticket = Ticket::new_draft("a", at(NOW));
    ticket.title = "Printers".to_owned();
    store.create(&ticket, at(NOW)).unwrap();
    let (mut mine, mut theirs) = (Tab::new(&backend), Tab::new(&backend));
    mine.open("a");
    theirs.open("a");
    (backend, mine, theirs)
}

#[test]
fn typing_is_pending_until_the_autosave_writes_it() {
    let (_, mut tab, _) = two_tabs_on_one_draft();
    assert_eq!(tab.state.save_status(), SaveStatus::Idle);
    tab.type_title("Printers vanish");
    assert_eq!(tab.state.save_status(), SaveStatus::Pending);
    assert_eq!(tab.state.unsaved().map(|unsaved| unsaved.base_revision), Some(1));
    tab.autosave();
    assert_eq!(tab.state.save_status(), SaveStatus::Saved);
    assert_eq!(tab.state.unsaved(), None);
    assert_eq!(tab.store.load("a").unwrap().unwrap().revision, 2);
    assert_eq!(tab.state.drafts[0].title, "Printers vanish");
    // Typing the same text again changes nothing and saves nothing.
    let before = tab.state.clone();
    tab.type_title("Printers vanish");
    assert!(Rc::ptr_eq(&before, &tab.state));
}

#[test]
fn a_save_of_an_older_change_never_marks_a_newer_one_saved() {
    let (_, mut tab, _) = two_tabs_on_one_draft();
    tab.type_title("Printers v");
    let older = tab.state.unsaved().expect("a change");
    tab.type_title("Printers vanish");
    let outcome = write_unsaved(&tab.store, &older, at(NOW));
    tab.dispatch(AppAction::SaveDone { id: "a".to_owned(), outcome });
    assert_eq!(tab.state.save_status(), SaveStatus::Pending);
    tab.autosave();
    assert_eq!(tab.state.save_status(), SaveStatus::Saved);
    assert_eq!(tab.store.load("a").unwrap().unwrap().record.title, "Printers vanish");
}

#[test]
fn another_tabs_write_replaces_ours_when_we_have_nothing_unsaved() {
    let (backend, mut mine, mut theirs) = two_tabs_on_one_draft();
    theirs.type_title("Theirs");
    theirs.autosave();
    mine.storage_event(&backend);
    assert_eq!(mine.title(), "Theirs");
    assert_eq!(mine.state.save_status(), SaveStatus::UpdatedElsewhere);
    assert_eq!(mine.state.conflict(), None);
    // Our next change builds on their revision: no conflict.
    mine.type_title("Mine after theirs");
    mine.autosave();
    assert_eq!(mine.state.save_status(), SaveStatus::Saved);
}

#[test]
fn a_conflict_offers_theirs_mine_or_both_and_loses_nothing() {
    for choice in ["theirs", "mine", "both"] {
        let (_, mut mine, mut theirs) = two_tabs_on_one_draft();
        theirs.type_title("Theirs");
        theirs.autosave();
        mine.type_title("Mine");
        mine.autosave();
        let conflict = mine.state.conflict().expect("a conflict").clone();
        assert_eq!(conflict.record.title, "Theirs");
        assert_eq!(mine.title(), "Mine", "{choice}: ours stays on screen while the user chooses");
        assert!(mine.state.save_status().has_unsaved_changes());
        match choice {
            "theirs" => {
                mine.dispatch(AppAction::KeepTheirs);
                assert_eq!(mine.title(), "Theirs");
            }
            "mine" => {
                let ticket = mine.state.ticket().unwrap().clone();
                let saved = mine.store.save_over(&ticket, at(NOW)).unwrap();
                mine.dispatch(AppAction::KeptMine(saved));
                assert_eq!(mine.title(), "Mine");
                assert_eq!(mine.store.load("a").unwrap().unwrap().record.title, "Mine");
            }
            _ => {
                let mut copy = mine.state.ticket().unwrap().clone();
                copy.id = "a-copy".to_owned();
                mine.store.create(&copy, at(NOW)).unwrap();
                mine.dispatch(AppAction::KeptBoth { copy });
                assert_eq!(mine.title(), "Theirs");
                let titles: Vec<&str> =
                    mine.state.drafts.iter().map(|d| d.title.as_str()).collect();
                assert_eq!(titles, ["Theirs", "Mine"]);
            }
        }
        assert_eq!(mine.state.conflict(), None, "{choice}");
        assert_eq!(mine.state.save_status(), SaveStatus::Saved, "{choice}");
        // Whatever was chosen, the next change saves without another conflict.
        mine.type_title("Later");
        mine.autosave();
        assert_eq!(mine.state.save_status(), SaveStatus::Saved, "{choice}");
    }
}

#[test]
fn a_draft_deleted_in_another_tab_is_written_again_with_our_changes() {
    let (_, mut mine, theirs) = two_tabs_on_one_draft();
    theirs.store.delete("a").unwrap();
    mine.type_title("Still typing");
    mine.autosave();
    assert_eq!(mine.state.save_status(), SaveStatus::RestoredAfterRemoval);
    assert_eq!(mine.store.load("a").unwrap().unwrap().record.title, "Still typing");
    assert_eq!(mine.store.load_all(at(NOW), "x").unwrap().drafts.len(), 1, "back in the index");
}

#[test]
fn an_unreadable_record_under_the_open_draft_is_quarantined_and_listed() {
    let (backend, mut mine, _) = two_tabs_on_one_draft();
    backend.set("ns:draft:a", "{written by a newer release").unwrap();
    mine.type_title("Mine");
    mine.autosave();
    assert_eq!(mine.state.save_status(), SaveStatus::Saved);
    let keys: Vec<&str> = mine.state.quarantined.iter().map(|record| record.key.as_str()).collect();
    assert_eq!(keys, ["ns:quarantine:a"]);
    assert_eq!(
        backend.get("ns:quarantine:a").unwrap().as_deref(),
        Some("{written by a newer release")
    );
    assert_eq!(mine.store.load("a").unwrap().unwrap().record.title, "Mine");
}

#[test]
fn a_failed_write_keeps_the_change_and_the_next_one_retries() {
    let (_, mut tab, _) = two_tabs_on_one_draft();
    tab.type_title("Mine");
    tab.dispatch(AppAction::SaveDone {
        id: "a".to_owned(),
        outcome: SaveOutcome::Failed { quota: true },
    });
    assert_eq!(tab.state.save_status(), SaveStatus::NotSavedQuota);
    assert_eq!(tab.title(), "Mine");
    tab.type_title("Mine, again");
    tab.autosave();
    assert_eq!(tab.state.save_status(), SaveStatus::Saved);
}

#[test]
fn resuming_opens_the_stored_draft_where_the_user_was() {
    let (_, _, mut tab) = two_tabs_on_one_draft();
    tab.store.write_position("flow:impact", Some("a")).unwrap();
    let (screen, id) = tab.store.read_position().expect("a position");
    let screen = Screen::from_id(&screen).expect("a known screen");
    let draft = tab.store.load(id.as_deref().unwrap()).unwrap().unwrap();
    tab.dispatch(AppAction::OpenDraft { draft, screen });
    assert_eq!(tab.state.screen, Screen::Flow(FlowStep::Impact));
    assert_eq!(tab.title(), "Printers");
    assert_eq!(tab.state.save_status(), SaveStatus::Idle);
}

#[test]
fn deleting_the_open_draft_closes_it_and_can_be_undone() {
    let (_, mut tab, _) = two_tabs_on_one_draft();
    let ticket = tab.state.ticket().unwrap().clone();
    tab.dispatch(AppAction::DraftsDeleted(vec![ticket.clone()]));
    assert_eq!(tab.state.open, None);
    assert!(tab.state.drafts.is_empty());
    assert_eq!(tab.state.recently_deleted.as_deref(), Some(&vec![ticket.clone()]));
    tab.dispatch(AppAction::DraftsAdded(vec![ticket]));
    assert_eq!(tab.state.drafts.len(), 1);
    assert_eq!(tab.state.recently_deleted, None);
}

#[test]
fn the_flow_steps_and_screens_keep_their_stored_names() {
    for step in FlowStep::ALL {
        assert_eq!(FlowStep::from_id(step.id()), Some(step));
        assert_eq!(Screen::from_id(&Screen::Flow(step).id()), Some(Screen::Flow(step)));
    }
    assert_eq!(FlowStep::Problem.previous(), None);
    assert_eq!(FlowStep::Problem.next(), Some(FlowStep::BeforeYouFile));
    assert_eq!(FlowStep::CheckAnswers.next(), None);
    assert_eq!(Screen::from_id("nowhere"), None);
}

#[test]
fn drafts_split_from_one_description_show_each_other_both_ways() {
    let draft = |id: &str, links: &[&str]| {
        let mut ticket = Ticket::new_draft(id, at(NOW));
        ticket.linked_draft_ids = links.iter().map(|link| (*link).to_owned()).collect();
        StoredDraft { record: ticket, revision: 1 }
    };
    // "a" was split into "b" and "c" and records both; "c" recorded only "a"; "d" is alone,
    // and "a" still names "gone", deleted since.
    let state = AppState::new(
        vec![draft("a", &["b", "c", "gone"]), draft("b", &[]), draft("c", &["a"]), draft("d", &[])],
        Vec::new(),
        true,
    );
    let ids = |id: &str| -> Vec<String> {
        state.linked_drafts(id).into_iter().map(|summary| summary.id.clone()).collect()
    };
    assert_eq!(ids("a"), ["b", "c"]);
    assert_eq!(ids("b"), ["a"], "b learns of a from a's record");
    assert_eq!(ids("c"), ["a"]);
    assert!(ids("d").is_empty());
}

/// Continue and Back from each step, on the way through and when changing an answer from
/// check your answers: `(step, from review, where Continue leads, where Back leads)`.
#[test]
fn continue_and_back_lead_through_the_steps_or_back_to_the_review() {
    let review = Screen::Flow(FlowStep::CheckAnswers);
    let cases = [
        (FlowStep::Problem, false, Screen::Flow(FlowStep::BeforeYouFile), Screen::Landing),
        (
            FlowStep::BeforeYouFile,
            false,
            Screen::Flow(FlowStep::RequestKind),
            Screen::Flow(FlowStep::Problem),
        ),
        (
            FlowStep::Details,
            false,
            Screen::Flow(FlowStep::CheckAnswers),
            Screen::Flow(FlowStep::Impact),
        ),
        (FlowStep::CheckAnswers, false, Screen::Ready, Screen::Flow(FlowStep::Details)),
        (FlowStep::Problem, true, review, review),
        (FlowStep::Impact, true, review, review),
    ];
    for (step, from_review, after, before) in cases {
        let state = Rc::new(AppState::new(Vec::new(), Vec::new(), true));
        let on_step = if from_review {
            state.reduced(AppAction::ChangeAnswer(step))
        } else {
            state.reduced(AppAction::Show(Screen::Flow(step)))
        };
        let continued = on_step.clone().reduced(AppAction::Show(on_step.screen_after(step)));
        assert_eq!(continued.screen, after, "Continue from {step:?} (from review: {from_review})");
        assert!(!continued.returning_to_review, "Continue from {step:?} ends the change");
        let went_back = on_step.clone().reduced(AppAction::Show(on_step.screen_before(step)));
        assert_eq!(went_back.screen, before, "Back from {step:?} (from review: {from_review})");
        assert!(!went_back.returning_to_review, "Back from {step:?} ends the change");
    }
}
