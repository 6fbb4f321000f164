use super::*;
use chrono::{Offset, TimeZone};
use proptest::prelude::*;

/// Zone rules from the time-zone database, for native tests only.
struct DatabaseZones;

impl ZoneRules for DatabaseZones {
    fn utc_offset_seconds(
        &self,
        time_zone: &str,
        at: DateTime<Utc>,
    ) -> Result<i32, UnknownTimeZone> {
        let zone: chrono_tz::Tz =
            time_zone.parse().map_err(|_| UnknownTimeZone { time_zone: time_zone.to_string() })?;
        Ok(zone.offset_from_utc_datetime(&at.naive_utc()).fix().local_minus_utc())
    }
}

/// Zone rules that give nonsense on purpose: offsets jump around with the instant and reach
/// far beyond any real zone. Used to show that odd rules give odd answers, never panics.
struct NonsenseZones;

impl ZoneRules for NonsenseZones {
    fn utc_offset_seconds(
        &self,
        time_zone: &str,
        at: DateTime<Utc>,
    ) -> Result<i32, UnknownTimeZone> {
        let offsets = [0, 3_600, -86_400 * 3, i32::MAX, i32::MIN, 37, -20_700];
        let index = at.timestamp().rem_euclid(7) as usize + time_zone.len() % 3;
        Ok(offsets.get(index % offsets.len()).copied().unwrap_or(0))
    }
}

const MONDAY_TO_FRIDAY: &[Weekday] =
    &[Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri];
const SUNDAY_TO_FRIDAY: &[Weekday] =
    &[Weekday::Sun, Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri];
