//! Where a request goes and how to open it, as routing decided from the configuration.

use yew::prelude::*;

use crate::domain::routing::{LanguageOffer, RoutingDecision};
use crate::i18n::Message;
use crate::ui::context::{use_configured_text, use_locale, use_text};
use crate::ui::platform::{language_name, list_and, user_locale_tag};
use crate::ui::widgets::use_headings;

#[derive(Properties, PartialEq)]
pub struct RoutingSummaryProps {
    pub decision: RoutingDecision,
}

#[function_component(RoutingSummary)]
pub fn routing_summary(props: &RoutingSummaryProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let configured = use_configured_text();
    let locale_tag = user_locale_tag(use_locale().tag());
    let decision = &props.decision;
    let language_names = |tags: &[String]| {
        list_and(
            &tags.iter().map(|tag| language_name(tag, &locale_tag)).collect::<Vec<_>>(),
            &locale_tag,
        )
    };
    // Which list applies and how it is worded: a call-back or billing channel speaks of phone
    // and billing support, never of online support.
    let listed_languages = match &decision.languages {
        LanguageOffer::Online(tags) => Some((Message::RoutingOnlineLanguages, tags)),
        LanguageOffer::PhoneAndBilling(tags) => Some((Message::RoutingPhoneLanguages, tags)),
        LanguageOffer::NotPublished | LanguageOffer::PhoneAndBillingByCountry { .. } => None,
    };
    let Ok(channel) = &decision.channel else {
        return html! {
            <div class="st-inset st-inset--warning"><p>{ text(Message::RoutingProblemNotice) }</p></div>
        };
    };
    html! {
        <section class="st-inset" aria-labelledby="st-routing-heading">
            <@{headings.tag(2)} id="st-routing-heading" class="st-heading-s">{ text(Message::RoutingHeading) }</@>
            <dl class="st-summary-list st-summary-list--compact">
                <div class="st-summary-list__row">
                    <dt>{ text(Message::RoutingWhere) }</dt>
                    <dd>
                        if let Some(url) = &channel.url {
                            <a class="st-link" href={url.clone()} target="_blank" rel="noopener noreferrer">{ configured.html(&channel.name) }</a>
                        } else {
                            { configured.html(&channel.name) }
                        }
                    </dd>
                </div>
                if let Some(category) = &channel.category {
                    <div class="st-summary-list__row">
                        <dt>{ text(Message::RoutingCategory) }</dt>
                        <dd>{ configured.with_english(category) }</dd>
                    </div>
                }
                if let Some((label, tags)) = listed_languages {
                    <div class="st-summary-list__row">
                        <dt>{ text(label) }</dt>
                        <dd>{ language_names(tags) }</dd>
                    </div>
                }
            </dl>
            if let LanguageOffer::PhoneAndBillingByCountry { page } = &decision.languages {
                <p>{ text(Message::RoutingPhoneMoreLanguages) }</p>
                if let Some(page) = page {
                    <p><a class="st-link" href={page.clone()} target="_blank" rel="noopener noreferrer">{ text(Message::RoutingPhonePageLink) }</a></p>
                }
            }
            if decision.call_back {
                <p>{ text(Message::RoutingCallBack) }</p>
            }
            { for decision.warnings.iter().map(|warning| html! {
                <div class="st-warning-text"><span class="st-warning-text__icon" aria-hidden="true">{ "!" }</span>
                    <p class="st-warning-text__text">{ configured.html(&warning.text) }</p></div>
            }) }
            if !decision.steps.is_empty() {
                <@{headings.tag(3)} class="st-heading-xs">{ text(Message::RoutingSteps) }</@>
                <ol class="st-list st-list--number">
                    { for decision.steps.iter().map(|step| html! { <li>{ configured.html(step) }</li> }) }
                </ol>
            }
            if !channel.links.is_empty() {
                <ul class="st-list">
                    { for channel.links.iter().map(|link| html! {
                        <li><a class="st-link" href={link.url.clone()} target="_blank" rel="noopener noreferrer">{ configured.html(&link.title) }</a></li>
                    }) }
                </ul>
            }
        </section>
    }
}
