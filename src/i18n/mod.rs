//! Languages as data the compiler checks.
//!
//! Every user-visible string is a [`Message`]. Each language is a function with an exhaustive
//! `match` over [`Message`], so adding a message without translating it in every language fails
//! the build instead of showing a key name at run time.

mod en;

/// A language the interface is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    English,
}

impl Locale {
    /// Every supported language, in the order the language switcher lists them.
    pub const ALL: [Locale; 1] = [Locale::English];

    /// The BCP 47 tag used in `lang` attributes and stored preferences.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::English => "en",
        }
    }

    /// Finds the supported language for a BCP 47 tag such as `en-GB`, ignoring region and case.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Locale::ALL.into_iter().find(|locale| locale.tag() == primary)
    }

    /// The text of `message` in this language.
    pub fn text(self, message: Message) -> &'static str {
        match self {
            Locale::English => en::text(message),
        }
    }
}

/// Every piece of interface text. Names describe the text's job, not its wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Message {
    AppName,
    LandingLead,
    LandingTicketHeading,
    LandingTicketBody,
    LandingStartTicket,
    LandingPlanHeading,
    LandingPlanBody,
    LandingStartPlan,
    Back,
    Continue,
    StepOneOfSeven,
    ProblemTitleQuestion,
    ProblemTitleHint,
    PlanComingSoon,
    SavedStatus,
    NotSavedStatus,
    MemoryOnlyNotice,
    PanicHeading,
    PanicBody,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_tags_round_trip_and_ignore_region() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
        }
        assert_eq!(Locale::from_tag("EN-gb"), Some(Locale::English));
        assert_eq!(Locale::from_tag("xx"), None);
        assert_eq!(Locale::from_tag(""), None);
    }

    #[test]
    fn no_message_is_empty_in_any_language() {
        for locale in Locale::ALL {
            for message in en::ALL_MESSAGES {
                assert!(!locale.text(*message).trim().is_empty(), "{message:?} in {locale:?}");
            }
        }
    }
}
