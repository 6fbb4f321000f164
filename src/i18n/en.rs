//! English, the reference language.

use super::{Language, Message};
use crate::domain::export::ExportLabels;
use crate::domain::localised_text::Translations;
use crate::domain::plan::{PlanJsonError, PlanProblem};

fn plural(count: u64, one: &str, other: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { other })
}

/// English, the reference language.
pub struct English;

impl Language for English {
    fn config_translations(&self) -> Translations {
        Translations::NONE
    }

    fn export_labels(&self) -> ExportLabels {
        ExportLabels::english()
    }

    /// The domain words its problems in English already.
    fn plan_problem(&self, problem: &PlanProblem) -> String {
        problem.message()
    }

    fn plan_import_error(&self, error: &PlanJsonError) -> String {
        error.message()
    }

    fn step_of(&self, step: usize, total: usize) -> String {
        format!("Step {step} of {total}")
    }

    fn hours(&self, hours: u32) -> String {
        plural(u64::from(hours), "hour", "hours")
    }

    fn minutes(&self, minutes: u32) -> String {
        plural(u64::from(minutes), "minute", "minutes")
    }

    fn drafts_count(&self, count: usize) -> String {
        plural(count as u64, "draft", "drafts")
    }

    fn days(&self, days: u32) -> String {
        plural(u64::from(days), "day", "days")
    }

    fn response_within(&self, total_minutes: u32, business_hours: bool) -> String {
        let hours = total_minutes / 60;
        let minutes = total_minutes % 60;
        let (hour_unit, hours_unit, minute_unit, minutes_unit) = if business_hours {
            ("business hour", "business hours", "business minute", "business minutes")
        } else {
            ("hour", "hours", "minute", "minutes")
        };
        let amount = match (hours, minutes) {
            (0, minutes) => plural(u64::from(minutes), minute_unit, minutes_unit),
            (hours, 0) => plural(u64::from(hours), hour_unit, hours_unit),
            (hours, minutes) => format!(
                "{} {}",
                plural(u64::from(hours), hour_unit, hours_unit),
                plural(u64::from(minutes), "minute", "minutes")
            ),
        };
        format!("within {amount}")
    }

    fn expected_by(&self, date: &str, within: &str) -> String {
        format!("by {date} — {within}")
    }

    fn due_in(&self, duration: &str) -> String {
        format!("Due in {duration}")
    }

    fn overdue_by(&self, duration: &str) -> String {
        format!("Overdue by {duration}")
    }

    fn level_because(&self, lead: &str, reason: &str) -> String {
        format!("{lead} {reason}.")
    }

    fn level_because_several(&self, lead: &str) -> String {
        format!("{lead}:")
    }

    fn tier_has_looked(&self, number: u8, team: &str) -> String {
        if team.trim().is_empty() {
            format!("Tier {number} has looked at this")
        } else {
            format!("Tier {number} ({}) has looked at this", team.trim())
        }
    }

    fn tier_findings_label(&self, number: u8) -> String {
        format!("What did tier {number} find?")
    }

    fn tier_name(&self, number: u8) -> String {
        format!("Tier {number}")
    }

    fn languages_offered(&self, list: &str) -> String {
        format!("Support on this channel is offered in {list}.")
    }

    fn timeline_summary(&self, start: &str, due: &str, business_hours: bool) -> String {
        if business_hours {
            format!(
                "Timeline from {start} to the response due {due}. The clock only runs during \
                 support hours; closed hours are shaded."
            )
        } else {
            format!(
                "Timeline from {start} to the response due {due}. The clock runs around the clock."
            )
        }
    }

    fn filing_corrected(&self, number: &str, date: &str) -> String {
        format!("Ticket {number}, corrected on {date}.")
    }

    fn filing_withdrawn(&self, number: &str, date: &str) -> String {
        format!("Ticket {number}, marked as not filed on {date}.")
    }

    fn filed_as(&self, number: &str, date: &str) -> String {
        format!("Filed with the vendor as ticket {number} on {date}.")
    }

    fn handed_off_as(&self, number: &str, date: &str) -> String {
        format!("Sent to the helpdesk as ticket {number} on {date}.")
    }

    fn contact_first_tier(&self, team: &str) -> String {
        if team.trim().is_empty() {
            "Tier 1 in your organisation sees problems first. Contact:".to_owned()
        } else {
            format!("Tier 1 in your organisation ({}) sees problems first. Contact:", team.trim())
        }
    }

    fn vendor_is_tier_four(&self, vendor: &str) -> String {
        let vendor = if vendor.trim().is_empty() { "The vendor" } else { vendor.trim() };
        format!(
            "{vendor} is tier 4: file this ticket when your own tiers cannot solve the problem."
        )
    }

    fn channel_with_category(&self, channel: &str, category: &str) -> String {
        format!("{channel}, category \u{201c}{category}\u{201d}")
    }

    fn deleted_count(&self, count: usize) -> String {
        format!("{} deleted.", plural(count as u64, "draft", "drafts"))
    }

    fn imported_count(&self, count: usize) -> String {
        format!("Imported {}.", plural(count as u64, "draft", "drafts"))
    }

    fn saved_by_newer_version(&self, found: u32, readable: u32) -> String {
        format!("it was saved by a newer version of Support Triage (format {found}; this version reads up to format {readable}).")
    }

    fn old_drafts(&self, count: usize, days: u32) -> String {
        format!(
            "{} not changed for more than {}.",
            plural(count as u64, "draft has", "drafts have"),
            plural(u64::from(days), "day", "days")
        )
    }

