//! The terms of a text, as the ranking and the duplicate check compare them.
//!
//! Every script is read the same way whatever language the text is in, because admins mix
//! them (a Polish sentence quoting an English error, a Korean one naming "Autopilot"):
//!
//! - Latin words are lower-cased ([`lowercase_for_matching`]), their diacritics folded
//!   ("rejestracją" and "rejestracja", "inscripción" and "inscripcion" meet), stop words and
//!   generic ticket words of English, Polish, Spanish and Dutch dropped, an English plural
//!   undone, doubled letters made single, one ending taken off and the rest cut to six letters,
//!   so the forms of one word share a term ("enrolled", "enrollment"; "zdalne", "zdalna";
//!   "certyfikatu", "certyfikaty"). Two terms that follow each other in a phrase also make a
//!   phrase pair ("author enrol"), so a quoted message matches as a whole.
//! - Han runs give their character pairs, weighted so that a run of n characters counts as
//!   about n / 2 words; a Katakana word is one term; a Korean word loses its particle or verb
//!   ending and counts whole and as pairs; Hiragana is grammar and left out.
//! - Error codes (`0x80180014`, `80180014`, the same code as a signed or unsigned decimal,
//!   `AADSTS50020`, `-25244`) are kept apart as codes, and GUIDs, device names and serial-like
//!   identifiers apart as identifiers; none of them is a term.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::domain::split::text::{error_codes, is_cjk, looks_like_guid, lowercase_for_matching};

/// FNV-1a, a fast hash for the short strings of the index and of a description. The keys are
/// the user's own words, so nobody gains by choosing ones that collide.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0 ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
pub type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// How many leading letters of a Latin word make its term.
const STEM_LENGTH: usize = 6;

/// How many characters of a text are read for words at most: the problem is told in the first
/// lines, and what follows a few thousand characters is a pasted log that says nothing more
/// about which article helps, while the ranking must stay cheap as the admin types.
pub const MAX_CHARS_READ: usize = 5_000;

/// How many characters are searched for error codes: a code deep in a pasted log still counts.
pub const MAX_CHARS_FOR_CODES: usize = 20_000;

/// What a text is made of, for matching.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct TextTerms {
    /// Terms in the order they occur, repeated as often as they do.
    pub terms: Vec<String>,
    /// How much each term counts: 1 for a word, less for one of the overlapping character
    /// pairs of a CJK word (a four-character word gives three pairs).
    pub weights: Vec<f32>,
    /// Error code keys (upper case, without `0x`), each once.
    pub codes: Vec<String>,
    /// GUIDs and serial-like identifiers in lower case, each once.
    pub identifiers: Vec<String>,
}

/// Reads a text into its terms, codes and identifiers.
pub fn read_text(text: &str) -> TextTerms {
    let codes = code_keys(&narrow(bounded(text, MAX_CHARS_FOR_CODES)));
    let normalised = normalise(bounded(text, MAX_CHARS_READ));
    let mut read = TextTerms { codes, ..TextTerms::default() };
    let mut previous: Option<String> = None;
    for_each_chunk(&normalised, |chunk| match chunk {
        Chunk::Latin(word) => read_latin_chunk(word, &mut read, &mut previous),
        Chunk::Cjk(run) => {
            previous = None;
            read_cjk_run(run, &mut read);
        }
        Chunk::Break => previous = None,
    });
    read
}

/// The terms of a text with their weights (keywords and titles of articles).
pub fn terms_of(text: &str) -> impl Iterator<Item = (String, f32)> {
    let read = read_text(text);
    read.terms.into_iter().zip(read.weights)
}

/// What a pair of a Korean word counts next to the word itself.
const HANGUL_PAIR_WEIGHT: f32 = 0.4;
/// What the parts of a dashed word count next to the word joined ("wi", "fi" and "wifi").
const DASHED_PART_WEIGHT: f32 = 0.5;
/// What two Latin terms that follow each other in a phrase count as one more term
/// ("author enrol" from "not authorized to enroll"): a quoted message matches as a phrase.
const PHRASE_PAIR_WEIGHT: f32 = 0.5;

impl TextTerms {
    fn push(&mut self, term: String, weight: f32) {
        self.terms.push(term);
        self.weights.push(weight);
    }
}

/// The key of an error code as an article lists it ("0x80180014", "AADSTS50020",
/// "2016281112"), the same key [`read_text`] gives the code in a description; `None` when the
/// text is not one code.
pub fn code_key(code: &str) -> Option<String> {
    let mut keys = code_keys(&narrow(code.trim()));
    if keys.len() == 1 {
        keys.pop()
    } else {
        None
    }
}

