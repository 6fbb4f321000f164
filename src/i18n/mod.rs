//! Languages as data the compiler checks.
//!
//! Every user-visible string is a [`Message`], and every text with numbers in it is a method of
//! [`Language`], called on a [`Locale`] (which dereferences to its language). Each language is a
//! module with one type implementing [`Language`]: an exhaustive `match` over [`Message`] and one
//! method per text with numbers, so adding a message without writing it in every language fails
//! the build instead of showing a key name at run time. Each `match` lists the messages in the
//! enum's order (a test checks it), so two languages can be read side by side; a new message
//! goes in the same place in the enum and in every language.
//!
//! Adding a language: a file with a type implementing [`Language`], a [`Locale`] variant, its
//! arms in `Locale::tag` and `Locale::native_name`, and its line in `split_languages!`
//! (`loading.rs`).

mod en;
mod es;
mod ja;
mod ko;
mod loading;
mod nl;
mod pl;
mod plan_words;
mod zh_tw;

use en::English;
pub use loading::LanguageUnavailable;
pub use plan_words::{section_message, support_contract_message, tenant_size_message};

use crate::domain::export::ExportLabels;
use crate::domain::localised_text::{LocalisedText, PickedText, Translations};
use crate::domain::plan::{PlanJsonError, PlanProblem};