const EVERY_DAY: &[Weekday] = &[
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

fn time(text: &str) -> NaiveTime {
    NaiveTime::parse_from_str(text, "%H:%M").expect("test times are written as HH:MM")
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test dates are written as YYYY-MM-DD")
}

/// An instant written by hand in RFC 3339 with the local offset, so each expected value in
/// the tables can be checked against a wall clock without running any code.
fn instant(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .expect("test instants are written in RFC 3339")
        .with_timezone(&Utc)
}

fn hours(opens: &str, closes: &str) -> OpeningHours {
    OpeningHours { opens: time(opens), closes: time(closes) }
}

/// A calendar open on `days` during each of `intervals`, closed on `closed_dates`.
fn calendar(
    time_zone: &str,
    days: &[Weekday],
    intervals: &[(&str, &str)],
    closed_dates: &[&str],
) -> BusinessCalendar {
    let mut weekly: [Vec<OpeningHours>; 7] = Default::default();
    for day in days {
        if let Some(hours_of_day) = weekly.get_mut(day.num_days_from_monday() as usize) {
            *hours_of_day = intervals.iter().map(|(opens, closes)| hours(opens, closes)).collect();
        }
    }
    BusinessCalendar {
        time_zone: time_zone.to_string(),
        weekly,
        closed_dates: closed_dates.iter().map(|text| date(text)).collect(),
    }
}

/// A policy whose every level has `minutes` on `clock`.
fn policy_with(minutes: u32, clock: Clock) -> Policy {
    let target = Target { minutes, clock };
    Policy {
        critical: target.clone(),
        moderate: target.clone(),
        minimal: target,
        set_by_contract: false,
        example: false,
    }
}

fn office_clock() -> Clock {
    Clock::Business { calendar: "office".to_string() }
}

fn office(calendar: BusinessCalendar) -> BTreeMap<String, BusinessCalendar> {
    [("office".to_string(), calendar)].into_iter().collect()
}

/// One hand-checked window: a ticket filed at `submitted` with a target of `minutes`, on the
/// business calendar given or around the clock when there is none.
struct Case {
    name: &'static str,
    calendar: Option<BusinessCalendar>,
    submitted: &'static str,
    minutes: u32,
    start: &'static str,
    due: &'static str,
}

fn check(case: Case) {
    let (clock, calendars) = match case.calendar {
        Some(calendar) => (office_clock(), office(calendar)),
        None => (Clock::AroundTheClock, BTreeMap::new()),
    };
    let policy = policy_with(case.minutes, clock.clone());
    let window = response_window(
        instant(case.submitted),
        Level::Moderate,
        &policy,
        &calendars,
        &DatabaseZones,
    )
    .unwrap_or_else(|error| panic!("{}: unexpected error {error}", case.name));
    assert_eq!(window.start, instant(case.start), "{}: start", case.name);
    assert_eq!(window.due, instant(case.due), "{}: due", case.name);
    assert_eq!(window.clock, clock, "{}: clock", case.name);
    assert_eq!(window.target_minutes, case.minutes, "{}: target", case.name);
}

#[test]
fn windows_on_business_calendars() {
    let warsaw_office = || calendar("Europe/Warsaw", MONDAY_TO_FRIDAY, &[("09:00", "17:00")], &[]);
    let cases = [
        Case {
            name: "Friday afternoon in Warsaw runs on into Monday",
            calendar: Some(warsaw_office()),
            submitted: "2025-11-21T16:00:00+01:00",
            minutes: 240,
            start: "2025-11-21T16:00:00+01:00",
            due: "2025-11-24T12:00:00+01:00",
        },
        Case {
            name: "the same Friday afternoon a year later",
            calendar: Some(warsaw_office()),
            submitted: "2026-11-20T16:00:00+01:00",
            minutes: 240,
            start: "2026-11-20T16:00:00+01:00",
            due: "2026-11-23T12:00:00+01:00",
        },
        Case {
            name: "filed on a Saturday, the clock starts on Monday morning",
            calendar: Some(warsaw_office()),
            submitted: "2026-11-21T10:00:00+01:00",
            minutes: 240,
            start: "2026-11-23T09:00:00+01:00",
            due: "2026-11-23T13:00:00+01:00",
        },
        Case {
            name: "filed before opening on a weekday",
            calendar: Some(warsaw_office()),
            submitted: "2026-11-24T07:15:00+01:00",
            minutes: 120,
            start: "2026-11-24T09:00:00+01:00",
            due: "2026-11-24T11:00:00+01:00",
        },
        Case {
            name: "filed at the closing minute, the clock starts the next morning",
            calendar: Some(warsaw_office()),
            submitted: "2026-11-24T17:00:00+01:00",
            minutes: 60,
            start: "2026-11-25T09:00:00+01:00",
            due: "2026-11-25T10:00:00+01:00",
        },
        Case {
            name: "a target that ends at closing time is due at closing time",
            calendar: Some(warsaw_office()),
            submitted: "2026-11-24T13:00:00+01:00",
            minutes: 240,
            start: "2026-11-24T13:00:00+01:00",
            due: "2026-11-24T17:00:00+01:00",
        },
        Case {
            name: "year end with New Year's Day closed: 31 Dec to 2 Jan",
            calendar: Some(calendar(
                "Europe/Warsaw",
                MONDAY_TO_FRIDAY,
                &[("09:00", "17:00")],
                &["2026-01-01"],
            )),
            submitted: "2025-12-31T16:00:00+01:00",
            minutes: 240,
            start: "2025-12-31T16:00:00+01:00",
            due: "2026-01-02T12:00:00+01:00",
        },
        Case {
            name: "year end running into a holiday and a weekend",
            calendar: Some(calendar(
                "Europe/Warsaw",
                MONDAY_TO_FRIDAY,
                &[("09:00", "17:00")],
                &["2026-12-24", "2026-12-25", "2027-01-01"],
            )),
            submitted: "2026-12-31T16:00:00+01:00",
            minutes: 240,
            start: "2026-12-31T16:00:00+01:00",
            due: "2027-01-04T12:00:00+01:00",
        },
        Case {
            name: "Seoul: filed on a Saturday",
            calendar: Some(calendar("Asia/Seoul", MONDAY_TO_FRIDAY, &[("09:00", "18:00")], &[])),
            submitted: "2026-05-02T11:00:00+09:00",
            minutes: 480,
            start: "2026-05-04T09:00:00+09:00",
            due: "2026-05-04T17:00:00+09:00",
        },
        Case {
            name: "Seoul: a public holiday in the middle of the window",
            calendar: Some(calendar(
                "Asia/Seoul",
                MONDAY_TO_FRIDAY,
                &[("09:00", "18:00")],
                &["2026-05-05"],
            )),
            submitted: "2026-05-04T15:00:00+09:00",
            minutes: 480,
            start: "2026-05-04T15:00:00+09:00",
            due: "2026-05-06T14:00:00+09:00",
        },
        Case {
            name: "Seoul: the clock runs through a leap day",
            calendar: Some(calendar("Asia/Seoul", MONDAY_TO_FRIDAY, &[("09:00", "18:00")], &[])),
            submitted: "2028-02-28T17:00:00+09:00",
            minutes: 240,
            start: "2028-02-28T17:00:00+09:00",
            due: "2028-02-29T12:00:00+09:00",
        },
        Case {
            name: "Seoul: a leap day that is closed",
            calendar: Some(calendar(
                "Asia/Seoul",
                MONDAY_TO_FRIDAY,
                &[("09:00", "18:00")],
                &["2028-02-29"],
            )),
            submitted: "2028-02-28T17:00:00+09:00",
            minutes: 240,
            start: "2028-02-28T17:00:00+09:00",
            due: "2028-03-01T12:00:00+09:00",
        },
        Case {
            name: "Taipei: the clock stops over lunch",
            calendar: Some(calendar(
                "Asia/Taipei",
                MONDAY_TO_FRIDAY,
                &[("09:00", "12:00"), ("13:30", "18:00")],
                &[],
            )),
            submitted: "2026-06-10T11:00:00+08:00",
            minutes: 120,
            start: "2026-06-10T11:00:00+08:00",
            due: "2026-06-10T14:30:00+08:00",
        },
        Case {
            name: "Taipei: filed during lunch, the clock starts after it",
            calendar: Some(calendar(
                "Asia/Taipei",
                MONDAY_TO_FRIDAY,
                &[("09:00", "12:00"), ("13:30", "18:00")],
                &[],
            )),
            submitted: "2026-06-10T12:30:00+08:00",
            minutes: 60,
            start: "2026-06-10T13:30:00+08:00",
            due: "2026-06-10T14:30:00+08:00",
        },
        Case {
            name: "Taipei: open all day, every day, runs over midnight without a stop",
            calendar: Some(calendar("Asia/Taipei", EVERY_DAY, &[("00:00", "00:00")], &[])),
            submitted: "2026-06-10T23:30:00+08:00",
            minutes: 120,
            start: "2026-06-10T23:30:00+08:00",
            due: "2026-06-11T01:30:00+08:00",
        },
        Case {
            name: "Kolkata (+5:30): filed on a Sunday before a Monday holiday",
            calendar: Some(calendar(
                "Asia/Kolkata",
                MONDAY_TO_FRIDAY,
                &[("09:30", "18:30")],
                &["2026-01-26"],
            )),
            submitted: "2026-01-25T20:00:00+05:30",
            minutes: 480,
            start: "2026-01-27T09:30:00+05:30",
            due: "2026-01-27T17:30:00+05:30",
        },
        Case {
            name: "Kathmandu (+5:45): Saturday is the weekend, Sunday is a working day",
            calendar: Some(calendar(
                "Asia/Kathmandu",
                SUNDAY_TO_FRIDAY,
                &[("10:00", "17:00")],
                &[],
            )),
            submitted: "2026-06-05T16:00:00+05:45",
            minutes: 120,
            start: "2026-06-05T16:00:00+05:45",
            due: "2026-06-07T11:00:00+05:45",
        },
    ];
    for case in cases {
        check(case);
    }
}

#[test]
fn windows_across_daylight_saving_changes() {
    let cases = [
        Case {
            name: "Warsaw spring: an opening at 02:30 opens when the clocks reach 03:00",
            calendar: Some(calendar("Europe/Warsaw", EVERY_DAY, &[("02:30", "05:00")], &[])),
            submitted: "2026-03-29T01:00:00+01:00",
            minutes: 60,
            start: "2026-03-29T03:00:00+02:00",
            due: "2026-03-29T04:00:00+02:00",
        },
        Case {
            name: "Warsaw spring: hours 01:00-04:00 last two real hours that night",
            calendar: Some(calendar("Europe/Warsaw", EVERY_DAY, &[("01:00", "04:00")], &[])),
            submitted: "2026-03-29T00:30:00+01:00",
            minutes: 180,
            start: "2026-03-29T01:00:00+01:00",
            due: "2026-03-30T02:00:00+02:00",
        },
        Case {
            name: "Warsaw spring: hours wholly inside the skipped hour do not open",
            calendar: Some(calendar(
                "Europe/Warsaw",
                EVERY_DAY,
                &[("02:15", "02:45"), ("09:00", "17:00")],
                &[],
            )),
            submitted: "2026-03-29T01:30:00+01:00",
            minutes: 60,
            start: "2026-03-29T09:00:00+02:00",
            due: "2026-03-29T10:00:00+02:00",
        },
        Case {
            name: "Warsaw autumn: hours 02:00-03:00 last two real hours that night",
            calendar: Some(calendar("Europe/Warsaw", EVERY_DAY, &[("02:00", "03:00")], &[])),
            submitted: "2026-10-25T01:00:00+02:00",
            minutes: 90,
            start: "2026-10-25T02:00:00+02:00",
            due: "2026-10-25T02:30:00+01:00",
        },
        Case {
            name: "Warsaw autumn: hours inside the repeated hour open early and close late",
            calendar: Some(calendar("Europe/Warsaw", EVERY_DAY, &[("02:15", "02:45")], &[])),
            submitted: "2026-10-25T00:00:00+02:00",
            minutes: 100,
            start: "2026-10-25T02:15:00+02:00",
            due: "2026-10-26T02:25:00+01:00",
        },
        Case {
            name: "New York spring: an opening at 02:30 opens when the clocks reach 03:00",
            calendar: Some(calendar("America/New_York", EVERY_DAY, &[("02:30", "06:00")], &[])),
            submitted: "2026-03-08T00:00:00-05:00",
            minutes: 60,
            start: "2026-03-08T03:00:00-04:00",
            due: "2026-03-08T04:00:00-04:00",
        },
        Case {
            name: "New York autumn: hours 01:00-02:00 last two real hours that night",
            calendar: Some(calendar("America/New_York", EVERY_DAY, &[("01:00", "02:00")], &[])),
            submitted: "2026-11-01T00:00:00-04:00",
            minutes: 150,
            start: "2026-11-01T01:00:00-04:00",
            due: "2026-11-02T01:30:00-05:00",
        },
        Case {
            name: "New York autumn, around the clock: two real hours, the wall clock shows one",
            calendar: None,
            submitted: "2026-11-01T00:30:00-04:00",
            minutes: 120,
            start: "2026-11-01T00:30:00-04:00",
            due: "2026-11-01T01:30:00-05:00",
        },
        Case {
            name: "Warsaw spring, around the clock: two real hours, the wall clock shows three",
            calendar: None,
            submitted: "2026-03-29T01:30:00+01:00",
            minutes: 120,
            start: "2026-03-29T01:30:00+01:00",
            due: "2026-03-29T04:30:00+02:00",
        },
        Case {
            name: "Kathmandu, around the clock: over midnight",
            calendar: None,
            submitted: "2026-06-05T23:50:00+05:45",
            minutes: 120,
            start: "2026-06-05T23:50:00+05:45",
            due: "2026-06-06T01:50:00+05:45",
        },
    ];
    for case in cases {
        check(case);
    }
}

#[test]
fn windows_at_closing_time_edges() {
    let evenings = |time_zone: &str, closed_dates: &[&str]| {
        calendar(time_zone, EVERY_DAY, &[("09:00", "17:00"), ("20:00", "00:00")], closed_dates)
    };
    let cases = [
        Case {
            name: "Warsaw: hours to midnight, the next date closed: the clock waits for Sunday",
            calendar: Some(evenings("Europe/Warsaw", &["2026-11-21"])),
            submitted: "2026-11-20T23:00:00+01:00",
            minutes: 120,
            start: "2026-11-20T23:00:00+01:00",
            due: "2026-11-22T10:00:00+01:00",
        },
        Case {
            name: "Warsaw: filed after midnight on a closed date",
            calendar: Some(evenings("Europe/Warsaw", &["2026-11-21"])),
            submitted: "2026-11-21T00:30:00+01:00",
            minutes: 60,
            start: "2026-11-22T09:00:00+01:00",
            due: "2026-11-22T10:00:00+01:00",
        },
        // In Havana the clocks go back from 01:00 to 00:00 on the first Sunday of November,
        // so that Sunday's first hour happens twice. Saturday's hours end at the first
        // midnight: the repeated hour belongs to Sunday.
        Case {
            name: "Havana autumn: hours to midnight do not run into a closed Sunday",
            calendar: Some(evenings("America/Havana", &["2026-11-01"])),
            submitted: "2026-10-31T23:00:00-04:00",
            minutes: 120,
            start: "2026-10-31T23:00:00-04:00",
            due: "2026-11-02T10:00:00-05:00",
        },
        Case {
            name: "Havana autumn: hours to midnight do not take Sunday's repeated hour",
            calendar: Some(evenings("America/Havana", &[])),
            submitted: "2026-10-31T23:00:00-04:00",
            minutes: 120,
            start: "2026-10-31T23:00:00-04:00",
            due: "2026-11-01T10:00:00-05:00",
        },
        // London repeats 01:00 to 02:00 on the last Sunday of October: hours that close at
        // 01:00 close the first time the clocks show 01:00.
        Case {
            name: "London autumn: hours ending where the repeated hour begins last one hour",
            calendar: Some(calendar(
                "Europe/London",
                EVERY_DAY,
                &[("00:00", "01:00"), ("09:00", "17:00")],
                &[],
            )),
            submitted: "2026-10-25T00:00:00+01:00",
            minutes: 90,
            start: "2026-10-25T00:00:00+01:00",
            due: "2026-10-25T09:30:00+00:00",
        },
        Case {
            name: "New York autumn: hours ending at 01:00 close before the repeated hour",
            calendar: Some(calendar(
                "America/New_York",
                EVERY_DAY,
                &[("00:00", "01:00"), ("09:00", "17:00")],
                &[],
            )),
            submitted: "2026-11-01T00:30:00-04:00",
            minutes: 60,
            start: "2026-11-01T00:30:00-04:00",
            due: "2026-11-01T09:30:00-05:00",
        },
        Case {
            name: "New York autumn: hours ending inside the repeated hour still close late",
            calendar: Some(calendar(
                "America/New_York",
                EVERY_DAY,
                &[("00:00", "01:30"), ("09:00", "17:00")],
                &[],
            )),
            submitted: "2026-11-01T00:30:00-04:00",
            minutes: 120,
            start: "2026-11-01T00:30:00-04:00",
            due: "2026-11-01T01:30:00-05:00",
        },
    ];
    for case in cases {
        check(case);
    }
}
/// A window that could not be computed, with the error expected.
struct ErrorCase {
    name: &'static str,
    submitted: DateTime<Utc>,
    target: Target,
    calendars: BTreeMap<String, BusinessCalendar>,
    expected: WindowError,
}

fn check_error(case: ErrorCase) {
    let policy = policy_with(case.target.minutes, case.target.clock);
    let outcome =
        response_window(case.submitted, Level::Critical, &policy, &case.calendars, &DatabaseZones);
    assert_eq!(outcome, Err(case.expected), "{}", case.name);
}

#[test]
fn windows_that_cannot_be_computed() {
    let warsaw_office = || calendar("Europe/Warsaw", MONDAY_TO_FRIDAY, &[("09:00", "17:00")], &[]);
    let filed = instant("2026-11-24T10:00:00+01:00");
    // Every date of four years closed: no opening within the three-year search.
    let mut closed_for_years = warsaw_office();
    closed_for_years.closed_dates = date("2026-01-01").iter_days().take(4 * 366).collect();
    // One hour a week cannot add up to 200 hours within three years (about 157 weeks).
    let one_hour_a_week = calendar("Europe/Warsaw", &[Weekday::Mon], &[("09:00", "10:00")], &[]);
    let cases = [
        ErrorCase {
            name: "zero-minute target",
            submitted: filed,
            target: Target { minutes: 0, clock: Clock::AroundTheClock },
            calendars: BTreeMap::new(),
            expected: WindowError::ZeroMinuteTarget { level: Level::Critical },
        },
        ErrorCase {
            name: "zero-minute target on a business clock",
            submitted: filed,
            target: Target { minutes: 0, clock: office_clock() },
            calendars: office(warsaw_office()),
            expected: WindowError::ZeroMinuteTarget { level: Level::Critical },
        },
        ErrorCase {
            name: "calendar not configured",
            submitted: filed,
            target: Target { minutes: 60, clock: office_clock() },
            calendars: BTreeMap::new(),
            expected: WindowError::UnknownCalendar { calendar: "office".to_string() },
        },
        ErrorCase {
            name: "time zone unknown",
            submitted: filed,
            target: Target { minutes: 60, clock: office_clock() },
            calendars: office(calendar(
                "Mars/Olympus_Mons",
                MONDAY_TO_FRIDAY,
                &[("09:00", "17:00")],
                &[],
            )),
            expected: WindowError::UnknownTimeZone { time_zone: "Mars/Olympus_Mons".to_string() },
        },
        ErrorCase {
            name: "calendar never open",
            submitted: filed,
            target: Target { minutes: 60, clock: office_clock() },
            calendars: office(calendar("Europe/Warsaw", &[], &[], &[])),
            expected: WindowError::CalendarNeverOpen,
        },
        ErrorCase {
            name: "calendar with hours that close before they open",
            submitted: filed,
            target: Target { minutes: 60, clock: office_clock() },
            calendars: office(calendar(
                "Europe/Warsaw",
                &[Weekday::Tue],
                &[("17:00", "09:00")],
                &[],
            )),
            expected: WindowError::InvalidCalendar {
                problems: vec![
                    CalendarProblem::OpensNotBeforeCloses {
                        weekday: Weekday::Tue,
                        opens: time("17:00"),
                        closes: time("09:00"),
                    },
                    CalendarProblem::NoOpenHours,
                ],
            },
        },
        ErrorCase {
            name: "every date closed for four years",
            submitted: filed,
            target: Target { minutes: 60, clock: office_clock() },
            calendars: office(closed_for_years),
            expected: WindowError::NoDueTimeWithinSearch { searched_days: SEARCH_LIMIT_DAYS },
        },
        ErrorCase {
            name: "target longer than three years of opening hours",
            submitted: filed,
            target: Target { minutes: 200 * 60, clock: office_clock() },
            calendars: office(one_hour_a_week),
            expected: WindowError::NoDueTimeWithinSearch { searched_days: SEARCH_LIMIT_DAYS },
        },
        ErrorCase {
            name: "around the clock at the last representable instant",
            submitted: DateTime::<Utc>::MAX_UTC,
            target: Target { minutes: 1, clock: Clock::AroundTheClock },
            calendars: BTreeMap::new(),
            expected: WindowError::OutOfSupportedRange,
        },
        ErrorCase {
            name: "business clock at the last representable instant",
            submitted: DateTime::<Utc>::MAX_UTC,
            target: Target { minutes: 1, clock: office_clock() },
            calendars: office(warsaw_office()),
            expected: WindowError::OutOfSupportedRange,
        },
    ];
    for case in cases {
        check_error(case);
    }
}

#[test]
fn calendar_problems() {
    let check = |name: &str, calendar: BusinessCalendar, expected: Vec<CalendarProblem>| {
        assert_eq!(validate_calendar(&calendar), expected, "{name}");
    };
    check(
        "office hours",
        calendar("Europe/Warsaw", MONDAY_TO_FRIDAY, &[("09:00", "17:00")], &["2026-01-01"]),
        vec![],
    );
    check(
        "hours that touch over lunch",
        calendar("Asia/Taipei", MONDAY_TO_FRIDAY, &[("09:00", "12:00"), ("12:00", "18:00")], &[]),
        vec![],
    );
    check(
        "closing at midnight and open all day",
        calendar("Asia/Taipei", &[Weekday::Sat], &[("18:00", "00:00")], &[])
            .tap_weekly(Weekday::Sun, vec![hours("00:00", "00:00")]),
        vec![],
    );
    check(
        "opens after it closes",
        calendar("Europe/Warsaw", &[Weekday::Wed], &[("17:00", "09:00")], &[])
            .tap_weekly(Weekday::Mon, vec![hours("09:00", "17:00")]),
        vec![CalendarProblem::OpensNotBeforeCloses {
            weekday: Weekday::Wed,
            opens: time("17:00"),
            closes: time("09:00"),
        }],
    );
    check(
        "opens when it closes",
        calendar("Europe/Warsaw", &[Weekday::Thu], &[("09:00", "17:00"), ("12:00", "12:00")], &[]),
        vec![CalendarProblem::OpensNotBeforeCloses {
            weekday: Weekday::Thu,
            opens: time("12:00"),
            closes: time("12:00"),
        }],
    );
    check(
        "overlapping hours, reported in opening order",
        calendar("Europe/Warsaw", &[Weekday::Fri], &[("11:00", "17:00"), ("09:00", "12:00")], &[]),
        vec![CalendarProblem::OverlappingHours {
            weekday: Weekday::Fri,
            first: hours("09:00", "12:00"),
            second: hours("11:00", "17:00"),
        }],
    );
    check(
        "hours inside hours that run to midnight",
        calendar("Europe/Warsaw", &[Weekday::Sun], &[("08:00", "00:00"), ("20:00", "21:00")], &[]),
        vec![CalendarProblem::OverlappingHours {
            weekday: Weekday::Sun,
            first: hours("08:00", "00:00"),
            second: hours("20:00", "21:00"),
        }],
    );
    check(
        "no time zone and never open",
        calendar(" ", &[], &[], &[]),
        vec![CalendarProblem::MissingTimeZone, CalendarProblem::NoOpenHours],
    );
}

#[test]
fn problems_and_errors_read_as_english() {
    let problem = CalendarProblem::OverlappingHours {
        weekday: Weekday::Fri,
        first: hours("09:00", "12:00"),
        second: hours("11:00", "17:00"),
    };
    assert_eq!(problem.to_string(), "on Fri the hours 09:00 to 12:00 and 11:00 to 17:00 overlap");
    let error = WindowError::InvalidCalendar {
        problems: vec![CalendarProblem::MissingTimeZone, CalendarProblem::NoOpenHours],
    };
    assert_eq!(
        error.to_string(),
        "the business calendar has mistakes: the calendar does not name a time zone; \
         the calendar has no opening hours on any day of the week"
    );
    let unknown = UnknownTimeZone { time_zone: "Asia/Atlantis".to_string() };
    assert_eq!(unknown.to_string(), "the time zone \"Asia/Atlantis\" is not known");
    let error = WindowError::NoDueTimeWithinSearch { searched_days: SEARCH_LIMIT_DAYS };
    assert_eq!(
        error.to_string(),
        "the business calendar is not open long enough within 1098 days to meet the target"
    );
    let error = WindowError::ZeroMinuteTarget { level: Level::Minimal };
    assert_eq!(error.to_string(), "the response target for Minimal problems is zero minutes");
}

trait TapWeekly {
    fn tap_weekly(self, weekday: Weekday, hours_of_day: Vec<OpeningHours>) -> Self;
}

impl TapWeekly for BusinessCalendar {
    /// The same calendar with the hours of one weekday replaced.
    fn tap_weekly(mut self, weekday: Weekday, hours_of_day: Vec<OpeningHours>) -> Self {
        if let Some(slot) = self.weekly.get_mut(weekday.num_days_from_monday() as usize) {
            *slot = hours_of_day;
        }
        self
    }
}

#[test]
fn default_policies() {
    let professional = Policy::professional_default();
    let premier = Policy::premier_example();
    let expected =
        [(Level::Critical, 120, 60), (Level::Moderate, 240, 120), (Level::Minimal, 480, 240)];
    for (level, professional_minutes, premier_minutes) in expected {
        assert_eq!(
            professional.target(level),
            &Target { minutes: professional_minutes, clock: Clock::AroundTheClock },
            "Professional {level:?}"
        );
        assert_eq!(
            premier.target(level),
            &Target { minutes: premier_minutes, clock: Clock::AroundTheClock },
            "Premier {level:?}"
        );
    }
    assert!(!professional.set_by_contract && !professional.example);
    assert!(premier.set_by_contract && premier.example, "the Premier figures are an example");
    let customer = |contract, tenant_size| Customer { contract, tenant_size };
    use crate::domain::request::TenantSize::{FewerThan100, HundredOrMore};
    assert_eq!(
        Policy::default_for(customer(SupportContract::Professional, HundredOrMore)),
        professional
    );
    assert_eq!(
        Policy::default_for(customer(SupportContract::Professional, FewerThan100)),
        professional
    );
    assert_eq!(Policy::default_for(customer(SupportContract::Premier, HundredOrMore)), premier);
    // A Premier contract decides whatever the tenant's size.
    assert_eq!(Policy::default_for(customer(SupportContract::Premier, FewerThan100)), premier);
}

#[test]
fn policies_read_from_json() {
    let json = r#"{
        "critical": {"minutes": 120, "clock": {"kind": "around_the_clock"}},
        "moderate": {"minutes": 240, "clock": {"kind": "business", "calendar": "office"}},
        "minimal": {"minutes": 480, "clock": {"kind": "business", "calendar": "office"}},
        "set_by_contract": false
    }"#;
    let policy: Policy = serde_json::from_str(json).expect("the policy is valid JSON");
    assert!(!policy.example, "a policy without \"example\" is not one");
    assert_eq!(policy.target(Level::Moderate), &Target { minutes: 240, clock: office_clock() });
    assert_eq!(policy.target(Level::Critical).clock, Clock::AroundTheClock);
}