/// At most `limit` characters, cut at a character boundary.
fn bounded(text: &str, limit: usize) -> &str {
    if text.len() <= limit {
        return text;
    }
    match text.char_indices().nth(limit) {
        Some((end, _)) => text.get(..end).unwrap_or(text),
        None => text,
    }
}

/// Full-width ASCII made ASCII ("０ｘ８０１８００１４", "ＶＰＮ"), the ideographic space a space.
fn narrow(text: &str) -> std::borrow::Cow<'_, str> {
    let is_wide = |character: char| matches!(character as u32, 0xFF01..=0xFF5E | 0x3000);
    // Both are encoded from a lead byte 0xEF or 0xE3: most text has neither.
    let may_be_wide = text.bytes().any(|byte| byte == 0xEF || byte == 0xE3);
    if !may_be_wide || !text.chars().any(is_wide) {
        return text.into();
    }
    text.chars()
        .map(|character| match character as u32 {
            0xFF01..=0xFF5E => char::from_u32(character as u32 - 0xFEE0).unwrap_or(character),
            0x3000 => ' ',
            _ => character,
        })
        .collect::<String>()
        .into()
}

/// Narrow, lower case, Latin diacritics folded and combining marks dropped. "ß" becomes "ss",
/// "æ" "ae", "œ" "oe", "ĳ" "ij".
fn normalise(text: &str) -> String {
    let lower = lowercase_for_matching(&narrow(text));
    let mut out = String::with_capacity(lower.len());
    for letter in lower.chars() {
        match fold(letter) {
            Folded::One(base) => out.push(base),
            Folded::Two(first, second) => {
                out.push(first);
                out.push(second);
            }
            Folded::Drop => {}
        }
    }
    out
}

enum Folded {
    One(char),
    Two(char, char),
    Drop,
}

/// The base letter of a lower-case Latin letter with a diacritic.
fn fold(letter: char) -> Folded {
    let base = match letter {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' | 'ð' => 'd',
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' | 'ŋ' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ſ' => 's',
        'ţ' | 'ť' | 'ŧ' => 't',
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ß' => return Folded::Two('s', 's'),
        'æ' => return Folded::Two('a', 'e'),
        'œ' => return Folded::Two('o', 'e'),
        'ĳ' => return Folded::Two('i', 'j'),
        '\u{0300}'..='\u{036F}' => return Folded::Drop,
        other => other,
    };
    Folded::One(base)
}

enum Chunk<'a> {
    /// Letters and digits, with the dashes inside ("wi-fi", "desktop-4f7g2h").
    Latin(&'a str),
    /// A run of Han, Kana or Hangul.
    Cjk(&'a str),
    /// Punctuation that ends a phrase.
    Break,
}

fn for_each_chunk<'a>(text: &'a str, mut visit: impl FnMut(Chunk<'a>)) {
    let mut start: Option<(usize, bool)> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((index, character)) = chars.next() {
        let cjk = is_cjk(character);
        let wordy = !cjk && character.is_alphanumeric();
        // A dash inside a word keeps it together ("wi-fi"), one at its edges does not.
        let inner_dash = character == '-'
            && matches!(start, Some((_, false)))
            && chars.peek().is_some_and(|(_, next)| next.is_alphanumeric() && !is_cjk(*next));
        let continues = match start {
            Some((_, true)) => cjk,
            Some((_, false)) => wordy || inner_dash,
            None => false,
        };
        if continues {
            continue;
        }
        if let Some((from, was_cjk)) = start.take() {
            let piece = text.get(from..index).unwrap_or("");
            visit(if was_cjk { Chunk::Cjk(piece) } else { Chunk::Latin(piece) });
        }
        if cjk || wordy {
            start = Some((index, cjk));
        } else if !character.is_whitespace() && character != '-' && character != '\'' {
            visit(Chunk::Break);
        }
    }
    if let Some((from, was_cjk)) = start {
        let piece = text.get(from..).unwrap_or("");
        visit(if was_cjk { Chunk::Cjk(piece) } else { Chunk::Latin(piece) });
    }
}

fn read_latin_chunk(chunk: &str, read: &mut TextTerms, previous: &mut Option<String>) {
    if chunk.len() == 36 && looks_like_guid(chunk) {
        push_once(&mut read.identifiers, chunk);
        return;
    }
    // A device name such as "DESKTOP-7QK2M1" is one identifier.
    if chunk.contains('-') && looks_like_identifier(&chunk.replace('-', "")) {
        push_once(&mut read.identifiers, chunk);
    }
    let parts: Vec<&str> = chunk.split('-').filter(|part| !part.is_empty()).collect();
    // "wi-fi" is also "wifi", "e-mail" "email", "co-management" "comanagement".
    let joins =
        (2..=3).contains(&parts.len()) && parts.iter().any(|part| part.chars().count() <= 2);
    let part_weight = if joins { DASHED_PART_WEIGHT } else { 1.0 };
    let mut follow = |term: String, read: &mut TextTerms| {
        if let Some(before) = previous.take() {
            if before != term {
                read.push(format!("{before} {term}"), PHRASE_PAIR_WEIGHT);
            }
        }
        *previous = Some(term);
    };
    for part in &parts {
        if looks_like_identifier(part) {
            push_once(&mut read.identifiers, part);
        }
        if let Some(term) = word_term(part) {
            read.push(term.clone(), part_weight);
            if !joins {
                follow(term, read);
            }
        }
    }
    if joins {
        if let Some(term) = word_term(&parts.concat()) {
            read.push(term.clone(), 1.0);
            follow(term, read);
        }
    }
}

/// Serial numbers, device names and hashes: seven or more letters and digits with at least
/// two of each, that are not error codes.
fn looks_like_identifier(word: &str) -> bool {
    let digits = word.chars().filter(char::is_ascii_digit).count();
    let letters = word.chars().filter(char::is_ascii_alphabetic).count();
    word.len() >= 7
        && digits >= 2
        && letters >= 2
        && digits + letters == word.chars().count()
        && !is_code_word(word)
}

/// Whether a word is an error code or a hexadecimal number, which are never terms.
fn is_code_word(word: &str) -> bool {
    let hexadecimal = |text: &str| !text.is_empty() && text.chars().all(|c| c.is_ascii_hexdigit());
    if let Some(digits) = word.strip_prefix("0x") {
        return hexadecimal(digits);
    }
    if let Some(digits) = word.strip_prefix("aadsts") {
        return !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit());
    }
    word.len() == 8 && hexadecimal(word) && word.chars().any(|c| c.is_ascii_digit())
}

