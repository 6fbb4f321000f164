//! Severity: the impact checklist, its classification and the manual override.
//!
//! The admin answers four plain questions about the impact of the problem. [`classify`] turns the
//! answers into one of the vendor's three levels and names the criteria that decided it, so the
//! user interface can show why. The admin may still choose another level with a written reason
//! ([`SeverityOverride`]); [`SeverityDecision`] keeps both the computed and the chosen level, so
//! the ticket can show both.
//!
//! How the rules were chosen, how "I don't know" counts and the full decision table are in
//! `docs/severity.md`; a test keeps that table identical to [`decision_table_markdown`].

use std::fmt;

use serde::{Deserialize, Serialize};

/// The vendor's three severity levels, worst first.
///
/// The derived ordering follows the declaration order, so `Critical < Moderate < Minimal`: a
/// smaller level is a more urgent one.
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

impl Level {
    /// Every level, most urgent first.
    pub const ALL: [Level; 3] = [Level::Critical, Level::Moderate, Level::Minimal];

    /// The vendor's letter for the level: `A`, `B` or `C`.
    pub fn letter(self) -> char {
        match self {
            Level::Critical => 'A',
            Level::Moderate => 'B',
            Level::Minimal => 'C',
        }
    }

    /// A stable identifier for storage, configuration and message keys; it never changes.
    pub fn id(self) -> &'static str {
        match self {
            Level::Critical => "critical",
            Level::Moderate => "moderate",
            Level::Minimal => "minimal",
        }
    }

    /// The level with the given [`Level::id`], or `None` for an unknown identifier.
    pub fn from_id(id: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|level| level.id() == id)
    }

    /// The English name of the level, used in the published decision table.
    pub fn english(self) -> &'static str {
        match self {
            Level::Critical => "Critical",
            Level::Moderate => "Moderate",
            Level::Minimal => "Minimal",
        }
    }
}

/// The four questions of the impact checklist, in the order they are asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImpactQuestion {
    /// Can the service still be used?
    Usability,
    /// Who or what is affected?
    Scope,
    /// How much does it hurt the business?
    BusinessImpact,
    /// Is there an acceptable way to keep working meanwhile?
    Workaround,
}

impl ImpactQuestion {
    /// Every question, in the order they are asked.
    pub const ALL: [ImpactQuestion; 4] = [
        ImpactQuestion::Usability,
        ImpactQuestion::Scope,
        ImpactQuestion::BusinessImpact,
        ImpactQuestion::Workaround,
    ];

    /// The question in English, used in the published decision table and exports.
    pub fn english(self) -> &'static str {
        match self {
            ImpactQuestion::Usability => "Can the service still be used?",
            ImpactQuestion::Scope => "Who or what is affected?",
            ImpactQuestion::BusinessImpact => "How much does it hurt the business?",
            ImpactQuestion::Workaround => "Is there an acceptable workaround?",
        }
    }
}

/// Answer to "can the service still be used?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Usability {
    /// One or more services cannot be reached or cannot be used at all.
    Unusable,
    /// The service works, but worse than it used to.
    WorseThanBefore,
    /// The service works; the problem is a minor inconvenience.
    MinorInconvenience,
    /// The admin does not know yet.
    DontKnow,
}

impl Usability {
    /// Every answer, in the order the user interface offers them.
    pub const ALL: [Usability; 4] = [
        Usability::Unusable,
        Usability::WorseThanBefore,
        Usability::MinorInconvenience,
        Usability::DontKnow,
    ];

    /// A short English label for the answer.
    pub fn english(self) -> &'static str {
        match self {
            Usability::Unusable => "unusable or unreachable",
            Usability::WorseThanBefore => "usable, but worse than before",
            Usability::MinorInconvenience => "usable, a minor inconvenience",
            Usability::DontKnow => "I don't know",
        }
    }
}

