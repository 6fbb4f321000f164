use super::*;

use BusinessImpact as B;
use Scope as S;
use Usability as U;
use Workaround as W;

fn answers(usability: U, scope: S, business_impact: B, workaround: W) -> ImpactAnswers {
    ImpactAnswers {
        usability: Some(usability),
        scope: Some(scope),
        business_impact: Some(business_impact),
        workaround: Some(workaround),
    }
}

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

// How bad each answer is, per question, as docs/severity.md orders them: the mildest answer,
// then "I don't know" (and unanswered, which counts the same), then the worse answers.
fn usability_badness(answer: Option<Usability>) -> u8 {
    match answer {
        Some(U::MinorInconvenience) => 0,
        Some(U::DontKnow) | None => 1,
        Some(U::WorseThanBefore) => 2,
        Some(U::Unusable) => 3,
    }
}
fn scope_badness(answer: Option<Scope>) -> u8 {
    match answer {
        Some(S::NobodyYet) => 0,
        Some(S::DontKnow) | None => 1,
        Some(S::OneUserCustomerOrService) => 2,
        Some(S::ManyUsersOrServices) => 3,
    }
}
fn business_impact_badness(answer: Option<BusinessImpact>) -> u8 {
    match answer {
        Some(B::Minimal) => 0,
        Some(B::DontKnow) | None => 1,
        Some(B::ModerateCanWaitForBusinessHours) => 2,
        Some(B::SevereOrDeadlineAtRisk) => 3,
    }
}
fn workaround_badness(answer: Option<Workaround>) -> u8 {
    match answer {
        Some(W::AcceptableWorkaround) => 0,
        Some(W::DontKnow) | None => 1,
        Some(W::NoWorkaround) => 2,
    }
}

/// Urgency as a number that grows with it: Minimal 0, Moderate 1, Critical 2.
fn urgency_rank(level: Level) -> u8 {
    match level {
        Level::Minimal => 0,
        Level::Moderate => 1,
        Level::Critical => 2,
    }
}

/// What the known answers give alone: every "I don't know" and every unanswered question
/// replaced by the mildest answer, restated here independently of `classify`.
fn known_answers_only(answers: &ImpactAnswers) -> ImpactAnswers {
    ImpactAnswers {
        usability: Some(match answers.usability {
            None | Some(U::DontKnow) => U::MinorInconvenience,
            Some(known) => known,
        }),
        scope: Some(match answers.scope {
            None | Some(S::DontKnow) => S::NobodyYet,
            Some(known) => known,
        }),
        business_impact: Some(match answers.business_impact {
            None | Some(B::DontKnow) => B::Minimal,
            Some(known) => known,
        }),
        workaround: Some(match answers.workaround {
            None | Some(W::DontKnow) => W::AcceptableWorkaround,
            Some(known) => known,
        }),
    }
}

#[test]
fn every_bullet_of_the_vendor_definitions_lands_on_its_level() {
    // Seed 004: three bullets per level. Each row is one admin's answers for a situation the
    // bullet describes, the other answers chosen as that situation would have them.
    fn check(bullet: &str, answers: ImpactAnswers, expected: Level) {
        assert_eq!(classify(&answers).level, expected, "{bullet}: {answers:?}");
    }
    check(
        "critical 1: one or more services are inaccessible or unusable",
        answers(
            U::Unusable,
            S::ManyUsersOrServices,
            B::ModerateCanWaitForBusinessHours,
            W::NoWorkaround,
        ),
        Level::Critical,
    );
    check(
        "critical 2: production, operations or deployment deadlines are severely affected",
        answers(
            U::WorseThanBefore,
            S::OneUserCustomerOrService,
            B::SevereOrDeadlineAtRisk,
            W::NoWorkaround,
        ),
        Level::Critical,
    );
    check(
        "critical 2: a pilot that cannot enrol puts the deployment deadline at risk",
        answers(U::Unusable, S::NobodyYet, B::SevereOrDeadlineAtRisk, W::NoWorkaround),
        Level::Critical,
    );
    check(
        "critical 3: multiple users or services are affected",
        answers(
            U::WorseThanBefore,
            S::ManyUsersOrServices,
            B::ModerateCanWaitForBusinessHours,
            W::NoWorkaround,
        ),
        Level::Critical,
    );
    check(
        "moderate 1: the service is usable but not working as well as before",
        answers(
            U::WorseThanBefore,
            S::OneUserCustomerOrService,
            B::ModerateCanWaitForBusinessHours,
            W::NoWorkaround,
        ),
        Level::Moderate,
    );
    check(
        "moderate 2: moderate business impact, can be handled during business hours",
        answers(
            U::MinorInconvenience,
            S::ManyUsersOrServices,
            B::ModerateCanWaitForBusinessHours,
            W::AcceptableWorkaround,
        ),
        Level::Moderate,
    );
    check(
        "moderate 3: a single user, customer or service is partially affected",
        answers(
            U::WorseThanBefore,
            S::OneUserCustomerOrService,
            B::ModerateCanWaitForBusinessHours,
            W::AcceptableWorkaround,
        ),
        Level::Moderate,
    );
    check(
        "minimal 1: business impact is minimal",
        answers(U::MinorInconvenience, S::OneUserCustomerOrService, B::Minimal, W::NoWorkaround),
        Level::Minimal,
    );
    check(
        "minimal 2: important, but no immediate significant effect on service or productivity",
        answers(U::MinorInconvenience, S::ManyUsersOrServices, B::Minimal, W::AcceptableWorkaround),
        Level::Minimal,
    );
    check(
        "minimal 3: a single user partially interrupted, with an acceptable workaround",
        answers(
            U::WorseThanBefore,
            S::OneUserCustomerOrService,
            B::Minimal,
            W::AcceptableWorkaround,
        ),
        Level::Minimal,
    );
}

