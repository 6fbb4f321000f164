//! Self-help suggested from what the admin writes: this instance's knowledge base (built once,
//! here in the flow's module so the first load never carries it), the articles shown for a
//! title and description, the other drafts that look like the same problem, and the events an
//! intranet can count deflection with. Nothing here leaves the browser except those events,
//! which stay in the page.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::domain::knowledge::{duplicates_among, Fingerprint, KnowledgeBase};
use crate::domain::ticket::Ticket;
use crate::i18n::Message;
use crate::ui::bridge::detail_with;
use crate::ui::context::{use_dom_id, use_locale, use_text, Services, ServicesContext};
use crate::ui::lazy::{
    load_built_in_articles, loaded_built_in_articles, ArticlesUnavailable, BuiltInArticles,
};
use crate::ui::widgets::use_headings;

thread_local! {
    /// One knowledge base per mounted instance, dropped with the instance's services.
    static KNOWLEDGE: RefCell<Vec<(Weak<Services>, Rc<KnowledgeBase>)>> =
        const { RefCell::new(Vec::new()) };
}

/// The knowledge base of the instance these services belong to, if it can be made now: the
/// page owner's articles and, unless the configuration leaves them out, the built-in ones,
/// once their module is here. Built on first use, then kept.
fn knowledge_base_if_ready(services: &ServicesContext) -> Option<Rc<KnowledgeBase>> {
    let owner = Rc::as_ptr(&services.0);
    let cached = KNOWLEDGE.with(|cache| {
        let mut cache = cache.borrow_mut();
        cache.retain(|(owner, _)| owner.strong_count() > 0);
        cache.iter().find(|(other, _)| other.as_ptr() == owner).map(|(_, kb)| kb.clone())
    });
    if cached.is_some() {
        return cached;
    }
    let settings = &services.config.knowledge_base;
    let built_in = if settings.include_built_in { Some(loaded_built_in_articles()?) } else { None };
    let knowledge = knowledge_base_of(services, built_in);
    KNOWLEDGE
        .with(|cache| cache.borrow_mut().push((Rc::downgrade(&services.0), knowledge.clone())));
    Some(knowledge)
}

/// The page owner's articles first, so one of theirs keeps an id the built-in articles use
/// too; then the built-in ones when they are given.
fn knowledge_base_of(
    services: &ServicesContext,
    built_in: Option<BuiltInArticles>,
) -> Rc<KnowledgeBase> {
    let mut articles = services.config.knowledge_base.articles.clone();
    if let Some(make_built_in_articles) = built_in {
        articles.extend(make_built_in_articles());
    }
    Rc::new(KnowledgeBase::new(articles))
}

/// The instance's knowledge base, or `None` while the built-in articles' module is being
/// fetched (a moment: the intent to start a ticket fetches it ahead). When it cannot be
/// fetched, the page owner's articles alone are used for this showing of the step, and the
/// next showing tries again.
#[hook]
pub fn use_knowledge_base(services: &ServicesContext) -> Option<Rc<KnowledgeBase>> {
    let knowledge = use_state(|| knowledge_base_if_ready(services));
    {
        let services = services.clone();
        let knowledge = knowledge.clone();
        use_effect_with((), move |()| {
            if knowledge.is_none() {
                wasm_bindgen_futures::spawn_local(async move {
                    match load_built_in_articles().await {
                        Ok(_) => knowledge.set(knowledge_base_if_ready(&services)),
                        Err(ArticlesUnavailable) => {
                            gloo::console::warn!(
                                "Support Triage could not fetch the built-in articles; \
                                 suggesting the page's own."
                            );
                            knowledge.set(Some(knowledge_base_of(&services, None)));
                        }
                    }
                });
            }
        });
    }
    (*knowledge).clone()
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

/// What memos that use the knowledge base compare it by: its identity, which changes once,
/// when it arrives (it is never changed in place).
pub fn knowledge_identity(knowledge: Option<&Rc<KnowledgeBase>>) -> Option<usize> {
    knowledge.map(|knowledge| Rc::as_ptr(knowledge) as usize)
}

/// Up to three articles for a title and description, the best first; none until the
/// knowledge base is here.
#[hook]
pub fn use_suggestions(
    knowledge: Option<Rc<KnowledgeBase>>,
    title: String,
    description: String,
) -> Rc<Vec<Shown>> {
    let language = use_locale().tag();
    let knowledge_identity = knowledge_identity(knowledge.as_ref());
    use_memo(
        (title, description, language, knowledge_identity),
        move |(title, description, language, _)| {
            let Some(knowledge) = knowledge else { return Vec::new() };
            if title.trim().is_empty() && description.trim().is_empty() {
                return Vec::new();
            }
            knowledge
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
        },
    )
}

/// The other drafts and filed tickets on this device, read once per open draft, each with its
/// title and what the duplicate check compares.
pub struct OtherTickets(Vec<(String, String, Fingerprint)>);

impl OtherTickets {
    /// Fingerprints are made with `knowledge`; compare them only with the same knowledge base.
    pub fn read(
        services: &ServicesContext,
        knowledge: &KnowledgeBase,
        open: &Ticket,
    ) -> OtherTickets {
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

/// `{ article: id or null }`, the detail of `support-triage:self-solved`.
pub fn self_solved_detail(article: Option<&str>) -> JsValue {
    detail_with("article", &article.map_or(JsValue::NULL, JsValue::from_str))
}
