//! Ranking articles against a description: BM25 over each article's title, summary and
//! keywords in all its languages at once, plus a strong boost for a quoted error code.
//!
//! One article is one document made of every language it is written in, so a Polish
//! description quoting an English error message meets the article's English text, and a
//! Korean one naming "Autopilot" its English keywords. The title counts three times, keywords
//! twice, the summary once. The index keeps, per term, the articles that hold it with their
//! BM25 weight already computed, so a ranking reads the description once and adds up.

use super::tokens::{code_key, read_text, terms_of, FastMap, TextTerms};
use super::{Article, MAX_SUGGESTIONS};

/// BM25's term-frequency saturation and length normalisation.
const K1: f32 = 1.2;
const B: f32 = 0.4;
/// Saturation of a term repeated in the description: a word pasted ten times in a log is
/// not ten times the evidence.
const K3: f32 = 1.5;

const TITLE_WEIGHT: f32 = 3.0;
const KEYWORD_WEIGHT: f32 = 2.0;
const SUMMARY_WEIGHT: f32 = 1.0;
/// A term of the ticket's title counts as this many in the description.
const QUERY_TITLE_WEIGHT: f32 = 2.0;

/// What an error code the article explains adds to its score: more than the words of a
/// description usually add, so the article that explains a quoted code comes first and is
/// always suggested.
const CODE_BOOST: f32 = 25.0;

/// The least score an article needs to be suggested at all, set on the labelled corpus between
/// the scores right articles get and those unrelated problems give their best match (most of
/// the former are above 12, most of the latter below 10).
pub const MIN_SCORE: f32 = 11.0;
/// The least share of the best score a second or third suggestion needs.
pub const RELATIVE_TO_BEST: f32 = 0.45;

/// One article's place in a ranking.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranked {
    pub article: usize,
    pub score: f32,
    pub matched_error_code: bool,
}

#[derive(Debug, Clone, Copy)]
struct Posting {
    article: u32,
    /// The term's inverse document frequency times its saturated frequency in the article.
    weight: f32,
}

#[derive(Debug, Clone, Default)]
pub struct Index {
    postings: FastMap<String, Vec<Posting>>,
    /// Error code keys and the articles that explain them.
    codes: FastMap<String, Vec<u32>>,
    idf: FastMap<String, f32>,
    /// The inverse document frequency of a term no article holds.
    unseen_idf: f32,
    articles: usize,
}

impl Index {
    pub fn build(articles: &[Article]) -> Self {
        let mut frequencies: Vec<FastMap<String, f32>> = Vec::with_capacity(articles.len());
        let mut codes: FastMap<String, Vec<u32>> = FastMap::default();
        for (number, article) in articles.iter().enumerate() {
            let mut frequency: FastMap<String, f32> = FastMap::default();
            let mut add = |text: &str, weight: f32| {
                for (term, term_weight) in terms_of(text) {
                    *frequency.entry(term).or_insert(0.0) += weight * term_weight;
                }
            };
            for title in article.title.texts() {
                add(title, TITLE_WEIGHT);
            }
            for summary in article.summary.texts() {
                add(summary, SUMMARY_WEIGHT);
            }
            // One reading for all keywords: the commas keep their phrases apart.
            add(&article.keywords.join(", "), KEYWORD_WEIGHT);
            frequencies.push(frequency);
            for code in &article.error_codes {
                if let Some(key) = code_key(code) {
                    let holders = codes.entry(key).or_default();
                    if let Ok(number) = u32::try_from(number) {
                        if !holders.contains(&number) {
                            holders.push(number);
                        }
                    }
                }
            }
        }

        let count = articles.len() as f32;
        let lengths: Vec<f32> = frequencies.iter().map(|terms| terms.values().sum()).collect();
        let average_length =
            if lengths.is_empty() { 1.0 } else { (lengths.iter().sum::<f32>() / count).max(1.0) };
        let mut document_frequency: FastMap<&str, usize> = FastMap::default();
        for terms in &frequencies {
            for term in terms.keys() {
                *document_frequency.entry(term.as_str()).or_insert(0) += 1;
            }
        }
        let idf_of = |holders: usize| {
            let holders = holders as f32;
            (1.0 + (count - holders + 0.5) / (holders + 0.5)).ln()
        };
        let idf: FastMap<String, f32> = document_frequency
            .iter()
            .map(|(term, holders)| ((*term).to_owned(), idf_of(*holders)))
            .collect();

        let mut postings: FastMap<String, Vec<Posting>> = FastMap::default();
        for (number, (terms, length)) in frequencies.iter().zip(&lengths).enumerate() {
            let Ok(article) = u32::try_from(number) else { continue };
            let norm = K1 * (1.0 - B + B * length / average_length);
            for (term, frequency) in terms {
                let term_idf = idf.get(term).copied().unwrap_or(0.0);
                let weight = term_idf * frequency * (K1 + 1.0) / (frequency + norm);
                postings.entry(term.clone()).or_default().push(Posting { article, weight });
            }
        }
        Index { postings, codes, idf, unseen_idf: idf_of(0), articles: articles.len() }
    }

