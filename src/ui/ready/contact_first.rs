//! Who in the organisation to contact before the vendor: the support plan's tier 1 contacts,
//! and the vendor's place as tier 4.

use yew::prelude::*;

use crate::domain::plan::{Contact, SupportPlan};
use crate::i18n::Locale;
use crate::i18n::Message;
use crate::ui::context::{use_locale, use_support_plan, use_text};
use crate::ui::widgets::use_headings;

/// The filled-in parts of a contact: "First-line lead, Team lead, helpdesk@example.com".
fn contact_parts(contact: &Contact) -> Vec<String> {
    [&contact.name, &contact.role, &contact.email, &contact.phone]
        .into_iter()
        .map(|part| part.trim().to_owned())
        .filter(|part| !part.is_empty())
        .collect()
}

fn tier_one_contacts(plan: &SupportPlan) -> Vec<&Contact> {
    plan.tier(1)
        .map(|tier| {
            tier.contacts.iter().filter(|contact| !contact_parts(contact).is_empty()).collect()
        })
        .unwrap_or_default()
}

/// The same facts as one line for the ticket text, or `None` when the plan names nobody.
pub fn contact_first_text(plan: &SupportPlan, locale: Locale) -> Option<String> {
    let contacts = tier_one_contacts(plan);
    if contacts.is_empty() {
        return None;
    }
    let team = plan.tier(1).map(|tier| tier.team_name.trim()).unwrap_or_default();
    let tier = if team.is_empty() {
        locale.tier_name(1)
    } else {
        format!("{} ({team})", locale.tier_name(1))
    };
    let people: Vec<String> =
        contacts.into_iter().map(|contact| contact_parts(contact).join(", ")).collect();
    Some(format!("{tier}: {}", people.join("; ")))
}

#[function_component(ContactFirst)]
pub fn contact_first() -> Html {
    let headings = use_headings();
    let text = use_text();
    let locale = use_locale();
    let plan = use_support_plan();
    let contacts = tier_one_contacts(&plan);
    let team = plan.tier(1).map(|tier| tier.team_name.clone()).unwrap_or_default();
    html! {
        <section class="st-section" aria-labelledby="st-contact-first-heading">
            <@{headings.tag(2)} id="st-contact-first-heading" class="st-heading-m">{ text(Message::ContactFirstHeading) }</@>
            if contacts.is_empty() {
                <p class="st-body">{ text(Message::ContactFirstNoTier1) }</p>
            } else {
                <p class="st-body">{ locale.contact_first_tier(&team) }</p>
                <ul class="st-list">
                    { for contacts.iter().map(|contact| html! { <li>{ contact_parts(contact).join(", ") }</li> }) }
                </ul>
            }
            <p class="st-body">{ locale.vendor_is_tier_four(&plan.vendor.name) }</p>
        </section>
    }
}
