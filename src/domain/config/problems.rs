//! The problems a reader reports: where in the JSON, and what is wrong, in words a page owner
//! understands.

use std::fmt;

use crate::domain::plan::PlanProblem;
use crate::domain::request::{RequestKind, SupportContract, TenantSize};

use super::links::LinkProblem;
use super::{CONFIG_VERSION, MAX_IDENTIFIER_LENGTH, MAX_REPORTED_PROBLEMS, MAX_TARGET_HOURS};

/// What a value should have been.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    Object,
    List,
    /// Text that is not empty once surrounding spaces are removed.
    Text,
    Boolean,
    PositiveNumber,
    WholeNumberInRange {
        minimum: u64,
        maximum: u64,
    },
    /// Letters, digits, `-`, `_` and `.`, starting with a letter or digit.
    Identifier,
    /// `HH:MM` from 00:00 to 23:59.
    Time,
    /// `YYYY-MM-DD`.
    Date,
    /// An IANA time zone name such as `Europe/Warsaw`.
    TimeZone,
    /// A language tag such as `en` or `zh-TW`.
    LanguageTag,
    /// Non-empty text, or an object from language tags to non-empty texts.
    LocalisedText,
    /// An email address such as `ana@example.com`.
    EmailAddress,
}

impl Expected {
    fn describe(&self) -> String {
        match self {
            Expected::Object => "an object ({ ... })".to_owned(),
            Expected::List => "a list ([ ... ])".to_owned(),
            Expected::Text => "non-empty text".to_owned(),
            Expected::Boolean => "true or false".to_owned(),
            Expected::PositiveNumber => "a positive number".to_owned(),
            Expected::WholeNumberInRange { minimum, maximum } => {
                format!("a whole number from {minimum} to {maximum}")
            }
            Expected::Identifier => format!(
                "an identifier of letters, digits, '-', '_' or '.', at most \
                 {MAX_IDENTIFIER_LENGTH} characters"
            ),
            Expected::Time => "a time as HH:MM, from 00:00 to 23:59".to_owned(),
            Expected::Date => "a date as YYYY-MM-DD".to_owned(),
            Expected::TimeZone => "a time zone name such as \"Europe/Warsaw\"".to_owned(),
            Expected::LanguageTag => "a language tag such as \"en\" or \"zh-TW\"".to_owned(),
            Expected::EmailAddress => "an email address such as \"ana@example.com\"".to_owned(),
            Expected::LocalisedText => {
                "non-empty text, or an object from language tags to texts such as \
                 {\"en\": \"...\", \"pl\": \"...\"}"
                    .to_owned()
            }
        }
    }
}