    fn text(&self, message: Message) -> &'static str {
        match message {
            Message::AppName => "Support Triage",
            Message::LanguageLabel => "Language",
            Message::LandingLead => {
                "Get the right help faster: prepare one clear support ticket per problem, and plan \
                 who in your organisation handles what before it reaches the vendor."
            }
            Message::LandingTicketHeading => "Prepare a support ticket",
            Message::LandingTicketBody => {
                "Check self-help first, find the right channel, work out how severe the problem is \
                 and when to expect a first response, then copy or download a complete ticket."
            }
            Message::LandingStartTicket => "Start a new ticket",
            Message::LandingResumeHeading => "Carry on where you left off",
            Message::LandingPlanHeading => "Plan your organisation's support",
            Message::LandingPlanBody => {
                "Decide who handles tiers 1 to 3, how problems are escalated to the vendor, and how \
                 the helpdesk is trained and involved early."
            }
            Message::LandingStartPlan => "Open the support plan",
            Message::ViewAllDrafts => "View all drafts",
            Message::LandingUnreadableNotice => {
                "Some stored drafts could not be read. They are kept aside so you can recover them."
            }
            Message::Back => "Back",
            Message::Continue => "Continue",
            Message::ErrorSummaryTitle => "There is a problem",
            Message::ErrorTitlePrefix => "Error: ",
            Message::ErrorPrefix => "Error:",
            Message::Optional => "(optional)",
            Message::Yes => "Yes",
            Message::Change => "Change",
            Message::SaveStatusSaving => "Saving…",
            Message::SaveStatusSaved => "Saved on this device",
            Message::SaveStatusNotSavedQuota => {
                "Not saved: this browser's storage is full. Your text is still here; download the \
                 draft or delete old drafts to make room."
            }
            Message::SaveStatusNotSavedOther => {
                "Not saved: this browser refused to store the draft. Your text is still here; \
                 download the draft to keep a copy."
            }
            Message::SaveStatusMemoryOnly => {
                "This browser does not let us keep drafts, so they will be lost when you close the \
                 page. Download anything you want to keep."
            }
            Message::SaveStatusUpdatedElsewhere => "Updated with changes made in another tab",
            Message::ConflictHeading => "This draft was changed in another tab",
            Message::ConflictBody => {
                "Another tab saved a newer version of this draft while you were typing here. \
                 Choose which version to keep; nothing is lost until you choose."
            }
            Message::ConflictKeepTheirs => "Use the other tab's version",
            Message::ConflictKeepMine => "Keep my version",
            Message::ConflictKeepBoth => "Keep both as separate drafts",
            Message::DeletedElsewhereNotice => {
                "This draft was deleted in another tab. Your copy here was saved again so nothing \
                 is lost."
            }
            Message::ExportThisDraft => "Download this draft (JSON)",
            Message::PanicHeading => "Something went wrong",
            Message::PanicBody => {
                "Support Triage hit an internal error and stopped. Drafts saved in this browser are \
                 safe. Download the draft you were working on to keep a copy, then reload the page."
            }
            Message::PanicDownloadDraft => "Download the draft you were working on",
            Message::ConfigProblemsHeading => "This page's configuration has problems",
            Message::ConfigProblemsBody => {
                "The widget works with safe defaults where it can. For the page owner, each problem \
                 with where it is in the configuration:"
            }
            Message::BeforeYouFileHeading => "Before you file a ticket",
            Message::BeforeYouFileIntro => {
                "Many problems are already answered in these resources. A quick look may save you \
                 waiting for a reply."
            }
            Message::DidThisSolveIt => "Did one of these solve your problem?",
            Message::DidThisSolveItError => "Select yes if the resources solved your problem",
            Message::SolvedByPrefix => "Yes, ",
            Message::YesSomethingElse => "Yes, something else on this page",
            Message::NoContinue => "No, continue",
            Message::SelfSolvedHeading => "Glad that solved it",
            Message::SelfSolvedBody => {
                "No ticket is needed. We kept this draft in your list, marked as solved with \
                 self-help, in case the problem comes back."
            }
            Message::StartAnotherTicket => "Start another ticket",
            Message::RequestKindQuestion => "What is your request about?",
            Message::RequestKindError => "Select what your request is about",
            Message::KindTechnical => "A technical problem",
            Message::KindTechnicalHint => "Something in the service does not work as it should.",
            Message::KindBilling => "Billing, licensing or my account",
            Message::KindBillingHint => "Invoices, subscriptions, licence counts or account access.",
            Message::KindConfigurationManagerWithService => {
                "Configuration Manager together with the service (co-management or tenant attach)"
            }
            Message::KindConfigurationManagerWithServiceHint => {
                "Part of the service's own support, through the same channel as any other question \
                 about it."
            }
            Message::KindConfigurationManagerStandalone => {
                "Configuration Manager or Endpoint Protection on its own"
            }
            Message::KindConfigurationManagerStandaloneHint => {
                "Without the service. These products are supported separately: by a partner or as \
                 paid support."
            }
            Message::KindVolumeLicensing => "Volume licensing",
            Message::KindVolumeLicensingHint => {
                "Licence keys or licences bought through a volume agreement."
            }
            Message::KindFeatureRequest => "An idea or a feature request",
            Message::KindFeatureRequestHint => "Something you would like the product to do.",
            Message::ElsewhereHeading => "This request goes elsewhere",
            Message::ElsewhereFeedbackBody => {
                "Ideas and feature requests are not support tickets. Post your idea on the \
                 feedback site, where others can vote for it."
            }
            Message::ElsewherePartnerBody => {
                "This product is not supported through this channel. Contact your partner, or use \
                 the options below."
            }
            Message::ElsewhereServiceBody => "Requests like this are handled by a separate service.",
            Message::ElsewhereChangeAnswer => "Change what the request is about",
            Message::SupportContractHeading => "Your support contract and tenant size",
            Message::SupportContractIntro => {
                "Two answers decide where the request goes and which response times apply."
            }
            Message::SupportContractQuestion => "Which support contract does your organisation have?",
            Message::SupportContractError => "Select your organisation's support contract",
            Message::ContractProfessional => "Professional (subscription support)",
            Message::ContractProfessionalHint => "Support included with your subscription.",
            Message::ContractPremier => "Premier",
            Message::ContractPremierHint => {
                "A Premier support contract with its own portal and response times."
            }
            Message::TenantSizeQuestion => "How many licences does your tenant have?",
            Message::TenantSizeError => "Select how many licences your tenant has",
            Message::TenantFewerThan100 => "Fewer than 100 licences",
            Message::TenantFewerThan100Hint => {
                "With subscription support, small tenants get a simpler way in: describe the \
                 problem, look at suggested resources, or ask to be called back."
            }
            Message::TenantHundredOrMore => "100 licences or more",
            Message::RoutingHeading => "Where this request goes",
            Message::RoutingWhere => "Where",
            Message::RoutingCategory => "Category",
            Message::RoutingSteps => "How to open it",
            Message::RoutingCallBack => "You can ask to be called back instead of writing a ticket.",
            Message::RoutingOnlineLanguages => "Online support is offered in",
            Message::RoutingPhoneLanguages => "Phone and online billing support are offered in",
            Message::RoutingPhoneMoreLanguages => {
                "Phone support and online billing support are offered in more languages than \
                 online technical support. Which ones, the phone numbers and the hours depend on \
                 your country or region."
            }
            Message::RoutingPhonePageLink => "Phone numbers, hours and languages by country or region",
            Message::RoutingProblemNotice => {
                "The page owner's configuration does not say where this request goes. Ask your \
                 helpdesk which channel to use."
            }
            Message::DraftsHeading => "Your drafts",
            Message::DraftsEmpty => "You have no drafts yet.",
            Message::DraftsColumnTitle => "Title",
            Message::DraftsColumnSeverity => "Severity",
            Message::DraftsColumnChanged => "Last changed",
            Message::DraftsColumnStatus => "Status",
            Message::DraftsColumnActions => "Actions",
            Message::DraftUntitled => "Untitled draft",
            Message::DraftLinkedWith => "Split from the same description as:",
            Message::StatusDraft => "Draft",
            Message::StatusFiled => "Filed",
            Message::StatusSelfSolved => "Solved with self-help",
            Message::Duplicate => "Duplicate",
            Message::Delete => "Delete",
            Message::Undo => "Undo",
            Message::SeverityNotYetKnown => "Not assessed yet",
            Message::LevelCritical => "Critical (A)",
            Message::LevelModerate => "Moderate (B)",
            Message::LevelMinimal => "Minimal (C)",
            Message::QuarantineHeading => "Drafts that could not be read",
            Message::QuarantineBody => {
                "These records are damaged or were saved by a newer version of Support Triage. They \
                 are kept exactly as they were: view or download the text to recover what you need."
            }
            Message::QuarantineCouldNotBeRead => "Could not be read:",
            Message::UnreadableNotJson => "it is not valid JSON.",
            Message::UnreadableNotOurs => "it is not a Support Triage record.",
            Message::UnreadableDamaged => "the record is damaged.",
            Message::UnreadableRevisionOutOfRange => "the record is damaged: its revision number is out of range.",
            Message::UnreadableIdMismatch => "its identifier does not match the place it was stored under.",
            Message::UnreadableSetAsideEarlier => "it could not be read during an earlier visit and was set aside.",
            Message::QuarantineShowText => "Show the stored text",
            Message::QuarantineDownload => "Download the stored text",
            Message::ProblemHeading => "Describe one problem",
            Message::ProblemIntro => {
                "A ticket covers exactly one problem. Problems that can be told apart are solved \
                 faster as tickets of their own. With subscription support, opening more tickets \
                 costs nothing extra; under a Premier contract, procedural questions (how to set \
                 something up) are charged."
            }
            Message::ProblemTitleLabel => "Title",
            Message::ProblemTitleHint => {
                "A few words, for example: Android devices cannot enrol since Monday."
            }
            Message::ProblemTitleError => "Enter a short title for the problem",
            Message::ProblemDescriptionLabel => "What happens?",
            Message::ProblemDescriptionHint => {
                "What you expected, what happened instead, and since when. Error messages and \
                 what you tried come later."
            }
            Message::ProblemDescriptionError => "Describe what happens",
            Message::SeveralProblemsHeading => "This looks like more than one problem",
            Message::SeveralProblemsBody => {
                "Each of these could be a ticket of its own. Split them and we will keep this draft \
                 for the first one and make a linked draft for each of the others, with your \
                 contact details and support contract copied."
            }
            Message::SplitIntoDrafts => "Split into separate drafts",
            Message::SplitDone => {
                "Done: this draft now holds the first problem. The others are in your drafts list, \
                 linked to this one."
            }
            Message::SuggestionsHeading => "These articles may answer it",
            Message::SuggestionErrorCode => "It explains the error code you quoted.",
            Message::FeatureRequestHeading => "This sounds like an idea rather than a problem",
            Message::PossibleDuplicate => "You already have a draft that looks like the same problem:",
            Message::OpenThatDraft => "Open that draft instead",
            Message::ImpactHeading => "How serious is the problem?",
            Message::ImpactIntro => {
                "Four questions about the impact. The severity is worked out from your answers as \
                 you go; you can still choose a different severity if you have a reason."
            }
            Message::ImpactUsabilityQuestion => "Can your organisation still use the service?",
            Message::ImpactUsabilityHint => "The service is the vendor's service as your organisation uses it, not one person's device: if it still works for everyone else, it can still be used.",
            Message::ImpactScopeQuestion => "Who or what is affected?",
            Message::ImpactBusinessQuestion => "How much does it hurt the business?",
            Message::ImpactWorkaroundQuestion => "Is there an acceptable workaround?",
            Message::ImpactWorkaroundHint => "A way for people to keep working until it is fixed.",
            Message::UsabilityUnusable => "No: it cannot be reached or used at all",
            Message::UsabilityWorseThanBefore => "Yes, but it works worse than before",
            Message::UsabilityMinorInconvenience => "Yes: the problem is a minor inconvenience",
            Message::ScopeMany => "Many users or several services",
            Message::ScopeOne => "One user, customer or service",
            Message::ScopeNobodyYet => "Nobody yet",
            Message::ScopeNobodyYetHint => "You noticed it before it reached anyone.",
            Message::BusinessSevere => "Severe: production, operations or a deadline is at risk",
            Message::BusinessModerate => "Moderate: it can wait for business hours",
            Message::BusinessMinimal => "Minimal: hardly any effect on the business",
            Message::WorkaroundAcceptable => "Yes, an acceptable one",
            Message::WorkaroundNone => "No",
            Message::DontKnow => "I don't know",
            Message::ImpactUsabilityError => "Select whether the service can still be used",
            Message::ImpactScopeError => "Select who or what is affected",
            Message::ImpactBusinessError => "Select how much the problem hurts the business",
            Message::ImpactWorkaroundError => "Select whether there is an acceptable workaround",
            Message::SeverityComputedHeading => "Severity from your answers",
            Message::SeverityPrefix => "Severity:",
            Message::SeverityIncompleteHint => {
                "Questions you have not answered yet count as \u{201c}I don't know\u{201d}."
            }
            Message::BecauseCritical => "Critical because",
            Message::BecauseModerate => "Moderate because",
            Message::BecauseMinimal => "Minimal because",
            Message::ReasonServiceUnusable => "the service cannot be reached or used",
            Message::ReasonWorseThanBefore => "the service is usable but works worse than before",
            Message::ReasonMinorInconvenience => {
                "the service works; the problem is a minor inconvenience"
            }
            Message::ReasonUsabilityNotKnown => "it is not known yet how usable the service still is",
            Message::ReasonManyAffected => "many users or several services are affected",
            Message::ReasonOneAffected => "a single user, customer or service is affected",
            Message::ReasonNobodyAffectedYet => "nobody is affected yet",
            Message::ReasonScopeNotKnown => "it is not known yet who or what is affected",
            Message::ReasonSevereBusinessImpact => {
                "production, operations or a deployment deadline is severely affected"
            }
            Message::ReasonModerateBusinessImpact => {
                "business impact is moderate and can be handled during business hours"
            }
            Message::ReasonMinimalBusinessImpact => "business impact is minimal",
            Message::ReasonBusinessImpactNotKnown => "the business impact is not known yet",
            Message::ReasonNoWorkaround => "there is no acceptable workaround",
            Message::ReasonAcceptableWorkaround => "people can keep working with an acceptable workaround",
            Message::ReasonWorkaroundNotKnown => "it is not known yet whether there is a workaround",
            Message::ReasonCriticalNeedsKnownAnswers => "it would be critical only if the answers you do not know yet turned out bad; answer them to confirm critical severity",
            Message::OverrideToggle => "Choose a different severity",
            Message::OverrideToggleHint => {
                "For example when a deadline makes the problem more urgent than the answers show. \
                 The vendor sees both severities and your reason."
            }
            Message::OverrideLevelLegend => "Which severity should the ticket have?",
            Message::OverrideLevelError => "Select the severity the ticket should have",
            Message::OverrideReasonLabel => "Why does the ticket need this severity?",
            Message::OverrideReasonHint => "The vendor's engineer reads this with the ticket.",
            Message::OverrideReasonError => "Explain why the ticket needs a different severity",
            Message::SeverityComputedLabel => "Severity from your answers",
            Message::SeverityOverrideReasonLabel => "Your reason",
            Message::DetailsHeading => "Tell the support engineer more",
            Message::DetailsIntro => {
                "These are the facts an engineer asks for first. The more you give now, the fewer \
                 questions come back later."
            }
            Message::DetailsProblemSection => "About the problem",
            Message::StartedLabel => "When did it start?",
            Message::StartedHint => "A date and time, or for example: after Tuesday's policy change.",
            Message::AffectedLabel => "How many users or devices are affected?",
            Message::AffectedHint => "For example: about 40 Android phones in the sales team.",
            Message::PlatformsLegend => "Which platforms are affected?",
            Message::PlatformsHint => "Select all that apply.",
            Message::PlatformWindows => "Windows",
            Message::PlatformMacos => "macOS",
            Message::PlatformIos => "iOS or iPadOS",
            Message::PlatformAndroid => "Android",
            Message::PlatformLinux => "Linux",
            Message::PlatformOther => "Another platform",
            Message::PlatformOtherLabel => "Which platform?",
            Message::ErrorMessagesLabel => "Error messages",
            Message::ErrorMessagesHint => "Copy them exactly as they appear, with any error codes.",
            Message::AlreadyTriedLabel => "What have you already tried?",
            Message::AlreadyTriedHint => "And what happened when you tried it.",
            Message::EscalationSection => "Who in your organisation has looked at it",
            Message::EscalationHint => {
                "The tiers of your support plan. Select each tier that has worked on the problem and \
                 say what it found."
            }
            Message::ContactSection => "How the vendor can contact you",
            Message::ContactHint => "Give an email address, a phone number or both.",
            Message::ContactNameLabel => "Your name",
            Message::ContactEmailLabel => "Email address",
            Message::ContactPhoneLabel => "Phone number",
            Message::ContactPhoneHint => "With the country code, for example +44 20 7946 0000.",
            Message::PreferredMethodLegend => "How would you prefer to be contacted?",
            Message::MethodEmail => "Email",
            Message::MethodPhone => "Phone",
            Message::SupportLanguageLabel => "Language for support",
            Message::ContactMissingError => "Enter an email address or a phone number",
            Message::PreferredEmailMissingError => {
                "Enter your email address, or choose phone as the way to contact you"
            }
            Message::PreferredPhoneMissingError => {
                "Enter your phone number, or choose email as the way to contact you"
            }
            Message::EmailFormatError => {
                "Enter an email address in the correct format, like name@example.com"
            }
            Message::CheckAnswersHeading => "Check your answers before filing",
            Message::CheckSectionRequest => "The request",
            Message::CheckSectionProblem => "The problem",
            Message::CheckSectionImpact => "Impact and severity",
            Message::CheckSectionDetails => "Details",
            Message::CheckSectionContact => "Contact",
            Message::CheckSelfHelp => "Self-help",
            Message::CheckSelfHelpValue => "Tried; it did not solve the problem",
            Message::CheckRequestKind => "About",
            Message::CheckSupportContract => "Support contract",
            Message::CheckTenantSize => "Licences in your tenant",
            Message::CheckDescription => "What happens",
            Message::CheckSeverity => "Severity",
            Message::CheckStarted => "Started",
            Message::CheckAffected => "Users or devices affected",
            Message::CheckPlatforms => "Platforms",
            Message::CheckErrorMessages => "Error messages",
            Message::CheckAlreadyTried => "Already tried",
            Message::CheckEscalation => "Looked at by",
            Message::CheckPreferredMethod => "Preferred contact",
            Message::NotGiven => "Not given",
            Message::ReadyHeading => "Your ticket is ready to file",
            Message::ReadyIntro => {
                "Everything the vendor needs is below: the severity, when to expect a first \
                 response, where to file it and the ticket text to paste."
            }
            Message::FiledHeading => "Ticket filed",
            Message::ReadySeverityHeading => "Severity",
            Message::ReadyResponseHeading => "Expected first response",
            Message::ResponseLeadDraft => "If you file it now, expect a first response",
            Message::ResponseLeadFiled => "Expect a first response",
            Message::SetByContract => "set by your contract",
            Message::ContractNote => {
                "These response times come from your contract, as entered by whoever maintains \
                 this page."
            }
            Message::ResponseExampleLead => "Example only, not a commitment: a first response",
            Message::ResponseExampleNote => {
                "Your support contract sets the real response times: look them up there. Until \
                 whoever maintains this page enters them, no due time or countdown is shown."
            }
            Message::ExpectedByContract => "as set in your support contract",
            Message::ResponseWindowProblem => {
                "The configured response times could not be worked out for this ticket, so no due \
                 time is shown. Ask whoever maintains this page to check its business calendars."
            }
            Message::DueNow => "Due now",
            Message::OverdueLabel => "Overdue",
            Message::TimelineIfFiledNow => "If filed now",
            Message::TimelineFiled => "Filed",
            Message::TimelineDue => "Response due",
            Message::TimelineLegendOpen => "Support open: the clock runs",
            Message::TimelineLegendClosed => "Support closed: the clock stops",
            Message::TimelineLegendNow => "Now",
            Message::ContactFirstHeading => "Who to contact first",
            Message::ContactFirstNoTier1 => {
                "Your support plan names no tier 1 contacts yet. Until it does, ask your helpdesk \
                 first."
            }
            Message::TicketTextHeading => "The ticket text",
            Message::TicketTextHint => "Paste this into the vendor's form, or keep a copy.",
            Message::CopyText => "Copy the ticket text",
            Message::Copied => "Copied. Paste it into the vendor's form.",
            Message::CopyRefused => {
                "Your browser did not allow copying. The text is selected instead: press Ctrl+C, or \
                 Cmd+C on a Mac, to copy it."
            }
            Message::DownloadMarkdown => "Download as Markdown",
            Message::DownloadPlainText => "Download as plain text",
            Message::DownloadJson => "Download as JSON",
            Message::DownloadRefused => "Your browser did not start the download.",
            Message::PrintTicket => "Print the ticket",
            Message::EmailTicket => "Email the ticket text",
            Message::EmailShortenedNote => {
                "[Shortened to fit in an email link. Copy or download the full text from Support \
                 Triage.]"
            }
            Message::FiledFormHeading => "Have you filed it?",
            Message::FiledNumberLabel => "The vendor's ticket number",
            Message::FiledNumberHint => {
                "It is in the vendor's confirmation, or in the list of service requests where you \
                 filed it."
            }
            Message::FiledNumberError => "Enter the ticket number the vendor gave you",
            Message::FiledButton => "I have filed it",
            Message::FiledChangeSummary => "Correct the number, or say it was not filed",
            Message::FiledCorrectLabel => "The vendor's ticket number, corrected",
            Message::FiledCorrectButton => "Save the corrected number",
            Message::FiledWithdrawButton => "It was not filed after all",
            Message::FiledHistoryHeading => "Earlier filings",
            Message::ReadyActionsHeading => "Copy, download or send it",
            Message::SeverityChosenByYou => "chosen by you",
            Message::ExportAllDrafts => "Download all drafts (JSON)",
            Message::ImportDrafts => "Import drafts from a file",
            Message::ImportDraftsHint => {
                "A file downloaded with \"Download all drafts\". Drafts you already have are only \
                 replaced by newer copies."
            }
            Message::ImportFailed => "The file could not be imported:",
            Message::ImportNotDraftsExport => "it is not a drafts export of Support Triage.",
            Message::ImportFileUnreadable => "the browser could not read the file.",
            Message::ImportedHeading => "Import finished",
            Message::ImportSkippedNewer => "skipped: a newer copy is already here",
            Message::ImportSkippedInvalid => "skipped: not a valid draft",
            Message::ImportSkippedNotSaved => "skipped: this browser refused to store it",
            Message::ClearAllDrafts => "Delete all drafts",
            Message::ClearAllConfirmHeading => "Delete every draft?",
            Message::ClearAllConfirmBody => {
                "This deletes every draft stored in this browser and cannot be undone. Download \
                 them first if you may need them."
            }
            Message::ClearAllConfirm => "Yes, delete all drafts",
            Message::Cancel => "Cancel",
            Message::CleanupHeading => "Old drafts",
            Message::CleanupBody => {
                "You can delete them to keep the list short. Nothing is deleted until you choose."
            }
            Message::CleanupConfirm => "Delete the old drafts",
            Message::MinutesUnit => "minutes",
            Message::PlanHeading => "Your support plan",
            Message::PlanCaption => "Support plan",
            Message::PlanIntro => {
                "Work through the sections in any order. Everything is saved on this device as you \
                 type, and new tickets use this plan for their escalation trail and contacts."
            }
            Message::PlanUsingDefault => {
                "You are starting from your organisation's default plan. Your changes are kept \
                 separately on this device."
            }
            Message::PlanCustomised => {
                "This plan has your changes. Your organisation's default plan is kept, and you can go \
                 back to it at any time."
            }
            Message::PlanSectionsHeading => "Sections of the plan",
            Message::PlanSectionTeams => "Teams and tiers",
            Message::PlanSectionTeamsHint => {
                "Who handles tiers 1 to 3, how to reach them, and the vendor as tier 4"
            }
            Message::PlanSectionEscalation => "Escalation workflow",
            Message::PlanSectionEscalationHint => {
                "How a problem travels between the tiers and back to the user"
            }
            Message::PlanSectionTraining => "Training",
            Message::PlanSectionTrainingHint => "Who is trained, how, and the agenda",
            Message::PlanSectionEarlyInvolvement => "Early involvement",
            Message::PlanSectionEarlyInvolvementHint => {
                "Bringing the helpdesk into planning and the pilot"
            }
            Message::PlanStatusNotStarted => "Not started",
            Message::PlanStatusInProgress => "In progress",
            Message::PlanStatusCompleted => "Completed",
            Message::PlanSaveAndReturn => "Save and return to the task list",
            Message::PlanSavedAsYouType => "Your changes are saved on this device as you type.",
            Message::PlanNotSavedQuota => {
                "Not saved: this browser's storage is full. Your plan is still here; download it as \
                 JSON to keep a copy."
            }
            Message::PlanNotSavedOther => {
                "Not saved: this browser refused to store the plan. Your plan is still here; download \
                 it as JSON to keep a copy."
            }
            Message::PlanUpdatedElsewhere => "Updated with changes made in another tab",
            Message::PlanRestoredAfterReset => {
                "The plan was reset to the default in another tab. Your changes here were saved again so \
                 nothing is lost."
            }
            Message::PlanMemoryOnly => {
                "This browser does not let us keep your plan, so it will be lost when you close the \
                 page. Download it to keep a copy."
            }
            Message::PlanConflictHeading => "The plan was changed in another tab",
            Message::PlanConflictBody => {
                "Another tab saved a newer version of the plan while you were editing here. Choose \
                 which version to keep; nothing is lost until you choose."
            }
            Message::PlanQuarantineHeading => "A saved plan could not be read",
            Message::PlanQuarantineBody => {
                "It is kept exactly as it was, and you are working from the default plan for now. \
                 View or download the stored text to recover what you need."
            }
            Message::PlanTeamsIntro => {
                "Say who supports your users at each tier. Tiers 1 and 2 are often the helpdesk; tier \
                 3 is usually the team that deployed the service. Leave a tier empty if your \
                 organisation does not have it."
            }
            Message::PlanTier1Hint => "Where users report problems first.",
            Message::PlanTier2Hint => "Investigates what tier 1 cannot solve.",
            Message::PlanTier3Hint => {
                "Finds the root cause, changes the service and works with the vendor."
            }
            Message::PlanTeamName => "Team name",
            Message::PlanTeamHours => "Hours",
            Message::PlanTeamHoursHint => "For example: Monday to Friday, 08:00 to 18:00",
            Message::PlanResponsibilities => "Responsibilities",
            Message::PlanOnePerLine => "One per line.",
            Message::PlanContactsHeading => "Contacts",
            Message::PlanNoContactsYet => "No contacts yet.",
            Message::PlanContactHint => "Give an email address, a phone number or both.",
            Message::PlanContactName => "Name",
            Message::PlanContactRole => "Role",
            Message::PlanContactEmail => "Email address",
            Message::PlanContactPhone => "Phone number",
            Message::PlanRemove => "Remove",
            Message::PlanVendorHint => {
                "The vendor's support is tier 4. These settings start from your organisation's \
                 configuration; change them only if your agreement differs."
            }
            Message::PlanVendorName => "Name of the vendor's support",
            Message::PlanVendorNameHint => {
                "As it should appear on the escalation path, for example: Microsoft support"
            }
            Message::PlanVendorChannel => "Channel used to reach the vendor",
            Message::PlanVendorChannelByRouting => {
                "Chosen for each request by its kind and your support contract"
            }
            Message::PlanVendorSupportContract => "Your support contract with the vendor",
            Message::PlanExtraTiersHeading => "Tier entries that do not fit",
            Message::PlanExtraTiersBody => {
                "These came with an imported plan. Each tier number from 1 to 3 can be used once, and \
                 the vendor is always tier 4. Remove the entries you do not need."
            }
            Message::PlanEscalationIntro => {
                "List the hand-overs in the order they happen, from the user's first report to the \
                 fix reaching the user. For each, say what is handed over and what information must \
                 travel with it."
            }
            Message::PlanEscalationEmpty => {
                "No steps yet. Start from the planning guide's example, a device that cannot enrol, \
                 which goes up to tier 3 and back to the user, then change it to fit your \
                 organisation."
            }
            Message::PlanUseExampleSteps => "Use the example steps",
            Message::PlanAddStep => "Add a step",
            Message::PlanStepFrom => "From",
            Message::PlanStepTo => "To",
            Message::PlanStepHandover => "What is handed over",
            Message::PlanStepHandoverHint => "For example: the request with what tier 2 found",
            Message::PlanStepInformation => "Information that must travel with it",
            Message::PlanMoveUp => "Move up",
            Message::PlanMoveDown => "Move down",
            Message::PlanPartyUser => "User",
            Message::PlanRolloutHeading => "First rollout phase",
            Message::PlanRolloutNote => "How the tiers work together during the first rollout phase",
            Message::PlanRolloutNoteHint => {
                "For example: tiers 1, 2 and 3 share one bridge call so that problems are seen and \
                 solved together."
            }
            Message::PlanTrainingIntro => {
                "Training is technical and pitched at the right level for each tier. Plan about two \
                 to three hours of lecture and labs."
            }
            Message::PlanTrainingApproachHeading => "Approach",
            Message::PlanTrainTheTrainer => "Train the trainer",
            Message::PlanTrainTheTrainerHint => {
                "The device-management team trains the helpdesk leads, who then train their own \
                 teams."
            }
            Message::PlanAudiencesHeading => "Who is trained",
            Message::PlanAudiencesHint => {
                "For each tier: who attends, what they need to learn, and when."
            }
            Message::PlanAudienceDescription => "Who attends and what they need to learn",
            Message::PlanAudienceDate => "Session date",
            Message::PlanAgendaHeading => "Agenda",
            Message::PlanAgendaEmpty => {
                "No agenda yet. Start from the sample agenda and adjust the topics and times."
            }
            Message::PlanUseSampleAgenda => "Use the sample agenda",
            Message::PlanAddAgendaItem => "Add an agenda item",
            Message::PlanAgendaTitle => "Topic",
            Message::PlanAgendaMinutes => "Length",
            Message::PlanAgendaWithin => "This is within the recommended length.",
            Message::PlanAgendaShorter => "This is shorter than recommended.",
            Message::PlanAgendaLonger => "This is longer than recommended.",
            Message::PlanEarlyIntro => {
                "Involve the helpdesk early, in deployment planning and in the pilot, so it is ready \
                 before users call. Tick each item when it is done."
            }
            Message::PlanEarlyEmpty => {
                "No checklist yet. Start from the suggested checklist or add your own items."
            }
            Message::PlanUseSuggestedChecklist => "Use the suggested checklist",
            Message::PlanChecklistLegend => "What has been done",
            Message::PlanAddOwnItemHeading => "Add your own item",
            Message::PlanNewChecklistItem => "New item",
            Message::PlanNewChecklistItemHint => "For example: Helpdesk leads review the runbook",
            Message::PlanNewChecklistItemError => "Enter the item to add",
            Message::PlanAddChecklistItem => "Add the item",
            Message::PlanPathHeading => "Escalation path",
            Message::PlanPathIntro => "Where a problem goes when a tier cannot solve it.",
            Message::PlanPathListLabel => "Escalation path, from first contact to the vendor",
            Message::PlanPathVendor => "Tier 4 (vendor)",
            Message::PlanPathNotNamed => "Not named yet",
            Message::PlanPathNoTiers => "Add your tiers under Teams and tiers to complete the path.",
            Message::PlanShareHeading => "Print or download the plan",
            Message::PlanShareBody => {
                "Print the plan for the helpdesk, download it as Markdown for a wiki or email, or as \
                 JSON to keep a copy or move it to another browser."
            }
            Message::PlanViewAndPrint => "View and print the plan",
            Message::PlanDownloadMarkdown => "Download as Markdown",
            Message::PlanDownloadJson => "Download as JSON",
            Message::PlanDownloadRefused => {
                "Your browser refused the download. Check whether it blocks downloads from this page."
            }
            Message::PlanImportHeading => "Import a plan",
            Message::PlanImportLabel => "Choose a plan file (JSON)",
            Message::PlanImportHint => {
                "A file made with Download as JSON, in this or another browser. It replaces the plan \
                 here; you can undo that straight after."
            }
            Message::PlanImportUnreadable => "The browser could not read the file.",
            Message::PlanUndoImport => "Undo the import",
            Message::PlanImportUndone => "The import was undone; the plan is as it was before.",
            Message::PlanResetHeading => "Start again from the default",
            Message::PlanResetBody => {
                "Go back to your organisation's default plan. You will be asked to confirm first."
            }
            Message::PlanResetButton => "Reset to the default plan",
            Message::PlanResetConfirmHeading => "Reset the plan to your organisation's default?",
            Message::PlanResetConfirmWarning => {
                "Your changes to the plan will be deleted from this browser. This cannot be undone."
            }
            Message::PlanResetConfirmBody => {
                "Download the plan first if you want to keep a copy of your changes."
            }
            Message::PlanResetConfirmYes => "Yes, reset the plan",
            Message::PlanDownloadJsonFirst => "Download as JSON first",
            Message::PlanWarningPrefix => "Warning:",
            Message::PlanResetDone => "The plan is back to your organisation's default.",
            Message::PlanResetFailed => {
                "The plan could not be reset because this browser refused to change its storage. Your \
                 plan is unchanged."
            }
            Message::PlanDocumentTitle => "Support plan",
            Message::PlanPrint => "Print the plan",
            Message::PlanBackToTaskList => "Back to the task list",
            Message::PlanDocumentNotGiven => "Not given",
            Message::PlanDocumentNoTiers => "No tiers defined yet.",
            Message::PlanDocumentStepsHeading => "Steps",
            Message::PlanDocumentNoSteps => "No steps defined yet.",
            Message::PlanDocumentInformation => "Information to pass on:",
            Message::PlanDocumentTrainTheTrainer => {
                "Train the trainer: the device-management team trains the helpdesk leads, who train \
                 their own teams."
            }
            Message::PlanDocumentDirectTraining => "Each tier is trained directly.",
            Message::PlanDocumentTier => "Tier",
            Message::PlanDocumentWho => "Who attends",
            Message::PlanDocumentLength => "Length",
            Message::PlanDocumentTotal => "Total",
            Message::PlanDocumentNoAgenda => "No agenda yet.",
            Message::PlanDocumentNoChecklist => "No items yet.",
            Message::PlanDocumentItem => "Item",
            Message::PlanDocumentStatus => "Status",
            Message::PlanDocumentDone => "Done",
            Message::PlanDocumentNotDone => "Not done yet",
            Message::HandoffHeading => "Send it to our helpdesk",
            Message::HandoffIntro => {
                "Your organisation's helpdesk can take the ticket from here. It receives the \
                 ticket as it is shown above; nothing else leaves this browser."
            }
            Message::HandoffSend => "Send to our helpdesk",
            Message::HandoffSendAgain => "Send to our helpdesk again",
            Message::HandoffResendWarning => "This ticket is already in your helpdesk. Sending it again creates a second ticket there.",
            Message::HandoffResendConfirm => "Yes, send a second ticket",
            Message::HandoffSending => "Sending…",
            Message::HandoffSent => "Sent to the helpdesk:",
            Message::HandoffRefused => {
                "The helpdesk did not accept the ticket. Your draft is unchanged; ask your \
                 helpdesk what it expects, then try again."
            }
            Message::HandoffServerError => {
                "The helpdesk had a problem receiving the ticket. Your draft is safe; try again \
                 in a moment."
            }
            Message::HandoffUnreachable => {
                "The helpdesk could not be reached. Check your connection; your draft is safe \
                 and you can try again."
            }
            Message::HandoffTimedOut => {
                "The helpdesk did not answer within 15 seconds. Your draft is safe; try again."
            }
            Message::HandoffEmail => "Email it to our helpdesk",
            Message::HandoffNeedsEmail => {
                "The helpdesk needs your email address to reply. Add it to the ticket's contact \
                 details, then send the ticket again."
            }
            Message::HandoffNotEnabled => {
                "The helpdesk does not accept tickets from this page yet: its web form or anonymous \
                 requests are switched off. Your draft is safe; ask the helpdesk's administrator to \
                 switch them on."
            }
            Message::HandoffTryLater => {
                "The helpdesk is not taking tickets from this page just now, perhaps because many \
                 were sent recently. Your draft is safe; try again later."
            }
            Message::HandoffUnexpectedAnswer => {
                "The helpdesk answered, but not in a way that shows the ticket was created. Check \
                 with your helpdesk before you send it again."
            }
            Message::TicketLanguageLabel => "Language of the ticket",
            Message::TicketLanguageHint => {
                "Write the ticket in a language the support channel reads. Languages it reads \
                 are marked with ✓."
            }
            Message::DraftsPagesLabel => "Pages of the drafts list",
            Message::PreviousPage => "Previous page",
            Message::NextPage => "Next page",
            Message::PageLoading => "Loading this page…",
            Message::PageLoadFailedTitle => "This page could not be loaded",
            Message::PageLoadFailed => "Your drafts are safe on this device. Check the connection, then try again.",
            Message::PageLoadRetry => "Try again",
            Message::LanguageLoadFailed => "That language could not be loaded. Check the connection, then choose it again.",
        }
    }

    fn tier_label(&self, number: u8) -> String {
        format!("Tier {number}")
    }

    fn tier_with_team(&self, number: u8, team: &str) -> String {
        if team.is_empty() {
            format!("Tier {number}")
        } else {
            format!("Tier {number} ({team})")
        }
    }

    fn tier_with_name(&self, number: u8, team: &str) -> String {
        if team.is_empty() {
            format!("Tier {number}")
        } else {
            format!("Tier {number}: {team}")
        }
    }

    fn vendor_party(&self, name: &str) -> String {
        if name.is_empty() {
            "The vendor (tier 4)".to_owned()
        } else {
            format!("{name} (vendor, tier 4)")
        }
    }

    fn vendor_tier_heading(&self) -> String {
        "Tier 4: the vendor".to_owned()
    }

    fn vendor_tier_with_name(&self, name: &str) -> String {
        if name.is_empty() {
            self.vendor_tier_heading()
        } else {
            format!("Tier 4: {name} (vendor)")
        }
    }

    fn add_contact_to(&self, tier: u8) -> String {
        format!("Add a contact to tier {tier}")
    }

    fn contact_label(&self, number: usize) -> String {
        format!("Contact {number}")
    }

    fn contact_reference(&self, number: usize, tier: u8) -> String {
        format!("contact {number} of tier {tier}")
    }

    fn contact_removed(&self, number: usize, tier: u8) -> String {
        format!("Contact {number} of tier {tier} removed.")
    }

    fn contacts_of_tier(&self, tier: u8) -> String {
        format!("Contacts of tier {tier}")
    }

    fn step_label(&self, number: usize) -> String {
        format!("Step {number}")
    }

    fn step_reference(&self, number: usize) -> String {
        format!("step {number}")
    }

    fn step_moved(&self, from: usize, to: usize) -> String {
        format!("Step {from} is now step {to}.")
    }

    fn step_removed(&self, number: usize) -> String {
        format!("Step {number} removed.")
    }

    fn example_steps_added(&self, count: usize) -> String {
        format!("{} added.", plural(count as u64, "example step", "example steps"))
    }

    fn agenda_item_label(&self, number: usize) -> String {
        format!("Agenda item {number}")
    }

    fn agenda_item_reference(&self, number: usize) -> String {
        format!("agenda item {number}")
    }

    fn agenda_item_moved(&self, from: usize, to: usize) -> String {
        format!("Agenda item {from} is now agenda item {to}.")
    }

    fn agenda_item_removed(&self, number: usize) -> String {
        format!("Agenda item {number} removed.")
    }

    fn sample_agenda_added(&self, count: usize) -> String {
        format!("{} added from the sample.", plural(count as u64, "agenda item", "agenda items"))
    }

    fn suggested_checklist_added(&self, count: usize) -> String {
        format!("{} added.", plural(count as u64, "suggested item", "suggested items"))
    }

    fn checklist_item_added(&self, label: &str) -> String {
        format!("Added: {label}")
    }

    fn checklist_item_removed(&self, label: &str) -> String {
        format!("Removed: {label}")
    }

    fn checklist_item_reference(&self, label: &str) -> String {
        format!("“{label}”")
    }

    fn tier_entry(&self, index: usize, number: u8, team: &str) -> String {
        if team.trim().is_empty() {
            format!("Entry {index}: tier {number}, no team name")
        } else {
            format!("Entry {index}: tier {number}, {}", team.trim())
        }
    }

    fn remove_tier_entry(&self, index: usize) -> String {
        format!("Remove entry {index}")
    }

    fn tier_entry_removed(&self, index: usize) -> String {
        format!("Entry {index} removed.")
    }

    fn unknown_channel(&self, id: &str) -> String {
        format!("A channel this page does not offer ({id})")
    }

    fn import_succeeded(&self, file_name: &str) -> String {
        format!("The plan was imported from {file_name}.")
    }

    fn import_failed(&self, file_name: &str, detail: &str) -> String {
        format!("{file_name} could not be imported. {detail}")
    }

    fn import_too_large(&self, file_name: &str) -> String {
        format!(
            "{file_name} could not be imported. It is far larger than a plan exported by Support \
             Triage; choose the file made with Download as JSON."
        )
    }

    fn numbered_heading(&self, number: usize, title: &str) -> String {
        format!("{number}. {title}")
    }

    fn path_stop(&self, heading: &str, name: &str) -> String {
        format!("{heading}: {name}")
    }

    fn sections_completed(&self, completed: usize, total: usize) -> String {
        format!("You have completed {completed} of {total} sections.")
    }

    fn step_from_to(&self, from: &str, to: &str) -> String {
        format!("{from} to {to}")
    }

    fn training_total(&self, minutes: u32) -> String {
        format!("Total: {}", super::Locale::English.duration(minutes))
    }

    fn training_recommended(&self, minimum_minutes: u32, maximum_minutes: u32) -> String {
        let locale = super::Locale::English;
        format!(
            "The recommended length is between {} and {}.",
            locale.duration(minimum_minutes),
            locale.duration(maximum_minutes)
        )
    }

    fn drafts_shown(&self, first: usize, last: usize, total: usize) -> String {
        format!("Drafts {first} to {last} of {total}")
    }

    fn page_of(&self, page: usize, total: usize) -> String {
        format!("Page {page} of {total}")
    }
}
