//! The sides of an escalation step as the builder names them and as form values.

use crate::domain::plan::{Party, SupportPlan, HIGHEST_INTERNAL_TIER};
use crate::i18n::Locale;

/// The form value of a party: `user`, `tier-2`, `vendor`.
pub fn party_value(party: Party) -> String {
    match party {
        Party::User => "user".to_owned(),
        Party::Tier(number) => format!("tier-{number}"),
        Party::Vendor => "vendor".to_owned(),
    }
}

pub fn party_from_value(value: &str) -> Option<Party> {
    match value {
        "user" => Some(Party::User),
        "vendor" => Some(Party::Vendor),
        _ => value.strip_prefix("tier-")?.parse().ok().map(Party::Tier),
    }
}

/// The choices for a step's "from" and "to": the user, tiers 1 to 3, the vendor, and any
/// other tier number the steps already use (from an imported plan), so it stays visible.
pub fn party_options(locale: Locale, plan: &SupportPlan) -> Vec<(String, String)> {
    let mut parties = vec![Party::User];
    parties.extend((1..=HIGHEST_INTERNAL_TIER).map(Party::Tier));
    parties.push(Party::Vendor);
    for step in &plan.escalation {
        for party in [step.from, step.to] {
            if !parties.contains(&party) {
                parties.push(party);
            }
        }
    }
    parties.into_iter().map(|party| (party_value(party), locale.party_name(plan, party))).collect()
}