#[test]
fn open_intervals_for_a_timeline() {
    let taipei =
        calendar("Asia/Taipei", MONDAY_TO_FRIDAY, &[("09:00", "12:00"), ("13:30", "18:00")], &[]);
    let check = |name: &str,
                 calendar: &BusinessCalendar,
                 from: &str,
                 to: &str,
                 expected: &[(&str, &str)]| {
        let expected: Vec<_> =
            expected.iter().map(|(opens, closes)| (instant(opens), instant(closes))).collect();
        let periods = open_intervals_between(calendar, &DatabaseZones, instant(from), instant(to))
            .unwrap_or_else(|error| panic!("{name}: unexpected error {error}"));
        assert_eq!(periods, expected, "{name}");
    };
    check(
        "a day with a lunch break",
        &taipei,
        "2026-06-10T08:00:00+08:00",
        "2026-06-10T20:00:00+08:00",
        &[
            ("2026-06-10T09:00:00+08:00", "2026-06-10T12:00:00+08:00"),
            ("2026-06-10T13:30:00+08:00", "2026-06-10T18:00:00+08:00"),
        ],
    );
    check(
        "periods are cut at both ends of the span",
        &taipei,
        "2026-06-10T10:00:00+08:00",
        "2026-06-10T15:00:00+08:00",
        &[
            ("2026-06-10T10:00:00+08:00", "2026-06-10T12:00:00+08:00"),
            ("2026-06-10T13:30:00+08:00", "2026-06-10T15:00:00+08:00"),
        ],
    );
    check(
        "a weekend in between",
        &taipei,
        "2026-06-12T17:00:00+08:00",
        "2026-06-15T10:00:00+08:00",
        &[
            ("2026-06-12T17:00:00+08:00", "2026-06-12T18:00:00+08:00"),
            ("2026-06-15T09:00:00+08:00", "2026-06-15T10:00:00+08:00"),
        ],
    );
    check(
        "open all day, every day: one period with no seams at midnight",
        &calendar("Asia/Kolkata", EVERY_DAY, &[("00:00", "00:00")], &[]),
        "2026-06-10T12:00:00+05:30",
        "2026-06-13T12:00:00+05:30",
        &[("2026-06-10T12:00:00+05:30", "2026-06-13T12:00:00+05:30")],
    );
    check(
        "New York autumn: the repeated hour is open twice",
        &calendar("America/New_York", EVERY_DAY, &[("01:00", "02:00")], &[]),
        "2026-11-01T00:00:00-04:00",
        "2026-11-01T12:00:00-05:00",
        &[("2026-11-01T01:00:00-04:00", "2026-11-01T02:00:00-05:00")],
    );
    check(
        "a span that ends where it starts",
        &taipei,
        "2026-06-10T10:00:00+08:00",
        "2026-06-10T10:00:00+08:00",
        &[],
    );
    check(
        "a span that ends before it starts",
        &taipei,
        "2026-06-10T10:00:00+08:00",
        "2026-06-09T10:00:00+08:00",
        &[],
    );
}

