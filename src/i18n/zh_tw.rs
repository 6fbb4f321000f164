//! Traditional Chinese as written in Taiwan (繁體中文): Taiwan's IT terms (裝置, 檔案, 設定,
//! 預設, 列印), full-width punctuation, 「」 for quotations, and a half-width space between
//! Chinese and Latin letters or numbers ("第 1 層", "3 份草稿"). A duration is the exception: it
//! is written as one word, without spaces between its numbers and units ("4小時30分鐘").
//!
//! Chinese has no plural forms; numbers take measure words ("3 份草稿", "2 個項目").

use super::{Language, Locale, Message};
use crate::domain::config::translations;
use crate::domain::export::ExportLabels;
use crate::domain::localised_text::Translations;
use crate::domain::plan::{shorten, PlanJsonError, PlanProblem, PLAN_FORMAT_VERSION, PLAN_SCHEMA};

/// Traditional Chinese (Taiwan).
pub struct TraditionalChinese;

impl Language for TraditionalChinese {
    fn config_translations(&self) -> Translations {
        translations::TRADITIONAL_CHINESE
    }

    fn drafts_shown(&self, first: usize, last: usize, total: usize) -> String {
        format!("第 {first} 到 {last} 份草稿，共 {total} 份")
    }

    fn page_of(&self, page: usize, total: usize) -> String {
        format!("第 {page} 頁，共 {total} 頁")
    }

    fn export_labels(&self) -> ExportLabels {
        ExportLabels {
            field_separator: "：",
            list_separator: "、",
            reason_separator: "；",
            untitled: "未命名票證",
            not_given: "未提供",

            severity: "嚴重性",
            severity_reasons: "判定此嚴重性的原因",
            override_reason: "手動選擇此嚴重性的原因",
            computed_severity: "依回答判定的嚴重性",
            computed_severity_reasons: "判定結果的原因",
            expected_first_response: "預計首次回應",
            title: "標題",
            request_kind: "要求類型",
            support_contract: "支援合約",
            tenant_size: "租用戶規模",
            impact: "影響",
            started: "開始時間",
            affected: "受影響的使用者或裝置",
            platforms: "平台",
            error_messages: "錯誤訊息",
            already_tried: "已嘗試的做法",
            description: "問題描述",
            escalation: "目前的呈報情形",
            tier: "層級",
            team: "團隊",
            findings: "發現",
            contact: "聯絡資訊",
            contact_name: "姓名",
            contact_email: "電子郵件",
            contact_phone: "電話",
            preferred_contact_method: "偏好的聯絡方式",
            support_language: "支援語言",
            channel: "提交管道",
            contact_first: "優先聯絡",
            related_drafts: "相關票證",
            status: "狀態",
            vendor_ticket_number: "廠商票證編號",
            filed_at: "提交時間",
            ticket_id: "草稿 ID",

            level_critical: "重大",
            level_moderate: "中度",
            level_minimal: "輕微",

            kind_technical: "技術問題",
            kind_billing_licensing_account: "帳單、授權或帳戶",
            kind_intune_with_configuration_manager: "與服務搭配使用的 Configuration Manager",
            kind_standalone_configuration_manager:
                "單獨使用的 Configuration Manager 或 Endpoint Protection",
            kind_volume_licensing: "大量授權",
            kind_feature_request: "功能要求",

            contract_professional: "Professional",
            contract_premier: "Premier",

            tenant_fewer_than_100: "少於 100 個授權",
            tenant_100_or_more: "100 個以上的授權",

            impact_usability: "服務可用性",
            impact_scope: "影響範圍",
            impact_business_impact: "業務影響",
            impact_workaround: "因應措施",

            answer_not_answered: "未回答",
            answer_dont_know: "不知道",
            usability_unusable: "無法使用或無法連線",
            usability_worse_than_before: "可以使用，但不如以往",
            usability_minor_inconvenience: "可以使用，僅稍有不便",
            scope_many_users_or_services: "許多使用者或多項服務",
            scope_one_user_customer_or_service: "單一使用者、客戶或服務",
            scope_nobody_yet: "目前尚無人受影響",
            business_impact_severe: "嚴重，或期限面臨風險",
            business_impact_moderate: "中等，可等到上班時間處理",
            business_impact_minimal: "極小",
            workaround_acceptable: "有，且可以接受",
            workaround_none: "沒有",

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

            method_email: "電子郵件",
            method_phone: "電話",

            status_draft: "草稿，尚未提交",
            status_self_solved: "未建立票證即已解決",
            status_filed: "已提交給廠商",
        }
    }

    fn plan_problem(&self, problem: &PlanProblem) -> String {
        match problem {
            PlanProblem::TierNumberOutOfRange { tier_index, number } => format!(
                "層級項目 {} 的編號是 {number}；請使用 1、2 或 3（廠商是第 4 層）。",
                tier_index + 1
            ),
            PlanProblem::DuplicateTier { number } => {
                format!("第 {number} 層定義了不只一次；請只保留一個。")
            }
            PlanProblem::TierWithoutTeamName { tier } => format!("第 {tier} 層沒有團隊名稱。"),
            PlanProblem::TierWithoutContact { tier } => {
                format!("第 {tier} 層沒有聯絡人；請至少新增一位可以聯絡的人員。")
            }
            PlanProblem::ContactWithoutName { tier, contact_index } => {
                format!("第 {tier} 層的聯絡人 {} 沒有姓名。", contact_index + 1)
            }
            PlanProblem::ContactWithoutEmailOrPhone { tier, contact_index } => format!(
                "第 {tier} 層的聯絡人 {} 既沒有電子郵件地址，也沒有電話號碼。",
                contact_index + 1
            ),
            PlanProblem::InvalidEmail { tier, contact_index, email } => format!(
                "第 {tier} 層的聯絡人 {}：「{}」不是有效的電子郵件地址。",
                contact_index + 1,
                shorten(email)
            ),
            PlanProblem::InvalidPhone { tier, contact_index, phone } => format!(
                "第 {tier} 層的聯絡人 {}：「{}」看起來不像電話號碼。",
                contact_index + 1,
                shorten(phone)
            ),
            PlanProblem::EscalationStepUndefinedTier { step_index, tier } => {
                format!("呈報步驟 {} 指向第 {tier} 層，但計畫中沒有定義這個層級。", step_index + 1)
            }
            PlanProblem::EscalationStepToItself { step_index } => {
                format!("呈報步驟 {} 把要求移交給原本就負責的一方。", step_index + 1)
            }
            PlanProblem::EscalationStepWithoutHandover { step_index } => {
                format!("呈報步驟 {} 沒有說明移交的內容。", step_index + 1)
            }
            PlanProblem::AudienceUndefinedTier { audience_index, tier } => format!(
                "受訓對象 {} 指向第 {tier} 層，但計畫中沒有定義這個層級。",
                audience_index + 1
            ),
            PlanProblem::AgendaTooShort { total_minutes, recommended_minimum } => format!(
                "訓練議程共 {}；建議至少 {}。",
                self.minutes(*total_minutes),
                self.minutes(*recommended_minimum)
            ),
            PlanProblem::AgendaTooLong { total_minutes, recommended_maximum } => format!(
                "訓練議程共 {}；建議不超過 {}。",
                self.minutes(*total_minutes),
                self.minutes(*recommended_maximum)
            ),
            PlanProblem::AgendaItemWithoutTitle { item_index } => {
                format!("議程項目 {} 沒有主題。", item_index + 1)
            }
            PlanProblem::AgendaItemWithoutDuration { item_index } => {
                format!("議程項目 {} 沒有時間長度。", item_index + 1)
            }
            PlanProblem::ChecklistItemWithoutLabel { item_index } => {
                format!("及早參與的項目 {} 沒有內容。", item_index + 1)
            }
        }
    }