/// One language: every message and every text with numbers in it. A language that misses one
/// does not compile.
pub trait Language {
    /// The built-in configuration's texts in this language (none for English, which they are
    /// written in). Reached only through the language, so each catalog travels in its
    /// language's module.
    fn config_translations(&self) -> Translations;
    /// The headings and value names of ticket exports (Markdown and plain text) in this
    /// language, so a ticket can be written in the language the support channel reads.
    fn export_labels(&self) -> ExportLabels;
    /// A problem found by the support plan's validation.
    fn plan_problem(&self, problem: &PlanProblem) -> String;
    /// Why an imported plan file was refused.
    fn plan_import_error(&self, error: &PlanJsonError) -> String;
    /// The text of `message` in this language.
    fn text(&self, message: Message) -> &'static str;
    /// "Step 3 of 7".
    fn step_of(&self, step: usize, total: usize) -> String;
    /// A whole number of hours, with the language's plural form: "1 hour", "4 hours".
    fn hours(&self, hours: u32) -> String;
    /// A number of minutes: "30 minutes".
    fn minutes(&self, minutes: u32) -> String;
    /// "3 drafts".
    fn drafts_count(&self, count: usize) -> String;
    /// "2 drafts deleted."
    fn deleted_count(&self, count: usize) -> String;
    /// "Imported 3 drafts."
    fn imported_count(&self, count: usize) -> String;
    /// Why a record or a file cannot be read: "it was saved by a newer version … (format 3;
    /// this version reads up to format 1)", completing a sentence such as "Could not be read:".
    fn saved_by_newer_version(&self, found: u32, readable: u32) -> String;
    /// "4 drafts have not changed for more than 30 days."
    fn old_drafts(&self, count: usize, days: u32) -> String;
    /// A number of days: "2 days".
    fn days(&self, days: u32) -> String;
    /// The target of a response window: "within 4 hours", or "within 4 business hours" when
    /// the clock only runs while support is open.
    fn response_within(&self, total_minutes: u32, business_hours: bool) -> String;
    /// "by Monday 24 November, 12:00 — within 4 hours".
    fn expected_by(&self, date: &str, within: &str) -> String;
    /// "Due in 3 hours 12 minutes".
    fn due_in(&self, duration: &str) -> String;
    /// "Overdue by 20 minutes".
    fn overdue_by(&self, duration: &str) -> String;
    /// One reason for a level as a sentence: `lead` is the level's "Critical because".
    fn level_because(&self, lead: &str, reason: &str) -> String;
    /// The lead-in to a list of several reasons: "Critical because:".
    fn level_because_several(&self, lead: &str) -> String;
    /// "Tier 1 (IT helpdesk) has looked at this"; without a team name, "Tier 1 has looked at
    /// this".
    fn tier_has_looked(&self, number: u8, team: &str) -> String;
    /// "What did tier 1 find?".
    fn tier_findings_label(&self, number: u8) -> String;
    /// "Tier 1": the tier's name on its own.
    fn tier_name(&self, number: u8) -> String;
    /// Which languages the channel's support is offered in; `list` is already a list.
    fn languages_offered(&self, list: &str) -> String;
    /// The text alternative of the timeline picture.
    fn timeline_summary(&self, start: &str, due: &str, business_hours: bool) -> String;
    /// "Ticket 1243, corrected on Monday 24 November, 09:05.": an earlier filing's number.
    fn filing_corrected(&self, number: &str, date: &str) -> String;
    /// "Ticket 1234, marked as not filed on Tuesday 25 November, 08:00.".
    fn filing_withdrawn(&self, number: &str, date: &str) -> String;
    /// "Filed with the vendor as ticket 12345 on Monday 24 November, 09:00.".
    fn filed_as(&self, number: &str, date: &str) -> String;
    /// "Sent to the helpdesk as ticket 31017 on Monday 24 November, 09:00.".
    fn handed_off_as(&self, number: &str, date: &str) -> String;
    /// "Tier 1 in your organisation (IT helpdesk) sees problems first. Contact:".
    fn contact_first_tier(&self, team: &str) -> String;
    /// The vendor's place on the escalation path.
    fn vendor_is_tier_four(&self, vendor: &str) -> String;
    /// A channel and the category to choose there.
    fn channel_with_category(&self, channel: &str, category: &str) -> String;
    /// "Tier 2".
    fn tier_label(&self, number: u8) -> String;
    /// "Tier 2 (Service desk)", or "Tier 2" while the team has no name.
    fn tier_with_team(&self, number: u8, team: &str) -> String;
    /// "Tier 2: Service desk", a heading; "Tier 2" while the team has no name.
    fn tier_with_name(&self, number: u8, team: &str) -> String;
    /// The vendor as a side of an escalation step: "Microsoft support (vendor, tier 4)".
    fn vendor_party(&self, name: &str) -> String;
    /// "Tier 4: the vendor".
    fn vendor_tier_heading(&self) -> String;
    /// "Tier 4: Microsoft support (vendor)", a heading.
    fn vendor_tier_with_name(&self, name: &str) -> String;
    /// "Add a contact to tier 2".
    fn add_contact_to(&self, tier: u8) -> String;
    /// "Contact 1".
    fn contact_label(&self, number: usize) -> String;
    /// "contact 1 of tier 2", completing a button's name such as "Remove".
    fn contact_reference(&self, number: usize, tier: u8) -> String;
    /// "Contact 1 of tier 2 removed."
    fn contact_removed(&self, number: usize, tier: u8) -> String;
    /// "Contacts of tier 2", a table caption.
    fn contacts_of_tier(&self, tier: u8) -> String;
    /// "Step 3".
    fn step_label(&self, number: usize) -> String;
    /// "step 3", completing a button's name such as "Move up".
    fn step_reference(&self, number: usize) -> String;
    /// "Step 3 is now step 2."
    fn step_moved(&self, from: usize, to: usize) -> String;
    /// "Step 3 removed."
    fn step_removed(&self, number: usize) -> String;
    /// "6 example steps added."
    fn example_steps_added(&self, count: usize) -> String;
    /// "Agenda item 2".
    fn agenda_item_label(&self, number: usize) -> String;
    /// "agenda item 2", completing a button's name.
    fn agenda_item_reference(&self, number: usize) -> String;
    /// "Agenda item 2 is now agenda item 1."
    fn agenda_item_moved(&self, from: usize, to: usize) -> String;
    /// "Agenda item 2 removed."
    fn agenda_item_removed(&self, number: usize) -> String;
    /// "5 agenda items added from the sample."
    fn sample_agenda_added(&self, count: usize) -> String;
    /// "4 suggested items added."
    fn suggested_checklist_added(&self, count: usize) -> String;
    /// "Added: Helpdesk staff take part in the pilot."
    fn checklist_item_added(&self, label: &str) -> String;
    /// "Removed: Helpdesk staff take part in the pilot."
    fn checklist_item_removed(&self, label: &str) -> String;
    /// The item quoted, completing a button's name such as "Remove".
    fn checklist_item_reference(&self, label: &str) -> String;
    /// An imported tier entry that does not fit: "Entry 4: tier 7, Night shift".
    fn tier_entry(&self, index: usize, number: u8, team: &str) -> String;
    /// "Remove entry 4".
    fn remove_tier_entry(&self, index: usize) -> String;
    /// "Entry 4 removed."
    fn tier_entry_removed(&self, index: usize) -> String;
    /// A channel the configuration does not have, named by its id.
    fn unknown_channel(&self, id: &str) -> String;
    /// "The plan was imported from plan.json."
    fn import_succeeded(&self, file_name: &str) -> String;
    /// Why a file could not be imported.
    fn import_failed(&self, file_name: &str, detail: &str) -> String;
    /// A file far too large to be a plan export.
    fn import_too_large(&self, file_name: &str) -> String;
    /// "2. Escalation workflow".
    fn numbered_heading(&self, number: usize, title: &str) -> String;
    /// One stop of the escalation path read out: "Tier 1: Service desk".
    fn path_stop(&self, heading: &str, name: &str) -> String;
    /// "You have completed 2 of 4 sections."
    fn sections_completed(&self, completed: usize, total: usize) -> String;
    /// "Tier 1 (Service desk) to Tier 2 (Desktop team)", a step's heading.
    fn step_from_to(&self, from: &str, to: &str) -> String;
    /// "Total: 2 hours 30 minutes".
    fn training_total(&self, minutes: u32) -> String;
    /// "The recommended length is between 2 hours and 3 hours."
    fn training_recommended(&self, minimum_minutes: u32, maximum_minutes: u32) -> String;
    /// "Drafts 51 to 100 of 1000", for a list shown a page at a time.
    fn drafts_shown(&self, first: usize, last: usize, total: usize) -> String;
    /// "Page 2 of 20".
    fn page_of(&self, page: usize, total: usize) -> String;
}

