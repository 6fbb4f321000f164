//! The built-in configuration in Dutch.

use super::Translations;

pub const DUTCH: Translations = Translations { language: "nl", texts: &[] };