#[test]
fn open_intervals_that_cannot_be_listed() {
    let from = instant("2026-06-10T00:00:00Z");
    let taipei = calendar("Asia/Taipei", MONDAY_TO_FRIDAY, &[("09:00", "18:00")], &[]);
    let too_far = from + TimeDelta::days(i64::from(SEARCH_LIMIT_DAYS) + 1);
    assert_eq!(
        open_intervals_between(&taipei, &DatabaseZones, from, too_far),
        Err(WindowError::TimelineTooLong { limit_days: SEARCH_LIMIT_DAYS })
    );
    let unknown_zone = calendar("Asia/Atlantis", MONDAY_TO_FRIDAY, &[("09:00", "18:00")], &[]);
    assert_eq!(
        open_intervals_between(&unknown_zone, &DatabaseZones, from, from + TimeDelta::days(1)),
        Err(WindowError::UnknownTimeZone { time_zone: "Asia/Atlantis".to_string() })
    );
    let never_open = calendar("Asia/Taipei", &[], &[], &[]);
    assert_eq!(
        open_intervals_between(&never_open, &DatabaseZones, from, from + TimeDelta::days(1)),
        Err(WindowError::CalendarNeverOpen)
    );
}

#[test]
fn time_remaining_on_the_wall_clock() {
    let window = Window {
        start: instant("2025-11-21T16:00:00+01:00"),
        due: instant("2025-11-24T12:00:00+01:00"),
        clock: office_clock(),
        target_minutes: 240,
    };
    let cases = [
        (
            "before the clock starts",
            "2025-11-21T15:00:00+01:00",
            Remaining::Due(TimeDelta::hours(69)),
        ),
        ("over the weekend", "2025-11-23T12:00:00+01:00", Remaining::Due(TimeDelta::hours(24))),
        ("at the due instant", "2025-11-24T12:00:00+01:00", Remaining::Due(TimeDelta::zero())),
        ("a minute late", "2025-11-24T12:01:00+01:00", Remaining::Overdue(TimeDelta::minutes(1))),
    ];
    for (name, now, expected) in cases {
        assert_eq!(window.remaining(instant(now)), expected, "{name}");
    }
}

