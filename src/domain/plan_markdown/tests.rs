//! The plan's Markdown: its structure holds whatever the user typed. The words here are a
//! plain stand-in; `i18n`'s tests render the document in every interface language.

use super::*;
use crate::domain::markdown::is_direction_override;

struct Words;

impl PlanDocumentWords for Words {
    fn label(&self, label: PlanLabel) -> &'static str {
        match label {
            PlanLabel::Title => "Support plan",
            PlanLabel::NoTiers => "No tiers yet.",
            PlanLabel::NoContactsYet => "No contacts yet.",
            PlanLabel::NoSteps => "No steps yet.",
            PlanLabel::NoAgenda => "No agenda yet.",
            PlanLabel::NoChecklist => "Nothing planned yet.",
            PlanLabel::Total => "Total",
            _ => "Label",
        }
    }
    fn section(&self, section: Section) -> &'static str {
        match section {
            Section::Teams => "Teams",
            Section::Escalation => "Escalation",
            Section::Training => "Training",
            Section::EarlyInvolvement => "Early involvement",
        }
    }
    fn support_contract(&self, _: SupportContract) -> &'static str {
        "Contract"
    }
    fn tenant_size(&self, _: TenantSize) -> &'static str {
        "Size"
    }
    fn field_separator(&self) -> &'static str {
        ": "
    }
    fn numbered_heading(&self, number: usize, title: &str) -> String {
        format!("{number}. {title}")
    }
    fn tier_with_name(&self, number: u8, team: &str) -> String {
        format!("Tier {number}: {team}")
    }
    fn vendor_tier_with_name(&self, name: &str) -> String {
        format!("Tier 4: {name} (vendor)")
    }
    fn tier_label(&self, number: u8) -> String {
        format!("Tier {number}")
    }
    fn party(&self, plan: &SupportPlan, party: Party) -> String {
        match party {
            Party::User => "User".to_owned(),
            Party::Vendor => plan.vendor.name.clone(),
            Party::Tier(number) => match plan.tier(number) {
                Some(tier) => format!("Tier {number} ({})", tier.team_name),
                None => format!("Tier {number}"),
            },
        }
    }
    fn step_from_to(&self, from: &str, to: &str) -> String {
        format!("{from} to {to}")
    }
    fn duration(&self, minutes: u32) -> String {
        format!("{minutes} min")
    }
    fn training_recommended(&self, minimum: u32, maximum: u32) -> String {
        format!("Recommended: {minimum} to {maximum} min.")
    }
}

fn markdown(plan: &SupportPlan) -> String {
    plan_to_markdown(plan, &Words, "Office 365 admin centre")
}

#[test]
fn markdown_drops_direction_overrides_like_the_ticket_export() {
    // Characters that make text display in another order than it is stored are dropped
    // from the plan's Markdown, as from a ticket's: both use one escaping function.
    let disguised = "Desk\u{202E}lanretxe\u{202C} \u{2066}x\u{2069}";
    let mut plan = SupportPlan::example();
    plan.tiers[0].team_name = disguised.into();
    plan.tiers[0].contacts[0].name = disguised.into();
    plan.vendor.name = disguised.into();
    plan.escalation[0].handover = disguised.into();
    plan.rollout_note = disguised.into();
    plan.training.agenda[0].title = disguised.into();
    plan.early_involvement[0].label = disguised.into();
    let markdown = markdown(&plan);
    assert!(!markdown.chars().any(is_direction_override), "{markdown:?}");
    assert!(markdown.contains("### Tier 1: Desklanretxe x\n"), "{markdown}");
}

#[test]
fn markdown_keeps_its_structure_with_hostile_text() {
    let hostile = "x\n# Injected heading\n<img src=x onerror=alert(1)>| a | b |";
    let mut plan = SupportPlan::example();
    plan.tiers[0].team_name = hostile.into();
    plan.tiers[0].contacts[0].name = hostile.into();
    plan.vendor.name = hostile.into();
    plan.escalation[0].handover = hostile.into();
    plan.escalation[0].information = vec![hostile.into()];
    plan.training.agenda[0].title = hostile.into();
    plan.training.audiences[0].description = hostile.into();
    plan.early_involvement[0].label = hostile.into();
    plan.early_involvement[0].done = true;
    let markdown = plan_to_markdown(&plan, &Words, hostile);
    assert!(!markdown.contains("<img"), "{markdown}");
    assert!(!markdown.lines().any(|line| line.starts_with("# Injected")), "{markdown}");
    let headings: Vec<&str> = markdown.lines().filter(|line| line.starts_with('#')).collect();
    // The title, four sections, the tiers and the vendor, and the subheadings.
    let tiers = plan.tiers.len();
    assert_eq!(headings.len(), 1 + 4 + tiers + 1 + 1 + 1 + 1 + 1, "{headings:?}");
    // Every table row still has exactly the columns of its header.
    for line in markdown.lines().filter(|line| line.starts_with('|')) {
        let unescaped_pipes = line
            .char_indices()
            .filter(|(index, character)| *character == '|' && !line[..*index].ends_with('\\'))
            .count();
        assert!(unescaped_pipes == 5 || unescaped_pipes == 3, "row broke its table: {line}");
    }
    assert!(markdown.contains("- [x] x \\# Injected heading"), "{markdown}");
}

#[test]
fn markdown_holds_every_part_of_the_plan_and_says_what_is_missing() {
    let markdown = markdown(&SupportPlan::example());
    for expected in [
        "# Support plan\n",
        "## 1. Teams\n",
        "### Tier 1: IT helpdesk, first line\n",
        "| First-line lead | Team lead | helpdesk@example.com | \\+1 555 0100 |",
        "### Tier 4: Microsoft support (vendor)\n",
        "Label: Office 365 admin centre\n",
        "1. User to Tier 1 (IT helpdesk, first line): A report that a device cannot enrol",
        "## 3. Training\n",
        "| Product overview | 30 min |",
        "| **Total** | **150 min** |",
        "Recommended: 120 to 180 min.",
        "## 4. Early involvement\n",
        "- [ ] Helpdesk staff take part in the pilot",
    ] {
        assert!(markdown.contains(expected), "missing {expected:?} in:\n{markdown}");
    }
    let empty = plan_to_markdown(&SupportPlan::empty(), &Words, "");
    for expected in ["No tiers yet.", "No steps yet.", "No agenda yet.", "Nothing planned yet."] {
        assert!(empty.contains(expected), "missing {expected:?} in:\n{empty}");
    }
}
