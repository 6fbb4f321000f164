//! One problem per ticket: notice when a description holds several, and split it into drafts.
//!
//! The vendor counts one incident per problem and cannot work on a ticket that mixes several,
//! so the app checks each description with a cheap heuristic ([`looks_like_several_problems`]),
//! proposes the separate problems ([`suggested_problems`]) and, once the admin agrees, makes one
//! linked draft per problem ([`split_ticket`]).
//!
//! The heuristic looks for three signals, in the languages the app supports (English, Polish,
//! Spanish, Dutch, Korean, Traditional Chinese, Japanese):
//! - two or more list items (`1.`, `2)`, `-`, `*`, `•`, `・`, `①`, ...) that each describe a
//!   failure, not a step that was tried;
//! - two or more distinct error codes (`0x8018002B`, `80070005`, `AADSTS50076`, `error 1234`);
//! - a phrase announcing another problem ("another issue", "kolejny problem", "otro problema",
//!   "een ander probleem", "다른 문제", "另一個問題", "別の問題"), or a sentence that opens with
//!   a word such as "also", "ponadto", "además", "daarnaast", "또한", "另外" or "また" and goes on
//!   to describe a failure rather than something that was tried.
//!
//! It is only a hint: the admin decides. It is tuned not to fire on one problem told in one
//! paragraph, even when that paragraph says "we also tried".

use std::collections::HashSet;
use std::fmt;

use chrono::{DateTime, Utc};

use crate::domain::severity::ImpactAnswers;
use crate::domain::ticket::{Ticket, TicketDetails, TicketStatus};

/// Why a description looks like several problems; never empty when returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeveralProblemsHint {
    pub signals: Vec<ProblemSignal>,
}

/// One observation behind a [`SeveralProblemsHint`]. The user interface words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemSignal {
    /// This many list items each describe a failure.
    FailureListItems { count: usize },
    /// These distinct error codes appear, in the order first seen, as written.
    DistinctErrorCodes { codes: Vec<String> },
    /// This phrase announces another problem; it is given in lower case, as found.
    AnotherProblemPhrase { phrase: String },
}

/// Phrases that announce another problem wherever they stand.
const ANOTHER_PROBLEM_PHRASES: &[&str] = &[
    // English
    "another issue",
    "another problem",
    "second issue",
    "second problem",
    "separate issue",
    "separate problem",
    "unrelated issue",
    "unrelated problem",
    "different issue",
    "different problem",
    "one more issue",
    "one more problem",
    // Polish
    "kolejny problem",
    "kolejnym problemem",
    "drugi problem",
    "drugim problemem",
    "inny problem",
    "innym problemem",
    "osobny problem",
    "osobnym problemem",
    "dodatkowy problem",
    "dodatkowym problemem",
    // Spanish
    "otro problema",
    "segundo problema",
    "problema aparte",
    "problema distinto",
    "otra incidencia",
    "segunda incidencia",
    // Dutch
    "ander probleem",
    "tweede probleem",
    "nog een probleem",
    "apart probleem",
    // Korean
    "다른 문제",
    "두 번째 문제",
    "별도의 문제",
    "별개의 문제",
    // Traditional Chinese
    "另一個問題",
    "另外一個問題",
    "第二個問題",
    "另一個狀況",
    // Japanese
    "別の問題",
    "もう一つの問題",
    "もうひとつの問題",
    "二つ目の問題",
    "2つ目の問題",
    "別件",
];

/// Words that announce more when they open a sentence; they count only when that sentence
/// describes a failure and not something that was tried.
const OPENING_CONNECTORS: &[&str] = &[
    // English
    "also",
    "additionally",
    "in addition",
    "besides that",
    "furthermore",
    "moreover",
    "on top of that",
    // Polish
    "ponadto",
    "poza tym",
    "dodatkowo",
    "oprócz tego",
    // Spanish
    "además",
    "también",
    "asimismo",
    "por otro lado",
    "aparte de eso",
    // Dutch
    "daarnaast",
    "verder",
    "ook",
    "bovendien",
    "tevens",
    // Korean
    "또한",
    "추가로",
    "게다가",
    "그 외에도",
    // Traditional Chinese
    "另外",
    "此外",
    "還有",
    // Japanese
    "また",
    "さらに",
    "それと",
    "加えて",
    "あと",
];