/// The term of one Latin word, or `None` for stop words, numbers, codes and single letters.
fn word_term(word: &str) -> Option<String> {
    let length = word.chars().count();
    if length < 2
        || word.chars().all(|c| c.is_ascii_digit())
        || is_code_word(word)
        || stop_words().contains(word)
    {
        return None;
    }
    let singular: std::borrow::Cow<'_, str> = if length > 4 && word.ends_with("ies") {
        format!("{}y", &word[..word.len() - 3]).into()
    } else if length >= 4
        && word.ends_with('s')
        && !["ss", "us", "is", "os"].iter().any(|ending| word.ends_with(ending))
    {
        word[..word.len() - 1].into()
    } else {
        word.into()
    };
    let prefix_end = singular.char_indices().nth(STEM_LENGTH).map_or(singular.len(), |(at, _)| at);
    let prefix = singular.get(..prefix_end).unwrap_or(&singular);
    if stop_stems().contains(prefix) {
        return None;
    }
    if singular.chars().any(|c| c.is_ascii_digit()) {
        return Some(prefix.to_owned());
    }
    Some(stem(&singular))
}

/// Endings of English, Polish, Spanish and Dutch words taken off before a word is cut to
/// its first six letters, longest first, when four letters or more remain: "enrolled",
/// "enrolling" and "enrollment" meet in "enrol", "zdalne" and "zdalna" in "zdaln",
/// "profielen" and "profiel" in "profie".
const ENDINGS: &[&str] = &[
    "ations", "ation", "ments", "ment", "ings", "ing", "ego", "emu", "ymi", "imi", "ami", "ach",
    "ych", "ich", "owi", "ed", "es", "en", "om", "ow", "ie", "ia", "ii", "ej", "a", "e", "i", "o",
    "u", "y",
];

/// A Latin word's term: doubled letters made single, one ending taken off, the first six
/// letters kept.
fn stem(word: &str) -> String {
    let mut single = String::with_capacity(word.len());
    let mut last = None;
    for character in word.chars() {
        if last != Some(character) {
            single.push(character);
        }
        last = Some(character);
    }
    let length = single.chars().count();
    let cut = ENDINGS
        .iter()
        .find(|ending| single.ends_with(*ending) && length >= ending.len() + 4)
        .map_or(single.as_str(), |ending| &single[..single.len() - ending.len()]);
    cut.chars().take(STEM_LENGTH).collect()
}

/// The scripts of a run of Han, Kana and Hangul, read differently.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Han,
    Hiragana,
    Katakana,
    Hangul,
}

fn script_of(character: char) -> Script {
    match character as u32 {
        0x3040..=0x309F => Script::Hiragana,
        0x30A0..=0x30FF | 0xFF66..=0xFF9F => Script::Katakana,
        0xAC00..=0xD7AF => Script::Hangul,
        _ => Script::Han,
    }
}

