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

/// One criterion that decided a level. The user interface translates it; [`Reason::english`]
/// gives the English sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Critical: one or more services cannot be reached or used.
    ServiceUnusable,
    /// Critical: many users or services are affected and nothing acceptable keeps them working.
    ManyAffectedWithoutWorkaround,
    /// Critical: production, operations or a deadline is severely hit.
    SevereBusinessImpact,
    /// Moderate: the service works, but worse than before.
    WorseThanBefore,
    /// Moderate: it is not known how usable the service still is.
    UsabilityNotKnown,
    /// Moderate: a single user, customer or service is affected and has no known workaround.
    OneAffectedWithoutWorkaround,
    /// Moderate: many users or services are affected, but an acceptable workaround exists.
    ManyAffectedWithWorkaround,
    /// Moderate: it is not known who or what is affected.
    ScopeNotKnown,
    /// Moderate: business impact is moderate and can wait for business hours.
    ModerateBusinessImpact,
    /// Moderate: the business impact is not known.
    BusinessImpactNotKnown,
    /// Minimal: the service works; the problem is a minor inconvenience.
    MinorInconvenience,
    /// Minimal: a single user, customer or service is affected and has an acceptable workaround.
    OneAffectedWithWorkaround,
    /// Minimal: nobody is affected yet.
    NobodyAffectedYet,
    /// Minimal: the business impact is minimal.
    MinimalBusinessImpact,
}

impl Reason {
    /// The English sentence for the reason, without a final full stop.
    pub fn english(self) -> &'static str {
        match self {
            Reason::ServiceUnusable => "one or more services are inaccessible or unusable",
            Reason::ManyAffectedWithoutWorkaround => {
                "many users or services are affected and no acceptable workaround is known"
            }
            Reason::SevereBusinessImpact => {
                "production, operations or a deployment deadline is severely affected"
            }
            Reason::WorseThanBefore => "the service is usable but works worse than before",
            Reason::UsabilityNotKnown => "it is not known yet how usable the service still is",
            Reason::OneAffectedWithoutWorkaround => {
                "a single user, customer or service is affected and no acceptable workaround is known"
            }
            Reason::ManyAffectedWithWorkaround => {
                "many users or services are affected, but an acceptable workaround exists"
            }
            Reason::ScopeNotKnown => "it is not known yet who or what is affected",
            Reason::ModerateBusinessImpact => {
                "business impact is moderate and can be handled during business hours"
            }
            Reason::BusinessImpactNotKnown => "the business impact is not known yet",
            Reason::MinorInconvenience => "the service works; the problem is a minor inconvenience",
            Reason::OneAffectedWithWorkaround => {
                "a single user, customer or service is affected and has an acceptable workaround"
            }
            Reason::NobodyAffectedYet => "nobody is affected yet",
            Reason::MinimalBusinessImpact => "business impact is minimal",
        }
    }

    /// The level this reason argues for.
    pub fn level(self) -> Level {
        match self {
            Reason::ServiceUnusable
            | Reason::ManyAffectedWithoutWorkaround
            | Reason::SevereBusinessImpact => Level::Critical,
            Reason::WorseThanBefore
            | Reason::UsabilityNotKnown
            | Reason::OneAffectedWithoutWorkaround
            | Reason::ManyAffectedWithWorkaround
            | Reason::ScopeNotKnown
            | Reason::ModerateBusinessImpact
            | Reason::BusinessImpactNotKnown => Level::Moderate,
            Reason::MinorInconvenience
            | Reason::OneAffectedWithWorkaround
            | Reason::NobodyAffectedYet
            | Reason::MinimalBusinessImpact => Level::Minimal,
        }
    }
}

/// The computed level and the criteria that decided it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Classification {
    pub level: Level,
    /// Never empty; every reason argues for `level`, in the order the questions are asked.
    pub reasons: Vec<Reason>,
}

