//! Languages as data the compiler checks.
//!
//! Every user-visible string is a [`Message`], and every text with numbers in it is a method on
//! [`Locale`]. Each language is a module with an exhaustive `match` over [`Message`] and one
//! function per numbered text, so adding a message without writing it in every language fails
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

    /// The language's own name, as the language switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::English => "English",
        }
    }

    /// Chooses the interface language: the user's remembered choice first, then the page
    /// owner's default, then the browser's preferred languages in order, then English.
    pub fn negotiate(
        remembered: Option<&str>,
        configured_default: Option<&str>,
        browser_preferences: &[String],
    ) -> Locale {
        remembered
            .and_then(Locale::from_tag)
            .or_else(|| configured_default.and_then(Locale::from_tag))
            .or_else(|| browser_preferences.iter().find_map(|tag| Locale::from_tag(tag)))
            .unwrap_or(Locale::English)
    }

    /// The text of `message` in this language.
    pub fn text(self, message: Message) -> &'static str {
        match self {
            Locale::English => en::text(message),
        }
    }

    /// "Step 3 of 7".
    pub fn step_of(self, step: usize, total: usize) -> String {
        match self {
            Locale::English => en::step_of(step, total),
        }
    }

    /// A whole number of hours, with the language's plural form: "1 hour", "4 hours".
    pub fn hours(self, hours: u32) -> String {
        match self {
            Locale::English => en::hours(hours),
        }
    }

    /// A number of minutes: "30 minutes".
    pub fn minutes(self, minutes: u32) -> String {
        match self {
            Locale::English => en::minutes(minutes),
        }
    }

    /// "3 drafts".
    pub fn drafts_count(self, count: usize) -> String {
        match self {
            Locale::English => en::drafts_count(count),
        }
    }

    /// "2 drafts deleted."
    pub fn deleted_count(self, count: usize) -> String {
        match self {
            Locale::English => en::deleted_count(count),
        }
    }

    /// "Imported 3 drafts."
    pub fn imported_count(self, count: usize) -> String {
        match self {
            Locale::English => en::imported_count(count),
        }
    }

    /// "4 drafts have not changed for more than 30 days."
    pub fn old_drafts(self, count: usize, days: u32) -> String {
        match self {
            Locale::English => en::old_drafts(count, days),
        }
    }

    /// A duration given in minutes, in the largest sensible units: "2 hours", "1 hour 30 minutes".
    pub fn duration(self, total_minutes: u32) -> String {
        let hours = total_minutes / 60;
        let minutes = total_minutes % 60;
        match (hours, minutes) {
            (0, minutes) => self.minutes(minutes),
            (hours, 0) => self.hours(hours),
            (hours, minutes) => format!("{} {}", self.hours(hours), self.minutes(minutes)),
        }
    }
}

macro_rules! messages {
    ($($name:ident),* $(,)?) => {
        /// Every piece of interface text. Names describe the text's job, not its wording.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Message { $($name),* }

        impl Message {
            /// Every message, so tests can walk them all.
            pub const ALL: &'static [Message] = &[$(Message::$name),*];
        }
    };
}

