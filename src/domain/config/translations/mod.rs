//! The built-in configuration in every interface language but English.
//!
//! The reference configuration (`built_in.rs`) is written in English. Each catalog here gives
//! the same texts in one language, keyed by the English text, the way a gettext catalog is
//! keyed by its source string. Keying by text rather than by place means a page owner who keeps
//! a built-in text, or copies it into their own configuration, gets its translations too, and a
//! page owner who changes a text does not get a translation of something they no longer say.
//!
//! Each catalog is reached only from its language's module (`i18n`), so with the split build a
//! visitor downloads the catalog of the language they read and no other.

mod es;
mod ja;
mod ko;
mod nl;
mod pl;
mod zh_tw;

#[cfg(test)]
mod tests;

pub use es::SPANISH;
pub use ja::JAPANESE;
pub use ko::KOREAN;
pub use nl::DUTCH;
pub use pl::POLISH;
pub use zh_tw::TRADITIONAL_CHINESE;

/// The built-in configuration's texts in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Translations {
    /// The language tag of the translations, for example "pl".
    pub language: &'static str,
    /// Pairs of (the English text of the built-in configuration, the same text in
    /// `language`).
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
