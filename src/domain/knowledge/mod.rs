//! Self-help before a ticket: articles suggested from what the admin writes, feature requests
//! told apart from problems, and tickets that repeat one already written.
//!
//! - [`KnowledgeBase::suggest`] ranks the articles against a title and a description, in the
//!   browser and without a server, and returns up to three, or none when nothing is relevant.
//!   How it ranks is in `rank.rs`, how text is read in `tokens.rs`.
//! - [`looks_like_feature_request`] recognises an idea or a wish, which belongs on the
//!   vendor's feedback site rather than in a ticket (`features.rs`).
//! - [`KnowledgeBase::find_duplicates`] finds other drafts and filed tickets that describe
//!   the same problem (`duplicates.rs`).
//!
//! The built-in articles (`built_in.rs`) are the vendor's public troubleshooting topics, each
//! with a summary we wrote in the seven languages. They are measured on the labelled corpus in
//! `tests/fixtures/suggest/` (`cargo test --release --test judgment -- --nocapture`).

mod built_in;
mod duplicates;
mod features;
mod rank;
mod tokens;

use std::collections::HashSet;

use crate::domain::localised_text::LocalisedText;

pub use duplicates::{Fingerprint, PossibleDuplicate, TicketText, DUPLICATE_THRESHOLD};
pub use features::looks_like_feature_request;
pub use tokens::MAX_CHARS_READ;

/// The most suggestions shown at once.
pub const MAX_SUGGESTIONS: usize = 3;

/// One self-help resource. Serialises as the configuration's `knowledge_base.articles` entries.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Article {
    /// Stable and unique in a knowledge base, for example "windows-enrolment-errors"; an
    /// interface reports it when the article solved the problem.
    pub id: String,
    pub title: LocalisedText,
    /// One line saying why the article may help.
    pub summary: LocalisedText,
    pub url: String,
    /// Words and phrases admins use for the problem, in any language; matched like the title.
    pub keywords: Vec<String>,
    /// Error codes the article explains ("0x80180014", "AADSTS50020"); a description quoting
    /// one of them ranks the article first.
    pub error_codes: Vec<String>,
}

/// Articles and the index that ranks them, built once.
#[derive(Debug, Clone)]
pub struct KnowledgeBase {
    articles: Vec<Article>,
    index: rank::Index,
}

/// An article suggested for a description, with its text in the interface language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Suggestion<'a> {
    pub article: &'a Article,
    /// How well the article matches; only comparable between suggestions for one description.
    pub score: f32,
    /// Whether the description quotes one of the article's error codes.
    pub matched_error_code: bool,
    /// The title and summary in the interface language, or the nearest one given.
    pub title: &'a str,
    pub summary: &'a str,
    /// The language of `title`, when the article names it (for a `lang` attribute).
    pub language: Option<&'a str>,
}

impl KnowledgeBase {
    /// A knowledge base of these articles. Articles with an id already used are left out, so
    /// ids stay unique; nothing here fails on odd data (empty texts, codes that are not codes).
    pub fn new(articles: Vec<Article>) -> Self {
        let mut seen: HashSet<String> = HashSet::new();
        let articles: Vec<Article> =
            articles.into_iter().filter(|article| seen.insert(article.id.clone())).collect();
        let index = rank::Index::build(&articles);
        KnowledgeBase { articles, index }
    }

    /// The built-in articles: the vendor's public troubleshooting topics.
    pub fn built_in() -> Self {
        KnowledgeBase::new(built_in_articles())
    }

    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|article| article.id == id)
    }

    /// Up to [`MAX_SUGGESTIONS`] articles for a ticket's title and description, the best
    /// first, with their text in `language` (a tag such as "pl" or "zh-TW"); none when no
    /// article is relevant enough. The title counts more than the description.
    pub fn suggest(&self, title: &str, description: &str, language: &str) -> Vec<Suggestion<'_>> {
        self.index
            .rank(title, description)
            .into_iter()
            .filter_map(|ranked| {
                let article = self.articles.get(ranked.article)?;
                let picked = article.title.pick_with_language(language, None);
                Some(Suggestion {
                    article,
                    score: ranked.score,
                    matched_error_code: ranked.matched_error_code,
                    title: picked.text,
                    summary: article.summary.pick(language, None),
                    language: picked.language,
                })
            })
            .collect()
    }

    /// What a ticket is made of for the duplicate check; worth keeping for tickets compared
    /// again and again.
    pub fn fingerprint(&self, title: &str, description: &str) -> Fingerprint {
        duplicates::fingerprint(&self.index, title, description)
    }

    /// The other tickets (drafts and filed ones) that seem to describe the same problem as
    /// this title and description, the closest first.
    pub fn find_duplicates<'a>(
        &self,
        title: &str,
        description: &str,
        others: &[TicketText<'a>],
    ) -> Vec<PossibleDuplicate<'a>> {
        let new = self.fingerprint(title, description);
        let fingerprints: Vec<(&'a str, Fingerprint)> = others
            .iter()
            .map(|other| (other.id, self.fingerprint(other.title, other.description)))
            .collect();
        duplicates::closest(&new, fingerprints.iter().map(|(id, print)| (*id, print)))
    }
}

/// The built-in articles, for a configuration that adds its own next to them.
pub fn built_in_articles() -> Vec<Article> {
    built_in::ARTICLES.iter().map(built_in::BuiltInArticle::to_article).collect()
}

/// The duplicates of `new` among fingerprints already made, the closest first.
pub fn duplicates_among<'a, 'b>(
    new: &Fingerprint,
    others: impl IntoIterator<Item = (&'a str, &'b Fingerprint)>,
) -> Vec<PossibleDuplicate<'a>> {
    duplicates::closest(new, others)
}

#[cfg(test)]
mod tests;
