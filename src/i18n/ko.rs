//! Korean (한국어): 합니다 style for statements, the usual -하세요 for instructions.
//!
//! Korean has no plural forms; numbers take counters written without a space ("4시간",
//! "초안 3개"). Particles after a number depend on how the number is read, so sentences that
//! put a particle after a number use [`object`] and [`direction`].

use super::{Language, Locale, Message};
use crate::domain::config::translations;
use crate::domain::export::ExportLabels;
use crate::domain::localised_text::Translations;
use crate::domain::plan::{shorten, PlanJsonError, PlanProblem, PLAN_FORMAT_VERSION, PLAN_SCHEMA};

/// Whether a number read the Sino-Korean way ends in a consonant (일, 삼, 육, 칠, 팔, 십, 백…).
fn ends_in_consonant(number: u64) -> bool {
    matches!(number % 10, 0 | 1 | 3 | 6 | 7 | 8)
}

/// The number with the object particle: "1을", "2를".
fn object(number: impl Into<u64>) -> String {
    let number = number.into();
    format!("{number}{}", if ends_in_consonant(number) { "을" } else { "를" })
}

/// The number with the particle of direction: "2로", "3으로" (ㄹ takes 로: "1로", "7로", "8로").
fn direction(number: impl Into<u64>) -> String {
    let number = number.into();
    format!("{number}{}", if matches!(number % 10, 0 | 3 | 6) { "으로" } else { "로" })
}

fn count(number: usize) -> u64 {
    number as u64
}

/// Korean.
pub struct Korean;

impl Language for Korean {
    fn config_translations(&self) -> Translations {
        translations::KOREAN
    }

    fn drafts_shown(&self, first: usize, last: usize, total: usize) -> String {
        format!("초안 {total}개 중 {first}~{last}번째")
    }

    fn page_of(&self, page: usize, total: usize) -> String {
        format!("{total}페이지 중 {page}페이지")
    }

    fn export_labels(&self) -> ExportLabels {
        ExportLabels {
            field_separator: ": ",
            list_separator: ", ",
            reason_separator: "; ",
            untitled: "제목 없는 티켓",
            not_given: "입력하지 않음",

            severity: "심각도",
            severity_reasons: "심각도 판단 이유",
            override_reason: "심각도를 직접 선택한 이유",
            computed_severity: "답변으로 계산한 심각도",
            computed_severity_reasons: "계산한 심각도의 이유",
            expected_first_response: "첫 응답 예상",
            title: "제목",
            request_kind: "요청 유형",
            support_contract: "지원 계약",
            tenant_size: "테넌트 규모",
            impact: "영향",
            started: "시작 시점",
            affected: "영향을 받는 사용자 또는 기기",
            platforms: "플랫폼",
            error_messages: "오류 메시지",
            already_tried: "시도한 조치",
            description: "설명",
            escalation: "지금까지의 에스컬레이션",
            tier: "계층",
            team: "팀",
            findings: "확인한 내용",
            contact: "연락처",
            contact_name: "이름",
            contact_email: "이메일",
            contact_phone: "전화",
            preferred_contact_method: "선호하는 연락 방법",
            support_language: "지원 언어",
            channel: "제출처",
            contact_first: "먼저 연락할 곳",
            related_drafts: "관련 티켓",
            status: "상태",
            vendor_ticket_number: "공급업체 티켓 번호",
            filed_at: "제출 일시",
            ticket_id: "초안 ID",

            level_critical: "심각",
            level_moderate: "보통",
            level_minimal: "최소",

            kind_technical: "기술 문제",
            kind_billing_licensing_account: "청구, 라이선스 또는 계정",
            kind_intune_with_configuration_manager: "서비스와 함께 사용하는 Configuration Manager",
            kind_standalone_configuration_manager:
                "Configuration Manager 또는 Endpoint Protection 단독 사용",
            kind_volume_licensing: "볼륨 라이선스",
            kind_feature_request: "기능 요청",

            contract_professional: "Professional",
            contract_premier: "Premier",

            tenant_fewer_than_100: "라이선스 100개 미만",
            tenant_100_or_more: "라이선스 100개 이상",

            impact_usability: "서비스 사용 가능 여부",
            impact_scope: "영향 범위",
            impact_business_impact: "업무 영향",
            impact_workaround: "임시 해결 방법",

            answer_not_answered: "답변하지 않음",
            answer_dont_know: "모름",
            usability_unusable: "사용하거나 접속할 수 없음",
            usability_worse_than_before: "사용할 수 있지만 이전보다 나빠짐",
            usability_minor_inconvenience: "사용할 수 있으며 약간 불편한 정도",
            scope_many_users_or_services: "많은 사용자 또는 여러 서비스",
            scope_one_user_customer_or_service: "사용자, 고객 또는 서비스 하나",
            scope_nobody_yet: "아직 없음",
            business_impact_severe: "심각함 또는 마감 일정이 위태로움",
            business_impact_moderate: "보통, 업무 시간까지 기다릴 수 있음",
            business_impact_minimal: "미미함",
            workaround_acceptable: "예, 허용 가능한 방법이 있음",
            workaround_none: "없음",

            reason_service_unusable: self.text(Message::ReasonServiceUnusable),
            reason_severe_business_impact: self.text(Message::ReasonSevereBusinessImpact),
            reason_worse_than_before: self.text(Message::ReasonWorseThanBefore),
            reason_usability_not_known: self.text(Message::ReasonUsabilityNotKnown),
            reason_scope_not_known: self.text(Message::ReasonScopeNotKnown),
            reason_moderate_business_impact: self.text(Message::ReasonModerateBusinessImpact),
            reason_business_impact_not_known: self.text(Message::ReasonBusinessImpactNotKnown),
            reason_minor_inconvenience: self.text(Message::ReasonMinorInconvenience),
            reason_nobody_affected_yet: self.text(Message::ReasonNobodyAffectedYet),
            reason_minimal_business_impact: self.text(Message::ReasonMinimalBusinessImpact),
            reason_many_affected: self.text(Message::ReasonManyAffected),
            reason_one_affected: self.text(Message::ReasonOneAffected),
            reason_no_workaround: self.text(Message::ReasonNoWorkaround),
            reason_acceptable_workaround: self.text(Message::ReasonAcceptableWorkaround),
            reason_workaround_not_known: self.text(Message::ReasonWorkaroundNotKnown),
            reason_critical_needs_known_answers: self
                .text(Message::ReasonCriticalNeedsKnownAnswers),

            method_email: "이메일",
            method_phone: "전화",

            status_draft: "초안(아직 제출하지 않음)",
            status_self_solved: "티켓 없이 해결됨",
            status_filed: "공급업체에 제출됨",
        }
    }

    fn plan_problem(&self, problem: &PlanProblem) -> String {
        match problem {
            PlanProblem::TierNumberOutOfRange { tier_index, number } => format!(
                "계층 항목 {}의 번호가 {number}입니다. 1, 2, 3 중 하나를 사용하세요(공급업체는 \
                 계층 4입니다).",
                tier_index + 1
            ),
            PlanProblem::DuplicateTier { number } => {
                format!("계층 {number} 정의가 두 개 이상 있습니다. 하나만 남기세요.")
            }
            PlanProblem::TierWithoutTeamName { tier } => {
                format!("계층 {tier}에 팀 이름이 없습니다.")
            }
            PlanProblem::TierWithoutContact { tier } => {
                format!("계층 {tier}에 담당자가 없습니다. 연락할 사람을 한 명 이상 추가하세요.")
            }
            PlanProblem::ContactWithoutName { tier, contact_index } => {
                format!("계층 {tier} 담당자 {}의 이름이 없습니다.", contact_index + 1)
            }
            PlanProblem::ContactWithoutEmailOrPhone { tier, contact_index } => format!(
                "계층 {tier} 담당자 {}에게 이메일 주소와 전화번호가 모두 없습니다.",
                contact_index + 1
            ),
            PlanProblem::InvalidEmail { tier, contact_index, email } => format!(
                "계층 {tier} 담당자 {}: \u{201c}{}\u{201d}은(는) 올바른 이메일 주소가 아닙니다.",
                contact_index + 1,
                shorten(email)
            ),
            PlanProblem::InvalidPhone { tier, contact_index, phone } => format!(
                "계층 {tier} 담당자 {}: \u{201c}{}\u{201d}은(는) 전화번호 형식이 아닌 것 \
                 같습니다.",
                contact_index + 1,
                shorten(phone)
            ),
            PlanProblem::EscalationStepUndefinedTier { step_index, tier } => format!(
                "에스컬레이션 단계 {}에서 계획에 정의되지 않은 계층 {} 참조합니다.",
                step_index + 1,
                object(*tier)
            ),
            PlanProblem::EscalationStepToItself { step_index } => format!(
                "에스컬레이션 단계 {}에서 요청을 이미 맡고 있는 쪽에 다시 인계합니다.",
                step_index + 1
            ),
            PlanProblem::EscalationStepWithoutHandover { step_index } => {
                format!("에스컬레이션 단계 {}에 인계 내용이 없습니다.", step_index + 1)
            }
            PlanProblem::AudienceUndefinedTier { audience_index, tier } => format!(
                "교육 대상 {}에서 계획에 정의되지 않은 계층 {} 참조합니다.",
                audience_index + 1,
                object(*tier)
            ),
            PlanProblem::AgendaTooShort { total_minutes, recommended_minimum } => format!(
                "교육 일정이 모두 {total_minutes}분입니다. {recommended_minimum}분 이상을 \
                 권장합니다."
            ),
            PlanProblem::AgendaTooLong { total_minutes, recommended_maximum } => format!(
                "교육 일정이 모두 {total_minutes}분입니다. {recommended_maximum}분 이하를 \
                 권장합니다."
            ),
            PlanProblem::AgendaItemWithoutTitle { item_index } => {
                format!("일정 항목 {}에 주제가 없습니다.", item_index + 1)
            }
            PlanProblem::AgendaItemWithoutDuration { item_index } => {
                format!("일정 항목 {}에 소요 시간이 없습니다.", item_index + 1)
            }
            PlanProblem::ChecklistItemWithoutLabel { item_index } => {
                format!("초기 참여 항목 {}에 내용이 없습니다.", item_index + 1)
            }
        }
    }

