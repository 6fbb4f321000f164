//! The plan builder's state as a plain type with named actions. Like the app state, reducing
//! never touches storage: saving is a side effect of the autosave, which reports back through
//! [`PlanAction::SaveDone`].

use std::rc::Rc;

use super::document::{Persisted, SaveOutcome, SaveStatus, Unsaved};
use crate::domain::plan::SupportPlan;
use crate::domain::plan_edit::PlanEdit;
use crate::store::plan::StoredPlan;
use crate::store::quarantine::{QuarantinedRecord, PLAN_NAME};
use crate::store::record::Saved;

/// A one-off message on the task list about what just happened to the whole plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanNotice {
    /// A plan was imported from this file; the plan before it can be restored.
    Imported {
        file_name: String,
    },
    ImportUndone,
    /// The plan went back to the page owner's default.
    Reset,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanState {
    /// The plan the user works on: their own, or the default while they have none.
    pub plan: Rc<SupportPlan>,
    /// The page owner's default plan (configuration).
    pub default_plan: Rc<SupportPlan>,
    /// True when the user's own plan is stored (or is about to be); false while the default
    /// plan is in use.
    pub customised: bool,
    pub persisted: Persisted<SupportPlan>,
    /// Stored plans that could not be read, kept as they were.
    pub quarantined: Rc<Vec<QuarantinedRecord>>,
    /// False when the browser refused storage and the plan only lives in memory.
    pub storage_is_persistent: bool,
    /// The plan as it was before the last import, so the import can be undone.
    pub before_import: Option<Rc<SupportPlan>>,
    pub notice: Option<PlanNotice>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanAction {
    /// Change the plan. An edit that changes nothing is ignored, so merely visiting a page never
    /// turns the default plan into a stored copy.
    Edit(PlanEdit),
    /// Replace the plan with one read from a file.
    Imported { plan: SupportPlan, file_name: String },
    /// Go back to the plan as it was before the last import.
    UndoImport,
    /// The stored plan was removed; the default plan is in use again. Unreadable text that
    /// stood there was set aside instead.
    ResetDone { quarantined: Option<QuarantinedRecord> },
    /// What the autosave's write came to.
    SaveDone(SaveOutcome<SupportPlan>),
    /// Another tab saved a newer plan (`Some`) or went back to the default (`None`).
    ChangedElsewhere(Option<StoredPlan>),
    /// Forget the one-off notice (a later import failed, so it no longer describes the plan).
    DismissNotice,
    /// Resolve a conflict by taking the other tab's plan.
    KeepTheirs,
    /// Resolve a conflict by keeping ours (already written over theirs).
    KeptMine(Saved),
}

impl PlanState {
    /// The state at start-up: the stored plan if there is one, otherwise the default.
    pub fn new(
        default_plan: SupportPlan,
        stored: Option<StoredPlan>,
        quarantined: Vec<QuarantinedRecord>,
        storage_is_persistent: bool,
    ) -> PlanState {
        let default_plan = Rc::new(default_plan);
        let (plan, customised, revision) = match stored {
            Some(stored) => (Rc::new(stored.record), true, stored.revision),
            None => (default_plan.clone(), false, 0),
        };
        PlanState {
            plan,
            default_plan,
            customised,
            persisted: Persisted::opened(revision),
            quarantined: Rc::new(quarantined),
            storage_is_persistent,
            before_import: None,
            notice: None,
        }
    }

    /// The newest change that storage does not have, for the autosave.
    pub fn unsaved(&self) -> Option<Unsaved<SupportPlan>> {
        (self.persisted.save_status == SaveStatus::Pending).then(|| Unsaved {
            name: PLAN_NAME.to_owned(),
            record: self.plan.clone(),
            base_revision: self.persisted.revision,
            change_count: self.persisted.change_count,
        })
    }

    fn changed(&mut self, plan: SupportPlan) {
        self.plan = Rc::new(plan);
        self.customised = true;
        self.persisted.changed();
    }

    fn adopt(&mut self, theirs: StoredPlan) {
        self.plan = Rc::new(theirs.record);
        self.customised = true;
    }

    fn remember_quarantined(&mut self, record: Option<&QuarantinedRecord>) {
        if let Some(record) = record {
            let list = Rc::make_mut(&mut self.quarantined);
            if !list.iter().any(|known| known.key == record.key) {
                list.push(record.clone());
            }
        }
    }

    /// The state after `action`; the same `Rc` when nothing changed.
    pub fn reduced(self: Rc<Self>, action: PlanAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            PlanAction::Edit(edit) => {
                let mut plan = (*self.plan).clone();
                if !plan.apply(edit) {
                    return self;
                }
                next.changed(plan);
                next.before_import = None;
                next.notice = None;
            }
            PlanAction::Imported { plan, file_name } => {
                next.before_import = Some(self.plan.clone());
                next.changed(plan);
                next.notice = Some(PlanNotice::Imported { file_name });
            }
            PlanAction::UndoImport => {
                let Some(before) = next.before_import.take() else { return self };
                next.changed(Rc::unwrap_or_clone(before));
                next.notice = Some(PlanNotice::ImportUndone);
            }
            PlanAction::ResetDone { quarantined } => {
                next.remember_quarantined(quarantined.as_ref());
                next.plan = self.default_plan.clone();
                next.customised = false;
                next.persisted.removed(SaveStatus::Idle);
                next.before_import = None;
                next.notice = Some(PlanNotice::Reset);
            }
            PlanAction::SaveDone(outcome) => {
                next.remember_quarantined(outcome.quarantined());
                if let Some(theirs) = next.persisted.apply(outcome) {
                    next.adopt(theirs);
                }
            }
            PlanAction::ChangedElsewhere(Some(theirs)) => {
                if theirs.revision <= self.persisted.revision {
                    return self;
                }
                if *self.plan == theirs.record {
                    // The same plan: only remember the newer revision so our next save is not
                    // taken for a conflict.
                    next.persisted.revision = theirs.revision;
                    next.customised = true;
                    return Rc::new(next);
                }
                match next.persisted.theirs_arrived(theirs) {
                    Some(theirs) => next.adopt(theirs),
                    None if next.persisted.conflict.is_some() => {}
                    None => return self,
                }
            }
            PlanAction::ChangedElsewhere(None) => {
                // Another tab went back to the default. Unsaved changes here win: the next save
                // finds the plan removed and writes ours again, so nothing typed here is lost.
                if self.persisted.save_status.has_unsaved_changes() || !self.customised {
                    return self;
                }
                next.plan = self.default_plan.clone();
                next.customised = false;
                next.persisted.removed(SaveStatus::UpdatedElsewhere);
            }
            PlanAction::DismissNotice => {
                if self.notice.is_none() {
                    return self;
                }
                next.notice = None;
            }
            PlanAction::KeepTheirs => {
                let Some(theirs) = next.persisted.keep_theirs() else { return self };
                next.adopt(theirs);
            }
            PlanAction::KeptMine(saved) => {
                next.remember_quarantined(saved.quarantined.as_ref());
                next.persisted.kept_mine(saved.revision);
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests;
