//! One problem per ticket: notice when a description holds several, and split it into drafts.
//!
//! The vendor counts one incident per problem and works best on a ticket about one, so the app
//! reads each description ([`split_problems`]), proposes where each problem starts, and, once
//! the admin agrees, makes one linked draft per problem ([`split_ticket`]).
//!
//! How a description is read is in `detect.rs`; the words it looks for, in the seven
//! languages, in `cues.rs`. It is measured on the labelled corpus in `tests/fixtures/split/`
//! (`cargo xtask judge`). It is only a proposal: the admin decides.

mod cues;
mod detect;
pub(crate) mod text;
pub mod training;
mod weights;

use std::collections::HashSet;
use std::fmt;
use std::ops::Range;

use chrono::{DateTime, Utc};

use crate::domain::severity::ImpactAnswers;
use crate::domain::ticket::{Ticket, TicketDetails, TicketStatus};

/// The problems found in a description, as byte ranges of it, in order: one range for one
/// problem, none for a blank description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProblemSplit {
    parts: Vec<Range<usize>>,
}

impl ProblemSplit {
    /// Where each problem stands in the description.
    pub fn parts(&self) -> &[Range<usize>] {
        &self.parts
    }

    /// True when the description seems to hold more than one problem.
    pub fn is_several(&self) -> bool {
        self.parts.len() > 1
    }

    /// Each problem's text, trimmed (a list item's without its marker).
    pub fn problems(&self, description: &str) -> Vec<String> {
        self.parts
            .iter()
            .filter_map(|part| description.get(part.clone()))
            .map(|text| text.trim().to_string())
            .filter(|text| !text.is_empty())
            .collect()
    }
}

/// Reads a description and proposes where each of its problems starts.
pub fn split_problems(description: &str) -> ProblemSplit {
    ProblemSplit { parts: detect::problem_ranges(description) }
}

/// Why a ticket could not be split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SplitError {
    /// Splitting needs at least two problems.
    NothingToSplit { problems: usize },
    /// One new identifier is needed for each problem after the first.
    IdCountMismatch { expected: usize, given: usize },
    /// The problem at this position (counting from 0) is empty.
    EmptyProblem { index: usize },
    /// The new identifier at this position (counting from 0) is empty.
    EmptyId { index: usize },
    /// This identifier is used twice, or is the original's own.
    DuplicateId { id: String },
    /// Only a draft can be split; a filed or self-solved ticket stays as it is.
    NotADraft,
}

impl fmt::Display for SplitError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SplitError::NothingToSplit { problems } => {
                write!(
                    formatter,
                    "splitting needs at least two problems, and {problems} were given"
                )
            }
            SplitError::IdCountMismatch { expected, given } => write!(
                formatter,
                "{expected} new draft identifiers are needed, but {given} were given"
            ),
            SplitError::EmptyProblem { index } => {
                write!(formatter, "problem number {} has no text", index + 1)
            }
            SplitError::EmptyId { index } => {
                write!(formatter, "new draft identifier number {} is empty", index + 1)
            }
            SplitError::DuplicateId { id } => {
                write!(formatter, "the draft identifier {id:?} is used more than once")
            }
            SplitError::NotADraft => {
                formatter.write_str("only a draft can be split; this ticket is already closed")
            }
        }
    }
}

impl std::error::Error for SplitError {}

/// The longest title, in characters, given to a new draft from the first line of its problem.
const SUGGESTED_TITLE_MAX_CHARS: usize = 100;

