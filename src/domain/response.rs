//! Response windows: first-response targets per customer and level, on a 24x7 or business clock.
//!
//! The window of a ticket starts when the clock starts running (at once for an around-the-clock
//! target, at the next opening for a business-hours target filed while closed) and ends when the
//! clock has run for the target's number of minutes. Time zones are reached through the
//! [`ZoneRules`] trait so that the WebAssembly build can ask the browser instead of carrying a
//! copy of the time-zone database.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::ops::ControlFlow;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Utc, Weekday};
use serde::{Deserialize, Serialize};

use super::request::{Customer, SupportContract};
use super::severity::Level;

/// How many local calendar days after the filing date the business clock is followed before
/// giving up: three years of 366 days. A calendar that does not open long enough within that
/// span is reported as [`WindowError::NoDueTimeWithinSearch`] instead of being searched forever.
pub const SEARCH_LIMIT_DAYS: u32 = 3 * 366;

/// A span of time in which a business calendar is open: from the first instant to the instant
/// it closes, which is not part of it.
pub type OpenPeriod = (DateTime<Utc>, DateTime<Utc>);

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

/// The targets for one kind of customer (see `config::Policies`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    pub critical: Target,
    pub moderate: Target,
    pub minimal: Target,
    /// True when the figures come from the customer's contract (Premier), not from the
    /// vendor's published targets.
    pub set_by_contract: bool,
    /// True while the figures are an example, not a commitment: the built-in Premier targets
    /// until the page owner gives the contract's own. No countdown runs on an example and
    /// nothing is called overdue.
    #[serde(default)]
    pub example: bool,
}

impl Policy {
    /// The vendor's published targets for Professional customers: 2 hours for critical, 4 hours
    /// for moderate and 8 hours for minimal problems, all on an around-the-clock clock.
    pub fn professional_default() -> Policy {
        Policy {
            critical: Target { minutes: 2 * 60, clock: Clock::AroundTheClock },
            moderate: Target { minutes: 4 * 60, clock: Clock::AroundTheClock },
            minimal: Target { minutes: 8 * 60, clock: Clock::AroundTheClock },
            set_by_contract: false,
            example: false,
        }
    }

    /// An example for Premier customers: 1 hour, 2 hours and 4 hours around the clock.
    ///
    /// Premier figures come from each customer's contract; these are the figures an older version
    /// of the vendor's documentation gave, so the policy is marked `set_by_contract` and
    /// `example`, and a page owner is expected to replace them.
    pub fn premier_example() -> Policy {
        Policy {
            critical: Target { minutes: 60, clock: Clock::AroundTheClock },
            moderate: Target { minutes: 2 * 60, clock: Clock::AroundTheClock },
            minimal: Target { minutes: 4 * 60, clock: Clock::AroundTheClock },
            set_by_contract: true,
            example: true,
        }
    }

    /// The policy a customer gets when the page owner has not configured one.
    ///
    /// A Premier contract decides whatever the tenant's size. A Professional tenant with fewer
    /// than 100 licences only differs in how the request is opened, so it uses the Professional
    /// targets unless configured otherwise.
    pub fn default_for(customer: Customer) -> Policy {
        match customer.contract {
            SupportContract::Professional => Policy::professional_default(),
            SupportContract::Premier => Policy::premier_example(),
        }
    }

    /// The target of one severity level.
    pub fn target(&self, level: Level) -> &Target {
        match level {
            Level::Critical => &self.critical,
            Level::Moderate => &self.moderate,
            Level::Minimal => &self.minimal,
        }
    }
}

/// One opening interval in local wall-clock time, `opens` before `closes`.
///
/// A `closes` of 00:00 means midnight at the end of the day, so `00:00`–`00:00` is open all day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHours {
    pub opens: NaiveTime,
    pub closes: NaiveTime,
}

impl OpeningHours {
    /// Whether the interval closes at midnight at the end of its day.
    fn closes_at_end_of_day(&self) -> bool {
        self.closes == NaiveTime::MIN
    }

    /// Whether the interval opens strictly before it closes, reading a closing time of 00:00 as
    /// the end of the day.
    fn is_well_formed(&self) -> bool {
        self.closes_at_end_of_day() || self.opens < self.closes
    }

