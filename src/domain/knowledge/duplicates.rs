//! Tickets that repeat one already written: cosine similarity between weighted term vectors.
//!
//! A term weighs by how rare it is among the knowledge-base articles, read as a sample of
//! how admins write about these problems in every language: words every article uses
//! (Windows, policy, 설정) weigh little, words no article uses (a device name, a site, a
//! product the tenant runs) weigh most. Error codes, GUIDs and serial-like identifiers weigh
//! most of all. Two tickets that each quote error codes, none shared, are about different
//! failures, however alike their words: their similarity is halved. The threshold is set so
//! that two tickets about the same area (two enrolment problems) are not flagged.

use super::rank::Index;
use super::tokens::{read_text, FastMap};

/// The least similarity at which another ticket is flagged as a possible duplicate.
pub const DUPLICATE_THRESHOLD: f32 = 0.4;

/// How many times the rarest term an error code or identifier weighs.
const CODE_WEIGHT: f32 = 3.0;
/// What the similarity is multiplied by when both tickets quote codes and share none.
const DIFFERENT_CODES: f32 = 0.5;
/// A term of the title counts as this many in the description.
const TITLE_WEIGHT: f32 = 2.0;

/// Prefixes that keep codes and identifiers apart from terms in one vector.
const CODE_PREFIX: &str = "\u{1}code:";
const IDENTIFIER_PREFIX: &str = "\u{1}id:";

/// A ticket's weighted terms, made once and compared many times.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fingerprint {
    /// Sorted by term, each term once.
    weights: Vec<(String, f32)>,
    has_codes: bool,
    norm: f32,
}

/// Another ticket to compare with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TicketText<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub description: &'a str,
}

/// A ticket that may describe the same problem.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PossibleDuplicate<'a> {
    pub id: &'a str,
    /// From 0 (nothing in common) to 1 (the same words, codes and identifiers).
    pub similarity: f32,
}

pub fn fingerprint(index: &Index, title: &str, description: &str) -> Fingerprint {
    let mut counts: FastMap<String, f32> = FastMap::default();
    let mut has_codes = false;
    for (text, weight) in [(title, TITLE_WEIGHT), (description, 1.0)] {
        let read = read_text(text);
        // Phrase pairs are left out: two tickets about one problem seldom share phrasing.
        for (term, term_weight) in read.terms.into_iter().zip(read.weights) {
            if !term.contains(' ') {
                *counts.entry(term).or_insert(0.0) += weight * term_weight;
            }
        }
        for code in read.codes {
            has_codes = true;
            counts.insert(format!("{CODE_PREFIX}{code}"), 1.0);
        }
        for identifier in read.identifiers {
            counts.insert(format!("{IDENTIFIER_PREFIX}{identifier}"), 1.0);
        }
    }
    let rarest = index.unseen_idf();
    let mut weights: Vec<(String, f32)> = counts
        .into_iter()
        .map(|(term, count)| {
            let weight = if term.starts_with('\u{1}') {
                CODE_WEIGHT * rarest
            } else {
                count.sqrt() * index.idf(&term)
            };
            (term, weight)
        })
        .filter(|(_, weight)| *weight > 0.0)
        .collect();
    weights.sort_by(|a, b| a.0.cmp(&b.0));
    let norm = weights.iter().map(|(_, weight)| weight * weight).sum::<f32>().sqrt();
    Fingerprint { weights, has_codes, norm }
}

impl Fingerprint {
    /// How alike two tickets are, from 0 to 1.
    pub fn similarity(&self, other: &Fingerprint) -> f32 {
        if self.norm <= 0.0 || other.norm <= 0.0 {
            return 0.0;
        }
        let (mut left, mut right) =
            (self.weights.iter().peekable(), other.weights.iter().peekable());
        let mut dot = 0.0;
        let mut shared_code = false;
        while let (Some((left_term, left_weight)), Some((right_term, right_weight))) =
            (left.peek(), right.peek())
        {
            match left_term.cmp(right_term) {
                std::cmp::Ordering::Less => {
                    left.next();
                }
                std::cmp::Ordering::Greater => {
                    right.next();
                }
                std::cmp::Ordering::Equal => {
                    dot += left_weight * right_weight;
                    shared_code |= left_term.starts_with(CODE_PREFIX);
                    left.next();
                    right.next();
                }
            }
        }
        let cosine = (dot / (self.norm * other.norm)).clamp(0.0, 1.0);
        if self.has_codes && other.has_codes && !shared_code {
            cosine * DIFFERENT_CODES
        } else {
            cosine
        }
    }

    /// Whether nothing was read from the ticket (an empty or blank one).
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }
}

/// The tickets at or above [`DUPLICATE_THRESHOLD`], the closest first.
pub fn closest<'a, 'b>(
    new: &Fingerprint,
    others: impl IntoIterator<Item = (&'a str, &'b Fingerprint)>,
) -> Vec<PossibleDuplicate<'a>> {
    let mut found: Vec<PossibleDuplicate<'a>> = others
        .into_iter()
        .map(|(id, other)| PossibleDuplicate { id, similarity: new.similarity(other) })
        .filter(|candidate| candidate.similarity >= DUPLICATE_THRESHOLD)
        .collect();
    found.sort_by(|a, b| b.similarity.total_cmp(&a.similarity).then(a.id.cmp(b.id)));
    found
}
