//! The plan builder's state as a plain type with an action enum. Like the app state, the reducer
//! never touches storage: saving is a side effect of the plan autosave hook, which reports back
//! through actions.

use std::rc::Rc;

use yew::{Reducible, UseReducerHandle};

use crate::domain::plan::SupportPlan;
use crate::store::drafts::QuarantinedRecord;
use crate::store::plan::StoredPlan;

/// The plan state and its dispatcher, provided to every component.
pub type PlanContext = UseReducerHandle<PlanState>;

/// Whether the plan's last change reached storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanSaveStatus {
    /// Nothing changed since the plan was loaded.
    Idle,
    /// A change is waiting for the autosave delay.
    Pending,
    Saved,
    /// Storage is full.
    NotSavedQuota,
    /// Storage refused the write for another reason.
    NotSavedOther,
    /// Another tab's newer version replaced ours (we had no unsaved changes).
    UpdatedElsewhere,
}

impl PlanSaveStatus {
    /// True while this tab holds changes that storage does not have.
    pub fn has_unsaved_changes(self) -> bool {
        matches!(
            self,
            PlanSaveStatus::Pending | PlanSaveStatus::NotSavedQuota | PlanSaveStatus::NotSavedOther
        )
    }
}

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
    /// The stored revision this tab last read or wrote; 0 when nothing is stored.
    pub revision: u64,
    pub save_status: PlanSaveStatus,
    /// Counts changes, so the autosave restarts its pause on each one and a save of an older
    /// change never marks a newer one as saved.
    pub change_count: u64,
    /// Another tab's newer plan, while the user chooses which one to keep.
    pub conflict: Option<Rc<StoredPlan>>,
    /// Stored plans that could not be read, kept as they were.
    pub quarantined: Rc<Vec<QuarantinedRecord>>,
    /// False when the browser refused storage and the plan only lives in memory.
    pub storage_is_persistent: bool,
    /// The plan as it was before the last import, so the import can be undone.
    pub before_import: Option<Rc<SupportPlan>>,
    pub notice: Option<PlanNotice>,
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
            Some(stored) => (Rc::new(stored.plan), true, stored.revision),
            None => (default_plan.clone(), false, 0),
        };
        PlanState {
            plan,
            default_plan,
            customised,
            revision,
            save_status: PlanSaveStatus::Idle,
            change_count: 0,
            conflict: None,
            quarantined: Rc::new(quarantined),
            storage_is_persistent,
            before_import: None,
            notice: None,
        }
    }

    fn changed(&mut self, plan: SupportPlan) {
        self.plan = Rc::new(plan);
        self.customised = true;
        self.save_status = PlanSaveStatus::Pending;
        self.change_count += 1;
    }

    fn adopt(&mut self, theirs: StoredPlan, status: PlanSaveStatus) {
        self.plan = Rc::new(theirs.plan);
        self.revision = theirs.revision;
        self.customised = true;
        self.save_status = status;
        self.conflict = None;
    }
}

pub enum PlanAction {
    /// Change the plan. An edit that changes nothing is ignored, so merely visiting a page never
    /// turns the default plan into a stored copy.
    Edit(Box<dyn FnOnce(&mut SupportPlan)>),
    /// Replace the plan with one read from a file.
    Imported {
        plan: SupportPlan,
        file_name: String,
    },
    /// Go back to the plan as it was before the last import.
    UndoImport,
    /// The stored plan was removed; the default plan is in use again.
    ResetDone,
    /// The autosave wrote the plan as it was after `change_count` changes.
    Saved {
        revision: u64,
        change_count: u64,
    },
    SaveFailed {
        quota: bool,
    },
    /// Another tab saved a newer plan (`Some`) or reset it to the default (`None`).
    ChangedElsewhere(Option<StoredPlan>),
    /// Forget the one-off notice (a later import failed, so it no longer describes the plan).
    DismissNotice,
    /// Resolve a conflict by taking the other tab's plan.
    KeepTheirs,
    /// Resolve a conflict by keeping ours (already written over theirs at `revision`).
    KeptMine {
        revision: u64,
    },
}

impl Reducible for PlanState {
    type Action = PlanAction;

    fn reduce(self: Rc<Self>, action: PlanAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            PlanAction::Edit(edit) => {
                let mut plan = (*self.plan).clone();
                edit(&mut plan);
                if plan == *self.plan {
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
            PlanAction::ResetDone => {
                next.plan = self.default_plan.clone();
                next.customised = false;
                next.revision = 0;
                next.save_status = PlanSaveStatus::Idle;
                next.change_count += 1;
                next.conflict = None;
                next.before_import = None;
                next.notice = Some(PlanNotice::Reset);
            }
            PlanAction::Saved { revision, change_count } => {
                next.revision = revision;
                if change_count == self.change_count {
                    next.save_status = PlanSaveStatus::Saved;
                }
            }
            PlanAction::SaveFailed { quota } => {
                next.save_status = if quota {
                    PlanSaveStatus::NotSavedQuota
                } else {
                    PlanSaveStatus::NotSavedOther
                };
            }
            PlanAction::ChangedElsewhere(Some(theirs)) => {
                if theirs.revision <= self.revision {
                    return self;
                }
                if *self.plan == theirs.plan {
                    // The same plan: only remember the newer revision so our next save is not
                    // taken for a conflict.
                    next.revision = theirs.revision;
                    next.customised = true;
                    return Rc::new(next);
                }
                if self.save_status.has_unsaved_changes() {
                    next.conflict = Some(Rc::new(theirs));
                } else {
                    next.adopt(theirs, PlanSaveStatus::UpdatedElsewhere);
                }
            }
            PlanAction::ChangedElsewhere(None) => {
                // Another tab went back to the default. Unsaved changes here win: they are
                // written on the next save, so nothing typed here is lost.
                if self.save_status.has_unsaved_changes() || !self.customised {
                    return self;
                }
                next.plan = self.default_plan.clone();
                next.customised = false;
                next.revision = 0;
                next.save_status = PlanSaveStatus::UpdatedElsewhere;
                next.change_count += 1;
            }
            PlanAction::DismissNotice => {
                if self.notice.is_none() {
                    return self;
                }
                next.notice = None;
            }
            PlanAction::KeepTheirs => {
                let Some(theirs) = next.conflict.take() else { return self };
                next.adopt(Rc::unwrap_or_clone(theirs), PlanSaveStatus::Saved);
                next.change_count += 1;
            }
            PlanAction::KeptMine { revision } => {
                next.conflict = None;
                next.revision = revision;
                next.save_status = PlanSaveStatus::Saved;
            }
        }
        Rc::new(next)
    }
}
