//! Self-help suggested from what the admin writes: this instance's knowledge base (built once,
//! here in the flow's module so the first load never carries it), the articles shown for a
//! title and description, the other drafts that look like the same problem, and the events an
//! intranet can count deflection with. Nothing here leaves the browser except those events,
//! which stay in the page.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::domain::knowledge::{built_in_articles, duplicates_among, Fingerprint, KnowledgeBase};
use crate::domain::ticket::Ticket;
use crate::i18n::Message;
use crate::ui::bridge::detail_with;
use crate::ui::context::{use_dom_id, use_locale, use_text, Services, ServicesContext};
use crate::ui::widgets::use_headings;

thread_local! {
    /// One knowledge base per mounted instance, dropped with the instance's services.
    static KNOWLEDGE: RefCell<Vec<(Weak<Services>, Rc<KnowledgeBase>)>> =
        const { RefCell::new(Vec::new()) };
}

/// The knowledge base of the instance these services belong to: the page owner's articles and,
/// unless the configuration leaves them out, the built-in ones. Built on first use, then kept.
pub fn knowledge_base(services: &ServicesContext) -> Rc<KnowledgeBase> {
    KNOWLEDGE.with(|cache| {
        let mut cache = cache.borrow_mut();
        cache.retain(|(owner, _)| owner.strong_count() > 0);
        let owner = Rc::as_ptr(&services.0);
        if let Some((_, knowledge)) = cache.iter().find(|(other, _)| other.as_ptr() == owner) {
            return knowledge.clone();
        }
        let settings = &services.config.knowledge_base;
        // The page owner's articles come first, so one of theirs keeps an id the built-in
        // articles use too.
        let mut articles = settings.articles.clone();
        if settings.include_built_in {
            articles.extend(built_in_articles());
        }
        let knowledge = Rc::new(KnowledgeBase::new(articles));
        cache.push((Rc::downgrade(&services.0), knowledge.clone()));
        knowledge
    })
}

/// An article as the page shows it, in the interface language where it has one.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub url: String,
    /// The language of the title when the article names it (for a `lang` attribute).
    pub language: Option<String>,
    /// Whether the description quotes one of the article's error codes.
    pub error_code: bool,
}

/// Up to three articles for a title and description, the best first.
#[hook]
pub fn use_suggestions(
    services: &ServicesContext,
    title: String,
    description: String,
) -> Rc<Vec<Shown>> {
    let language = use_locale().tag();
    let services = services.clone();
    use_memo((title, description, language), move |(title, description, language)| {
        if title.trim().is_empty() && description.trim().is_empty() {
            return Vec::new();
        }
        knowledge_base(&services)
            .suggest(title, description, language)
            .into_iter()
            .map(|suggestion| Shown {
                id: suggestion.article.id.clone(),
                title: suggestion.title.to_owned(),
                summary: suggestion.summary.to_owned(),
                url: suggestion.article.url.clone(),
                language: suggestion.language.map(str::to_owned),
                error_code: suggestion.matched_error_code,
            })
            .collect()
    })
}

/// The other drafts and filed tickets on this device, read once per open draft, each with its
/// title and what the duplicate check compares.
pub struct OtherTickets(Vec<(String, String, Fingerprint)>);

impl OtherTickets {
    pub fn read(services: &ServicesContext, open: &Ticket) -> OtherTickets {
        let knowledge = knowledge_base(services);
        let others = services
            .store
            .all_tickets()
            .unwrap_or_default()
            .into_iter()
            .filter(|other| other.id != open.id && !open.linked_draft_ids.contains(&other.id))
            .filter(|other| !other.description.trim().is_empty())
            .map(|other| {
                let print = knowledge.fingerprint(&other.title, &other.description);
                (other.id, other.title, print)
            })
            .collect();
        OtherTickets(others)
    }

    /// The closest other ticket to this title and description, when one seems to describe the
    /// same problem: its id and title.
    pub fn closest(
        &self,
        knowledge: &KnowledgeBase,
        title: &str,
        description: &str,
    ) -> Option<(String, String)> {
        if description.trim().is_empty() || self.0.is_empty() {
            return None;
        }
        let new = knowledge.fingerprint(title, description);
        let found =
            duplicates_among(&new, self.0.iter().map(|(id, _, print)| (id.as_str(), print)));
        let closest = found.first()?;
        self.0
            .iter()
            .find(|(id, _, _)| id == closest.id)
            .map(|(id, title, _)| (id.clone(), title.clone()))
    }
}

#[derive(Properties, PartialEq)]
pub struct SuggestionListProps {
    pub suggestions: Rc<Vec<Shown>>,
}

/// The suggested articles under a heading: each title a link opening in a new tab, its summary,
/// and a note when the article explains an error code the description quotes.
#[function_component(SuggestionList)]
pub fn suggestion_list(props: &SuggestionListProps) -> Html {
    let headings = use_headings();
    let text = use_text();
    let heading_id = use_dom_id("st-suggestions-heading");
    if props.suggestions.is_empty() {
        return html! {};
    }
    html! {
        <section class="st-suggestions" aria-labelledby={heading_id.clone()}>
            <@{headings.tag(2)} id={heading_id} class="st-heading-m">{ text(Message::SuggestionsHeading) }</@>
            <ul class="st-resource-list">
                { for props.suggestions.iter().map(|shown| html! {
                    <li class="st-resource" data-article={shown.id.clone()}>
                        <a class="st-link" href={shown.url.clone()} target="_blank"
                           rel="noopener noreferrer" lang={shown.language.clone()}>
                            { &shown.title }
                        </a>
                        <p class="st-hint">{ &shown.summary }</p>
                        if shown.error_code {
                            <p class="st-hint"><strong>{ text(Message::SuggestionErrorCode) }</strong></p>
                        }
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// `{ ids: [...] }`, the detail of `support-triage:suggested`.
pub fn suggested_detail(suggestions: &[Shown]) -> JsValue {
    let ids: js_sys::Array = suggestions.iter().map(|shown| JsValue::from_str(&shown.id)).collect();
    detail_with("ids", &ids)
}

/// `{ article: id or null }`, the detail of `support-triage:self-solved`.
pub fn self_solved_detail(article: Option<&str>) -> JsValue {
    detail_with("article", &article.map_or(JsValue::NULL, JsValue::from_str))
}
