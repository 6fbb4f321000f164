//! Where one problem ends and the next begins.
//!
//! The description is cut into passages: sentences, list items, and detail lines (fields such
//! as "Device: …", log lines, pasted code), which never start a problem. Every passage after
//! the first is a place where a new problem could start, and gets a score from what it says and
//! where it stands (see [`boundary_score`]); a high enough score starts a new problem. A
//! problem that ends up without any sign of a failure (a greeting, a closing, a question about
//! the same thing) is joined to its neighbour, so every proposed problem describes a failure;
//! only an item of a list of problems stays as it is, since such items need no failure word.

use std::collections::HashSet;
use std::ops::Range;

use super::cues::{guess_language, CueLanguage, Cues, ENGLISH};
use super::text::{
    contains_any_cue, cue_position, error_codes, is_cjk, list_item, lowercase_for_matching, names,
    starts_with_any_cue, topic_terms, ListMarker,
};
use super::weights::WEIGHTS;

/// How a passage stands in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PassageKind {
    /// A sentence of ordinary text.
    Sentence,
    /// A list item with its marker.
    ListItem(ListMarker),
    /// A field, a log line or pasted code: detail of the problem around it.
    Detail,
}

#[derive(Debug, Clone)]
struct Passage {
    /// Byte range in the description, without the list marker.
    range: Range<usize>,
    kind: PassageKind,
    /// It is the first passage after a blank line.
    opens_paragraph: bool,
    /// It is the first passage of its line.
    opens_line: bool,
    /// The index of its paragraph.
    paragraph: usize,
}

/// How many signs describe a place where a problem could start; see [`FEATURE_NAMES`].
pub const FEATURES: usize = 30;

/// What each sign of [`Candidate::features`] means, in order. The first is always 1 (the
/// model's intercept).
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "always one",
    "a phrase announces another problem early in the passage",
    "the passage opens with an adding word (also, however, besides)",
    "the passage opens with an ordinal or a number two or higher",
    "the passage opens a paragraph",
    "the passage opens a line inside a paragraph",
    "the passage is a numbered list item",
    "the passage is a bulleted list item",
    "share of the passage's topic terms the problem so far has not used",
    "an adding word (also, too) stands inside the passage",
    "the passage has an error code the problem so far has not",
    "the passage's error codes were all seen before",
    "the passage opens by pointing back (this, it, the same)",
    "the passage tells what was tried",
    "the passage and what follows describe a failure",
    "the passage is a question",
    "the problem so far is long (passages, up to 8, divided by 8)",
    "topic terms shared with the problem so far (up to 4, divided by 4)",
    "the passage opens a paragraph and describes a failure",
    "the passage opens a line and describes a failure",
    "the passage stands inside a line and has no linking word",
    "the passage names something the problem so far named (a product, a model, an acronym)",
    "the passage names things, none of which the problem so far named",
    "the passage is a list item after an item that describes a failure",
    "the passage opens by naming something the problem so far has not named",
    "several problems were announced before the passage, and it opens a line",
    "a heading before it in its paragraph lists steps, a setup or what was tried",
    "a linking word (also, another, second, however) and a name the problem so far has not named",
    "the passage opens with a quotation or pasted output (\"…\", 「…」, Invoke-X : …)",
    "the passage asks whether something causes the problem (could it be, is it because)",
];

/// A place where a new problem could start, with its signs.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Byte offset in the description where the passage starts.
    pub start: usize,
    pub features: [f32; FEATURES],
}

/// Returns the byte ranges of the problems in `description`, in order. One range for one
/// problem; none for a blank description.
pub fn problem_ranges(description: &str) -> Vec<Range<usize>> {
    problem_ranges_with(&WEIGHTS, description)
}

/// [`problem_ranges`] with other weights, for measuring a model before it ships.
pub fn problem_ranges_with(weights: &[f32; FEATURES], description: &str) -> Vec<Range<usize>> {
    walk(description, |candidate| starts_problem(weights, &candidate.features))
}

/// Whether the model with these weights starts a new problem at a place with these signs.
pub fn starts_problem(weights: &[f32; FEATURES], features: &[f32; FEATURES]) -> bool {
    let score: f32 = weights.iter().zip(features).map(|(weight, value)| weight * value).sum();
    score >= 0.0
}

