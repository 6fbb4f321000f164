//! The drafts screen: every draft with its severity and status, to open, duplicate or delete
//! (with undo); the tools for all drafts; and the records that could not be read.

use yew::prelude::*;

use super::cleanup::CleanupNotice;
use super::pagination::Pagination;
use super::tools::DraftsTools;
use crate::app::state::{AppAction, Screen};
use crate::domain::ticket::TicketStatus;
use crate::i18n::Message;
use crate::ui::context::{use_app, use_locale, use_services, use_text};
use crate::ui::document_notices::{QuarantineList, DRAFT_WORDS};
use crate::ui::flow::open_draft_where_it_stands;
use crate::ui::labels::{level_label, status_label};
use crate::ui::platform::{format_date_time, new_id, now};
use crate::ui::widgets::{use_headings, use_page_title};

/// How many drafts one page of the list shows. Building and laying out a thousand rows takes
/// about 300 ms, so a long list is shown a page at a time, newest changes first.
const DRAFTS_PER_PAGE: usize = 50;

#[function_component(DraftsScreen)]
pub fn drafts_screen() -> Html {
    let headings = use_headings();
    let text = use_text();
    let locale = use_locale();
    let app = use_app();
    let services = use_services();
    use_page_title(text(Message::DraftsHeading), false);

    let on_back = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(AppAction::Show(Screen::Landing)))
    };
    let on_undo = {
        let app = app.clone();
        let services = services.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(tickets) = app.recently_deleted.as_deref() else { return };
            let restored: Vec<_> = tickets
                .iter()
                .filter(|ticket| services.store.create(ticket, now()).is_ok())
                .cloned()
                .collect();
            app.dispatch(AppAction::DraftsAdded(restored));
        })
    };

    let mut drafts: Vec<_> = app.drafts.iter().collect();
    drafts.sort_by_key(|draft| std::cmp::Reverse(draft.updated_at));

    // The page stays in range when drafts are deleted; a new page moves focus to the line that
    // says which drafts are shown, so screen readers hear the new range.
    let page_state = use_state(|| 0usize);
    let page_count = drafts.len().div_ceil(DRAFTS_PER_PAGE).max(1);
    let page = (*page_state).min(page_count - 1);
    let first_shown = page * DRAFTS_PER_PAGE;
    let shown_count = drafts.len().saturating_sub(first_shown).min(DRAFTS_PER_PAGE);
    let range_line = use_node_ref();
    let on_page = {
        let page_state = page_state.clone();
        Callback::from(move |page: usize| page_state.set(page))
    };
    {
        let range_line = range_line.clone();
        let first_render = use_mut_ref(|| true);
        use_effect_with(page, move |_| {
            if std::mem::replace(&mut *first_render.borrow_mut(), false) {
                return;
            }
            if let Some(element) = range_line.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    let range_text = if page_count > 1 {
        locale.drafts_shown(first_shown + 1, first_shown + shown_count, drafts.len())
    } else {
        locale.drafts_count(drafts.len())
    };

    let rows = drafts.into_iter().skip(first_shown).take(DRAFTS_PER_PAGE).map(|draft| {
        let open = {
            let app = app.clone();
            let services = services.clone();
            let id = draft.id.clone();
            Callback::from(move |_: MouseEvent| open_draft_where_it_stands(&app.dispatcher(), &services, &id))
        };
        let duplicate = {
            let app = app.clone();
            let services = services.clone();
            let id = draft.id.clone();
            Callback::from(move |_: MouseEvent| {
                let Ok(Some(original)) = services.store.load(&id) else { return };
                let mut copy = original.record;
                copy.id = new_id();
                copy.status = TicketStatus::Draft;
                copy.created_at = now();
                copy.updated_at = now();
                if services.store.create(&copy, now()).is_ok() {
                    app.dispatch(AppAction::DraftsAdded(vec![copy]));
                }
            })
        };
        let delete = {
            let app = app.clone();
            let services = services.clone();
            let id = draft.id.clone();
            Callback::from(move |_: MouseEvent| {
                let deleted = super::delete_drafts(&services, std::iter::once(id.as_str()));
                app.dispatch(AppAction::DraftsDeleted(deleted));
            })
        };
        let title = if draft.title.trim().is_empty() {
            text(Message::DraftUntitled).to_owned()
        } else {
            draft.title.clone()
        };
        let severity = draft.level.map(level_label).unwrap_or(Message::SeverityNotYetKnown);
        let linked: Vec<String> = app
            .linked_drafts(&draft.id)
            .into_iter()
            .map(|other| {
                if other.title.trim().is_empty() {
                    text(Message::DraftUntitled).to_owned()
                } else {
                    other.title.clone()
                }
            })
            .collect();
        html! {
            <tr key={draft.id.clone()}>
                <th scope="row" class="st-table__title">
                    <button type="button" class="st-link-button" onclick={open.clone()}>{ title.clone() }</button>
                    if !linked.is_empty() {
                        <p class="st-hint st-drafts__linked">{ text(Message::DraftLinkedWith) }{ " " }{ linked.join(" · ") }</p>
                    }
                </th>
                <td data-label={text(Message::DraftsColumnSeverity)}>{ text(severity) }</td>
                <td data-label={text(Message::DraftsColumnChanged)}>{ format_date_time(draft.updated_at, locale.tag()) }</td>
                <td data-label={text(Message::DraftsColumnStatus)}>{ text(status_label(&draft.status)) }</td>
                <td class="st-table__actions">
                    <button type="button" class="st-link-button" onclick={duplicate}
                            aria-label={format!("{} {}", text(Message::Duplicate), title)}>{ text(Message::Duplicate) }</button>
                    <button type="button" class="st-link-button st-link-button--danger" onclick={delete}
                            aria-label={format!("{} {}", text(Message::Delete), title)}>{ text(Message::Delete) }</button>
                </td>
            </tr>
        }
    });

    html! {
        <section class="st-step" aria-labelledby="st-drafts-heading">
            <button type="button" class="st-back-link" onclick={on_back}>{ text(Message::Back) }</button>
            <@{headings.tag(1)} id="st-drafts-heading" class="st-heading-l">{ text(Message::DraftsHeading) }</@>
            if app.recently_deleted.is_some() {
                <div class="st-notice" role="status">
                    <p>{ locale.deleted_count(app.recently_deleted.as_ref().map_or(0, |deleted| deleted.len())) }{ " " }
                        <button type="button" class="st-link-button" onclick={on_undo}>{ text(Message::Undo) }</button>
                    </p>
                </div>
            }
            <CleanupNotice />
            if app.drafts.is_empty() {
                <p class="st-body">{ text(Message::DraftsEmpty) }</p>
            } else {
                <p class="st-hint" tabindex="-1" ref={range_line}>{ range_text }</p>
                <div class="st-table-wrapper">
                    <table class="st-table st-table--stacking">
                        <thead>
                            <tr>
                                <th scope="col">{ text(Message::DraftsColumnTitle) }</th>
                                <th scope="col">{ text(Message::DraftsColumnSeverity) }</th>
                                <th scope="col">{ text(Message::DraftsColumnChanged) }</th>
                                <th scope="col">{ text(Message::DraftsColumnStatus) }</th>
                                <th scope="col">{ text(Message::DraftsColumnActions) }</th>
                            </tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
                <Pagination {page} {page_count} label={text(Message::DraftsPagesLabel)}
                            on_change={on_page} />
            }
            <DraftsTools />
            <QuarantineList records={app.quarantined.clone()} words={&DRAFT_WORDS} class="st-quarantine" />
        </section>
    }
}