#[test]
fn fixed_offset_zones() {
    let zones = FixedOffsetZones::utc().with_zone("Nepal Time", 5 * 3600 + 45 * 60);
    let noon = instant("2026-06-10T12:00:00Z");
    assert_eq!(zones.utc_offset_seconds("UTC", noon), Ok(0));
    assert_eq!(zones.utc_offset_seconds("Etc/UTC", noon), Ok(0));
    assert_eq!(zones.utc_offset_seconds("Nepal Time", noon), Ok(20_700));
    assert_eq!(
        zones.utc_offset_seconds("Europe/Warsaw", noon),
        Err(UnknownTimeZone { time_zone: "Europe/Warsaw".to_string() })
    );
    // The same Kathmandu case as the table, answered by a fixed offset instead of the database.
    let kathmandu = calendar("Nepal Time", SUNDAY_TO_FRIDAY, &[("10:00", "17:00")], &[]);
    let window = response_window(
        instant("2026-06-05T16:00:00+05:45"),
        Level::Minimal,
        &policy_with(120, office_clock()),
        &office(kathmandu),
        &zones,
    );
    assert_eq!(window.map(|window| window.due), Ok(instant("2026-06-07T11:00:00+05:45")));
    let utc_office = calendar("UTC", MONDAY_TO_FRIDAY, &[("09:00", "17:00")], &[]);
    let window = response_window(
        instant("2026-06-05T16:30:00Z"),
        Level::Critical,
        &policy_with(60, office_clock()),
        &office(utc_office),
        &zones,
    );
    assert_eq!(window.map(|window| window.due), Ok(instant("2026-06-08T09:30:00Z")));
}