/// Every place where a problem could start, with its signs, when the problems start where
/// `cuts` say (byte offsets of the labelled starts), and whether one does: the examples the
/// model learns from.
pub fn labelled_candidates(description: &str, cuts: &[usize]) -> Vec<(Candidate, bool)> {
    let mut examples = Vec::new();
    walk(description, |candidate| {
        let starts = cuts.iter().any(|cut| cut_starts_at(description, *cut, candidate.start));
        examples.push((candidate.clone(), starts));
        starts
    });
    examples
}

/// Whether a labelled cut at `cut` is the start of the passage at `start`: the same place, or
/// the list marker just before it.
fn cut_starts_at(description: &str, cut: usize, start: usize) -> bool {
    cut <= start
        && description.get(cut..start).is_some_and(|between| {
            between.chars().count() <= 5 && !between.chars().any(char::is_alphabetic)
        })
}

/// Reads the description passage by passage; `decide` says whether each candidate starts a
/// new problem. Returns the problems' ranges, after joining those without a failure.
fn walk(description: &str, mut decide: impl FnMut(&Candidate) -> bool) -> Vec<Range<usize>> {
    let lower = lowercase_for_matching(description);
    let context = Context::new(description, &lower);
    let passages = passages(&context);
    let Some(first) = passages.first() else { return Vec::new() };
    // What each passage says is read once; a block and a problem so far are unions of these.
    let signs: Vec<PassageSigns> =
        passages.iter().map(|passage| PassageSigns::read(&context, passage)).collect();

    // Each problem runs from its first passage to its last, so a list marker or blank lines
    // between two problems belong to neither.
    let mut ranges = vec![first.range.clone()];
    // Whether each problem starts at a list item.
    let mut at_list_item = vec![false];
    let mut segment = SegmentFeatures::default();
    segment.absorb(&signs[0]);
    for (index, passage) in passages.iter().enumerate().skip(1) {
        // A detail line never starts a problem, and before any failure there is nothing to
        // set apart: what came first is an introduction.
        let candidate =
            (passage.kind != PassageKind::Detail && segment.describes_failure).then(|| Candidate {
                start: passage.range.start,
                features: features(&context, &passages, &signs, index, &segment),
            });
        if candidate.as_ref().is_some_and(&mut decide) {
            ranges.push(passage.range.clone());
            at_list_item.push(matches!(passage.kind, PassageKind::ListItem(_)));
            segment = SegmentFeatures::default();
        } else if let Some(current) = ranges.last_mut() {
            current.end = passage.range.end;
        }
        segment.absorb(&signs[index]);
    }
    join_problems_without_failure(&context, &mut ranges, &at_list_item);
    ranges
}

/// The text and the cues in use.
struct Context<'text> {
    original: &'text str,
    lower: &'text str,
    own: &'static Cues,
    language: CueLanguage,
    /// The description's own cues and, for another language, the English ones too.
    cue_sets: Vec<&'static Cues>,
}

impl<'text> Context<'text> {
    /// Guesses the language once for the whole description.
    fn new(original: &'text str, lower: &'text str) -> Context<'text> {
        let language = guess_language(lower);
        let own = language.cues();
        let cue_sets =
            if language == CueLanguage::English { vec![own] } else { vec![own, &ENGLISH] };
        Context { original, lower, own, language, cue_sets }
    }

    fn original(&self, range: &Range<usize>) -> &str {
        self.original.get(range.clone()).unwrap_or("")
    }

    fn text(&self, range: &Range<usize>) -> &str {
        self.lower.get(range.clone()).unwrap_or("")
    }

    fn has(&self, text: &str, pick: fn(&Cues) -> &'static [&'static str]) -> bool {
        self.cue_sets.iter().any(|cues| contains_any_cue(text, pick(cues)))
    }

    fn starts_with(&self, text: &str, pick: fn(&Cues) -> &'static [&'static str]) -> bool {
        self.cue_sets.iter().any(|cues| starts_with_any_cue(text, pick(cues)))
    }

    /// A cue of this kind within the first characters of `text`.
    fn has_early(&self, text: &str, pick: fn(&Cues) -> &'static [&'static str]) -> bool {
        let early_bytes = early_part(text).len();
        self.cue_sets.iter().any(|cues| {
            pick(cues)
                .iter()
                .any(|cue| cue_position(text, cue).is_some_and(|position| position < early_bytes))
        })
    }

    /// A problem statement rather than a greeting, a closing or a heading: it describes a
    /// failure, or is long enough to (admins do not always use a failure word).
    fn is_substantive(&self, text: &str) -> bool {
        self.describes_failure(text) || is_long_enough(text)
    }

    fn describes_failure(&self, text: &str) -> bool {
        self.has(text, |cues| cues.failure) || !error_codes(text).is_empty()
    }

    fn terms(&self, text: &str) -> HashSet<String> {
        let mut terms = topic_terms(text, self.own.stop_words);
        if self.language != CueLanguage::English {
            terms.retain(|term| !ENGLISH.stop_words.contains(&term.as_str()));
        }
        terms
    }
}

