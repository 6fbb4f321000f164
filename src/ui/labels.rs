//! The interface's words for the domain's values.

use crate::domain::routing::{CustomerPlan, RequestKind};
use crate::domain::severity::Level;
use crate::domain::ticket::TicketStatus;
use crate::i18n::Message;

pub fn kind_label(kind: RequestKind) -> Message {
    match kind {
        RequestKind::Technical => Message::KindTechnical,
        RequestKind::BillingLicensingAccount => Message::KindBilling,
        RequestKind::ConfigurationManagerOrEndpointProtection => Message::KindConfigurationManager,
        RequestKind::VolumeLicensing => Message::KindVolumeLicensing,
        RequestKind::FeatureRequest => Message::KindFeatureRequest,
    }
}

pub fn kind_hint(kind: RequestKind) -> Message {
    match kind {
        RequestKind::Technical => Message::KindTechnicalHint,
        RequestKind::BillingLicensingAccount => Message::KindBillingHint,
        RequestKind::ConfigurationManagerOrEndpointProtection => {
            Message::KindConfigurationManagerHint
        }
        RequestKind::VolumeLicensing => Message::KindVolumeLicensingHint,
        RequestKind::FeatureRequest => Message::KindFeatureRequestHint,
    }
}

pub fn plan_label(plan: CustomerPlan) -> Message {
    match plan {
        CustomerPlan::Professional => Message::PlanProfessional,
        CustomerPlan::Premier => Message::PlanPremier,
        CustomerPlan::SmallTenant => Message::PlanSmallTenant,
    }
}

pub fn plan_hint(plan: CustomerPlan) -> Message {
    match plan {
        CustomerPlan::Professional => Message::PlanProfessionalHint,
        CustomerPlan::Premier => Message::PlanPremierHint,
        CustomerPlan::SmallTenant => Message::PlanSmallTenantHint,
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