    /// Whether two well-formed intervals of the same day share any moment. Intervals that only
    /// touch (one closes when the other opens) do not overlap.
    fn overlaps(&self, other: &OpeningHours) -> bool {
        let self_opens_before_other_closes =
            other.closes_at_end_of_day() || self.opens < other.closes;
        let other_opens_before_self_closes =
            self.closes_at_end_of_day() || other.opens < self.closes;
        self_opens_before_other_closes && other_opens_before_self_closes
    }
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

/// The rules of the world's time zones, reduced to the one question this module needs.
///
/// Native tests answer it from the time-zone database; the browser build answers it from the
/// browser's own `Intl` data, so the WebAssembly file does not carry a database of its own.
/// Converting one local time asks about four times, so an implementation should keep whatever
/// it builds per zone (a browser formatter, say) rather than build it on every call.
pub trait ZoneRules {
    /// The offset of local time from UTC, in seconds east of Greenwich, in `time_zone` at the
    /// instant `at`. Offsets need not be whole hours (India is +5:30, Nepal +5:45).
    fn utc_offset_seconds(
        &self,
        time_zone: &str,
        at: DateTime<Utc>,
    ) -> Result<i32, UnknownTimeZone>;
}

/// The zone rules do not know a time zone of this name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownTimeZone {
    /// The name as it was asked for.
    pub time_zone: String,
}

impl fmt::Display for UnknownTimeZone {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "the time zone \"{}\" is not known", self.time_zone)
    }
}

impl std::error::Error for UnknownTimeZone {}

/// Zone rules for zones whose offset never changes.
///
/// It always knows `UTC` and `Etc/UTC`; further names can be given a fixed offset. It is meant for
/// simple tests and for pages that only use UTC, not as a stand-in for real time zones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixedOffsetZones {
    offsets_by_name: BTreeMap<String, i32>,
}

impl FixedOffsetZones {
    /// Rules that know only `UTC` and `Etc/UTC`.
    pub fn utc() -> FixedOffsetZones {
        let offsets_by_name =
            [("UTC".to_string(), 0), ("Etc/UTC".to_string(), 0)].into_iter().collect();
        FixedOffsetZones { offsets_by_name }
    }

    /// The same rules, also knowing `name` with a constant offset of `offset_seconds` east of UTC.
    pub fn with_zone(mut self, name: impl Into<String>, offset_seconds: i32) -> FixedOffsetZones {
        self.offsets_by_name.insert(name.into(), offset_seconds);
        self
    }
}

impl ZoneRules for FixedOffsetZones {
    fn utc_offset_seconds(
        &self,
        time_zone: &str,
        _at: DateTime<Utc>,
    ) -> Result<i32, UnknownTimeZone> {
        self.offsets_by_name
            .get(time_zone)
            .copied()
            .ok_or_else(|| UnknownTimeZone { time_zone: time_zone.to_string() })
    }
}

/// Something wrong with a business calendar, found by [`validate_calendar`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalendarProblem {
    /// The calendar names no time zone.
    MissingTimeZone,
    /// An interval does not open before it closes.
    OpensNotBeforeCloses { weekday: Weekday, opens: NaiveTime, closes: NaiveTime },
    /// Two intervals of the same weekday share some time.
    OverlappingHours { weekday: Weekday, first: OpeningHours, second: OpeningHours },
    /// No weekday has any valid opening interval, so the calendar is never open.
    NoOpenHours,
}

impl fmt::Display for CalendarProblem {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CalendarProblem::MissingTimeZone => {
                write!(formatter, "the calendar does not name a time zone")
            }
            CalendarProblem::OpensNotBeforeCloses { weekday, opens, closes } => write!(
                formatter,
                "on {weekday} the hours {} to {} do not open before they close",
                opens.format("%H:%M"),
                closes.format("%H:%M")
            ),
            CalendarProblem::OverlappingHours { weekday, first, second } => write!(
                formatter,
                "on {weekday} the hours {} to {} and {} to {} overlap",
                first.opens.format("%H:%M"),
                first.closes.format("%H:%M"),
                second.opens.format("%H:%M"),
                second.closes.format("%H:%M")
            ),
            CalendarProblem::NoOpenHours => {
                write!(formatter, "the calendar has no opening hours on any day of the week")
            }
        }
    }
}