    fn plan_import_error(&self, error: &PlanJsonError) -> String {
        match error {
            PlanJsonError::NotJson { detail } => {
                format!("파일이 올바른 JSON 형식이 아닙니다({detail}).")
            }
            PlanJsonError::WrongSchema { found } => format!(
                "지원 계획을 내보낸 파일이 아닙니다. \u{201c}schema\u{201d} 값이 \
                 \u{201c}{PLAN_SCHEMA}\u{201d}이어야 하는데 {found}입니다."
            ),
            PlanJsonError::UnsupportedVersion { found } => format!(
                "이 계획의 형식 버전({found})은 읽을 수 없습니다. 이 버전에서 읽을 수 있는 \
                 형식은 {PLAN_FORMAT_VERSION}입니다."
            ),
            PlanJsonError::InvalidPlan { detail } => {
                format!("파일에 있는 계획을 읽을 수 없습니다: {detail}.")
            }
        }
    }

    fn step_of(&self, step: usize, total: usize) -> String {
        format!("{total}단계 중 {step}단계")
    }

    fn hours(&self, hours: u32) -> String {
        format!("{hours}시간")
    }

    fn minutes(&self, minutes: u32) -> String {
        format!("{minutes}분")
    }

    fn drafts_count(&self, count: usize) -> String {
        format!("초안 {count}개")
    }

    fn deleted_count(&self, count: usize) -> String {
        format!("초안 {count}개를 삭제했습니다.")
    }

    fn imported_count(&self, count: usize) -> String {
        format!("초안 {count}개를 가져왔습니다.")
    }

    fn saved_by_newer_version(&self, found: u32, readable: u32) -> String {
        format!("최신 버전의 Support Triage가 저장했습니다(형식 {found}, 이 버전은 형식 {readable}까지 읽을 수 있음).")
    }

    fn old_drafts(&self, count: usize, days: u32) -> String {
        format!("초안 {count}개가 {days}일 넘게 변경되지 않았습니다.")
    }

    fn days(&self, days: u32) -> String {
        format!("{days}일")
    }

    fn response_within(&self, total_minutes: u32, business_hours: bool) -> String {
        let amount = Locale::Korean.duration(total_minutes);
        if business_hours {
            format!("업무 시간 기준 {amount} 이내")
        } else {
            format!("{amount} 이내")
        }
    }

    fn expected_by(&self, date: &str, within: &str) -> String {
        format!("{date}까지 — {within}")
    }

    fn due_in(&self, duration: &str) -> String {
        format!("기한까지 {duration} 남음")
    }

    fn overdue_by(&self, duration: &str) -> String {
        format!("기한이 {duration} 지남")
    }

    fn level_because(&self, lead: &str, reason: &str) -> String {
        format!("{lead}: {reason}")
    }

    fn level_because_several(&self, lead: &str) -> String {
        format!("{lead}:")
    }

    fn tier_has_looked(&self, number: u8, team: &str) -> String {
        if team.trim().is_empty() {
            format!("계층 {number}에서 검토함")
        } else {
            format!("계층 {number}({})에서 검토함", team.trim())
        }
    }

    fn tier_findings_label(&self, number: u8) -> String {
        format!("계층 {number}에서 무엇을 확인했습니까?")
    }

    fn tier_name(&self, number: u8) -> String {
        format!("계층 {number}")
    }

    fn languages_offered(&self, list: &str) -> String {
        format!("이 채널의 지원 언어: {list}")
    }

    fn timeline_summary(&self, start: &str, due: &str, business_hours: bool) -> String {
        if business_hours {
            format!(
                "응답 기한까지의 타임라인입니다. {start}, 응답 기한: {due}. 시간은 지원 운영 \
                 시간에만 계산되며, 운영하지 않는 시간은 빗금으로 표시됩니다."
            )
        } else {
            format!(
                "응답 기한까지의 타임라인입니다. {start}, 응답 기한: {due}. 시간은 24시간 내내 \
                 계산됩니다."
            )
        }
    }

    fn filing_corrected(&self, number: &str, date: &str) -> String {
        format!("티켓 {number}, {date}에 수정함.")
    }

    fn filing_withdrawn(&self, number: &str, date: &str) -> String {
        format!("티켓 {number}, {date}에 제출하지 않음으로 표시함.")
    }

    fn filed_as(&self, number: &str, date: &str) -> String {
        format!("{date}에 공급업체에 제출했습니다. 티켓 번호: {number}.")
    }

    fn handed_off_as(&self, number: &str, date: &str) -> String {
        format!("{date}에 헬프데스크로 보냈습니다. 티켓 번호: {number}.")
    }

    fn contact_first_tier(&self, team: &str) -> String {
        if team.trim().is_empty() {
            "조직 내에서는 계층 1에서 문제를 가장 먼저 확인합니다. 담당자:".to_owned()
        } else {
            format!(
                "조직 내에서는 계층 1({})에서 문제를 가장 먼저 확인합니다. 담당자:",
                team.trim()
            )
        }
    }

    fn vendor_is_tier_four(&self, vendor: &str) -> String {
        let tier = if vendor.trim().is_empty() {
            "공급업체는 계층 4입니다.".to_owned()
        } else {
            format!("계층 4는 {}입니다.", vendor.trim())
        };
        format!("{tier} 조직 내 계층에서 문제를 해결할 수 없을 때 이 티켓을 제출하세요.")
    }

    fn channel_with_category(&self, channel: &str, category: &str) -> String {
        format!("{channel}, \u{201c}{category}\u{201d} 범주")
    }