/// Splits a draft into one draft per problem, all linked to each other.
///
/// `new_ids` names the drafts for the problems after the first, so it is one shorter than
/// `problems`; the first problem keeps the original's identifier, title, creation time and
/// details. Every draft gets its problem as description and the shared context of the original:
/// contact, support contract and tenant size, request kind, platforms and support language. The
/// other details (when it started, who is affected, errors, what was tried, escalation) stay
/// with the first draft, whose admin wrote them; the new drafts start with them empty and take
/// their title from the first line of their problem. The impact answers and any chosen level are cleared on every
/// draft, the first included, because they were given for the mix of problems. Each draft links
/// to all its siblings, and the first keeps its earlier links.
pub fn split_ticket(
    original: &Ticket,
    problems: &[String],
    new_ids: &[String],
    now: DateTime<Utc>,
) -> Result<Vec<Ticket>, SplitError> {
    if original.status != TicketStatus::Draft {
        return Err(SplitError::NotADraft);
    }
    if problems.len() < 2 {
        return Err(SplitError::NothingToSplit { problems: problems.len() });
    }
    let expected_ids = problems.len() - 1;
    if new_ids.len() != expected_ids {
        return Err(SplitError::IdCountMismatch { expected: expected_ids, given: new_ids.len() });
    }
    if let Some(index) = problems.iter().position(|problem| problem.trim().is_empty()) {
        return Err(SplitError::EmptyProblem { index });
    }
    if let Some(index) = new_ids.iter().position(|id| id.trim().is_empty()) {
        return Err(SplitError::EmptyId { index });
    }
    let mut ids_seen: HashSet<&str> = HashSet::from([original.id.as_str()]);
    for id in new_ids {
        if !ids_seen.insert(id.as_str()) {
            return Err(SplitError::DuplicateId { id: id.clone() });
        }
    }

    let all_ids: Vec<&String> = std::iter::once(&original.id).chain(new_ids.iter()).collect();
    let siblings_of = |own_id: &String| -> Vec<String> {
        all_ids.iter().filter(|id| **id != own_id).map(|id| (*id).clone()).collect()
    };

    let shared_details = TicketDetails {
        platforms: original.details.platforms.clone(),
        contact: original.details.contact.clone(),
        support_language: original.details.support_language.clone(),
        tenant_size: original.details.tenant_size,
        ..TicketDetails::default()
    };

    let mut drafts = Vec::with_capacity(problems.len());
    for (problem, id) in problems.iter().zip(all_ids.iter()) {
        let is_first = *id == &original.id;
        let mut linked_draft_ids = siblings_of(id);
        let (title, details, created_at) = if is_first {
            for earlier_link in &original.linked_draft_ids {
                if !linked_draft_ids.contains(earlier_link) && earlier_link != *id {
                    linked_draft_ids.push(earlier_link.clone());
                }
            }
            (original.title.clone(), original.details.clone(), original.created_at)
        } else {
            (suggested_title(problem), shared_details.clone(), now)
        };
        drafts.push(Ticket {
            id: (*id).clone(),
            title,
            description: problem.trim().to_string(),
            request_kind: original.request_kind,
            support_contract: original.support_contract,
            impact: ImpactAnswers::default(),
            severity_override: None,
            details,
            linked_draft_ids,
            status: TicketStatus::Draft,
            solved_by_article: None,
            helpdesk_handoff: None,
            filing_history: Vec::new(),
            created_at,
            updated_at: now,
        });
    }
    Ok(drafts)
}

/// The first non-blank line of a problem, shortened to a title without cutting a character
/// from its combining marks.
fn suggested_title(problem: &str) -> String {
    let first_line = problem.lines().map(str::trim).find(|line| !line.is_empty()).unwrap_or("");
    let mut title = String::new();
    for (count, character) in first_line.chars().enumerate() {
        if count >= SUGGESTED_TITLE_MAX_CHARS && !is_joined_to_previous(character) {
            title = title.trim_end().to_string();
            title.push('…');
            return title;
        }
        // Marks past the limit are still kept with the character they belong to.
        title.push(character);
    }
    title
}

/// Combining marks, joiners and variation selectors, which display as part of the character
/// before them.
fn is_joined_to_previous(character: char) -> bool {
    matches!(character,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{200C}'..='\u{200D}'
        | '\u{E0100}'..='\u{E01EF}')
}

#[cfg(test)]
mod tests;
