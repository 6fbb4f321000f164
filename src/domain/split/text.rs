//! Text helpers for the split: lower case for matching, cue matching, list markers, error
//! codes and the topic terms of a passage.

use std::collections::HashSet;

/// Lower case for matching cues: the letters of the Latin (ASCII, Latin-1, Latin Extended-A),
/// Greek and Cyrillic alphabets; every other character is kept as it is. Every change keeps the
/// character's UTF-8 length, so a byte offset in the lower-case copy is the same place in the
/// original text (the passages are cut from the original at offsets found in the copy). Every cased letter in the cue lists is Latin. `str::to_lowercase`
/// gives the same result on these letters but brings the whole Unicode case table into the app
/// (about 6 KB of the compressed download).
pub fn lowercase_for_matching(text: &str) -> String {
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
        // U+0130 (Turkish dotted capital I) lowers to a one-byte "i": kept as it is, so
        // offsets stay put; no interface language uses it.
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

pub fn is_latin_letter(character: char) -> bool {
    character.is_alphabetic() && (character as u32) < 0x0250
}

/// Whether `cue` occurs in `lower_text`. A cue that starts with a Latin letter must also start a
/// word, so "no " does not match the end of "piano " and "hang" does not match inside "change".
pub fn contains_cue(lower_text: &str, cue: &str) -> bool {
    cue_position(lower_text, cue).is_some()
}

/// Where `cue` first occurs in `lower_text` as [`contains_cue`] matches it.
pub fn cue_position(lower_text: &str, cue: &str) -> Option<usize> {
    // "n't" ends a word ("don't", "isn't"): it matches inside one.
    let is_word_ending = cue.starts_with("n'") || cue.starts_with("n’");
    let starts_with_latin_letter = cue.chars().next().is_some_and(is_latin_letter);
    if !starts_with_latin_letter || is_word_ending {
        return lower_text.find(cue);
    }
    lower_text.match_indices(cue).map(|(index, _)| index).find(|index| {
        lower_text
            .get(..*index)
            .and_then(|before| before.chars().next_back())
            .is_none_or(|previous| !previous.is_alphanumeric())
    })
}

pub fn contains_any_cue(lower_text: &str, cues: &[&str]) -> bool {
    cues.iter().any(|cue| contains_cue(lower_text, cue))
}

/// Whether `lower_text`, after any leading punctuation and list marker, starts with one of the
/// cues, followed by a word break.
pub fn starts_with_any_cue(lower_text: &str, cues: &[&str]) -> bool {
    let opening = lower_text.trim_start_matches(|c: char| {
        c.is_whitespace()
            || matches!(c, '-' | '*' | '•' | '・' | '"' | '\'' | '(' | '「' | '>' | '–')
    });
    cues.iter().any(|cue| opening.strip_prefix(*cue).is_some_and(|after| ends_a_word(cue, after)))
}

/// Whether a cue ends where a word ends, given the text after it: Latin cues need a break, a
/// cue ending in Hiragana or Hangul must not run on into more of them ("また" is not "または"),
/// Han and Katakana cues and cues ending in punctuation or a space always end a word.
fn ends_a_word(cue: &str, after: &str) -> bool {
    let Some(last) = cue.chars().next_back() else { return true };
    let next = after.chars().next();
    if last.is_ascii_alphanumeric() || is_latin_letter(last) {
        next.is_none_or(|c| !c.is_alphanumeric())
    } else if is_hiragana_or_hangul(last) {
        next.is_none_or(|c| !is_hiragana_or_hangul(c))
    } else {
        true
    }
}

fn is_hiragana_or_hangul(character: char) -> bool {
    matches!(character as u32, 0x3040..=0x309F | 0xAC00..=0xD7AF)
}

/// A list item: the marker's kind, and the byte offset in the line where its text starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListMarker {
    /// `1.`, `2)`, `(3)`, `４．`, `5、`, `①`: the number.
    Number(u32),
    /// `-`, `*`, `•`, `・` and other bullets.
    Bullet,
}

