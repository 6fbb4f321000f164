//! The weights of the split model, learned from the corpus in `tests/fixtures/split/` by
//! `cargo xtask train-split`. Do not edit by hand: a test retrains the model and fails when
//! this file differs.

use super::detect::FEATURES;

/// One weight per sign, in the order of `FEATURE_NAMES`.
#[rustfmt::skip]
pub const WEIGHTS: [f32; FEATURES] = [
    -9.98, // always one
    4.86, // a phrase announces another problem early in the passage
    4.75, // the passage opens with an adding word (also, however, besides)
    5.43, // the passage opens with an ordinal or a number two or higher
    1.17, // the passage opens a paragraph
    0.62, // the passage opens a line inside a paragraph
    -4.27, // the passage is a numbered list item
    -1.34, // the passage is a bulleted list item
    3.25, // share of the passage's topic terms the problem so far has not used
    3.41, // an adding word (also, too) stands inside the passage
    -0.57, // the passage has an error code the problem so far has not
    -2.22, // the passage's error codes were all seen before
    -2.54, // the passage opens by pointing back (this, it, the same)
    -0.86, // the passage tells what was tried
    1.28, // the passage and what follows describe a failure
    1.20, // the passage is a question
    -2.51, // the problem so far is long (passages, up to 8, divided by 8)
    -0.02, // topic terms shared with the problem so far (up to 4, divided by 4)
    1.93, // the passage opens a paragraph and describes a failure
    0.67, // the passage opens a line and describes a failure
    -1.79, // the passage stands inside a line
    0.78, // the passage names something the problem so far named (a product, a model, an acronym)
    2.64, // the passage names things, none of which the problem so far named
    3.01, // the passage is a list item after an item that describes a failure
];
