//! The ticket's severity and why: the computed level with its reasons, and a level chosen by
//! hand with the admin's reason.

use yew::prelude::*;

use crate::domain::severity::SeverityDecision;
use crate::i18n::Message;
use crate::ui::context::use_text;
use crate::ui::severity_badge::SeverityBadge;
use crate::ui::severity_reasons::SeverityReasons;
use crate::ui::widgets::use_headings;

#[derive(Properties, PartialEq)]
pub struct SeveritySummaryProps {
    pub decision: SeverityDecision,
}

#[function_component(SeveritySummary)]
pub fn severity_summary(props: &SeveritySummaryProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let decision = &props.decision;
    html! {
        <section class="st-section" aria-labelledby="st-ready-severity-heading">
            <@{headings.tag(2)} id="st-ready-severity-heading" class="st-heading-m">{ text(Message::ReadySeverityHeading) }</@>
            <p class="st-severity-panel__level">
                <SeverityBadge level={decision.effective_level()} />
                if decision.override_.is_some() {
                    <span class="st-severity-panel__note">{ " " }{ text(Message::SeverityChosenByYou) }</span>
                }
            </p>
            if let Some(chosen) = &decision.override_ {
                <dl class="st-summary-list st-summary-list--compact">
                    <div class="st-summary-list__row">
                        <dt>{ text(Message::SeverityOverrideReasonLabel) }</dt>
                        <dd>{ chosen.reason() }</dd>
                    </div>
                    <div class="st-summary-list__row">
                        <dt>{ text(Message::SeverityComputedLabel) }</dt>
                        <dd>
                            <SeverityBadge level={decision.computed_level()} />
                            <SeverityReasons classification={decision.computed.clone()} />
                        </dd>
                    </div>
                </dl>
            } else {
                <SeverityReasons classification={decision.computed.clone()} />
            }
        </section>
    }
}
