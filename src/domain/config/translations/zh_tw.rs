//! The built-in configuration in Traditional Chinese.

use super::Translations;

pub const TRADITIONAL_CHINESE: Translations = Translations { language: "zh-TW", texts: &[] };
