//! Severity: the impact checklist, its classification and the manual override.

use serde::{Deserialize, Serialize};

/// The vendor's three severity levels, worst first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Level A: first response within 2 hours for Professional customers.
    Critical,
    /// Level B: first response within 4 hours for Professional customers.
    Moderate,
    /// Level C: first response within 8 hours for Professional customers.
    Minimal,
}