/// The first 60 characters, where a phrase that announces another problem stands.
fn early_part(text: &str) -> &str {
    let end = text.char_indices().nth(60).map_or(text.len(), |(index, _)| index);
    text.get(..end).unwrap_or(text)
}

/// What one passage says, read once per passage.
struct PassageSigns {
    terms: HashSet<String>,
    names: HashSet<String>,
    /// The names in its first characters: what a sentence that states a problem is about.
    opening_names: HashSet<String>,
    /// It says several problems follow ("two issues:").
    announces_several: bool,
    /// It heads steps, a setup or what was tried ("What I did:").
    heads_steps: bool,
    codes: HashSet<String>,
    failure: bool,
    substantive: bool,
}

impl PassageSigns {
    fn read(context: &Context, passage: &Passage) -> PassageSigns {
        let text = context.text(&passage.range);
        let failure = context.describes_failure(text);
        let original = context.original(&passage.range);
        let ends_with_colon = text.trim_end().ends_with([':', '：']);
        PassageSigns {
            terms: context.terms(text),
            names: names(original),
            opening_names: names(early_part(original)),
            announces_several: context.has(text, |cues| cues.several),
            // "Environment and issues:" heads problems, not steps.
            heads_steps: ends_with_colon
                && context.has(text, |cues| cues.steps)
                && !context.has(text, |cues| cues.several),
            codes: error_codes(text),
            failure,
            substantive: failure || is_long_enough(text),
        }
    }
}

/// What the problem so far has said: its topic terms, names and error codes.
#[derive(Default)]
struct SegmentFeatures {
    terms: HashSet<String>,
    names: HashSet<String>,
    codes: HashSet<String>,
    describes_failure: bool,
    passages: usize,
}

impl SegmentFeatures {
    fn absorb(&mut self, signs: &PassageSigns) {
        self.terms.extend(signs.terms.iter().cloned());
        self.names.extend(signs.names.iter().cloned());
        self.codes.extend(signs.codes.iter().cloned());
        self.describes_failure |= signs.substantive;
        self.passages += 1;
    }
}

/// Long enough to state a problem without a failure word.
fn is_long_enough(text: &str) -> bool {
    text.split_whitespace().count() >= 15 || text.chars().filter(|c| is_cjk(*c)).count() >= 30
}