    /// The inverse document frequency of a term among the articles (high for a term no
    /// article holds).
    pub fn idf(&self, term: &str) -> f32 {
        self.idf.get(term).copied().unwrap_or(self.unseen_idf)
    }

    /// The highest inverse document frequency there is.
    pub fn unseen_idf(&self) -> f32 {
        self.unseen_idf
    }

    /// The articles worth suggesting, the best first: at most [`MAX_SUGGESTIONS`], each with
    /// [`MIN_SCORE`] or more and at least [`RELATIVE_TO_BEST`] of the best score.
    pub fn rank(&self, title: &str, description: &str) -> Vec<Ranked> {
        let scores = self.scores(&read_text(title), &read_text(description));
        let mut ranked: Vec<Ranked> =
            scores.into_iter().filter(|ranked| ranked.score > 0.0).collect();
        ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.article.cmp(&b.article)));
        let best = ranked.first().map_or(0.0, |first| first.score);
        ranked
            .into_iter()
            .filter(|ranked| ranked.score >= MIN_SCORE && ranked.score >= best * RELATIVE_TO_BEST)
            .take(MAX_SUGGESTIONS)
            .collect()
    }

    /// Every article's score for a title and a description, in article order.
    fn scores(&self, title: &TextTerms, description: &TextTerms) -> Vec<Ranked> {
        let mut query: FastMap<&str, f32> = FastMap::default();
        for (term, weight) in title.terms.iter().zip(&title.weights) {
            *query.entry(term.as_str()).or_insert(0.0) += QUERY_TITLE_WEIGHT * weight;
        }
        for (term, weight) in description.terms.iter().zip(&description.weights) {
            *query.entry(term.as_str()).or_insert(0.0) += weight;
        }
        let mut scores: Vec<Ranked> = (0..self.articles)
            .map(|article| Ranked { article, score: 0.0, matched_error_code: false })
            .collect();
        for (term, frequency) in query {
            let Some(postings) = self.postings.get(term) else { continue };
            let query_weight = frequency * (K3 + 1.0) / (frequency + K3);
            for posting in postings {
                if let Some(slot) = scores.get_mut(posting.article as usize) {
                    slot.score += query_weight * posting.weight;
                }
            }
        }
        let mut quoted: Vec<&String> = title.codes.iter().chain(&description.codes).collect();
        quoted.sort();
        quoted.dedup();
        for code in quoted {
            for &article in self.codes.get(code).map(Vec::as_slice).unwrap_or(&[]) {
                if let Some(slot) = scores.get_mut(article as usize) {
                    slot.score += CODE_BOOST;
                    slot.matched_error_code = true;
                }
            }
        }
        scores
    }
}
