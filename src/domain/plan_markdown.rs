//! The support plan as Markdown, in the words of one language.
//!
//! The document has the parts and order of the printed plan (the plan builder's document page):
//! the teams with their contacts, the vendor, the escalation steps, training and early
//! involvement. Its words come from a [`PlanDocumentWords`], which `i18n` gives for every
//! interface language, so a Polish admin downloads a Polish document. Every piece of user text
//! is escaped, so it cannot change the document's structure or inject HTML.

use crate::domain::markdown::escape_markdown_text;
use crate::domain::plan::{
    Party, Section, SupportPlan, Tier, RECOMMENDED_TRAINING_MAXIMUM_MINUTES,
    RECOMMENDED_TRAINING_MINIMUM_MINUTES,
};
use crate::domain::request::{SupportContract, TenantSize};

/// A fixed word or phrase of the plan document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanLabel {
    Title,
    NoTiers,
    Hours,
    Responsibilities,
    NoContactsYet,
    ContactName,
    ContactRole,
    ContactEmail,
    ContactPhone,
    VendorChannel,
    SupportContract,
    TenantSize,
    StepsHeading,
    NoSteps,
    Information,
    RolloutHeading,
    TrainingApproach,
    TrainTheTrainer,
    DirectTraining,
    AudiencesHeading,
    AgendaHeading,
    AgendaTopic,
    Length,
    Total,
    NoAgenda,
    NoChecklist,
}

/// The words of the plan document in one language.
pub trait PlanDocumentWords {
    fn label(&self, label: PlanLabel) -> &'static str;
    fn section(&self, section: Section) -> &'static str;
    fn support_contract(&self, contract: SupportContract) -> &'static str;
    fn tenant_size(&self, size: TenantSize) -> &'static str;
    /// Between a field name and its value: `": "`, or `"："` in Chinese and Japanese.
    fn field_separator(&self) -> &'static str;
    /// "1. Support teams".
    fn numbered_heading(&self, number: usize, title: &str) -> String;
    /// "Tier 2: Service desk".
    fn tier_with_name(&self, number: u8, team: &str) -> String;
    /// "Tier 4: Microsoft support (vendor)".
    fn vendor_tier_with_name(&self, name: &str) -> String;
    /// "Tier 2".
    fn tier_label(&self, number: u8) -> String;
    /// A side of an escalation step with the name the plan gives it: "Tier 2 (Service desk)".
    fn party(&self, plan: &SupportPlan, party: Party) -> String;
    /// "From tier 1 to tier 2".
    fn step_from_to(&self, from: &str, to: &str) -> String;
    /// "1 hour 30 minutes".
    fn duration(&self, minutes: u32) -> String;
    /// The recommended length of a training session.
    fn training_recommended(&self, minimum_minutes: u32, maximum_minutes: u32) -> String;
}

/// The plan as Markdown in `words`' language. `vendor_channel` is the name of the channel the
/// plan names for reaching the vendor, or what to say when routing decides it.
pub fn plan_to_markdown(
    plan: &SupportPlan,
    words: &dyn PlanDocumentWords,
    vendor_channel: &str,
) -> String {
    let mut out = format!("# {}\n", words.label(PlanLabel::Title));
    write_teams(plan, words, vendor_channel, &mut out);
    write_escalation(plan, words, &mut out);
    write_training(plan, words, &mut out);
    write_section_heading(words, 4, Section::EarlyInvolvement, &mut out);
    if plan.early_involvement.is_empty() {
        out.push_str(&format!("{}\n", words.label(PlanLabel::NoChecklist)));
    }
    for item in &plan.early_involvement {
        let mark = if item.done { "x" } else { " " };
        out.push_str(&format!("- [{mark}] {}\n", escape_markdown_text(&item.label)));
    }
    without_repeated_blank_lines(&out)
}

/// The parts each keep a blank line around themselves; where two meet, one is enough.
fn without_repeated_blank_lines(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for line in markdown.split_inclusive('\n') {
        if line == "\n" && (out.ends_with("\n\n") || out.is_empty()) {
            continue;
        }
        out.push_str(line);
    }
    out
}

fn write_section_heading(
    words: &dyn PlanDocumentWords,
    number: usize,
    section: Section,
    out: &mut String,
) {
    out.push_str(&format!("\n## {}\n\n", words.numbered_heading(number, words.section(section))));
}

/// "Label: value" as a paragraph.
fn field(words: &dyn PlanDocumentWords, label: PlanLabel, value: &str) -> String {
    format!("{}{}{value}\n\n", words.label(label), words.field_separator())
}

