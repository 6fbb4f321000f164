//! The end of a request that is not a ticket for the vendor: where it goes instead.

use yew::prelude::*;

use super::routing_summary::RoutingSummary;
use crate::app::state::{AppAction, FlowStep, Screen};
use crate::domain::routing::ChannelKind;
use crate::i18n::Message;
use crate::ui::context::{use_app, use_services, use_text};
use crate::ui::widgets::{use_headings, use_page_title};

#[function_component(Elsewhere)]
pub fn elsewhere() -> Html {
    let headings = use_headings();
    let text = use_text();
    let app = use_app();
    let services = use_services();
    use_page_title(text(Message::ElsewhereHeading), false);
    let decision = app
        .ticket()
        .and_then(|ticket| Some(services.config.route(ticket.request_kind?, ticket.customer())));
    let body = match decision.as_ref().and_then(|decision| decision.channel.as_ref().ok()) {
        Some(channel) if channel.kind == ChannelKind::Feedback => Message::ElsewhereFeedbackBody,
        Some(channel) if channel.kind == ChannelKind::Partner => Message::ElsewherePartnerBody,
        _ => Message::ElsewhereServiceBody,
    };
    let on_change = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            app.dispatch(AppAction::Show(Screen::Flow(FlowStep::RequestKind)))
        })
    };
    let on_drafts =
        Callback::from(move |_: MouseEvent| app.dispatch(AppAction::Show(Screen::Drafts)));
    html! {
        <div class="st-step">
            <button type="button" class="st-back-link" onclick={on_change.clone()}>{ text(Message::Back) }</button>
            <@{headings.tag(1)} class="st-heading-l">{ text(Message::ElsewhereHeading) }</@>
            <p class="st-body">{ text(body) }</p>
            if let Some(decision) = decision {
                <RoutingSummary {decision} />
            }
            <div class="st-button-group">
                <button type="button" class="st-button st-button--secondary" onclick={on_change}>
                    { text(Message::ElsewhereChangeAnswer) }
                </button>
                <button type="button" class="st-button st-button--secondary" onclick={on_drafts}>
                    { text(Message::ViewAllDrafts) }
                </button>
            </div>
        </div>
    }
}