/// Checks a business calendar for configuration mistakes, returning every problem found (none
/// when the calendar is usable).
///
/// Each interval must open before it closes, the intervals of one weekday must not overlap, and
/// at least one weekday must have an interval. Closed dates are not checked: any date may be
/// closed, and a calendar closed for years is reported when a window is computed.
pub fn validate_calendar(calendar: &BusinessCalendar) -> Vec<CalendarProblem> {
    let mut problems = Vec::new();
    if calendar.time_zone.trim().is_empty() {
        problems.push(CalendarProblem::MissingTimeZone);
    }
    let mut any_open_hours = false;
    for (weekday, hours_of_day) in weekdays_from_monday().into_iter().zip(&calendar.weekly) {
        let mut well_formed = Vec::new();
        for hours in hours_of_day {
            if hours.is_well_formed() {
                well_formed.push(hours);
            } else {
                problems.push(CalendarProblem::OpensNotBeforeCloses {
                    weekday,
                    opens: hours.opens,
                    closes: hours.closes,
                });
            }
        }
        any_open_hours |= !well_formed.is_empty();
        well_formed.sort_by_key(|hours| hours.opens);
        for (position, first) in well_formed.iter().enumerate() {
            for second in well_formed.iter().skip(position + 1) {
                if first.overlaps(second) {
                    problems.push(CalendarProblem::OverlappingHours {
                        weekday,
                        first: (*first).clone(),
                        second: (*second).clone(),
                    });
                }
            }
        }
    }
    if !any_open_hours {
        problems.push(CalendarProblem::NoOpenHours);
    }
    problems
}

/// Weekdays in the order of [`BusinessCalendar::weekly`].
fn weekdays_from_monday() -> [Weekday; 7] {
    [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ]
}

/// Why a response window could not be computed. Each variant is a stable identifier the UI can
/// translate; `Display` gives an English rendering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WindowError {
    /// The level's target is zero minutes, which is not a response target.
    ZeroMinuteTarget { level: Level },
    /// The level's clock names a business calendar that is not configured.
    UnknownCalendar { calendar: String },
    /// The zone rules do not know the calendar's time zone.
    UnknownTimeZone { time_zone: String },
    /// The calendar has configuration mistakes other than being never open.
    InvalidCalendar { problems: Vec<CalendarProblem> },
    /// The calendar has no opening hours on any weekday.
    CalendarNeverOpen,
    /// Within [`SEARCH_LIMIT_DAYS`] days of the filing date the calendar is not open long enough
    /// to meet the target (for example because every date is listed as closed).
    NoDueTimeWithinSearch { searched_days: u32 },
    /// The timeline asked for spans more than [`SEARCH_LIMIT_DAYS`] days.
    TimelineTooLong { limit_days: u32 },
    /// The dates involved are beyond the range of dates this program can represent.
    OutOfSupportedRange,
}

impl fmt::Display for WindowError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WindowError::ZeroMinuteTarget { level } => {
                write!(formatter, "the response target for {level:?} problems is zero minutes")
            }
            WindowError::UnknownCalendar { calendar } => {
                write!(formatter, "no business calendar named \"{calendar}\" is configured")
            }
            WindowError::UnknownTimeZone { time_zone } => {
                write!(formatter, "the time zone \"{time_zone}\" is not known")
            }
            WindowError::InvalidCalendar { problems } => {
                write!(formatter, "the business calendar has mistakes: ")?;
                for (position, problem) in problems.iter().enumerate() {
                    if position > 0 {
                        write!(formatter, "; ")?;
                    }
                    write!(formatter, "{problem}")?;
                }
                Ok(())
            }
            WindowError::CalendarNeverOpen => {
                write!(formatter, "the business calendar has no opening hours at all")
            }
            WindowError::NoDueTimeWithinSearch { searched_days } => write!(
                formatter,
                "the business calendar is not open long enough within {searched_days} days \
                 to meet the target"
            ),
            WindowError::TimelineTooLong { limit_days } => {
                write!(formatter, "a timeline can span at most {limit_days} days")
            }
            WindowError::OutOfSupportedRange => {
                write!(formatter, "the dates are outside the supported range")
            }
        }
    }
}