/// A language the interface is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    English,
    Polish,
    Spanish,
    Dutch,
    Korean,
    TraditionalChinese,
    Japanese,
}

impl Locale {
    /// Every supported language, in the order the language switcher lists them.
    pub const ALL: [Locale; 7] = [
        Locale::English,
        Locale::Polish,
        Locale::Spanish,
        Locale::Dutch,
        Locale::Korean,
        Locale::TraditionalChinese,
        Locale::Japanese,
    ];

    /// The BCP 47 tag used in `lang` attributes and stored preferences.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::English => "en",
            Locale::Polish => "pl",
            Locale::Spanish => "es",
            Locale::Dutch => "nl",
            Locale::Korean => "ko",
            Locale::TraditionalChinese => "zh-TW",
            Locale::Japanese => "ja",
        }
    }

    /// Finds the supported language for a BCP 47 tag such as `en-GB`, ignoring region and case.
    /// Chinese is the exception: only Traditional Chinese is offered, so `zh` matches only with
    /// the Hant script or a region that writes it (`zh-TW`, `zh-Hant`, `zh-HK`, `zh-MO`).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let mut subtags = tag.split(['-', '_']).map(str::to_ascii_lowercase);
        let primary = subtags.next().unwrap_or_default();
        if primary == "zh" {
            // The first script or region decides: zh-Hans-TW is Simplified.
            let traditional = subtags.find_map(|subtag| match subtag.as_str() {
                "hant" | "tw" | "hk" | "mo" => Some(true),
                "hans" | "cn" | "sg" => Some(false),
                _ => None,
            });
            return (traditional == Some(true)).then_some(Locale::TraditionalChinese);
        }
        Locale::ALL.into_iter().find(|locale| locale.tag() == primary)
    }

    /// A configured text in this language: the configuration's own text in this language when
    /// it gives one, otherwise the built-in configuration's catalog for this language, otherwise
    /// the fallback of [`LocalisedText::pick`] (`default_language` is the configuration's).
    pub fn configured<'text>(
        self,
        text: &'text LocalisedText,
        default_language: Option<&str>,
    ) -> PickedText<'text> {
        text.pick_translated(self.tag(), default_language, &self.language().config_translations())
    }

    /// [`Locale::configured`], followed by the English text in brackets when it differs: for a
    /// name the user must find in the vendor's portal, which may be shown in English.
    pub fn configured_with_english(
        self,
        text: &LocalisedText,
        default_language: Option<&str>,
    ) -> String {
        let translations = self.language().config_translations();
        text.pick_with_english(self.tag(), default_language, &translations)
    }

    /// The texts of this language, or English while this language is still being fetched
    /// (see [`Locale::load`]).
    fn language(self) -> &'static dyn Language {
        loading::ready(self).unwrap_or(&English)
    }

    /// The language's own name, as the language switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::English => "English",
            Locale::Polish => "Polski",
            Locale::Spanish => "Español",
            Locale::Dutch => "Nederlands",
            Locale::Korean => "한국어",
            Locale::TraditionalChinese => "繁體中文",
            Locale::Japanese => "日本語",
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

    /// A duration given in minutes, in the largest sensible units: "2 hours", "1 hour 30 minutes",
    /// "4時間30分".
    pub fn duration(self, total_minutes: u32) -> String {
        let hours = total_minutes / 60;
        let minutes = total_minutes % 60;
        match (hours, minutes) {
            (0, minutes) => self.minutes(minutes),
            (hours, 0) => self.hours(hours),
            (hours, minutes) => {
                format!("{}{}{}", self.hours(hours), self.duration_joiner(), self.minutes(minutes))
            }
        }
    }

    /// What goes between the parts of a duration: nothing in Japanese and Chinese, which write a
    /// duration as one word ("4時間30分", "4小時30分鐘"), a space everywhere else, including the
    /// English shown while one of those languages is still being fetched.
    fn duration_joiner(self) -> &'static str {
        match self {
            Locale::Japanese | Locale::TraditionalChinese if self.is_ready() => "",
            _ => " ",
        }
    }

    /// A duration for a countdown: days and hours from a day on ("2 days 3 hours", "2日3時間"),
    /// otherwise as [`Locale::duration`].
    pub fn long_duration(self, total_minutes: u32) -> String {
        const MINUTES_PER_DAY: u32 = 24 * 60;
        if total_minutes < MINUTES_PER_DAY {
            return self.duration(total_minutes);
        }
        let days = total_minutes / MINUTES_PER_DAY;
        let hours = (total_minutes % MINUTES_PER_DAY) / 60;
        if hours == 0 {
            self.days(days)
        } else {
            format!("{}{}{}", self.days(days), self.duration_joiner(), self.hours(hours))
        }
    }
}