/// Reads a run of CJK characters script by script: pairs of Han characters (a pair with a
/// Chinese function character such as 的 or 了 says nothing); a Katakana word whole, since
/// loanwords share pairs by chance (セッション, サブスクリプション); a Korean word without its
/// particle or verb ending, whole and as pairs; Hiragana not at all, it is grammar.
fn read_cjk_run(run: &str, read: &mut TextTerms) {
    let mut segment: Vec<char> = Vec::new();
    let mut current: Option<Script> = None;
    let mut flush = |segment: &mut Vec<char>, script: Option<Script>| {
        match script {
            // A run of n Han characters reads as about n / 2 words, shared by its n - 1 pairs.
            Some(Script::Han) if segment.len() >= 2 => {
                let length = segment.len() as f32;
                push_pairs(segment, length / (2.0 * (length - 1.0)), read);
            }
            Some(Script::Katakana) if segment.len() >= 2 => {
                let word: String = segment.iter().collect();
                if !cjk_stop_pairs().contains(word.as_str()) {
                    read.push(word, 1.0);
                }
            }
            Some(Script::Hangul) => {
                let stem = korean_stem(segment);
                if !stem.is_empty() {
                    let whole: String = stem.iter().collect();
                    if !cjk_stop_pairs().contains(whole.as_str()) {
                        read.push(whole, 1.0);
                    }
                }
                if stem.len() >= 3 {
                    push_pairs(stem, HANGUL_PAIR_WEIGHT, read);
                }
            }
            _ => {}
        }
        segment.clear();
    };
    for character in run.chars() {
        let script = script_of(character);
        if current.is_some_and(|current| current != script) {
            flush(&mut segment, current);
        }
        current = Some(script);
        segment.push(character);
    }
    flush(&mut segment, current);
}

fn push_pairs(characters: &[char], weight: f32, read: &mut TextTerms) {
    for pair in characters.windows(2) {
        if pair.iter().any(|character| CHINESE_FUNCTION_CHARACTERS.contains(character)) {
            continue;
        }
        let pair: String = pair.iter().collect();
        if !cjk_stop_pairs().contains(pair.as_str()) {
            read.push(pair, weight);
        }
    }
}

/// Characters of written Chinese that make no word worth matching on their own.
const CHINESE_FUNCTION_CHARACTERS: &[char] = &[
    '的', '了', '是', '在', '我', '你', '他', '們', '这', '這', '那', '也', '都', '就', '和', '與',
    '或', '把', '被', '讓', '嗎', '呢', '吧', '很', '還', '但', '有',
];

/// A Korean word without its particle (을, 에서, 으로, ...) and without the verb ending of a
/// noun made a verb (시작하면, 설치되지, 배포했는데 → 시작, 설치, 배포).
fn korean_stem(word: &[char]) -> &[char] {
    const ENDINGS: &[&str] = &[
        "에서는",
        "으로는",
        "에서도",
        "에서",
        "으로",
        "까지",
        "부터",
        "에게",
        "한테",
        "처럼",
        "보다",
        "이나",
        "라고",
        "이랑",
        "에는",
        "에도",
        "은",
        "는",
        "이",
        "가",
        "을",
        "를",
        "의",
        "에",
        "도",
        "만",
        "와",
        "과",
        "로",
    ];
    const VERB_STARTS: &[char] =
        &['하', '되', '해', '했', '됩', '합', '된', '될', '할', '한', '돼', '됐', '입'];
    let mut stem = word;
    if let Some(cut) = stem.iter().skip(2).position(|c| VERB_STARTS.contains(c)) {
        stem = &stem[..cut + 2];
    }
    for ending in ENDINGS {
        let ending: Vec<char> = ending.chars().collect();
        if stem.len() > ending.len() && stem.ends_with(&ending) {
            return &stem[..stem.len() - ending.len()];
        }
    }
    stem
}

fn stop_words() -> &'static FastSet<&'static str> {
    static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| STOP_WORDS.iter().copied().collect())
}

fn stop_stems() -> &'static FastSet<&'static str> {
    static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| STOP_STEMS.iter().copied().collect())
}

fn cjk_stop_pairs() -> &'static FastSet<&'static str> {
    static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| CJK_STOP_PAIRS.iter().copied().collect())
}

fn push_once(list: &mut Vec<String>, item: &str) {
    if !list.iter().any(|seen| seen == item) {
        list.push(item.to_owned());
    }
}

