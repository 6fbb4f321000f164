//! The built-in configuration in Polish.

use super::Translations;

pub const POLISH: Translations = Translations { language: "pl", texts: &[] };
