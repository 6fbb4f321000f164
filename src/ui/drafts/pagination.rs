//! Previous and next page of a long list, with where the user is ("Page 2 of 20").

use yew::prelude::*;

use crate::i18n::Message;
use crate::ui::context::{use_locale, use_text};

#[derive(Properties, PartialEq)]
pub struct PaginationProps {
    /// The page shown, counted from 0.
    pub page: usize,
    /// How many pages there are; the component shows nothing when there is only one.
    pub page_count: usize,
    /// The accessible name of the navigation, saying which list it pages through.
    pub label: String,
    pub on_change: Callback<usize>,
}

#[function_component(Pagination)]
pub fn pagination(props: &PaginationProps) -> Html {
    let text = use_text();
    let locale = use_locale();
    if props.page_count <= 1 {
        return html! {};
    }
    let on_previous = {
        let on_change = props.on_change.clone();
        let page = props.page;
        Callback::from(move |_: MouseEvent| on_change.emit(page.saturating_sub(1)))
    };
    let on_next = {
        let on_change = props.on_change.clone();
        let page = props.page;
        Callback::from(move |_: MouseEvent| on_change.emit(page + 1))
    };
    html! {
        <nav class="st-pagination" aria-label={props.label.clone()}>
            if props.page > 0 {
                <button type="button" class="st-link-button" onclick={on_previous}>
                    { text(Message::PreviousPage) }
                </button>
            }
            <span class="st-pagination__status">{ locale.page_of(props.page + 1, props.page_count) }</span>
            if props.page + 1 < props.page_count {
                <button type="button" class="st-link-button" onclick={on_next}>
                    { text(Message::NextPage) }
                </button>
            }
        </nav>
    }
}