impl std::error::Error for WindowError {}

/// When the response is due, and how the clock runs until then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    /// When the clock starts: the filing time, or the next opening of a business calendar.
    pub start: DateTime<Utc>,
    /// When the first response is due.
    pub due: DateTime<Utc>,
    /// The clock the target runs on.
    pub clock: Clock,
    /// The target, in minutes of running clock.
    pub target_minutes: u32,
}

/// Wall-clock time left until a window is due, or past it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Remaining {
    /// The response is due in this much time (zero at the due instant itself).
    Due(chrono::Duration),
    /// The response has been due for this much time.
    Overdue(chrono::Duration),
}

impl Window {
    /// How much wall-clock time is left at `now` before the window is due.
    ///
    /// This counts real elapsed time even for a business-hours clock: the due instant is already
    /// fixed, so a countdown to it is plain subtraction, and closed hours simply pass on it.
    pub fn remaining(&self, now: DateTime<Utc>) -> Remaining {
        if now <= self.due {
            Remaining::Due(self.due - now)
        } else {
            Remaining::Overdue(now - self.due)
        }
    }
}

/// Computes the first-response window of a ticket of `level` filed at `submitted_at`.
///
/// On an around-the-clock target the window starts at `submitted_at` and lasts exactly the
/// target. On a business-hours target the clock only runs while the calendar is open: it starts
/// at the first open moment at or after `submitted_at` and the response is due when the open
/// time since then adds up to the target. Opening times that the clocks skip on a
/// daylight-saving change open when the clocks have jumped; repeated local times open at their
/// first occurrence and close at their second (at their first when the repeat only begins at
/// the closing time), so no open period ever runs backwards or gains an hour it does not hold.
pub fn response_window(
    submitted_at: DateTime<Utc>,
    level: Level,
    policy: &Policy,
    calendars: &BTreeMap<String, BusinessCalendar>,
    zones: &dyn ZoneRules,
) -> Result<Window, WindowError> {
    let target = policy.target(level);
    if target.minutes == 0 {
        return Err(WindowError::ZeroMinuteTarget { level });
    }
    let target_duration = TimeDelta::try_minutes(i64::from(target.minutes))
        .ok_or(WindowError::OutOfSupportedRange)?;
    let (start, due) = match &target.clock {
        Clock::AroundTheClock => {
            let due = submitted_at
                .checked_add_signed(target_duration)
                .ok_or(WindowError::OutOfSupportedRange)?;
            (submitted_at, due)
        }
        Clock::Business { calendar: calendar_name } => {
            let calendar = calendars
                .get(calendar_name)
                .ok_or_else(|| WindowError::UnknownCalendar { calendar: calendar_name.clone() })?;
            business_window(submitted_at, target_duration, calendar, zones)?
        }
    };
    Ok(Window { start, due, clock: target.clock.clone(), target_minutes: target.minutes })
}

/// Follows a business calendar from `submitted_at` until `target_duration` of open time has
/// passed, returning when the clock started and when it reached the target.
fn business_window(
    submitted_at: DateTime<Utc>,
    target_duration: TimeDelta,
    calendar: &BusinessCalendar,
    zones: &dyn ZoneRules,
) -> Result<(DateTime<Utc>, DateTime<Utc>), WindowError> {
    ensure_usable(calendar)?;
    let first_date = local_date_of(zones, &calendar.time_zone, submitted_at)?;
    // The day before the filing date is walked too: its hours may run past the filing instant
    // when the zone's offset changed in between.
    let first_date = first_date.pred_opt().unwrap_or(first_date);
    let mut clock_start = None;
    let mut time_still_needed = target_duration;
    let mut due = None;
    let walk =
        walk_open_periods(calendar, zones, first_date, SEARCH_LIMIT_DAYS + 2, |opens, closes| {
            let opens = opens.max(submitted_at);
            if closes <= opens {
                return Ok(ControlFlow::Continue(()));
            }
            clock_start.get_or_insert(opens);
            let open_time = closes - opens;
            if open_time >= time_still_needed {
                due = Some(
                    opens
                        .checked_add_signed(time_still_needed)
                        .ok_or(WindowError::OutOfSupportedRange)?,
                );
                return Ok(ControlFlow::Break(()));
            }
            time_still_needed -= open_time;
            Ok(ControlFlow::Continue(()))
        });
    walk?;
    // The walk covers a little more than the limit at its edges; the limit itself is counted
    // from the filing instant, the same span a timeline may cover.
    let search_limit = TimeDelta::days(i64::from(SEARCH_LIMIT_DAYS));
    match (clock_start, due) {
        (Some(start), Some(due)) if due - submitted_at <= search_limit => Ok((start, due)),
        _ => Err(WindowError::NoDueTimeWithinSearch { searched_days: SEARCH_LIMIT_DAYS }),
    }
}