/// What is wrong at one place of a configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigProblemKind {
    /// The text is not JSON. Fatal.
    InvalidJson { line: usize, column: usize, detail: String },
    /// The JSON is not an object. Fatal.
    TopLevelNotAnObject { found: String },
    /// The `version` is not 1. Fatal.
    UnsupportedVersion { found: String },
    /// There is no `version`; version 1 is assumed.
    MissingVersion,
    /// A field this version does not know; it is ignored.
    UnknownField,
    /// A required field of a list entry is missing; the entry is left out.
    MissingField,
    /// A value of the wrong type or shape.
    Invalid { expected: Expected, found: String },
    /// A link that is not a safe `https:`, `http:` or `mailto:` link.
    UnsafeLink { reason: LinkProblem, found: String },
    /// The hand-off endpoint receives ticket text, so plain `http:` is refused.
    EndpointNotEncrypted { found: String },
    /// The helpdesk's address must be `https:` (or `http:` to this machine).
    HelpdeskNotHttps { found: String },
    /// A Zendesk account's address with a path, query or fragment.
    HelpdeskNotAnOrigin { found: String },
    /// Both `helpdesk` and its short form `helpdesk_endpoint`; `used` names the one in use.
    HelpdeskGivenTwice { used: &'static str },
    /// A target gives both `hours` and `minutes`.
    HoursAndMinutes,
    /// A target gives neither `hours` nor `minutes`.
    MissingDuration,
    /// A target that is not a whole number of minutes, such as 0.01 hours.
    DurationNotWholeMinutes { found: String },
    /// A target longer than [`MAX_TARGET_HOURS`].
    DurationTooLong { found: String },
    /// An opening interval that closes before (or when) it opens.
    OpeningNotBeforeClosing { opens: String, closes: String },
    /// Two opening intervals of one day overlap.
    OverlappingOpeningHours,
    /// A calendar without any opening hours; a business clock on it would never run.
    CalendarNeverOpen,
    /// A second list entry with an id already used.
    DuplicateId { id: String },
    /// A reference to a channel that is not configured.
    UnknownChannel { id: String },
    /// A key of a per-language text that is not a language tag; that text is left out.
    UnknownLanguageTag { found: String },
    /// A reference to a calendar that is not configured.
    UnknownCalendar { name: String },
    /// A name that is not one of the allowed ones.
    UnknownChoice { found: String, allowed: Vec<&'static str> },
    /// No route covers this kind of request with this contract (a value of a route's `plans`):
    /// for any tenant size when `tenant_size` is `None`, otherwise for tenants of that size.
    MissingRoute { kind: RequestKind, contract: SupportContract, tenant_size: Option<TenantSize> },
    /// Other routes decide every request this route covers.
    RouteNeverUsed,
    /// The deprecated plan `small_tenant` in a route that also names `tenant_sizes`.
    SmallTenantWithTenantSizes,
    /// The default plan does not have the shape of a support plan.
    InvalidSupportPlan { detail: String },
    /// The default plan has a problem a user would be told about.
    SupportPlanProblem(PlanProblem),
    /// The report stops here; there were more problems.
    TooManyProblems,
}

/// One problem of a configuration: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigProblem {
    /// The JSON path, such as `policies.premier.critical.hours` or `routes[2].channel`;
    /// empty for the configuration as a whole.
    pub path: String,
    pub kind: ConfigProblemKind,
}

impl ConfigProblem {
    /// True when the problem discards the whole configuration in favour of the built-in one.
    pub fn is_fatal(&self) -> bool {
        matches!(
            self.kind,
            ConfigProblemKind::InvalidJson { .. }
                | ConfigProblemKind::TopLevelNotAnObject { .. }
                | ConfigProblemKind::UnsupportedVersion { .. }
        )
    }

    /// The problem in English, starting with its path, for example
    /// `policies.premier.critical.hours: expected a positive number, got -1`.
    pub fn message(&self) -> String {
        let place = if self.path.is_empty() { "configuration" } else { self.path.as_str() };
        format!("{place}: {}", self.describe())
    }

