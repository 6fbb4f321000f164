//! English, the reference language.

use super::Message;

/// Every message, so tests can walk them all. Kept next to the exhaustive `match` below.
#[cfg(test)]
pub(super) const ALL_MESSAGES: &[Message] = &[
    Message::AppName,
    Message::LandingLead,
    Message::LandingTicketHeading,
    Message::LandingTicketBody,
    Message::LandingStartTicket,
    Message::LandingPlanHeading,
    Message::LandingPlanBody,
    Message::LandingStartPlan,
    Message::Back,
    Message::Continue,
    Message::StepOneOfSeven,
    Message::ProblemTitleQuestion,
    Message::ProblemTitleHint,
    Message::PlanComingSoon,
    Message::SavedStatus,
    Message::NotSavedStatus,
    Message::MemoryOnlyNotice,
    Message::PanicHeading,
    Message::PanicBody,
];

pub(super) fn text(message: Message) -> &'static str {
    match message {
        Message::AppName => "Support Triage",
        Message::LandingLead => {
            "Get the right help faster: prepare one clear support ticket per problem, and plan \
             who in your organisation handles what before it reaches the vendor."
        }
        Message::LandingTicketHeading => "Prepare a support ticket",
        Message::LandingTicketBody => {
            "Check self-help first, find the right channel, work out how severe the problem is \
             and when to expect a first response, then copy or download a complete ticket."
        }
        Message::LandingStartTicket => "Start a ticket",
        Message::LandingPlanHeading => "Plan your organisation's support",
        Message::LandingPlanBody => {
            "Decide who handles tiers 1 to 3, how problems are escalated to the vendor, and how \
             the helpdesk is trained and involved early."
        }
        Message::LandingStartPlan => "Open the support plan",
        Message::Back => "Back",
        Message::Continue => "Continue",
        Message::StepOneOfSeven => "Step 1 of 7",
        Message::ProblemTitleQuestion => "What is the problem, in a few words?",
        Message::ProblemTitleHint => {
            "Describe one problem only, for example: Android devices cannot enrol since Monday."
        }
        Message::PlanComingSoon => "The support plan builder is on its way.",
        Message::SavedStatus => "Saved on this device",
        Message::NotSavedStatus => "Not saved: this browser refused to store your draft.",
        Message::MemoryOnlyNotice => {
            "This browser does not let us keep drafts, so they will be lost when you close the \
             page. Copy anything you need before leaving."
        }
        Message::PanicHeading => "Something went wrong",
        Message::PanicBody => {
            "Support Triage hit an internal error and stopped. Your last saved draft is still \
             stored in this browser; reload the page to continue."
        }
    }
}
