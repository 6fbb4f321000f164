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

    /// "Drafts 51 to 100 of 1000", for a list shown a page at a time.
    pub fn drafts_shown(self, first: usize, last: usize, total: usize) -> String {
        match self {
            Locale::English => en::drafts_shown(first, last, total),
        }
    }

    /// "Page 2 of 20".
    pub fn page_of(self, page: usize, total: usize) -> String {
        match self {
            Locale::English => en::page_of(page, total),
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
    // The support plan builder.
    MinutesUnit,
    PlanHeading,
    PlanCaption,
    PlanIntro,
    PlanUsingDefault,
    PlanCustomised,
    PlanSectionsHeading,
    PlanSectionTeams,
    PlanSectionTeamsHint,
    PlanSectionEscalation,
    PlanSectionEscalationHint,
    PlanSectionTraining,
    PlanSectionTrainingHint,
    PlanSectionEarlyInvolvement,
    PlanSectionEarlyInvolvementHint,
    PlanStatusNotStarted,
    PlanStatusInProgress,
    PlanStatusCompleted,
    PlanSaveAndReturn,
    PlanSavedAsYouType,
    PlanNotSavedQuota,
    PlanNotSavedOther,
    PlanUpdatedElsewhere,
    PlanMemoryOnly,
    PlanConflictHeading,
    PlanConflictBody,
    PlanQuarantineHeading,
    PlanQuarantineBody,
    PlanTeamsIntro,
    PlanTier1Hint,
    PlanTier2Hint,
    PlanTier3Hint,
    PlanTeamName,
    PlanTeamHours,
    PlanTeamHoursHint,
    PlanResponsibilities,
    PlanOnePerLine,
    PlanContactsHeading,
    PlanNoContactsYet,
    PlanContactHint,
    PlanContactName,
    PlanContactRole,
    PlanContactEmail,
    PlanContactPhone,
    PlanRemove,
    PlanVendorHint,
    PlanVendorName,
    PlanVendorNameHint,
    PlanVendorChannel,
    PlanVendorChannelByRouting,
    PlanVendorCustomerPlan,
    PlanExtraTiersHeading,
    PlanExtraTiersBody,
    PlanEscalationIntro,
    PlanEscalationEmpty,
    PlanUseExampleSteps,
    PlanAddStep,
    PlanStepFrom,
    PlanStepTo,
    PlanStepHandover,
    PlanStepHandoverHint,
    PlanStepInformation,
    PlanMoveUp,
    PlanMoveDown,
    PlanPartyUser,
    PlanRolloutHeading,
    PlanRolloutNote,
    PlanRolloutNoteHint,
    PlanTrainingIntro,
    PlanTrainingApproachHeading,
    PlanTrainTheTrainer,
    PlanTrainTheTrainerHint,
    PlanAudiencesHeading,
    PlanAudiencesHint,
    PlanAudienceDescription,
    PlanAudienceDate,
    PlanAgendaHeading,
    PlanAgendaEmpty,
    PlanUseSampleAgenda,
    PlanAddAgendaItem,
    PlanAgendaTitle,
    PlanAgendaMinutes,
    PlanAgendaWithin,
    PlanAgendaShorter,
    PlanAgendaLonger,
    PlanEarlyIntro,
    PlanEarlyEmpty,
    PlanUseSuggestedChecklist,
    PlanChecklistLegend,
    PlanAddOwnItemHeading,
    PlanNewChecklistItem,
    PlanNewChecklistItemHint,
    PlanNewChecklistItemError,
    PlanAddChecklistItem,
    PlanPathHeading,
    PlanPathIntro,
    PlanPathListLabel,
    PlanPathVendor,
    PlanPathNotNamed,
    PlanPathNoTiers,
    PlanShareHeading,
    PlanShareBody,
    PlanViewAndPrint,
    PlanDownloadMarkdown,
    PlanDownloadJson,
    PlanDownloadRefused,
    PlanImportHeading,
    PlanImportLabel,
    PlanImportHint,
    PlanImportUnreadable,
    PlanUndoImport,
    PlanImportUndone,
    PlanResetHeading,
    PlanResetBody,
    PlanResetButton,
    PlanResetConfirmHeading,
    PlanResetConfirmWarning,
    PlanResetConfirmBody,
    PlanResetConfirmYes,
    PlanDownloadJsonFirst,
    PlanWarningPrefix,
    PlanResetDone,
    PlanResetFailed,
    PlanDocumentTitle,
    PlanPrint,
    PlanBackToTaskList,
    PlanDocumentNotGiven,
    PlanDocumentNoTiers,
    PlanDocumentStepsHeading,
    PlanDocumentNoSteps,
    PlanDocumentInformation,
    PlanDocumentTrainTheTrainer,
    PlanDocumentDirectTraining,
    PlanDocumentTier,
    PlanDocumentWho,
    PlanDocumentLength,
    PlanDocumentTotal,
    PlanDocumentNoAgenda,
    PlanDocumentNoChecklist,
    PlanDocumentItem,
    PlanDocumentStatus,
    PlanDocumentDone,
    PlanDocumentNotDone,
    DraftsPagesLabel,
    PreviousPage,
    NextPage,
}

/// The support plan builder's texts with numbers or names in them.
impl Locale {
    /// "Tier 2".
    pub fn tier_label(self, number: u8) -> String {
        match self {
            Locale::English => en::tier_label(number),
        }
    }

    /// "Tier 2 (Service desk)", or "Tier 2" while the team has no name.
    pub fn tier_with_team(self, number: u8, team: &str) -> String {
        match self {
            Locale::English => en::tier_with_team(number, team),
        }
    }

    /// "Tier 2: Service desk", a heading; "Tier 2" while the team has no name.
    pub fn tier_with_name(self, number: u8, team: &str) -> String {
        match self {
            Locale::English => en::tier_with_name(number, team),
        }
    }

    /// The vendor as a side of an escalation step: "Microsoft support (vendor, tier 4)".
    pub fn vendor_party(self, name: &str) -> String {
        match self {
            Locale::English => en::vendor_party(name),
        }
    }

    /// "Tier 4: the vendor".
    pub fn vendor_tier_heading(self) -> String {
        match self {
            Locale::English => en::vendor_tier_heading(),
        }
    }

    /// "Tier 4: Microsoft support (vendor)", a heading.
    pub fn vendor_tier_with_name(self, name: &str) -> String {
        match self {
            Locale::English => en::vendor_tier_with_name(name),
        }
    }

    /// "Add a contact to tier 2".
    pub fn add_contact_to(self, tier: u8) -> String {
        match self {
            Locale::English => en::add_contact_to(tier),
        }
    }

    /// "Contact 1".
    pub fn contact_label(self, number: usize) -> String {
        match self {
            Locale::English => en::contact_label(number),
        }
    }

    /// "contact 1 of tier 2", completing a button's name such as "Remove".
    pub fn contact_reference(self, number: usize, tier: u8) -> String {
        match self {
            Locale::English => en::contact_reference(number, tier),
        }
    }

    /// "Contact 1 of tier 2 removed."
    pub fn contact_removed(self, number: usize, tier: u8) -> String {
        match self {
            Locale::English => en::contact_removed(number, tier),
        }
    }

    /// "Contacts of tier 2", a table caption.
    pub fn contacts_of_tier(self, tier: u8) -> String {
        match self {
            Locale::English => en::contacts_of_tier(tier),
        }
    }

    /// "Step 3".
    pub fn step_label(self, number: usize) -> String {
        match self {
            Locale::English => en::step_label(number),
        }
    }

    /// "step 3", completing a button's name such as "Move up".
    pub fn step_reference(self, number: usize) -> String {
        match self {
            Locale::English => en::step_reference(number),
        }
    }

    /// "Step 3 is now step 2."
    pub fn step_moved(self, from: usize, to: usize) -> String {
        match self {
            Locale::English => en::step_moved(from, to),
        }
    }

    /// "Step 3 removed."
    pub fn step_removed(self, number: usize) -> String {
        match self {
            Locale::English => en::step_removed(number),
        }
    }

    /// "6 example steps added."
    pub fn example_steps_added(self, count: usize) -> String {
        match self {
            Locale::English => en::example_steps_added(count),
        }
    }

    /// "Agenda item 2".
    pub fn agenda_item_label(self, number: usize) -> String {
        match self {
            Locale::English => en::agenda_item_label(number),
        }
    }

    /// "agenda item 2", completing a button's name.
    pub fn agenda_item_reference(self, number: usize) -> String {
        match self {
            Locale::English => en::agenda_item_reference(number),
        }
    }

    /// "Agenda item 2 is now agenda item 1."
    pub fn agenda_item_moved(self, from: usize, to: usize) -> String {
        match self {
            Locale::English => en::agenda_item_moved(from, to),
        }
    }

    /// "Agenda item 2 removed."
    pub fn agenda_item_removed(self, number: usize) -> String {
        match self {
            Locale::English => en::agenda_item_removed(number),
        }
    }

    /// "5 agenda items added from the sample."
    pub fn sample_agenda_added(self, count: usize) -> String {
        match self {
            Locale::English => en::sample_agenda_added(count),
        }
    }

    /// "4 suggested items added."
    pub fn suggested_checklist_added(self, count: usize) -> String {
        match self {
            Locale::English => en::suggested_checklist_added(count),
        }
    }

    /// "Added: Helpdesk staff take part in the pilot."
    pub fn checklist_item_added(self, label: &str) -> String {
        match self {
            Locale::English => en::checklist_item_added(label),
        }
    }

    /// "Removed: Helpdesk staff take part in the pilot."
    pub fn checklist_item_removed(self, label: &str) -> String {
        match self {
            Locale::English => en::checklist_item_removed(label),
        }
    }

    /// The item quoted, completing a button's name such as "Remove".
    pub fn checklist_item_reference(self, label: &str) -> String {
        match self {
            Locale::English => en::checklist_item_reference(label),
        }
    }

    /// An imported tier entry that does not fit: "Entry 4: tier 7, Night shift".
    pub fn tier_entry(self, index: usize, number: u8, team: &str) -> String {
        match self {
            Locale::English => en::tier_entry(index, number, team),
        }
    }

    /// "Remove entry 4".
    pub fn remove_tier_entry(self, index: usize) -> String {
        match self {
            Locale::English => en::remove_tier_entry(index),
        }
    }

    /// "Entry 4 removed."
    pub fn tier_entry_removed(self, index: usize) -> String {
        match self {
            Locale::English => en::tier_entry_removed(index),
        }
    }

    /// A channel the configuration does not have, named by its id.
    pub fn unknown_channel(self, id: &str) -> String {
        match self {
            Locale::English => en::unknown_channel(id),
        }
    }

    /// "The plan was imported from plan.json."
    pub fn import_succeeded(self, file_name: &str) -> String {
        match self {
            Locale::English => en::import_succeeded(file_name),
        }
    }

    /// Why a file could not be imported.
    pub fn import_failed(self, file_name: &str, detail: &str) -> String {
        match self {
            Locale::English => en::import_failed(file_name, detail),
        }
    }

    /// A file far too large to be a plan export.
    pub fn import_too_large(self, file_name: &str) -> String {
        match self {
            Locale::English => en::import_too_large(file_name),
        }
    }

    /// "2. Escalation workflow".
    pub fn numbered_heading(self, number: usize, title: &str) -> String {
        match self {
            Locale::English => en::numbered_heading(number, title),
        }
    }

    /// One stop of the escalation path read out: "Tier 1: Service desk".
    pub fn path_stop(self, heading: &str, name: &str) -> String {
        match self {
            Locale::English => en::path_stop(heading, name),
        }
    }

    /// "You have completed 2 of 4 sections."
    pub fn sections_completed(self, completed: usize, total: usize) -> String {
        match self {
            Locale::English => en::sections_completed(completed, total),
        }
    }

    /// "Tier 1 (Service desk) to Tier 2 (Desktop team)", a step's heading.
    pub fn step_from_to(self, from: &str, to: &str) -> String {
        match self {
            Locale::English => en::step_from_to(from, to),
        }
    }

    /// "Total: 2 hours 30 minutes".
    pub fn training_total(self, minutes: u32) -> String {
        match self {
            Locale::English => en::training_total(minutes),
        }
    }

    /// "The recommended length is between 2 hours and 3 hours."
    pub fn training_recommended(self, minimum_minutes: u32, maximum_minutes: u32) -> String {
        match self {
            Locale::English => en::training_recommended(minimum_minutes, maximum_minutes),
        }
    }
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
