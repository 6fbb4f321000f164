//! The `id` of every control in the plan builder, in one place, so error summary links, focus
//! moves and labels always agree.

pub fn tier_team(tier: u8) -> String {
    format!("st-plan-tier-{tier}-team")
}

pub fn tier_hours(tier: u8) -> String {
    format!("st-plan-tier-{tier}-hours")
}

pub fn tier_responsibilities(tier: u8) -> String {
    format!("st-plan-tier-{tier}-responsibilities")
}

/// One field of a contact: `name`, `role`, `email` or `phone`.
pub fn contact_field(tier: u8, contact_index: usize, field: &str) -> String {
    format!("st-plan-tier-{tier}-contact-{}-{field}", contact_index + 1)
}

pub fn remove_contact(tier: u8, contact_index: usize) -> String {
    contact_field(tier, contact_index, "remove")
}

pub fn add_contact(tier: u8) -> String {
    format!("st-plan-tier-{tier}-add-contact")
}

pub const VENDOR_NAME: &str = "st-plan-vendor-name";
pub const VENDOR_CHANNEL: &str = "st-plan-vendor-channel";
pub const VENDOR_CONTRACT: &str = "st-plan-vendor-contract";
pub const VENDOR_TENANT_SIZE: &str = "st-plan-vendor-tenant-size";

pub fn remove_extra_tier(tier_index: usize) -> String {
    format!("st-plan-extra-tier-{}-remove", tier_index + 1)
}

/// One field of an escalation step: `from`, `to`, `handover`, `information`, `up`, `down` or
/// `remove`.
pub fn step_field(step_index: usize, field: &str) -> String {
    format!("st-plan-step-{}-{field}", step_index + 1)
}

pub const ADD_STEP: &str = "st-plan-add-step";
pub const USE_EXAMPLE_STEPS: &str = "st-plan-use-example-steps";
pub const ROLLOUT_NOTE: &str = "st-plan-rollout-note";

pub const TRAIN_THE_TRAINER: &str = "st-plan-train-the-trainer";

pub fn audience_description(tier: u8) -> String {
    format!("st-plan-audience-{tier}-description")
}

pub fn audience_date(tier: u8) -> String {
    format!("st-plan-audience-{tier}-date")
}

/// One field of an agenda item: `title`, `minutes`, `up`, `down` or `remove`.
pub fn agenda_field(item_index: usize, field: &str) -> String {
    format!("st-plan-agenda-{}-{field}", item_index + 1)
}

pub const ADD_AGENDA_ITEM: &str = "st-plan-add-agenda-item";
pub const USE_SAMPLE_AGENDA: &str = "st-plan-use-sample-agenda";
pub const AGENDA_TOTAL: &str = "st-plan-agenda-total";

pub fn checklist_item(item_index: usize) -> String {
    format!("st-plan-checklist-{}", item_index + 1)
}

pub fn remove_checklist_item(item_index: usize) -> String {
    format!("st-plan-checklist-{}-remove", item_index + 1)
}

pub const NEW_CHECKLIST_ITEM: &str = "st-plan-new-checklist-item";
pub const USE_SUGGESTED_CHECKLIST: &str = "st-plan-use-suggested-checklist";

pub const IMPORT_FILE: &str = "st-plan-import-file";