/// The periods in which `calendar` is open between `from` and `to`, in time order, clipped to
/// that span and with touching periods joined. The UI shades the rest of a timeline as closed.
///
/// An empty list is returned when `to` is not after `from`; a span longer than
/// [`SEARCH_LIMIT_DAYS`] days is refused.
pub fn open_intervals_between(
    calendar: &BusinessCalendar,
    zones: &dyn ZoneRules,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<OpenPeriod>, WindowError> {
    ensure_usable(calendar)?;
    if to <= from {
        return Ok(Vec::new());
    }
    if to - from > TimeDelta::days(i64::from(SEARCH_LIMIT_DAYS)) {
        return Err(WindowError::TimelineTooLong { limit_days: SEARCH_LIMIT_DAYS });
    }
    let first_date = local_date_of(zones, &calendar.time_zone, from)?;
    let last_date = local_date_of(zones, &calendar.time_zone, to)?;
    let first_date = first_date.pred_opt().unwrap_or(first_date);
    let days_to_walk = u32::try_from((last_date - first_date).num_days().saturating_add(2))
        .map_err(|_| WindowError::OutOfSupportedRange)?;
    let mut periods = Vec::new();
    walk_open_periods(calendar, zones, first_date, days_to_walk, |opens, closes| {
        if opens >= to {
            return Ok(ControlFlow::Break(()));
        }
        let opens = opens.max(from);
        let closes = closes.min(to);
        if opens < closes {
            periods.push((opens, closes));
        }
        Ok(ControlFlow::Continue(()))
    })?;
    Ok(periods)
}

/// Refuses calendars that cannot be followed: unknown names are caught by the caller, this
/// catches configuration mistakes and a calendar that is never open.
fn ensure_usable(calendar: &BusinessCalendar) -> Result<(), WindowError> {
    let problems = validate_calendar(calendar);
    if problems.is_empty() {
        Ok(())
    } else if problems == [CalendarProblem::NoOpenHours] {
        Err(WindowError::CalendarNeverOpen)
    } else {
        Err(WindowError::InvalidCalendar { problems })
    }
}

/// Calls `visit` with each open period of `calendar`, in time order, for the local dates from
/// `first_date` on, `day_count` dates at most. Periods that overlap or touch are joined before
/// they are visited, so every visited period starts after the previous one closed.
fn walk_open_periods(
    calendar: &BusinessCalendar,
    zones: &dyn ZoneRules,
    first_date: NaiveDate,
    day_count: u32,
    mut visit: impl FnMut(DateTime<Utc>, DateTime<Utc>) -> Result<ControlFlow<()>, WindowError>,
) -> Result<(), WindowError> {
    let closed_dates: BTreeSet<NaiveDate> = calendar.closed_dates.iter().copied().collect();
    let mut pending: Option<OpenPeriod> = None;
    let mut date = first_date;
    for day_number in 0..day_count {
        if day_number > 0 {
            date = date.succ_opt().ok_or(WindowError::OutOfSupportedRange)?;
        }
        if closed_dates.contains(&date) {
            continue;
        }
        for (opens, closes) in open_periods_on(calendar, zones, date)? {
            match pending {
                // A period that ends before the pending one does is already covered by it.
                Some((_, pending_closes)) if closes <= pending_closes => {}
                Some((pending_opens, pending_closes)) if opens <= pending_closes => {
                    pending = Some((pending_opens, closes));
                }
                Some((pending_opens, pending_closes)) => {
                    if visit(pending_opens, pending_closes)?.is_break() {
                        return Ok(());
                    }
                    pending = Some((opens, closes));
                }
                None => pending = Some((opens, closes)),
            }
        }
    }
    // The walk ends here either way, so whether the visitor wanted more does not matter.
    if let Some((pending_opens, pending_closes)) = pending {
        let _finished = visit(pending_opens, pending_closes)?;
    }
    Ok(())
}

/// The open periods of one local date in UTC, in time order, leaving out periods that a
/// daylight-saving jump reduced to nothing.
fn open_periods_on(
    calendar: &BusinessCalendar,
    zones: &dyn ZoneRules,
    date: NaiveDate,
) -> Result<Vec<OpenPeriod>, WindowError> {
    let weekday_index = date.weekday().num_days_from_monday() as usize;
    let Some(hours_of_day) = calendar.weekly.get(weekday_index) else {
        return Ok(Vec::new());
    };
    let mut periods = Vec::with_capacity(hours_of_day.len());
    for hours in hours_of_day.iter().filter(|hours| hours.is_well_formed()) {
        let opens_local = date.and_time(hours.opens);
        let closes_local = if hours.closes_at_end_of_day() {
            date.succ_opt().ok_or(WindowError::OutOfSupportedRange)?.and_time(NaiveTime::MIN)
        } else {
            date.and_time(hours.closes)
        };
        let opens = local_to_utc(zones, &calendar.time_zone, opens_local, Repeated::Earlier)?;
        let closes = local_to_utc(zones, &calendar.time_zone, closes_local, Repeated::Closing)?;
        // Never let a period run backwards, whatever the zone rules say.
        if opens < closes {
            periods.push((opens, closes));
        }
    }
    periods.sort();
    Ok(periods)
}

/// Which instant to take when a local time occurs twice because the clocks went back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Repeated {
    /// The first occurrence, used for opening times.
    Earlier,
    /// The occurrence that ends an interval closing at this time, used for closing times: the
    /// second one when the time just before it was repeated too (the interval runs through the
    /// repeated span), the first one when the repeat only begins at the closing time (the
    /// interval ends before any of it, so it gains no hour).
    Closing,
}