/// Answer to "who or what is affected?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Many users, or several services.
    ManyUsersOrServices,
    /// A single user, customer or service.
    OneUserCustomerOrService,
    /// Nobody yet: the problem was noticed before it reached anyone.
    NobodyYet,
    /// The admin does not know yet.
    DontKnow,
}

impl Scope {
    /// Every answer, in the order the user interface offers them.
    pub const ALL: [Scope; 4] = [
        Scope::ManyUsersOrServices,
        Scope::OneUserCustomerOrService,
        Scope::NobodyYet,
        Scope::DontKnow,
    ];

    /// A short English label for the answer.
    pub fn english(self) -> &'static str {
        match self {
            Scope::ManyUsersOrServices => "many users or services",
            Scope::OneUserCustomerOrService => "one user, customer or service",
            Scope::NobodyYet => "nobody yet",
            Scope::DontKnow => "I don't know",
        }
    }
}

/// Answer to "how much does it hurt the business?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BusinessImpact {
    /// Production, operations or a deployment deadline is severely hit, or soon will be.
    SevereOrDeadlineAtRisk,
    /// Noticeable, but it can wait for business hours.
    ModerateCanWaitForBusinessHours,
    /// Hardly any effect on the business.
    Minimal,
    /// The admin does not know yet.
    DontKnow,
}

impl BusinessImpact {
    /// Every answer, in the order the user interface offers them.
    pub const ALL: [BusinessImpact; 4] = [
        BusinessImpact::SevereOrDeadlineAtRisk,
        BusinessImpact::ModerateCanWaitForBusinessHours,
        BusinessImpact::Minimal,
        BusinessImpact::DontKnow,
    ];

    /// A short English label for the answer.
    pub fn english(self) -> &'static str {
        match self {
            BusinessImpact::SevereOrDeadlineAtRisk => "severe, or a deadline is at risk",
            BusinessImpact::ModerateCanWaitForBusinessHours => {
                "moderate, can wait for business hours"
            }
            BusinessImpact::Minimal => "minimal",
            BusinessImpact::DontKnow => "I don't know",
        }
    }
}

/// Answer to "is there an acceptable workaround?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Workaround {
    /// People can keep working in an acceptable way until it is fixed.
    AcceptableWorkaround,
    /// There is no acceptable way to keep working.
    NoWorkaround,
    /// The admin does not know yet; it counts as no workaround.
    DontKnow,
}

impl Workaround {
    /// Every answer, in the order the user interface offers them.
    pub const ALL: [Workaround; 3] =
        [Workaround::AcceptableWorkaround, Workaround::NoWorkaround, Workaround::DontKnow];

    /// A short English label for the answer.
    pub fn english(self) -> &'static str {
        match self {
            Workaround::AcceptableWorkaround => "yes, an acceptable one",
            Workaround::NoWorkaround => "no",
            Workaround::DontKnow => "I don't know",
        }
    }
}

/// The admin's answers to the impact checklist; `None` means the question is not answered yet.
///
/// For classification an unanswered question counts exactly like "I don't know", so a draft
/// always has a level; [`ImpactAnswers::unanswered`] tells the user interface what is still open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct ImpactAnswers {
    pub usability: Option<Usability>,
    pub scope: Option<Scope>,
    pub business_impact: Option<BusinessImpact>,
    pub workaround: Option<Workaround>,
}

impl ImpactAnswers {
    /// The questions that have no answer yet, in the order they are asked.
    pub fn unanswered(&self) -> Vec<ImpactQuestion> {
        ImpactQuestion::ALL
            .into_iter()
            .filter(|question| match question {
                ImpactQuestion::Usability => self.usability.is_none(),
                ImpactQuestion::Scope => self.scope.is_none(),
                ImpactQuestion::BusinessImpact => self.business_impact.is_none(),
                ImpactQuestion::Workaround => self.workaround.is_none(),
            })
            .collect()
    }

    /// True when every question has an answer ("I don't know" is an answer).
    pub fn is_complete(&self) -> bool {
        self.unanswered().is_empty()
    }
}

