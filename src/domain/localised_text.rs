//! A text given once for every language, or once per language.
//!
//! Knowledge-base articles carry a title and a summary per language, and configured text (labels,
//! resource titles) may do the same. [`LocalisedText::pick`] chooses the text to show for the
//! interface language with a fallback that never fails: the same tag, then a related one (the
//! same language in another region or script), then a default language, then English, then the
//! first text given.
//!
//! In JSON it is a plain string when it holds one text for every language, and an object from
//! language tags to texts otherwise (`{"en": "Wi-Fi", "ko": "Wi-Fi 프로필"}`).

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The longest language tag accepted, in bytes (BCP 47 allows long private-use tags; a tag
/// this long is certainly a mistake in configuration).
const MAX_TAG_LENGTH: usize = 35;

/// A text in one language for all, or in several languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocalisedText {
    /// The same text whatever the language.
    Single(String),
    /// One text per language tag, in the order given. Built by
    /// [`LocalisedText::per_language`], which keeps the tags distinct and well formed.
    PerLanguage(Vec<(String, String)>),
}

/// The text chosen for a language, and the language it is written in when that is known, so
/// an interface can mark a fallback text with its own `lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PickedText<'a> {
    pub text: &'a str,
    /// The tag of the chosen text as it was given; `None` for a [`LocalisedText::Single`].
    pub language: Option<&'a str>,
}

/// Why per-language texts were refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocalisedTextError {
    /// No language was given.
    NoLanguage,
    /// This tag is not a language tag (letters, digits and dashes; a language of two or three
    /// letters first).
    InvalidTag(String),
    /// This tag is given twice (tags are compared without regard to case).
    DuplicateTag(String),
}

impl fmt::Display for LocalisedTextError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LocalisedTextError::NoLanguage => {
                formatter.write_str("at least one language is needed")
            }
            LocalisedTextError::InvalidTag(tag) => {
                write!(formatter, "{tag:?} is not a language tag such as \"en\" or \"zh-TW\"")
            }
            LocalisedTextError::DuplicateTag(tag) => {
                write!(formatter, "the language {tag:?} is given more than once")
            }
        }
    }
}

impl std::error::Error for LocalisedTextError {}

impl LocalisedText {
    /// One text for every language.
    pub fn single(text: impl Into<String>) -> Self {
        LocalisedText::Single(text.into())
    }

    /// Texts per language tag, kept in the order given. Tags are trimmed; `_` is read as `-`.
    pub fn per_language<I, T, S>(entries: I) -> Result<Self, LocalisedTextError>
    where
        I: IntoIterator<Item = (T, S)>,
        T: AsRef<str>,
        S: Into<String>,
    {
        let mut kept: Vec<(String, String)> = Vec::new();
        for (tag, text) in entries {
            let tag = normalise_tag(tag.as_ref())
                .ok_or_else(|| LocalisedTextError::InvalidTag(tag.as_ref().to_owned()))?;
            if kept.iter().any(|(seen, _)| seen.eq_ignore_ascii_case(&tag)) {
                return Err(LocalisedTextError::DuplicateTag(tag));
            }
            kept.push((tag, text.into()));
        }
        if kept.is_empty() {
            return Err(LocalisedTextError::NoLanguage);
        }
        Ok(LocalisedText::PerLanguage(kept))
    }

    /// The text to show for `requested` (a language tag such as "pl" or "zh-Hant-TW").
    ///
    /// In order: the same tag (case and `_` ignored); the tag with its script left out
    /// ("zh-Hant-TW" finds "zh-TW") or shortened ("pt-BR" finds "pt"); another region or script
    /// of the same language, preferring one written in the same script ("zh-HK" and
    /// "zh-Hant" find "zh-TW" before "zh-CN"); then `default_language` the same way; then
    /// English; then the first text given.
    pub fn pick(&self, requested: &str, default_language: Option<&str>) -> &str {
        self.pick_with_language(requested, default_language).text
    }