    fn text(&self, message: Message) -> &'static str {
        match message {
            Message::AppName => "Support Triage",
            Message::LanguageLabel => "언어",
            Message::LandingLead => {
                "문제마다 명확한 지원 티켓을 하나씩 준비하고, 공급업체에 넘기기 전에 조직 내에서 \
                 누가 무엇을 처리할지 계획하면 필요한 도움을 더 빨리 받을 수 있습니다."
            }
            Message::LandingTicketHeading => "지원 티켓 준비",
            Message::LandingTicketBody => {
                "먼저 셀프 도움말을 확인하고, 알맞은 채널을 찾고, 문제의 심각도와 첫 응답 예상 \
                 시간을 확인한 다음 완성된 티켓을 복사하거나 다운로드합니다."
            }
            Message::LandingStartTicket => "새 티켓 시작",
            Message::LandingResumeHeading => "작성하던 티켓 이어서 하기",
            Message::LandingPlanHeading => "조직의 지원 계획 세우기",
            Message::LandingPlanBody => {
                "계층 1~3을 누가 맡을지, 문제를 공급업체에 어떻게 에스컬레이션할지, 헬프데스크를 \
                 어떻게 교육하고 초기부터 참여시킬지 정합니다."
            }
            Message::LandingStartPlan => "지원 계획 열기",
            Message::ViewAllDrafts => "모든 초안 보기",
            Message::LandingUnreadableNotice => {
                "저장된 초안 중 일부를 읽을 수 없습니다. 복구할 수 있도록 따로 보관해 두었습니다."
            }
            Message::Back => "뒤로",
            Message::Continue => "계속",
            Message::ErrorSummaryTitle => "문제가 있습니다",
            Message::ErrorTitlePrefix => "오류: ",
            Message::ErrorPrefix => "오류:",
            Message::Optional => "(선택 사항)",
            Message::Yes => "예",
            Message::Change => "변경",
            Message::SaveStatusSaving => "저장 중…",
            Message::SaveStatusSaved => "이 기기에 저장됨",
            Message::SaveStatusNotSavedQuota => {
                "저장되지 않음: 이 브라우저의 저장 공간이 가득 찼습니다. 입력한 내용은 그대로 \
                 있습니다. 초안을 다운로드하거나 오래된 초안을 삭제해 공간을 확보하세요."
            }
            Message::SaveStatusNotSavedOther => {
                "저장되지 않음: 이 브라우저가 초안 저장을 거부했습니다. 입력한 내용은 그대로 \
                 있습니다. 사본을 보관하려면 초안을 다운로드하세요."
            }
            Message::SaveStatusMemoryOnly => {
                "이 브라우저에서는 초안을 보관할 수 없어 페이지를 닫으면 초안이 사라집니다. \
                 보관할 내용은 다운로드하세요."
            }
            Message::SaveStatusUpdatedElsewhere => "다른 탭에서 변경한 내용으로 업데이트됨",
            Message::ConflictHeading => "다른 탭에서 이 초안을 변경했습니다",
            Message::ConflictBody => {
                "여기에서 입력하는 동안 다른 탭에서 이 초안의 새 버전을 저장했습니다. 보관할 \
                 버전을 선택하세요. 선택하기 전까지는 아무것도 사라지지 않습니다."
            }
            Message::ConflictKeepTheirs => "다른 탭의 버전 사용",
            Message::ConflictKeepMine => "내 버전 유지",
            Message::ConflictKeepBoth => "둘 다 별도 초안으로 유지",
            Message::DeletedElsewhereNotice => {
                "다른 탭에서 이 초안을 삭제했습니다. 여기에 있던 사본을 다시 저장했으므로 잃은 \
                 내용은 없습니다."
            }
            Message::ExportThisDraft => "이 초안 다운로드(JSON)",
            Message::PanicHeading => "문제가 발생했습니다",
            Message::PanicBody => {
                "Support Triage에 내부 오류가 발생해 작동을 멈췄습니다. 이 브라우저에 저장된 \
                 초안은 안전합니다. 작업 중이던 초안을 다운로드해 사본을 보관한 다음 페이지를 새로 \
                 고치세요."
            }
            Message::PanicDownloadDraft => "작업 중이던 초안 다운로드",
            Message::ConfigProblemsHeading => "이 페이지의 구성에 문제가 있습니다",
            Message::ConfigProblemsBody => {
                "위젯은 가능한 곳에서는 안전한 기본값으로 작동합니다. 페이지 관리자가 확인할 수 \
                 있도록 각 문제와 구성 내 위치를 표시합니다:"
            }
            Message::BeforeYouFileHeading => "티켓을 제출하기 전에",
            Message::BeforeYouFileIntro => {
                "많은 문제는 이미 다음 리소스에 답이 있습니다. 잠시 살펴보면 답변을 기다리지 않아도 \
                 될 수 있습니다."
            }
            Message::DidThisSolveIt => "이 중 하나로 문제가 해결되었습니까?",
            Message::DidThisSolveItError => "리소스로 문제가 해결되었는지 선택하세요",
            Message::SolvedByPrefix => "예, ",
            Message::YesSomethingElse => "예, 이 페이지의 다른 자료로 해결됨",
            Message::NoContinue => "아니요, 계속",
            Message::SelfSolvedHeading => "문제가 해결되어 다행입니다",
            Message::SelfSolvedBody => {
                "티켓은 필요하지 않습니다. 문제가 다시 생길 때를 대비해 이 초안을 ‘셀프 도움말로 \
                 해결됨’으로 표시해 목록에 남겨 두었습니다."
            }
            Message::StartAnotherTicket => "다른 티켓 시작",
            Message::RequestKindQuestion => "무엇에 관한 요청입니까?",
            Message::RequestKindError => "요청 유형을 선택하세요",
            Message::KindTechnical => "기술 문제",
            Message::KindTechnicalHint => "서비스의 일부 기능이 제대로 작동하지 않습니다.",
            Message::KindBilling => "청구, 라이선스 또는 내 계정",
            Message::KindBillingHint => "청구서, 구독, 라이선스 수 또는 계정 액세스",
            Message::KindConfigurationManagerWithService => {
                "서비스와 함께 사용하는 Configuration Manager(공동 관리 또는 테넌트 연결)"
            }
            Message::KindConfigurationManagerWithServiceHint => {
                "서비스 자체 지원에 포함되며, 서비스에 관한 다른 질문과 같은 채널로 요청합니다."
            }
            Message::KindConfigurationManagerStandalone => {
                "Configuration Manager 또는 Endpoint Protection 단독 사용"
            }
            Message::KindConfigurationManagerStandaloneHint => {
                "서비스 없이 사용하는 경우입니다. 이 제품은 파트너 또는 유료 지원을 통해 별도로 지원합니다."
            }
            Message::KindVolumeLicensing => "볼륨 라이선스",
            Message::KindVolumeLicensingHint => {
                "볼륨 라이선스 계약으로 구입한 라이선스 또는 라이선스 키"
            }
            Message::KindFeatureRequest => "아이디어 또는 기능 요청",
            Message::KindFeatureRequestHint => "제품에 있었으면 하는 기능",
            Message::ElsewhereHeading => "이 요청은 다른 곳에서 처리합니다",
            Message::ElsewhereFeedbackBody => {
                "아이디어와 기능 요청은 지원 티켓으로 처리하지 않습니다. 피드백 사이트에 아이디어를 \
                 올리면 다른 사람들이 투표할 수 있습니다."
            }
            Message::ElsewherePartnerBody => {
                "이 제품은 이 채널에서 지원하지 않습니다. 파트너에게 문의하거나 아래 방법을 \
                 이용하세요."
            }
            Message::ElsewhereServiceBody => "이런 요청은 별도 서비스에서 처리합니다.",
            Message::ElsewhereChangeAnswer => "요청 유형 변경",
            Message::SupportContractHeading => "지원 계약 및 테넌트 규모",
            Message::SupportContractIntro => "두 가지 답변에 따라 요청을 제출할 곳과 적용되는 응답 시간이 정해집니다.",
            Message::SupportContractQuestion => "조직의 지원 계약은 무엇입니까?",
            Message::SupportContractError => "조직의 지원 계약을 선택하세요",
            Message::ContractProfessional => "Professional(구독 지원)",
            Message::ContractProfessionalHint => "구독에 포함된 지원입니다.",
            Message::ContractPremier => "Premier",
            Message::ContractPremierHint => "전용 포털과 응답 시간이 정해진 Premier 지원 계약입니다.",
            Message::TenantSizeQuestion => "테넌트의 라이선스는 몇 개입니까?",
            Message::TenantSizeError => "테넌트의 라이선스 수를 선택하세요",
            Message::TenantFewerThan100 => "라이선스 100개 미만",
            Message::TenantFewerThan100Hint => {
                "구독 지원에서는 소규모 테넌트가 더 간단한 방법으로 도움을 요청할 수 있습니다. 문제를 설명하고 추천 리소스를 확인하거나 전화 회신을 요청하세요."
            }
            Message::TenantHundredOrMore => "라이선스 100개 이상",
            Message::RoutingHeading => "이 요청을 제출할 곳",
            Message::RoutingWhere => "제출처",
            Message::RoutingCategory => "범주",
            Message::RoutingSteps => "요청 방법",
            Message::RoutingCallBack => {
                "티켓을 작성하는 대신 전화 회신을 요청할 수도 있습니다."
            }
            Message::RoutingOnlineLanguages => "온라인 지원 언어",
            Message::RoutingPhoneLanguages => "전화 지원 및 온라인 청구 지원 언어",
            Message::RoutingPhoneMoreLanguages => {
                "전화 지원과 온라인 청구 지원은 온라인 기술 지원보다 더 많은 언어로 제공됩니다. 제공 언어, 전화번호, 운영 시간은 국가 또는 지역에 따라 \
                 다릅니다."
            }
            Message::RoutingPhonePageLink => "국가 또는 지역별 전화번호, 운영 시간, 언어",
            Message::RoutingProblemNotice => {
                "페이지 관리자의 구성에 이 요청을 제출할 곳이 지정되어 있지 않습니다. 어떤 채널을 \
                 이용할지 헬프데스크에 문의하세요."
            }
            Message::DraftsHeading => "내 초안",
            Message::DraftsEmpty => "아직 초안이 없습니다.",
            Message::DraftsColumnTitle => "제목",
            Message::DraftsColumnSeverity => "심각도",
            Message::DraftsColumnChanged => "마지막 변경",
            Message::DraftsColumnStatus => "상태",
            Message::DraftsColumnActions => "작업",
            Message::DraftUntitled => "제목 없는 초안",
            Message::DraftLinkedWith => "같은 설명에서 함께 나눈 초안:",
            Message::StatusDraft => "초안",
            Message::StatusFiled => "제출됨",
            Message::StatusSelfSolved => "셀프 도움말로 해결됨",
            Message::Duplicate => "복제",
            Message::Delete => "삭제",
            Message::Undo => "실행 취소",
            Message::SeverityNotYetKnown => "아직 평가하지 않음",
            Message::LevelCritical => "심각(A)",
            Message::LevelModerate => "보통(B)",
            Message::LevelMinimal => "최소(C)",
            Message::QuarantineHeading => "읽을 수 없는 초안",
            Message::QuarantineBody => {
                "이 레코드는 손상되었거나 더 새로운 버전의 Support Triage에서 저장되었습니다. \
                 원래 상태 그대로 보관되어 있으니 텍스트를 보거나 다운로드해 필요한 내용을 \
                 복구하세요."
            }
            Message::QuarantineCouldNotBeRead => "읽을 수 없는 이유:",
            Message::UnreadableNotJson => "올바른 JSON이 아닙니다.",
            Message::UnreadableNotOurs => "Support Triage 기록이 아닙니다.",
            Message::UnreadableDamaged => "기록이 손상되었습니다.",
            Message::UnreadableRevisionOutOfRange => "기록이 손상되었습니다. 수정 번호가 허용 범위를 벗어났습니다.",
            Message::UnreadableIdMismatch => "식별자가 저장된 위치와 일치하지 않습니다.",
            Message::UnreadableSetAsideEarlier => "이전 방문에서 읽을 수 없어 따로 보관되었습니다.",
            Message::QuarantineShowText => "저장된 텍스트 보기",
            Message::QuarantineDownload => "저장된 텍스트 다운로드",
            Message::ProblemHeading => "문제 한 가지를 설명하세요",
            Message::ProblemIntro => {
                "티켓 하나에는 문제 하나만 담습니다. 서로 구분되는 문제는 각각 티켓으로 제출해야 더 빨리 해결됩니다. 구독 지원에서는 티켓을 더 만들어도 추가 \
                 비용이 없지만, Premier 계약에서는 절차 관련 질문(설정 방법 등)에 비용이 청구됩니다."
            }
            Message::ProblemTitleLabel => "제목",
            Message::ProblemTitleHint => {
                "몇 단어로 적으세요. 예: 월요일부터 Android 기기를 등록할 수 없음"
            }
            Message::ProblemTitleError => "문제의 짧은 제목을 입력하세요",
            Message::ProblemDescriptionLabel => "어떤 현상이 발생합니까?",
            Message::ProblemDescriptionHint => {
                "기대한 동작, 실제로 일어난 일, 언제부터인지 적으세요. 오류 메시지와 시도한 조치는 \
                 다음에 입력합니다."
            }
            Message::ProblemDescriptionError => "발생하는 현상을 설명하세요",
            Message::SeveralProblemsHeading => "문제가 두 가지 이상인 것 같습니다",
            Message::SeveralProblemsBody => {
                "아래 항목은 각각 별도 티켓이 될 수 있습니다. 분리하면 이 초안에는 첫 번째 문제를 \
                 남기고, 나머지 문제마다 연결된 초안을 만들어 연락처 정보와 지원 계약을 복사합니다."
            }
            Message::SplitIntoDrafts => "별도 초안으로 분리",
            Message::SplitDone => {
                "완료: 이제 이 초안에는 첫 번째 문제만 있습니다. 나머지 문제는 이 초안과 연결되어 \
                 초안 목록에 있습니다."
            }
            Message::SuggestionsHeading => "도움이 될 수 있는 문서",
            Message::SuggestionErrorCode => "입력한 오류 코드를 설명합니다.",
            Message::FeatureRequestHeading => "문제가 아니라 아이디어로 보입니다",
            Message::PossibleDuplicate => "같은 문제로 보이는 초안이 이미 있습니다:",
            Message::OpenThatDraft => "그 초안 열기",
            Message::ImpactHeading => "문제가 얼마나 심각합니까?",
            Message::ImpactIntro => {
                "영향에 관한 질문 네 가지입니다. 답변하는 대로 심각도가 계산되며, 이유가 있으면 \
                 심각도를 직접 선택할 수도 있습니다."
            }
            Message::ImpactUsabilityQuestion => "조직에서 서비스를 계속 사용할 수 있습니까?",
            Message::ImpactUsabilityHint => "여기서 서비스는 한 사람의 기기가 아니라 조직이 사용하는 공급업체의 서비스입니다. 다른 사람들에게 정상적으로 작동한다면 아직 사용할 수 있는 것입니다.",
            Message::ImpactScopeQuestion => "누가 또는 무엇이 영향을 받습니까?",
            Message::ImpactBusinessQuestion => "업무에 얼마나 큰 영향을 줍니까?",
            Message::ImpactWorkaroundQuestion => "허용 가능한 임시 해결 방법이 있습니까?",
            Message::ImpactWorkaroundHint => {
                "문제가 해결될 때까지 업무를 계속할 수 있는 방법입니다."
            }
            Message::UsabilityUnusable => "전혀 접속하거나 사용할 수 없음",
            Message::UsabilityWorseThanBefore => "사용할 수 있지만 이전보다 잘 작동하지 않음",
            Message::UsabilityMinorInconvenience => "사용할 수 있으며 약간 불편한 정도임",
            Message::ScopeMany => "많은 사용자 또는 여러 서비스",
            Message::ScopeOne => "사용자, 고객 또는 서비스 하나",
            Message::ScopeNobodyYet => "아직 없음",
            Message::ScopeNobodyYetHint => "누군가 영향을 받기 전에 발견했습니다.",
            Message::BusinessSevere => "심각: 생산, 운영 또는 마감 일정이 위태로움",
            Message::BusinessModerate => "보통: 업무 시간까지 기다릴 수 있음",
            Message::BusinessMinimal => "최소: 업무에 거의 영향 없음",
            Message::WorkaroundAcceptable => "예, 허용 가능한 방법이 있음",
            Message::WorkaroundNone => "아니요",
            Message::DontKnow => "모름",
            Message::ImpactUsabilityError => "서비스를 계속 사용할 수 있는지 선택하세요",
            Message::ImpactScopeError => "누가 또는 무엇이 영향을 받는지 선택하세요",
            Message::ImpactBusinessError => "문제가 업무에 주는 영향을 선택하세요",
            Message::ImpactWorkaroundError => {
                "허용 가능한 임시 해결 방법이 있는지 선택하세요"
            }
            Message::SeverityComputedHeading => "답변으로 계산한 심각도",
            Message::SeverityPrefix => "심각도:",
            Message::SeverityIncompleteHint => {
                "아직 답하지 않은 질문은 ‘모름’으로 간주합니다."
            }
            Message::BecauseCritical => "심각(A)으로 판단한 이유",
            Message::BecauseModerate => "보통(B)으로 판단한 이유",
            Message::BecauseMinimal => "최소(C)로 판단한 이유",
            Message::ReasonServiceUnusable => "서비스에 접속하거나 서비스를 사용할 수 없음",
            Message::ReasonWorseThanBefore => "서비스를 사용할 수 있지만 이전보다 잘 작동하지 않음",
            Message::ReasonMinorInconvenience => "서비스는 작동하며 약간 불편한 정도임",
            Message::ReasonUsabilityNotKnown => {
                "서비스를 어느 정도 사용할 수 있는지 아직 알 수 없음"
            }
            Message::ReasonManyAffected => "많은 사용자 또는 여러 서비스가 영향을 받음",
            Message::ReasonOneAffected => "사용자, 고객 또는 서비스 하나가 영향을 받음",
            Message::ReasonNobodyAffectedYet => "아직 영향을 받는 사람이 없음",
            Message::ReasonScopeNotKnown => "누가 또는 무엇이 영향을 받는지 아직 알 수 없음",
            Message::ReasonSevereBusinessImpact => {
                "생산, 운영 또는 배포 마감 일정이 심각한 영향을 받음"
            }
            Message::ReasonModerateBusinessImpact => {
                "업무 영향이 중간 정도이며 업무 시간 중에 처리할 수 있음"
            }
            Message::ReasonMinimalBusinessImpact => "업무 영향이 미미함",
            Message::ReasonBusinessImpactNotKnown => "업무 영향을 아직 알 수 없음",
            Message::ReasonNoWorkaround => "허용 가능한 임시 해결 방법이 없음",
            Message::ReasonAcceptableWorkaround => "허용 가능한 임시 해결 방법으로 계속 작업할 수 있음",
            Message::ReasonWorkaroundNotKnown => "임시 해결 방법이 있는지 아직 알 수 없음",
            Message::ReasonCriticalNeedsKnownAnswers => "아직 모르는 답변이 좋지 않은 쪽으로 확인될 때만 심각(A)에 해당함. 심각(A)으로 확정하려면 해당 질문에 답하세요",
            Message::OverrideToggle => "심각도 직접 선택",
            Message::OverrideToggleHint => {
                "예를 들어 마감 일정 때문에 답변에서 드러난 것보다 문제가 더 급한 경우입니다. \
                 공급업체에는 계산한 심각도와 선택한 심각도, 선택 이유가 모두 표시됩니다."
            }
            Message::OverrideLevelLegend => "티켓에 어떤 심각도를 지정하시겠습니까?",
            Message::OverrideLevelError => "티켓에 지정할 심각도를 선택하세요",
            Message::OverrideReasonLabel => "이 심각도를 지정하는 이유는 무엇입니까?",
            Message::OverrideReasonHint => "공급업체 엔지니어가 티켓과 함께 읽는 내용입니다.",
            Message::OverrideReasonError => "다른 심각도를 지정하는 이유를 입력하세요",
            Message::SeverityComputedLabel => "답변으로 계산한 심각도",
            Message::SeverityOverrideReasonLabel => "선택 이유",
            Message::DetailsHeading => "지원 엔지니어에게 자세히 알려 주세요",
            Message::DetailsIntro => {
                "엔지니어가 가장 먼저 묻는 사항입니다. 지금 많이 알려 줄수록 나중에 받는 질문이 \
                 줄어듭니다."
            }
            Message::DetailsProblemSection => "문제 정보",
            Message::StartedLabel => "언제 시작되었습니까?",
            Message::StartedHint => "날짜와 시간 또는 계기를 적으세요. 예: 화요일 정책 변경 이후",
            Message::AffectedLabel => "영향을 받는 사용자나 기기는 얼마나 됩니까?",
            Message::AffectedHint => "예: 영업팀의 Android 휴대폰 약 40대",
            Message::PlatformsLegend => "영향을 받는 플랫폼은 무엇입니까?",
            Message::PlatformsHint => "해당하는 항목을 모두 선택하세요.",
            Message::PlatformWindows => "Windows",
            Message::PlatformMacos => "macOS",
            Message::PlatformIos => "iOS 또는 iPadOS",
            Message::PlatformAndroid => "Android",
            Message::PlatformLinux => "Linux",
            Message::PlatformOther => "기타 플랫폼",
            Message::PlatformOtherLabel => "어떤 플랫폼입니까?",
            Message::ErrorMessagesLabel => "오류 메시지",
            Message::ErrorMessagesHint => "표시된 그대로, 오류 코드까지 포함해 복사하세요.",
            Message::AlreadyTriedLabel => "이미 시도한 조치는 무엇입니까?",
            Message::AlreadyTriedHint => "시도했을 때 어떤 결과가 나왔는지도 적으세요.",
            Message::EscalationSection => "조직 내에서 이 문제를 검토한 계층",
            Message::EscalationHint => {
                "지원 계획의 계층입니다. 문제를 다룬 계층을 모두 선택하고 각 계층이 확인한 내용을 \
                 적으세요."
            }
            Message::ContactSection => "공급업체가 연락할 방법",
            Message::ContactHint => "이메일 주소, 전화번호 또는 둘 다 입력하세요.",
            Message::ContactNameLabel => "이름",
            Message::ContactEmailLabel => "이메일 주소",
            Message::ContactPhoneLabel => "전화번호",
            Message::ContactPhoneHint => "국가 번호를 포함하세요. 예: +82 2 1234 5678",
            Message::PreferredMethodLegend => "선호하는 연락 방법은 무엇입니까?",
            Message::MethodEmail => "이메일",
            Message::MethodPhone => "전화",
            Message::SupportLanguageLabel => "지원 언어",
            Message::ContactMissingError => "이메일 주소나 전화번호를 입력하세요",
            Message::PreferredEmailMissingError => {
                "이메일 주소를 입력하거나 연락 방법으로 전화를 선택하세요"
            }
            Message::PreferredPhoneMissingError => {
                "전화번호를 입력하거나 연락 방법으로 이메일을 선택하세요"
            }
            Message::EmailFormatError => {
                "name@example.com과 같은 올바른 형식으로 이메일 주소를 입력하세요"
            }
            Message::CheckAnswersHeading => "제출하기 전에 답변을 확인하세요",
            Message::CheckSectionRequest => "요청",
            Message::CheckSectionProblem => "문제",
            Message::CheckSectionImpact => "영향 및 심각도",
            Message::CheckSectionDetails => "세부 정보",
            Message::CheckSectionContact => "연락처",
            Message::CheckSelfHelp => "셀프 도움말",
            Message::CheckSelfHelpValue => "확인했지만 문제가 해결되지 않음",
            Message::CheckRequestKind => "요청 유형",
            Message::CheckSupportContract => "지원 계약",
            Message::CheckTenantSize => "테넌트 라이선스 수",
            Message::CheckDescription => "발생 현상",
            Message::CheckSeverity => "심각도",
            Message::CheckStarted => "시작 시점",
            Message::CheckAffected => "영향을 받는 사용자 또는 기기",
            Message::CheckPlatforms => "플랫폼",
            Message::CheckErrorMessages => "오류 메시지",
            Message::CheckAlreadyTried => "시도한 조치",
            Message::CheckEscalation => "검토한 계층",
            Message::CheckPreferredMethod => "선호하는 연락 방법",
            Message::NotGiven => "입력하지 않음",
            Message::ReadyHeading => "티켓을 제출할 준비가 되었습니다",
            Message::ReadyIntro => {
                "공급업체에 필요한 내용이 모두 아래에 있습니다. 심각도, 첫 응답 예상 시간, 제출할 \
                 곳, 붙여 넣을 티켓 텍스트를 확인하세요."
            }
            Message::FiledHeading => "티켓 제출 완료",
            Message::ReadySeverityHeading => "심각도",
            Message::ReadyResponseHeading => "첫 응답 예상 시간",
            Message::ResponseLeadDraft => "지금 제출하면 첫 응답 예상:",
            Message::ResponseLeadFiled => "첫 응답 예상:",
            Message::SetByContract => "계약에 따름",
            Message::ContractNote => "이 응답 시간은 이 페이지 관리자가 입력한 계약 내용에 따른 것입니다.",
            Message::ResponseExampleLead => "예시일 뿐 약정된 시간이 아닙니다. 첫 응답:",
            Message::ResponseExampleNote => {
                "실제 응답 시간은 지원 계약에 정해져 있으니 계약서에서 확인하세요. 이 페이지 관리자가 입력하기 전까지는 기한과 카운트다운을 표시하지 않습니다."
            }
            Message::ExpectedByContract => "지원 계약에 따름",
            Message::ResponseWindowProblem => {
                "구성된 응답 시간으로 이 티켓의 기한을 계산할 수 없어 기한을 표시하지 않습니다. 이 \
                 페이지 관리자에게 업무 일정 설정을 확인해 달라고 요청하세요."
            }
            Message::DueNow => "지금이 기한입니다",
            Message::OverdueLabel => "기한 지남",
            Message::TimelineIfFiledNow => "지금 제출 시:",
            Message::TimelineFiled => "제출:",
            Message::TimelineDue => "응답 기한:",
            Message::TimelineLegendOpen => "지원 운영 중: 시간이 계산됨",
            Message::TimelineLegendClosed => "지원 운영 안 함: 시간이 멈춤",
            Message::TimelineLegendNow => "현재",
            Message::ContactFirstHeading => "먼저 연락할 곳",
            Message::ContactFirstNoTier1 => {
                "지원 계획에 계층 1 담당자가 아직 없습니다. 담당자가 정해질 때까지는 먼저 \
                 헬프데스크에 문의하세요."
            }
            Message::TicketTextHeading => "티켓 텍스트",
            Message::TicketTextHint => "공급업체의 양식에 붙여 넣거나 사본을 보관하세요.",
            Message::CopyText => "티켓 텍스트 복사",
            Message::Copied => "복사했습니다. 공급업체의 양식에 붙여 넣으세요.",
            Message::CopyRefused => {
                "브라우저에서 복사를 허용하지 않았습니다. 대신 텍스트를 선택해 두었으니 Ctrl+C(Mac에서는 \
                 Cmd+C)를 눌러 복사하세요."
            }
            Message::DownloadMarkdown => "Markdown으로 다운로드",
            Message::DownloadPlainText => "일반 텍스트로 다운로드",
            Message::DownloadJson => "JSON으로 다운로드",
            Message::DownloadRefused => "브라우저에서 다운로드를 시작하지 않았습니다.",
            Message::PrintTicket => "티켓 인쇄",
            Message::EmailTicket => "티켓 텍스트를 이메일로 보내기",
            Message::EmailShortenedNote => {
                "[이메일 링크에 맞게 줄인 내용입니다. 전체 텍스트는 Support Triage에서 복사하거나 \
                 다운로드하세요.]"
            }
            Message::FiledFormHeading => "티켓을 제출했습니까?",
            Message::FiledNumberLabel => "공급업체의 티켓 번호",
            Message::FiledNumberHint => {
                "공급업체의 확인 메시지나, 티켓을 제출한 곳의 서비스 요청 목록에서 확인할 수 \
                 있습니다."
            }
            Message::FiledNumberError => "공급업체에서 받은 티켓 번호를 입력하세요",
            Message::FiledButton => "제출했습니다",
            Message::FiledChangeSummary => "번호를 수정하거나 제출하지 않았음을 표시",
            Message::FiledCorrectLabel => "수정한 공급업체 티켓 번호",
            Message::FiledCorrectButton => "수정한 번호 저장",
            Message::FiledWithdrawButton => "실제로는 제출하지 않음",
            Message::FiledHistoryHeading => "이전 제출 기록",
            Message::ReadyActionsHeading => "복사, 다운로드 또는 보내기",
            Message::SeverityChosenByYou => "직접 선택함",
            Message::ExportAllDrafts => "모든 초안 다운로드(JSON)",
            Message::ImportDrafts => "파일에서 초안 가져오기",
            Message::ImportDraftsHint => {
                "‘모든 초안 다운로드’로 받은 파일입니다. 이미 있는 초안은 더 새로운 사본으로만 \
                 바뀝니다."
            }
            Message::ImportFailed => "파일을 가져올 수 없습니다:",
            Message::ImportNotDraftsExport => "Support Triage 초안 내보내기 파일이 아닙니다.",
            Message::ImportFileUnreadable => "브라우저가 파일을 읽지 못했습니다.",
            Message::ImportedHeading => "가져오기 완료",
            Message::ImportSkippedNewer => "건너뜀: 더 새로운 사본이 이미 있음",
            Message::ImportSkippedInvalid => "건너뜀: 올바른 초안이 아님",
            Message::ImportSkippedNotSaved => "건너뜀: 이 브라우저가 저장을 거부함",
            Message::ClearAllDrafts => "모든 초안 삭제",
            Message::ClearAllConfirmHeading => "모든 초안을 삭제하시겠습니까?",
            Message::ClearAllConfirmBody => {
                "이 브라우저에 저장된 모든 초안이 삭제되며 되돌릴 수 없습니다. 나중에 필요할 수 \
                 있다면 먼저 다운로드하세요."
            }
            Message::ClearAllConfirm => "예, 모든 초안 삭제",
            Message::Cancel => "취소",
            Message::CleanupHeading => "오래된 초안",
            Message::CleanupBody => {
                "목록을 짧게 유지하려면 삭제할 수 있습니다. 직접 선택하기 전에는 아무것도 삭제되지 \
                 않습니다."
            }
            Message::CleanupConfirm => "오래된 초안 삭제",
            Message::MinutesUnit => "분",
            Message::PlanHeading => "조직의 지원 계획",
            Message::PlanCaption => "지원 계획",
            Message::PlanIntro => {
                "섹션은 원하는 순서로 작성할 수 있습니다. 입력하는 대로 모든 내용이 이 기기에 \
                 저장되며, 새 티켓의 에스컬레이션 경로와 담당자에 이 계획이 사용됩니다."
            }
            Message::PlanUsingDefault => {
                "조직의 기본 계획에서 시작합니다. 변경한 내용은 이 기기에 따로 보관됩니다."
            }
            Message::PlanCustomised => {
                "이 계획에는 변경한 내용이 있습니다. 조직의 기본 계획은 그대로 보관되므로 언제든지 \
                 되돌아갈 수 있습니다."
            }
            Message::PlanSectionsHeading => "계획 섹션",
            Message::PlanSectionTeams => "팀과 계층",
            Message::PlanSectionTeamsHint => {
                "계층 1~3을 맡을 팀과 연락 방법, 그리고 계층 4인 공급업체"
            }
            Message::PlanSectionEscalation => "에스컬레이션 워크플로",
            Message::PlanSectionEscalationHint => {
                "문제가 계층 사이를 거쳐 다시 사용자에게 돌아가는 과정"
            }
            Message::PlanSectionTraining => "교육",
            Message::PlanSectionTrainingHint => "교육 대상과 방식, 교육 일정",
            Message::PlanSectionEarlyInvolvement => "초기 참여",
            Message::PlanSectionEarlyInvolvementHint => {
                "계획 단계와 파일럿에 헬프데스크를 참여시키기"
            }
            Message::PlanStatusNotStarted => "시작 전",
            Message::PlanStatusInProgress => "진행 중",
            Message::PlanStatusCompleted => "완료",
            Message::PlanSaveAndReturn => "저장하고 작업 목록으로 돌아가기",
            Message::PlanSavedAsYouType => "변경 내용은 입력하는 대로 이 기기에 저장됩니다.",
            Message::PlanNotSavedQuota => {
                "저장되지 않음: 이 브라우저의 저장 공간이 가득 찼습니다. 계획은 그대로 있으니 \
                 JSON으로 다운로드해 사본을 보관하세요."
            }
            Message::PlanNotSavedOther => {
                "저장되지 않음: 이 브라우저가 계획 저장을 거부했습니다. 계획은 그대로 있으니 \
                 JSON으로 다운로드해 사본을 보관하세요."
            }
            Message::PlanUpdatedElsewhere => "다른 탭에서 변경한 내용으로 업데이트됨",
            Message::PlanRestoredAfterReset => {
                "다른 탭에서 계획이 기본값으로 재설정되었습니다. 이 탭의 변경 내용은 잃지 않도록 다시 저장했습니다."
            }
            Message::PlanMemoryOnly => {
                "이 브라우저에서는 계획을 보관할 수 없어 페이지를 닫으면 계획이 사라집니다. 사본을 \
                 보관하려면 다운로드하세요."
            }
            Message::PlanConflictHeading => "다른 탭에서 계획을 변경했습니다",
            Message::PlanConflictBody => {
                "여기에서 편집하는 동안 다른 탭에서 계획의 새 버전을 저장했습니다. 보관할 버전을 \
                 선택하세요. 선택하기 전까지는 아무것도 사라지지 않습니다."
            }
            Message::PlanQuarantineHeading => "저장된 계획을 읽을 수 없습니다",
            Message::PlanQuarantineBody => {
                "원래 상태 그대로 보관되어 있으며, 지금은 기본 계획으로 작업합니다. 저장된 텍스트를 \
                 보거나 다운로드해 필요한 내용을 복구하세요."
            }
            Message::PlanTeamsIntro => {
                "각 계층에서 누가 사용자를 지원하는지 적으세요. 계층 1과 2는 보통 헬프데스크이고, \
                 계층 3은 대개 서비스를 배포한 팀입니다. 조직에 없는 계층은 비워 두세요."
            }
            Message::PlanTier1Hint => "사용자가 문제를 처음 알리는 곳입니다.",
            Message::PlanTier2Hint => "계층 1에서 해결하지 못한 문제를 조사합니다.",
            Message::PlanTier3Hint => {
                "근본 원인을 찾고, 서비스를 변경하고, 공급업체와 협력합니다."
            }
            Message::PlanTeamName => "팀 이름",
            Message::PlanTeamHours => "운영 시간",
            Message::PlanTeamHoursHint => "예: 월요일~금요일, 08:00~18:00",
            Message::PlanResponsibilities => "담당 업무",
            Message::PlanOnePerLine => "한 줄에 하나씩 입력하세요.",
            Message::PlanContactsHeading => "담당자",
            Message::PlanNoContactsYet => "아직 담당자가 없습니다.",
            Message::PlanContactHint => "이메일 주소, 전화번호 또는 둘 다 입력하세요.",
            Message::PlanContactName => "이름",
            Message::PlanContactRole => "역할",
            Message::PlanContactEmail => "이메일 주소",
            Message::PlanContactPhone => "전화번호",
            Message::PlanRemove => "제거",
            Message::PlanVendorHint => {
                "공급업체의 지원은 계층 4입니다. 이 설정은 조직의 구성에서 가져온 값이며, 계약 \
                 내용이 다를 때만 바꾸세요."
            }
            Message::PlanVendorName => "공급업체 지원의 이름",
            Message::PlanVendorNameHint => {
                "에스컬레이션 경로에 표시할 이름입니다. 예: Microsoft 지원"
            }
            Message::PlanVendorChannel => "공급업체에 문의하는 채널",
            Message::PlanVendorChannelByRouting => "요청마다 유형과 지원 계약에 따라 선택",
            Message::PlanVendorSupportContract => "공급업체와 맺은 지원 계약",
            Message::PlanExtraTiersHeading => "맞지 않는 계층 항목",
            Message::PlanExtraTiersBody => {
                "가져온 계획에 들어 있던 항목입니다. 계층 번호 1~3은 각각 한 번만 쓸 수 있고, \
                 공급업체는 항상 계층 4입니다. 필요 없는 항목은 제거하세요."
            }
            Message::PlanEscalationIntro => {
                "사용자의 첫 신고부터 해결 방법이 사용자에게 전달될 때까지 인계 과정을 순서대로 \
                 나열하세요. 단계마다 무엇을 인계하고 어떤 정보를 함께 전달해야 하는지 적으세요."
            }
            Message::PlanEscalationEmpty => {
                "아직 단계가 없습니다. 계획 가이드의 예시(기기를 등록할 수 없어 계층 3까지 \
                 올라갔다가 사용자에게 돌아오는 사례)에서 시작한 다음 조직에 맞게 바꾸세요."
            }
            Message::PlanUseExampleSteps => "예시 단계 사용",
            Message::PlanAddStep => "단계 추가",
            Message::PlanStepFrom => "인계하는 쪽",
            Message::PlanStepTo => "인계받는 쪽",
            Message::PlanStepHandover => "인계 내용",
            Message::PlanStepHandoverHint => "예: 계층 2가 확인한 내용을 포함한 요청",
            Message::PlanStepInformation => "함께 전달할 정보",
            Message::PlanMoveUp => "위로 이동",
            Message::PlanMoveDown => "아래로 이동",
            Message::PlanPartyUser => "사용자",
            Message::PlanRolloutHeading => "첫 배포 단계",
            Message::PlanRolloutNote => "첫 배포 단계에서 계층끼리 협력하는 방식",
            Message::PlanRolloutNoteHint => {
                "예: 계층 1, 2, 3이 하나의 전화 회의에 함께 참여해 문제를 함께 파악하고 해결합니다."
            }
            Message::PlanTrainingIntro => {
                "교육은 기술 중심으로, 계층마다 알맞은 수준에 맞춰 진행합니다. 강의와 실습을 합쳐 \
                 2~3시간 정도로 계획하세요."
            }
            Message::PlanTrainingApproachHeading => "교육 방식",
            Message::PlanTrainTheTrainer => "강사 양성 방식(Train the Trainer)",
            Message::PlanTrainTheTrainerHint => {
                "기기 관리 팀이 헬프데스크 리더를 교육하고, 리더가 각자의 팀원을 교육합니다."
            }
            Message::PlanAudiencesHeading => "교육 대상",
            Message::PlanAudiencesHint => {
                "계층마다 참석자, 배워야 할 내용, 교육 시기를 적으세요."
            }
            Message::PlanAudienceDescription => "참석자와 배워야 할 내용",
            Message::PlanAudienceDate => "교육 날짜",
            Message::PlanAgendaHeading => "교육 일정",
            Message::PlanAgendaEmpty => {
                "아직 교육 일정이 없습니다. 예시 일정에서 시작해 주제와 시간을 조정하세요."
            }
            Message::PlanUseSampleAgenda => "예시 일정 사용",
            Message::PlanAddAgendaItem => "일정 항목 추가",
            Message::PlanAgendaTitle => "주제",
            Message::PlanAgendaMinutes => "소요 시간",
            Message::PlanAgendaWithin => "권장 시간 범위 안에 있습니다.",
            Message::PlanAgendaShorter => "권장 시간보다 짧습니다.",
            Message::PlanAgendaLonger => "권장 시간보다 깁니다.",
            Message::PlanEarlyIntro => {
                "배포 계획과 파일럿 단계부터 헬프데스크를 참여시켜, 사용자 문의가 오기 전에 준비할 \
                 수 있게 하세요. 완료한 항목은 체크하세요."
            }
            Message::PlanEarlyEmpty => {
                "아직 체크리스트가 없습니다. 추천 체크리스트에서 시작하거나 직접 항목을 추가하세요."
            }
            Message::PlanUseSuggestedChecklist => "추천 체크리스트 사용",
            Message::PlanChecklistLegend => "완료한 항목",
            Message::PlanAddOwnItemHeading => "직접 항목 추가",
            Message::PlanNewChecklistItem => "새 항목",
            Message::PlanNewChecklistItemHint => "예: 헬프데스크 리더가 운영 매뉴얼을 검토함",
            Message::PlanNewChecklistItemError => "추가할 항목을 입력하세요",
            Message::PlanAddChecklistItem => "항목 추가",
            Message::PlanPathHeading => "에스컬레이션 경로",
            Message::PlanPathIntro => "한 계층에서 해결하지 못한 문제가 넘어가는 경로입니다.",
            Message::PlanPathListLabel => "첫 문의부터 공급업체까지의 에스컬레이션 경로",
            Message::PlanPathVendor => "계층 4(공급업체)",
            Message::PlanPathNotNamed => "아직 이름 없음",
            Message::PlanPathNoTiers => "경로를 완성하려면 ‘팀과 계층’에서 계층을 추가하세요.",
            Message::PlanShareHeading => "계획 인쇄 또는 다운로드",
            Message::PlanShareBody => {
                "헬프데스크용으로 계획을 인쇄하거나, 위키나 이메일에 쓸 Markdown으로, 또는 사본을 \
                 보관하거나 다른 브라우저로 옮길 JSON으로 다운로드하세요."
            }
            Message::PlanViewAndPrint => "계획 보기 및 인쇄",
            Message::PlanDownloadMarkdown => "Markdown으로 다운로드",
            Message::PlanDownloadJson => "JSON으로 다운로드",
            Message::PlanDownloadRefused => {
                "브라우저가 다운로드를 거부했습니다. 이 페이지의 다운로드가 차단되어 있는지 \
                 확인하세요."
            }
            Message::PlanImportHeading => "계획 가져오기",
            Message::PlanImportLabel => "계획 파일 선택(JSON)",
            Message::PlanImportHint => {
                "이 브라우저나 다른 브라우저에서 ‘JSON으로 다운로드’로 만든 파일입니다. 여기 있는 \
                 계획을 대체하며, 가져온 직후에는 되돌릴 수 있습니다."
            }
            Message::PlanImportUnreadable => "브라우저가 파일을 읽을 수 없습니다.",
            Message::PlanUndoImport => "가져오기 취소",
            Message::PlanImportUndone => {
                "가져오기를 취소했습니다. 계획이 이전 상태로 돌아갔습니다."
            }
            Message::PlanResetHeading => "기본 계획에서 다시 시작",
            Message::PlanResetBody => {
                "조직의 기본 계획으로 돌아갑니다. 실행하기 전에 먼저 확인을 거칩니다."
            }
            Message::PlanResetButton => "기본 계획으로 초기화",
            Message::PlanResetConfirmHeading => "계획을 조직의 기본 계획으로 초기화하시겠습니까?",
            Message::PlanResetConfirmWarning => {
                "이 브라우저에서 계획의 변경 내용이 삭제됩니다. 이 작업은 되돌릴 수 없습니다."
            }
            Message::PlanResetConfirmBody => {
                "변경 내용의 사본을 보관하려면 먼저 계획을 다운로드하세요."
            }
            Message::PlanResetConfirmYes => "예, 계획 초기화",
            Message::PlanDownloadJsonFirst => "먼저 JSON으로 다운로드",
            Message::PlanWarningPrefix => "경고:",
            Message::PlanResetDone => "계획이 조직의 기본 계획으로 돌아갔습니다.",
            Message::PlanResetFailed => {
                "이 브라우저가 저장소 변경을 거부해 계획을 초기화하지 못했습니다. 계획은 바뀌지 \
                 않았습니다."
            }
            Message::PlanDocumentTitle => "지원 계획",
            Message::PlanPrint => "계획 인쇄",
            Message::PlanBackToTaskList => "작업 목록으로 돌아가기",
            Message::PlanDocumentNotGiven => "입력하지 않음",
            Message::PlanDocumentNoTiers => "아직 정의된 계층이 없습니다.",
            Message::PlanDocumentStepsHeading => "단계",
            Message::PlanDocumentNoSteps => "아직 정의된 단계가 없습니다.",
            Message::PlanDocumentInformation => "함께 전달할 정보:",
            Message::PlanDocumentTrainTheTrainer => {
                "강사 양성 방식: 기기 관리 팀이 헬프데스크 리더를 교육하고, 리더가 각자의 팀원을 \
                 교육합니다."
            }
            Message::PlanDocumentDirectTraining => "각 계층을 직접 교육합니다.",
            Message::PlanDocumentTier => "계층",
            Message::PlanDocumentWho => "참석자",
            Message::PlanDocumentLength => "소요 시간",
            Message::PlanDocumentTotal => "합계",
            Message::PlanDocumentNoAgenda => "아직 교육 일정이 없습니다.",
            Message::PlanDocumentNoChecklist => "아직 항목이 없습니다.",
            Message::PlanDocumentItem => "항목",
            Message::PlanDocumentStatus => "상태",
            Message::PlanDocumentDone => "완료",
            Message::PlanDocumentNotDone => "아직 완료하지 않음",
            Message::HandoffHeading => "헬프데스크로 보내기",
            Message::HandoffIntro => "조직의 헬프데스크가 여기서부터 이 티켓을 이어받을 수 있습니다. 위에 표시된 티켓 내용만 전송되며, 그 밖의 정보는 이 브라우저 밖으로 나가지 않습니다.",
            Message::HandoffSend => "헬프데스크로 보내기",
            Message::HandoffSendAgain => "헬프데스크로 다시 보내기",
            Message::HandoffResendWarning => "이 티켓은 이미 헬프데스크에 있습니다. 다시 보내면 헬프데스크에 두 번째 티켓이 만들어집니다.",
            Message::HandoffResendConfirm => "예, 두 번째 티켓 보내기",
            Message::HandoffSending => "보내는 중…",
            Message::HandoffSent => "헬프데스크로 보냄:",
            Message::HandoffRefused => "헬프데스크가 티켓을 받지 않았습니다. 초안은 바뀌지 않았습니다. 헬프데스크에 필요한 내용을 확인한 뒤 다시 시도하세요.",
            Message::HandoffServerError => "헬프데스크에서 티켓을 받는 중에 문제가 생겼습니다. 초안은 안전합니다. 잠시 후 다시 시도하세요.",
            Message::HandoffUnreachable => "헬프데스크에 연결할 수 없습니다. 네트워크 연결을 확인하세요. 초안은 안전하며 다시 시도할 수 있습니다.",
            Message::HandoffTimedOut => "헬프데스크가 15초 안에 응답하지 않았습니다. 초안은 안전합니다. 다시 시도하세요.",
            Message::HandoffEmail => "헬프데스크에 이메일로 보내기",
            Message::HandoffNeedsEmail => "헬프데스크가 답변하려면 이메일 주소가 필요합니다. 티켓의 연락처 정보에 이메일 주소를 추가한 뒤 다시 보내세요.",
            Message::HandoffNotEnabled => "헬프데스크가 아직 이 페이지에서 보낸 티켓을 받지 않습니다. 웹 양식 또는 익명 요청이 꺼져 있습니다. 초안은 안전합니다. 헬프데스크 관리자에게 켜 달라고 요청하세요.",
            Message::HandoffTryLater => "헬프데스크가 지금은 이 페이지에서 보낸 티켓을 받지 않습니다. 최근에 많이 보내졌기 때문일 수 있습니다. 초안은 안전합니다. 나중에 다시 시도하세요.",
            Message::HandoffUnexpectedAnswer => "헬프데스크가 응답했지만 티켓이 만들어졌다는 내용이 아닙니다. 다시 보내기 전에 헬프데스크에 확인하세요.",
            Message::TicketLanguageLabel => "티켓 언어",
            Message::TicketLanguageHint => "지원 채널에서 지원하는 언어로 티켓을 작성하세요. 지원되는 언어에는 ✓ 표시가 있습니다.",
            Message::DraftsPagesLabel => "초안 목록 페이지",
            Message::PreviousPage => "이전 페이지",
            Message::NextPage => "다음 페이지",
            Message::PageLoading => "이 페이지를 불러오는 중…",
            Message::PageLoadFailedTitle => "이 페이지를 불러오지 못했습니다",
            Message::PageLoadFailed => "초안은 이 기기에 안전하게 남아 있습니다. 연결을 확인한 다음 다시 시도하세요.",
            Message::PageLoadRetry => "다시 시도",
            Message::LanguageLoadFailed => "해당 언어를 불러오지 못했습니다. 연결을 확인한 다음 다시 선택하세요.",
        }
    }

    fn tier_label(&self, number: u8) -> String {
        format!("계층 {number}")
    }

    fn tier_with_team(&self, number: u8, team: &str) -> String {
        if team.is_empty() {
            format!("계층 {number}")
        } else {
            format!("계층 {number}({team})")
        }
    }

    fn tier_with_name(&self, number: u8, team: &str) -> String {
        if team.is_empty() {
            format!("계층 {number}")
        } else {
            format!("계층 {number}: {team}")
        }
    }

    fn vendor_party(&self, name: &str) -> String {
        if name.is_empty() {
            "공급업체(계층 4)".to_owned()
        } else {
            format!("{name}(공급업체, 계층 4)")
        }
    }

    fn vendor_tier_heading(&self) -> String {
        "계층 4: 공급업체".to_owned()
    }

    fn vendor_tier_with_name(&self, name: &str) -> String {
        if name.is_empty() {
            self.vendor_tier_heading()
        } else {
            format!("계층 4: {name}(공급업체)")
        }
    }

    fn add_contact_to(&self, tier: u8) -> String {
        format!("계층 {tier}에 담당자 추가")
    }

    fn contact_label(&self, number: usize) -> String {
        format!("담당자 {number}")
    }

    fn contact_reference(&self, number: usize, tier: u8) -> String {
        format!("(계층 {tier} 담당자 {number})")
    }

    fn contact_removed(&self, number: usize, tier: u8) -> String {
        format!("계층 {tier} 담당자 {} 제거했습니다.", object(count(number)))
    }

    fn contacts_of_tier(&self, tier: u8) -> String {
        format!("계층 {tier} 담당자")
    }

    fn step_label(&self, number: usize) -> String {
        format!("단계 {number}")
    }

    fn step_reference(&self, number: usize) -> String {
        format!("(단계 {number})")
    }

    fn step_moved(&self, from: usize, to: usize) -> String {
        format!("단계 {} 단계 {} 옮겼습니다.", object(count(from)), direction(count(to)))
    }

    fn step_removed(&self, number: usize) -> String {
        format!("단계 {} 제거했습니다.", object(count(number)))
    }

    fn example_steps_added(&self, count: usize) -> String {
        format!("예시 단계 {count}개를 추가했습니다.")
    }

    fn agenda_item_label(&self, number: usize) -> String {
        format!("일정 항목 {number}")
    }

    fn agenda_item_reference(&self, number: usize) -> String {
        format!("(일정 항목 {number})")
    }

    fn agenda_item_moved(&self, from: usize, to: usize) -> String {
        format!("일정 항목 {} 일정 항목 {} 옮겼습니다.", object(count(from)), direction(count(to)))
    }

    fn agenda_item_removed(&self, number: usize) -> String {
        format!("일정 항목 {} 제거했습니다.", object(count(number)))
    }

    fn sample_agenda_added(&self, count: usize) -> String {
        format!("예시 일정에서 항목 {count}개를 추가했습니다.")
    }

    fn suggested_checklist_added(&self, count: usize) -> String {
        format!("추천 항목 {count}개를 추가했습니다.")
    }

    fn checklist_item_added(&self, label: &str) -> String {
        format!("추가됨: {label}")
    }

    fn checklist_item_removed(&self, label: &str) -> String {
        format!("제거됨: {label}")
    }

    fn checklist_item_reference(&self, label: &str) -> String {
        format!("\u{201c}{label}\u{201d}")
    }

    fn tier_entry(&self, index: usize, number: u8, team: &str) -> String {
        if team.trim().is_empty() {
            format!("항목 {index}: 계층 {number}, 팀 이름 없음")
        } else {
            format!("항목 {index}: 계층 {number}, {}", team.trim())
        }
    }

    fn remove_tier_entry(&self, index: usize) -> String {
        format!("항목 {index} 제거")
    }

    fn tier_entry_removed(&self, index: usize) -> String {
        format!("항목 {} 제거했습니다.", object(count(index)))
    }

    fn unknown_channel(&self, id: &str) -> String {
        format!("이 페이지에서 제공하지 않는 채널({id})")
    }

    fn import_succeeded(&self, file_name: &str) -> String {
        format!("{file_name} 파일에서 계획을 가져왔습니다.")
    }

    fn import_failed(&self, file_name: &str, detail: &str) -> String {
        format!("{file_name} 파일을 가져올 수 없습니다. {detail}")
    }

    fn import_too_large(&self, file_name: &str) -> String {
        format!(
            "{file_name} 파일을 가져올 수 없습니다. Support Triage에서 내보낸 계획보다 훨씬 \
             큽니다. ‘JSON으로 다운로드’로 만든 파일을 선택하세요."
        )
    }

    fn numbered_heading(&self, number: usize, title: &str) -> String {
        format!("{number}. {title}")
    }

    fn path_stop(&self, heading: &str, name: &str) -> String {
        format!("{heading}: {name}")
    }

    fn sections_completed(&self, completed: usize, total: usize) -> String {
        format!("섹션 {total}개 중 {completed}개를 완료했습니다.")
    }

    fn step_from_to(&self, from: &str, to: &str) -> String {
        format!("{from} → {to}")
    }

    fn training_total(&self, minutes: u32) -> String {
        format!("합계: {}", Locale::Korean.duration(minutes))
    }

    fn training_recommended(&self, minimum_minutes: u32, maximum_minutes: u32) -> String {
        let locale = Locale::Korean;
        format!(
            "권장 시간은 {}~{}입니다.",
            locale.duration(minimum_minutes),
            locale.duration(maximum_minutes)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_follow_the_number_without_a_space() {
        let korean = Locale::Korean;
        assert_eq!(korean.duration(60), "1시간");
        assert_eq!(korean.duration(240), "4시간");
        assert_eq!(korean.duration(30), "30분");
        assert_eq!(korean.duration(90), "1시간 30분");
        assert_eq!(korean.long_duration(24 * 60 + 180), "1일 3시간");
        assert_eq!(korean.drafts_count(1), "초안 1개");
        assert_eq!(korean.drafts_count(12), "초안 12개");
        assert_eq!(korean.step_of(3, 7), "7단계 중 3단계");
    }

    #[test]
    fn particles_after_numbers_follow_how_the_number_is_read() {
        assert_eq!(object(1u64), "1을");
        assert_eq!(object(2u64), "2를");
        assert_eq!(object(10u64), "10을");
        assert_eq!(object(25u64), "25를");
        assert_eq!(direction(1u64), "1로");
        assert_eq!(direction(3u64), "3으로");
        assert_eq!(direction(10u64), "10으로");
        assert_eq!(direction(2u64), "2로");
        let korean = Locale::Korean;
        assert_eq!(korean.step_moved(3, 2), "단계 3을 단계 2로 옮겼습니다.");
        assert_eq!(korean.agenda_item_moved(2, 3), "일정 항목 2를 일정 항목 3으로 옮겼습니다.");
        assert_eq!(korean.contact_removed(1, 2), "계층 2 담당자 1을 제거했습니다.");
        assert_eq!(
            korean
                .plan_problem(&PlanProblem::EscalationStepUndefinedTier { step_index: 0, tier: 2 }),
            "에스컬레이션 단계 1에서 계획에 정의되지 않은 계층 2를 참조합니다."
        );
        assert_eq!(
            korean.plan_problem(&PlanProblem::AudienceUndefinedTier { audience_index: 1, tier: 3 }),
            "교육 대상 2에서 계획에 정의되지 않은 계층 3을 참조합니다."
        );
    }

    #[test]
    fn key_sentences_read_naturally() {
        let korean = Locale::Korean;
        assert_eq!(korean.text(Message::Continue), "계속");
        assert_eq!(korean.response_within(240, false), "4시간 이내");
        assert_eq!(korean.response_within(90, true), "업무 시간 기준 1시간 30분 이내");
        assert_eq!(korean.old_drafts(4, 30), "초안 4개가 30일 넘게 변경되지 않았습니다.");
        assert_eq!(
            korean.contact_first_tier("IT 헬프데스크"),
            "조직 내에서는 계층 1(IT 헬프데스크)에서 문제를 가장 먼저 확인합니다. 담당자:"
        );
        assert_eq!(korean.training_recommended(120, 180), "권장 시간은 2시간~3시간입니다.");
        assert_eq!(korean.tier_with_team(2, ""), "계층 2");
    }
}