/// One answer that decided a level, or the rule that kept "I don't know" from deciding it. The
/// user interface translates it; [`Reason::english`] gives the English sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The service cannot be reached or used.
    ServiceUnusable,
    /// The service works, but worse than before.
    WorseThanBefore,
    /// The service works; the problem is a minor inconvenience.
    MinorInconvenience,
    /// It is not known how usable the service still is.
    UsabilityNotKnown,
    /// Many users or several services are affected.
    ManyAffected,
    /// A single user, customer or service is affected.
    OneAffected,
    /// Nobody is affected yet.
    NobodyAffectedYet,
    /// It is not known who or what is affected.
    ScopeNotKnown,
    /// Production, operations or a deadline is severely hit.
    SevereBusinessImpact,
    /// Business impact is moderate and can wait for business hours.
    ModerateBusinessImpact,
    /// The business impact is minimal.
    MinimalBusinessImpact,
    /// The business impact is not known.
    BusinessImpactNotKnown,
    /// There is no acceptable workaround.
    NoWorkaround,
    /// People can keep working with an acceptable workaround.
    AcceptableWorkaround,
    /// It is not known whether there is an acceptable workaround.
    WorkaroundNotKnown,
    /// The answers would make it critical only if the "I don't know" answers turned out bad, and
    /// "I don't know" never makes a problem critical.
    CriticalNeedsKnownAnswers,
}

impl Reason {
    /// Every reason, in the order of the questions they come from.
    pub const ALL: [Reason; 16] = [
        Reason::ServiceUnusable,
        Reason::WorseThanBefore,
        Reason::MinorInconvenience,
        Reason::UsabilityNotKnown,
        Reason::ManyAffected,
        Reason::OneAffected,
        Reason::NobodyAffectedYet,
        Reason::ScopeNotKnown,
        Reason::SevereBusinessImpact,
        Reason::ModerateBusinessImpact,
        Reason::MinimalBusinessImpact,
        Reason::BusinessImpactNotKnown,
        Reason::NoWorkaround,
        Reason::AcceptableWorkaround,
        Reason::WorkaroundNotKnown,
        Reason::CriticalNeedsKnownAnswers,
    ];

    /// A stable `snake_case` identifier, the reason's name in stored drafts and exported JSON
    /// (`derived.reasons`); it never changes, whatever the variant is called.
    pub fn id(self) -> &'static str {
        match self {
            Reason::ServiceUnusable => "service_unusable",
            Reason::WorseThanBefore => "worse_than_before",
            Reason::MinorInconvenience => "minor_inconvenience",
            Reason::UsabilityNotKnown => "usability_not_known",
            Reason::ManyAffected => "many_affected",
            Reason::OneAffected => "one_affected",
            Reason::NobodyAffectedYet => "nobody_affected_yet",
            Reason::ScopeNotKnown => "scope_not_known",
            Reason::SevereBusinessImpact => "severe_business_impact",
            Reason::ModerateBusinessImpact => "moderate_business_impact",
            Reason::MinimalBusinessImpact => "minimal_business_impact",
            Reason::BusinessImpactNotKnown => "business_impact_not_known",
            Reason::NoWorkaround => "no_workaround",
            Reason::AcceptableWorkaround => "acceptable_workaround",
            Reason::WorkaroundNotKnown => "workaround_not_known",
            Reason::CriticalNeedsKnownAnswers => "critical_needs_known_answers",
        }
    }

    /// The reason with the given [`Reason::id`], or `None` for an unknown identifier.
    pub fn from_id(id: &str) -> Option<Reason> {
        Reason::ALL.into_iter().find(|reason| reason.id() == id)
    }

    /// The English sentence for the reason, without a final full stop.
    pub fn english(self) -> &'static str {
        match self {
            Reason::ServiceUnusable => "the service cannot be reached or used",
            Reason::WorseThanBefore => "the service is usable but works worse than before",
            Reason::MinorInconvenience => "the service works; the problem is a minor inconvenience",
            Reason::UsabilityNotKnown => "it is not known yet how usable the service still is",
            Reason::ManyAffected => "many users or several services are affected",
            Reason::OneAffected => "a single user, customer or service is affected",
            Reason::NobodyAffectedYet => "nobody is affected yet",
            Reason::ScopeNotKnown => "it is not known yet who or what is affected",
            Reason::SevereBusinessImpact => {
                "production, operations or a deployment deadline is severely affected"
            }
            Reason::ModerateBusinessImpact => {
                "business impact is moderate and can be handled during business hours"
            }
            Reason::MinimalBusinessImpact => "business impact is minimal",
            Reason::BusinessImpactNotKnown => "the business impact is not known yet",
            Reason::NoWorkaround => "there is no acceptable workaround",
            Reason::AcceptableWorkaround => "people can keep working with an acceptable workaround",
            Reason::WorkaroundNotKnown => "it is not known yet whether there is a workaround",
            Reason::CriticalNeedsKnownAnswers => {
                "it would be critical only if the answers you do not know yet turned out bad; \
                 answer them to confirm critical severity"
            }
        }
    }
}

