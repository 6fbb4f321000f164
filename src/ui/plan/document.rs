//! The whole plan as a document a helpdesk lead can hand out: headings, tables for the tiers'
//! contacts, the audiences and the agenda, and the escalation steps numbered. It is what the
//! document page shows and what is printed.

use yew::prelude::*;

use super::path_picture::PathPicture;
use super::{format_date, use_plan, vendor_channel_name};
use crate::domain::config::HighestHeading;
use crate::domain::plan::{
    escalation_path, Contact, Section, Tier, HIGHEST_INTERNAL_TIER,
    RECOMMENDED_TRAINING_MAXIMUM_MINUTES, RECOMMENDED_TRAINING_MINIMUM_MINUTES,
};
use crate::i18n::{
    section_message, support_contract_message, tenant_size_message, Locale, Message,
};
use crate::ui::context::{use_locale, use_services, use_text};
use crate::ui::widgets::use_headings;

fn section_heading(
    headings: HighestHeading,
    locale: Locale,
    number: usize,
    section: Section,
) -> Html {
    html! {
        <@{headings.tag(2)} class="st-heading-m st-plan-document__section-heading">{ locale.numbered_heading(number, locale.text(section_message(section))) }</@>
    }
}

fn tier_part(headings: HighestHeading, locale: Locale, tier: &Tier) -> Html {
    let text = |message| locale.text(message);
    let responsibilities: Vec<&String> =
        tier.responsibilities.iter().filter(|line| !line.trim().is_empty()).collect();
    // A contact added but not filled in yet would print as an empty row.
    let contacts: Vec<&Contact> = tier
        .contacts
        .iter()
        .filter(|contact| {
            [&contact.name, &contact.role, &contact.email, &contact.phone]
                .iter()
                .any(|field| !field.trim().is_empty())
        })
        .collect();
    html! {
        <div class="st-plan-document__tier">
            <@{headings.tag(3)} class="st-heading-s">{ locale.tier_with_name(tier.number, tier.team_name.trim()) }</@>
            <dl class="st-summary-list st-summary-list--compact">
                <div class="st-summary-list__row">
                    <dt>{ text(Message::PlanTeamHours) }</dt>
                    <dd>{ if tier.hours.trim().is_empty() { text(Message::PlanDocumentNotGiven).to_owned() } else { tier.hours.clone() } }</dd>
                </div>
                <div class="st-summary-list__row">
                    <dt>{ text(Message::PlanResponsibilities) }</dt>
                    <dd>
                        if responsibilities.is_empty() {
                            { text(Message::PlanDocumentNotGiven) }
                        } else {
                            <ul class="st-list">
                                { for responsibilities.iter().map(|line| html! { <li>{ line.as_str() }</li> }) }
                            </ul>
                        }
                    </dd>
                </div>
            </dl>
            if contacts.is_empty() {
                <p>{ text(Message::PlanNoContactsYet) }</p>
            } else {
                <div class="st-table-wrapper">
                    <table class="st-table st-plan-document__table">
                        <caption class="st-table__caption">{ locale.contacts_of_tier(tier.number) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ text(Message::PlanContactName) }</th>
                                <th scope="col">{ text(Message::PlanContactRole) }</th>
                                <th scope="col">{ text(Message::PlanContactEmail) }</th>
                                <th scope="col">{ text(Message::PlanContactPhone) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for contacts.iter().map(|contact| html! {
                                <tr>
                                    <td>{ &contact.name }</td>
                                    <td>{ &contact.role }</td>
                                    <td>{ &contact.email }</td>
                                    <td>{ &contact.phone }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </div>
    }
}

#[function_component(PlanDocument)]
pub fn plan_document() -> Html {
    let headings = use_headings();
    let text = use_text();
    let locale = use_locale();
    let services = use_services();
    let state = use_plan();
    let plan = &*state.plan;
    let tiers: Vec<&Tier> =
        (1..=HIGHEST_INTERNAL_TIER).filter_map(|number| plan.tier(number)).collect();
    let channel = vendor_channel_name(plan, locale, &services.config);
    let training = &plan.training;
    let total = plan.agenda_minutes();

    html! {
        <article class="st-plan-document" aria-labelledby="st-plan-document-title">
            <@{headings.tag(1)} id="st-plan-document-title" class="st-heading-l">{ text(Message::PlanDocumentTitle) }</@>

            <section class="st-plan-document__section">
                { section_heading(headings, locale, 1, Section::Teams) }
                if tiers.is_empty() {
                    <p>{ text(Message::PlanDocumentNoTiers) }</p>
                }
                { for tiers.iter().map(|tier| tier_part(headings, locale, tier)) }
                <div class="st-plan-document__tier">
                    <@{headings.tag(3)} class="st-heading-s">{ locale.vendor_tier_with_name(plan.vendor.name.trim()) }</@>
                    <dl class="st-summary-list st-summary-list--compact">
                        <div class="st-summary-list__row">
                            <dt>{ text(Message::PlanVendorChannel) }</dt>
                            <dd>{ channel }</dd>
                        </div>
                        <div class="st-summary-list__row">
                            <dt>{ text(Message::PlanVendorSupportContract) }</dt>
                            <dd>{ text(support_contract_message(plan.vendor.support_contract)) }</dd>
                        </div>
                        if let Some(size) = plan.vendor.tenant_size {
                            <div class="st-summary-list__row">
                                <dt>{ text(Message::CheckTenantSize) }</dt>
                                <dd>{ text(tenant_size_message(size)) }</dd>
                            </div>
                        }
                    </dl>
                </div>
            </section>

            <section class="st-plan-document__section">
                { section_heading(headings, locale, 2, Section::Escalation) }
                <@{headings.tag(3)} class="st-heading-s">{ text(Message::PlanPathHeading) }</@>
                <PathPicture nodes={escalation_path(plan)} />
                <@{headings.tag(3)} class="st-heading-s">{ text(Message::PlanDocumentStepsHeading) }</@>
                if plan.escalation.is_empty() {
                    <p>{ text(Message::PlanDocumentNoSteps) }</p>
                } else {
                    <ol class="st-list st-list--number st-plan-document__steps">
                        { for plan.escalation.iter().map(|step| {
                            let information: Vec<&String> =
                                step.information.iter().filter(|line| !line.trim().is_empty()).collect();
                            html! {
                                <li>
                                    <p class="st-plan-document__step-parties">
                                        { locale.step_from_to(&locale.party_name(plan, step.from), &locale.party_name(plan, step.to)) }
                                    </p>
                                    if !step.handover.trim().is_empty() {
                                        <p>{ &step.handover }</p>
                                    }
                                    if !information.is_empty() {
                                        <p class="st-plan-document__label">{ text(Message::PlanDocumentInformation) }</p>
                                        <ul class="st-list">
                                            { for information.iter().map(|line| html! { <li>{ line.as_str() }</li> }) }
                                        </ul>
                                    }
                                </li>
                            }
                        }) }
                    </ol>
                }
                if !plan.rollout_note.trim().is_empty() {
                    <@{headings.tag(3)} class="st-heading-s">{ text(Message::PlanRolloutHeading) }</@>
                    <p class="st-plan-document__note">{ &plan.rollout_note }</p>
                }
            </section>

            <section class="st-plan-document__section">
                { section_heading(headings, locale, 3, Section::Training) }
                <p>
                    <strong>{ text(Message::PlanTrainingApproachHeading) }</strong>{ " " }
                    { text(if training.train_the_trainer { Message::PlanDocumentTrainTheTrainer } else { Message::PlanDocumentDirectTraining }) }
                </p>
                if !training.audiences.is_empty() {
                    <div class="st-table-wrapper">
                        <table class="st-table st-plan-document__table">
                            <caption class="st-table__caption">{ text(Message::PlanAudiencesHeading) }</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{ text(Message::PlanDocumentTier) }</th>
                                    <th scope="col">{ text(Message::PlanDocumentWho) }</th>
                                    <th scope="col">{ text(Message::PlanAudienceDate) }</th>
                                </tr>
                            </thead>
                            <tbody>
                                { for training.audiences.iter().map(|audience| html! {
                                    <tr>
                                        <td>{ locale.tier_label(audience.tier) }</td>
                                        <td>{ &audience.description }</td>
                                        <td>{ audience.date.map_or_else(|| text(Message::PlanDocumentNotGiven).to_owned(), |date| format_date(date, locale.tag())) }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                }
                if training.agenda.is_empty() {
                    <p>{ text(Message::PlanDocumentNoAgenda) }</p>
                } else {
                    <div class="st-table-wrapper">
                        <table class="st-table st-plan-document__table">
                            <caption class="st-table__caption">{ text(Message::PlanAgendaHeading) }</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{ text(Message::PlanAgendaTitle) }</th>
                                    <th scope="col" class="st-table__numeric">{ text(Message::PlanDocumentLength) }</th>
                                </tr>
                            </thead>
                            <tbody>
                                { for training.agenda.iter().map(|item| html! {
                                    <tr>
                                        <td>{ &item.title }</td>
                                        <td class="st-table__numeric">{ locale.duration(item.minutes) }</td>
                                    </tr>
                                }) }
                            </tbody>
                            <tfoot>
                                <tr>
                                    <th scope="row">{ text(Message::PlanDocumentTotal) }</th>
                                    <td class="st-table__numeric">{ locale.duration(total) }</td>
                                </tr>
                            </tfoot>
                        </table>
                    </div>
                    <p class="st-hint">
                        { locale.training_recommended(RECOMMENDED_TRAINING_MINIMUM_MINUTES, RECOMMENDED_TRAINING_MAXIMUM_MINUTES) }
                    </p>
                }
            </section>

            <section class="st-plan-document__section">
                { section_heading(headings, locale, 4, Section::EarlyInvolvement) }
                if plan.early_involvement.is_empty() {
                    <p>{ text(Message::PlanDocumentNoChecklist) }</p>
                } else {
                    <div class="st-table-wrapper">
                        <table class="st-table st-plan-document__table">
                            <caption class="st-table__caption st-visually-hidden">{ text(Message::PlanChecklistLegend) }</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{ text(Message::PlanDocumentItem) }</th>
                                    <th scope="col">{ text(Message::PlanDocumentStatus) }</th>
                                </tr>
                            </thead>
                            <tbody>
                                { for plan.early_involvement.iter().map(|item| html! {
                                    <tr>
                                        <td>{ &item.label }</td>
                                        <td>{ text(if item.done { Message::PlanDocumentDone } else { Message::PlanDocumentNotDone }) }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                }
            </section>
        </article>
    }
}