    /// [`LocalisedText::pick`], also saying which language was chosen.
    pub fn pick_with_language(
        &self,
        requested: &str,
        default_language: Option<&str>,
    ) -> PickedText<'_> {
        let entries = match self {
            LocalisedText::Single(text) => return PickedText { text, language: None },
            LocalisedText::PerLanguage(entries) => entries,
        };
        let chosen = find_language(entries, requested)
            .or_else(|| default_language.and_then(|tag| find_language(entries, tag)))
            .or_else(|| find_language(entries, "en"))
            .unwrap_or(0);
        match entries.get(chosen) {
            Some((tag, text)) => PickedText { text, language: Some(tag) },
            None => PickedText { text: "", language: None },
        }
    }

    /// Whether the same text serves every language.
    pub fn is_single(&self) -> bool {
        matches!(self, LocalisedText::Single(_))
    }

    /// The language tags given, in order (none for a [`LocalisedText::Single`]).
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        let entries: &[(String, String)] = match self {
            LocalisedText::Single(_) => &[],
            LocalisedText::PerLanguage(entries) => entries,
        };
        entries.iter().map(|(tag, _)| tag.as_str())
    }

    /// Every text, in every language.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let (single, entries): (Option<&str>, &[(String, String)]) = match self {
            LocalisedText::Single(text) => (Some(text), &[]),
            LocalisedText::PerLanguage(entries) => (None, entries),
        };
        single.into_iter().chain(entries.iter().map(|(_, text)| text.as_str()))
    }
}

/// A catalog of texts translated into one language, keyed by their English text (the way a
/// gettext catalog is keyed by its source string). The built-in configuration has one per
/// interface language (`config::translations`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Translations {
    /// The language tag of the translations, for example "pl".
    pub language: &'static str,
    /// Pairs of (an English text, the same text in `language`).
    pub texts: &'static [(&'static str, &'static str)],
}

impl Translations {
    /// No translations: English, or a language without a catalog.
    pub const NONE: Translations = Translations { language: "en", texts: &[] };

    /// The translation of `english`, if the catalog has one.
    pub fn translate(&self, english: &str) -> Option<&'static str> {
        self.texts.iter().find(|(source, _)| *source == english).map(|(_, translated)| *translated)
    }
}

impl LocalisedText {
    /// The English text a catalog may translate: the `en` text, or the one text given for
    /// every language.
    pub fn english_source(&self) -> Option<&str> {
        match self {
            LocalisedText::Single(text) => Some(text),
            LocalisedText::PerLanguage(entries) => entries
                .iter()
                .find(|(tag, _)| tag_parts(tag).language == "en")
                .map(|(_, text)| text.as_str()),
        }
    }

    /// [`LocalisedText::pick_with_language`], then `translations` when they are in the
    /// requested language and the text has none of its own in that language: a text given in
    /// the requested language always wins over a catalog, and a catalog over a fallback.
    pub fn pick_translated<'text>(
        &'text self,
        requested: &str,
        default_language: Option<&str>,
        translations: &Translations,
    ) -> PickedText<'text> {
        let picked = self.pick_with_language(requested, default_language);
        let wanted = tag_parts(requested).language;
        let in_requested_language =
            picked.language.is_some_and(|tag| tag_parts(tag).language == wanted);
        if in_requested_language || tag_parts(translations.language).language != wanted {
            return picked;
        }
        match self.english_source().and_then(|english| translations.translate(english)) {
            Some(text) => PickedText { text, language: Some(translations.language) },
            None => picked,
        }
    }
}

impl LocalisedText {
    /// [`LocalisedText::pick_translated`], followed by the English text in brackets when the
    /// two differ ("行動裝置管理 (Mobile device management)"): for a name the user must find in
    /// another program, such as a category in the vendor's portal, which may be shown in
    /// English whatever the language of this interface.
    pub fn pick_with_english(
        &self,
        requested: &str,
        default_language: Option<&str>,
        translations: &Translations,
    ) -> String {
        let picked = self.pick_translated(requested, default_language, translations).text;
        match self.english_source() {
            Some(english) if !english.is_empty() && english != picked => {
                format!("{picked} ({english})")
            }
            _ => picked.to_owned(),
        }
    }
}

impl Default for LocalisedText {
    fn default() -> Self {
        LocalisedText::Single(String::new())
    }
}

impl From<&str> for LocalisedText {
    fn from(text: &str) -> Self {
        LocalisedText::Single(text.to_owned())
    }
}

impl From<String> for LocalisedText {
    fn from(text: String) -> Self {
        LocalisedText::Single(text)
    }
}

/// The tag trimmed, with `_` read as `-`, when it is well formed: subtags of one to eight
/// letters or digits joined by dashes, the first of two or three letters (or the private-use
/// `x` and grandfathered `i`).
fn normalise_tag(tag: &str) -> Option<String> {
    let tag = tag.trim().replace('_', "-");
    if tag.is_empty() || tag.len() > MAX_TAG_LENGTH {
        return None;
    }
    let mut subtags = tag.split('-');
    let language = subtags.next()?;
    let language_ok = (2..=3).contains(&language.len())
        && language.chars().all(|c| c.is_ascii_alphabetic())
        || language.eq_ignore_ascii_case("x")
        || language.eq_ignore_ascii_case("i");
    let rest_ok = subtags.all(|subtag| {
        (1..=8).contains(&subtag.len()) && subtag.chars().all(|c| c.is_ascii_alphanumeric())
    });
    (language_ok && rest_ok).then_some(tag)
}

