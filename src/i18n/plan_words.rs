//! The plan document's words in every interface language: the printed document (the plan
//! builder's document page) and the Markdown download say the same things.

use super::{Locale, Message};
use crate::domain::plan::{Party, Section, SupportPlan};
use crate::domain::plan_markdown::{PlanDocumentWords, PlanLabel};
use crate::domain::request::{SupportContract, TenantSize};

impl Locale {
    /// A side of an escalation step with the name the plan gives it: "Tier 2 (Service desk)",
    /// "Microsoft support (vendor, tier 4)".
    pub fn party_name(self, plan: &SupportPlan, party: Party) -> String {
        match party {
            Party::User => self.text(Message::PlanPartyUser).to_owned(),
            Party::Tier(number) => {
                let team = plan.tier(number).map(|tier| tier.team_name.trim()).unwrap_or_default();
                self.tier_with_team(number, team)
            }
            Party::Vendor => self.vendor_party(plan.vendor.name.trim()),
        }
    }
}

/// The message that names a section of the plan.
pub fn section_message(section: Section) -> Message {
    match section {
        Section::Teams => Message::PlanSectionTeams,
        Section::Escalation => Message::PlanSectionEscalation,
        Section::Training => Message::PlanSectionTraining,
        Section::EarlyInvolvement => Message::PlanSectionEarlyInvolvement,
    }
}

/// The message that names a support contract.
pub fn support_contract_message(contract: SupportContract) -> Message {
    match contract {
        SupportContract::Professional => Message::ContractProfessional,
        SupportContract::Premier => Message::ContractPremier,
    }
}

/// The message that names a tenant size.
pub fn tenant_size_message(size: TenantSize) -> Message {
    match size {
        TenantSize::FewerThan100 => Message::TenantFewerThan100,
        TenantSize::HundredOrMore => Message::TenantHundredOrMore,
    }
}

fn label_message(label: PlanLabel) -> Message {
    match label {
        PlanLabel::Title => Message::PlanDocumentTitle,
        PlanLabel::NoTiers => Message::PlanDocumentNoTiers,
        PlanLabel::Hours => Message::PlanTeamHours,
        PlanLabel::Responsibilities => Message::PlanResponsibilities,
        PlanLabel::NoContactsYet => Message::PlanNoContactsYet,
        PlanLabel::ContactName => Message::PlanContactName,
        PlanLabel::ContactRole => Message::PlanContactRole,
        PlanLabel::ContactEmail => Message::PlanContactEmail,
        PlanLabel::ContactPhone => Message::PlanContactPhone,
        PlanLabel::VendorChannel => Message::PlanVendorChannel,
        PlanLabel::SupportContract => Message::PlanVendorSupportContract,
        PlanLabel::TenantSize => Message::CheckTenantSize,
        PlanLabel::StepsHeading => Message::PlanDocumentStepsHeading,
        PlanLabel::NoSteps => Message::PlanDocumentNoSteps,
        PlanLabel::Information => Message::PlanDocumentInformation,
        PlanLabel::RolloutHeading => Message::PlanRolloutHeading,
        PlanLabel::TrainingApproach => Message::PlanTrainingApproachHeading,
        PlanLabel::TrainTheTrainer => Message::PlanDocumentTrainTheTrainer,
        PlanLabel::DirectTraining => Message::PlanDocumentDirectTraining,
        PlanLabel::AudiencesHeading => Message::PlanAudiencesHeading,
        PlanLabel::AgendaHeading => Message::PlanAgendaHeading,
        PlanLabel::AgendaTopic => Message::PlanAgendaTitle,
        PlanLabel::Length => Message::PlanDocumentLength,
        PlanLabel::Total => Message::PlanDocumentTotal,
        PlanLabel::NoAgenda => Message::PlanDocumentNoAgenda,
        PlanLabel::NoChecklist => Message::PlanDocumentNoChecklist,
    }
}

impl PlanDocumentWords for Locale {
    fn label(&self, label: PlanLabel) -> &'static str {
        self.text(label_message(label))
    }

    fn section(&self, section: Section) -> &'static str {
        self.text(section_message(section))
    }

    fn support_contract(&self, contract: SupportContract) -> &'static str {
        self.text(support_contract_message(contract))
    }

    fn tenant_size(&self, size: TenantSize) -> &'static str {
        self.text(tenant_size_message(size))
    }

    fn field_separator(&self) -> &'static str {
        self.export_labels().field_separator
    }

    fn numbered_heading(&self, number: usize, title: &str) -> String {
        (**self).numbered_heading(number, title)
    }

    fn tier_with_name(&self, number: u8, team: &str) -> String {
        (**self).tier_with_name(number, team)
    }

    fn vendor_tier_with_name(&self, name: &str) -> String {
        (**self).vendor_tier_with_name(name)
    }

    fn tier_label(&self, number: u8) -> String {
        (**self).tier_label(number)
    }

    fn party(&self, plan: &SupportPlan, party: Party) -> String {
        self.party_name(plan, party)
    }

    fn step_from_to(&self, from: &str, to: &str) -> String {
        (**self).step_from_to(from, to)
    }

    fn duration(&self, minutes: u32) -> String {
        Locale::duration(*self, minutes)
    }

    fn training_recommended(&self, minimum_minutes: u32, maximum_minutes: u32) -> String {
        (**self).training_recommended(minimum_minutes, maximum_minutes)
    }
}