#[test]
fn the_rows_that_were_critical_by_mistake_no_longer_are() {
    // Row numbers of docs/severity.md's table, which keeps its order.
    fn check(row: usize, expected: Level) {
        let combinations = all_answered_combinations();
        let answers = combinations[row - 1];
        assert_eq!(classify(&answers).level, expected, "row {row}: {answers:?}");
    }
    // Unusable for one user, minimal impact, acceptable workaround: the vendor's own minimal.
    check(19, Level::Minimal);
    // Unusable, but nobody affected yet and minimal impact.
    check(31, Level::Minimal);
    // "I don't know" about the workaround (and usability) tipped these to critical.
    check(150, Level::Moderate);
    check(153, Level::Moderate);
    check(156, Level::Moderate);
}

#[test]
fn one_affected_with_a_workaround_and_minimal_impact_is_never_critical() {
    for answers in every_combination_with_unanswered() {
        let one_with_workaround_minimal_impact = answers.scope == Some(S::OneUserCustomerOrService)
            && answers.workaround == Some(W::AcceptableWorkaround)
            && answers.business_impact == Some(B::Minimal);
        if one_with_workaround_minimal_impact {
            assert_ne!(classify(&answers).level, Level::Critical, "{answers:?}");
        }
    }
}

#[test]
fn nobody_affected_yet_is_critical_only_with_severe_business_impact() {
    for answers in every_combination_with_unanswered() {
        if answers.scope == Some(S::NobodyYet)
            && answers.business_impact != Some(B::SevereOrDeadlineAtRisk)
        {
            assert_ne!(classify(&answers).level, Level::Critical, "{answers:?}");
        }
    }
}

#[test]
fn dont_know_never_makes_a_problem_critical_nor_lifts_it_more_than_one_level() {
    for answers in every_combination_with_unanswered() {
        let level = classify(&answers).level;
        let known_level = classify(&known_answers_only(&answers)).level;
        if level == Level::Critical {
            assert_eq!(known_level, Level::Critical, "{answers:?} is critical on \"I don't know\"");
        }
        assert!(
            urgency_rank(level) <= urgency_rank(known_level) + 1,
            "{answers:?}: {level:?}, but the known answers alone give {known_level:?}"
        );
    }
}

#[test]
fn unanswered_counts_exactly_like_dont_know() {
    for answers in every_combination_with_unanswered() {
        let with_dont_know = ImpactAnswers {
            usability: Some(answers.usability.unwrap_or(U::DontKnow)),
            scope: Some(answers.scope.unwrap_or(S::DontKnow)),
            business_impact: Some(answers.business_impact.unwrap_or(B::DontKnow)),
            workaround: Some(answers.workaround.unwrap_or(W::DontKnow)),
        };
        assert_eq!(classify(&answers), classify(&with_dont_know), "{answers:?}");
    }
}

#[test]
fn making_any_one_answer_worse_never_lowers_the_level() {
    let combinations = every_combination_with_unanswered();
    let mut pairs_checked = 0;
    for better in &combinations {
        for worse in &combinations {
            let worse_or_equal_everywhere = usability_badness(worse.usability)
                >= usability_badness(better.usability)
                && scope_badness(worse.scope) >= scope_badness(better.scope)
                && business_impact_badness(worse.business_impact)
                    >= business_impact_badness(better.business_impact)
                && workaround_badness(worse.workaround) >= workaround_badness(better.workaround);
            if worse_or_equal_everywhere {
                pairs_checked += 1;
                assert!(
                    urgency_rank(classify(worse).level) >= urgency_rank(classify(better).level),
                    "{worse:?} is rated less urgent than {better:?}"
                );
            }
        }
    }
    assert!(pairs_checked > 500, "{pairs_checked}");
}

