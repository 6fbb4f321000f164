//! The weights of the split model, learned from the corpus in `tests/fixtures/split/` by
//! `cargo xtask train-split`. Do not edit by hand: a test retrains the model and fails when
//! this file differs.

use super::detect::FEATURES;

/// One weight per sign, in the order of `FEATURE_NAMES`.
#[rustfmt::skip]
pub const WEIGHTS: [f32; FEATURES] = [
    -10.35, // always one
    5.80, // a phrase announces another problem early in the passage
    5.29, // the passage opens with an adding word (also, however, besides)
    6.43, // the passage opens with an ordinal or a number two or higher
    0.94, // the passage opens a paragraph
    0.55, // the passage opens a line inside a paragraph
    -4.66, // the passage is a numbered list item
    -1.19, // the passage is a bulleted list item
    2.73, // share of the passage's topic terms the problem so far has not used
    3.54, // an adding word (also, too) stands inside the passage
    -0.83, // the passage has an error code the problem so far has not
    -2.39, // the passage's error codes were all seen before
    -2.52, // the passage opens by pointing back (this, it, the same)
    -0.35, // the passage tells what was tried
    1.13, // the passage and what follows describe a failure
    1.25, // the passage is a question
    -1.87, // the problem so far is long (passages, up to 8, divided by 8)
    -0.31, // topic terms shared with the problem so far (up to 4, divided by 4)
    2.93, // the passage opens a paragraph and describes a failure
    1.35, // the passage opens a line and describes a failure
    -1.49, // the passage stands inside a line
    0.03, // the passage names something the problem so far named (a product, a model, an acronym)
    1.14, // the passage names things, none of which the problem so far named
    2.85, // the passage is a list item after an item that describes a failure
    1.95, // the passage opens by naming something the problem so far has not named
    1.94, // several problems were announced before the passage, and it opens a line
    -3.38, // a heading before it in its paragraph lists steps, a setup or what was tried
];