/// The offset of `time_zone` at the UTC instant `at`, as a duration.
fn offset_at(
    zones: &dyn ZoneRules,
    time_zone: &str,
    at: NaiveDateTime,
) -> Result<TimeDelta, WindowError> {
    let seconds = zones
        .utc_offset_seconds(time_zone, at.and_utc())
        .map_err(|unknown| WindowError::UnknownTimeZone { time_zone: unknown.time_zone })?;
    TimeDelta::try_seconds(i64::from(seconds)).ok_or(WindowError::OutOfSupportedRange)
}

/// The local date in `time_zone` at the instant `at`.
fn local_date_of(
    zones: &dyn ZoneRules,
    time_zone: &str,
    at: DateTime<Utc>,
) -> Result<NaiveDate, WindowError> {
    let offset = offset_at(zones, time_zone, at.naive_utc())?;
    let local =
        at.naive_utc().checked_add_signed(offset).ok_or(WindowError::OutOfSupportedRange)?;
    Ok(local.date())
}

/// Converts a local wall-clock time in `time_zone` to UTC.
///
/// A local time that exists once maps to its instant. One that occurs twice (the clocks went
/// back) maps to the occurrence `repeated` asks for. One that never occurs (the clocks jumped
/// forward over it) maps to the first instant after the jump.
fn local_to_utc(
    zones: &dyn ZoneRules,
    time_zone: &str,
    local: NaiveDateTime,
    repeated: Repeated,
) -> Result<DateTime<Utc>, WindowError> {
    // The offsets in force a day before and a day after cover any single change of offset near
    // the local time; reading the local time as UTC is only a starting point for the probes.
    let one_day = TimeDelta::days(1);
    let probe_before = local.checked_sub_signed(one_day).unwrap_or(local);
    let probe_after = local.checked_add_signed(one_day).unwrap_or(local);
    let mut offsets =
        vec![offset_at(zones, time_zone, probe_before)?, offset_at(zones, time_zone, probe_after)?];
    let mut matches = instants_showing(zones, time_zone, local, &offsets)?;
    if matches.is_empty() {
        // Two changes within two days are rare but possible; the offsets in force at the first
        // guesses catch the one in the middle.
        let mut more_offsets = Vec::new();
        for offset in &offsets {
            if let Some(guess) = local.checked_sub_signed(*offset) {
                more_offsets.push(offset_at(zones, time_zone, guess)?);
            }
        }
        offsets.extend(more_offsets);
        offsets.sort();
        offsets.dedup();
        matches = instants_showing(zones, time_zone, local, &offsets)?;
    }
    let chosen = match repeated {
        Repeated::Earlier => matches.first(),
        Repeated::Closing if matches.len() > 1 => {
            // Offsets change on whole seconds: the second before is inside the repeated span
            // exactly when it occurs twice as well.
            let just_before = local.checked_sub_signed(TimeDelta::seconds(1)).unwrap_or(local);
            if instants_showing(zones, time_zone, just_before, &offsets)?.len() > 1 {
                matches.last()
            } else {
                matches.first()
            }
        }
        Repeated::Closing => matches.last(),
    };
    match chosen {
        Some(instant) => Ok(instant.and_utc()),
        None => first_instant_after_gap(zones, time_zone, local, &offsets),
    }
}