/// The marker of a list item line and the offset of its text, or `None` when the line is not
/// a list item.
pub fn list_item(line: &str) -> Option<(ListMarker, usize)> {
    let indent = line.len() - line.trim_start().len();
    let trimmed = line.get(indent..)?;
    let mut characters = trimmed.char_indices();
    let (_, first) = characters.next()?;
    let text_at = |offset: usize| {
        let rest = trimmed.get(offset..)?;
        Some(indent + offset + (rest.len() - rest.trim_start().len()))
    };

    // Bullets that need a space after them, because they also occur in ordinary text.
    if matches!(first, '-' | '*' | '+' | '–') {
        let after = trimmed.get(first.len_utf8()..)?;
        return if after.starts_with(char::is_whitespace) {
            Some((ListMarker::Bullet, text_at(first.len_utf8())?))
        } else {
            None
        };
    }
    // Bullets that only mark lists.
    if matches!(first, '•' | '・' | '●' | '▪' | '◦' | '‣' | '■' | '□' | '◆' | '○' | '▶' | '►')
    {
        return Some((ListMarker::Bullet, text_at(first.len_utf8())?));
    }
    // Circled and parenthesised numbers.
    let circled = match first {
        '\u{2460}'..='\u{2473}' => Some(first as u32 - 0x2460 + 1),
        '\u{2474}'..='\u{2487}' => Some(first as u32 - 0x2474 + 1),
        '\u{2776}'..='\u{277F}' => Some(first as u32 - 0x2776 + 1),
        _ => None,
    };
    if let Some(number) = circled {
        return Some((ListMarker::Number(number), text_at(first.len_utf8())?));
    }
    // "(1)" and "（1）".
    if matches!(first, '(' | '（') {
        let after_open = trimmed.get(first.len_utf8()..)?;
        let (number, digits_bytes) = leading_number(after_open)?;
        let close = after_open.get(digits_bytes..)?.chars().next()?;
        if !matches!(close, ')' | '）') {
            return None;
        }
        return Some((
            ListMarker::Number(number),
            text_at(first.len_utf8() + digits_bytes + close.len_utf8())?,
        ));
    }
    // "1." "2)" "３．" "4、" "5:": one to three digits, then a marker.
    let (number, digits_bytes) = leading_number(trimmed)?;
    let after_digits = trimmed.get(digits_bytes..)?;
    let marker = after_digits.chars().next()?;
    let after_marker = after_digits.get(marker.len_utf8()..)?;
    let is_item = match marker {
        // ASCII markers need a space after them, so "1.5 GB" or "3)." are not items.
        '.' | ')' | ':' => after_marker.starts_with(char::is_whitespace),
        '．' | '）' | '、' | '：' => true,
        _ => false,
    };
    if is_item {
        Some((ListMarker::Number(number), text_at(digits_bytes + marker.len_utf8())?))
    } else {
        None
    }
}

/// One to three ASCII or full-width digits at the start, as a number and their length in bytes.
fn leading_number(text: &str) -> Option<(u32, usize)> {
    let mut number = 0u32;
    let mut bytes = 0;
    for (count, character) in text.chars().enumerate() {
        let digit = match character {
            '0'..='9' => character as u32 - '0' as u32,
            '０'..='９' => character as u32 - '０' as u32,
            _ => break,
        };
        if count >= 3 {
            return None;
        }
        number = number * 10 + digit;
        bytes += character.len_utf8();
    }
    (bytes > 0).then_some((number, bytes))
}

/// The distinct error codes in a text, as upper-case keys. Two spellings of one code
/// (`0x80070005` and `80070005`) count once; the groups of a GUID are never codes.
pub fn error_codes(text: &str) -> HashSet<String> {
    let mut codes = HashSet::new();
    for token in text.split(|c: char| !c.is_ascii_alphanumeric() && c != '-') {
        if looks_like_guid(token) {
            continue;
        }
        codes.extend(token.split('-').filter_map(code_key));
    }
    codes
}

/// The key of one word that is an error code: a Windows failure code (see
/// [`hexadecimal_code_key`]) or a sign-in code such as `AADSTS50076`.
fn code_key(word: &str) -> Option<String> {
    if let Some(key) = hexadecimal_code_key(word) {
        return Some(key);
    }
    let prefix = word.get(..6).filter(|prefix| prefix.eq_ignore_ascii_case("AADSTS"))?;
    let digits = word.get(prefix.len()..)?;
    (digits.len() >= 4 && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| format!("AADSTS{digits}"))
}