/// Signs that a text describes a failure. Latin entries match at the start of a word; the
/// others anywhere.
const FAILURE_CUES: &[&str] = &[
    // English
    "error",
    "fail",
    "crash",
    "broken",
    "cannot",
    "can't",
    "can’t",
    "unable",
    "stuck",
    "missing",
    "not ",
    "'t",
    "’t",
    "no longer",
    "denied",
    "wrong",
    "timeout",
    "timed out",
    "hang",
    "freez",
    // Polish
    "błąd",
    "błęd",
    "nie ",
    "brak",
    "zawiesz",
    "awari",
    "niepowodz",
    "odmow",
    // Spanish
    "fall",
    "no ",
    "bloque",
    "deneg",
    "imposible",
    "se cuelga",
    // Dutch
    "fout",
    "mislukt",
    "niet ",
    "geen ",
    "kapot",
    "geweigerd",
    "loopt vast",
    // Korean
    "오류",
    "에러",
    "실패",
    "안 됩",
    "안됩",
    "않",
    "없",
    "불가",
    "거부",
    // Traditional Chinese
    "錯誤",
    "失敗",
    "無法",
    "不能",
    "沒有",
    "異常",
    "當機",
    "拒絕",
    // Japanese
    "エラー",
    "失敗",
    "ない",
    "ません",
    "拒否",
];

/// Signs that a text tells what was tried rather than a new failure.
const ATTEMPT_CUES: &[&str] = &[
    // English
    "tried",
    "try",
    "restart",
    "reboot",
    "reinstall",
    "reset",
    "re-enrol",
    "checked",
    "verified",
    // Polish
    "próbow",
    "spróbow",
    "zrestart",
    "ponownie",
    "sprawdzi",
    // Spanish
    "intent",
    "probamos",
    "probé",
    "reinici",
    "comprob",
    // Dutch
    "geprobeerd",
    "probeerd",
    "herstart",
    "opnieuw",
    "gecontroleerd",
    // Korean
    "시도",
    "재시작",
    "다시 시작",
    "재부팅",
    "확인했",
    // Traditional Chinese
    "嘗試",
    "試過",
    "重新啟動",
    "重啟",
    "檢查過",
    // Japanese
    "試し",
    "再起動",
    "確認し",
];

/// Words after which a number is an error code ("error 1234", "błąd 1234", "エラー 1234").
const ERROR_NUMBER_WORDS: &[&str] = &[
    "error",
    "errorcode",
    "błąd",
    "błędu",
    "código",
    "fout",
    "foutcode",
    "오류",
    "에러",
    "錯誤",
    "エラー",
];

/// Words allowed between an error word and its number ("error code: 1234").
const CODE_WORDS: &[&str] = &["code", "kod", "codigo", "código", "코드", "代碼", "コード", "碼"];

/// Returns why the description looks like several problems, or `None` when it looks like one.
pub fn looks_like_several_problems(description: &str) -> Option<SeveralProblemsHint> {
    let mut signals = Vec::new();

    let failure_items = failure_list_items(&list_items(description));
    if failure_items.len() >= 2 {
        signals.push(ProblemSignal::FailureListItems { count: failure_items.len() });
    }

    let codes = distinct_error_codes(description);
    if codes.len() >= 2 {
        signals.push(ProblemSignal::DistinctErrorCodes { codes });
    }

    let mut phrases_seen = HashSet::new();
    for (_, sentence) in sentences(description) {
        if let Some(phrase) = another_problem_phrase(sentence) {
            if phrases_seen.insert(phrase.clone()) {
                signals.push(ProblemSignal::AnotherProblemPhrase { phrase });
            }
        }
    }

    if signals.is_empty() {
        None
    } else {
        Some(SeveralProblemsHint { signals })
    }
}

/// Proposes the separate problems in a description, for the admin to edit before splitting.
///
/// - With two or more list items that describe failures: those items, each with the lines that
///   continue it (list markers removed).
/// - Otherwise, with two or more list items: every item.
/// - Otherwise, the description cut before each sentence that announces another problem.
/// - Otherwise the whole description, trimmed, as the only problem; nothing for a blank one.
pub fn suggested_problems(description: &str) -> Vec<String> {
    let items = list_items(description);
    let failure_items = failure_list_items(&items);
    if failure_items.len() >= 2 {
        return failure_items;
    }
    if items.len() >= 2 {
        return items;
    }
    let mut problems = Vec::new();
    let mut current_start = 0;
    for (sentence_start, sentence) in sentences(description) {
        if sentence_start > current_start && another_problem_phrase(sentence).is_some() {
            push_trimmed(&mut problems, description.get(current_start..sentence_start));
            current_start = sentence_start;
        }
    }
    push_trimmed(&mut problems, description.get(current_start..));
    problems
}