/// The error codes of a normalised text: Windows failure codes and sign-in codes as the split
/// reads them, Windows failure codes written as decimals (`2149056532`, `-2016345060`), other
/// long decimal status codes (`2016281112`), bare sign-in code numbers (`50020` for
/// `AADSTS50020`) and short negative status codes (`-25244`).
fn code_keys(text: &str) -> Vec<String> {
    let mut keys: Vec<String> = error_codes(text).into_iter().collect();
    let bytes = text.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        if !bytes[index].is_ascii_digit() {
            index += 1;
            continue;
        }
        let start = index;
        while index < bytes.len() && bytes[index].is_ascii_digit() {
            index += 1;
        }
        let before = start.checked_sub(1).and_then(|at| bytes.get(at)).copied();
        let after = bytes.get(index).copied();
        // Only whole numbers: not the digits of a word, a version or a longer hex string.
        let stands_alone = |byte: Option<u8>| {
            byte.is_none_or(|byte| !byte.is_ascii_alphanumeric() && byte != b'.' && byte != b'_')
        };
        if !stands_alone(after) || !(stands_alone(before) || before == Some(b'-')) {
            continue;
        }
        let negative = before == Some(b'-')
            && start
                .checked_sub(2)
                .and_then(|at| bytes.get(at))
                .is_none_or(|byte| !byte.is_ascii_alphanumeric());
        let digits = text.get(start..index).unwrap_or("");
        if let Some(key) = decimal_code_key(digits, negative) {
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
    }
    keys.sort();
    keys
}

fn decimal_code_key(digits: &str, negative: bool) -> Option<String> {
    match digits.len() {
        5 | 6 if negative => Some(format!("-{digits}")),
        5 | 6 => Some(format!("AADSTS{digits}")),
        9 | 10 => {
            let value: i64 = digits.parse().ok()?;
            let value = if negative { -value } else { value };
            if negative {
                let as_i32 = i32::try_from(value).ok()?;
                Some(format!("{:08X}", as_i32 as u32))
            } else if (0x8000_0000..=0xFFFF_FFFF).contains(&value) {
                Some(format!("{value:08X}"))
            } else {
                Some(digits.to_owned())
            }
        }
        _ => None,
    }
}