/// Classifies the impact answers into a level and the reasons for it.
///
/// The rules, most urgent first (an unanswered question counts as "I don't know"):
/// - Critical when the service is unusable, or the business impact is severe, or many users or
///   services are affected and no acceptable workaround is known.
/// - Moderate, when not critical, if any of these holds: the service works worse than before;
///   the business impact is moderate; a single user, customer or service is affected with no
///   known workaround; many are affected but have an acceptable workaround; or the usability,
///   the scope or the business impact is not known.
/// - Minimal otherwise: a minor inconvenience, minimal business impact, and either nobody
///   affected yet or a single one affected with an acceptable workaround.
///
/// "I don't know" therefore never makes a problem critical on its own and never lets it be
/// minimal. For the workaround, "I don't know" counts as no workaround.
pub fn classify(answers: &ImpactAnswers) -> Classification {
    let usability = answers.usability.unwrap_or(Usability::DontKnow);
    let scope = answers.scope.unwrap_or(Scope::DontKnow);
    let business_impact = answers.business_impact.unwrap_or(BusinessImpact::DontKnow);
    // Without a known, acceptable workaround the people affected cannot keep working.
    let has_acceptable_workaround =
        answers.workaround.unwrap_or(Workaround::DontKnow) == Workaround::AcceptableWorkaround;

    let mut critical_reasons = Vec::new();
    if usability == Usability::Unusable {
        critical_reasons.push(Reason::ServiceUnusable);
    }
    if scope == Scope::ManyUsersOrServices && !has_acceptable_workaround {
        critical_reasons.push(Reason::ManyAffectedWithoutWorkaround);
    }
    if business_impact == BusinessImpact::SevereOrDeadlineAtRisk {
        critical_reasons.push(Reason::SevereBusinessImpact);
    }
    if !critical_reasons.is_empty() {
        return Classification { level: Level::Critical, reasons: critical_reasons };
    }

    let mut moderate_reasons = Vec::new();
    match usability {
        Usability::WorseThanBefore => moderate_reasons.push(Reason::WorseThanBefore),
        Usability::DontKnow => moderate_reasons.push(Reason::UsabilityNotKnown),
        Usability::Unusable | Usability::MinorInconvenience => {}
    }
    match scope {
        Scope::OneUserCustomerOrService if !has_acceptable_workaround => {
            moderate_reasons.push(Reason::OneAffectedWithoutWorkaround)
        }
        // Many affected without a workaround was already critical above.
        Scope::ManyUsersOrServices => moderate_reasons.push(Reason::ManyAffectedWithWorkaround),
        Scope::DontKnow => moderate_reasons.push(Reason::ScopeNotKnown),
        Scope::OneUserCustomerOrService | Scope::NobodyYet => {}
    }
    match business_impact {
        BusinessImpact::ModerateCanWaitForBusinessHours => {
            moderate_reasons.push(Reason::ModerateBusinessImpact)
        }
        BusinessImpact::DontKnow => moderate_reasons.push(Reason::BusinessImpactNotKnown),
        BusinessImpact::SevereOrDeadlineAtRisk | BusinessImpact::Minimal => {}
    }
    if !moderate_reasons.is_empty() {
        return Classification { level: Level::Moderate, reasons: moderate_reasons };
    }

    // Reaching this point means every remaining answer is on the minimal side: usability is a
    // minor inconvenience, business impact is minimal, and the scope is nobody or one with a
    // workaround. The reasons say so one by one.
    let mut minimal_reasons = vec![Reason::MinorInconvenience];
    if scope == Scope::NobodyYet {
        minimal_reasons.push(Reason::NobodyAffectedYet);
    } else {
        minimal_reasons.push(Reason::OneAffectedWithWorkaround);
    }
    minimal_reasons.push(Reason::MinimalBusinessImpact);
    Classification { level: Level::Minimal, reasons: minimal_reasons }
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

/// The full decision table as a Markdown table: every combination of answers, its level and the
/// reasons. `docs/severity.md` publishes exactly this text.
pub fn decision_table_markdown() -> String {
    let mut table = String::from(
        "| # | Service usable? | Who is affected? | Business impact | Workaround? | Level | Why |\n\
         |---:|---|---|---|---|---|---|\n",
    );
    for (row_index, answers) in all_answered_combinations().iter().enumerate() {
        let classification = classify(answers);
        let why: Vec<&str> = classification.reasons.iter().map(|reason| reason.english()).collect();
        table.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} ({}) | {} |\n",
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every value a question can hold, unanswered included.
    fn usability_values() -> Vec<Option<Usability>> {
        std::iter::once(None).chain(Usability::ALL.into_iter().map(Some)).collect()
    }
    fn scope_values() -> Vec<Option<Scope>> {
        std::iter::once(None).chain(Scope::ALL.into_iter().map(Some)).collect()
    }
    fn business_impact_values() -> Vec<Option<BusinessImpact>> {
        std::iter::once(None).chain(BusinessImpact::ALL.into_iter().map(Some)).collect()
    }
    fn workaround_values() -> Vec<Option<Workaround>> {
        std::iter::once(None).chain(Workaround::ALL.into_iter().map(Some)).collect()
    }

    /// Every combination including unanswered questions: 5 x 5 x 5 x 4 = 500.
    fn every_combination_with_unanswered() -> Vec<ImpactAnswers> {
        let mut combinations = Vec::new();
        for usability in usability_values() {
            for scope in scope_values() {
                for business_impact in business_impact_values() {
                    for workaround in workaround_values() {
                        combinations.push(ImpactAnswers {
                            usability,
                            scope,
                            business_impact,
                            workaround,
                        });
                    }
                }
            }
        }
        combinations
    }

    // How bad each answer is, per question. Equal numbers are answers the rules treat alike:
    // "I don't know" and unanswered sit in the middle, and for the workaround they equal "no".
    fn usability_badness(answer: Option<Usability>) -> u8 {
        match answer {
            Some(Usability::MinorInconvenience) => 0,
            Some(Usability::WorseThanBefore) | Some(Usability::DontKnow) | None => 1,
            Some(Usability::Unusable) => 2,
        }
    }
    fn scope_badness(answer: Option<Scope>) -> u8 {
        match answer {
            Some(Scope::NobodyYet) => 0,
            Some(Scope::OneUserCustomerOrService) => 1,
            Some(Scope::DontKnow) | None => 2,
            Some(Scope::ManyUsersOrServices) => 3,
        }
    }
    fn business_impact_badness(answer: Option<BusinessImpact>) -> u8 {
        match answer {
            Some(BusinessImpact::Minimal) => 0,
            Some(BusinessImpact::ModerateCanWaitForBusinessHours)
            | Some(BusinessImpact::DontKnow)
            | None => 1,
            Some(BusinessImpact::SevereOrDeadlineAtRisk) => 2,
        }
    }
    fn workaround_badness(answer: Option<Workaround>) -> u8 {
        match answer {
            Some(Workaround::AcceptableWorkaround) => 0,
            Some(Workaround::NoWorkaround) | Some(Workaround::DontKnow) | None => 1,
        }
    }

    /// The rules restated independently of `classify`: each criterion names the level it argues
    /// for, and the most urgent one wins.
    fn level_by_most_urgent_criterion(answers: &ImpactAnswers) -> Level {
        let from_usability = match answers.usability {
            Some(Usability::Unusable) => Level::Critical,
            Some(Usability::MinorInconvenience) => Level::Minimal,
            _ => Level::Moderate,
        };
        let workaround_ok = answers.workaround == Some(Workaround::AcceptableWorkaround);
        let from_scope = match (answers.scope, workaround_ok) {
            (Some(Scope::ManyUsersOrServices), false) => Level::Critical,
            (Some(Scope::ManyUsersOrServices), true) => Level::Moderate,
            (Some(Scope::OneUserCustomerOrService), false) => Level::Moderate,
            (Some(Scope::OneUserCustomerOrService), true) => Level::Minimal,
            (Some(Scope::NobodyYet), _) => Level::Minimal,
            (Some(Scope::DontKnow), _) | (None, _) => Level::Moderate,
        };
        let from_business_impact = match answers.business_impact {
            Some(BusinessImpact::SevereOrDeadlineAtRisk) => Level::Critical,
            Some(BusinessImpact::Minimal) => Level::Minimal,
            _ => Level::Moderate,
        };
        from_usability.min(from_scope).min(from_business_impact)
    }

    #[test]
    fn every_combination_matches_the_independent_statement_of_the_rules() {
        let combinations = every_combination_with_unanswered();
        assert_eq!(combinations.len(), 500);
        for answers in combinations {
            assert_eq!(
                classify(&answers).level,
                level_by_most_urgent_criterion(&answers),
                "{answers:?}"
            );
        }
    }

    #[test]
    fn reasons_are_never_empty_and_all_argue_for_the_level() {
        for answers in every_combination_with_unanswered() {
            let classification = classify(&answers);
            assert!(!classification.reasons.is_empty(), "{answers:?}");
            for reason in &classification.reasons {
                assert_eq!(reason.level(), classification.level, "{answers:?} gave {reason:?}");
            }
        }
    }

    #[test]
    fn unanswered_counts_exactly_like_dont_know() {
        for answers in every_combination_with_unanswered() {
            let with_dont_know = ImpactAnswers {
                usability: Some(answers.usability.unwrap_or(Usability::DontKnow)),
                scope: Some(answers.scope.unwrap_or(Scope::DontKnow)),
                business_impact: Some(answers.business_impact.unwrap_or(BusinessImpact::DontKnow)),
                workaround: Some(answers.workaround.unwrap_or(Workaround::DontKnow)),
            };
            assert_eq!(classify(&answers), classify(&with_dont_know), "{answers:?}");
        }
    }

    #[test]
    fn dont_know_never_makes_critical_alone_and_never_allows_minimal() {
        for answers in every_combination_with_unanswered() {
            let classification = classify(&answers);
            let not_known_usability_scope_or_impact =
                answers.usability.is_none_or(|a| a == Usability::DontKnow)
                    || answers.scope.is_none_or(|a| a == Scope::DontKnow)
                    || answers.business_impact.is_none_or(|a| a == BusinessImpact::DontKnow);
            if not_known_usability_scope_or_impact {
                assert_ne!(classification.level, Level::Minimal, "{answers:?}");
            }
            // A critical level always rests on a definite answer, never on "I don't know".
            for reason in classification.reasons.iter().filter(|r| r.level() == Level::Critical) {
                match reason {
                    Reason::ServiceUnusable => {
                        assert_eq!(answers.usability, Some(Usability::Unusable))
                    }
                    Reason::SevereBusinessImpact => {
                        assert_eq!(
                            answers.business_impact,
                            Some(BusinessImpact::SevereOrDeadlineAtRisk)
                        )
                    }
                    Reason::ManyAffectedWithoutWorkaround => {
                        assert_eq!(answers.scope, Some(Scope::ManyUsersOrServices))
                    }
                    other => panic!("unexpected critical reason {other:?}"),
                }
            }
        }
    }

    #[test]
    fn a_worse_answer_never_lowers_the_level() {
        // Derived order: Critical < Moderate < Minimal, so "at least as urgent" is `<=`.
        let combinations = every_combination_with_unanswered();
        for better in &combinations {
            for worse in &combinations {
                let worse_or_equal_everywhere = usability_badness(worse.usability)
                    >= usability_badness(better.usability)
                    && scope_badness(worse.scope) >= scope_badness(better.scope)
                    && business_impact_badness(worse.business_impact)
                        >= business_impact_badness(better.business_impact)
                    && workaround_badness(worse.workaround)
                        >= workaround_badness(better.workaround);
                if worse_or_equal_everywhere {
                    assert!(
                        classify(worse).level <= classify(better).level,
                        "{worse:?} is rated less urgent than {better:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn each_vendor_profile_lands_on_its_level() {
        fn check(
            profile: &str,
            usability: Usability,
            scope: Scope,
            business_impact: BusinessImpact,
            workaround: Workaround,
            expected: Level,
        ) {
            let answers = ImpactAnswers {
                usability: Some(usability),
                scope: Some(scope),
                business_impact: Some(business_impact),
                workaround: Some(workaround),
            };
            assert_eq!(classify(&answers).level, expected, "{profile}");
        }
        use BusinessImpact as B;
        use Scope as S;
        use Usability as U;
        use Workaround as W;
        // Critical: services down, many affected, production or deadlines severely hit.
        check(
            "critical",
            U::Unusable,
            S::ManyUsersOrServices,
            B::SevereOrDeadlineAtRisk,
            W::NoWorkaround,
            Level::Critical,
        );
        check(
            "critical, workaround unknown",
            U::Unusable,
            S::ManyUsersOrServices,
            B::SevereOrDeadlineAtRisk,
            W::DontKnow,
            Level::Critical,
        );
        // Each critical criterion on its own, with everything else at its mildest.
        check(
            "unusable alone",
            U::Unusable,
            S::NobodyYet,
            B::Minimal,
            W::AcceptableWorkaround,
            Level::Critical,
        );
        check(
            "severe impact alone",
            U::MinorInconvenience,
            S::NobodyYet,
            B::SevereOrDeadlineAtRisk,
            W::AcceptableWorkaround,
            Level::Critical,
        );
        check(
            "many without workaround",
            U::MinorInconvenience,
            S::ManyUsersOrServices,
            B::Minimal,
            W::NoWorkaround,
            Level::Critical,
        );
        // Moderate: usable but worse, one affected, moderate impact; with or without workaround.
        check(
            "moderate",
            U::WorseThanBefore,
            S::OneUserCustomerOrService,
            B::ModerateCanWaitForBusinessHours,
            W::NoWorkaround,
            Level::Moderate,
        );
        check(
            "moderate with workaround",
            U::WorseThanBefore,
            S::OneUserCustomerOrService,
            B::ModerateCanWaitForBusinessHours,
            W::AcceptableWorkaround,
            Level::Moderate,
        );
        check(
            "many with workaround",
            U::MinorInconvenience,
            S::ManyUsersOrServices,
            B::Minimal,
            W::AcceptableWorkaround,
            Level::Moderate,
        );
        // Minimal: one user partly interrupted, acceptable workaround, minimal impact.
        check(
            "minimal",
            U::MinorInconvenience,
            S::OneUserCustomerOrService,
            B::Minimal,
            W::AcceptableWorkaround,
            Level::Minimal,
        );
        check(
            "minimal, nobody yet",
            U::MinorInconvenience,
            S::NobodyYet,
            B::Minimal,
            W::NoWorkaround,
            Level::Minimal,
        );
    }

    #[test]
    fn reasons_name_every_criterion_that_applied() {
        let answers = ImpactAnswers {
            usability: Some(Usability::Unusable),
            scope: Some(Scope::ManyUsersOrServices),
            business_impact: Some(BusinessImpact::SevereOrDeadlineAtRisk),
            workaround: Some(Workaround::DontKnow),
        };
        assert_eq!(
            classify(&answers).reasons,
            vec![
                Reason::ServiceUnusable,
                Reason::ManyAffectedWithoutWorkaround,
                Reason::SevereBusinessImpact
            ]
        );
        let nothing_answered = ImpactAnswers::default();
        assert_eq!(
            classify(&nothing_answered),
            Classification {
                level: Level::Moderate,
                reasons: vec![
                    Reason::UsabilityNotKnown,
                    Reason::ScopeNotKnown,
                    Reason::BusinessImpactNotKnown
                ],
            }
        );
    }

    #[test]
    fn unanswered_lists_open_questions_in_order() {
        let answers = ImpactAnswers {
            usability: Some(Usability::DontKnow),
            scope: None,
            business_impact: Some(BusinessImpact::Minimal),
            workaround: None,
        };
        assert_eq!(answers.unanswered(), vec![ImpactQuestion::Scope, ImpactQuestion::Workaround]);
        assert!(!answers.is_complete());
        assert_eq!(ImpactAnswers::default().unanswered(), ImpactQuestion::ALL.to_vec());
        let complete = ImpactAnswers {
            scope: Some(Scope::DontKnow),
            workaround: Some(Workaround::DontKnow),
            ..answers
        };
        assert!(complete.is_complete());
    }

    #[test]
    fn level_letters_and_ids_are_stable() {
        fn check(level: Level, letter: char, id: &str) {
            assert_eq!(level.letter(), letter);
            assert_eq!(level.id(), id);
            assert_eq!(Level::from_id(id), Some(level));
            assert_eq!(serde_json::to_string(&level).ok(), Some(format!("\"{id}\"")));
        }
        check(Level::Critical, 'A', "critical");
        check(Level::Moderate, 'B', "moderate");
        check(Level::Minimal, 'C', "minimal");
        assert_eq!(Level::from_id("Critical"), None);
        assert_eq!(Level::from_id(""), None);
        assert!(Level::Critical < Level::Moderate && Level::Moderate < Level::Minimal);
    }

    #[test]
    fn english_texts_are_present_and_distinct() {
        let reasons = [
            Reason::ServiceUnusable,
            Reason::ManyAffectedWithoutWorkaround,
            Reason::SevereBusinessImpact,
            Reason::WorseThanBefore,
            Reason::UsabilityNotKnown,
            Reason::OneAffectedWithoutWorkaround,
            Reason::ManyAffectedWithWorkaround,
            Reason::ScopeNotKnown,
            Reason::ModerateBusinessImpact,
            Reason::BusinessImpactNotKnown,
            Reason::MinorInconvenience,
            Reason::OneAffectedWithWorkaround,
            Reason::NobodyAffectedYet,
            Reason::MinimalBusinessImpact,
        ];
        let texts: std::collections::HashSet<&str> = reasons.iter().map(|r| r.english()).collect();
        assert_eq!(texts.len(), reasons.len());
        assert!(texts.iter().all(|text| !text.trim().is_empty()));
        assert_eq!(
            Reason::ServiceUnusable.english(),
            "one or more services are inaccessible or unusable"
        );
        let questions: std::collections::HashSet<&str> =
            ImpactQuestion::ALL.iter().map(|q| q.english()).collect();
        assert_eq!(questions.len(), 4);
        let levels: std::collections::HashSet<&str> =
            Level::ALL.iter().map(|l| l.english()).collect();
        assert_eq!(levels.len(), 3);
    }

    #[test]
    fn override_needs_a_written_reason() {
        fn check(reason: &str, expected: Result<(), OverrideError>) {
            let result = SeverityOverride::new(Level::Critical, reason);
            assert_eq!(result.as_ref().map(|_| ()).map_err(|e| *e), expected, "{reason:?}");
            if let Ok(accepted) = result {
                assert_eq!(accepted.reason(), reason);
                assert_eq!(accepted.level(), Level::Critical);
            }
        }
        check("", Err(OverrideError::EmptyReason));
        check("   ", Err(OverrideError::EmptyReason));
        check("\t\n\r ", Err(OverrideError::EmptyReason));
        check("\u{3000}", Err(OverrideError::EmptyReason));
        check("payroll runs tonight", Ok(()));
        check("  the CEO's phone  ", Ok(()));
        assert!(!OverrideError::EmptyReason.to_string().is_empty());
    }

    #[test]
    fn a_stored_override_with_an_empty_reason_is_refused_on_reading() {
        let accepted: Result<SeverityOverride, _> =
            serde_json::from_str(r#"{"level":"minimal","reason":"only a test tenant"}"#);
        assert_eq!(accepted.ok().map(|o| o.level()), Some(Level::Minimal));
        let refused: Result<SeverityOverride, _> =
            serde_json::from_str(r#"{"level":"minimal","reason":"  "}"#);
        assert!(refused.is_err());
    }

    #[test]
    fn decision_keeps_both_levels() {
        let answers = ImpactAnswers {
            usability: Some(Usability::MinorInconvenience),
            scope: Some(Scope::OneUserCustomerOrService),
            business_impact: Some(BusinessImpact::Minimal),
            workaround: Some(Workaround::AcceptableWorkaround),
        };
        let plain = SeverityDecision::new(&answers, None);
        assert_eq!(plain.computed_level(), Level::Minimal);
        assert_eq!(plain.chosen_level(), None);
        assert_eq!(plain.effective_level(), Level::Minimal);

        let chosen = SeverityOverride::new(Level::Moderate, "the user is the CFO").ok();
        let overridden = SeverityDecision::new(&answers, chosen);
        assert_eq!(overridden.computed_level(), Level::Minimal);
        assert_eq!(overridden.chosen_level(), Some(Level::Moderate));
        assert_eq!(overridden.effective_level(), Level::Moderate);
        let json = serde_json::to_value(&overridden).ok();
        assert_eq!(
            json.as_ref().and_then(|v| v.pointer("/override/level")).and_then(|v| v.as_str()),
            Some("moderate")
        );
    }

    #[test]
    fn decision_table_has_a_row_per_combination() {
        let table = decision_table_markdown();
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), 2 + 4 * 4 * 4 * 3);
        for (answers, line) in all_answered_combinations().iter().zip(lines.iter().skip(2)) {
            let classification = classify(answers);
            assert!(line.contains(classification.level.english()), "{line}");
            for reason in classification.reasons {
                assert!(line.contains(reason.english()), "{line}");
            }
        }
    }

    #[test]
    fn published_decision_table_matches_the_code() {
        let published = include_str!("../../docs/severity.md").replace("\r\n", "\n");
        let generated = decision_table_markdown();
        assert!(
            published.contains(&generated),
            "docs/severity.md is out of date; replace its decision table with:\n{generated}"
        );
    }
}
