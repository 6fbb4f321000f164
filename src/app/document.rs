//! What drafts and the plan share as documents the user edits and the autosave keeps: the
//! revision last read or written, the save status, a count of changes and a conflict with
//! another tab; and the one policy that turns a store's answer into what the user sees.

use std::rc::Rc;

use chrono::{DateTime, Utc};

use crate::domain::plan::SupportPlan;
use crate::domain::ticket::Ticket;
use crate::store::drafts::DraftStore;
use crate::store::plan::PlanStore;
use crate::store::quarantine::QuarantinedRecord;
use crate::store::record::{Record, SaveError, Saved, Stored};

/// Whether the document's last change reached storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing changed since the document was opened.
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
    /// Another tab removed the document (deleted the draft, reset the plan) while this one had
    /// changes; ours was written again.
    RestoredAfterRemoval,
}

impl SaveStatus {
    /// True while this tab holds changes that storage does not have.
    pub fn has_unsaved_changes(self) -> bool {
        matches!(self, SaveStatus::Pending | SaveStatus::NotSavedQuota | SaveStatus::NotSavedOther)
    }

    /// True when the last write failed.
    pub fn failed(self) -> bool {
        matches!(self, SaveStatus::NotSavedQuota | SaveStatus::NotSavedOther)
    }
}

/// The persistence half of an open document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Persisted<T> {
    /// The stored revision this tab last read or wrote; 0 when nothing is stored.
    pub revision: u64,
    pub save_status: SaveStatus,
    /// Counts changes, so the autosave restarts its pause on each one and a save of an older
    /// change never marks a newer one as saved.
    pub change_count: u64,
    /// Another tab's newer version, while the user chooses what to keep.
    pub conflict: Option<Rc<Stored<T>>>,
}

impl<T> Persisted<T> {
    /// A document as read from storage (`revision` 0 when it is not stored).
    pub fn opened(revision: u64) -> Self {
        Persisted { revision, save_status: SaveStatus::Idle, change_count: 0, conflict: None }
    }

    /// The user changed the document.
    pub fn changed(&mut self) {
        self.save_status = SaveStatus::Pending;
        self.change_count = self.change_count.wrapping_add(1);
    }

    /// The document was replaced wholesale (another tab's version, a reset): a write of an
    /// older change in flight must not mark it saved.
    fn replaced(&mut self, revision: u64, status: SaveStatus) {
        self.revision = revision;
        self.save_status = status;
        self.change_count = self.change_count.wrapping_add(1);
        self.conflict = None;
    }

    /// Applies an autosave outcome. Returns another tab's version when it should replace
    /// ours (we had nothing unsaved); a newer version while we have unsaved changes becomes a
    /// conflict instead.
    pub fn apply(&mut self, outcome: SaveOutcome<T>) -> Option<Stored<T>> {
        match outcome {
            SaveOutcome::Saved { revision, change_count, .. } => {
                self.revision = revision;
                if change_count == self.change_count && self.save_status.has_unsaved_changes() {
                    self.save_status = SaveStatus::Saved;
                }
                None
            }
            SaveOutcome::Restored { revision, change_count, .. } => {
                self.revision = revision;
                if change_count == self.change_count {
                    self.save_status = SaveStatus::RestoredAfterRemoval;
                }
                None
            }
            SaveOutcome::Failed { quota } => {
                self.save_status =
                    if quota { SaveStatus::NotSavedQuota } else { SaveStatus::NotSavedOther };
                None
            }
            SaveOutcome::ChangedElsewhere(theirs) => self.theirs_arrived(theirs),
        }
    }

    /// Another tab saved `theirs`. Older or equal revisions are ignored.
    pub fn theirs_arrived(&mut self, theirs: Stored<T>) -> Option<Stored<T>> {
        if theirs.revision <= self.revision {
            return None;
        }
        if self.save_status.has_unsaved_changes() {
            self.conflict = Some(Rc::new(theirs));
            None
        } else {
            self.replaced(theirs.revision, SaveStatus::UpdatedElsewhere);
            Some(theirs)
        }
    }

    /// "Use the other tab's version": returns it, to replace ours.
    pub fn keep_theirs(&mut self) -> Option<Stored<T>>
    where
        T: Clone,
    {
        let theirs = Rc::unwrap_or_clone(self.conflict.take()?);
        self.replaced(theirs.revision, SaveStatus::Saved);
        Some(theirs)
    }