/// Words of English, Polish, Spanish and Dutch too common to tell one problem from another,
/// diacritics folded: function words, greetings, and the words every ticket uses (device,
/// user, error, fails, problem).
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    // English
    "the", "and", "for", "with", "but", "not", "are", "was", "were", "has", "have", "had", "our",
    "you", "your", "they", "them", "their", "this", "that", "these", "those", "from", "into",
    "onto", "any", "all", "some", "when", "what", "which", "who", "how", "why", "there", "here",
    "then", "than", "also", "just", "only", "still", "even", "can", "could", "would", "should",
    "will", "does", "did", "doesn", "didn", "isn", "aren", "wasn", "won", "don", "cannot", "can't",
    "get", "got", "gets", "getting", "after", "before", "since", "same", "other", "another", "one",
    "two", "three", "new", "now", "today", "yesterday", "please", "thanks", "thank", "hi", "hello",
    "dear", "team", "we", "it", "is", "be", "been", "being", "of", "to", "in", "on", "at", "by",
    "or", "as", "an", "if", "so", "no", "do", "my", "me", "us", "its", "out", "up", "about", "more",
    "very", "too", "again", "while", "via", "per", "etc", "anyone", "someone", "something",
    "anything", "everything", "nothing", "seems", "seem", "keep", "keeps", "tried", "try", "trying",
    "happen", "happens", "happened", "work", "works", "working", "worked", "issue", "issues",
    "problem", "problems", "error", "errors", "fail", "fails", "failed", "failing", "failure",
    "device", "devices", "user", "users", "intune", "microsoft", "admin", "help", "need", "know",
    "see", "because", "where", "able", "already", "yet", "every", "each", "many", "much", "few",
    "most", "lot", "lots", "ok", "okay", "regards", "best", "kind", "like", "needs", "around",
    "over", "under", "between", "without", "within", "both", "either", "neither", "she", "he",
    "his", "her", "him", "i", "am", "im", "ive", "weve", "pc", "pcs", "let", "show", "shows", "showing", "shown",
    "says", "said", "say", "set",
    // Polish
    "sie", "nie", "jest", "sa", "ze", "na", "w", "z", "do", "po", "jak", "ale", "to", "mamy",
    "przez", "dla", "od", "juz", "czy", "ten", "ta", "te", "tak", "oraz", "ktore", "ktory", "ktora",
    "jako", "tylko", "jeszcze", "tez", "takze", "bo", "gdy", "kiedy", "co", "mi", "nam", "nas",
    "my", "wy", "oni", "jego", "jej", "ich", "byc", "byl", "byla", "bylo", "byly", "bedzie", "moze",
    "mozna", "zostal", "zostalo", "zostala", "mam", "ma", "przy", "pod", "nad", "bez", "we",
    "sobie", "dzien", "dobry", "dziekuje", "dzieki", "pozdrawiam", "prosze", "problem", "problemu",
    "problemem", "blad", "bledu", "bledem", "bledy", "urzadzenie", "urzadzenia", "urzadzen",
    "urzadzeniu", "uzytkownik", "uzytkownika", "uzytkownikow", "uzytkownicy", "dziala", "dzialaja",
    "wszystkie", "wszystko", "jakis", "jakies", "nic", "nadal", "wciaz", "teraz", "dzisiaj",
    "wczoraj", "niestety", "pomoc", "jednak", "tego", "tej", "tym", "tych", "temu", "tam", "tu",
    "gdzie", "jesli", "jezeli", "wiec", "albo", "lub", "czyli", "itp", "np", "mozemy",
    // Spanish
    "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "al", "que", "en", "y", "o",
    "se", "por", "con", "para", "es", "son", "esta", "estan", "este", "estos", "estas", "pero",
    "como", "lo", "le", "les", "nos", "mi", "su", "sus", "ya", "muy", "mas", "sin", "sobre",
    "desde", "hasta", "cuando", "tambien", "hay", "ha", "han", "hemos", "tenemos", "tiene",
    "tienen", "hola", "gracias", "saludos", "problema", "problemas", "errores", "dispositivo",
    "dispositivos", "usuario", "usuarios", "funciona", "si", "todo", "todos", "todas", "algun",
    "alguna", "algunos", "nada", "ahora", "hoy", "ayer", "aun", "todavia", "ni", "porque", "donde",
    "otro", "otra", "otros", "mismo", "misma", "ese", "esa", "eso", "esto", "estamos", "estoy",
    "fue", "sido", "ser", "hace", "hacer", "nuestro", "nuestra", "nuestros", "nuestras", "buenos",
    "dias", "buenas", "favor",
    // Dutch
    "de", "het", "een", "en", "van", "niet", "op", "te", "dat", "wij", "ook", "bij", "maar", "zijn",
    "wordt", "worden", "hebben", "heeft", "geen", "nog", "naar", "alle", "die", "dit", "er", "met",
    "voor", "aan", "om", "als", "of", "dan", "door", "uit", "tot", "kan", "kunnen", "moet", "zou",
    "al", "wel", "ons", "onze", "mijn", "je", "jullie", "hallo", "groet", "groeten", "bedankt",
    "dank", "probleem", "problemen", "fout", "fouten", "apparaat", "apparaten", "gebruiker",
    "gebruikers", "werkt", "werken", "sinds", "nu", "vandaag", "gisteren", "steeds", "alleen",
    "omdat", "waar", "wat", "hoe", "wie", "welke", "deze", "ze", "hij", "zij", "ik", "was", "waren",
    "hier", "daar", "mee", "zo", "na", "over", "onder", "tussen", "zonder", "iets", "niets", "elke",
    "veel", "weer", "graag", "vriendelijke", "goedemorgen", "beste",
];

/// The first six letters of words that say nothing about which problem it is, in all their
/// forms: time ("minutes", "godzin", "semanas"), generic verbs ("shows", "pokazuje",
/// "aparece", "krijgen") and the parts of every ticket ("message", "screen").
#[rustfmt::skip]
const STOP_STEMS: &[&str] = &[
    // English
    "minute", "second", "hour", "day", "week", "weeks", "month", "morning", "aftern", "evenin",
    "yester", "tomorr", "enable", "disabl", "throug", "always", "never", "empty", "start",
    "starte", "messag", "screen", "time", "appear", "receiv", "displa", "someti", "often",
    "usuall", "differ", "severa", "again", "anothe", "whethe", "betwee", "everyo", "nobody",
    "possib", "actual", "really", "simply", "proper", "correc", "wrong", "result", "attach",
    "attempt", "follow", "mentio", "locati", "locate", "office", "compan", "colleag", "people",
    "person", "someon", "urgent", "asap", "laptop", "comput", "machin", "deskto", "noteboo", "quickl", "slowly", "suppos", "expect", "instea",
    "unfort", "please", "thank", "assist", "suppor", "ticket", "case", "check", "checke",
    "confir", "looks", "look", "seem", "sure", "think", "guess", "maybe", "probab", "perhap",
    "anyway", "before", "within", "around", "across", "last", "first", "next", "previo",
    // Polish
    "dostaj", "dostal", "pokazu", "pojawi", "wyswie", "widac", "widzim", "mamy", "mozemy",
    "moglib", "prosim", "prosze", "pomocy", "pomoc", "dzieki", "dziekuj", "pozdra", "godzin",
    "minut", "tygodn", "miesia", "wczora", "dzisia", "jutro", "rano", "popolu", "kilka",
    "kilku", "wiele", "wielu", "wszyst", "kazdy", "kazdeg", "innych", "inne", "inny", "czesc",
    "niekto", "ciagle", "caly", "cala", "cale", "zawsze", "nigdy", "jednak", "chociaz",
    "poniew", "dlateg", "ponizs", "powyzs", "zalacz", "sprawd", "komuni", "ekran", "uzytko",
    "osoby", "osob", "pracow", "firmy", "firma", "firmie", "komput", "laptop",
    // Spanish
    "aparec", "muestr", "mostra", "recibe", "recibi", "tenemo", "podemo", "pueden", "puede",
    "hacemo", "hicimo", "minuto", "semana", "manana", "tarde", "noche", "varios", "varias",
    "alguno", "alguna", "muchos", "muchas", "siempr", "nunca", "despue", "antes", "aunque",
    "mensaj", "pantal", "compan", "empres", "equipo", "adjunt", "compro", "revisa", "revisam",
    "ayuda", "ayudar", "necesi", "gracia", "saludo", "urgent", "person", "usuari", "portat",
    "ordena",
    // Dutch
    "krijge", "kregen", "krijgt", "tonen", "toont", "verschi", "versch", "zien", "zagen",
    "hebben", "kunnen", "minute", "uren", "dagen", "weken", "maande", "ochten", "middag",
    "avond", "sommig", "meerde", "altijd", "nooit", "ondanks", "hoewel", "daarna", "eerder",
    "melding", "scherm", "bedrij", "collega", "mensen", "bijlag", "contro", "gecont", "hulp",
    "helpen", "bedank", "groete", "graag", "dringe",
];