#[test]
fn every_level_is_reachable_from_each_impact_and_urgency_extreme() {
    // The matrix is not degenerate: the widest impact still needs some urgency to be critical,
    // and the strongest urgency still needs someone affected.
    assert_eq!(
        classify(&answers(
            U::Unusable,
            S::ManyUsersOrServices,
            B::Minimal,
            W::AcceptableWorkaround
        ))
        .level,
        Level::Moderate
    );
    assert_eq!(
        classify(&answers(
            U::MinorInconvenience,
            S::NobodyYet,
            B::SevereOrDeadlineAtRisk,
            W::NoWorkaround
        ))
        .level,
        Level::Moderate
    );
    assert_eq!(level_for_points(0, 0), Level::Minimal);
    assert_eq!(level_for_points(u8::MAX, u8::MAX), Level::Critical);
}

#[test]
fn reasons_name_the_answers_that_decided() {
    fn check(answers: ImpactAnswers, level: Level, reasons: &[Reason]) {
        let classification = classify(&answers);
        assert_eq!(classification.level, level, "{answers:?}");
        assert_eq!(classification.reasons, reasons, "{answers:?}");
    }
    // Critical and moderate: the answers that raised it.
    check(
        answers(U::Unusable, S::ManyUsersOrServices, B::SevereOrDeadlineAtRisk, W::DontKnow),
        Level::Critical,
        &[
            Reason::ServiceUnusable,
            Reason::ManyAffected,
            Reason::SevereBusinessImpact,
            Reason::WorkaroundNotKnown,
        ],
    );
    check(
        answers(
            U::MinorInconvenience,
            S::ManyUsersOrServices,
            B::ModerateCanWaitForBusinessHours,
            W::AcceptableWorkaround,
        ),
        Level::Moderate,
        &[Reason::ManyAffected, Reason::ModerateBusinessImpact],
    );
    // Minimal: the mild answers that kept it low.
    check(
        answers(U::Unusable, S::OneUserCustomerOrService, B::Minimal, W::AcceptableWorkaround),
        Level::Minimal,
        &[Reason::MinimalBusinessImpact, Reason::AcceptableWorkaround],
    );
    // Critical only on "I don't know": moderate, and the reasons say so.
    check(
        answers(U::Unusable, S::ManyUsersOrServices, B::DontKnow, W::DontKnow),
        Level::Moderate,
        &[
            Reason::ServiceUnusable,
            Reason::ManyAffected,
            Reason::BusinessImpactNotKnown,
            Reason::WorkaroundNotKnown,
            Reason::CriticalNeedsKnownAnswers,
        ],
    );
    check(
        ImpactAnswers::default(),
        Level::Moderate,
        &[
            Reason::UsabilityNotKnown,
            Reason::ScopeNotKnown,
            Reason::BusinessImpactNotKnown,
            Reason::WorkaroundNotKnown,
        ],
    );
}

#[test]
fn reasons_are_never_empty_and_always_name_known_answers_truthfully() {
    for answers in every_combination_with_unanswered() {
        let classification = classify(&answers);
        assert!(!classification.reasons.is_empty(), "{answers:?}");
        for reason in &classification.reasons {
            let true_of_the_answers = match reason {
                Reason::ServiceUnusable => answers.usability == Some(U::Unusable),
                Reason::WorseThanBefore => answers.usability == Some(U::WorseThanBefore),
                Reason::MinorInconvenience => answers.usability == Some(U::MinorInconvenience),
                Reason::UsabilityNotKnown => answers.usability.is_none_or(|a| a == U::DontKnow),
                Reason::ManyAffected => answers.scope == Some(S::ManyUsersOrServices),
                Reason::OneAffected => answers.scope == Some(S::OneUserCustomerOrService),
                Reason::NobodyAffectedYet => answers.scope == Some(S::NobodyYet),
                Reason::ScopeNotKnown => answers.scope.is_none_or(|a| a == S::DontKnow),
                Reason::SevereBusinessImpact => {
                    answers.business_impact == Some(B::SevereOrDeadlineAtRisk)
                }
                Reason::ModerateBusinessImpact => {
                    answers.business_impact == Some(B::ModerateCanWaitForBusinessHours)
                }
                Reason::MinimalBusinessImpact => answers.business_impact == Some(B::Minimal),
                Reason::BusinessImpactNotKnown => {
                    answers.business_impact.is_none_or(|a| a == B::DontKnow)
                }
                Reason::NoWorkaround => answers.workaround == Some(W::NoWorkaround),
                Reason::AcceptableWorkaround => answers.workaround == Some(W::AcceptableWorkaround),
                Reason::WorkaroundNotKnown => answers.workaround.is_none_or(|a| a == W::DontKnow),
                Reason::CriticalNeedsKnownAnswers => classification.level == Level::Moderate,
            };
            assert!(true_of_the_answers, "{answers:?} gave {reason:?}");
        }
    }
}

