//! Learning the split model from the labelled corpus, and reading that corpus.
//!
//! The model is a logistic regression over the signs of each place where a problem could start
//! ([`FEATURE_NAMES`]). It is trained by plain gradient descent from zero weights, with a fixed
//! number of steps and no randomness, so the same corpus always gives the same weights:
//! `cargo xtask train-split` writes them to `weights.rs`, and a test checks that file is what
//! training gives. None of this is called by the app itself.

pub use super::detect::labelled_candidates;
pub use super::detect::{problem_ranges_with, starts_problem, Candidate, FEATURES, FEATURE_NAMES};

/// One labelled description of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelledDescription {
    pub id: String,
    pub description: String,
    /// Byte offsets in `description` where the second and later problems start.
    pub cuts: Vec<usize>,
}

/// The marker of a labelled cut in a corpus file; not part of the description.
const NEXT: &str = "[[next]]";

/// Reads a corpus file (format: `tests/fixtures/split/README.md`); a malformed case is an
/// error that names it.
pub fn read_corpus(language: &str, text: &str) -> Result<Vec<LabelledDescription>, String> {
    let mut cases = Vec::new();
    let mut current: Option<(String, usize, Vec<&str>)> = None;
    for line in text.lines() {
        if let Some(header) = line.strip_prefix("=== ") {
            if let Some((id, problems, lines)) = current.take() {
                cases.push(build_case(id, problems, &lines)?);
            }
            let mut words = header.split_whitespace();
            let id = words.next().ok_or_else(|| format!("{language}: a header without an id"))?;
            if !id.starts_with(&format!("{language}-")) {
                return Err(format!("{id}: the id should start with {language}-"));
            }
            let problems: usize = words
                .next()
                .and_then(|count| count.parse().ok())
                .filter(|count| (1..=9).contains(count))
                .ok_or_else(|| format!("{id}: the header needs a number of problems"))?;
            current = Some((id.to_owned(), problems, Vec::new()));
        } else if let Some((_, _, lines)) = current.as_mut() {
            lines.push(line);
        } else if !line.trim().is_empty() && !line.starts_with('#') {
            return Err(format!("{language}: text before the first case: {line:?}"));
        }
    }
    if let Some((id, problems, lines)) = current {
        cases.push(build_case(id, problems, &lines)?);
    }
    Ok(cases)
}

/// The description without its markers, and where each marker stood, moved to the first
/// visible character after it. A marker on a line of its own takes the line with it.
fn build_case(id: String, problems: usize, lines: &[&str]) -> Result<LabelledDescription, String> {
    let first = lines.iter().position(|line| !line.trim().is_empty()).unwrap_or(lines.len());
    let last = lines.iter().rposition(|line| !line.trim().is_empty()).map_or(first, |i| i + 1);
    let mut description = String::new();
    let mut cuts = Vec::new();
    for line in lines.get(first..last).unwrap_or_default() {
        if line.trim() == NEXT {
            cuts.push(description.len());
            continue;
        }
        let mut rest = *line;
        while let Some(index) = rest.find(NEXT) {
            description.push_str(rest.get(..index).unwrap_or_default());
            cuts.push(description.len());
            rest = rest.get(index + NEXT.len()..).unwrap_or_default();
        }
        description.push_str(rest);
        description.push('\n');
    }
    let description = description.trim_end().to_owned();
    if description.is_empty() {
        return Err(format!("{id}: empty description"));
    }
    if cuts.len() + 1 != problems {
        return Err(format!(
            "{id}: labelled {problems} problems but has {} {NEXT} markers",
            cuts.len()
        ));
    }
    let cuts = cuts.into_iter().map(|cut| first_visible_at_or_after(&description, cut)).collect();
    Ok(LabelledDescription { id, description, cuts })
}

/// The offset of the first character at or after `offset` that is not white space.
pub fn first_visible_at_or_after(text: &str, offset: usize) -> usize {
    text.get(offset..)
        .and_then(|rest| rest.char_indices().find(|(_, c)| !c.is_whitespace()))
        .map_or(text.len(), |(index, _)| offset + index)
}

/// Newton steps and L2 penalty: fixed, so training is reproducible. Newton's method (each step
/// solves the model's curvature) converges in a few steps where plain gradient descent needs
/// thousands.
const STEPS: usize = 25;
const PENALTY: f64 = 0.1;
/// How far the rarer class (starts) is weighted up: 0 not at all, 1 to as much as the other.
const BALANCE: f64 = 0.5;