/// A locale answers every method of [`Language`] with its language's texts (English while that
/// language is still being fetched): `locale.text(message)`, `locale.hours(4)`.
impl std::ops::Deref for Locale {
    type Target = dyn Language;

    fn deref(&self) -> &Self::Target {
        self.language()
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
    Change,
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
    // Step 2: before you file.
    BeforeYouFileHeading,
    BeforeYouFileIntro,
    DidThisSolveIt,
    DidThisSolveItError,
    SolvedByPrefix,
    YesSomethingElse,
    NoContinue,
    SelfSolvedHeading,
    SelfSolvedBody,
    StartAnotherTicket,
    // Step 3: kind of request.
    RequestKindQuestion,
    RequestKindError,
    KindTechnical,
    KindTechnicalHint,
    KindBilling,
    KindBillingHint,
    KindConfigurationManagerWithService,
    KindConfigurationManagerWithServiceHint,
    KindConfigurationManagerStandalone,
    KindConfigurationManagerStandaloneHint,
    KindVolumeLicensing,
    KindVolumeLicensingHint,
    KindFeatureRequest,
    KindFeatureRequestHint,
    ElsewhereHeading,
    ElsewhereFeedbackBody,
    ElsewherePartnerBody,
    ElsewhereServiceBody,
    ElsewhereChangeAnswer,
    // Step 4: support contract and tenant size.
    SupportContractHeading,
    SupportContractIntro,
    SupportContractQuestion,
    SupportContractError,
    ContractProfessional,
    ContractProfessionalHint,
    ContractPremier,
    ContractPremierHint,
    TenantSizeQuestion,
    TenantSizeError,
    TenantFewerThan100,
    TenantFewerThan100Hint,
    TenantHundredOrMore,
    RoutingHeading,
    RoutingWhere,
    RoutingCategory,
    RoutingSteps,
    RoutingCallBack,
    RoutingOnlineLanguages,
    RoutingPhoneLanguages,
    RoutingPhoneMoreLanguages,
    RoutingPhonePageLink,
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
    DraftLinkedWith,
    StatusDraft,
    StatusFiled,
    StatusSelfSolved,
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
    UnreadableNotJson,
    UnreadableNotOurs,
    UnreadableDamaged,
    UnreadableRevisionOutOfRange,
    UnreadableIdMismatch,
    UnreadableSetAsideEarlier,
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
    SuggestionsHeading,
    SuggestionErrorCode,
    FeatureRequestHeading,
    PossibleDuplicate,
    OpenThatDraft,
    // Step 5: impact and severity.
    ImpactHeading,
    ImpactIntro,
    ImpactUsabilityQuestion,
    ImpactUsabilityHint,
    ImpactScopeQuestion,
    ImpactBusinessQuestion,
    ImpactWorkaroundQuestion,
    ImpactWorkaroundHint,
    UsabilityUnusable,
    UsabilityWorseThanBefore,
    UsabilityMinorInconvenience,
    ScopeMany,
    ScopeOne,
    ScopeNobodyYet,
    ScopeNobodyYetHint,
    BusinessSevere,
    BusinessModerate,
    BusinessMinimal,
    WorkaroundAcceptable,
    WorkaroundNone,
    DontKnow,
    ImpactUsabilityError,
    ImpactScopeError,
    ImpactBusinessError,
    ImpactWorkaroundError,
    SeverityComputedHeading,
    SeverityPrefix,
    SeverityIncompleteHint,
    BecauseCritical,
    BecauseModerate,
    BecauseMinimal,
    ReasonServiceUnusable,
    ReasonWorseThanBefore,
    ReasonMinorInconvenience,
    ReasonUsabilityNotKnown,
    ReasonManyAffected,
    ReasonOneAffected,
    ReasonNobodyAffectedYet,
    ReasonScopeNotKnown,
    ReasonSevereBusinessImpact,
    ReasonModerateBusinessImpact,
    ReasonMinimalBusinessImpact,
    ReasonBusinessImpactNotKnown,
    ReasonNoWorkaround,
    ReasonAcceptableWorkaround,
    ReasonWorkaroundNotKnown,
    ReasonCriticalNeedsKnownAnswers,
    OverrideToggle,
    OverrideToggleHint,
    OverrideLevelLegend,
    OverrideLevelError,
    OverrideReasonLabel,
    OverrideReasonHint,
    OverrideReasonError,
    SeverityComputedLabel,
    SeverityOverrideReasonLabel,
    // Step 6: details.
    DetailsHeading,
    DetailsIntro,
    DetailsProblemSection,
    StartedLabel,
    StartedHint,
    AffectedLabel,
    AffectedHint,
    PlatformsLegend,
    PlatformsHint,
    PlatformWindows,
    PlatformMacos,
    PlatformIos,
    PlatformAndroid,
    PlatformLinux,
    PlatformOther,
    PlatformOtherLabel,
    ErrorMessagesLabel,
    ErrorMessagesHint,
    AlreadyTriedLabel,
    AlreadyTriedHint,
    EscalationSection,
    EscalationHint,
    ContactSection,
    ContactHint,
    ContactNameLabel,
    ContactEmailLabel,
    ContactPhoneLabel,
    ContactPhoneHint,
    PreferredMethodLegend,
    MethodEmail,
    MethodPhone,
    SupportLanguageLabel,
    ContactMissingError,
    PreferredEmailMissingError,
    PreferredPhoneMissingError,
    EmailFormatError,
    // Step 7: check your answers.
    CheckAnswersHeading,
    CheckSectionRequest,
    CheckSectionProblem,
    CheckSectionImpact,
    CheckSectionDetails,
    CheckSectionContact,
    CheckSelfHelp,
    CheckSelfHelpValue,
    CheckRequestKind,
    CheckSupportContract,
    CheckTenantSize,
    CheckDescription,
    CheckSeverity,
    CheckStarted,
    CheckAffected,
    CheckPlatforms,
    CheckErrorMessages,
    CheckAlreadyTried,
    CheckEscalation,
    CheckPreferredMethod,
    NotGiven,
    // Ready to file.
    ReadyHeading,
    ReadyIntro,
    FiledHeading,
    ReadySeverityHeading,
    ReadyResponseHeading,
    ResponseLeadDraft,
    ResponseLeadFiled,
    SetByContract,
    ContractNote,
    ResponseExampleLead,
    ResponseExampleNote,
    ExpectedByContract,
    ResponseWindowProblem,
    DueNow,
    OverdueLabel,
    TimelineIfFiledNow,
    TimelineFiled,
    TimelineDue,
    TimelineLegendOpen,
    TimelineLegendClosed,
    TimelineLegendNow,
    ContactFirstHeading,
    ContactFirstNoTier1,
    TicketTextHeading,
    TicketTextHint,
    CopyText,
    Copied,
    CopyRefused,
    DownloadMarkdown,
    DownloadPlainText,
    DownloadJson,
    DownloadRefused,
    PrintTicket,
    EmailTicket,
    EmailShortenedNote,
    FiledFormHeading,
    FiledNumberLabel,
    FiledNumberHint,
    FiledNumberError,
    FiledButton,
    FiledChangeSummary,
    FiledCorrectLabel,
    FiledCorrectButton,
    FiledWithdrawButton,
    FiledHistoryHeading,
    ReadyActionsHeading,
    SeverityChosenByYou,
    ExportAllDrafts,
    ImportDrafts,
    ImportDraftsHint,
    ImportFailed,
    ImportNotDraftsExport,
    ImportFileUnreadable,
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
    PlanRestoredAfterReset,
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
    PlanVendorSupportContract,
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
    HandoffHeading,
    HandoffIntro,
    HandoffSend,
    HandoffSendAgain,
    HandoffResendWarning,
    HandoffResendConfirm,
    HandoffSending,
    HandoffSent,
    HandoffRefused,
    HandoffServerError,
    HandoffUnreachable,
    HandoffTimedOut,
    HandoffEmail,
    HandoffNeedsEmail,
    HandoffNotEnabled,
    HandoffTryLater,
    HandoffUnexpectedAnswer,
    TicketLanguageLabel,
    TicketLanguageHint,
    DraftsPagesLabel,
    PreviousPage,
    NextPage,
    PageLoading,
    PageLoadFailedTitle,
    PageLoadFailed,
    PageLoadRetry,
    LanguageLoadFailed,
}

#[cfg(test)]
mod tests;