    fn describe(&self) -> String {
        match &self.kind {
            ConfigProblemKind::InvalidJson { line, column, detail } => format!(
                "this is not valid JSON (line {line}, column {column}: {detail}); the built-in \
                 configuration is used instead"
            ),
            ConfigProblemKind::TopLevelNotAnObject { found } => format!(
                "expected an object ({{ ... }}), got {found}; the built-in configuration is \
                 used instead"
            ),
            ConfigProblemKind::UnsupportedVersion { found } => format!(
                "this version reads configuration version {CONFIG_VERSION}, got {found}; the \
                 built-in configuration is used instead"
            ),
            ConfigProblemKind::MissingVersion => format!(
                "missing; version {CONFIG_VERSION} is assumed. Add \"version\": {CONFIG_VERSION}"
            ),
            ConfigProblemKind::UnknownField => {
                "unknown field, ignored; check its spelling and place".to_owned()
            }
            ConfigProblemKind::MissingField => {
                "required field missing; the entry is left out".to_owned()
            }
            ConfigProblemKind::Invalid { expected, found } => {
                format!("expected {}, got {found}", expected.describe())
            }
            ConfigProblemKind::UnsafeLink { reason, found } => {
                format!("{}, got {found}", reason.message())
            }
            ConfigProblemKind::EndpointNotEncrypted { found } => format!(
                "the hand-off endpoint receives ticket text, so it must start with https: or \
                 mailto: (or http: on this machine only), got {found}"
            ),
            ConfigProblemKind::HelpdeskNotHttps { found } => format!(
                "the helpdesk receives ticket text, so its address must start with https: (or \
                 http: on this machine only), got {found}"
            ),
            ConfigProblemKind::HelpdeskNotAnOrigin { found } => format!(
                "give only the account's address, such as \"https://example.zendesk.com\", \
                 without a path, query or fragment, got {found}"
            ),
            ConfigProblemKind::HelpdeskGivenTwice { used } => format!(
                "give either \"helpdesk\" or its short form \"helpdesk_endpoint\", not both; \
                 \"{used}\" is used"
            ),
            ConfigProblemKind::HoursAndMinutes => {
                "give either \"hours\" or \"minutes\", not both".to_owned()
            }
            ConfigProblemKind::MissingDuration => {
                "give the target as \"hours\" or \"minutes\"".to_owned()
            }
            ConfigProblemKind::DurationNotWholeMinutes { found } => {
                format!("the target must be a whole number of minutes, got {found}")
            }
            ConfigProblemKind::DurationTooLong { found } => {
                format!("the target must be at most {MAX_TARGET_HOURS} hours, got {found}")
            }
            ConfigProblemKind::OpeningNotBeforeClosing { opens, closes } => {
                format!("opens at {opens} but closes at {closes}; it must open before it closes")
            }
            ConfigProblemKind::OverlappingOpeningHours => {
                "opening hours overlap; the day is left closed".to_owned()
            }
            ConfigProblemKind::CalendarNeverOpen => {
                "the calendar has no opening hours at all, so a business clock would never run; \
                 the calendar is left out"
                    .to_owned()
            }
            ConfigProblemKind::DuplicateId { id } => {
                format!("the id \"{id}\" is already used; this entry is left out")
            }
            ConfigProblemKind::UnknownLanguageTag { found } => format!(
                "\"{found}\" is not a language tag such as \"en\" or \"zh-TW\"; this text is left out"
            ),
            ConfigProblemKind::UnknownChannel { id } => {
                format!("there is no channel with the id \"{id}\"")
            }
            ConfigProblemKind::UnknownCalendar { name } => {
                format!("there is no calendar named \"{name}\"")
            }
            ConfigProblemKind::UnknownChoice { found, allowed } => {
                let allowed: Vec<String> =
                    allowed.iter().map(|name| format!("\"{name}\"")).collect();
                format!("expected one of {}, got {found}", allowed.join(", "))
            }
            ConfigProblemKind::MissingRoute { kind, contract, tenant_size: None } => format!(
                "no route for \"{}\" requests with the \"{}\" support contract",
                kind.as_str(),
                contract.as_str()
            ),
            ConfigProblemKind::MissingRoute { kind, contract, tenant_size: Some(size) } => format!(
                "no route for \"{}\" requests with the \"{}\" support contract and \"{}\"",
                kind.as_str(),
                contract.as_str(),
                size.as_str()
            ),
            ConfigProblemKind::RouteNeverUsed => {
                "other routes already decide every request this route covers, so it is never \
                 used"
                    .to_owned()
            }
            ConfigProblemKind::SmallTenantWithTenantSizes => {
                "\"small_tenant\" is the old name for \"professional\" with \
                 \"fewer_than_100_licences\" and cannot be combined with \"tenant_sizes\"; it is \
                 read as \"professional\". Write \"professional\" and give the sizes in \
                 \"tenant_sizes\""
                    .to_owned()
            }
            ConfigProblemKind::InvalidSupportPlan { detail } => {
                format!("not a valid support plan ({detail}); the built-in default plan is used")
            }
            ConfigProblemKind::SupportPlanProblem(problem) => problem.message(),
            ConfigProblemKind::TooManyProblems => {
                format!("more than {MAX_REPORTED_PROBLEMS} problems; the rest are not listed")
            }
        }
    }
}

impl fmt::Display for ConfigProblem {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.message())
    }
}