    /// "Keep mine": ours was written over theirs at `revision`.
    pub fn kept_mine(&mut self, revision: u64) {
        self.conflict = None;
        self.revision = revision;
        self.save_status = SaveStatus::Saved;
    }

    /// The document went back to nothing stored (the plan's reset).
    pub fn removed(&mut self, status: SaveStatus) {
        self.replaced(0, status);
    }
}

/// The newest change storage does not have yet, as the autosave writes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Unsaved<T> {
    /// The record's name in its store (a draft's id, or the plan's name).
    pub name: String,
    pub record: Rc<T>,
    pub base_revision: u64,
    pub change_count: u64,
}

/// What an autosave write came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveOutcome<T> {
    /// Written at `revision` as it was after `change_count` changes.
    Saved {
        revision: u64,
        change_count: u64,
        quarantined: Option<QuarantinedRecord>,
    },
    /// Another tab had removed it; ours was written again.
    Restored {
        revision: u64,
        change_count: u64,
        quarantined: Option<QuarantinedRecord>,
    },
    /// Another tab saved a newer revision; nothing was written.
    ChangedElsewhere(Stored<T>),
    Failed {
        quota: bool,
    },
}

impl<T> SaveOutcome<T> {
    /// Unreadable text the write set aside, for the quarantine list.
    pub fn quarantined(&self) -> Option<&QuarantinedRecord> {
        match self {
            SaveOutcome::Saved { quarantined, .. } | SaveOutcome::Restored { quarantined, .. } => {
                quarantined.as_ref()
            }
            SaveOutcome::ChangedElsewhere(_) | SaveOutcome::Failed { .. } => None,
        }
    }
}

/// A store the autosave writes documents to: the drafts and the plan.
pub trait DocumentStore {
    type Record: Record;
    fn save(
        &self,
        record: &Self::Record,
        base_revision: u64,
        now: DateTime<Utc>,
    ) -> Result<Saved, SaveError<Self::Record>>;
    /// Writes over whatever is stored (and puts a removed record back where it is listed).
    fn save_over(
        &self,
        record: &Self::Record,
        now: DateTime<Utc>,
    ) -> Result<Saved, SaveError<Self::Record>>;
}

impl DocumentStore for DraftStore {
    type Record = Ticket;
    fn save(
        &self,
        record: &Ticket,
        base_revision: u64,
        now: DateTime<Utc>,
    ) -> Result<Saved, SaveError<Ticket>> {
        DraftStore::save(self, record, base_revision, now)
    }
    fn save_over(&self, record: &Ticket, now: DateTime<Utc>) -> Result<Saved, SaveError<Ticket>> {
        DraftStore::save_over(self, record, now)
    }
}

impl DocumentStore for PlanStore {
    type Record = SupportPlan;
    fn save(
        &self,
        record: &SupportPlan,
        base_revision: u64,
        now: DateTime<Utc>,
    ) -> Result<Saved, SaveError<SupportPlan>> {
        PlanStore::save(self, record, base_revision, now)
    }
    fn save_over(
        &self,
        record: &SupportPlan,
        now: DateTime<Utc>,
    ) -> Result<Saved, SaveError<SupportPlan>> {
        PlanStore::save_over(self, record, now)
    }
}

/// Writes the newest unsaved change: over the revision it was based on; when another tab
/// removed the document meanwhile, written again so nothing typed is lost; when another tab
/// saved a newer revision, nothing is written and theirs is returned for the user to choose.
pub fn write_unsaved<S: DocumentStore>(
    store: &S,
    unsaved: &Unsaved<S::Record>,
    now: DateTime<Utc>,
) -> SaveOutcome<S::Record> {
    let change_count = unsaved.change_count;
    match store.save(&unsaved.record, unsaved.base_revision, now) {
        Ok(Saved { revision, quarantined }) => {
            SaveOutcome::Saved { revision, change_count, quarantined }
        }
        Err(SaveError::Conflict { theirs }) => SaveOutcome::ChangedElsewhere(*theirs),
        Err(SaveError::Deleted) => match store.save_over(&unsaved.record, now) {
            Ok(Saved { revision, quarantined }) => {
                SaveOutcome::Restored { revision, change_count, quarantined }
            }
            Err(error) => SaveOutcome::Failed { quota: error.is_quota() },
        },
        Err(error) => SaveOutcome::Failed { quota: error.is_quota() },
    }
}
