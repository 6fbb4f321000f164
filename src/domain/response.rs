//! Response windows: first-response targets per plan and level, on a 24x7 or business clock.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// How the clock of a target runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Clock {
    /// The clock runs all the time.
    AroundTheClock,
    /// The clock only runs while the named business calendar is open.
    Business { calendar: String },
}

/// The first-response target of one level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Target {
    /// Target duration in minutes; always positive once validated.
    pub minutes: u32,
    pub clock: Clock,
}

/// The targets of one customer plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    pub critical: Target,
    pub moderate: Target,
    pub minimal: Target,
    /// True when the real figures come from the customer's contract and these are an example.
    pub set_by_contract: bool,
}

/// One opening interval in local wall-clock time, `opens` before `closes`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHours {
    pub opens: NaiveTime,
    pub closes: NaiveTime,
}

/// A business calendar: a time zone, weekly opening hours and dates closed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BusinessCalendar {
    /// An IANA time zone name such as `Europe/Warsaw`.
    pub time_zone: String,
    /// Opening hours per weekday, Monday first (index 0) to Sunday (index 6).
    pub weekly: [Vec<OpeningHours>; 7],
    /// Local dates on which the calendar is closed all day.
    pub closed_dates: Vec<NaiveDate>,
}