/// The signs of the passage at `index`, in the order of [`FEATURE_NAMES`].
fn features(
    context: &Context,
    passages: &[Passage],
    signs: &[PassageSigns],
    index: usize,
    segment: &SegmentFeatures,
) -> [f32; FEATURES] {
    let Some(passage) = passages.get(index) else { return [0.0; FEATURES] };
    let text = context.text(&passage.range);
    // What the passage goes on to say: itself and the next two sentences or details of its
    // paragraph, up to the next list item.
    let block_length = 1 + passages
        .iter()
        .skip(index + 1)
        .take(2)
        .take_while(|next| {
            next.paragraph == passage.paragraph && !matches!(next.kind, PassageKind::ListItem(_))
        })
        .count();
    let block = signs.get(index..index + block_length).unwrap_or_default();
    let union = |pick: fn(&PassageSigns) -> &HashSet<String>| -> HashSet<&String> {
        block.iter().flat_map(|signs| pick(signs).iter()).collect()
    };

    let opener = context.starts_with(text, |cues| cues.openers);
    let numbered_later = matches!(passage.kind, PassageKind::ListItem(ListMarker::Number(n)) if n >= 2)
        || starts_with_number_marker(text);
    let terms = union(|signs| &signs.terms);
    let novelty = if terms.is_empty() {
        0.5
    } else {
        let new_terms = terms.iter().filter(|term| !segment.terms.contains(term.as_str())).count();
        new_terms as f32 / terms.len() as f32
    };
    let names = union(|signs| &signs.names);
    let shared_names = names.iter().filter(|name| segment.names.contains(name.as_str())).count();
    let after_failed_item = matches!(passage.kind, PassageKind::ListItem(_))
        && index.checked_sub(1).and_then(|previous| passages.get(previous)).is_some_and(
            |previous| {
                matches!(previous.kind, PassageKind::ListItem(_))
                    && signs.get(index - 1).is_some_and(|previous| previous.failure)
            },
        );
    let shared_terms = terms.iter().filter(|term| segment.terms.contains(term.as_str())).count();
    let failure = block.iter().any(|signs| signs.failure);
    let codes = union(|signs| &signs.codes);
    let new_code = codes.iter().any(|code| !segment.codes.contains(code.as_str()));
    let opening_names = signs.get(index).map(|signs| &signs.opening_names);
    let new_subject = opening_names.is_some_and(|names| {
        !names.is_empty() && names.iter().all(|name| !segment.names.contains(name))
    });
    let earlier = signs.get(..index).unwrap_or_default();
    let announced = earlier.iter().any(|signs| signs.announces_several);
    // The heading stands in the same paragraph, or is the passage just before (a heading
    // followed by a blank line).
    let under_steps = passages.iter().zip(earlier).enumerate().any(|(at, (earlier, signs))| {
        signs.heads_steps && (earlier.paragraph == passage.paragraph || at + 1 == index)
    });
    let another = context.has_early(text, |cues| cues.another_problem);
    let ordinal = context.starts_with(text, |cues| cues.ordinals) || numbered_later;
    let also_inside = !opener && context.has(text, |cues| cues.also);
    let linked = another || opener || ordinal || also_inside;
    let flag = |value: bool| if value { 1.0 } else { 0.0 };
    [
        1.0,
        flag(another),
        flag(opener),
        flag(ordinal),
        flag(passage.opens_paragraph),
        flag(passage.opens_line && !passage.opens_paragraph),
        flag(matches!(passage.kind, PassageKind::ListItem(ListMarker::Number(_)))),
        flag(matches!(passage.kind, PassageKind::ListItem(ListMarker::Bullet))),
        novelty,
        flag(also_inside),
        flag(new_code),
        flag(!codes.is_empty() && !new_code),
        flag(context.starts_with(without_opener(context, text), |cues| cues.back_reference)),
        flag(context.has(text, |cues| cues.attempt)),
        flag(failure),
        flag(text.trim_end().ends_with(['?', '？'])),
        segment.passages.min(8) as f32 / 8.0,
        shared_terms.min(4) as f32 / 4.0,
        flag(passage.opens_paragraph && failure),
        flag(passage.opens_line && !passage.opens_paragraph && failure),
        // Inside a line a sentence mostly goes on with the one before, unless a linking word
        // says otherwise ("… worked in February. Oh and the iOS update policy …").
        flag(!passage.opens_line && !linked),
        flag(!names.is_empty() && shared_names > 0),
        flag(!names.is_empty() && shared_names == 0),
        flag(after_failed_item),
        flag(new_subject),
        flag(announced && passage.opens_line),
        flag(under_steps),
        // A linking word alone often adds detail ("Also, the log shows …"); with a new subject
        // it more often brings another problem ("The VPN profile is also not deploying").
        flag(linked && new_subject),
        flag(opens_with_pasted_text(text)),
        flag(context.has(text, |cues| cues.cause)),
    ]
}

