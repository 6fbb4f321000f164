//! The app's state as a plain type with an action enum. The reducer never touches storage:
//! saving is a side effect of the autosave hook, which reports back through actions.

use std::rc::Rc;

use chrono::{DateTime, Utc};
use yew::Reducible;

use crate::domain::severity::Level;
use crate::domain::ticket::{Ticket, TicketStatus};
use crate::store::drafts::{QuarantinedRecord, StoredDraft};

/// The steps of the ticket flow, in order. The check-your-answers page is the last step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlowStep {
    BeforeYouFile,
    RequestKind,
    SupportContract,
    Problem,
    Impact,
    Details,
    CheckAnswers,
}

impl FlowStep {
    pub const ALL: [FlowStep; 7] = [
        FlowStep::BeforeYouFile,
        FlowStep::RequestKind,
        FlowStep::SupportContract,
        FlowStep::Problem,
        FlowStep::Impact,
        FlowStep::Details,
        FlowStep::CheckAnswers,
    ];

    /// The step's number as the step indicator shows it, from 1.
    pub fn number(self) -> usize {
        FlowStep::ALL.iter().position(|step| *step == self).map_or(1, |index| index + 1)
    }

    pub fn next(self) -> Option<FlowStep> {
        FlowStep::ALL.get(self.number()).copied()
    }

    pub fn previous(self) -> Option<FlowStep> {
        self.number().checked_sub(2).and_then(|index| FlowStep::ALL.get(index).copied())
    }

    /// A stable name, kept in storage so a reload resumes at the same step (so the contract
    /// step keeps its first name, `customer-plan`).
    pub fn id(self) -> &'static str {
        match self {
            FlowStep::BeforeYouFile => "before-you-file",
            FlowStep::RequestKind => "request-kind",
            FlowStep::SupportContract => "customer-plan",
            FlowStep::Problem => "problem",
            FlowStep::Impact => "impact",
            FlowStep::Details => "details",
            FlowStep::CheckAnswers => "check-answers",
        }
    }

    pub fn from_id(id: &str) -> Option<FlowStep> {
        FlowStep::ALL.into_iter().find(|step| step.id() == id)
    }
}

/// Which screen is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Landing,
    Drafts,
    /// A step of the flow for the open draft.
    Flow(FlowStep),
    /// The request is not a ticket for the vendor: where it goes instead.
    Elsewhere,
    SelfSolved,
    Ready,
    Plan,
}

impl Screen {
    /// A stable name for the resume position.
    pub fn id(self) -> String {
        match self {
            Screen::Landing => "landing".to_owned(),
            Screen::Drafts => "drafts".to_owned(),
            Screen::Flow(step) => format!("flow:{}", step.id()),
            Screen::Elsewhere => "elsewhere".to_owned(),
            Screen::SelfSolved => "self-solved".to_owned(),
            Screen::Ready => "ready".to_owned(),
            Screen::Plan => "plan".to_owned(),
        }
    }

    pub fn from_id(id: &str) -> Option<Screen> {
        match id {
            "landing" => Some(Screen::Landing),
            "drafts" => Some(Screen::Drafts),
            "elsewhere" => Some(Screen::Elsewhere),
            "self-solved" => Some(Screen::SelfSolved),
            "ready" => Some(Screen::Ready),
            "plan" => Some(Screen::Plan),
            _ => id.strip_prefix("flow:").and_then(FlowStep::from_id).map(Screen::Flow),
        }
    }

    /// True for screens that show the open draft.
    pub fn needs_open_draft(self) -> bool {
        matches!(self, Screen::Flow(_) | Screen::Elsewhere | Screen::SelfSolved | Screen::Ready)
    }
}

/// Whether the open draft's last change reached storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing changed since the draft was opened.
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
    /// The draft had been deleted in another tab; ours was written again.
    RestoredAfterDelete,
}

/// One line of the drafts list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftSummary {
    pub id: String,
    pub title: String,
    /// The effective severity, once every impact question is answered.
    pub level: Option<Level>,
    pub status: TicketStatus,
    pub updated_at: DateTime<Utc>,
}

impl DraftSummary {
    pub fn of(ticket: &Ticket) -> DraftSummary {
        DraftSummary {
            id: ticket.id.clone(),
            title: ticket.title.clone(),
            level: ticket.impact.is_complete().then(|| ticket.severity().effective_level()),
            status: ticket.status.clone(),
            updated_at: ticket.updated_at,
        }
    }
}