/// The parts of a language tag that matter for choosing a text, in lower case.
struct TagParts {
    language: String,
    script: Option<String>,
    region: Option<String>,
    /// The whole tag in lower case, with `-`.
    whole: String,
}

fn tag_parts(tag: &str) -> TagParts {
    let whole = tag.trim().replace('_', "-").to_ascii_lowercase();
    let mut subtags = whole.split('-');
    let language = subtags.next().unwrap_or("").to_owned();
    let mut script = None;
    let mut region = None;
    for subtag in subtags {
        let is_letters = subtag.chars().all(|c| c.is_ascii_alphabetic());
        let is_digits = subtag.chars().all(|c| c.is_ascii_digit());
        if script.is_none() && region.is_none() && subtag.len() == 4 && is_letters {
            script = Some(subtag.to_owned());
        } else if region.is_none()
            && ((subtag.len() == 2 && is_letters) || (subtag.len() == 3 && is_digits))
        {
            region = Some(subtag.to_owned());
        }
    }
    TagParts { language, script, region, whole }
}

/// The script a tag's text is written in, from its script subtag or, for Chinese, its region.
fn implied_script(parts: &TagParts) -> Option<&str> {
    if let Some(script) = &parts.script {
        return Some(script);
    }
    if parts.language != "zh" {
        return None;
    }
    match parts.region.as_deref() {
        Some("tw" | "hk" | "mo") => Some("hant"),
        Some("cn" | "sg" | "my") => Some("hans"),
        _ => None,
    }
}

/// The index of the entry that best serves `requested`, as [`LocalisedText::pick`] describes.
fn find_language(entries: &[(String, String)], requested: &str) -> Option<usize> {
    let wanted = tag_parts(requested);
    if wanted.language.is_empty() {
        return None;
    }
    let given: Vec<TagParts> = entries.iter().map(|(tag, _)| tag_parts(tag)).collect();
    let position_of = |whole: &str| given.iter().position(|parts| parts.whole == whole);

    if let Some(index) = position_of(&wanted.whole) {
        return Some(index);
    }
    // "zh-Hant-TW" is "zh-TW" for every practical purpose.
    if let (Some(_), Some(region)) = (&wanted.script, &wanted.region) {
        if let Some(index) = position_of(&format!("{}-{region}", wanted.language)) {
            return Some(index);
        }
    }
    // "sr-Latn-RS" → "sr-Latn" → "sr".
    let mut shorter = wanted.whole.as_str();
    while let Some(cut) = shorter.rfind('-') {
        shorter = &shorter[..cut];
        if let Some(index) = position_of(shorter) {
            return Some(index);
        }
    }
    // Another region or script of the same language, the same script first.
    let wanted_script = implied_script(&wanted);
    if wanted_script.is_some() {
        let same_script = given.iter().position(|parts| {
            parts.language == wanted.language && implied_script(parts) == wanted_script
        });
        if same_script.is_some() {
            return same_script;
        }
    }
    given.iter().position(|parts| parts.language == wanted.language)
}