/// The instants, in order, at which a clock in `time_zone` shows `local`, among those implied by
/// `offsets`.
fn instants_showing(
    zones: &dyn ZoneRules,
    time_zone: &str,
    local: NaiveDateTime,
    offsets: &[TimeDelta],
) -> Result<Vec<NaiveDateTime>, WindowError> {
    let mut instants = Vec::with_capacity(offsets.len());
    for offset in offsets {
        let Some(instant) = local.checked_sub_signed(*offset) else {
            continue;
        };
        if offset_at(zones, time_zone, instant)? == *offset {
            instants.push(instant);
        }
    }
    instants.sort();
    instants.dedup();
    Ok(instants)
}

/// For a local time the clocks skipped, the first whole second at which the clock shows that
/// time or later: the moment the clocks jumped forward.
fn first_instant_after_gap(
    zones: &dyn ZoneRules,
    time_zone: &str,
    local: NaiveDateTime,
    offsets: &[TimeDelta],
) -> Result<DateTime<Utc>, WindowError> {
    let (Some(smallest_offset), Some(largest_offset)) =
        (offsets.iter().min().copied(), offsets.iter().max().copied())
    else {
        return Err(WindowError::OutOfSupportedRange);
    };
    let lower = local.checked_sub_signed(largest_offset).ok_or(WindowError::OutOfSupportedRange)?;
    let upper =
        local.checked_sub_signed(smallest_offset).ok_or(WindowError::OutOfSupportedRange)?;
    let shows_local_or_later = |seconds: i64| -> Result<bool, WindowError> {
        let instant =
            DateTime::from_timestamp(seconds, 0).ok_or(WindowError::OutOfSupportedRange)?;
        let offset = offset_at(zones, time_zone, instant.naive_utc())?;
        let shown = instant
            .naive_utc()
            .checked_add_signed(offset)
            .ok_or(WindowError::OutOfSupportedRange)?;
        Ok(shown >= local)
    };
    // Offsets change on whole seconds, so the search runs over whole seconds. `too_early` never
    // shows the local time yet and `late_enough` always does; the jump lies between them.
    let mut too_early = lower.and_utc().timestamp();
    let mut late_enough = upper.and_utc().timestamp().saturating_add(1);
    if shows_local_or_later(too_early)? || !shows_local_or_later(late_enough)? {
        // The zone rules behave in a way no real zone does; the later guess is still an instant
        // near the asked local time.
        return Ok(upper.and_utc());
    }
    while late_enough - too_early > 1 {
        let middle = too_early + (late_enough - too_early) / 2;
        if shows_local_or_later(middle)? {
            late_enough = middle;
        } else {
            too_early = middle;
        }
    }
    DateTime::from_timestamp(late_enough, 0).ok_or(WindowError::OutOfSupportedRange)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