#[test]
fn unanswered_lists_open_questions_in_order() {
    let answers = ImpactAnswers {
        usability: Some(U::DontKnow),
        scope: None,
        business_impact: Some(B::Minimal),
        workaround: None,
    };
    assert_eq!(answers.unanswered(), vec![ImpactQuestion::Scope, ImpactQuestion::Workaround]);
    assert!(!answers.is_complete());
    assert_eq!(ImpactAnswers::default().unanswered(), ImpactQuestion::ALL.to_vec());
    let complete =
        ImpactAnswers { scope: Some(S::DontKnow), workaround: Some(W::DontKnow), ..answers };
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
    let texts: std::collections::HashSet<&str> = Reason::ALL.iter().map(|r| r.english()).collect();
    assert_eq!(texts.len(), Reason::ALL.len());
    assert!(texts.iter().all(|text| !text.trim().is_empty()));
    let questions: std::collections::HashSet<&str> =
        ImpactQuestion::ALL.iter().map(|q| q.english()).collect();
    assert_eq!(questions.len(), 4);
    let levels: std::collections::HashSet<&str> = Level::ALL.iter().map(|l| l.english()).collect();
    assert_eq!(levels.len(), 3);
}

#[test]
fn reason_ids_are_stable() {
    // Other tools read these in exported tickets (`derived.reasons`, docs/ticket-json.md and
    // docs/ticket.schema.json): the list is written out so that renaming a variant cannot
    // change an id unnoticed.
    let published = [
        (Reason::ServiceUnusable, "service_unusable"),
        (Reason::WorseThanBefore, "worse_than_before"),
        (Reason::MinorInconvenience, "minor_inconvenience"),
        (Reason::UsabilityNotKnown, "usability_not_known"),
        (Reason::ManyAffected, "many_affected"),
        (Reason::OneAffected, "one_affected"),
        (Reason::NobodyAffectedYet, "nobody_affected_yet"),
        (Reason::ScopeNotKnown, "scope_not_known"),
        (Reason::SevereBusinessImpact, "severe_business_impact"),
        (Reason::ModerateBusinessImpact, "moderate_business_impact"),
        (Reason::MinimalBusinessImpact, "minimal_business_impact"),
        (Reason::BusinessImpactNotKnown, "business_impact_not_known"),
        (Reason::NoWorkaround, "no_workaround"),
        (Reason::AcceptableWorkaround, "acceptable_workaround"),
        (Reason::WorkaroundNotKnown, "workaround_not_known"),
        (Reason::CriticalNeedsKnownAnswers, "critical_needs_known_answers"),
    ];
    assert_eq!(published.map(|(reason, _)| reason), Reason::ALL);
    for (reason, id) in published {
        assert_eq!(reason.id(), id);
        assert_eq!(Reason::from_id(id), Some(reason));
        assert_eq!(serde_json::to_string(&reason).ok(), Some(format!("\"{id}\"")));
        assert_eq!(serde_json::from_str::<Reason>(&format!("\"{id}\"")).ok(), Some(reason));
        assert!(
            id.split('_').all(|word| !word.is_empty()
                && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())),
            "{id} is not snake_case"
        );
    }
    assert_eq!(Reason::from_id("ServiceUnusable"), None);
    assert_eq!(Reason::from_id(""), None);
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
    let answers = answers(
        U::MinorInconvenience,
        S::OneUserCustomerOrService,
        B::Minimal,
        W::AcceptableWorkaround,
    );
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
fn the_matrix_agrees_with_classify_on_known_answers() {
    let matrix = matrix_markdown();
    // 9 impact rows of 6 urgency columns, plus the header and the separator.
    assert_eq!(matrix.lines().count(), 2 + 9);
    for line in matrix.lines().skip(2) {
        assert_eq!(
            line.matches(" (A) |").count()
                + line.matches(" (B) |").count()
                + line.matches(" (C) |").count(),
            6,
            "{line}"
        );
    }
    let many_unusable = matrix.lines().nth(2).unwrap_or_default();
    assert!(many_unusable.starts_with("| many users or services, unusable or unreachable (6) |"));
    assert!(many_unusable.contains("Critical (A)"));
}

#[test]
fn published_tables_match_the_code() {
    let published = include_str!("../../../docs/severity.md").replace("\r\n", "\n");
    let generated = decision_table_markdown();
    assert!(
        published.contains(&generated),
        "docs/severity.md is out of date; replace its decision table with:\n{generated}"
    );
    let matrix = matrix_markdown();
    assert!(
        published.contains(&matrix),
        "docs/severity.md is out of date; replace its matrix with:\n{matrix}"
    );
}
