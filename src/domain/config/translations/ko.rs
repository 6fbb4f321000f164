//! The built-in configuration in Korean.

use super::Translations;

pub const KOREAN: Translations = Translations { language: "ko", texts: &[] };