#[test]
fn local_times_to_utc() {
    let check = |time_zone: &str, local: &str, repeated: Repeated, expected: &str| {
        let local = NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M")
            .expect("test local times are written as YYYY-MM-DD HH:MM");
        assert_eq!(
            local_to_utc(&DatabaseZones, time_zone, local, repeated),
            Ok(instant(expected)),
            "{time_zone} {local} {repeated:?}"
        );
    };
    check("Asia/Kolkata", "2026-06-10 09:30", Repeated::Earlier, "2026-06-10T04:00:00Z");
    check("Asia/Kathmandu", "2026-06-10 00:10", Repeated::Closing, "2026-06-09T18:25:00Z");
    check("Asia/Seoul", "2026-01-01 00:00", Repeated::Earlier, "2025-12-31T15:00:00Z");
    // Skipped local times, earlier or later alike, become the moment of the jump.
    check("Europe/Warsaw", "2026-03-29 02:30", Repeated::Earlier, "2026-03-29T01:00:00Z");
    check("Europe/Warsaw", "2026-03-29 02:00", Repeated::Closing, "2026-03-29T01:00:00Z");
    check("America/New_York", "2026-03-08 02:59", Repeated::Earlier, "2026-03-08T07:00:00Z");
    // Repeated local times: an opening takes the first occurrence; a closing the second,
    // unless the repeat only begins at the closing time.
    check("Europe/Warsaw", "2026-10-25 02:30", Repeated::Earlier, "2026-10-25T00:30:00Z");
    check("Europe/Warsaw", "2026-10-25 02:30", Repeated::Closing, "2026-10-25T01:30:00Z");
    check("America/New_York", "2026-11-01 01:00", Repeated::Earlier, "2026-11-01T05:00:00Z");
    check("America/New_York", "2026-11-01 01:30", Repeated::Closing, "2026-11-01T06:30:00Z");
    check("America/New_York", "2026-11-01 01:00", Repeated::Closing, "2026-11-01T05:00:00Z");
    check("America/Havana", "2026-11-01 00:00", Repeated::Closing, "2026-11-01T04:00:00Z");
    // Lord Howe Island moves its clocks by half an hour.
    check("Australia/Lord_Howe", "2026-10-04 02:15", Repeated::Earlier, "2026-10-03T15:30:00Z");
    // Samoa skipped the whole of 30 December 2011.
    check("Pacific/Apia", "2011-12-30 12:00", Repeated::Earlier, "2011-12-30T10:00:00Z");
}