/// The computed level and the answers that decided it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Classification {
    pub level: Level,
    /// Never empty, in the order the questions are asked; see [`classify`] for which answers
    /// are named.
    pub reasons: Vec<Reason>,
}

/// How much each answer adds to the impact (who is affected, how usable the service is) and to
/// the urgency (business impact, workaround). Milder answers add nothing. The weights are the
/// whole policy: `docs/severity.md` explains each one, and the published matrix is generated
/// from them.
pub mod weights {
    /// Many users or several services affected.
    pub const MANY_AFFECTED: u8 = 4;
    /// A single user, customer or service affected.
    pub const ONE_AFFECTED: u8 = 2;
    /// The service cannot be reached or used.
    pub const UNUSABLE: u8 = 2;
    /// The service works worse than before.
    pub const WORSE_THAN_BEFORE: u8 = 1;
    /// Production, operations or a deadline is severely hit.
    pub const SEVERE_BUSINESS_IMPACT: u8 = 6;
    /// A moderate business impact that can wait for business hours.
    pub const MODERATE_BUSINESS_IMPACT: u8 = 3;
    /// No acceptable workaround.
    pub const NO_WORKAROUND: u8 = 2;
    /// From this many points of impact plus urgency, a problem is critical.
    pub const CRITICAL_FROM: u8 = 10;
    /// Up to this many points, a problem is minimal.
    pub const MINIMAL_UP_TO: u8 = 4;
}

/// Impact points: who is affected and how usable the service still is.
fn impact_points(scope: Scope, usability: Usability) -> u8 {
    let from_scope = match scope {
        Scope::ManyUsersOrServices => weights::MANY_AFFECTED,
        Scope::OneUserCustomerOrService => weights::ONE_AFFECTED,
        Scope::NobodyYet => 0,
        // Not known: counted as one, the middle of the range.
        Scope::DontKnow => weights::ONE_AFFECTED,
    };
    let from_usability = match usability {
        Usability::Unusable => weights::UNUSABLE,
        Usability::WorseThanBefore => weights::WORSE_THAN_BEFORE,
        Usability::MinorInconvenience => 0,
        Usability::DontKnow => weights::WORSE_THAN_BEFORE,
    };
    from_scope + from_usability
}

/// Urgency points: how hard the business is hit and whether people can keep working.
fn urgency_points(business_impact: BusinessImpact, workaround: Workaround) -> u8 {
    let from_business_impact = match business_impact {
        BusinessImpact::SevereOrDeadlineAtRisk => weights::SEVERE_BUSINESS_IMPACT,
        BusinessImpact::ModerateCanWaitForBusinessHours => weights::MODERATE_BUSINESS_IMPACT,
        BusinessImpact::Minimal => 0,
        BusinessImpact::DontKnow => weights::MODERATE_BUSINESS_IMPACT,
    };
    let from_workaround = match workaround {
        Workaround::NoWorkaround | Workaround::DontKnow => weights::NO_WORKAROUND,
        Workaround::AcceptableWorkaround => 0,
    };
    from_business_impact + from_workaround
}