    fn plan_import_error(&self, error: &PlanJsonError) -> String {
        match error {
            PlanJsonError::NotJson { detail } => {
                format!("此檔案不是有效的 JSON（{detail}）。")
            }
            PlanJsonError::WrongSchema { found } => format!(
                "此檔案不是支援計畫的匯出檔：其中的「schema」是 {found}，應為「{PLAN_SCHEMA}」。"
            ),
            PlanJsonError::UnsupportedVersion { found } => format!(
                "此計畫是以格式版本 {found} 匯出的；這個版本只能讀取格式 {PLAN_FORMAT_VERSION}。"
            ),
            PlanJsonError::InvalidPlan { detail } => {
                format!("無法讀取檔案中的計畫：{detail}。")
            }
        }
    }

    fn step_of(&self, step: usize, total: usize) -> String {
        format!("第 {step} 步，共 {total} 步")
    }

    fn hours(&self, hours: u32) -> String {
        format!("{hours}小時")
    }

    fn minutes(&self, minutes: u32) -> String {
        format!("{minutes}分鐘")
    }

    fn drafts_count(&self, count: usize) -> String {
        format!("{count} 份草稿")
    }

    fn deleted_count(&self, count: usize) -> String {
        format!("已刪除 {count} 份草稿。")
    }

    fn imported_count(&self, count: usize) -> String {
        format!("已匯入 {count} 份草稿。")
    }

    fn saved_by_newer_version(&self, found: u32, readable: u32) -> String {
        format!(
            "由較新版本的 Support Triage 儲存（格式 {found}；此版本最多只能讀取格式 {readable}）。"
        )
    }

    fn old_drafts(&self, count: usize, days: u32) -> String {
        format!("有 {count} 份草稿超過 {days} 天沒有變更。")
    }

    fn days(&self, days: u32) -> String {
        format!("{days}天")
    }

    fn response_within(&self, total_minutes: u32, business_hours: bool) -> String {
        let amount = Locale::TraditionalChinese.duration(total_minutes);
        if business_hours {
            format!("{amount}內（僅計上班時間）")
        } else {
            format!("{amount}內")
        }
    }

    fn expected_by(&self, date: &str, within: &str) -> String {
        format!("{date} 前——{within}")
    }

    fn due_in(&self, duration: &str) -> String {
        format!("距離期限還有 {duration}")
    }

    fn overdue_by(&self, duration: &str) -> String {
        format!("已逾期 {duration}")
    }

    fn level_because(&self, lead: &str, reason: &str) -> String {
        format!("{lead}：{reason}。")
    }

    fn level_because_several(&self, lead: &str) -> String {
        format!("{lead}：")
    }

    fn tier_has_looked(&self, number: u8, team: &str) -> String {
        if team.trim().is_empty() {
            format!("第 {number} 層已處理過此問題")
        } else {
            format!("第 {number} 層（{}）已處理過此問題", team.trim())
        }
    }

    fn tier_findings_label(&self, number: u8) -> String {
        format!("第 {number} 層發現了什麼？")
    }

    fn tier_name(&self, number: u8) -> String {
        format!("第 {number} 層")
    }

    fn languages_offered(&self, list: &str) -> String {
        format!("此管道提供的支援語言：{list}。")
    }

    fn timeline_summary(&self, start: &str, due: &str, business_hours: bool) -> String {
        if business_hours {
            format!(
                "到回應期限為止的時間軸。{start}；回應期限：{due}。只有在支援服務時間內才計時，\
                 非服務時間以斜線陰影標示。"
            )
        } else {
            format!("到回應期限為止的時間軸。{start}；回應期限：{due}。全天候持續計時。")
        }
    }

    fn filing_corrected(&self, number: &str, date: &str) -> String {
        format!("票證 {number}，於 {date} 更正。")
    }

    fn filing_withdrawn(&self, number: &str, date: &str) -> String {
        format!("票證 {number}，於 {date} 標示為尚未提交。")
    }

    fn filed_as(&self, number: &str, date: &str) -> String {
        format!("已於 {date} 提交給廠商，票證編號 {number}。")
    }

    fn handed_off_as(&self, number: &str, date: &str) -> String {
        format!("已於 {date} 傳送給服務台，票證編號 {number}。")
    }

    fn contact_first_tier(&self, team: &str) -> String {
        if team.trim().is_empty() {
            "在您的組織中，第 1 層會最先處理問題。聯絡人：".to_owned()
        } else {
            format!("在您的組織中，第 1 層（{}）會最先處理問題。聯絡人：", team.trim())
        }
    }

    fn vendor_is_tier_four(&self, vendor: &str) -> String {
        let vendor = if vendor.trim().is_empty() {
            "廠商".to_owned()
        } else {
            format!("廠商（{}）", vendor.trim())
        };
        format!("第 4 層是{vendor}：當組織內部的各層級都無法解決問題時，再提交此票證。")
    }

    fn channel_with_category(&self, channel: &str, category: &str) -> String {
        format!("{channel}，類別「{category}」")
    }

