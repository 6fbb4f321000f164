//! English, the reference language.

use super::Message;

pub(super) fn step_of(step: usize, total: usize) -> String {
    format!("Step {step} of {total}")
}

fn plural(count: u64, one: &str, other: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { other })
}

pub(super) fn hours(hours: u32) -> String {
    plural(u64::from(hours), "hour", "hours")
}

pub(super) fn minutes(minutes: u32) -> String {
    plural(u64::from(minutes), "minute", "minutes")
}

pub(super) fn drafts_count(count: usize) -> String {
    plural(count as u64, "draft", "drafts")
}

pub(super) fn deleted_count(count: usize) -> String {
    format!("{} deleted.", plural(count as u64, "draft", "drafts"))
}

pub(super) fn imported_count(count: usize) -> String {
    format!("Imported {}.", plural(count as u64, "draft", "drafts"))
}

pub(super) fn old_drafts(count: usize, days: u32) -> String {
    format!(
        "{} not changed for more than {}.",
        plural(count as u64, "draft has", "drafts have"),
        plural(u64::from(days), "day", "days")
    )
}

pub(super) fn text(message: Message) -> &'static str {
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
        Message::No => "No",
        Message::Change => "Change",
        Message::PlanComingSoon => "The support plan builder is on its way.",
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
        Message::DidThisSolveIt => "Did these resources solve your problem?",
        Message::DidThisSolveItError => "Select yes if the resources solved your problem",
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
        Message::KindConfigurationManager => "Configuration Manager or Endpoint Protection",
        Message::KindConfigurationManagerHint => {
            "These products are supported through a separate channel."
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
        Message::CustomerPlanQuestion => "Which support plan does your organisation have?",
        Message::CustomerPlanError => "Select your organisation's support plan",
        Message::PlanProfessional => "Professional (subscription support)",
        Message::PlanProfessionalHint => "Support included with your subscription.",
        Message::PlanPremier => "Premier",
        Message::PlanPremierHint => {
            "A Premier support contract with its own portal and response times."
        }
        Message::PlanSmallTenant => "Fewer than 100 licences",
        Message::PlanSmallTenantHint => "Smaller organisations get a simpler way to ask for help.",
        Message::RoutingHeading => "Where this request goes",
        Message::RoutingWhere => "Where",
        Message::RoutingCategory => "Category",
        Message::RoutingSteps => "How to open it",
        Message::RoutingCallBack => "You can ask to be called back instead of writing a ticket.",
        Message::RoutingLanguages => "Online support is offered in",
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
        Message::StatusDraft => "Draft",
        Message::StatusFiled => "Filed",
        Message::StatusSelfSolved => "Solved with self-help",
        Message::Open => "Open",
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
        Message::QuarantineShowText => "Show the stored text",
        Message::QuarantineDownload => "Download the stored text",
        Message::ProblemHeading => "Describe one problem",
        Message::ProblemIntro => {
            "A ticket covers exactly one problem. Problems that can be told apart are solved \
             faster as tickets of their own, and opening more tickets costs nothing extra."
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
             contact details and plan copied."
        }
        Message::SplitIntoDrafts => "Split into separate drafts",
        Message::ExportAllDrafts => "Download all drafts (JSON)",
        Message::ImportDrafts => "Import drafts from a file",
        Message::ImportDraftsHint => {
            "A file downloaded with \"Download all drafts\". Drafts you already have are only \
             replaced by newer copies."
        }
        Message::ImportFailed => "The file could not be imported:",
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
        Message::SplitDone => {
            "Done: this draft now holds the first problem. The others are in your drafts list, \
             linked to this one."
        }
    }
}
