//! The built-in configuration in every interface language but English.
//!
//! The reference configuration (`built_in.rs`) is written in English. Each catalog here gives
//! the same texts in one language, keyed by the English text, the way a gettext catalog is
//! keyed by its source string. Keying by text rather than by place means a page owner who keeps
//! a built-in text, or copies it into their own configuration, gets its translations too, and a
//! page owner who changes a text does not get a translation of something they no longer say.
//!
//! Each catalog is reached only from its language's module (`i18n`), so with lazy modules a
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