fn write_teams(
    plan: &SupportPlan,
    words: &dyn PlanDocumentWords,
    vendor_channel: &str,
    out: &mut String,
) {
    write_section_heading(words, 1, Section::Teams, out);
    if plan.tiers.is_empty() {
        out.push_str(&format!("{}\n", words.label(PlanLabel::NoTiers)));
    }
    let mut tiers: Vec<&Tier> = plan.tiers.iter().collect();
    tiers.sort_by_key(|tier| tier.number);
    for tier in tiers {
        let team = escape_markdown_text(tier.team_name.trim());
        out.push_str(&format!("\n### {}\n\n", words.tier_with_name(tier.number, &team)));
        if !tier.hours.trim().is_empty() {
            out.push_str(&field(words, PlanLabel::Hours, &escape_markdown_text(&tier.hours)));
        }
        let responsibilities: Vec<&String> =
            tier.responsibilities.iter().filter(|line| !line.trim().is_empty()).collect();
        if !responsibilities.is_empty() {
            out.push_str(&format!(
                "{}{}\n\n",
                words.label(PlanLabel::Responsibilities),
                words.field_separator().trim_end()
            ));
            for responsibility in responsibilities {
                out.push_str(&format!("- {}\n", escape_markdown_text(responsibility)));
            }
            out.push('\n');
        }
        if tier.contacts.is_empty() {
            out.push_str(&format!("{}\n", words.label(PlanLabel::NoContactsYet)));
        } else {
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n|---|---|---|---|\n",
                words.label(PlanLabel::ContactName),
                words.label(PlanLabel::ContactRole),
                words.label(PlanLabel::ContactEmail),
                words.label(PlanLabel::ContactPhone),
            ));
            for contact in &tier.contacts {
                out.push_str(&format!(
                    "| {} | {} | {} | {} |\n",
                    escape_markdown_text(&contact.name),
                    escape_markdown_text(&contact.role),
                    escape_markdown_text(&contact.email),
                    escape_markdown_text(&contact.phone)
                ));
            }
        }
    }
    let vendor = escape_markdown_text(plan.vendor.name.trim());
    out.push_str(&format!("\n### {}\n\n", words.vendor_tier_with_name(&vendor)));
    out.push_str(&field(words, PlanLabel::VendorChannel, &escape_markdown_text(vendor_channel)));
    let contract = words.support_contract(plan.vendor.support_contract);
    out.push_str(&field(words, PlanLabel::SupportContract, contract));
    if let Some(size) = plan.vendor.tenant_size {
        out.push_str(&field(words, PlanLabel::TenantSize, words.tenant_size(size)));
    }
}

fn write_escalation(plan: &SupportPlan, words: &dyn PlanDocumentWords, out: &mut String) {
    write_section_heading(words, 2, Section::Escalation, out);
    out.push_str(&format!("### {}\n\n", words.label(PlanLabel::StepsHeading)));
    if plan.escalation.is_empty() {
        out.push_str(&format!("{}\n", words.label(PlanLabel::NoSteps)));
    }
    for (step_index, step) in plan.escalation.iter().enumerate() {
        let from = escape_markdown_text(&words.party(plan, step.from));
        let to = escape_markdown_text(&words.party(plan, step.to));
        out.push_str(&format!("{}. {}", step_index + 1, words.step_from_to(&from, &to)));
        if !step.handover.trim().is_empty() {
            out.push_str(&format!(
                "{}{}",
                words.field_separator(),
                escape_markdown_text(&step.handover)
            ));
        }
        out.push('\n');
        let information: Vec<&String> =
            step.information.iter().filter(|line| !line.trim().is_empty()).collect();
        if !information.is_empty() {
            // The printed plan's label for the list, as in the document page.
            out.push_str(&format!("\n    {}\n\n", words.label(PlanLabel::Information)));
        }
        for line in information {
            out.push_str(&format!("    - {}\n", escape_markdown_text(line)));
        }
    }
    if !plan.rollout_note.trim().is_empty() {
        out.push_str(&format!(
            "\n### {}\n\n{}\n",
            words.label(PlanLabel::RolloutHeading),
            escape_markdown_text(&plan.rollout_note)
        ));
    }
}

fn write_training(plan: &SupportPlan, words: &dyn PlanDocumentWords, out: &mut String) {
    let training = &plan.training;
    write_section_heading(words, 3, Section::Training, out);
    let approach = if training.train_the_trainer {
        PlanLabel::TrainTheTrainer
    } else {
        PlanLabel::DirectTraining
    };
    out.push_str(&field(words, PlanLabel::TrainingApproach, words.label(approach)));
    if !training.audiences.is_empty() {
        out.push_str(&format!("### {}\n\n", words.label(PlanLabel::AudiencesHeading)));
        for audience in &training.audiences {
            let date = audience.date.map(|date| format!(" ({date})")).unwrap_or_default();
            out.push_str(&format!(
                "- {}{date}{}{}\n",
                words.tier_label(audience.tier),
                words.field_separator(),
                escape_markdown_text(&audience.description)
            ));
        }
        out.push('\n');
    }
    if training.agenda.is_empty() {
        out.push_str(&format!("{}\n", words.label(PlanLabel::NoAgenda)));
        return;
    }
    out.push_str(&format!(
        "### {}\n\n| {} | {} |\n|---|---|\n",
        words.label(PlanLabel::AgendaHeading),
        words.label(PlanLabel::AgendaTopic),
        words.label(PlanLabel::Length)
    ));
    for item in &training.agenda {
        out.push_str(&format!(
            "| {} | {} |\n",
            escape_markdown_text(&item.title),
            words.duration(item.minutes)
        ));
    }
    out.push_str(&format!(
        "| **{}** | **{}** |\n\n{}\n",
        words.label(PlanLabel::Total),
        words.duration(plan.agenda_minutes()),
        words.training_recommended(
            RECOMMENDED_TRAINING_MINIMUM_MINUTES,
            RECOMMENDED_TRAINING_MAXIMUM_MINUTES
        )
    ));
}

#[cfg(test)]
mod tests;
