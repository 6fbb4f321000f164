//! The app's state as a plain type with named actions. Reducing never touches storage: saving
//! is a side effect of the autosave, which reports back through [`AppAction::SaveDone`].
//! Built and tested natively; the interface implements Yew's `Reducible` by calling
//! [`AppState::reduced`].

use std::rc::Rc;

use chrono::{DateTime, Utc};

use super::document::{Persisted, SaveOutcome, SaveStatus, Unsaved};
use crate::domain::severity::Level;
use crate::domain::ticket::{Ticket, TicketStatus};
use crate::domain::ticket_edit::TicketEdit;
use crate::store::drafts::StoredDraft;
use crate::store::quarantine::QuarantinedRecord;
use crate::store::record::Saved;

/// The steps of the ticket flow, in order. The check-your-answers page is the last step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlowStep {
    Problem,
    BeforeYouFile,
    RequestKind,
    SupportContract,
    Impact,
    Details,
    CheckAnswers,
}

impl FlowStep {
    pub const ALL: [FlowStep; 7] = [
        FlowStep::Problem,
        FlowStep::BeforeYouFile,
        FlowStep::RequestKind,
        FlowStep::SupportContract,
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

/// One line of the drafts list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftSummary {
    pub id: String,
    pub title: String,
    /// The effective severity, once every impact question is answered.
    pub level: Option<Level>,
    pub status: TicketStatus,
    pub updated_at: DateTime<Utc>,
    /// The drafts split from the same description, as this draft records them.
    pub linked_draft_ids: Vec<String>,
}

impl DraftSummary {
    pub fn of(ticket: &Ticket) -> DraftSummary {
        DraftSummary {
            id: ticket.id.clone(),
            title: ticket.title.clone(),
            level: ticket.impact.is_complete().then(|| ticket.severity().effective_level()),
            status: ticket.status.clone(),
            updated_at: ticket.updated_at,
            linked_draft_ids: ticket.linked_draft_ids.clone(),
        }
    }
}

/// The draft being edited, with what this tab knows of its stored copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenDraft {
    pub ticket: Ticket,
    pub persisted: Persisted<Ticket>,
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
    /// Drafts that could not be read, kept as they were.
    pub quarantined: Rc<Vec<QuarantinedRecord>>,
    /// False when the browser refused storage and drafts only live in memory.
    pub storage_is_persistent: bool,
    /// The drafts deleted by the last delete action, kept in memory so it can be undone.
    pub recently_deleted: Option<Rc<Vec<Ticket>>>,
}

/// How a named edit changes a ticket: [`Ticket::apply`]. The screens that send edits pass it
/// along with each one instead of the reducer naming it, so the rules of every edit travel in
/// the wasm modules of those screens (fetched on demand) and the main module, which holds the
/// reducer for the landing screen, stays within its size budget.
pub type ApplyEdit = fn(&mut Ticket, TicketEdit) -> bool;

#[derive(Debug, Clone)]
pub enum AppAction {
    /// Go to a screen. Leaving the flow for a list or the landing page keeps the draft saved.
    Show(Screen),
    /// Go to a flow step from the check-your-answers page.
    ChangeAnswer(FlowStep),
    /// Open a draft (already stored) at a screen.
    OpenDraft { draft: StoredDraft, screen: Screen },
    /// Change the open draft with `apply` (always [`Ticket::apply`]); `now` stamps it.
    Edit { edit: TicketEdit, apply: ApplyEdit, now: DateTime<Utc> },
    /// What the autosave's write of the open draft came to.
    SaveDone { id: String, outcome: SaveOutcome<Ticket> },
    /// Another tab saved a newer revision of this draft (a `storage` event).
    ChangedElsewhere(StoredDraft),
    /// Resolve a conflict by taking the other tab's version.
    KeepTheirs,
    /// Resolve a conflict by keeping ours (already written over theirs).
    KeptMine(Saved),
    /// Resolve a conflict by keeping both: ours became `copy`, theirs stays open.
    KeptBoth { copy: Ticket },
    /// New drafts written to storage (split, duplicate, import, undo).
    DraftsAdded(Vec<Ticket>),
    /// Drafts were removed from storage; they are kept in memory so the deletion can be undone.
    DraftsDeleted(Vec<Ticket>),
    /// The drafts list as storage has it now (after another tab changed the index).
    DraftsReloaded(Vec<StoredDraft>),
}

