//! The plan builder's state with the real plan store over memory.

use std::rc::Rc;

use chrono::{DateTime, Utc};

use super::*;
use crate::app::document::write_unsaved;
use crate::domain::plan_edit::{Direction, PlanEdit, TierText};
use crate::store::plan::PlanStore;
use crate::store::{MemoryBackend, Namespace, StorageBackend};

fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("test times are valid RFC 3339")
}

const NOW: &str = "2026-11-21T09:00:00Z";

struct Tab {
    state: Rc<PlanState>,
    store: PlanStore,
}

impl Tab {
    fn new(backend: &Rc<MemoryBackend>) -> Tab {
        let store = PlanStore::new(backend.clone(), Namespace::new("ns"));
        let report = store.load().expect("memory storage reads");
        let state = PlanState::new(SupportPlan::example(), report.stored, report.quarantined, true);
        Tab { state: Rc::new(state), store }
    }

    fn dispatch(&mut self, action: PlanAction) {
        self.state = self.state.clone().reduced(action);
    }

    fn name_first_team(&mut self, team: &str) {
        let value = team.to_owned();
        self.dispatch(PlanAction::Edit(PlanEdit::TierText {
            tier: 1,
            field: TierText::TeamName,
            value,
        }));
    }

    fn autosave(&mut self) {
        let Some(unsaved) = self.state.unsaved() else { return };
        let outcome = write_unsaved(&self.store, &unsaved, at(NOW));
        self.dispatch(PlanAction::SaveDone(outcome));
    }

    fn first_team(&self) -> &str {
        &self.state.plan.tiers[0].team_name
    }

    fn status(&self) -> SaveStatus {
        self.state.persisted.save_status
    }
}

#[test]
fn visiting_without_changing_keeps_the_default_plan_unstored() {
    let backend = Rc::new(MemoryBackend::default());
    let mut tab = Tab::new(&backend);
    let default_team = tab.first_team().to_owned();
    let before = tab.state.clone();
    tab.name_first_team(&default_team);
    for edit in [
        PlanEdit::MoveStep { index: 0, direction: Direction::Up },
        PlanEdit::RemoveAgendaItem { index: 99 },
        PlanEdit::Replace(Box::new(SupportPlan::example())),
    ] {
        tab.dispatch(PlanAction::Edit(edit));
    }
    assert!(Rc::ptr_eq(&before, &tab.state));
    assert!(!tab.state.customised);
    tab.autosave();
    assert_eq!(backend.keys().unwrap(), Vec::<String>::new());
}

#[test]
fn a_named_edit_changes_the_plan_and_ends_the_import_notice() {
    let backend = Rc::new(MemoryBackend::default());
    let mut tab = Tab::new(&backend);
    let imported = SupportPlan::example();
    tab.dispatch(PlanAction::Imported { plan: imported, file_name: "plan.json".to_owned() });
    assert!(tab.state.before_import.is_some());
    tab.dispatch(PlanAction::Edit(PlanEdit::RemoveStep { index: 0 }));
    assert_eq!(tab.state.plan.escalation.len(), SupportPlan::example().escalation.len() - 1);
    assert_eq!(tab.state.notice, None);
    assert_eq!(tab.state.before_import, None);
    assert_eq!(tab.status(), SaveStatus::Pending);
}

#[test]
fn a_change_is_saved_and_an_import_can_be_undone() {
    let backend = Rc::new(MemoryBackend::default());
    let mut tab = Tab::new(&backend);
    tab.name_first_team("Helpdesk North");
    assert_eq!(tab.status(), SaveStatus::Pending);
    tab.autosave();
    assert_eq!(tab.status(), SaveStatus::Saved);
    assert_eq!(tab.state.persisted.revision, 1);

    let mut imported = SupportPlan::example();
    imported.tiers[0].team_name = "From a file".to_owned();
    tab.dispatch(PlanAction::Imported { plan: imported, file_name: "plan.json".to_owned() });
    assert_eq!(tab.first_team(), "From a file");
    tab.dispatch(PlanAction::UndoImport);
    assert_eq!(tab.first_team(), "Helpdesk North");
    assert_eq!(tab.state.notice, Some(PlanNotice::ImportUndone));
    tab.autosave();
    assert_eq!(
        tab.store.load().unwrap().stored.unwrap().record.tiers[0].team_name,
        "Helpdesk North"
    );
}