fn push_trimmed(problems: &mut Vec<String>, text: Option<&str>) {
    if let Some(text) = text.map(str::trim).filter(|text| !text.is_empty()) {
        problems.push(text.to_string());
    }
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
/// contact, plan, request kind, platforms and support language. The other details (when it
/// started, who is affected, errors, what was tried, escalation) stay with the first draft,
/// whose admin wrote them; the new drafts start with them empty and take their title from the
/// first line of their problem. The impact answers and any chosen level are cleared on every
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
            customer_plan: original.customer_plan,
            impact: ImpactAnswers::default(),
            severity_override: None,
            details,
            linked_draft_ids,
            status: TicketStatus::Draft,
            helpdesk_handoff: None,
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

/// The list items of a description: each item's text without its marker, joined with the
/// indented lines that follow it up to the next item or blank line.
fn list_items(description: &str) -> Vec<String> {
    let mut items: Vec<String> = Vec::new();
    let mut continuing = false;
    for line in description.lines() {
        if let Some(item_text) = list_item_text(line) {
            items.push(item_text.to_string());
            continuing = true;
        } else if line.trim().is_empty() {
            continuing = false;
        } else if continuing && line.starts_with(char::is_whitespace) {
            if let Some(last) = items.last_mut() {
                last.push('\n');
                last.push_str(line.trim());
            }
        }
    }
    items.retain(|item| !item.trim().is_empty());
    items
}

/// The items that describe a failure and not an attempt, without repeats.
fn failure_list_items(items: &[String]) -> Vec<String> {
    let mut seen = HashSet::new();
    items
        .iter()
        .filter(|item| {
            let lower = lowercase_for_matching(item);
            (contains_any_cue(&lower, FAILURE_CUES) || !distinct_error_codes(item).is_empty())
                && !contains_any_cue(&lower, ATTEMPT_CUES)
        })
        .filter(|item| seen.insert(lowercase_for_matching(item)))
        .cloned()
        .collect()
}

/// The text of a list item line without its marker, or `None` when the line is not an item.
fn list_item_text(line: &str) -> Option<&str> {
    let trimmed = line.trim_start();
    let mut characters = trimmed.char_indices();
    let (_, first) = characters.next()?;
    let rest_after = |index: usize| trimmed.get(index..).map(str::trim);

    // Bullets that need a space after them, because they also occur in ordinary text.
    if matches!(first, '-' | '*' | '+') {
        let after = trimmed.get(first.len_utf8()..)?;
        return if after.starts_with(char::is_whitespace) { Some(after.trim()) } else { None };
    }
    // Bullets and circled numbers that only mark lists.
    if matches!(first, '•' | '・' | '●' | '▪' | '◦' | '‣' | '■' | '□' | '◆' | '○')
        || matches!(first, '\u{2460}'..='\u{2473}' | '\u{2474}'..='\u{2487}' | '\u{2776}'..='\u{277F}')
    {
        return rest_after(first.len_utf8());
    }
    // "(1)" and "（1）".
    if matches!(first, '(' | '（') {
        let after_open = trimmed.get(first.len_utf8()..)?;
        let digits = after_open.chars().take_while(is_any_digit).count();
        if digits == 0 || digits > 3 {
            return None;
        }
        let digits_bytes: usize = after_open.chars().take(digits).map(char::len_utf8).sum();
        let after_digits = after_open.get(digits_bytes..)?;
        let close = after_digits.chars().next()?;
        if !matches!(close, ')' | '）') {
            return None;
        }
        return after_digits.get(close.len_utf8()..).map(str::trim);
    }
    // "1." "2)" "３．" "4、": one to three digits, then a marker.
    let digits = trimmed.chars().take_while(is_any_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let digits_bytes: usize = trimmed.chars().take(digits).map(char::len_utf8).sum();
    let after_digits = trimmed.get(digits_bytes..)?;
    let marker = after_digits.chars().next()?;
    let after_marker = after_digits.get(marker.len_utf8()..)?;
    match marker {
        // ASCII markers need a space after them, so "1.5 GB" or "3)." are not items.
        '.' | ')' if after_marker.starts_with(char::is_whitespace) => Some(after_marker.trim()),
        '．' | '）' | '、' => Some(after_marker.trim()),
        _ => None,
    }
}

fn is_any_digit(character: &char) -> bool {
    character.is_ascii_digit() || ('０'..='９').contains(character)
}

/// The sentences of a text with the byte offset where each starts, split after sentence-ending
/// punctuation and at line breaks, without leading whitespace.
fn sentences(text: &str) -> Vec<(usize, &str)> {
    let mut result = Vec::new();
    let mut start = 0;
    for (index, character) in text.char_indices() {
        if matches!(character, '.' | '!' | '?' | ';' | '。' | '！' | '？' | '；' | '\n' | '\r')
        {
            let end = index + character.len_utf8();
            push_sentence(&mut result, text, start, end);
            start = end;
        }
    }
    push_sentence(&mut result, text, start, text.len());
    result
}

fn push_sentence<'text>(
    sentences: &mut Vec<(usize, &'text str)>,
    text: &'text str,
    start: usize,
    end: usize,
) {
    if let Some(sentence) = text.get(start..end) {
        let trimmed = sentence.trim_start();
        if !trimmed.trim().is_empty() {
            sentences.push((start + (sentence.len() - trimmed.len()), trimmed));
        }
    }
}

/// The phrase by which this sentence announces another problem, if it does.
fn another_problem_phrase(sentence: &str) -> Option<String> {
    let lower = lowercase_for_matching(sentence);
    if let Some(phrase) = ANOTHER_PROBLEM_PHRASES.iter().find(|phrase| contains_cue(&lower, phrase))
    {
        return Some((*phrase).to_string());
    }
    // An opening word only counts when the sentence describes a failure, not an attempt.
    let opening = lower.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '*' | '•' | '・' | '"' | '\'' | '(' | '「')
    });
    let connector = OPENING_CONNECTORS.iter().find(|connector| {
        opening.strip_prefix(**connector).is_some_and(|after| {
            after.is_empty()
                || after.starts_with(|c: char| {
                    c.is_whitespace() || matches!(c, ',' | '、' | '，' | ':' | '：')
                })
        })
    })?;
    let describes_failure =
        contains_any_cue(&lower, FAILURE_CUES) || !distinct_error_codes(sentence).is_empty();
    if describes_failure && !contains_any_cue(&lower, ATTEMPT_CUES) {
        Some((*connector).to_string())
    } else {
        None
    }
}