/// Whether the passage opens with a quotation mark or as the output of a command does
/// ("Invoke-RestMethod : The remote server returned an error"): a pasted error message, which
/// shows the problem before it rather than starting one.
fn opens_with_pasted_text(text: &str) -> bool {
    let trimmed = text.trim_start();
    if trimmed.starts_with(['"', '“', '„', '«', '「', '『', '\'']) {
        return true;
    }
    // One word without spaces, then " : ", as PowerShell and many tools print errors.
    trimmed.split_once(" : ").is_some_and(|(source, _)| {
        !source.is_empty() && source.len() <= 40 && !source.contains(char::is_whitespace)
    })
}

/// "2," "2)" "2." or "2:" opening a sentence: a numbered point written inline.
fn starts_with_number_marker(text: &str) -> bool {
    let mut characters = text.trim_start().chars();
    matches!(
        (characters.next(), characters.next(), characters.next()),
        (Some('2'..='9'), Some(',' | ')' | '.' | ':'), Some(' '))
            | (Some('2'..='9'), Some('）' | '、' | '．'), _)
    )
}

/// The text after an opening word such as "also," so "Also, this …" is seen to point back.
fn without_opener<'text>(context: &Context, text: &'text str) -> &'text str {
    let trimmed = text.trim_start();
    for cues in &context.cue_sets {
        for opener in cues.openers {
            if let Some(rest) = trimmed.strip_prefix(opener) {
                return rest.trim_start_matches(|c: char| {
                    c.is_whitespace() || matches!(c, ',' | '、' | '，' | ':' | '：')
                });
            }
        }
    }
    trimmed
}

/// Joins every problem that shows no sign of a failure to the one before it (the first to the
/// one after it): a greeting, a closing or a remark is not a problem of its own. A later
/// problem that starts at a list item stays: an item of a list of problems need not use a
/// failure word ("- Teams asks for MFA every time"), and a closing is not written as one.
fn join_problems_without_failure(
    context: &Context,
    ranges: &mut Vec<Range<usize>>,
    at_list_item: &[bool],
) {
    let mut at_list_item = at_list_item.to_vec();
    let mut index = 0;
    while ranges.len() > 1 && index < ranges.len() {
        let listed = index > 0 && at_list_item.get(index).copied().unwrap_or(false);
        if listed || context.is_substantive(context.text(&ranges[index])) {
            index += 1;
            continue;
        }
        if index < at_list_item.len() {
            at_list_item.remove(index);
        }
        if index == 0 {
            let removed = ranges.remove(0);
            if let Some(next) = ranges.first_mut() {
                next.start = removed.start;
            }
        } else {
            let removed = ranges.remove(index);
            if let Some(previous) = ranges.get_mut(index - 1) {
                previous.end = removed.end;
            }
        }
    }
}

/// The passages of a description, in order.
fn passages(context: &Context) -> Vec<Passage> {
    let description = context.original;
    let mut passages = Vec::new();
    let mut offset = 0;
    let mut in_code = false;
    let mut paragraph = 0;
    let mut after_blank = true;
    let mut in_list_item = false;
    for line in description.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let trimmed = content.trim();
        if trimmed.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if trimmed.is_empty() {
            if !after_blank {
                paragraph += 1;
            }
            after_blank = true;
            in_list_item = false;
            continue;
        }
        let opens_paragraph = after_blank && !passages.is_empty();
        after_blank = false;
        let line_range = line_start + (content.len() - content.trim_start().len())
            ..line_start + content.trim_end().len();
        let detail = |range: Range<usize>| Passage {
            range,
            kind: PassageKind::Detail,
            opens_paragraph,
            opens_line: true,
            paragraph,
        };
        if in_code || is_log_line(trimmed) {
            passages.push(detail(line_range));
            continue;
        }
        if let Some((marker, text_offset)) = list_item(content) {
            let item_text = content.get(text_offset..).unwrap_or("").trim_end();
            let range = line_start + text_offset..line_start + text_offset + item_text.len();
            in_list_item = true;
            if is_field(context, item_text) {
                passages.push(detail(range));
            } else {
                passages.push(Passage {
                    range,
                    kind: PassageKind::ListItem(marker),
                    opens_paragraph,
                    opens_line: true,
                    paragraph,
                });
            }
            continue;
        }
        if is_field(context, trimmed) {
            passages.push(detail(line_range));
            continue;
        }
        // An indented line right under a list item continues it.
        if in_list_item && content.starts_with(char::is_whitespace) {
            if let Some(last) = passages.last_mut() {
                last.range.end = line_range.end;
            }
            continue;
        }
        in_list_item = false;
        for (index, sentence) in sentences(description, line_range).into_iter().enumerate() {
            passages.push(Passage {
                range: sentence,
                kind: PassageKind::Sentence,
                opens_paragraph: opens_paragraph && index == 0,
                opens_line: index == 0,
                paragraph,
            });
        }
    }
    passages
}