/// The level for impact and urgency points: the cells of the published matrix.
pub fn level_for_points(impact: u8, urgency: u8) -> Level {
    let total = impact.saturating_add(urgency);
    if total >= weights::CRITICAL_FROM {
        Level::Critical
    } else if total <= weights::MINIMAL_UP_TO {
        Level::Minimal
    } else {
        Level::Moderate
    }
}

/// The four answers with "not answered" read as "I don't know".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Answered {
    usability: Usability,
    scope: Scope,
    business_impact: BusinessImpact,
    workaround: Workaround,
}

impl Answered {
    fn from(answers: &ImpactAnswers) -> Answered {
        Answered {
            usability: answers.usability.unwrap_or(Usability::DontKnow),
            scope: answers.scope.unwrap_or(Scope::DontKnow),
            business_impact: answers.business_impact.unwrap_or(BusinessImpact::DontKnow),
            workaround: answers.workaround.unwrap_or(Workaround::DontKnow),
        }
    }

    /// Every "I don't know" read as the mildest answer: what the known answers give alone.
    fn known_only(self) -> Answered {
        Answered {
            usability: match self.usability {
                Usability::DontKnow => Usability::MinorInconvenience,
                known => known,
            },
            scope: match self.scope {
                Scope::DontKnow => Scope::NobodyYet,
                known => known,
            },
            business_impact: match self.business_impact {
                BusinessImpact::DontKnow => BusinessImpact::Minimal,
                known => known,
            },
            workaround: match self.workaround {
                Workaround::DontKnow => Workaround::AcceptableWorkaround,
                known => known,
            },
        }
    }

    fn level(self) -> Level {
        level_for_points(
            impact_points(self.scope, self.usability),
            urgency_points(self.business_impact, self.workaround),
        )
    }

    /// The reason each answer gives, in the order of the questions, with whether the answer
    /// added points (raised the level) or is the mildest one (kept it low).
    fn answer_reasons(self) -> [(Reason, bool); 4] {
        let usability = match self.usability {
            Usability::Unusable => (Reason::ServiceUnusable, true),
            Usability::WorseThanBefore => (Reason::WorseThanBefore, true),
            Usability::MinorInconvenience => (Reason::MinorInconvenience, false),
            Usability::DontKnow => (Reason::UsabilityNotKnown, true),
        };
        let scope = match self.scope {
            Scope::ManyUsersOrServices => (Reason::ManyAffected, true),
            Scope::OneUserCustomerOrService => (Reason::OneAffected, true),
            Scope::NobodyYet => (Reason::NobodyAffectedYet, false),
            Scope::DontKnow => (Reason::ScopeNotKnown, true),
        };
        let business_impact = match self.business_impact {
            BusinessImpact::SevereOrDeadlineAtRisk => (Reason::SevereBusinessImpact, true),
            BusinessImpact::ModerateCanWaitForBusinessHours => {
                (Reason::ModerateBusinessImpact, true)
            }
            BusinessImpact::Minimal => (Reason::MinimalBusinessImpact, false),
            BusinessImpact::DontKnow => (Reason::BusinessImpactNotKnown, true),
        };
        let workaround = match self.workaround {
            Workaround::NoWorkaround => (Reason::NoWorkaround, true),
            Workaround::AcceptableWorkaround => (Reason::AcceptableWorkaround, false),
            Workaround::DontKnow => (Reason::WorkaroundNotKnown, true),
        };
        [usability, scope, business_impact, workaround]
    }
}