/// Eight, four, four, four and twelve hexadecimal digits joined by dashes.
pub fn looks_like_guid(token: &str) -> bool {
    let groups: Vec<&str> = token.split('-').collect();
    groups.len() == 5
        && groups.iter().zip([8, 4, 4, 4, 12]).all(|(group, length)| {
            group.len() == length && group.chars().all(|c| c.is_ascii_hexdigit())
        })
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

/// Whether the character belongs to a script written without spaces between words.
pub fn is_cjk(character: char) -> bool {
    matches!(character as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xAC00..=0xD7AF    // Hangul syllables
        | 0xF900..=0xFAFF    // CJK Compatibility Ideographs
        | 0xFF66..=0xFF9F) // half-width Katakana
}

/// The topic terms of a passage: its Latin words (their first six letters, so "enrolment" and
/// "enrollments" meet), without stop words, and the character pairs of its CJK runs.
pub fn topic_terms(lower_text: &str, stop_words: &[&str]) -> HashSet<String> {
    let mut terms = HashSet::new();
    let mut word = String::new();
    let mut previous_cjk: Option<char> = None;
    let flush_word = |word: &mut String, terms: &mut HashSet<String>| {
        let has_letter = word.chars().any(char::is_alphabetic);
        if word.chars().count() >= 3 && has_letter && !stop_words.contains(&word.as_str()) {
            terms.insert(word.chars().take(6).collect());
        }
        word.clear();
    };
    for character in lower_text.chars() {
        if is_cjk(character) {
            flush_word(&mut word, &mut terms);
            if let Some(previous) = previous_cjk {
                let pair: String = [previous, character].iter().collect();
                if !stop_words.contains(&pair.as_str()) {
                    terms.insert(pair);
                }
            }
            previous_cjk = Some(character);
        } else {
            previous_cjk = None;
            if character.is_alphanumeric() {
                word.push(character);
            } else {
                flush_word(&mut word, &mut terms);
            }
        }
    }
    flush_word(&mut word, &mut terms);
    terms
}

/// Names too common in this domain to tell one problem from another.
const GENERIC_NAMES: &[&str] =
    &["intune", "microsoft", "entra", "azure", "m365", "o365", "mdm", "it", "ok", "id", "ms"];

/// The names in a passage, in lower case: words written with a capital letter after their
/// first (BitLocker, VPN, iOS), words mixing letters and digits (TC52, M365, 23H2), and
/// capitalised words that do not open a sentence. Products, models and features are named so;
/// two passages naming the same one are likely about the same problem. Error codes and GUIDs
/// are left out (they are compared on their own).
pub fn names(text: &str) -> HashSet<String> {
    let mut found = HashSet::new();
    // Slashes join the parts of a path or an event log channel into one token.
    let is_word_character =
        |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '/' | '\\');
    let mut word_start: Option<usize> = None;
    let mut last_punctuation_opens = true;
    let mut consider_part = |word: &str, opens_sentence: bool| {
        let word = word.trim_matches(|c: char| c == '-' || c == '_');
        let letters = word.chars().filter(char::is_ascii_alphabetic).count();
        let digits = word.chars().filter(char::is_ascii_digit).count();
        let capital_inside = word.chars().skip(1).any(|c| c.is_ascii_uppercase());
        let capitalised = word.starts_with(|c: char| c.is_ascii_uppercase());
        let is_code = code_key(word).is_some() || word.len() >= 24;
        let is_name = !is_code
            && letters >= 1
            && word.len() >= 2
            && (capital_inside || digits >= 1 || (capitalised && !opens_sentence));
        // One name, however many: "iPhones" is "iPhone". A capital S stays ("iOS", "macOS").
        let singular = match word.strip_suffix('s') {
            Some(stem) if stem.len() >= 3 && !stem.ends_with(['s', 'S']) => stem,
            _ => word,
        };
        let lower = lowercase_for_matching(singular);
        if is_name && !GENERIC_NAMES.contains(&lower.as_str()) {
            found.insert(lower);
        }
    };
    // A long token with slashes is a path or a log channel
    // ("DeviceManagement-Enterprise-Diagnostics-Provider/Admin"), detail rather than the name of
    // what fails; a short one names things side by side ("iOS/iPadOS").
    let mut consider = |token: &str, opens_sentence: bool| {
        let is_path = token.contains(['/', '\\']);
        if is_path && token.len() >= 24 {
            return;
        }
        for part in token.split(['/', '\\']) {
            consider_part(part, opens_sentence);
            // "BitLocker-API" and "Intune-User-SCEP" also name what their first part names.
            if let Some((head, _)) = part.split_once('-') {
                if head.len() >= 3 {
                    consider_part(head, opens_sentence);
                }
            }
        }
    };
    for (index, character) in text.char_indices() {
        if is_word_character(character) {
            word_start.get_or_insert(index);
            continue;
        }
        if let Some(start) = word_start.take() {
            consider(text.get(start..index).unwrap_or(""), last_punctuation_opens);
            last_punctuation_opens = false;
        }
        if matches!(character, '.' | '!' | '?' | '\n' | ':' | '。' | '！' | '？' | '：' | '"' | '(')
            || is_cjk(character)
        {
            last_punctuation_opens =
                matches!(character, '.' | '!' | '?' | '\n' | ':' | '。' | '！' | '？' | '：');
        }
    }
    if let Some(start) = word_start {
        consider(text.get(start..).unwrap_or(""), last_punctuation_opens);
    }
    found
}