    fn text(&self, message: Message) -> &'static str {
        match message {
            Message::AppName => "Support Triage",
            Message::LanguageLabel => "語言",
            Message::LandingLead => {
                "每個問題準備一份清楚的支援票證，並在問題交給廠商之前，先規劃好組織內由誰處理什麼，\
                 就能更快得到合適的協助。"
            }
            Message::LandingTicketHeading => "準備支援票證",
            Message::LandingTicketBody => {
                "先查看自助資源，找到正確的管道，評估問題的嚴重性和預計首次回應時間，再複製或下載\
                 完整的票證。"
            }
            Message::LandingStartTicket => "建立新票證",
            Message::LandingResumeHeading => "從上次中斷的地方繼續",
            Message::LandingPlanHeading => "規劃組織的支援",
            Message::LandingPlanBody => {
                "決定由誰負責第 1 到第 3 層、問題如何呈報給廠商，以及如何訓練服務台並讓他們及早參與。"
            }
            Message::LandingStartPlan => "開啟支援計畫",
            Message::ViewAllDrafts => "檢視所有草稿",
            Message::LandingUnreadableNotice => {
                "部分已儲存的草稿無法讀取。這些草稿已另外保留，方便您復原。"
            }
            Message::Back => "返回",
            Message::Continue => "繼續",
            Message::ErrorSummaryTitle => "請修正下列問題",
            Message::ErrorTitlePrefix => "錯誤：",
            Message::ErrorPrefix => "錯誤：",
            Message::Optional => "(選填)",
            Message::Yes => "是",
            Message::Change => "變更",
            Message::SaveStatusSaving => "正在儲存…",
            Message::SaveStatusSaved => "已儲存在此裝置上",
            Message::SaveStatusNotSavedQuota => {
                "未儲存：此瀏覽器的儲存空間已滿。您輸入的內容仍在這裡；請下載草稿，或刪除舊草稿以\
                 騰出空間。"
            }
            Message::SaveStatusNotSavedOther => {
                "未儲存：此瀏覽器拒絕儲存草稿。您輸入的內容仍在這裡；請下載草稿以保留副本。"
            }
            Message::SaveStatusMemoryOnly => {
                "此瀏覽器不允許保存草稿，關閉頁面後草稿就會遺失。請下載任何想保留的內容。"
            }
            Message::SaveStatusUpdatedElsewhere => "已套用在其他分頁所做的變更",
            Message::ConflictHeading => "此草稿已在其他分頁中變更",
            Message::ConflictBody => {
                "您在這裡輸入時，另一個分頁儲存了此草稿的較新版本。請選擇要保留的版本；在您選擇之前，\
                 不會遺失任何內容。"
            }
            Message::ConflictKeepTheirs => "使用其他分頁的版本",
            Message::ConflictKeepMine => "保留我的版本",
            Message::ConflictKeepBoth => "兩者都保留為個別草稿",
            Message::DeletedElsewhereNotice => {
                "此草稿已在其他分頁中刪除。這裡的副本已重新儲存，因此沒有遺失任何內容。"
            }
            Message::ExportThisDraft => "下載此草稿 (JSON)",
            Message::PanicHeading => "發生錯誤",
            Message::PanicBody => {
                "Support Triage 發生內部錯誤而停止運作。儲存在此瀏覽器中的草稿都很安全。請先下載您\
                 正在處理的草稿保留副本，再重新載入頁面。"
            }
            Message::PanicDownloadDraft => "下載正在處理的草稿",
            Message::ConfigProblemsHeading => "此頁面的設定有問題",
            Message::ConfigProblemsBody => {
                "小工具會盡可能以安全的預設值運作。以下列出每個問題及其在設定中的位置，供頁面擁有者\
                 參考："
            }
            Message::BeforeYouFileHeading => "提交票證之前",
            Message::BeforeYouFileIntro => {
                "許多問題在這些資源中已有解答。先花點時間看看，也許就不必等待回覆。"
            }
            Message::DidThisSolveIt => "其中是否有資源解決了您的問題？",
            Message::DidThisSolveItError => "請選擇這些資源是否解決了您的問題",
            Message::SolvedByPrefix => "是，",
            Message::YesSomethingElse => "是，此頁面上的其他資源",
            Message::NoContinue => "否，繼續",
            Message::SelfSolvedHeading => "很高興問題解決了",
            Message::SelfSolvedBody => {
                "不需要建立票證。我們已將此草稿保留在清單中，並標示為「已透過自助資源解決」，以防問題\
                 再次發生。"
            }
            Message::StartAnotherTicket => "建立另一份票證",
            Message::RequestKindQuestion => "您的要求與什麼有關？",
            Message::RequestKindError => "請選擇您的要求與什麼有關",
            Message::KindTechnical => "技術問題",
            Message::KindTechnicalHint => "服務中的某項功能未正常運作。",
            Message::KindBilling => "帳單、授權或我的帳戶",
            Message::KindBillingHint => "發票、訂閱、授權數量或帳戶存取。",
            Message::KindConfigurationManagerWithService => {
                "與服務搭配使用的 Configuration Manager（共同管理或租用戶連結）"
            }
            Message::KindConfigurationManagerWithServiceHint => {
                "屬於服務本身的支援，與其他關於服務的問題透過同一個管道提出。"
            }
            Message::KindConfigurationManagerStandalone => {
                "單獨使用的 Configuration Manager 或 Endpoint Protection"
            }
            Message::KindConfigurationManagerStandaloneHint => {
                "未搭配服務。這些產品另外提供支援：透過合作夥伴或付費支援。"
            }
            Message::KindVolumeLicensing => "大量授權",
            Message::KindVolumeLicensingHint => "授權金鑰，或透過大量授權合約購買的授權。",
            Message::KindFeatureRequest => "想法或功能要求",
            Message::KindFeatureRequestHint => "您希望產品具備的功能。",
            Message::ElsewhereHeading => "此要求由其他管道處理",
            Message::ElsewhereFeedbackBody => {
                "想法和功能要求不屬於支援票證。請將您的想法發布到意見反應網站，讓其他人也能投票支持。"
            }
            Message::ElsewherePartnerBody => {
                "此產品不透過這個管道提供支援。請聯絡您的合作夥伴，或使用下列選項。"
            }
            Message::ElsewhereServiceBody => "這類要求由另外的服務處理。",
            Message::ElsewhereChangeAnswer => "變更要求的類型",
            Message::SupportContractHeading => "您的支援合約與租用戶規模",
            Message::SupportContractIntro => "這兩個答案決定要求應提交到哪裡，以及適用的回應時間。",
            Message::SupportContractQuestion => "您的組織簽訂的是哪一種支援合約？",
            Message::SupportContractError => "請選擇您組織的支援合約",
            Message::ContractProfessional => "Professional（訂閱支援）",
            Message::ContractProfessionalHint => "訂閱中包含的支援。",
            Message::ContractPremier => "Premier",
            Message::ContractPremierHint => "Premier 支援合約，有專屬的入口網站和回應時間。",
            Message::TenantSizeQuestion => "您的租用戶有多少授權？",
            Message::TenantSizeError => "請選擇您的租用戶有多少授權",
            Message::TenantFewerThan100 => "少於 100 個授權",
            Message::TenantFewerThan100Hint => {
                "使用訂閱支援時，小型租用戶可以用較簡單的方式求助：描述問題、查看建議的資源，或要\
                 求回電。"
            }
            Message::TenantHundredOrMore => "100 個以上的授權",
            Message::RoutingHeading => "此要求應提交到哪裡",
            Message::RoutingWhere => "提交管道",
            Message::RoutingCategory => "類別",
            Message::RoutingSteps => "提交方式",
            Message::RoutingCallBack => "您也可以要求回電，不必撰寫票證。",
            Message::RoutingOnlineLanguages => "線上支援語言",
            Message::RoutingPhoneLanguages => "電話支援與線上帳單支援語言",
            Message::RoutingPhoneMoreLanguages => {
                "電話支援與線上帳單支援提供的語言比線上技術支援更多。提供哪些語言，以及電話號碼與\
                 服務時間，依您所在的國家或地區而定。"
            }
            Message::RoutingPhonePageLink => "各國家或地區的電話號碼、服務時間與語言",
            Message::RoutingProblemNotice => {
                "頁面擁有者的設定沒有指定此要求應提交到哪裡。請向服務台詢問該使用哪個管道。"
            }
            Message::DraftsHeading => "您的草稿",
            Message::DraftsEmpty => "您還沒有任何草稿。",
            Message::DraftsColumnTitle => "標題",
            Message::DraftsColumnSeverity => "嚴重性",
            Message::DraftsColumnChanged => "上次變更",
            Message::DraftsColumnStatus => "狀態",
            Message::DraftsColumnActions => "動作",
            Message::DraftUntitled => "未命名草稿",
            Message::DraftLinkedWith => "與下列草稿拆分自同一段描述：",
            Message::StatusDraft => "草稿",
            Message::StatusFiled => "已提交",
            Message::StatusSelfSolved => "已透過自助資源解決",
            Message::Duplicate => "建立複本",
            Message::Delete => "刪除",
            Message::Undo => "復原",
            Message::SeverityNotYetKnown => "尚未評估",
            Message::LevelCritical => "重大 (A)",
            Message::LevelModerate => "中度 (B)",
            Message::LevelMinimal => "輕微 (C)",
            Message::QuarantineHeading => "無法讀取的草稿",
            Message::QuarantineBody => {
                "這些記錄已損毀，或是由較新版本的 Support Triage 儲存。它們會保持原樣保留；您可以\
                 檢視或下載文字，復原需要的內容。"
            }
            Message::QuarantineCouldNotBeRead => "無法讀取：",
            Message::UnreadableNotJson => "不是有效的 JSON。",
            Message::UnreadableNotOurs => "不是 Support Triage 的記錄。",
            Message::UnreadableDamaged => "記錄已損毀。",
            Message::UnreadableRevisionOutOfRange => "記錄已損毀：修訂編號超出範圍。",
            Message::UnreadableIdMismatch => "識別碼與儲存位置不符。",
            Message::UnreadableSetAsideEarlier => "先前造訪時無法讀取，已另行保存。",
            Message::QuarantineShowText => "顯示儲存的文字",
            Message::QuarantineDownload => "下載儲存的文字",
            Message::ProblemHeading => "描述一個問題",
            Message::ProblemIntro => {
                "一份票證只處理一個問題。能夠區分開來的問題，各自建立票證會更快解決。使用訂閱支援\
                 時，多開票證不會產生額外費用；簽訂 Premier 合約時，程序問題（例如如何設定某項功能\
                 ）需要付費。"
            }
            Message::ProblemTitleLabel => "標題",
            Message::ProblemTitleHint => "用幾個字描述，例如：Android 裝置從週一起無法註冊。",
            Message::ProblemTitleError => "請輸入問題的簡短標題",
            Message::ProblemDescriptionLabel => "發生了什麼情況？",
            Message::ProblemDescriptionHint => {
                "您預期的結果、實際發生的情況，以及從何時開始。錯誤訊息和已嘗試的做法稍後再填。"
            }
            Message::ProblemDescriptionError => "請描述發生的情況",
            Message::SeveralProblemsHeading => "這看起來不只一個問題",
            Message::SeveralProblemsBody => {
                "以下每一項都可以是獨立的票證。分開後，此草稿會保留第一個問題，其他每個問題都會另外\
                 建立一份連結的草稿，並複製您的聯絡資訊和支援合約。"
            }
            Message::SplitIntoDrafts => "分成個別草稿",
            Message::SplitDone => {
                "完成：此草稿現在只包含第一個問題。其他問題已列在草稿清單中，並與此草稿連結。"
            }
            Message::SuggestionsHeading => "這些文章可能有幫助",
            Message::SuggestionErrorCode => "這篇文章說明了您提到的錯誤碼。",
            Message::FeatureRequestHeading => "這聽起來像是想法，而不是問題",
            Message::PossibleDuplicate => "您已有一份看起來是同一問題的草稿：",
            Message::OpenThatDraft => "改為開啟該草稿",
            Message::ImpactHeading => "問題有多嚴重？",
            Message::ImpactIntro => {
                "以下四個問題與影響有關。系統會依您的回答隨時判定嚴重性；如果有理由，您仍可自行選擇\
                 嚴重性。"
            }
            Message::ImpactUsabilityQuestion => "您的組織是否仍可使用這項服務？",
            Message::ImpactUsabilityHint => "這裡的服務是指您的組織所使用的廠商服務，而不是某個人的裝置：如果其他人仍可正常使用，就表示服務仍可使用。",
            Message::ImpactScopeQuestion => "誰或什麼受到影響？",
            Message::ImpactBusinessQuestion => "對業務的影響有多大？",
            Message::ImpactWorkaroundQuestion => "是否有可接受的因應措施？",
            Message::ImpactWorkaroundHint => "在問題修正之前，讓大家能繼續工作的方法。",
            Message::UsabilityUnusable => "完全無法連線或使用",
            Message::UsabilityWorseThanBefore => "可以使用，但運作不如以往",
            Message::UsabilityMinorInconvenience => "可以使用，問題只造成些微不便",
            Message::ScopeMany => "許多使用者或多項服務",
            Message::ScopeOne => "單一使用者、客戶或服務",
            Message::ScopeNobodyYet => "目前還沒有人受到影響",
            Message::ScopeNobodyYetHint => "您在問題影響到任何人之前就發現了。",
            Message::BusinessSevere => "嚴重：生產、營運或期限面臨風險",
            Message::BusinessModerate => "中等：可以等到上班時間再處理",
            Message::BusinessMinimal => "極小：對業務幾乎沒有影響",
            Message::WorkaroundAcceptable => "有，且可以接受",
            Message::WorkaroundNone => "沒有",
            Message::DontKnow => "不知道",
            Message::ImpactUsabilityError => "請選擇服務是否仍可使用",
            Message::ImpactScopeError => "請選擇誰或什麼受到影響",
            Message::ImpactBusinessError => "請選擇問題對業務的影響程度",
            Message::ImpactWorkaroundError => "請選擇是否有可接受的因應措施",
            Message::SeverityComputedHeading => "依您的回答判定的嚴重性",
            Message::SeverityPrefix => "嚴重性：",
            Message::SeverityIncompleteHint => "尚未回答的問題會視為「不知道」。",
            Message::BecauseCritical => "判定為重大 (A) 的原因",
            Message::BecauseModerate => "判定為中度 (B) 的原因",
            Message::BecauseMinimal => "判定為輕微 (C) 的原因",
            Message::ReasonServiceUnusable => "服務無法存取或無法使用",
            Message::ReasonWorseThanBefore => "服務可以使用，但運作不如以往",
            Message::ReasonMinorInconvenience => "服務可以運作，問題只造成些微不便",
            Message::ReasonUsabilityNotKnown => "還不清楚服務目前的可用程度",
            Message::ReasonManyAffected => "許多使用者或多項服務受到影響",
            Message::ReasonOneAffected => "單一使用者、客戶或服務受到影響",
            Message::ReasonNobodyAffectedYet => "目前還沒有人受到影響",
            Message::ReasonScopeNotKnown => "還不清楚誰或什麼受到影響",
            Message::ReasonSevereBusinessImpact => "生產、營運或部署期限受到嚴重影響",
            Message::ReasonModerateBusinessImpact => "業務影響屬中等，可在上班時間處理",
            Message::ReasonMinimalBusinessImpact => "業務影響極小",
            Message::ReasonBusinessImpactNotKnown => "還不清楚對業務的影響",
            Message::ReasonNoWorkaround => "沒有可接受的因應措施",
            Message::ReasonAcceptableWorkaround => "有可接受的因應措施，大家可以繼續工作",
            Message::ReasonWorkaroundNotKnown => "還不清楚是否有因應措施",
            Message::ReasonCriticalNeedsKnownAnswers => "只有在尚不清楚的答案結果不理想時，才會判定為重大；請回答這些問題，以確認是否為重大",
            Message::OverrideToggle => "自行選擇嚴重性",
            Message::OverrideToggleHint => {
                "例如期限迫近，使問題比回答顯示的更緊急。廠商會同時看到判定的嚴重性、您選擇的嚴重性和您的理由。"
            }
            Message::OverrideLevelLegend => "票證的嚴重性應設為哪一個？",
            Message::OverrideLevelError => "請選擇票證應設定的嚴重性",
            Message::OverrideReasonLabel => "為什麼要將票證設為此嚴重性？",
            Message::OverrideReasonHint => "廠商的工程師會連同票證一起閱讀這段說明。",
            Message::OverrideReasonError => "請說明為什麼要將票證設為不同的嚴重性",
            Message::SeverityComputedLabel => "依回答判定的嚴重性",
            Message::SeverityOverrideReasonLabel => "您的理由",
            Message::DetailsHeading => "提供支援工程師更多資訊",
            Message::DetailsIntro => {
                "這些是工程師最先會詢問的事項。現在提供得越多，之後被追問的問題就越少。"
            }
            Message::DetailsProblemSection => "關於問題",
            Message::StartedLabel => "問題從什麼時候開始？",
            Message::StartedHint => "日期和時間，或例如：週二變更原則之後。",
            Message::AffectedLabel => "有多少使用者或裝置受到影響？",
            Message::AffectedHint => "例如：業務團隊約 40 支 Android 手機。",
            Message::PlatformsLegend => "哪些平台受到影響？",
            Message::PlatformsHint => "請選擇所有適用的項目。",
            Message::PlatformWindows => "Windows",
            Message::PlatformMacos => "macOS",
            Message::PlatformIos => "iOS 或 iPadOS",
            Message::PlatformAndroid => "Android",
            Message::PlatformLinux => "Linux",
            Message::PlatformOther => "其他平台",
            Message::PlatformOtherLabel => "哪個平台？",
            Message::ErrorMessagesLabel => "錯誤訊息",
            Message::ErrorMessagesHint => "請依畫面顯示的內容完整複製，包括任何錯誤碼。",
            Message::AlreadyTriedLabel => "您已經嘗試過哪些做法？",
            Message::AlreadyTriedHint => "以及嘗試之後的結果。",
            Message::EscalationSection => "組織內有誰處理過此問題",
            Message::EscalationHint => {
                "這些是支援計畫中的層級。請選擇每個處理過此問題的層級，並說明其發現。"
            }
            Message::ContactSection => "廠商如何與您聯絡",
            Message::ContactHint => "請提供電子郵件地址、電話號碼，或兩者都提供。",
            Message::ContactNameLabel => "您的姓名",
            Message::ContactEmailLabel => "電子郵件地址",
            Message::ContactPhoneLabel => "電話號碼",
            Message::ContactPhoneHint => "請加上國碼，例如 +886 2 2345 6789。",
            Message::PreferredMethodLegend => "您希望以哪種方式聯絡？",
            Message::MethodEmail => "電子郵件",
            Message::MethodPhone => "電話",
            Message::SupportLanguageLabel => "支援語言",
            Message::ContactMissingError => "請輸入電子郵件地址或電話號碼",
            Message::PreferredEmailMissingError => "請輸入電子郵件地址，或改選以電話聯絡",
            Message::PreferredPhoneMissingError => "請輸入電話號碼，或改選以電子郵件聯絡",
            Message::EmailFormatError => {
                "請以正確的格式輸入電子郵件地址，例如 name@example.com"
            }
            Message::CheckAnswersHeading => "提交前請檢查您的回答",
            Message::CheckSectionRequest => "要求",
            Message::CheckSectionProblem => "問題",
            Message::CheckSectionImpact => "影響與嚴重性",
            Message::CheckSectionDetails => "詳細資料",
            Message::CheckSectionContact => "聯絡資訊",
            Message::CheckSelfHelp => "自助資源",
            Message::CheckSelfHelpValue => "已查看，但沒有解決問題",
            Message::CheckRequestKind => "類型",
            Message::CheckSupportContract => "支援合約",
            Message::CheckTenantSize => "租用戶的授權數",
            Message::CheckDescription => "發生的情況",
            Message::CheckSeverity => "嚴重性",
            Message::CheckStarted => "開始時間",
            Message::CheckAffected => "受影響的使用者或裝置",
            Message::CheckPlatforms => "平台",
            Message::CheckErrorMessages => "錯誤訊息",
            Message::CheckAlreadyTried => "已嘗試的做法",
            Message::CheckEscalation => "處理過的層級",
            Message::CheckPreferredMethod => "偏好的聯絡方式",
            Message::NotGiven => "未提供",
            Message::ReadyHeading => "您的票證可以提交了",
            Message::ReadyIntro => {
                "廠商需要的資訊都在下方：嚴重性、預計何時收到首次回應、提交管道，以及可直接貼上的\
                 票證文字。"
            }
            Message::FiledHeading => "票證已提交",
            Message::ReadySeverityHeading => "嚴重性",
            Message::ReadyResponseHeading => "預計首次回應",
            Message::ResponseLeadDraft => "如果現在提交，預計首次回應時間為",
            Message::ResponseLeadFiled => "預計首次回應時間為",
            Message::SetByContract => "依合約規定",
            Message::ContractNote => "這些回應時間來自您的合約，由維護此頁面的人員輸入。",
            Message::ResponseExampleLead => "僅為範例，並非承諾：首次回應時間為",
            Message::ResponseExampleNote => {
                "實際的回應時間由您的支援合約規定，請在合約中查閱。在維護此頁面的人員輸入之前，不\
                 會顯示期限或倒數計時。"
            }
            Message::ExpectedByContract => "依您的支援合約規定",
            Message::ResponseWindowProblem => {
                "無法依設定的回應時間算出此票證的期限，因此不顯示期限。請維護此頁面的人員檢查上班\
                 時間行事曆的設定。"
            }
            Message::DueNow => "現在已到期",
            Message::OverdueLabel => "已逾期",
            Message::TimelineIfFiledNow => "若現在提交",
            Message::TimelineFiled => "提交時間",
            Message::TimelineDue => "回應期限",
            Message::TimelineLegendOpen => "支援服務時間：計時中",
            Message::TimelineLegendClosed => "非支援服務時間：暫停計時",
            Message::TimelineLegendNow => "現在",
            Message::ContactFirstHeading => "應該先聯絡誰",
            Message::ContactFirstNoTier1 => {
                "您的支援計畫尚未指定第 1 層聯絡人。在指定之前，請先詢問服務台。"
            }
            Message::TicketTextHeading => "票證文字",
            Message::TicketTextHint => "請貼到廠商的表單中，或保留一份副本。",
            Message::CopyText => "複製票證文字",
            Message::Copied => "已複製。請貼到廠商的表單中。",
            Message::CopyRefused => {
                "您的瀏覽器不允許複製。文字已改為選取狀態：請按 Ctrl+C（Mac 請按 Cmd+C）複製。"
            }
            Message::DownloadMarkdown => "下載為 Markdown",
            Message::DownloadPlainText => "下載為純文字",
            Message::DownloadJson => "下載為 JSON",
            Message::DownloadRefused => "您的瀏覽器沒有開始下載。",
            Message::PrintTicket => "列印票證",
            Message::EmailTicket => "以電子郵件傳送票證文字",
            Message::EmailShortenedNote => {
                "[已縮短以符合電子郵件連結的長度。請從 Support Triage 複製或下載完整文字。]"
            }
            Message::FiledFormHeading => "您已經提交了嗎？",
            Message::FiledNumberLabel => "廠商的票證編號",
            Message::FiledNumberHint => {
                "可以在廠商的確認通知中，或在您提交票證之處的服務要求清單中找到。"
            }
            Message::FiledNumberError => "請輸入廠商提供的票證編號",
            Message::FiledButton => "我已提交",
            Message::FiledChangeSummary => "更正編號，或標示為尚未提交",
            Message::FiledCorrectLabel => "更正後的廠商票證編號",
            Message::FiledCorrectButton => "儲存更正後的編號",
            Message::FiledWithdrawButton => "其實尚未提交",
            Message::FiledHistoryHeading => "先前的提交紀錄",
            Message::ReadyActionsHeading => "複製、下載或傳送",
            Message::SeverityChosenByYou => "由您選擇",
            Message::ExportAllDrafts => "下載所有草稿 (JSON)",
            Message::ImportDrafts => "從檔案匯入草稿",
            Message::ImportDraftsHint => {
                "以「下載所有草稿」下載的檔案。您已有的草稿只會被較新的副本取代。"
            }
            Message::ImportFailed => "無法匯入檔案：",
            Message::ImportNotDraftsExport => "不是 Support Triage 的草稿匯出檔。",
            Message::ImportFileUnreadable => "瀏覽器無法讀取檔案。",
            Message::ImportedHeading => "匯入完成",
            Message::ImportSkippedNewer => "已略過：這裡已有較新的副本",
            Message::ImportSkippedInvalid => "已略過：不是有效的草稿",
            Message::ImportSkippedNotSaved => "已略過：此瀏覽器拒絕儲存",
            Message::ClearAllDrafts => "刪除所有草稿",
            Message::ClearAllConfirmHeading => "要刪除所有草稿嗎？",
            Message::ClearAllConfirmBody => {
                "這會刪除此瀏覽器中儲存的所有草稿，而且無法復原。如果之後可能還需要，請先下載。"
            }
            Message::ClearAllConfirm => "是，刪除所有草稿",
            Message::Cancel => "取消",
            Message::CleanupHeading => "舊草稿",
            Message::CleanupBody => {
                "您可以刪除這些草稿，讓清單保持簡短。在您選擇之前，不會刪除任何內容。"
            }
            Message::CleanupConfirm => "刪除舊草稿",
            Message::MinutesUnit => "分鐘",
            Message::PlanHeading => "您的支援計畫",
            Message::PlanCaption => "支援計畫",
            Message::PlanIntro => {
                "您可以依任何順序完成各個部分。所有內容都會在您輸入時儲存在此裝置上，新票證也會使用\
                 此計畫的呈報路徑和聯絡人。"
            }
            Message::PlanUsingDefault => {
                "您正從組織的預設計畫開始。您的變更會另外保存在此裝置上。"
            }
            Message::PlanCustomised => {
                "此計畫包含您的變更。組織的預設計畫仍會保留，您隨時可以改回預設計畫。"
            }
            Message::PlanSectionsHeading => "計畫的各個部分",
            Message::PlanSectionTeams => "團隊與層級",
            Message::PlanSectionTeamsHint => {
                "由誰負責第 1 到第 3 層、如何聯絡他們，以及作為第 4 層的廠商"
            }
            Message::PlanSectionEscalation => "呈報流程",
            Message::PlanSectionEscalationHint => "問題如何在各層級之間傳遞，最後回到使用者",
            Message::PlanSectionTraining => "教育訓練",
            Message::PlanSectionTrainingHint => "受訓對象、訓練方式與議程",
            Message::PlanSectionEarlyInvolvement => "及早參與",
            Message::PlanSectionEarlyInvolvementHint => "讓服務台參與規劃和試行",
            Message::PlanStatusNotStarted => "尚未開始",
            Message::PlanStatusInProgress => "進行中",
            Message::PlanStatusCompleted => "已完成",
            Message::PlanSaveAndReturn => "儲存並返回工作清單",
            Message::PlanSavedAsYouType => "您的變更會在輸入時儲存在此裝置上。",
            Message::PlanNotSavedQuota => {
                "未儲存：此瀏覽器的儲存空間已滿。您的計畫仍在這裡；請下載為 JSON 以保留副本。"
            }
            Message::PlanNotSavedOther => {
                "未儲存：此瀏覽器拒絕儲存計畫。您的計畫仍在這裡；請下載為 JSON 以保留副本。"
            }
            Message::PlanUpdatedElsewhere => "已套用在其他分頁所做的變更",
            Message::PlanRestoredAfterReset => {
                "計畫已在其他分頁重設為預設值。為了不遺失任何內容，您在這裡的變更已重新儲存。"
            }
            Message::PlanMemoryOnly => {
                "此瀏覽器不允許保存您的計畫，關閉頁面後計畫就會遺失。請下載以保留副本。"
            }
            Message::PlanConflictHeading => "計畫已在其他分頁中變更",
            Message::PlanConflictBody => {
                "您在這裡編輯時，另一個分頁儲存了計畫的較新版本。請選擇要保留的版本；在您選擇之前，\
                 不會遺失任何內容。"
            }
            Message::PlanQuarantineHeading => "無法讀取已儲存的計畫",
            Message::PlanQuarantineBody => {
                "該計畫會保持原樣保留，您目前使用的是預設計畫。請檢視或下載儲存的文字，復原需要的\
                 內容。"
            }
            Message::PlanTeamsIntro => {
                "請說明每個層級由誰支援您的使用者。第 1 層和第 2 層通常是服務台；第 3 層通常是部署\
                 這項服務的團隊。如果組織沒有某個層級，請留空。"
            }
            Message::PlanTier1Hint => "使用者最先回報問題的地方。",
            Message::PlanTier2Hint => "調查第 1 層無法解決的問題。",
            Message::PlanTier3Hint => "找出根本原因、變更服務，並與廠商合作。",
            Message::PlanTeamName => "團隊名稱",
            Message::PlanTeamHours => "服務時間",
            Message::PlanTeamHoursHint => "例如：週一至週五 08:00 至 18:00",
            Message::PlanResponsibilities => "職責",
            Message::PlanOnePerLine => "每行一項。",
            Message::PlanContactsHeading => "聯絡人",
            Message::PlanNoContactsYet => "尚無聯絡人。",
            Message::PlanContactHint => "請提供電子郵件地址、電話號碼，或兩者都提供。",
            Message::PlanContactName => "姓名",
            Message::PlanContactRole => "角色",
            Message::PlanContactEmail => "電子郵件地址",
            Message::PlanContactPhone => "電話號碼",
            Message::PlanRemove => "移除",
            Message::PlanVendorHint => {
                "廠商的支援是第 4 層。這些設定沿用組織的預設值；只有在您的合約內容不同時才需要變更。"
            }
            Message::PlanVendorName => "廠商支援的名稱",
            Message::PlanVendorNameHint => "顯示在呈報路徑上的名稱，例如：Microsoft 支援",
            Message::PlanVendorChannel => "聯絡廠商的管道",
            Message::PlanVendorChannelByRouting => "依每個要求的類型和支援合約決定",
            Message::PlanVendorSupportContract => "您與廠商的支援合約",
            Message::PlanExtraTiersHeading => "不符合規則的層級項目",
            Message::PlanExtraTiersBody => {
                "這些項目來自匯入的計畫。層級編號 1 到 3 各只能使用一次，而廠商一律是第 4 層。請移除\
                 不需要的項目。"
            }
            Message::PlanEscalationIntro => {
                "請依發生順序列出每一次移交，從使用者第一次回報，到修正結果送回使用者為止。每個步驟都\
                 請說明移交的內容，以及必須一併傳遞的資訊。"
            }
            Message::PlanEscalationEmpty => {
                "尚無步驟。可以從規劃指南的範例開始（裝置無法註冊，一路呈報到第 3 層再回到使用者），\
                 再依組織的情況調整。"
            }
            Message::PlanUseExampleSteps => "使用範例步驟",
            Message::PlanAddStep => "新增步驟",
            Message::PlanStepFrom => "移交方",
            Message::PlanStepTo => "接收方",
            Message::PlanStepHandover => "移交內容",
            Message::PlanStepHandoverHint => "例如：要求本身，以及第 2 層的發現",
            Message::PlanStepInformation => "必須一併傳遞的資訊",
            Message::PlanMoveUp => "上移",
            Message::PlanMoveDown => "下移",
            Message::PlanPartyUser => "使用者",
            Message::PlanRolloutHeading => "初期部署階段",
            Message::PlanRolloutNote => "初期部署階段中各層級如何合作",
            Message::PlanRolloutNoteHint => {
                "例如：第 1、2、3 層共用一個電話會議，一起發現並解決問題。"
            }
            Message::PlanTrainingIntro => {
                "教育訓練以技術內容為主，並依各層級調整深度。請規劃約兩到三小時的講解與實作。"
            }
            Message::PlanTrainingApproachHeading => "訓練方式",
            Message::PlanTrainTheTrainer => "種子講師培訓",
            Message::PlanTrainTheTrainerHint => {
                "由裝置管理團隊訓練服務台主管，再由主管訓練各自的團隊。"
            }
            Message::PlanAudiencesHeading => "受訓對象",
            Message::PlanAudiencesHint => "針對每個層級：誰參加、需要學什麼，以及何時進行。",
            Message::PlanAudienceDescription => "參加人員及需要學習的內容",
            Message::PlanAudienceDate => "課程日期",
            Message::PlanAgendaHeading => "議程",
            Message::PlanAgendaEmpty => "尚無議程。可以從範例議程開始，再調整主題和時間。",
            Message::PlanUseSampleAgenda => "使用範例議程",
            Message::PlanAddAgendaItem => "新增議程項目",
            Message::PlanAgendaTitle => "主題",
            Message::PlanAgendaMinutes => "時間長度",
            Message::PlanAgendaWithin => "在建議的時間長度內。",
            Message::PlanAgendaShorter => "比建議的時間短。",
            Message::PlanAgendaLonger => "比建議的時間長。",
            Message::PlanEarlyIntro => {
                "讓服務台及早參與部署規劃和試行，在使用者來電之前做好準備。完成一項就勾選一項。"
            }
            Message::PlanEarlyEmpty => {
                "尚無檢查清單。可以從建議的檢查清單開始，或自行新增項目。"
            }
            Message::PlanUseSuggestedChecklist => "使用建議的檢查清單",
            Message::PlanChecklistLegend => "已完成的事項",
            Message::PlanAddOwnItemHeading => "自行新增項目",
            Message::PlanNewChecklistItem => "新項目",
            Message::PlanNewChecklistItemHint => "例如：服務台主管審閱作業手冊",
            Message::PlanNewChecklistItemError => "請輸入要新增的項目",
            Message::PlanAddChecklistItem => "新增項目",
            Message::PlanPathHeading => "呈報路徑",
            Message::PlanPathIntro => "某一層級無法解決問題時，問題接下來的去向。",
            Message::PlanPathListLabel => "呈報路徑，從第一次聯絡到廠商",
            Message::PlanPathVendor => "第 4 層（廠商）",
            Message::PlanPathNotNamed => "尚未命名",
            Message::PlanPathNoTiers => "請在「團隊與層級」中新增層級，以完成路徑。",
            Message::PlanShareHeading => "列印或下載計畫",
            Message::PlanShareBody => {
                "您可以列印計畫給服務台使用，下載為 Markdown 放到 Wiki 或電子郵件中，或下載為 JSON \
                 保留副本或移到其他瀏覽器。"
            }
            Message::PlanViewAndPrint => "檢視並列印計畫",
            Message::PlanDownloadMarkdown => "下載為 Markdown",
            Message::PlanDownloadJson => "下載為 JSON",
            Message::PlanDownloadRefused => {
                "您的瀏覽器拒絕了下載。請檢查瀏覽器是否封鎖了此頁面的下載。"
            }
            Message::PlanImportHeading => "匯入計畫",
            Message::PlanImportLabel => "選擇計畫檔案 (JSON)",
            Message::PlanImportHint => {
                "以「下載為 JSON」產生的檔案，可來自此瀏覽器或其他瀏覽器。匯入的計畫會取代這裡的計畫；\
                 匯入後可以立即復原。"
            }
            Message::PlanImportUnreadable => "瀏覽器無法讀取此檔案。",
            Message::PlanUndoImport => "復原匯入",
            Message::PlanImportUndone => "已復原匯入，計畫已恢復為匯入前的狀態。",
            Message::PlanResetHeading => "從預設計畫重新開始",
            Message::PlanResetBody => "回到組織的預設計畫。執行之前會先請您確認。",
            Message::PlanResetButton => "重設為預設計畫",
            Message::PlanResetConfirmHeading => "要將計畫重設為組織的預設計畫嗎？",
            Message::PlanResetConfirmWarning => {
                "您對計畫所做的變更將從此瀏覽器中刪除，而且無法復原。"
            }
            Message::PlanResetConfirmBody => "如果想保留變更的副本，請先下載計畫。",
            Message::PlanResetConfirmYes => "是，重設計畫",
            Message::PlanDownloadJsonFirst => "先下載為 JSON",
            Message::PlanWarningPrefix => "警告：",
            Message::PlanResetDone => "計畫已恢復為組織的預設計畫。",
            Message::PlanResetFailed => {
                "此瀏覽器拒絕變更儲存空間，因此無法重設計畫。您的計畫維持不變。"
            }
            Message::PlanDocumentTitle => "支援計畫",
            Message::PlanPrint => "列印計畫",
            Message::PlanBackToTaskList => "返回工作清單",
            Message::PlanDocumentNotGiven => "未提供",
            Message::PlanDocumentNoTiers => "尚未定義任何層級。",
            Message::PlanDocumentStepsHeading => "步驟",
            Message::PlanDocumentNoSteps => "尚未定義任何步驟。",
            Message::PlanDocumentInformation => "需要一併傳遞的資訊：",
            Message::PlanDocumentTrainTheTrainer => {
                "種子講師培訓：由裝置管理團隊訓練服務台主管，再由主管訓練各自的團隊。"
            }
            Message::PlanDocumentDirectTraining => "每個層級都直接接受訓練。",
            Message::PlanDocumentTier => "層級",
            Message::PlanDocumentWho => "參加人員",
            Message::PlanDocumentLength => "時間長度",
            Message::PlanDocumentTotal => "總計",
            Message::PlanDocumentNoAgenda => "尚無議程。",
            Message::PlanDocumentNoChecklist => "尚無項目。",
            Message::PlanDocumentItem => "項目",
            Message::PlanDocumentStatus => "狀態",
            Message::PlanDocumentDone => "已完成",
            Message::PlanDocumentNotDone => "尚未完成",
            Message::HandoffHeading => "傳送給我們的服務台",
            Message::HandoffIntro => "您組織的服務台可以從這裡接手這份票證。服務台只會收到上方顯示的票證內容，其他資料都不會離開這個瀏覽器。",
            Message::HandoffSend => "傳送給服務台",
            Message::HandoffSendAgain => "再次傳送給服務台",
            Message::HandoffResendWarning => "這份票證已在服務台中。再次傳送會在服務台建立第二份票證。",
            Message::HandoffResendConfirm => "是，傳送第二份票證",
            Message::HandoffSending => "傳送中…",
            Message::HandoffSent => "已傳送給服務台：",
            Message::HandoffRefused => "服務台未接受這份票證。您的草稿沒有變更；請向服務台確認需要哪些內容，然後再試一次。",
            Message::HandoffServerError => "服務台接收票證時發生問題。您的草稿安全無虞，請稍後再試一次。",
            Message::HandoffUnreachable => "無法連線到服務台。請檢查網路連線；您的草稿安全無虞，可以再試一次。",
            Message::HandoffTimedOut => "服務台在 15 秒內沒有回應。您的草稿安全無虞，請再試一次。",
            Message::HandoffEmail => "以電子郵件寄給服務台",
            Message::HandoffNeedsEmail => "服務台需要您的電子郵件地址才能回覆。請在票證的聯絡資訊中加入電子郵件地址，然後再傳送一次。",
            Message::HandoffNotEnabled => "服務台尚未接受從此頁面傳送的票證：其網頁表單或匿名要求已關閉。您的草稿安全無虞，請洽服務台的管理員將其開啟。",
            Message::HandoffTryLater => "服務台目前不接受從此頁面傳送的票證，可能是因為最近傳送了太多。您的草稿安全無虞，請稍後再試。",
            Message::HandoffUnexpectedAnswer => "服務台有回應，但回應內容未表示票證已建立。再次傳送前，請先向服務台確認。",
            Message::TicketLanguageLabel => "票證語言",
            Message::TicketLanguageHint => "請以支援管道支援的語言撰寫票證。支援的語言會標上 ✓。",
            Message::DraftsPagesLabel => "草稿清單的分頁",
            Message::PreviousPage => "上一頁",
            Message::NextPage => "下一頁",
            Message::PageLoading => "正在載入此頁面…",
            Message::PageLoadFailedTitle => "無法載入此頁面",
            Message::PageLoadFailed => "您的草稿仍安全地保存在這台裝置上。請檢查連線後再試一次。",
            Message::PageLoadRetry => "再試一次",
            Message::LanguageLoadFailed => "無法載入該語言。請檢查連線後再選擇一次。",
        }
    }

    fn tier_label(&self, number: u8) -> String {
        format!("第 {number} 層")
    }

    fn tier_with_team(&self, number: u8, team: &str) -> String {
        if team.is_empty() {
            format!("第 {number} 層")
        } else {
            format!("第 {number} 層（{team}）")
        }
    }

    fn tier_with_name(&self, number: u8, team: &str) -> String {
        if team.is_empty() {
            format!("第 {number} 層")
        } else {
            format!("第 {number} 層：{team}")
        }
    }

    fn vendor_party(&self, name: &str) -> String {
        if name.is_empty() {
            "廠商（第 4 層）".to_owned()
        } else {
            format!("{name}（廠商，第 4 層）")
        }
    }

    fn vendor_tier_heading(&self) -> String {
        "第 4 層：廠商".to_owned()
    }

    fn vendor_tier_with_name(&self, name: &str) -> String {
        if name.is_empty() {
            self.vendor_tier_heading()
        } else {
            format!("第 4 層：{name}（廠商）")
        }
    }

    fn add_contact_to(&self, tier: u8) -> String {
        format!("新增第 {tier} 層的聯絡人")
    }

    fn contact_label(&self, number: usize) -> String {
        format!("聯絡人 {number}")
    }

    fn contact_reference(&self, number: usize, tier: u8) -> String {
        format!("第 {tier} 層的聯絡人 {number}")
    }

    fn contact_removed(&self, number: usize, tier: u8) -> String {
        format!("已移除第 {tier} 層的聯絡人 {number}。")
    }

    fn contacts_of_tier(&self, tier: u8) -> String {
        format!("第 {tier} 層的聯絡人")
    }

    fn step_label(&self, number: usize) -> String {
        format!("步驟 {number}")
    }

    fn step_reference(&self, number: usize) -> String {
        format!("步驟 {number}")
    }

    fn step_moved(&self, from: usize, to: usize) -> String {
        format!("步驟 {from} 已移到步驟 {to}。")
    }

    fn step_removed(&self, number: usize) -> String {
        format!("已移除步驟 {number}。")
    }

    fn example_steps_added(&self, count: usize) -> String {
        format!("已新增 {count} 個範例步驟。")
    }

    fn agenda_item_label(&self, number: usize) -> String {
        format!("議程項目 {number}")
    }

    fn agenda_item_reference(&self, number: usize) -> String {
        format!("議程項目 {number}")
    }

    fn agenda_item_moved(&self, from: usize, to: usize) -> String {
        format!("議程項目 {from} 已移到議程項目 {to}。")
    }

    fn agenda_item_removed(&self, number: usize) -> String {
        format!("已移除議程項目 {number}。")
    }

    fn sample_agenda_added(&self, count: usize) -> String {
        format!("已從範例新增 {count} 個議程項目。")
    }

    fn suggested_checklist_added(&self, count: usize) -> String {
        format!("已新增 {count} 個建議項目。")
    }

    fn checklist_item_added(&self, label: &str) -> String {
        format!("已新增：{label}")
    }

    fn checklist_item_removed(&self, label: &str) -> String {
        format!("已移除：{label}")
    }

    fn checklist_item_reference(&self, label: &str) -> String {
        format!("「{label}」")
    }

    fn tier_entry(&self, index: usize, number: u8, team: &str) -> String {
        if team.trim().is_empty() {
            format!("項目 {index}：第 {number} 層，沒有團隊名稱")
        } else {
            format!("項目 {index}：第 {number} 層，{}", team.trim())
        }
    }

    fn remove_tier_entry(&self, index: usize) -> String {
        format!("移除項目 {index}")
    }

    fn tier_entry_removed(&self, index: usize) -> String {
        format!("已移除項目 {index}。")
    }

    fn unknown_channel(&self, id: &str) -> String {
        format!("此頁面未提供的管道（{id}）")
    }

    fn import_succeeded(&self, file_name: &str) -> String {
        format!("已從 {file_name} 匯入計畫。")
    }

    fn import_failed(&self, file_name: &str, detail: &str) -> String {
        format!("無法匯入 {file_name}。{detail}")
    }

    fn import_too_large(&self, file_name: &str) -> String {
        format!(
            "無法匯入 {file_name}。此檔案遠大於 Support Triage 匯出的計畫；請選擇以「下載為 JSON」\
             產生的檔案。"
        )
    }

    fn numbered_heading(&self, number: usize, title: &str) -> String {
        format!("{number}. {title}")
    }

    fn path_stop(&self, heading: &str, name: &str) -> String {
        format!("{heading}：{name}")
    }

    fn sections_completed(&self, completed: usize, total: usize) -> String {
        format!("您已完成 {total} 個部分中的 {completed} 個。")
    }

    fn step_from_to(&self, from: &str, to: &str) -> String {
        format!("{from} → {to}")
    }

    fn training_total(&self, minutes: u32) -> String {
        format!("總計：{}", Locale::TraditionalChinese.duration(minutes))
    }

    fn training_recommended(&self, minimum_minutes: u32, maximum_minutes: u32) -> String {
        let locale = Locale::TraditionalChinese;
        format!(
            "建議的時間長度為 {}到 {}。",
            locale.duration(minimum_minutes),
            locale.duration(maximum_minutes)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_one_word_and_other_counts_keep_the_space() {
        let chinese = Locale::TraditionalChinese;
        assert_eq!(chinese.duration(60), "1小時");
        assert_eq!(chinese.duration(240), "4小時");
        assert_eq!(chinese.duration(30), "30分鐘");
        assert_eq!(chinese.duration(270), "4小時30分鐘");
        assert_eq!(chinese.long_duration(2 * 24 * 60 + 60), "2天1小時");
        assert_eq!(chinese.due_in(&chinese.long_duration(192)), "距離期限還有 3小時12分鐘");
        assert_eq!(chinese.drafts_count(1), "1 份草稿");
        assert_eq!(chinese.drafts_count(5), "5 份草稿");
        assert_eq!(chinese.step_of(3, 7), "第 3 步，共 7 步");
    }

    #[test]
    fn key_sentences_use_taiwan_terms_and_full_width_punctuation() {
        let chinese = Locale::TraditionalChinese;
        assert_eq!(chinese.text(Message::Continue), "繼續");
        assert_eq!(chinese.response_within(240, false), "4小時內");
        assert_eq!(chinese.response_within(120, true), "2小時內（僅計上班時間）");
        assert_eq!(chinese.old_drafts(4, 30), "有 4 份草稿超過 30 天沒有變更。");
        assert_eq!(chinese.tier_with_team(2, "服務台"), "第 2 層（服務台）");
        assert_eq!(chinese.checklist_item_reference("服務台參與試行"), "「服務台參與試行」");
        assert_eq!(chinese.training_recommended(120, 180), "建議的時間長度為 2小時到 3小時。");
        assert_eq!(chinese.export_labels().field_separator, "：");
        for message in Message::ALL {
            let text = chinese.text(*message);
            for half_width in [',', ';', '?', '!'] {
                assert!(!text.contains(half_width), "{message:?} has a half-width {half_width}");
            }
        }
    }
}
