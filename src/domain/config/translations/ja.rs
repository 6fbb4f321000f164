//! The built-in configuration in Japanese.

use super::Translations;

pub const JAPANESE: Translations = Translations { language: "ja", texts: &[] };