impl Serialize for LocalisedText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            LocalisedText::Single(text) => serializer.serialize_str(text),
            LocalisedText::PerLanguage(entries) => {
                let mut map = serializer.serialize_map(Some(entries.len()))?;
                for (tag, text) in entries {
                    map.serialize_entry(tag, text)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for LocalisedText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = LocalisedText;

            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str("a text, or an object from language tags to texts")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
                Ok(LocalisedText::Single(text.to_owned()))
            }

            fn visit_string<E: de::Error>(self, text: String) -> Result<Self::Value, E> {
                Ok(LocalisedText::Single(text))
            }

            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
                let mut entries: Vec<(String, String)> = Vec::new();
                while let Some((tag, text)) = map.next_entry::<String, String>()? {
                    entries.push((tag, text));
                }
                LocalisedText::per_language(entries).map_err(de::Error::custom)
            }
        }

        deserializer.deserialize_any(TextVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seven() -> LocalisedText {
        LocalisedText::per_language([
            ("en", "Enrolment"),
            ("pl", "Rejestracja"),
            ("es", "Inscripción"),
            ("nl", "Inschrijving"),
            ("ko", "등록"),
            ("zh-TW", "註冊"),
            ("ja", "登録"),
        ])
        .unwrap_or_default()
    }

    /// The text `text` picks for `requested` with `default_language`.
    fn check(
        text: &LocalisedText,
        requested: &str,
        default_language: Option<&str>,
        expected: &str,
    ) {
        assert_eq!(
            text.pick(requested, default_language),
            expected,
            "{requested} {default_language:?}"
        );
    }

    const POLISH_CATALOG: Translations = Translations {
        language: "pl",
        texts: &[("Enrolment", "Rejestracja (z katalogu)"), ("Billing", "Rozliczenia")],
    };

    /// The text `text` picks for `requested` with the Polish catalog.
    fn check_translated(text: &LocalisedText, requested: &str, expected: &str) {
        let picked = text.pick_translated(requested, None, &POLISH_CATALOG);
        assert_eq!(picked.text, expected, "{text:?} in {requested}");
    }

    #[test]
    fn a_catalog_fills_in_only_where_the_text_has_nothing_in_the_requested_language() {
        // The text's own Polish wins over the catalog's.
        check_translated(&seven(), "pl", "Rejestracja");
        // A plain text or an English one is translated by the catalog of the requested language.
        check_translated(&LocalisedText::single("Enrolment"), "pl", "Rejestracja (z katalogu)");
        check_translated(&LocalisedText::single("Enrolment"), "pl-PL", "Rejestracja (z katalogu)");
        let english_and_korean =
            LocalisedText::per_language([("en", "Billing"), ("ko", "청구")]).unwrap_or_default();
        check_translated(&english_and_korean, "pl", "Rozliczenia");
        check_translated(&english_and_korean, "ko", "청구");
        // A catalog in another language never applies, and a text it does not know falls back.
        check_translated(&LocalisedText::single("Enrolment"), "nl", "Enrolment");
        check_translated(&LocalisedText::single("Enrolment, changed"), "pl", "Enrolment, changed");
        let no_english = LocalisedText::per_language([("ko", "청구")]).unwrap_or_default();
        check_translated(&no_english, "pl", "청구");
        let billing = LocalisedText::single("Billing");
        let picked = billing.pick_translated("pl", None, &POLISH_CATALOG);
        assert_eq!(picked.language, Some("pl"));
    }

    #[test]
    fn a_name_to_find_in_another_program_keeps_its_english_in_brackets() {
        let category = LocalisedText::single("Billing");
        assert_eq!(
            category.pick_with_english("pl", None, &POLISH_CATALOG),
            "Rozliczenia (Billing)"
        );
        assert_eq!(category.pick_with_english("en", None, &POLISH_CATALOG), "Billing");
        assert_eq!(category.pick_with_english("nl", None, &Translations::NONE), "Billing");
        let own = LocalisedText::per_language([("en", "Billing"), ("nl", "Facturering")])
            .unwrap_or_default();
        assert_eq!(own.pick_with_english("nl", None, &Translations::NONE), "Facturering (Billing)");
        let only_polish = LocalisedText::per_language([("pl", "Faktury")]).unwrap_or_default();
        assert_eq!(only_polish.pick_with_english("pl", None, &Translations::NONE), "Faktury");
    }

    #[test]
    fn the_requested_language_or_a_relative_is_chosen() {
        let text = seven();
        check(&text, "pl", None, "Rejestracja");
        check(&text, "PL", None, "Rejestracja");
        check(&text, "pl-PL", None, "Rejestracja");
        check(&text, "zh-TW", None, "註冊");
        check(&text, "zh_tw", None, "註冊");
        check(&text, "zh-Hant-TW", None, "註冊");
        check(&text, "zh-Hant", None, "註冊");
        check(&text, "zh-HK", None, "註冊");
        check(&text, "zh", None, "註冊");
        check(&text, "ja-JP", None, "登録");
        check(&text, "es-419", None, "Inscripción");
        check(&text, "nl-BE", None, "Inschrijving");
    }

    #[test]
    fn related_regions_and_scripts_are_preferred_in_the_same_script() {
        let text = LocalisedText::per_language([
            ("en", "Colour"),
            ("zh-CN", "颜色"),
            ("zh-TW", "顏色"),
            ("pt-PT", "Cor (PT)"),
            ("sr-Latn", "Boja"),
        ])
        .unwrap_or_default();
        check(&text, "zh-HK", None, "顏色");
        check(&text, "zh-Hant", None, "顏色");
        check(&text, "zh-SG", None, "颜色");
        check(&text, "zh-Hans-CN", None, "颜色");
        check(&text, "zh", None, "颜色");
        check(&text, "pt-BR", None, "Cor (PT)");
        check(&text, "pt", None, "Cor (PT)");
        check(&text, "sr-Latn-RS", None, "Boja");
    }

    #[test]
    fn the_fallback_is_the_default_then_english_then_the_first() {
        let text = seven();
        check(&text, "de", Some("nl"), "Inschrijving");
        check(&text, "de", Some("fr"), "Enrolment");
        check(&text, "de", None, "Enrolment");
        check(&text, "", None, "Enrolment");
        check(&text, "!!", Some("??"), "Enrolment");
        let no_english = LocalisedText::per_language([("pl", "Rejestracja"), ("ko", "등록")])
            .unwrap_or_default();
        check(&no_english, "fr", None, "Rejestracja");
        check(&no_english, "fr", Some("ko"), "등록");
        check(&LocalisedText::single("Same for all"), "ko", Some("pl"), "Same for all");
    }

    #[test]
    fn the_chosen_language_is_named() {
        let text = seven();
        let picked = text.pick_with_language("zh-Hant-TW", None);
        assert_eq!(picked, PickedText { text: "註冊", language: Some("zh-TW") });
        let fallback = text.pick_with_language("fr", None);
        assert_eq!(fallback.language, Some("en"));
        assert_eq!(LocalisedText::single("x").pick_with_language("ko", None).language, None);
    }

    #[test]
    fn tags_must_be_distinct_and_well_formed() {
        let duplicate = LocalisedText::per_language([("en", "a"), ("EN", "b")]);
        assert_eq!(duplicate, Err(LocalisedTextError::DuplicateTag("EN".to_owned())));
        let underscore = LocalisedText::per_language([("zh_TW", "a"), ("zh-tw", "b")]);
        assert!(matches!(underscore, Err(LocalisedTextError::DuplicateTag(_))));
        for bad in ["", " ", "english", "e", "en--GB", "en-", "1a", "en-toolongsubtag", "日本"] {
            let result = LocalisedText::per_language([(bad, "text")]);
            assert!(matches!(result, Err(LocalisedTextError::InvalidTag(_))), "{bad:?}");
        }
        let empty: [(&str, &str); 0] = [];
        assert_eq!(LocalisedText::per_language(empty), Err(LocalisedTextError::NoLanguage));
        assert!(LocalisedText::per_language([("x-klingon", "a"), ("es-419", "b")]).is_ok());
    }

    #[test]
    fn one_text_is_a_string_and_several_an_object_in_json() {
        let single = LocalisedText::single("Wi-Fi");
        assert_eq!(serde_json::to_string(&single).ok().as_deref(), Some("\"Wi-Fi\""));
        let several =
            LocalisedText::per_language([("en", "Wi-Fi profile"), ("ko", "Wi-Fi 프로필")])
                .unwrap_or_default();
        let json = serde_json::to_string(&several).unwrap_or_default();
        assert_eq!(json, r#"{"en":"Wi-Fi profile","ko":"Wi-Fi 프로필"}"#);
        for value in [single, several] {
            let json = serde_json::to_string(&value).unwrap_or_default();
            assert_eq!(serde_json::from_str::<LocalisedText>(&json).ok(), Some(value));
        }
    }

    #[test]
    fn json_that_is_not_a_text_is_refused() {
        for json in
            ["{}", "[]", "3", "null", r#"{"en": 3}"#, r#"{"en": "a", "en": "b"}"#, r#"{"": "a"}"#]
        {
            assert!(serde_json::from_str::<LocalisedText>(json).is_err(), "{json}");
        }
        let kept: Option<LocalisedText> =
            serde_json::from_str(r#"{"zh-TW": "註冊", "en": "Enrolment"}"#).ok();
        assert_eq!(
            kept.map(|text| text.languages().map(str::to_owned).collect::<Vec<_>>()),
            Some(vec!["zh-TW".to_owned(), "en".to_owned()])
        );
    }

    #[test]
    fn every_text_can_be_listed() {
        assert_eq!(seven().texts().count(), 7);
        assert_eq!(LocalisedText::single("a").texts().collect::<Vec<_>>(), vec!["a"]);
        assert!(LocalisedText::single("a").is_single());
        assert_eq!(LocalisedText::default().pick("en", None), "");
    }
}