#[test]
fn a_conflict_with_another_tab_keeps_theirs_or_mine() {
    for keep_mine in [false, true] {
        let backend = Rc::new(MemoryBackend::default());
        let (mut mine, mut theirs) = (Tab::new(&backend), Tab::new(&backend));
        theirs.name_first_team("Theirs");
        theirs.autosave();
        mine.name_first_team("Mine");
        mine.autosave();
        assert!(mine.state.persisted.conflict.is_some());
        assert_eq!(mine.first_team(), "Mine");
        if keep_mine {
            let saved = mine.store.save_over(&mine.state.plan, at(NOW)).unwrap();
            mine.dispatch(PlanAction::KeptMine(saved));
            assert_eq!(
                mine.store.load().unwrap().stored.unwrap().record.tiers[0].team_name,
                "Mine"
            );
        } else {
            mine.dispatch(PlanAction::KeepTheirs);
            assert_eq!(mine.first_team(), "Theirs");
        }
        assert_eq!(mine.state.persisted.conflict, None);
        assert_eq!(mine.status(), SaveStatus::Saved);
        mine.name_first_team("Later");
        mine.autosave();
        assert_eq!(mine.status(), SaveStatus::Saved, "keep mine: {keep_mine}");
    }
}

#[test]
fn the_same_plan_from_another_tab_only_moves_the_revision() {
    let backend = Rc::new(MemoryBackend::default());
    let (mut mine, mut theirs) = (Tab::new(&backend), Tab::new(&backend));
    theirs.name_first_team("Same");
    theirs.autosave();
    mine.name_first_team("Same");
    let stored = mine.store.load().unwrap().stored;
    mine.dispatch(PlanAction::ChangedElsewhere(stored));
    assert_eq!(mine.state.persisted.revision, 1);
    assert_eq!(mine.state.persisted.conflict, None);
    mine.autosave();
    assert_eq!(mine.status(), SaveStatus::Saved);
}

#[test]
fn a_reset_in_another_tab_never_loses_unsaved_changes_here() {
    let backend = Rc::new(MemoryBackend::default());
    let mut mine = Tab::new(&backend);
    mine.name_first_team("Mine");
    mine.autosave();
    let other = Tab::new(&backend);
    other.store.reset().unwrap();
    // Unsaved changes here: the reset is noted but ours are written again.
    mine.name_first_team("Mine, edited");
    mine.dispatch(PlanAction::ChangedElsewhere(None));
    assert_eq!(mine.first_team(), "Mine, edited");
    mine.autosave();
    assert_eq!(mine.status(), SaveStatus::RestoredAfterRemoval);
    assert_eq!(
        mine.store.load().unwrap().stored.unwrap().record.tiers[0].team_name,
        "Mine, edited"
    );
    // Nothing unsaved: another tab's reset brings the default back here too.
    other.store.reset().unwrap();
    mine.dispatch(PlanAction::ChangedElsewhere(None));
    assert!(!mine.state.customised);
    assert_eq!(mine.status(), SaveStatus::UpdatedElsewhere);
}

#[test]
fn a_reset_sets_unreadable_text_aside_and_lists_it() {
    let backend = Rc::new(MemoryBackend::default());
    let mut tab = Tab::new(&backend);
    tab.name_first_team("Mine");
    tab.autosave();
    backend.set("ns:plan", "{hand-edited").unwrap();
    let quarantined = tab.store.reset().unwrap();
    tab.dispatch(PlanAction::ResetDone { quarantined });
    assert_eq!(tab.state.quarantined.len(), 1);
    assert_eq!(tab.state.quarantined[0].key, "ns:quarantine:plan");
    assert_eq!(tab.state.notice, Some(PlanNotice::Reset));
    assert!(!tab.state.customised);
    assert_eq!(backend.get("ns:quarantine:plan").unwrap().as_deref(), Some("{hand-edited"));
}