/// Classifies the impact answers into a level and the answers that decided it.
///
/// An impact × urgency decision, as service desks make it: each answer adds points to the
/// impact (who is affected, how usable the service is) or to the urgency (business impact,
/// workaround) according to [`weights`]; from [`weights::CRITICAL_FROM`] points the problem is
/// critical, up to [`weights::MINIMAL_UP_TO`] it is minimal, in between it is moderate.
///
/// "I don't know" (and a question not answered yet) counts as the middle answer, with one
/// limit: a problem is critical only when the known answers make it critical with every "I
/// don't know" read as the mildest answer. Otherwise it stays moderate, and the reasons say
/// that answering would settle it.
///
/// The reasons of a critical or moderate level are the answers that added points; those of a
/// minimal level are the mildest answers, which kept it low.
pub fn classify(answers: &ImpactAnswers) -> Classification {
    let answered = Answered::from(answers);
    let computed = answered.level();
    let rests_on_dont_know =
        computed == Level::Critical && answered.known_only().level() != Level::Critical;
    let level = if rests_on_dont_know { Level::Moderate } else { computed };
    let raised_it = level != Level::Minimal;
    let mut reasons: Vec<Reason> = answered
        .answer_reasons()
        .into_iter()
        .filter(|(_, added_points)| *added_points == raised_it)
        .map(|(reason, _)| reason)
        .collect();
    if rests_on_dont_know {
        reasons.push(Reason::CriticalNeedsKnownAnswers);
    }
    Classification { level, reasons }
}

/// Why a manual severity override was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OverrideError {
    /// The reason is empty or only whitespace; choosing another level needs a written reason.
    EmptyReason,
}

impl fmt::Display for OverrideError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OverrideError::EmptyReason => formatter.write_str(
                "a severity chosen by hand needs a written reason, and the reason is empty",
            ),
        }
    }
}

impl std::error::Error for OverrideError {}

/// A level chosen by the admin instead of the computed one, with the written reason why.
///
/// The fields are private so that every override, including one read from storage or an
/// imported file, has passed [`SeverityOverride::new`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "UncheckedSeverityOverride")]
pub struct SeverityOverride {
    level: Level,
    reason: String,
}

/// The stored shape of [`SeverityOverride`], checked by [`SeverityOverride::new`] on reading.
#[derive(Deserialize)]
struct UncheckedSeverityOverride {
    level: Level,
    reason: String,
}

impl TryFrom<UncheckedSeverityOverride> for SeverityOverride {
    type Error = OverrideError;

    fn try_from(unchecked: UncheckedSeverityOverride) -> Result<Self, Self::Error> {
        SeverityOverride::new(unchecked.level, unchecked.reason)
    }
}

impl SeverityOverride {
    /// Creates an override; the reason is kept as written but must contain more than whitespace.
    pub fn new(level: Level, reason: impl Into<String>) -> Result<SeverityOverride, OverrideError> {
        let reason = reason.into();
        if reason.trim().is_empty() {
            return Err(OverrideError::EmptyReason);
        }
        Ok(SeverityOverride { level, reason })
    }

    /// The level the admin chose.
    pub fn level(&self) -> Level {
        self.level
    }

    /// The admin's reason for choosing it.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

/// The computed classification together with the admin's override, if any.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SeverityDecision {
    pub computed: Classification,
    #[serde(rename = "override")]
    pub override_: Option<SeverityOverride>,
}

impl SeverityDecision {
    /// Classifies `answers` and attaches the optional override.
    pub fn new(answers: &ImpactAnswers, override_: Option<SeverityOverride>) -> SeverityDecision {
        SeverityDecision { computed: classify(answers), override_ }
    }

    /// The level computed from the answers.
    pub fn computed_level(&self) -> Level {
        self.computed.level
    }

    /// The level the admin chose by hand, if any.
    pub fn chosen_level(&self) -> Option<Level> {
        self.override_.as_ref().map(SeverityOverride::level)
    }

