//! The weights of the split model, learned from the corpus in `tests/fixtures/split/` by
//! `cargo xtask train-split`. Do not edit by hand: a test retrains the model and fails when
//! this file differs.

use super::detect::FEATURES;

/// One weight per sign, in the order of `FEATURE_NAMES`.
#[rustfmt::skip]
pub const WEIGHTS: [f32; FEATURES] = [
    -10.62, // always one
    4.87, // a phrase announces another problem early in the passage
    4.30, // the passage opens with an adding word (also, however, besides)
    5.66, // the passage opens with an ordinal or a number two or higher
    2.00, // the passage opens a paragraph
    2.35, // the passage opens a line inside a paragraph
    -5.34, // the passage is a numbered list item
    -1.12, // the passage is a bulleted list item
    3.55, // share of the passage's topic terms the problem so far has not used
    2.78, // an adding word (also, too) stands inside the passage
    -0.56, // the passage has an error code the problem so far has not
    -2.39, // the passage's error codes were all seen before
    -2.40, // the passage opens by pointing back (this, it, the same)
    -1.43, // the passage tells what was tried
    1.02, // the passage and what follows describe a failure
    2.36, // the passage is a question
    -2.73, // the problem so far is long (passages, up to 8, divided by 8)
    -0.43, // topic terms shared with the problem so far (up to 4, divided by 4)
    3.46, // the passage opens a paragraph and describes a failure
    0.94, // the passage opens a line and describes a failure
    -2.22, // the passage stands inside a line and has no linking word
    0.44, // the passage names something the problem so far named (a product, a model, an acronym)
    1.49, // the passage names things, none of which the problem so far named
    3.74, // the passage is a list item after an item that describes a failure
    1.02, // the passage opens by naming something the problem so far has not named
    1.23, // several problems were announced before the passage, and it opens a line
    -5.16, // a heading before it in its paragraph lists steps, a setup or what was tried
    0.98, // a linking word (also, another, second, however) and a name the problem so far has not named
    -3.51, // the passage opens with a quotation or pasted output ("…", 「…」, Invoke-X : …)
    -3.38, // the passage asks whether something causes the problem (could it be, is it because)
];