/// Character pairs of Korean, Chinese and Japanese too common to tell problems apart: verb
/// endings, greetings, and the words for device, user, error and problem.
#[rustfmt::skip]
const CJK_STOP_PAIRS: &[&str] = &[
    // Korean pairs
    "습니", "니다", "있습", "합니", "됩니", "했습", "에서", "으로", "하고", "하는", "있는", "되는",
    "기기", "장치", "사용", "용자", "문제", "오류", "인튠", "안녕", "하세", "세요", "감사", "입니",
    "없습", "않습", "지않", "디바", "바이", "이스", "계속", "현재", "확인", "해주", "주세", "부탁",
    "드립", "립니", "는데", "니까", "어요", "아요", "해서", "하여", "에게", "까지", "부터", "지만",
    "그리", "리고", "하지", "않고", "경우", "상태", "발생",
    // Korean words, whole
    "됩니다", "합니다", "있습니다", "없습니다", "않습니다", "입니다", "안", "중", "및", "등",
    "후", "때", "것", "수", "더", "또", "좀", "잘", "안녕하세요", "감사합니다", "부탁드립니다",
    "그리고", "하지만", "그런데", "현재", "모든", "일부", "다른", "같은", "이", "그", "저", "제",
    "저희", "우리", "사용자", "있는", "없는", "디바이스", "않고", "있고", "없고", "계속",
    "시간", "시작", "화면", "표시", "메시지", "관리", "회사", "필요", "방법", "원인", "이상",
    "정도", "이후", "이전", "오늘", "어제", "아침", "오후", "확인", "진행", "나옵니다", "나옵",
    "나옴", "뜹니다", "뜨고", "알려", "주세요", "모두", "전부", "약", "대", "개", "분", "일",
    "주", "시", "때문", "경우", "상태", "사람", "직원", "담당자", "부탁",
    // Traditional Chinese
    "我們", "已經", "但是", "可以", "沒有", "這個", "一個", "裝置", "使用", "用者", "問題", "錯誤",
    "的是", "是否", "請問", "謝謝", "您好", "無法", "目前", "現在", "還是", "一直", "發生", "出現",
    "狀況", "情況", "所有", "部分", "之後", "以後", "之前", "什麼", "怎麼", "協助", "麻煩", "不是",
    "就是", "如果", "因為", "所以", "然後", "有些", "一些", "今天", "昨天", "系統", "管理",
    "中心", "顯示", "開始", "時間", "小時", "分鐘", "最後", "公司", "看不", "不到", "頁面",
    "畫面", "出來", "知道", "需要", "時候", "一下", "一樣", "應該", "可能", "其他", "相同",
    "早上", "下午", "晚上", "幾天", "好幾", "幾個", "大約", "左右", "部門", "同事", "人員",
    "訊息", "請教", "處理",
    // Japanese
    "デバイス", "ユーザー", "ユーザ", "エラー", "問題", "端末", "現在", "状態", "発生", "確認",
    "対応", "お願", "願い", "宜し", "恐れ", "入り", "一部", "全て", "全部", "今日", "昨日", "以前",
    "以降", "事象", "時間", "表示", "開始", "最後", "画面", "以上", "管理", "会社", "必要",
    "場合", "方法", "原因", "教え", "今朝", "午前", "午後", "数日", "数分", "社員", "担当",
    "メッセージ", "約", "ノート", "パソコン", "ノートパソコン",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn check_terms(text: &str, expected: &[&str]) {
        let terms: Vec<String> =
            terms_of(text).map(|(term, _)| term).filter(|term| !term.contains(' ')).collect();
        assert_eq!(terms, expected, "{text}");
    }

    #[test]
    fn latin_words_are_folded_filtered_and_cut() {
        check_terms("Rejestracja urządzeń nie działa", &["rejest"]);
        check_terms("Inscripción de dispositivos iOS", &["inscri", "ios"]);
        check_terms("The policies and certificates", &["polic", "certif"]);
        check_terms("Wi-Fi profile", &["wi", "fi", "wifi", "profil"]);
        check_terms("ＶＰＮ接続", &["vpn", "接続"]);
        check_terms("apps updates macOS status", &["ap", "updat", "macos", "status"]);
        check_terms("enrol enrolled enrolling enrollment", &["enrol", "enrol", "enrol", "enrol"]);
        check_terms("zdalne zdalna profielen profiel", &["zdaln", "zdaln", "profie", "profie"]);
        check_terms("e\u{301}chec", &["echec"]);
    }

    #[test]
    fn latin_terms_that_follow_each_other_make_a_phrase_pair() {
        let pairs = |text: &str| -> Vec<String> {
            terms_of(text).map(|(term, _)| term).filter(|term| term.contains(' ')).collect()
        };
        assert_eq!(pairs("This user is not authorized to enroll"), ["author enrol"]);
        assert_eq!(pairs("Push certificate. Expired"), ["push certif"]);
        assert_eq!(pairs("Wi-Fi profile"), ["wifi profil"]);
        assert_eq!(pairs("VPN 接続 profile"), Vec::<String>::new());
    }

    #[test]
    fn cjk_runs_give_pairs_without_grammar() {
        check_terms("登録できない", &["登録"]);
        check_terms("セッションを開始", &["セッション"]);
        check_terms("プロファイルの同期", &["プロファイル", "同期"]);
        check_terms("등록이 안 됩니다", &["등록"]);
        check_terms("배포했는데 인증서를", &["배포", "인증서", "인증", "증서"]);
        check_terms("我們的裝置無法註冊", &["置無", "法註", "註冊"]);
        check_terms("註冊失敗", &["註冊", "冊失", "失敗"]);
    }

    #[test]
    fn codes_and_identifiers_are_kept_apart() {
        let read = read_text(
            "Enrolment failed 0x80180014, then 80180018 and AADSTS50020 (code 53000). Device \
             DESKTOP-4F7G2H serial 5CG1234XYZ id 6f9619ff-8b86-d011-b42d-00cf4fc964ff, \
             HRESULT -2016345060, status 2016281112, build 10.0.22631",
        );
        assert_eq!(
            read.codes,
            ["2016281112", "80180014", "80180018", "87D1041C", "AADSTS50020", "AADSTS53000"]
        );
        assert_eq!(
            read.identifiers,
            ["desktop-4f7g2h", "5cg1234xyz", "6f9619ff-8b86-d011-b42d-00cf4fc964ff"]
        );
        assert!(!read.terms.iter().any(|term| term.starts_with("0x") || term == "aadsts"));
        assert!(read.terms.contains(&"enrol".to_owned()));
        assert_eq!(code_key("0x80180014").as_deref(), Some("80180014"));
        assert_eq!(code_key("AADSTS50020").as_deref(), Some("AADSTS50020"));
        assert_eq!(code_key("2016281112").as_deref(), Some("2016281112"));
        assert_eq!(code_key("2149056536").as_deref(), Some("80180018"));
        assert_eq!(code_key("not a code"), None);
    }

    #[test]
    fn long_and_odd_text_is_read_without_trouble() {
        let long = "Autopilot ".repeat(10_000);
        let read = read_text(&long);
        let words = MAX_CHARS_READ / "Autopilot ".len();
        assert_eq!(read.terms.iter().filter(|term| !term.contains(' ')).count(), words);
        let late_code = format!("{}0x80180014", "log line ".repeat(2_000));
        assert_eq!(read_text(&late_code).codes, ["80180014"]);
        for odd in ["", "-", "--x--", "0x", "-12345678901", "\u{202E}\u{FEFF}", "ß", "ﬁ", "🙂🙂"]
        {
            let _ = read_text(odd);
        }
    }
}