#[test]
fn nonsense_zone_rules_do_not_panic() {
    let warsaw_office = calendar("Europe/Warsaw", MONDAY_TO_FRIDAY, &[("09:00", "17:00")], &[]);
    let calendars = office(warsaw_office.clone());
    let instants = [
        DateTime::<Utc>::MIN_UTC,
        instant("1900-01-01T00:00:00Z"),
        instant("2026-03-29T01:00:00Z"),
        DateTime::<Utc>::MAX_UTC - TimeDelta::days(3),
        DateTime::<Utc>::MAX_UTC,
    ];
    for submitted in instants {
        for minutes in [1, 240, u32::MAX] {
            let policy = policy_with(minutes, office_clock());
            let outcome =
                response_window(submitted, Level::Moderate, &policy, &calendars, &NonsenseZones);
            // Odd rules may give odd windows or errors, but a window never runs backwards.
            if let Ok(window) = outcome {
                assert!(window.start >= submitted && window.due > window.start, "{window:?}");
            }
        }
        let until = submitted + TimeDelta::days(2).min(DateTime::<Utc>::MAX_UTC - submitted);
        let periods = open_intervals_between(&warsaw_office, &NonsenseZones, submitted, until);
        for (opens, closes) in periods.unwrap_or_default() {
            assert!(submitted <= opens && opens < closes && closes <= until);
        }
    }
}

/// Time zones for the property tests: whole-hour, half-hour and 45-minute offsets, northern and
/// southern daylight saving, a half-hour daylight-saving shift and a skipped day.
const PROPERTY_ZONES: &[&str] = &[
    "Europe/Warsaw",
    "America/New_York",
    "Asia/Seoul",
    "Asia/Taipei",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "America/Santiago",
    "Pacific/Apia",
    "UTC",
];

/// A time of day from a minute count, reading 1440 as midnight at the end of the day.
fn minute_of_day(minutes: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(minutes / 60 % 24, minutes % 60, 0).unwrap_or(NaiveTime::MIN)
}

/// Well-formed opening hours for one day: sorted boundary minutes taken in pairs.
fn valid_hours_of_day() -> impl Strategy<Value = Vec<OpeningHours>> {
    prop::collection::btree_set(0u32..=1440, 0..=6).prop_map(|boundaries| {
        let boundaries: Vec<u32> = boundaries.into_iter().collect();
        boundaries
            .chunks_exact(2)
            .filter_map(|pair| match pair {
                [opens, closes] => Some(OpeningHours {
                    opens: minute_of_day(*opens),
                    closes: minute_of_day(*closes),
                }),
                _ => None,
            })
            .collect()
    })
}

fn date_between_2025_and_2028() -> impl Strategy<Value = NaiveDate> {
    (0u64..4 * 366).prop_map(|days| {
        date("2025-01-01").checked_add_days(chrono::Days::new(days)).unwrap_or(NaiveDate::MIN)
    })
}

/// A usable calendar in one of the property zones, with some closed dates.
fn valid_calendar() -> impl Strategy<Value = BusinessCalendar> {
    (
        prop::sample::select(PROPERTY_ZONES),
        prop::array::uniform7(valid_hours_of_day()),
        prop::collection::vec(date_between_2025_and_2028(), 0..30),
    )
        .prop_map(|(time_zone, weekly, closed_dates)| BusinessCalendar {
            time_zone: time_zone.to_string(),
            weekly,
            closed_dates,
        })
        .prop_filter("the calendar must be usable", |calendar| {
            validate_calendar(calendar).is_empty()
        })
}