/// The draft being edited, with the revision this tab last read or wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenDraft {
    pub ticket: Ticket,
    pub revision: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppState {
    pub screen: Screen,
    /// Set when the user came to a step from the check-your-answers page: Continue goes back.
    pub returning_to_review: bool,
    /// Each summary behind its own `Rc`: a save replaces one, and copying the list for the new
    /// state copies pointers, not a thousand titles.
    pub drafts: Rc<Vec<Rc<DraftSummary>>>,
    pub open: Option<OpenDraft>,
    pub save_status: SaveStatus,
    /// Another tab's newer version of the open draft, while the user chooses what to keep.
    pub conflict: Option<Rc<StoredDraft>>,
    pub quarantined: Rc<Vec<QuarantinedRecord>>,
    /// False when the browser refused storage and drafts only live in memory.
    pub storage_is_persistent: bool,
    /// The drafts deleted by the last delete action, kept in memory so it can be undone.
    pub recently_deleted: Option<Rc<Vec<Ticket>>>,
}

impl AppState {
    pub fn new(
        drafts: Vec<StoredDraft>,
        quarantined: Vec<QuarantinedRecord>,
        storage_is_persistent: bool,
    ) -> AppState {
        AppState {
            screen: Screen::Landing,
            returning_to_review: false,
            drafts: Rc::new(
                drafts.iter().map(|draft| Rc::new(DraftSummary::of(&draft.ticket))).collect(),
            ),
            open: None,
            save_status: SaveStatus::Idle,
            conflict: None,
            quarantined: Rc::new(quarantined),
            storage_is_persistent,
            recently_deleted: None,
        }
    }

    /// The open draft's ticket, if a draft is open.
    pub fn ticket(&self) -> Option<&Ticket> {
        self.open.as_ref().map(|open| &open.ticket)
    }

    fn upsert_summary(&mut self, ticket: &Ticket) {
        let summary = Rc::new(DraftSummary::of(ticket));
        let drafts = Rc::make_mut(&mut self.drafts);
        match drafts.iter_mut().find(|existing| existing.id == summary.id) {
            Some(existing) => *existing = summary,
            None => drafts.push(summary),
        }
    }
}

pub enum AppAction {
    /// Go to a screen. Leaving the flow for a list or the landing page keeps the draft saved.
    Show(Screen),
    /// Go to a flow step from the check-your-answers page.
    ChangeAnswer(FlowStep),
    /// Open a draft (already stored) at a screen.
    OpenDraft {
        draft: StoredDraft,
        screen: Screen,
    },
    /// Change the open draft. The closure edits the ticket; `now` stamps it.
    Edit {
        edit: Box<dyn FnOnce(&mut Ticket)>,
        now: DateTime<Utc>,
    },
    /// The autosave wrote the open draft at this revision.
    Saved {
        id: String,
        revision: u64,
    },
    SaveFailed {
        quota: bool,
    },
    /// Another tab saved a newer revision of the open draft.
    ChangedElsewhere(StoredDraft),
    /// The draft was gone from storage and our copy was written again.
    RestoredAfterDelete {
        revision: u64,
    },
    /// Resolve a conflict by taking the other tab's version.
    KeepTheirs,
    /// Resolve a conflict by keeping ours (already written over theirs at `revision`).
    KeptMine {
        revision: u64,
    },
    /// Resolve a conflict by keeping both: ours became `copy`, theirs stays open.
    KeptBoth {
        copy: Ticket,
    },
    /// New drafts written to storage (split, duplicate, import, undo).
    DraftsAdded(Vec<Ticket>),
    /// Drafts were removed from storage; they are kept in memory so the deletion can be undone.
    DraftsDeleted(Vec<Ticket>),
    /// The drafts list as storage has it now (after another tab changed the index).
    DraftsReloaded(Vec<StoredDraft>),
}

