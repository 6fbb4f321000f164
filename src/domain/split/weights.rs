//! The weights of the split model, learned from the corpus in `tests/fixtures/split/` by
//! `cargo xtask train-split`. Do not edit by hand: a test retrains the model and fails when
//! this file differs.

use super::detect::FEATURES;

/// One weight per sign, in the order of `FEATURE_NAMES`.
#[rustfmt::skip]
pub const WEIGHTS: [f32; FEATURES] = [
    -10.14, // always one
    4.73, // a phrase announces another problem early in the passage
    4.36, // the passage opens with an adding word (also, however, besides)
    5.20, // the passage opens with an ordinal or a number two or higher
    2.12, // the passage opens a paragraph
    2.23, // the passage opens a line inside a paragraph
    -4.84, // the passage is a numbered list item
    -1.14, // the passage is a bulleted list item
    2.99, // share of the passage's topic terms the problem so far has not used
    2.59, // an adding word (also, too) stands inside the passage
    -0.31, // the passage has an error code the problem so far has not
    -2.25, // the passage's error codes were all seen before
    -2.23, // the passage opens by pointing back (this, it, the same)
    -1.00, // the passage tells what was tried
    0.84, // the passage and what follows describe a failure
    0.99, // the passage is a question
    -2.34, // the problem so far is long (passages, up to 8, divided by 8)
    -0.34, // topic terms shared with the problem so far (up to 4, divided by 4)
    3.51, // the passage opens a paragraph and describes a failure
    1.36, // the passage opens a line and describes a failure
    -1.85, // the passage stands inside a line and has no linking word
    -0.11, // the passage names something the problem so far named (a product, a model, an acronym)
    0.85, // the passage names things, none of which the problem so far named
    3.17, // the passage is a list item after an item that describes a failure
    1.23, // the passage opens by naming something the problem so far has not named
    1.35, // several problems were announced before the passage, and it opens a line
    -5.02, // a heading before it in its paragraph lists steps, a setup or what was tried
    1.47, // a linking word (also, another, second, however) and a name the problem so far has not named
    -3.34, // the passage opens with a quotation or pasted output ("…", 「…」, Invoke-X : …)
];