/// Replaces the line of `ticket` in the drafts list, or adds one.
fn upsert_summary(drafts: &mut Rc<Vec<Rc<DraftSummary>>>, ticket: &Ticket) {
    let summary = Rc::new(DraftSummary::of(ticket));
    let drafts = Rc::make_mut(drafts);
    match drafts.iter_mut().find(|existing| existing.id == summary.id) {
        Some(existing) => *existing = summary,
        None => drafts.push(summary),
    }
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
                drafts.iter().map(|draft| Rc::new(DraftSummary::of(&draft.record))).collect(),
            ),
            open: None,
            quarantined: Rc::new(quarantined),
            storage_is_persistent,
            recently_deleted: None,
        }
    }

    /// The listed drafts that belong with `id` (split from the same description): those it
    /// links to and those that link to it, so the link shows both ways even when only one side
    /// recorded it. Drafts deleted since are left out.
    pub fn linked_drafts(&self, id: &str) -> Vec<&DraftSummary> {
        let own_links: &[String] = self
            .drafts
            .iter()
            .find(|draft| draft.id == id)
            .map_or(&[], |draft| draft.linked_draft_ids.as_slice());
        self.drafts
            .iter()
            .filter(|other| other.id != id)
            .filter(|other| {
                own_links.contains(&other.id)
                    || other.linked_draft_ids.iter().any(|link| link == id)
            })
            .map(|other| &**other)
            .collect()
    }

    /// The open draft's ticket, if a draft is open.
    pub fn ticket(&self) -> Option<&Ticket> {
        self.open.as_ref().map(|open| &open.ticket)
    }

    /// The open draft's save status; idle when no draft is open.
    pub fn save_status(&self) -> SaveStatus {
        self.open.as_ref().map_or(SaveStatus::Idle, |open| open.persisted.save_status)
    }

    /// Another tab's newer version of the open draft, while the user chooses.
    pub fn conflict(&self) -> Option<&StoredDraft> {
        self.open.as_ref().and_then(|open| open.persisted.conflict.as_deref())
    }

    /// The open draft's newest change that storage does not have, for the autosave.
    pub fn unsaved(&self) -> Option<Unsaved<Ticket>> {
        let open = self.open.as_ref()?;
        (open.persisted.save_status == SaveStatus::Pending).then(|| Unsaved {
            name: open.ticket.id.clone(),
            record: Rc::new(open.ticket.clone()),
            base_revision: open.persisted.revision,
            change_count: open.persisted.change_count,
        })
    }

    fn upsert_summary(&mut self, ticket: &Ticket) {
        upsert_summary(&mut self.drafts, ticket);
    }

    /// Brings the open draft's line in the drafts list up to date.
    fn upsert_open_summary(&mut self) {
        if let Some(open) = &self.open {
            upsert_summary(&mut self.drafts, &open.ticket);
        }
    }

    fn remember_quarantined(&mut self, record: Option<&QuarantinedRecord>) {
        if let Some(record) = record {
            let list = Rc::make_mut(&mut self.quarantined);
            if !list.iter().any(|known| known.key == record.key) {
                list.push(record.clone());
            }
        }
    }

    /// Replaces the open draft with another tab's version.
    fn adopt(&mut self, theirs: StoredDraft) {
        self.upsert_summary(&theirs.record);
        if let Some(open) = self.open.as_mut() {
            open.ticket = theirs.record;
        }
    }

    fn show(&mut self, screen: Screen) {
        self.screen = screen;
        self.returning_to_review = false;
        if !screen.needs_open_draft() && screen != Screen::Plan {
            self.recently_deleted = None;
        }
    }

    /// Where Continue leads from `step`: the next step, or back to check your answers when the
    /// user came from there to change an answer. (A method the flow calls rather than an
    /// action: the reducer lives in the main module, whose every byte the first load pays.)
    pub fn screen_after(&self, step: FlowStep) -> Screen {
        if self.returning_to_review {
            return Screen::Flow(FlowStep::CheckAnswers);
        }
        step.next().map_or(Screen::Ready, Screen::Flow)
    }

    /// Where the back link of `step` leads: the step before (the landing screen before the
    /// first), or back to check your answers when the user came from there.
    pub fn screen_before(&self, step: FlowStep) -> Screen {
        if self.returning_to_review {
            return Screen::Flow(FlowStep::CheckAnswers);
        }
        step.previous().map_or(Screen::Landing, Screen::Flow)
    }

    /// The state after `action`; the same `Rc` when nothing changed.
    pub fn reduced(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            AppAction::Show(screen) => next.show(screen),
            AppAction::ChangeAnswer(step) => {
                next.screen = Screen::Flow(step);
                next.returning_to_review = true;
            }
            AppAction::OpenDraft { draft, screen } => {
                next.upsert_summary(&draft.record);
                next.open = Some(OpenDraft {
                    ticket: draft.record,
                    persisted: Persisted::opened(draft.revision),
                });
                next.screen = screen;
                next.returning_to_review = false;
            }
            AppAction::Edit { edit, apply, now } => {
                let Some(open) = next.open.as_mut() else { return self };
                if !apply(&mut open.ticket, edit) {
                    return self;
                }
                open.ticket.updated_at = now;
                open.persisted.changed();
            }
            AppAction::SaveDone { id, outcome } => {
                if next.open.as_ref().is_none_or(|open| open.ticket.id != id) {
                    return self;
                }
                next.remember_quarantined(outcome.quarantined());
                let Some(open) = next.open.as_mut() else { return self };
                let written = !matches!(
                    outcome,
                    SaveOutcome::ChangedElsewhere(_) | SaveOutcome::Failed { .. }
                );
                match open.persisted.apply(outcome) {
                    Some(theirs) => next.adopt(theirs),
                    None if written => next.upsert_open_summary(),
                    None => {}
                }
            }
            AppAction::ChangedElsewhere(theirs) => {
                let Some(open) = next.open.as_mut() else { return self };
                if theirs.record.id != open.ticket.id {
                    return self;
                }
                match open.persisted.theirs_arrived(theirs) {
                    Some(theirs) => next.adopt(theirs),
                    None if next.conflict().is_some() => {}
                    None => return self,
                }
            }
            AppAction::KeepTheirs => {
                let Some(open) = next.open.as_mut() else { return self };
                let Some(theirs) = open.persisted.keep_theirs() else { return self };
                next.adopt(theirs);
            }
            AppAction::KeptMine(saved) => {
                next.remember_quarantined(saved.quarantined.as_ref());
                let Some(open) = next.open.as_mut() else { return self };
                open.persisted.kept_mine(saved.revision);
                next.upsert_open_summary();
            }
            AppAction::KeptBoth { copy } => {
                let Some(open) = next.open.as_mut() else { return self };
                let Some(theirs) = open.persisted.keep_theirs() else { return self };
                next.upsert_summary(&copy);
                next.adopt(theirs);
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
                    drafts.iter().map(|draft| Rc::new(DraftSummary::of(&draft.record))).collect(),
                );
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests;
