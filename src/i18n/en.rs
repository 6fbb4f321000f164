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

pub(super) fn drafts_shown(first: usize, last: usize, total: usize) -> String {
    format!("Drafts {first} to {last} of {total}")
}

pub(super) fn page_of(page: usize, total: usize) -> String {
    format!("Page {page} of {total}")
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
        Message::PlanVendorChannelByRouting => "Chosen for each request by its kind and plan",
        Message::PlanVendorCustomerPlan => "Your support plan with the vendor",
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
        Message::DraftsPagesLabel => "Pages of the drafts list",
        Message::PreviousPage => "Previous page",
        Message::NextPage => "Next page",
    }
}

// The support plan builder.

pub(super) fn tier_label(number: u8) -> String {
    format!("Tier {number}")
}

pub(super) fn tier_with_team(number: u8, team: &str) -> String {
    if team.is_empty() {
        format!("Tier {number}")
    } else {
        format!("Tier {number} ({team})")
    }
}

pub(super) fn tier_with_name(number: u8, team: &str) -> String {
    if team.is_empty() {
        format!("Tier {number}")
    } else {
        format!("Tier {number}: {team}")
    }
}

pub(super) fn vendor_party(name: &str) -> String {
    if name.is_empty() {
        "The vendor (tier 4)".to_owned()
    } else {
        format!("{name} (vendor, tier 4)")
    }
}

pub(super) fn vendor_tier_heading() -> String {
    "Tier 4: the vendor".to_owned()
}

pub(super) fn vendor_tier_with_name(name: &str) -> String {
    if name.is_empty() {
        vendor_tier_heading()
    } else {
        format!("Tier 4: {name} (vendor)")
    }
}

pub(super) fn add_contact_to(tier: u8) -> String {
    format!("Add a contact to tier {tier}")
}

pub(super) fn contact_label(number: usize) -> String {
    format!("Contact {number}")
}

pub(super) fn contact_reference(number: usize, tier: u8) -> String {
    format!("contact {number} of tier {tier}")
}

pub(super) fn contact_removed(number: usize, tier: u8) -> String {
    format!("Contact {number} of tier {tier} removed.")
}

pub(super) fn contacts_of_tier(tier: u8) -> String {
    format!("Contacts of tier {tier}")
}

pub(super) fn step_label(number: usize) -> String {
    format!("Step {number}")
}

pub(super) fn step_reference(number: usize) -> String {
    format!("step {number}")
}

pub(super) fn step_moved(from: usize, to: usize) -> String {
    format!("Step {from} is now step {to}.")
}

pub(super) fn step_removed(number: usize) -> String {
    format!("Step {number} removed.")
}

pub(super) fn example_steps_added(count: usize) -> String {
    format!("{} added.", plural(count as u64, "example step", "example steps"))
}

pub(super) fn agenda_item_label(number: usize) -> String {
    format!("Agenda item {number}")
}

pub(super) fn agenda_item_reference(number: usize) -> String {
    format!("agenda item {number}")
}

pub(super) fn agenda_item_moved(from: usize, to: usize) -> String {
    format!("Agenda item {from} is now agenda item {to}.")
}

pub(super) fn agenda_item_removed(number: usize) -> String {
    format!("Agenda item {number} removed.")
}

pub(super) fn sample_agenda_added(count: usize) -> String {
    format!("{} added from the sample.", plural(count as u64, "agenda item", "agenda items"))
}

pub(super) fn suggested_checklist_added(count: usize) -> String {
    format!("{} added.", plural(count as u64, "suggested item", "suggested items"))
}

pub(super) fn checklist_item_added(label: &str) -> String {
    format!("Added: {label}")
}

pub(super) fn checklist_item_removed(label: &str) -> String {
    format!("Removed: {label}")
}

pub(super) fn checklist_item_reference(label: &str) -> String {
    format!("“{label}”")
}

pub(super) fn tier_entry(index: usize, number: u8, team: &str) -> String {
    if team.trim().is_empty() {
        format!("Entry {index}: tier {number}, no team name")
    } else {
        format!("Entry {index}: tier {number}, {}", team.trim())
    }
}

pub(super) fn remove_tier_entry(index: usize) -> String {
    format!("Remove entry {index}")
}

pub(super) fn tier_entry_removed(index: usize) -> String {
    format!("Entry {index} removed.")
}

pub(super) fn unknown_channel(id: &str) -> String {
    format!("A channel this page does not offer ({id})")
}

pub(super) fn import_succeeded(file_name: &str) -> String {
    format!("The plan was imported from {file_name}.")
}

pub(super) fn import_failed(file_name: &str, detail: &str) -> String {
    format!("{file_name} could not be imported. {detail}")
}

pub(super) fn import_too_large(file_name: &str) -> String {
    format!(
        "{file_name} could not be imported. It is far larger than a plan exported by Support \
         Triage; choose the file made with Download as JSON."
    )
}

pub(super) fn numbered_heading(number: usize, title: &str) -> String {
    format!("{number}. {title}")
}

pub(super) fn path_stop(heading: &str, name: &str) -> String {
    format!("{heading}: {name}")
}

pub(super) fn sections_completed(completed: usize, total: usize) -> String {
    format!("You have completed {completed} of {total} sections.")
}

pub(super) fn step_from_to(from: &str, to: &str) -> String {
    format!("{from} to {to}")
}

pub(super) fn training_total(minutes: u32) -> String {
    format!("Total: {}", super::Locale::English.duration(minutes))
}

pub(super) fn training_recommended(minimum_minutes: u32, maximum_minutes: u32) -> String {
    let locale = super::Locale::English;
    format!(
        "The recommended length is between {} and {}.",
        locale.duration(minimum_minutes),
        locale.duration(maximum_minutes)
    )
}
