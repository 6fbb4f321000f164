//! The interface's words for the domain's values.

use crate::domain::request::{RequestKind, SupportContract, TenantSize};
use crate::domain::severity::{BusinessImpact, Level, Reason, Scope, Usability, Workaround};
use crate::domain::ticket::ContactMethod;
use crate::domain::ticket::TicketStatus;
use crate::i18n::{Locale, Message};
use crate::store::drafts::{BundleError, BUNDLE_VERSION};
use crate::store::quarantine::{QuarantineReason, UnreadableReason};

pub fn kind_label(kind: RequestKind) -> Message {
    match kind {
        RequestKind::Technical => Message::KindTechnical,
        RequestKind::BillingLicensingAccount => Message::KindBilling,
        RequestKind::IntuneWithConfigurationManager => Message::KindConfigurationManagerWithService,
        RequestKind::StandaloneConfigurationManager => Message::KindConfigurationManagerStandalone,
        RequestKind::VolumeLicensing => Message::KindVolumeLicensing,
        RequestKind::FeatureRequest => Message::KindFeatureRequest,
    }
}

pub fn kind_hint(kind: RequestKind) -> Message {
    match kind {
        RequestKind::Technical => Message::KindTechnicalHint,
        RequestKind::BillingLicensingAccount => Message::KindBillingHint,
        RequestKind::IntuneWithConfigurationManager => {
            Message::KindConfigurationManagerWithServiceHint
        }
        RequestKind::StandaloneConfigurationManager => {
            Message::KindConfigurationManagerStandaloneHint
        }
        RequestKind::VolumeLicensing => Message::KindVolumeLicensingHint,
        RequestKind::FeatureRequest => Message::KindFeatureRequestHint,
    }
}

pub fn contract_hint(contract: SupportContract) -> Message {
    match contract {
        SupportContract::Professional => Message::ContractProfessionalHint,
        SupportContract::Premier => Message::ContractPremierHint,
    }
}

pub fn tenant_size_hint(size: TenantSize) -> Option<Message> {
    match size {
        TenantSize::FewerThan100 => Some(Message::TenantFewerThan100Hint),
        TenantSize::HundredOrMore => None,
    }
}

pub fn level_label(level: Level) -> Message {
    match level {
        Level::Critical => Message::LevelCritical,
        Level::Moderate => Message::LevelModerate,
        Level::Minimal => Message::LevelMinimal,
    }
}

pub fn status_label(status: &TicketStatus) -> Message {
    match status {
        TicketStatus::Draft => Message::StatusDraft,
        TicketStatus::SelfSolved => Message::StatusSelfSolved,
        TicketStatus::Filed { .. } => Message::StatusFiled,
    }
}

/// The lead-in of a level's reasons: "Critical because".
pub fn because_lead(level: Level) -> Message {
    match level {
        Level::Critical => Message::BecauseCritical,
        Level::Moderate => Message::BecauseModerate,
        Level::Minimal => Message::BecauseMinimal,
    }
}

pub fn reason_label(reason: Reason) -> Message {
    match reason {
        Reason::ServiceUnusable => Message::ReasonServiceUnusable,
        Reason::SevereBusinessImpact => Message::ReasonSevereBusinessImpact,
        Reason::WorseThanBefore => Message::ReasonWorseThanBefore,
        Reason::UsabilityNotKnown => Message::ReasonUsabilityNotKnown,
        Reason::ScopeNotKnown => Message::ReasonScopeNotKnown,
        Reason::ModerateBusinessImpact => Message::ReasonModerateBusinessImpact,
        Reason::BusinessImpactNotKnown => Message::ReasonBusinessImpactNotKnown,
        Reason::MinorInconvenience => Message::ReasonMinorInconvenience,
        Reason::NobodyAffectedYet => Message::ReasonNobodyAffectedYet,
        Reason::MinimalBusinessImpact => Message::ReasonMinimalBusinessImpact,
        Reason::ManyAffected => Message::ReasonManyAffected,
        Reason::OneAffected => Message::ReasonOneAffected,
        Reason::NoWorkaround => Message::ReasonNoWorkaround,
        Reason::AcceptableWorkaround => Message::ReasonAcceptableWorkaround,
        Reason::WorkaroundNotKnown => Message::ReasonWorkaroundNotKnown,
        Reason::CriticalNeedsKnownAnswers => Message::ReasonCriticalNeedsKnownAnswers,
    }
}

pub fn usability_label(answer: Usability) -> Message {
    match answer {
        Usability::Unusable => Message::UsabilityUnusable,
        Usability::WorseThanBefore => Message::UsabilityWorseThanBefore,
        Usability::MinorInconvenience => Message::UsabilityMinorInconvenience,
        Usability::DontKnow => Message::DontKnow,
    }
}

pub fn scope_label(answer: Scope) -> Message {
    match answer {
        Scope::ManyUsersOrServices => Message::ScopeMany,
        Scope::OneUserCustomerOrService => Message::ScopeOne,
        Scope::NobodyYet => Message::ScopeNobodyYet,
        Scope::DontKnow => Message::DontKnow,
    }
}

pub fn business_impact_label(answer: BusinessImpact) -> Message {
    match answer {
        BusinessImpact::SevereOrDeadlineAtRisk => Message::BusinessSevere,
        BusinessImpact::ModerateCanWaitForBusinessHours => Message::BusinessModerate,
        BusinessImpact::Minimal => Message::BusinessMinimal,
        BusinessImpact::DontKnow => Message::DontKnow,
    }
}

pub fn workaround_label(answer: Workaround) -> Message {
    match answer {
        Workaround::AcceptableWorkaround => Message::WorkaroundAcceptable,
        Workaround::NoWorkaround => Message::WorkaroundNone,
        Workaround::DontKnow => Message::DontKnow,
    }
}

pub fn contact_method_label(method: ContactMethod) -> Message {
    match method {
        ContactMethod::Email => Message::MethodEmail,
        ContactMethod::Phone => Message::MethodPhone,
    }
}

/// Why text was set aside, completing "Could not be read:".
pub fn quarantine_reason_text(locale: Locale, reason: &QuarantineReason) -> String {
    let message = match reason {
        QuarantineReason::SetAsideEarlier => Message::UnreadableSetAsideEarlier,
        QuarantineReason::Unreadable(reason) => match reason {
            UnreadableReason::NotJson(_) => Message::UnreadableNotJson,
            UnreadableReason::WrongSchema(_) => Message::UnreadableNotOurs,
            UnreadableReason::FutureVersion { found, readable } => {
                return locale.saved_by_newer_version(*found, *readable);
            }
            UnreadableReason::Invalid(_) => Message::UnreadableDamaged,
            UnreadableReason::RevisionOutOfRange(_) => Message::UnreadableRevisionOutOfRange,
            UnreadableReason::IdMismatch => Message::UnreadableIdMismatch,
        },
    };
    locale.text(message).to_owned()
}

/// Why a drafts file could not be imported, completing "The file could not be imported:".
pub fn bundle_error_text(locale: Locale, error: &BundleError) -> String {
    match error {
        BundleError::NotJson(_) => locale.text(Message::UnreadableNotJson).to_owned(),
        BundleError::WrongSchema => locale.text(Message::ImportNotDraftsExport).to_owned(),
        BundleError::NewerVersion(found) => locale.saved_by_newer_version(*found, BUNDLE_VERSION),
    }
}