impl Reducible for AppState {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            AppAction::Show(screen) => {
                next.screen = screen;
                next.returning_to_review = false;
                if !screen.needs_open_draft() && screen != Screen::Plan {
                    next.recently_deleted = None;
                }
            }
            AppAction::ChangeAnswer(step) => {
                next.screen = Screen::Flow(step);
                next.returning_to_review = true;
            }
            AppAction::OpenDraft { draft, screen } => {
                next.upsert_summary(&draft.ticket);
                next.open = Some(OpenDraft { ticket: draft.ticket, revision: draft.revision });
                next.screen = screen;
                next.returning_to_review = false;
                next.save_status = SaveStatus::Idle;
                next.conflict = None;
            }
            AppAction::Edit { edit, now } => {
                let Some(open) = next.open.as_mut() else { return self };
                edit(&mut open.ticket);
                open.ticket.updated_at = now;
                next.save_status = SaveStatus::Pending;
            }
            AppAction::Saved { id, revision } => {
                let Some(open) = next.open.as_mut() else { return self };
                if open.ticket.id != id {
                    return self;
                }
                open.revision = revision;
                let ticket = open.ticket.clone();
                next.upsert_summary(&ticket);
                if next.save_status == SaveStatus::Pending
                    || matches!(
                        next.save_status,
                        SaveStatus::NotSavedQuota | SaveStatus::NotSavedOther
                    )
                {
                    next.save_status = SaveStatus::Saved;
                }
            }
            AppAction::SaveFailed { quota } => {
                next.save_status =
                    if quota { SaveStatus::NotSavedQuota } else { SaveStatus::NotSavedOther };
            }
            AppAction::ChangedElsewhere(theirs) => {
                let Some(open) = next.open.as_ref() else { return self };
                if theirs.ticket.id != open.ticket.id || theirs.revision <= open.revision {
                    return self;
                }
                let has_unsaved_changes = matches!(
                    next.save_status,
                    SaveStatus::Pending | SaveStatus::NotSavedQuota | SaveStatus::NotSavedOther
                );
                if has_unsaved_changes {
                    next.conflict = Some(Rc::new(theirs));
                } else {
                    next.upsert_summary(&theirs.ticket);
                    next.open =
                        Some(OpenDraft { ticket: theirs.ticket, revision: theirs.revision });
                    next.save_status = SaveStatus::UpdatedElsewhere;
                }
            }
            AppAction::RestoredAfterDelete { revision } => {
                let Some(open) = next.open.as_mut() else { return self };
                open.revision = revision;
                let ticket = open.ticket.clone();
                next.upsert_summary(&ticket);
                next.save_status = SaveStatus::RestoredAfterDelete;
            }
            AppAction::KeepTheirs => {
                let Some(theirs) = next.conflict.take() else { return self };
                let theirs = Rc::unwrap_or_clone(theirs);
                next.upsert_summary(&theirs.ticket);
                next.open = Some(OpenDraft { ticket: theirs.ticket, revision: theirs.revision });
                next.save_status = SaveStatus::Saved;
            }
            AppAction::KeptMine { revision } => {
                next.conflict = None;
                let Some(open) = next.open.as_mut() else { return self };
                open.revision = revision;
                let ticket = open.ticket.clone();
                next.upsert_summary(&ticket);
                next.save_status = SaveStatus::Saved;
            }
            AppAction::KeptBoth { copy } => {
                let Some(theirs) = next.conflict.take() else { return self };
                let theirs = Rc::unwrap_or_clone(theirs);
                next.upsert_summary(&copy);
                next.upsert_summary(&theirs.ticket);
                next.open = Some(OpenDraft { ticket: theirs.ticket, revision: theirs.revision });
                next.save_status = SaveStatus::Saved;
            }
            AppAction::DraftsAdded(tickets) => {
                for ticket in &tickets {
                    next.upsert_summary(ticket);
                }
                next.recently_deleted = None;
            }
            AppAction::DraftsDeleted(tickets) => {
                if tickets.is_empty() {
                    return self;
                }
                let deleted = |id: &str| tickets.iter().any(|ticket| ticket.id == id);
                Rc::make_mut(&mut next.drafts).retain(|summary| !deleted(&summary.id));
                if next.open.as_ref().is_some_and(|open| deleted(&open.ticket.id)) {
                    next.open = None;
                }
                next.recently_deleted = Some(Rc::new(tickets));
            }
            AppAction::DraftsReloaded(drafts) => {
                next.drafts = Rc::new(
                    drafts.iter().map(|draft| Rc::new(DraftSummary::of(&draft.ticket))).collect(),
                );
            }
        }
        Rc::new(next)
    }
}