    /// The level the ticket is filed with: the chosen one if there is one, else the computed one.
    pub fn effective_level(&self) -> Level {
        self.chosen_level().unwrap_or(self.computed.level)
    }
}

/// Every combination of answers, in the order of the published decision table.
fn all_answered_combinations() -> Vec<ImpactAnswers> {
    let mut combinations = Vec::new();
    for usability in Usability::ALL {
        for scope in Scope::ALL {
            for business_impact in BusinessImpact::ALL {
                for workaround in Workaround::ALL {
                    combinations.push(ImpactAnswers {
                        usability: Some(usability),
                        scope: Some(scope),
                        business_impact: Some(business_impact),
                        workaround: Some(workaround),
                    });
                }
            }
        }
    }
    combinations
}

/// The full decision table as a Markdown table: every combination of answers, its points, its
/// level and the reasons. `docs/severity.md` publishes exactly this text.
pub fn decision_table_markdown() -> String {
    let mut table = String::from(
        "| # | Service usable? | Who is affected? | Business impact | Workaround? | Impact + urgency | Level | Why |\n\
         |---:|---|---|---|---|---:|---|---|\n",
    );
    for (row_index, answers) in all_answered_combinations().iter().enumerate() {
        let answered = Answered::from(answers);
        let impact = impact_points(answered.scope, answered.usability);
        let urgency = urgency_points(answered.business_impact, answered.workaround);
        let classification = classify(answers);
        let why: Vec<&str> = classification.reasons.iter().map(|reason| reason.english()).collect();
        table.push_str(&format!(
            "| {} | {} | {} | {} | {} | {impact} + {urgency} | {} ({}) | {} |\n",
            row_index + 1,
            answers.usability.map_or("", Usability::english),
            answers.scope.map_or("", Scope::english),
            answers.business_impact.map_or("", BusinessImpact::english),
            answers.workaround.map_or("", Workaround::english),
            classification.level.english(),
            classification.level.letter(),
            why.join("; "),
        ));
    }
    table
}

/// The impact × urgency matrix as a Markdown table: a row per impact (who is affected and how
/// usable the service is), a column per urgency (business impact and workaround), the level in
/// each cell. Only known answers; `docs/severity.md` publishes exactly this text.
pub fn matrix_markdown() -> String {
    let known_usability =
        [Usability::Unusable, Usability::WorseThanBefore, Usability::MinorInconvenience];
    let known_scope =
        [Scope::ManyUsersOrServices, Scope::OneUserCustomerOrService, Scope::NobodyYet];
    let known_business_impact = [
        BusinessImpact::SevereOrDeadlineAtRisk,
        BusinessImpact::ModerateCanWaitForBusinessHours,
        BusinessImpact::Minimal,
    ];
    let known_workaround = [Workaround::NoWorkaround, Workaround::AcceptableWorkaround];
    let mut columns = Vec::new();
    for business_impact in known_business_impact {
        for workaround in known_workaround {
            columns.push((
                business_impact,
                workaround,
                urgency_points(business_impact, workaround),
            ));
        }
    }
    let mut table = String::from("| impact \\ urgency |");
    for (business_impact, workaround, urgency) in &columns {
        table.push_str(&format!(
            " {}, workaround: {} ({urgency}) |",
            business_impact.english(),
            workaround.english()
        ));
    }
    table.push_str("\n|---|");
    table.push_str(&"---|".repeat(columns.len()));
    table.push('\n');
    for scope in known_scope {
        for usability in known_usability {
            let impact = impact_points(scope, usability);
            table.push_str(&format!("| {}, {} ({impact}) |", scope.english(), usability.english()));
            for (_, _, urgency) in &columns {
                let level = level_for_points(impact, *urgency);
                table.push_str(&format!(" {} ({}) |", level.english(), level.letter()));
            }
            table.push('\n');
        }
    }
    table
}

#[cfg(test)]
mod tests;
