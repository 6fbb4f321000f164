//! Ways to take the ticket away: copy, download in three formats, print and email.

use yew::prelude::*;

use super::ticket_text::TICKET_TEXT_ID;
use crate::domain::export::{
    ticket_to_json, ticket_to_markdown, ExportLabels, TicketExportContext,
};
use crate::domain::ticket::Ticket;
use crate::i18n::Message;
use crate::ui::context::use_text;
use crate::ui::platform::{
    copy_to_clipboard, download, encode_uri_component, print_widget, select_text_of,
};
use crate::ui::widgets::use_headings;

/// Mail programs and browsers refuse or cut `mailto:` links much longer than this, so the body
/// is shortened to fit, with a note saying so.
const MAILTO_MAXIMUM_LENGTH: usize = 1800;

/// A `mailto:` link with the title as subject and the text as body, within the safe length.
fn mailto_link(subject: &str, body: &str, shortened_note: &str) -> String {
    let link = |body: &str| {
        format!(
            "mailto:?subject={}&body={}",
            encode_uri_component(subject),
            encode_uri_component(body)
        )
    };
    let full = link(body);
    if full.len() <= MAILTO_MAXIMUM_LENGTH {
        return full;
    }
    // Shorten by whole characters until the encoded link fits.
    let characters: Vec<char> = body.chars().collect();
    let mut keep = characters.len();
    loop {
        keep = keep * 9 / 10;
        let shortened: String = characters[..keep].iter().collect();
        let candidate = link(&format!("{}…\n\n{shortened_note}", shortened.trim_end()));
        if candidate.len() <= MAILTO_MAXIMUM_LENGTH || keep == 0 {
            return candidate;
        }
    }
}

/// What the last action reported to the user.
#[derive(Clone, Copy, PartialEq)]
enum Notice {
    None,
    Copied,
    CopyRefused,
    DownloadRefused,
}

#[derive(Properties, PartialEq)]
pub struct TicketActionsProps {
    pub ticket: Ticket,
    pub context: TicketExportContext,
    pub plain_text: String,
    /// Headings and value names in the ticket's language.
    pub labels: ExportLabels,
}

#[function_component(TicketActions)]
pub fn ticket_actions(props: &TicketActionsProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let notice = use_state(|| Notice::None);
    let file_stem = format!("support-ticket-{}", props.ticket.id);

    let on_copy = {
        let notice = notice.clone();
        let plain_text = props.plain_text.clone();
        Callback::from(move |_: MouseEvent| {
            let notice = notice.clone();
            copy_to_clipboard(plain_text.clone(), move |copied| {
                if copied {
                    notice.set(Notice::Copied);
                } else {
                    select_text_of(TICKET_TEXT_ID);
                    notice.set(Notice::CopyRefused);
                }
            });
        })
    };
    let download_as = |extension: &'static str, mime_type: &'static str, content: String| {
        let notice = notice.clone();
        let file_name = format!("{file_stem}.{extension}");
        Callback::from(move |_: MouseEvent| {
            let started = download(&file_name, mime_type, &content);
            notice.set(if started { Notice::None } else { Notice::DownloadRefused });
        })
    };
    let labels = &props.labels;
    let on_markdown = download_as(
        "md",
        "text/markdown",
        ticket_to_markdown(&props.ticket, &props.context, labels),
    );
    let on_plain_text = download_as("txt", "text/plain", props.plain_text.clone());
    let json = ticket_to_json(&props.ticket, &props.context).ok();
    let on_json = json.map(|json| download_as("json", "application/json", json));
    let on_print = Callback::from(|event: MouseEvent| print_widget(&event));
    let subject = if props.ticket.title.trim().is_empty() {
        labels.untitled.to_owned()
    } else {
        props.ticket.title.trim().to_owned()
    };
    let mailto = mailto_link(&subject, &props.plain_text, text(Message::EmailShortenedNote));

    html! {
        <div class="st-ticket-actions st-no-print">
            <@{headings.tag(3)} class="st-heading-s">{ text(Message::ReadyActionsHeading) }</@>
            <div class="st-button-group">
                <button type="button" class="st-button" onclick={on_copy}>{ text(Message::CopyText) }</button>
                <button type="button" class="st-button st-button--secondary" onclick={on_print}>{ text(Message::PrintTicket) }</button>
                <a class="st-button st-button--secondary" href={mailto}>{ text(Message::EmailTicket) }</a>
            </div>
            <div class="st-button-group">
                <button type="button" class="st-button st-button--secondary st-button--small" onclick={on_markdown}>{ text(Message::DownloadMarkdown) }</button>
                <button type="button" class="st-button st-button--secondary st-button--small" onclick={on_plain_text}>{ text(Message::DownloadPlainText) }</button>
                if let Some(on_json) = on_json {
                    <button type="button" class="st-button st-button--secondary st-button--small" onclick={on_json}>{ text(Message::DownloadJson) }</button>
                }
            </div>
            <p class="st-ticket-actions__notice" role="status" aria-live="polite">
                { match *notice {
                    Notice::None => "",
                    Notice::Copied => text(Message::Copied),
                    Notice::CopyRefused => text(Message::CopyRefused),
                    Notice::DownloadRefused => text(Message::DownloadRefused),
                } }
            </p>
        </div>
    }
}
