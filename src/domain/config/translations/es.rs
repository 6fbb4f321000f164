//! The built-in configuration in Spanish.

use super::Translations;

pub const SPANISH: Translations = Translations { language: "es", texts: &[] };