/// The sentences of one line, as byte ranges of `text`: cut after `.`, `!` or `?` followed by
/// a space, and after `。`, `！` or `？`.
fn sentences(text: &str, line: Range<usize>) -> Vec<Range<usize>> {
    let Some(line_text) = text.get(line.clone()) else { return Vec::new() };
    let mut ranges = Vec::new();
    let mut start = 0;
    let mut characters = line_text.char_indices().peekable();
    while let Some((index, character)) = characters.next() {
        let end = index + character.len_utf8();
        let ends_sentence = match character {
            '。' | '！' | '？' => true,
            '.' | '!' | '?' => characters.peek().is_some_and(|(_, next)| next.is_whitespace()),
            _ => false,
        };
        if ends_sentence {
            push_trimmed_range(&mut ranges, line_text, start, end, line.start);
            start = end;
        }
    }
    push_trimmed_range(&mut ranges, line_text, start, line_text.len(), line.start);
    ranges
}

fn push_trimmed_range(
    ranges: &mut Vec<Range<usize>>,
    line_text: &str,
    start: usize,
    end: usize,
    base: usize,
) {
    let Some(piece) = line_text.get(start..end) else { return };
    let leading = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        ranges.push(base + start + leading..base + start + leading + trimmed.len());
    }
}

/// A line of a log, a trace or a table rather than a sentence: it opens with a timestamp, a
/// bracket or a log tag, or has few letters.
fn is_log_line(line: &str) -> bool {
    let opening: String = line.chars().take(12).collect();
    let timestamp = opening.chars().take_while(|c| c.is_ascii_digit()).count() >= 2
        && opening.chars().filter(|c| matches!(c, '-' | ':' | '/' | '.')).count() >= 2
        && opening.chars().filter(char::is_ascii_digit).count() >= 4;
    if timestamp || line.starts_with(['[', '<', '{', '|']) || line.starts_with("at ") {
        return true;
    }
    let characters = line.chars().count();
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    characters >= 20 && letters * 2 < characters
}

/// A field of a form or an error screen: a short label, a colon, a short value ("Device: HP
/// EliteBook", "OS version：14.4", "Error Code: 53000").
fn is_field(context: &Context, line: &str) -> bool {
    let Some((label, value)) = line.split_once([':', '：']) else { return false };
    let label = label.trim();
    let value = value.trim();
    let label_words = label.split_whitespace().count();
    let label_characters = label.chars().count();
    let label_is_short = if label.chars().any(is_cjk) {
        label_characters <= 10
    } else {
        (1..=4).contains(&label_words) && label_characters <= 30
    };
    let plain_label = !label.is_empty()
        && !label.chars().any(|c| matches!(c, '.' | ',' | '?' | '!' | '(' | '。' | '、'))
        && !label.chars().any(|c| c.is_ascii_digit());
    // "Second problem: …" or "PS: …" introduce; they are not fields.
    let introduces = {
        let lower = lowercase_for_matching(label);
        context.cue_sets.iter().any(|cues| {
            contains_any_cue(&lower, cues.another_problem)
                || starts_with_any_cue(&lower, cues.ordinals)
                || starts_with_any_cue(&lower, cues.openers)
        })
    };
    let value_is_short = if value.chars().any(is_cjk) {
        value.chars().count() <= 20
    } else {
        value.split_whitespace().count() <= 5
    };
    label_is_short && plain_label && !introduces && value_is_short
}