fn contains_any_cue(lower_text: &str, cues: &[&str]) -> bool {
    cues.iter().any(|cue| contains_cue(lower_text, cue))
}

/// Whether `cue` occurs in `lower_text`. A cue that starts with a Latin letter must also start a
/// word, so "no " does not match the end of "piano " and "hang" does not match inside "change".
fn contains_cue(lower_text: &str, cue: &str) -> bool {
    let starts_with_latin_letter = cue.chars().next().is_some_and(is_latin_letter);
    if !starts_with_latin_letter {
        return lower_text.contains(cue);
    }
    lower_text.match_indices(cue).any(|(index, _)| {
        lower_text
            .get(..index)
            .and_then(|before| before.chars().next_back())
            .is_none_or(|previous| !previous.is_alphanumeric())
    })
}

/// Lower case for matching cues: the letters of the Latin (ASCII, Latin-1, Latin Extended-A),
/// Greek and Cyrillic alphabets; every other character is kept as it is. Every cased letter in
/// the cue lists is Latin. `str::to_lowercase` gives the same result on these letters but
/// brings the whole Unicode case table into the app (about 6 KB of the compressed download).
fn lowercase_for_matching(text: &str) -> String {
    text.chars().map(lowercase_letter).collect()
}

fn lowercase_letter(character: char) -> char {
    let code = character as u32;
    let lower = match code {
        0x41..=0x5A => code + 0x20,
        0xC0..=0xDE if code != 0xD7 => code + 0x20,
        // Latin Extended-A: upper and lower case alternate, upper case first...
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if code % 2 == 0 => code + 1,
        // ...except in these two runs, which start with a lower-case letter.
        0x139..=0x148 | 0x179..=0x17E if code % 2 == 1 => code + 1,
        0x130 => 0x69,
        0x178 => 0xFF,
        0x391..=0x3AB if code != 0x3A2 => code + 0x20,
        0x386 => 0x3AC,
        0x388..=0x38A => code + 0x25,
        0x38C => 0x3CC,
        0x38E | 0x38F => code + 0x3F,
        0x400..=0x40F => code + 0x50,
        0x410..=0x42F => code + 0x20,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(character)
}

fn is_latin_letter(character: char) -> bool {
    character.is_alphabetic() && (character as u32) < 0x0250
}

/// The distinct error codes in a text, in the order first seen, as written. Two spellings of
/// one code (`0x80070005` and `80070005`) count once.
fn distinct_error_codes(text: &str) -> Vec<String> {
    let mut keys_seen = HashSet::new();
    let mut codes = Vec::new();
    let mut remember = |key: String, written: &str| {
        if keys_seen.insert(key) {
            codes.push(written.to_string());
        }
    };

    for token in text.split(|c: char| !c.is_ascii_alphanumeric()).filter(|t| !t.is_empty()) {
        if let Some(key) = hexadecimal_code_key(token) {
            remember(key, token);
        } else if let Some(digits) = token.to_ascii_uppercase().strip_prefix("AADSTS") {
            if digits.len() >= 4 && digits.chars().all(|c| c.is_ascii_digit()) {
                remember(digits.to_string(), token);
            }
        }
    }

    let lower = lowercase_for_matching(text);
    for word in ERROR_NUMBER_WORDS {
        for (index, _) in lower.match_indices(word) {
            let starts_word = lower
                .get(..index)
                .and_then(|before| before.chars().next_back())
                .is_none_or(|previous| !previous.is_alphanumeric());
            if !starts_word {
                continue;
            }
            if let Some(number) = lower.get(index + word.len()..).and_then(number_after_error_word)
            {
                remember(number.to_string(), number);
            }
        }
    }
    codes
}

/// `0x` followed by eight hexadecimal digits, or eight hexadecimal digits with at least one
/// decimal digit that start with 8 to F (the failure codes of Windows), as an upper-case key.
fn hexadecimal_code_key(token: &str) -> Option<String> {
    let (digits, prefixed) = match token.get(..2) {
        Some("0x") | Some("0X") => (token.get(2..)?, true),
        _ => (token, false),
    };
    if digits.len() != 8 || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let upper = digits.to_ascii_uppercase();
    let looks_like_failure_code = upper.starts_with(['8', '9', 'A', 'B', 'C', 'D', 'E', 'F'])
        && upper.chars().any(|c| c.is_ascii_digit());
    if prefixed || looks_like_failure_code {
        Some(upper)
    } else {
        None
    }
}

/// The number (three or more digits) that follows an error word, allowing separators and a
/// word such as "code" in between: "error 1234", "error code: 1234", "エラー コード 1234".
fn number_after_error_word(after_word: &str) -> Option<&str> {
    let is_separator =
        |c: char| c.is_whitespace() || matches!(c, ':' | '：' | '#' | '=' | '-' | '(' | '（');
    let mut rest = after_word.trim_start_matches(is_separator);
    if let Some(code_word) = CODE_WORDS.iter().find(|code_word| rest.starts_with(**code_word)) {
        rest = rest.get(code_word.len()..)?.trim_start_matches(is_separator);
    }
    let digit_count = rest.chars().take_while(char::is_ascii_digit).count();
    let number = rest.get(..digit_count)?;
    let followed_by_alphanumeric = rest
        .get(digit_count..)
        .and_then(|tail| tail.chars().next())
        .is_some_and(char::is_alphanumeric);
    if digit_count >= 3 && !followed_by_alphanumeric {
        Some(number)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_for_matching_agrees_with_unicode_on_latin_greek_and_cyrillic() {
        for code in 0..0x530u32 {
            let Some(character) = char::from_u32(code) else { continue };
            let unicode: Vec<char> = character.to_lowercase().collect();
            let ours = lowercase_letter(character);
            let covered =
                code < 0x180 || (0x386..=0x3CE).contains(&code) || (0x400..=0x45F).contains(&code);
            if covered && unicode.len() == 1 {
                assert_eq!(ours, unicode[0], "U+{code:04X}");
            } else if !covered {
                assert_eq!(ours, character, "U+{code:04X} is left as it is");
            }
        }
        // The one covered letter with a two-character lower case keeps its base letter.
        assert_eq!(lowercase_letter('\u{130}'), 'i');
        assert_eq!(
            lowercase_for_matching("KOLEJNY PROBLEM: ŁĄCZNOŚĆ"),
            "kolejny problem: łączność"
        );
    }
    use crate::domain::routing::{CustomerPlan, RequestKind};
    use crate::domain::severity::{Level, Scope, SeverityOverride};
    use crate::domain::ticket::{ContactMethod, EscalationStep, SupportTier};
    use chrono::TimeZone;

    fn check_fires(text: &str) {
        assert!(looks_like_several_problems(text).is_some(), "should fire on:\n{text}");
    }

    fn check_silent(text: &str) {
        assert_eq!(looks_like_several_problems(text), None, "should not fire on:\n{text}");
    }

    #[test]
    fn fires_on_several_problems_in_every_language() {
        // English, numbered list.
        check_fires(
            "We have a few issues since the update:\n\
             1. Windows laptops fail to enrol with a timeout.\n\
             2. iPhones do not receive the Wi-Fi profile.\n\
             3. The compliance report is missing half the devices.",
        );
        // English, one paragraph with an announcing phrase.
        check_fires(
            "Autopilot deployment stops at the account setup page. Another issue is that the \
             Company Portal shows an empty app list for everyone in Sales.",
        );
        // Polish, bulleted list.
        check_fires(
            "Problemy po migracji:\n\
             - urządzenia z Androidem nie synchronizują zasad\n\
             - raport zgodności pokazuje błąd 65001",
        );
        // Polish, paragraph.
        check_fires(
            "Rejestracja iPadów kończy się błędem. Kolejny problem dotyczy aplikacji Outlook, która \
             nie otrzymuje konfiguracji.",
        );
        // Spanish, opening word followed by a failure.
        check_fires(
            "Los equipos con Windows 11 no reciben el perfil de VPN. Además, la aplicación de \
             Teams falla al iniciar en los iPhone del equipo de ventas.",
        );
        check_fires("Tenemos otro problema: la inscripción de Android devuelve un error genérico.");
        // Dutch.
        check_fires(
            "De BitLocker-sleutels worden niet opgeslagen in Azure AD. Daarnaast mislukt de \
             inschrijving van macOS-apparaten met een foutmelding.",
        );
        check_fires("Er is ook een ander probleem met de nalevingsrapporten.");
        // Korean.
        check_fires(
            "iOS 기기에서 회사 포털 로그인이 실패합니다. 또한 Windows 장치에 정책이 적용되지 않습니다.",
        );
        check_fires("다른 문제도 있습니다. 앱 배포가 중단되었습니다.");
        // Traditional Chinese.
        check_fires("Android 裝置無法註冊。另外，Windows 電腦的合規性報告顯示錯誤。");
        check_fires("另一個問題是 iPad 無法安裝應用程式。");
        // Japanese.
        check_fires(
            "iPhone の登録がエラーで失敗します。また、Windows デバイスにポリシーが適用されません。",
        );
        check_fires("別の問題として、アプリの配布が止まっています。");
        // Japanese list with circled numbers and a katakana middle dot list.
        check_fires("① 登録に失敗する\n② プロファイルが適用されない");
        check_fires("・ 同期できない\n・ アプリがインストールされない");
        // Two distinct error codes in one line.
        check_fires("Enrolment shows 0x8018002B on some laptops and 0x80180014 on others.");
        check_fires("Sign-in fails with AADSTS50076 for some users and AADSTS53003 for others.");
        check_fires("The console shows error 1234 and later error code: 5678.");
    }

    #[test]
    fn stays_silent_on_one_problem_in_one_paragraph() {
        check_silent(
            "Since Monday new Windows 11 laptops stop at the enrolment status page with error \
             0x80180014. We also tried resetting one device and re-enrolling it, but it still \
             fails. About 40 users in the Warsaw office are waiting for their laptops.",
        );
        check_silent(
            "Enrolment fails with 0x80180014. Also, we tried to restart the device, but it did \
             not help. The event log shows 80180014 again.",
        );
        check_silent(
            "Users also report that it happened before the holidays; the tenant was created on \
             20240105 and has about 350 licences. Call me on 48221234567.",
        );
        check_silent(
            "Od poniedziałku nowe laptopy nie kończą rejestracji. Ponadto próbowaliśmy ponownie \
             uruchomić urządzenie, ale bez skutku.",
        );
        check_silent(
            "Los iPhone no se inscriben desde ayer. Además, intentamos reiniciar el servidor y \
             revisar los certificados.",
        );
        check_silent(
            "Sinds de update synchroniseren de Android-toestellen niet meer. Daarnaast hebben we \
             de app opnieuw geïnstalleerd.",
        );
        check_silent("iOS 기기가 등록되지 않습니다. 또한 재부팅도 시도했지만 결과는 같습니다.");
        check_silent("iPad 無法註冊。另外，我們已嘗試重新啟動裝置。");
        check_silent("iPhone の登録が失敗します。また、再起動を試しましたが同じ結果でした。");
        // "また" opening "または" (or) is not a connector.
        check_silent("登録に失敗します。または、時間がかかりすぎます");
        // Version numbers and sizes are not list items or codes.
        check_silent(
            "After updating to iOS 17.4 the VPN profile fails.\n1.5 GB of logs were collected.",
        );
    }

    #[test]
    fn steps_to_reproduce_are_not_several_problems() {
        check_silent(
            "Steps:\n1. Open the Company Portal\n2. Sign in with a work account\n\
             3. Tap Enrol: error 0x80180014 appears",
        );
        check_silent(
            "What we tried:\n- restarted the laptop, still failing\n- reset the device, no change",
        );
    }

    #[test]
    fn hint_names_its_signals() {
        let hint = looks_like_several_problems(
            "1. VPN fails on iOS\n2. Wi-Fi profile missing on Android\n\
             Another problem: error 0x8018002B and 0x80070005.",
        );
        let signals = hint.map(|hint| hint.signals).unwrap_or_default();
        assert!(signals.contains(&ProblemSignal::FailureListItems { count: 2 }), "{signals:?}");
        assert!(signals.contains(&ProblemSignal::DistinctErrorCodes {
            codes: vec!["0x8018002B".into(), "0x80070005".into()]
        }));
        assert!(signals
            .contains(&ProblemSignal::AnotherProblemPhrase { phrase: "another problem".into() }));
    }

    #[test]
    fn the_same_code_written_twice_counts_once() {
        assert_eq!(
            distinct_error_codes("0x80070005, again 80070005 and 0X80070005"),
            vec!["0x80070005"]
        );
        assert_eq!(distinct_error_codes("AADSTS50076 then aadsts50076"), vec!["AADSTS50076"]);
        assert_eq!(distinct_error_codes("エラー コード 1234 と error 1234"), vec!["1234"]);
        assert!(distinct_error_codes("error 12, errors 2024x, terror 5555").is_empty());
    }

    #[test]
    fn list_item_markers() {
        fn check(line: &str, expected: Option<&str>) {
            assert_eq!(list_item_text(line), expected, "{line:?}");
        }
        check("1. one", Some("one"));
        check("  2) two", Some("two"));
        check("３．三", Some("三"));
        check("4、四", Some("四"));
        check("(5) five", Some("five"));
        check("（6）六", Some("六"));
        check("- dash", Some("dash"));
        check("* star", Some("star"));
        check("• bullet", Some("bullet"));
        check("・中黒", Some("中黒"));
        check("①まる", Some("まる"));
        check("-5 degrees", None);
        check("*emphasis*", None);
        check("1.5 GB", None);
        check("2024. was long", None);
        check("12345. too many digits", None);
        check("plain text", None);
        check("", None);
        check("(", None);
        check("1", None);
    }

    #[test]
    fn suggestions_from_lists_connectors_and_plain_text() {
        fn check(description: &str, expected: &[&str]) {
            assert_eq!(suggested_problems(description), expected, "{description}");
        }
        check(
            "Two things broke:\n1. Windows enrolment fails\n   with a timeout\n2. iOS apps missing\n\nThanks",
            &["Windows enrolment fails\nwith a timeout", "iOS apps missing"],
        );
        check("Steps:\n1. Open the portal\n2. Click Enrol", &["Open the portal", "Click Enrol"]);
        check(
            "VPN fails on iOS. Another issue is that Android does not sync.",
            &["VPN fails on iOS.", "Another issue is that Android does not sync."],
        );
        check(
            "Android 裝置無法註冊。另外，Windows 電腦的合規性報告顯示錯誤。",
            &["Android 裝置無法註冊。", "另外，Windows 電腦的合規性報告顯示錯誤。"],
        );
        check("  Just one problem.  ", &["Just one problem."]);
        check(" \n ", &[]);
    }

    fn at(hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2024, 5, 2, hour, 0, 0).single().unwrap_or_default()
    }

    fn mixed_ticket() -> Ticket {
        let mut ticket = Ticket::new_draft("draft-1", at(8));
        ticket.title = "Several things broke".into();
        ticket.description = "1. VPN fails\n2. Wi-Fi missing".into();
        ticket.request_kind = Some(RequestKind::Technical);
        ticket.customer_plan = Some(CustomerPlan::Premier);
        ticket.impact.scope = Some(Scope::ManyUsersOrServices);
        ticket.severity_override = SeverityOverride::new(Level::Critical, "board meeting").ok();
        ticket.details.platforms = vec!["iOS 17".into(), "Android 14".into()];
        ticket.details.support_language = "pl".into();
        ticket.details.contact.email = "admin@example.com".into();
        ticket.details.contact.preferred_method = Some(ContactMethod::Email);
        ticket.details.error_messages = "VPN: error 809".into();
        ticket.details.already_tried = "Reinstalled the VPN app".into();
        ticket.details.escalation_trail = vec![EscalationStep {
            tier: SupportTier::ONE,
            team: "Helpdesk".into(),
            findings: "".into(),
        }];
        ticket.linked_draft_ids = vec!["draft-0".into()];
        ticket
    }

    #[test]
    fn split_makes_linked_drafts_with_shared_context() {
        let original = mixed_ticket();
        let problems = vec!["VPN fails".to_string(), "  Wi-Fi missing\nsince Friday ".to_string()];
        let drafts = split_ticket(&original, &problems, &["draft-2".to_string()], at(10))
            .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(drafts.len(), 2);
        let (first, second) = (&drafts[0], &drafts[1]);

        assert_eq!(first.id, "draft-1");
        assert_eq!(first.title, "Several things broke");
        assert_eq!(first.description, "VPN fails");
        assert_eq!(first.linked_draft_ids, vec!["draft-2", "draft-0"]);
        assert_eq!(first.details, original.details);
        assert_eq!(first.created_at, at(8));
        assert_eq!(first.updated_at, at(10));

        assert_eq!(second.id, "draft-2");
        assert_eq!(second.title, "Wi-Fi missing");
        assert_eq!(second.description, "Wi-Fi missing\nsince Friday");
        assert_eq!(second.linked_draft_ids, vec!["draft-1"]);
        assert_eq!(second.details.contact, original.details.contact);
        assert_eq!(second.details.platforms, original.details.platforms);
        assert_eq!(second.details.support_language, "pl");
        assert!(
            second.details.error_messages.is_empty() && second.details.already_tried.is_empty()
        );
        assert!(second.details.escalation_trail.is_empty());
        assert_eq!(second.created_at, at(10));

        for draft in &drafts {
            assert_eq!(draft.request_kind, Some(RequestKind::Technical));
            assert_eq!(draft.customer_plan, Some(CustomerPlan::Premier));
            assert_eq!(draft.impact, ImpactAnswers::default());
            assert_eq!(draft.severity_override, None);
            assert_eq!(draft.status, TicketStatus::Draft);
        }
    }

    #[test]
    fn every_draft_links_to_all_its_siblings() {
        let mut original = mixed_ticket();
        original.linked_draft_ids.clear();
        let problems: Vec<String> = (1..=4).map(|n| format!("problem {n}")).collect();
        let ids: Vec<String> = (2..=4).map(|n| format!("d{n}")).collect();
        let drafts = split_ticket(&original, &problems, &ids, at(9)).unwrap_or_default();
        assert_eq!(drafts.len(), 4);
        let all_ids: Vec<&str> = drafts.iter().map(|d| d.id.as_str()).collect();
        for draft in &drafts {
            let mut expected: Vec<&str> =
                all_ids.iter().copied().filter(|id| *id != draft.id).collect();
            expected.sort_unstable();
            let mut linked: Vec<&str> = draft.linked_draft_ids.iter().map(String::as_str).collect();
            linked.sort_unstable();
            assert_eq!(linked, expected);
        }
    }

    #[test]
    fn split_refuses_bad_input_with_errors() {
        fn check(original: &Ticket, problems: &[&str], ids: &[&str], expected: SplitError) {
            let problems: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            let ids: Vec<String> = ids.iter().map(|i| i.to_string()).collect();
            assert_eq!(split_ticket(original, &problems, &ids, at(9)), Err(expected.clone()));
            assert!(!expected.to_string().is_empty());
        }
        let draft = mixed_ticket();
        check(&draft, &[], &[], SplitError::NothingToSplit { problems: 0 });
        check(&draft, &["one"], &[], SplitError::NothingToSplit { problems: 1 });
        check(&draft, &["a", "b"], &[], SplitError::IdCountMismatch { expected: 1, given: 0 });
        check(
            &draft,
            &["a", "b"],
            &["x", "y"],
            SplitError::IdCountMismatch { expected: 1, given: 2 },
        );
        check(
            &draft,
            &["a", "b", "c"],
            &["x"],
            SplitError::IdCountMismatch { expected: 2, given: 1 },
        );
        check(&draft, &["a", "  "], &["x"], SplitError::EmptyProblem { index: 1 });
        check(&draft, &["a", "b"], &[" "], SplitError::EmptyId { index: 0 });
        check(&draft, &["a", "b"], &["draft-1"], SplitError::DuplicateId { id: "draft-1".into() });
        check(&draft, &["a", "b", "c"], &["x", "x"], SplitError::DuplicateId { id: "x".into() });
        let mut filed = mixed_ticket();
        filed.status = TicketStatus::SelfSolved;
        check(&filed, &["a", "b"], &["x"], SplitError::NotADraft);
    }

    #[test]
    fn suggested_titles_are_short_and_keep_marks_together() {
        assert_eq!(suggested_title("\n  First line  \nsecond"), "First line");
        let long = "a".repeat(99) + "e\u{0301}\u{0301}" + &"b".repeat(50);
        let title = suggested_title(&long);
        assert!(title.ends_with("e\u{0301}\u{0301}…"), "{title}");
        assert_eq!(title.chars().filter(|c| *c == 'b').count(), 0);
        assert_eq!(suggested_title(&"語".repeat(100)), "語".repeat(100));
        assert_eq!(suggested_title(""), "");
    }

    #[test]
    fn heuristics_never_panic_on_odd_text() {
        let odd = [
            "\u{202E}1. ﻿fail\n\u{200B}2. fail".to_string(),
            "0x".to_string(),
            "error".to_string(),
            "error code".to_string(),
            "エラー：".to_string(),
            "(".repeat(10_000),
            "1. fail\n".repeat(10_000),
            "a\u{0301}".repeat(10_000),
            "İstanbul ALSO fails. ALSO İ fails".to_string(),
        ];
        for text in &odd {
            let _ = looks_like_several_problems(text);
            let _ = suggested_problems(text);
        }
        assert!(looks_like_several_problems(&odd[6]).is_none());
    }
}
