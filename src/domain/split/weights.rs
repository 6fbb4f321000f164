//! The weights of the split model, learned from the corpus in `tests/fixtures/split/` by
//! `cargo xtask train-split`. Do not edit by hand: a test retrains the model and fails when
//! this file differs.

use super::detect::FEATURES;

/// One weight per sign, in the order of `FEATURE_NAMES`.
#[rustfmt::skip]
pub const WEIGHTS: [f32; FEATURES] = [
    -10.01, // always one
    4.98, // a phrase announces another problem early in the passage
    4.49, // the passage opens with an adding word (also, however, besides)
    5.55, // the passage opens with an ordinal or a number two or higher
    0.93, // the passage opens a paragraph
    0.79, // the passage opens a line inside a paragraph
    -4.96, // the passage is a numbered list item
    -0.99, // the passage is a bulleted list item
    3.13, // share of the passage's topic terms the problem so far has not used
    2.87, // an adding word (also, too) stands inside the passage
    -0.31, // the passage has an error code the problem so far has not
    -2.28, // the passage's error codes were all seen before
    -2.36, // the passage opens by pointing back (this, it, the same)
    -0.78, // the passage tells what was tried
    1.14, // the passage and what follows describe a failure
    0.98, // the passage is a question
    -2.33, // the problem so far is long (passages, up to 8, divided by 8)
    -0.45, // topic terms shared with the problem so far (up to 4, divided by 4)
    3.20, // the passage opens a paragraph and describes a failure
    1.15, // the passage opens a line and describes a failure
    -1.72, // the passage stands inside a line
    -0.10, // the passage names something the problem so far named (a product, a model, an acronym)
    0.90, // the passage names things, none of which the problem so far named
    3.11, // the passage is a list item after an item that describes a failure
    1.18, // the passage opens by naming something the problem so far has not named
    1.38, // several problems were announced before the passage, and it opens a line
    -4.99, // a heading before it in its paragraph lists steps, a setup or what was tried
    1.35, // a linking word (also, another, second, however) and a name the problem so far has not named
    -3.35, // the passage opens with a quotation or pasted output ("…", 「…」, Invoke-X : …)
];
