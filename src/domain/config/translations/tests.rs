//! Every catalog covers the whole built-in configuration, and only it.

use std::collections::BTreeSet;

use super::{DUTCH, JAPANESE, KOREAN, POLISH, SPANISH, TRADITIONAL_CHINESE};
use crate::domain::config::Config;
use crate::domain::localised_text::Translations;

const CATALOGS: [Translations; 6] = [POLISH, SPANISH, DUTCH, KOREAN, TRADITIONAL_CHINESE, JAPANESE];

/// Every text of the built-in configuration a user reads, in English.
fn built_in_english_texts() -> BTreeSet<String> {
    let config = Config::built_in();
    let texts = config.user_texts();
    let english: BTreeSet<String> = texts
        .iter()
        .filter_map(|text| text.english_source())
        .filter(|text| !text.is_empty())
        .map(str::to_owned)
        .collect();
    assert!(english.len() > 40, "only {} texts found", english.len());
    english
}

/// Words written in the Latin script that may stay in a Korean, Chinese or Japanese text:
/// product and company names, and the English names of what the admin clicks in the vendor's
/// portal, given in brackets after the translated name because the portal may be in English.
const NAMES_KEPT_IN_LATIN_SCRIPT: &[&str] = &[
    "Microsoft",
    "Intune",
    "Office",
    "Premier",
    "Configuration",
    "Manager",
    "Endpoint",
    "Protection",
    "System",
    "Center",
    "TechNet",
    "Mobile",
    "device",
    "management",
    "Billing",
    "and",
    "product",
    "information",
    "Need",
    "help",
    "Get",
    "Admin",
    "Support",
    "Service",
    "requests",
    "More",
];

fn latin_words(text: &str) -> Vec<&str> {
    text.split(|character: char| !character.is_ascii_alphabetic())
        .filter(|word| !word.is_empty())
        .collect()
}

#[test]
fn every_catalog_translates_every_text_of_the_built_in_configuration() {
    let english = built_in_english_texts();
    for catalog in CATALOGS {
        let missing: Vec<&String> =
            english.iter().filter(|text| catalog.translate(text).is_none()).collect();
        assert!(missing.is_empty(), "{} misses {missing:#?}", catalog.language);
    }
}

#[test]
fn no_catalog_keeps_a_text_the_built_in_configuration_no_longer_has() {
    let english = built_in_english_texts();
    for catalog in CATALOGS {
        let stale: Vec<&str> = catalog
            .texts
            .iter()
            .map(|(source, _)| *source)
            .filter(|source| !english.contains(*source))
            .collect();
        assert!(stale.is_empty(), "{} has texts no longer used: {stale:#?}", catalog.language);
        let keys: BTreeSet<&str> = catalog.texts.iter().map(|(source, _)| *source).collect();
        assert_eq!(keys.len(), catalog.texts.len(), "{} gives a text twice", catalog.language);
    }
}

#[test]
fn every_translation_is_written_out() {
    for catalog in CATALOGS {
        for (source, translated) in catalog.texts {
            assert!(!translated.trim().is_empty(), "{}: {source:?} is empty", catalog.language);
            assert_ne!(source, translated, "{}: {source:?} is not translated", catalog.language);
        }
    }
}

#[test]
fn korean_chinese_and_japanese_keep_only_names_in_the_latin_script() {
    for catalog in [KOREAN, TRADITIONAL_CHINESE, JAPANESE] {
        for (source, translated) in catalog.texts {
            let foreign: Vec<&str> = latin_words(translated)
                .into_iter()
                .filter(|word| !NAMES_KEPT_IN_LATIN_SCRIPT.contains(word))
                .collect();
            assert!(
                foreign.is_empty(),
                "{}: the translation of {source:?} has English words {foreign:?}",
                catalog.language
            );
        }
    }
}

#[test]
fn category_names_leave_the_english_name_to_the_interface() {
    // The interface adds the English name in brackets to a category it shows in another
    // language (the vendor's portal may be in English); a catalog that did so too would show
    // it twice.
    let config = Config::built_in();
    let categories = config.channels.iter().filter_map(|channel| channel.category.as_ref());
    for english in categories.filter_map(|category| category.english_source()) {
        for catalog in CATALOGS {
            let translated = catalog.translate(english).unwrap_or_default();
            assert!(!translated.contains(english), "{}: {translated:?}", catalog.language);
        }
    }
}