messages! {
    AppName,
    LanguageLabel,
    LandingLead,
    LandingTicketHeading,
    LandingTicketBody,
    LandingStartTicket,
    LandingResumeHeading,
    LandingPlanHeading,
    LandingPlanBody,
    LandingStartPlan,
    ViewAllDrafts,
    LandingUnreadableNotice,
    Back,
    Continue,
    ErrorSummaryTitle,
    ErrorTitlePrefix,
    ErrorPrefix,
    Optional,
    Yes,
    No,
    Change,
    PlanComingSoon,
    SaveStatusSaving,
    SaveStatusSaved,
    SaveStatusNotSavedQuota,
    SaveStatusNotSavedOther,
    SaveStatusMemoryOnly,
    SaveStatusUpdatedElsewhere,
    ConflictHeading,
    ConflictBody,
    ConflictKeepTheirs,
    ConflictKeepMine,
    ConflictKeepBoth,
    DeletedElsewhereNotice,
    ExportThisDraft,
    PanicHeading,
    PanicBody,
    PanicDownloadDraft,
    ConfigProblemsHeading,
    ConfigProblemsBody,
    // Step 1: before you file.
    BeforeYouFileHeading,
    BeforeYouFileIntro,
    DidThisSolveIt,
    DidThisSolveItError,
    SelfSolvedHeading,
    SelfSolvedBody,
    StartAnotherTicket,
    // Step 2: kind of request.
    RequestKindQuestion,
    RequestKindError,
    KindTechnical,
    KindTechnicalHint,
    KindBilling,
    KindBillingHint,
    KindConfigurationManager,
    KindConfigurationManagerHint,
    KindVolumeLicensing,
    KindVolumeLicensingHint,
    KindFeatureRequest,
    KindFeatureRequestHint,
    ElsewhereHeading,
    ElsewhereFeedbackBody,
    ElsewherePartnerBody,
    ElsewhereServiceBody,
    ElsewhereChangeAnswer,
    // Step 3: support plan.
    CustomerPlanQuestion,
    CustomerPlanError,
    PlanProfessional,
    PlanProfessionalHint,
    PlanPremier,
    PlanPremierHint,
    PlanSmallTenant,
    PlanSmallTenantHint,
    RoutingHeading,
    RoutingWhere,
    RoutingCategory,
    RoutingSteps,
    RoutingCallBack,
    RoutingLanguages,
    RoutingProblemNotice,
    // Drafts screen.
    DraftsHeading,
    DraftsEmpty,
    DraftsColumnTitle,
    DraftsColumnSeverity,
    DraftsColumnChanged,
    DraftsColumnStatus,
    DraftsColumnActions,
    DraftUntitled,
    StatusDraft,
    StatusFiled,
    StatusSelfSolved,
    Open,
    Duplicate,
    Delete,
    Undo,
    SeverityNotYetKnown,
    LevelCritical,
    LevelModerate,
    LevelMinimal,
    QuarantineHeading,
    QuarantineBody,
    QuarantineCouldNotBeRead,
    QuarantineShowText,
    QuarantineDownload,
    ProblemHeading,
    ProblemIntro,
    ProblemTitleLabel,
    ProblemTitleHint,
    ProblemTitleError,
    ProblemDescriptionLabel,
    ProblemDescriptionHint,
    ProblemDescriptionError,
    SeveralProblemsHeading,
    SeveralProblemsBody,
    SplitIntoDrafts,
    SplitDone,
    ExportAllDrafts,
    ImportDrafts,
    ImportDraftsHint,
    ImportFailed,
    ImportedHeading,
    ImportSkippedNewer,
    ImportSkippedInvalid,
    ImportSkippedNotSaved,
    ClearAllDrafts,
    ClearAllConfirmHeading,
    ClearAllConfirmBody,
    ClearAllConfirm,
    Cancel,
    CleanupHeading,
    CleanupBody,
    CleanupConfirm,
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
    fn the_remembered_choice_wins_then_the_page_default_then_the_browser() {
        let browser = vec!["xx-YY".to_owned(), "en-US".to_owned()];
        assert_eq!(Locale::negotiate(Some("en"), Some("xx"), &browser), Locale::English);
        assert_eq!(Locale::negotiate(Some("zz"), None, &browser), Locale::English);
        assert_eq!(Locale::negotiate(None, None, &[]), Locale::English);
        for locale in Locale::ALL {
            assert_eq!(Locale::negotiate(Some(locale.tag()), None, &[]), locale);
            assert_eq!(Locale::negotiate(None, Some(locale.tag()), &[]), locale);
            assert_eq!(Locale::negotiate(None, None, &[locale.tag().to_owned()]), locale);
            assert!(!locale.native_name().is_empty());
        }
    }

    #[test]
    fn no_message_is_empty_in_any_language() {
        for locale in Locale::ALL {
            for message in Message::ALL {
                assert!(!locale.text(*message).trim().is_empty(), "{message:?} in {locale:?}");
            }
        }
    }

    fn check_duration(locale: Locale, minutes: u32, expected: &str) {
        assert_eq!(locale.duration(minutes), expected, "{minutes} minutes in {locale:?}");
    }

    #[test]
    fn durations_use_plural_forms() {
        check_duration(Locale::English, 60, "1 hour");
        check_duration(Locale::English, 240, "4 hours");
        check_duration(Locale::English, 1, "1 minute");
        check_duration(Locale::English, 90, "1 hour 30 minutes");
        assert_eq!(Locale::English.step_of(3, 7), "Step 3 of 7");
        assert_eq!(Locale::English.drafts_count(1), "1 draft");
        assert_eq!(Locale::English.drafts_count(0), "0 drafts");
    }
}