/// Learns the weights from labelled descriptions.
pub fn train(descriptions: &[LabelledDescription]) -> [f32; FEATURES] {
    // The places of each description, with their signs and whether a problem starts there.
    let per_description: Vec<Vec<([f64; FEATURES], f64)>> = descriptions
        .iter()
        .map(|labelled| {
            labelled_candidates(&labelled.description, &labelled.cuts)
                .into_iter()
                .map(|(candidate, starts)| {
                    (candidate.features.map(f64::from), if starts { 1.0 } else { 0.0 })
                })
                .collect()
        })
        .collect();
    let examples: Vec<([f64; FEATURES], f64)> = per_description.iter().flatten().copied().collect();
    let mut weights = [0.0f64; FEATURES];
    if examples.is_empty() {
        return [0.0; FEATURES];
    }
    // Starts are rarer than non-starts; they are weighted up part of the way (BALANCE), so the
    // model does not learn to say "one problem" everywhere; the intercept is set afterwards.
    let positives = examples.iter().filter(|(_, label)| *label > 0.5).count().max(1) as f64;
    let negatives = (examples.len() as f64 - positives).max(1.0);
    let total = examples.len() as f64;
    let positive_weight = (total / (2.0 * positives)).powf(BALANCE);
    let negative_weight = (total / (2.0 * negatives)).powf(BALANCE);
    for _ in 0..STEPS {
        let mut gradient = [0.0f64; FEATURES];
        let mut hessian = [[0.0f64; FEATURES]; FEATURES];
        for (features, label) in &examples {
            let score: f64 = weights.iter().zip(features).map(|(w, x)| w * x).sum();
            let predicted = 1.0 / (1.0 + (-score).exp());
            let class_weight = if *label > 0.5 { positive_weight } else { negative_weight };
            let error = (predicted - label) * class_weight;
            let curvature = predicted * (1.0 - predicted) * class_weight;
            for row in 0..FEATURES {
                gradient[row] += error * features[row];
                for column in 0..FEATURES {
                    hessian[row][column] += curvature * features[row] * features[column];
                }
            }
        }
        // The intercept is not penalised.
        for index in 1..FEATURES {
            gradient[index] += PENALTY * weights[index];
            hessian[index][index] += PENALTY;
        }
        hessian[0][0] += 1e-9;
        let Some(step) = solve(hessian, gradient) else { break };
        for (weight, change) in weights.iter_mut().zip(step) {
            *weight -= change;
        }
    }
    weights[0] += intercept_shift(&weights, &per_description, descriptions);
    // Two decimals are plenty and keep the generated file stable across platforms.
    weights.map(|weight| ((weight * 100.0).round() / 100.0) as f32)
}

/// The shift of the intercept that gives the best F0.5 on whole descriptions (precision
/// counts twice as much as recall: a wrong warning costs the admin more than a missed one).
/// The model is trained place by place, but judged by whether it splits a description at all.
fn intercept_shift(
    weights: &[f64; FEATURES],
    per_description: &[Vec<([f64; FEATURES], f64)>],
    descriptions: &[LabelledDescription],
) -> f64 {
    // The highest score of each description's places, and whether it holds several problems.
    let highest: Vec<(f64, bool)> = per_description
        .iter()
        .zip(descriptions)
        .map(|(places, labelled)| {
            let best = places
                .iter()
                .map(|(features, _)| weights.iter().zip(features).map(|(w, x)| w * x).sum())
                .fold(f64::NEG_INFINITY, f64::max);
            (best, !labelled.cuts.is_empty())
        })
        .collect();
    let mut best = (f64::NEG_INFINITY, 0.0f64);
    for step in -80..=80 {
        let shift = f64::from(step) * 0.05;
        let (mut true_positives, mut false_positives, mut false_negatives) =
            (0.0f64, 0.0f64, 0.0f64);
        for (score, several) in &highest {
            match (score + shift >= 0.0, several) {
                (true, true) => true_positives += 1.0,
                (true, false) => false_positives += 1.0,
                (false, true) => false_negatives += 1.0,
                (false, false) => {}
            }
        }
        let beta_squared = 0.25;
        let f_beta = (1.0 + beta_squared) * true_positives
            / ((1.0 + beta_squared) * true_positives
                + beta_squared * false_negatives
                + false_positives)
                .max(1.0);
        // Ties go to the smallest shift in size.
        if f_beta > best.0 + 1e-9 || ((f_beta - best.0).abs() <= 1e-9 && shift.abs() < best.1.abs())
        {
            best = (f_beta, shift);
        }
    }
    best.1
}

/// Solves `matrix · x = vector` by Gaussian elimination with partial pivoting; `None` when the
/// matrix is singular.
fn solve(
    mut matrix: [[f64; FEATURES]; FEATURES],
    mut vector: [f64; FEATURES],
) -> Option<[f64; FEATURES]> {
    for column in 0..FEATURES {
        let pivot = (column..FEATURES)
            .max_by(|a, b| matrix[*a][column].abs().total_cmp(&matrix[*b][column].abs()))?;
        if matrix[pivot][column].abs() < 1e-12 {
            return None;
        }
        matrix.swap(column, pivot);
        vector.swap(column, pivot);
        let pivot_row = matrix[column];
        let pivot_value = vector[column];
        for row in column + 1..FEATURES {
            let factor = matrix[row][column] / pivot_row[column];
            for (cell, pivot_cell) in matrix[row].iter_mut().zip(pivot_row).skip(column) {
                *cell -= factor * pivot_cell;
            }
            vector[row] -= factor * pivot_value;
        }
    }
    let mut solution = [0.0f64; FEATURES];
    for row in (0..FEATURES).rev() {
        let known: f64 =
            (row + 1..FEATURES).map(|inner| matrix[row][inner] * solution[inner]).sum();
        solution[row] = (vector[row] - known) / matrix[row][row];
    }
    Some(solution)
}

/// The source of `weights.rs` for these weights.
pub fn weights_source(weights: &[f32; FEATURES]) -> String {
    let mut source = String::from(
        "//! The weights of the split model, learned from the corpus in `tests/fixtures/split/` by\n\
         //! `cargo xtask train-split`. Do not edit by hand: a test retrains the model and fails when\n\
         //! this file differs.\n\
         \n\
         use super::detect::FEATURES;\n\
         \n\
         /// One weight per sign, in the order of `FEATURE_NAMES`.\n\
         #[rustfmt::skip]\n\
         pub const WEIGHTS: [f32; FEATURES] = [\n",
    );
    for (weight, name) in weights.iter().zip(FEATURE_NAMES) {
        source.push_str(&format!("    {weight:.2}, // {name}\n"));
    }
    source.push_str("];\n");
    source
}