/// Any calendar at all: any times of day (leap seconds included), any zone name, any dates.
fn any_calendar() -> impl Strategy<Value = BusinessCalendar> {
    let any_time = (0u32..86_400, 0u32..2_000_000_000).prop_map(|(seconds, nanoseconds)| {
        NaiveTime::from_num_seconds_from_midnight_opt(seconds, nanoseconds)
            .unwrap_or(NaiveTime::MIN)
    });
    let any_hours =
        (any_time.clone(), any_time).prop_map(|(opens, closes)| OpeningHours { opens, closes });
    let any_zone =
        prop_oneof![prop::sample::select(PROPERTY_ZONES).prop_map(str::to_string), ".*",];
    let any_date = (i32::MIN..=i32::MAX)
        .prop_map(|days| NaiveDate::from_num_days_from_ce_opt(days).unwrap_or(NaiveDate::MAX));
    (
        any_zone,
        prop::array::uniform7(prop::collection::vec(any_hours, 0..4)),
        prop::collection::vec(any_date, 0..8),
    )
        .prop_map(|(time_zone, weekly, closed_dates)| BusinessCalendar {
            time_zone,
            weekly,
            closed_dates,
        })
}

/// A well-formed calendar whose zone name may be anything at all.
fn valid_calendar_in_any_zone() -> impl Strategy<Value = BusinessCalendar> {
    (valid_calendar(), ".*")
        .prop_map(|(calendar, time_zone)| BusinessCalendar { time_zone, ..calendar })
}

fn instant_between_2000_and_2060() -> impl Strategy<Value = DateTime<Utc>> {
    (946_684_800i64..2_840_140_800)
        .prop_map(|seconds| DateTime::from_timestamp(seconds, 0).unwrap_or_default())
}

fn any_instant() -> impl Strategy<Value = DateTime<Utc>> {
    let earliest = DateTime::<Utc>::MIN_UTC.timestamp();
    let latest = DateTime::<Utc>::MAX_UTC.timestamp();
    prop_oneof![earliest..=latest, earliest..earliest + 86_400 * 30, latest - 86_400 * 30..=latest,]
        .prop_map(|seconds| DateTime::from_timestamp(seconds, 0).unwrap_or_default())
}

proptest! {
    #[test]
    fn business_windows_hold_exactly_the_target_of_open_time(
        calendar in valid_calendar(),
        submitted in instant_between_2000_and_2060(),
        minutes in 1u32..=6000,
    ) {
        let outcome = response_window(
            submitted,
            Level::Moderate,
            &policy_with(minutes, office_clock()),
            &office(calendar.clone()),
            &DatabaseZones,
        );
        let window = match outcome {
            Ok(window) => window,
            Err(WindowError::NoDueTimeWithinSearch { .. }) => return Ok(()),
            Err(error) => return Err(TestCaseError::fail(format!("unexpected {error}"))),
        };
        prop_assert!(window.start >= submitted);
        prop_assert!(window.due > window.start);
        let periods = open_intervals_between(&calendar, &DatabaseZones, submitted, window.due)
            .map_err(|error| TestCaseError::fail(error.to_string()))?;
        let open_time = periods
            .iter()
            .fold(TimeDelta::zero(), |total, (opens, closes)| total + (*closes - *opens));
        prop_assert_eq!(open_time, TimeDelta::minutes(i64::from(minutes)));
        prop_assert_eq!(periods.first().map(|period| period.0), Some(window.start));
        prop_assert_eq!(periods.last().map(|period| period.1), Some(window.due));
        for pair in periods.windows(2) {
            if let [earlier, later] = pair {
                prop_assert!(earlier.1 < later.0, "periods must be apart: {:?}", pair);
            }
        }
    }

    #[test]
    fn around_the_clock_windows_last_exactly_the_target(
        submitted in instant_between_2000_and_2060(),
        minutes in 1u32..=u32::MAX,
    ) {
        let window = response_window(
            submitted,
            Level::Critical,
            &policy_with(minutes, Clock::AroundTheClock),
            &BTreeMap::new(),
            &DatabaseZones,
        )
        .map_err(|error| TestCaseError::fail(error.to_string()))?;
        prop_assert_eq!(window.start, submitted);
        prop_assert_eq!(window.due - window.start, TimeDelta::minutes(i64::from(minutes)));
    }

    #[test]
    fn filing_later_never_makes_the_response_due_earlier(
        calendar in valid_calendar(),
        submitted in instant_between_2000_and_2060(),
        later_by_seconds in 0i64..40 * 86_400,
        minutes in 1u32..=3000,
    ) {
        let filed_later = submitted + TimeDelta::seconds(later_by_seconds);
        let calendars = office(calendar);
        for clock in [Clock::AroundTheClock, office_clock()] {
            let policy = policy_with(minutes, clock);
            let window_of = |filed| {
                response_window(filed, Level::Minimal, &policy, &calendars, &DatabaseZones)
            };
            match (window_of(submitted), window_of(filed_later)) {
                (Ok(first), Ok(second)) => {
                    prop_assert!(first.start <= second.start);
                    prop_assert!(first.due <= second.due, "{:?} then {:?}", first, second);
                }
                // The search for the later filing reaches further, so only an earlier
                // filing may find a due time the later one does not.
                (_, Err(WindowError::NoDueTimeWithinSearch { .. })) => {}
                (Err(WindowError::NoDueTimeWithinSearch { .. }), Ok(_)) => {}
                (first, second) => {
                    return Err(TestCaseError::fail(format!("{first:?} then {second:?}")));
                }
            }
        }
    }

    #[test]
    fn no_input_makes_it_panic(
        calendar in prop_oneof![any_calendar(), valid_calendar(), valid_calendar_in_any_zone()],
        submitted in any_instant(),
        span_seconds in 0i64..1200 * 86_400,
        minutes in any::<u32>(),
        business in any::<bool>(),
    ) {
        let clock = if business { office_clock() } else { Clock::AroundTheClock };
        let policy = policy_with(minutes, clock);
        let calendars = office(calendar.clone());
        let until = submitted
            .checked_add_signed(TimeDelta::seconds(span_seconds))
            .unwrap_or(DateTime::<Utc>::MAX_UTC);
        let _problems = validate_calendar(&calendar);
        let zone_rules: [&dyn ZoneRules; 2] = [&DatabaseZones, &NonsenseZones];
        for zones in zone_rules {
            if let Ok(window) =
                response_window(submitted, Level::Critical, &policy, &calendars, zones)
            {
                prop_assert!(window.start >= submitted && window.due > window.start);
                let _remaining = window.remaining(submitted);
            }
            if let Ok(periods) = open_intervals_between(&calendar, zones, submitted, until) {
                for (opens, closes) in periods {
                    prop_assert!(submitted <= opens && opens < closes && closes <= until);
                }
            }
        }
    }
}
