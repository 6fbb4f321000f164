//! Japanese (日本語): です/ます for sentences, 〜してください for instructions, full-width
//! punctuation and 「」 for quotations.
//!
//! Japanese has no plural forms; numbers take counters written without a space ("4時間",
//! "下書き3件"), and the parts of a duration follow each other without one ("4時間30分").
//! Support tiers are named the way Japanese helpdesks name them: 1次サポート, 2次サポート,
//! 3次サポート, and the vendor as 4次サポート.

use super::{Language, Locale, Message};
use crate::domain::config::translations;
use crate::domain::export::ExportLabels;
use crate::domain::localised_text::Translations;
use crate::domain::plan::{shorten, PlanJsonError, PlanProblem, PLAN_FORMAT_VERSION, PLAN_SCHEMA};

/// Japanese.
pub struct Japanese;

impl Language for Japanese {
    fn config_translations(&self) -> Translations {
        translations::JAPANESE
    }

    fn drafts_shown(&self, first: usize, last: usize, total: usize) -> String {
        format!("下書き{total}件中{first}～{last}件目")
    }

    fn page_of(&self, page: usize, total: usize) -> String {
        format!("{total}ページ中{page}ページ目")
    }

    fn export_labels(&self) -> ExportLabels {
        ExportLabels {
            field_separator: "：",
            list_separator: "、",
            reason_separator: "／",
            untitled: "無題のチケット",
            not_given: "未入力",

            severity: "重大度",
            severity_reasons: "この重大度の理由",
            override_reason: "重大度を手動で選んだ理由",
            computed_severity: "回答から判定した重大度",
            computed_severity_reasons: "判定の理由",
            expected_first_response: "初回応答の目安",
            title: "タイトル",
            request_kind: "問い合わせの種類",
            support_contract: "サポート契約",
            tenant_size: "テナントの規模",
            impact: "影響",
            started: "発生時期",
            affected: "影響を受けているユーザーまたはデバイス",
            platforms: "プラットフォーム",
            error_messages: "エラーメッセージ",
            already_tried: "試したこと",
            description: "説明",
            escalation: "これまでのエスカレーション",
            tier: "階層",
            team: "チーム",
            findings: "わかったこと",
            contact: "連絡先",
            contact_name: "名前",
            contact_email: "メール",
            contact_phone: "電話",
            preferred_contact_method: "希望する連絡方法",
            support_language: "サポートの言語",
            channel: "提出先",
            contact_first: "最初の連絡先",
            related_drafts: "関連チケット",
            status: "状態",
            vendor_ticket_number: "ベンダーのチケット番号",
            filed_at: "提出日時",
            ticket_id: "下書き ID",

            level_critical: "重大",
            level_moderate: "中程度",
            level_minimal: "軽微",

            kind_technical: "技術的な問題",
            kind_billing_licensing_account: "請求、ライセンス、またはアカウント",
            kind_intune_with_configuration_manager: "サービスと組み合わせた Configuration Manager",
            kind_standalone_configuration_manager:
                "Configuration Manager または Endpoint Protection の単独利用",
            kind_volume_licensing: "ボリュームライセンス",
            kind_feature_request: "機能の要望",

            contract_professional: "Professional",
            contract_premier: "Premier",

            tenant_fewer_than_100: "ライセンス数が100未満",
            tenant_100_or_more: "ライセンス数が100以上",

            impact_usability: "サービスの使用可否",
            impact_scope: "影響範囲",
            impact_business_impact: "業務への影響",
            impact_workaround: "回避策",

            answer_not_answered: "未回答",
            answer_dont_know: "わからない",
            usability_unusable: "使用できない、またはアクセスできない",
            usability_worse_than_before: "使用できるが、以前より動作が悪い",
            usability_minor_inconvenience: "使用できるが、少し不便",
            scope_many_users_or_services: "多数のユーザーまたはサービス",
            scope_one_user_customer_or_service: "単一のユーザー、顧客、またはサービス",
            scope_nobody_yet: "まだいない",
            business_impact_severe: "深刻、または期限に支障のおそれ",
            business_impact_moderate: "中程度、営業時間まで待てる",
            business_impact_minimal: "最小限",
            workaround_acceptable: "はい、許容できる回避策がある",
            workaround_none: "いいえ",

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

            method_email: "メール",
            method_phone: "電話",

            status_draft: "下書き（未提出）",
            status_self_solved: "チケットなしで解決",
            status_filed: "ベンダーに提出済み",
        }
    }

    fn plan_problem(&self, problem: &PlanProblem) -> String {
        match problem {
            PlanProblem::TierNumberOutOfRange { tier_index, number } => format!(
                "階層の項目 {} の番号が {number} になっています。1、2、3 のいずれかを使ってください\
                 （ベンダーは4次サポートです）。",
                tier_index + 1
            ),
            PlanProblem::DuplicateTier { number } => {
                format!("{number}次サポートが複数定義されています。1つだけ残してください。")
            }
            PlanProblem::TierWithoutTeamName { tier } => {
                format!("{tier}次サポートにチーム名がありません。")
            }
            PlanProblem::TierWithoutContact { tier } => format!(
                "{tier}次サポートに連絡先がありません。連絡できる人を1人以上追加してください。"
            ),
            PlanProblem::ContactWithoutName { tier, contact_index } => {
                format!("{tier}次サポートの連絡先 {} に名前がありません。", contact_index + 1)
            }
            PlanProblem::ContactWithoutEmailOrPhone { tier, contact_index } => format!(
                "{tier}次サポートの連絡先 {} には、メールアドレスも電話番号もありません。",
                contact_index + 1
            ),
            PlanProblem::InvalidEmail { tier, contact_index, email } => format!(
                "{tier}次サポートの連絡先 {}：「{}」は有効なメールアドレスではありません。",
                contact_index + 1,
                shorten(email)
            ),
            PlanProblem::InvalidPhone { tier, contact_index, phone } => format!(
                "{tier}次サポートの連絡先 {}：「{}」は電話番号の形式ではないようです。",
                contact_index + 1,
                shorten(phone)
            ),
            PlanProblem::EscalationStepUndefinedTier { step_index, tier } => format!(
                "エスカレーションの手順 {} が、計画で定義されていない{tier}次サポートを指定して\
                 います。",
                step_index + 1
            ),
            PlanProblem::EscalationStepToItself { step_index } => format!(
                "エスカレーションの手順 {} で、問い合わせをすでに担当している相手に引き継いでいます。",
                step_index + 1
            ),
            PlanProblem::EscalationStepWithoutHandover { step_index } => format!(
                "エスカレーションの手順 {} に、引き継ぐ内容が書かれていません。",
                step_index + 1
            ),
            PlanProblem::AudienceUndefinedTier { audience_index, tier } => format!(
                "研修の対象 {} が、計画で定義されていない{tier}次サポートを指定しています。",
                audience_index + 1
            ),
            PlanProblem::AgendaTooShort { total_minutes, recommended_minimum } => format!(
                "研修のアジェンダは合計{total_minutes}分です。{recommended_minimum}分以上を推奨\
                 します。"
            ),
            PlanProblem::AgendaTooLong { total_minutes, recommended_maximum } => format!(
                "研修のアジェンダは合計{total_minutes}分です。{recommended_maximum}分以内を推奨\
                 します。"
            ),
            PlanProblem::AgendaItemWithoutTitle { item_index } => {
                format!("アジェンダ項目 {} にテーマがありません。", item_index + 1)
            }
            PlanProblem::AgendaItemWithoutDuration { item_index } => {
                format!("アジェンダ項目 {} に所要時間がありません。", item_index + 1)
            }
            PlanProblem::ChecklistItemWithoutLabel { item_index } => {
                format!("早期からの関与の項目 {} に内容がありません。", item_index + 1)
            }
        }
    }

    fn plan_import_error(&self, error: &PlanJsonError) -> String {
        match error {
            PlanJsonError::NotJson { detail } => {
                format!("ファイルが有効な JSON ではありません（{detail}）。")
            }
            PlanJsonError::WrongSchema { found } => format!(
                "サポート計画をエクスポートしたファイルではありません。「schema」の値が {found} \
                 ですが、「{PLAN_SCHEMA}」である必要があります。"
            ),
            PlanJsonError::UnsupportedVersion { found } => format!(
                "この計画は形式バージョン {found} でエクスポートされています。このバージョンで読み\
                 込めるのは形式 {PLAN_FORMAT_VERSION} です。"
            ),
            PlanJsonError::InvalidPlan { detail } => {
                format!("ファイル内の計画を読み込めませんでした：{detail}。")
            }
        }
    }

    fn step_of(&self, step: usize, total: usize) -> String {
        format!("ステップ {step}/{total}")
    }

    fn hours(&self, hours: u32) -> String {
        format!("{hours}時間")
    }

    fn minutes(&self, minutes: u32) -> String {
        format!("{minutes}分")
    }

    fn drafts_count(&self, count: usize) -> String {
        format!("下書き{count}件")
    }

    fn deleted_count(&self, count: usize) -> String {
        format!("下書きを{count}件削除しました。")
    }

    fn imported_count(&self, count: usize) -> String {
        format!("下書きを{count}件インポートしました。")
    }

    fn saved_by_newer_version(&self, found: u32, readable: u32) -> String {
        format!("新しいバージョンの Support Triage で保存されています（形式 {found}。このバージョンが読めるのは形式 {readable} までです）。")
    }

    fn old_drafts(&self, count: usize, days: u32) -> String {
        format!("{days}日以上変更されていない下書きが{count}件あります。")
    }

    fn days(&self, days: u32) -> String {
        format!("{days}日")
    }

    fn response_within(&self, total_minutes: u32, business_hours: bool) -> String {
        let amount = Locale::Japanese.duration(total_minutes);
        if business_hours {
            format!("営業時間で{amount}以内")
        } else {
            format!("{amount}以内")
        }
    }

    fn expected_by(&self, date: &str, within: &str) -> String {
        format!("{date}まで、{within}")
    }

    fn due_in(&self, duration: &str) -> String {
        format!("期限まで残り{duration}")
    }

    fn overdue_by(&self, duration: &str) -> String {
        format!("期限を{duration}超過")
    }

    fn level_because(&self, lead: &str, reason: &str) -> String {
        format!("{lead}：{reason}。")
    }

    fn level_because_several(&self, lead: &str) -> String {
        format!("{lead}：")
    }

    fn tier_has_looked(&self, number: u8, team: &str) -> String {
        if team.trim().is_empty() {
            format!("{number}次サポートが確認済み")
        } else {
            format!("{number}次サポート（{}）が確認済み", team.trim())
        }
    }

    fn tier_findings_label(&self, number: u8) -> String {
        format!("{number}次サポートでわかったことは何ですか？")
    }

    fn tier_name(&self, number: u8) -> String {
        format!("{number}次サポート")
    }

    fn languages_offered(&self, list: &str) -> String {
        format!("この窓口のサポート対応言語：{list}。")
    }

    fn timeline_summary(&self, start: &str, due: &str, business_hours: bool) -> String {
        if business_hours {
            format!(
                "応答期限までのタイムライン。{start}、応答期限 {due}。時間はサポート対応時間中だけ\
                 カウントされ、時間外は斜線で示されます。"
            )
        } else {
            format!(
                "応答期限までのタイムライン。{start}、応答期限 {due}。時間は24時間休みなくカウント\
                 されます。"
            )
        }
    }

    fn filing_corrected(&self, number: &str, date: &str) -> String {
        format!("チケット {number}（{date} に訂正）。")
    }

    fn filing_withdrawn(&self, number: &str, date: &str) -> String {
        format!("チケット {number}（{date} に未提出に変更）。")
    }

    fn filed_as(&self, number: &str, date: &str) -> String {
        format!("{date}にベンダーに提出しました。チケット番号：{number}。")
    }

    fn handed_off_as(&self, number: &str, date: &str) -> String {
        format!("{date}にヘルプデスクに送信しました。チケット番号：{number}。")
    }

    fn contact_first_tier(&self, team: &str) -> String {
        if team.trim().is_empty() {
            "組織内では1次サポートが最初に問題を受け付けます。連絡先：".to_owned()
        } else {
            format!("組織内では1次サポート（{}）が最初に問題を受け付けます。連絡先：", team.trim())
        }
    }

    fn vendor_is_tier_four(&self, vendor: &str) -> String {
        let vendor = if vendor.trim().is_empty() {
            "ベンダー".to_owned()
        } else {
            format!("ベンダー（{}）", vendor.trim())
        };
        format!(
            "{vendor}は4次サポートです。組織内のどの階層でも解決できない場合に、このチケットを提出\
             してください。"
        )
    }

    fn channel_with_category(&self, channel: &str, category: &str) -> String {
        format!("{channel}、カテゴリ「{category}」")
    }

    fn text(&self, message: Message) -> &'static str {
        match message {
            Message::AppName => "Support Triage",
            Message::LanguageLabel => "言語",
            Message::LandingLead => {
                "問題ごとにわかりやすいサポートチケットを1件ずつ準備し、ベンダーに届く前に組織内で\
                 だれが何を担当するかを計画しておけば、適切なサポートをより早く受けられます。"
            }
            Message::LandingTicketHeading => "サポートチケットを準備する",
            Message::LandingTicketBody => {
                "まずセルフヘルプを確認し、適切な窓口を見つけ、問題の重大度と初回応答の目安を確かめて\
                 から、完成したチケットをコピーまたはダウンロードします。"
            }
            Message::LandingStartTicket => "新しいチケットを作成",
            Message::LandingResumeHeading => "前回の続きから再開",
            Message::LandingPlanHeading => "組織のサポート体制を計画する",
            Message::LandingPlanBody => {
                "1次から3次サポートをだれが担当するか、問題をどのようにベンダーへエスカレーション\
                 するか、ヘルプデスクをどう研修し早い段階から関与させるかを決めます。"
            }
            Message::LandingStartPlan => "サポート計画を開く",
            Message::ViewAllDrafts => "すべての下書きを表示",
            Message::LandingUnreadableNotice => {
                "保存されている下書きの一部を読み込めませんでした。復元できるよう別に保管しています。"
            }
            Message::Back => "戻る",
            Message::Continue => "次へ",
            Message::ErrorSummaryTitle => "入力内容に問題があります",
            Message::ErrorTitlePrefix => "エラー：",
            Message::ErrorPrefix => "エラー：",
            Message::Optional => "(任意)",
            Message::Yes => "はい",
            Message::Change => "変更",
            Message::SaveStatusSaving => "保存中…",
            Message::SaveStatusSaved => "このデバイスに保存しました",
            Message::SaveStatusNotSavedQuota => {
                "保存できませんでした：このブラウザーのストレージがいっぱいです。入力した内容はこのまま\
                 残っています。下書きをダウンロードするか、古い下書きを削除して空きを作ってください。"
            }
            Message::SaveStatusNotSavedOther => {
                "保存できませんでした：このブラウザーが下書きの保存を拒否しました。入力した内容はこの\
                 まま残っています。コピーを残すには下書きをダウンロードしてください。"
            }
            Message::SaveStatusMemoryOnly => {
                "このブラウザーでは下書きを保存できないため、ページを閉じると下書きは失われます。残して\
                 おきたい内容はダウンロードしてください。"
            }
            Message::SaveStatusUpdatedElsewhere => "別のタブでの変更を反映しました",
            Message::ConflictHeading => "この下書きは別のタブで変更されました",
            Message::ConflictBody => {
                "ここで入力している間に、別のタブでこの下書きの新しいバージョンが保存されました。残す\
                 バージョンを選んでください。選ぶまでは何も失われません。"
            }
            Message::ConflictKeepTheirs => "別のタブのバージョンを使う",
            Message::ConflictKeepMine => "自分のバージョンを残す",
            Message::ConflictKeepBoth => "両方を別々の下書きとして残す",
            Message::DeletedElsewhereNotice => {
                "この下書きは別のタブで削除されました。ここにあるコピーを保存し直したので、内容は失われて\
                 いません。"
            }
            Message::ExportThisDraft => "この下書きをダウンロード (JSON)",
            Message::PanicHeading => "問題が発生しました",
            Message::PanicBody => {
                "Support Triage で内部エラーが発生したため、動作を停止しました。このブラウザーに保存\
                 された下書きは無事です。作業中の下書きをダウンロードしてコピーを残してから、ページを\
                 再読み込みしてください。"
            }
            Message::PanicDownloadDraft => "作業中の下書きをダウンロード",
            Message::ConfigProblemsHeading => "このページの設定に問題があります",
            Message::ConfigProblemsBody => {
                "ウィジェットは可能な範囲で安全な既定値を使って動作します。ページの管理者向けに、各問題\
                 と設定内の場所を示します："
            }
            Message::BeforeYouFileHeading => "チケットを提出する前に",
            Message::BeforeYouFileIntro => {
                "多くの問題は、これらの資料ですでに解決方法が示されています。少し確認するだけで、回答を\
                 待たずに済むかもしれません。"
            }
            Message::DidThisSolveIt => "これらのいずれかで問題は解決しましたか？",
            Message::DidThisSolveItError => "資料で問題が解決したかどうかを選択してください",
            Message::SolvedByPrefix => "はい、",
            Message::YesSomethingElse => "はい、このページのほかの資料で解決しました",
            Message::NoContinue => "いいえ、続行する",
            Message::SelfSolvedHeading => "問題が解決してよかったです",
            Message::SelfSolvedBody => {
                "チケットは不要です。問題が再発した場合に備えて、この下書きを「セルフヘルプで解決済み」\
                 として一覧に残しています。"
            }
            Message::StartAnotherTicket => "別のチケットを作成",
            Message::RequestKindQuestion => "何についての問い合わせですか？",
            Message::RequestKindError => "問い合わせの内容を選択してください",
            Message::KindTechnical => "技術的な問題",
            Message::KindTechnicalHint => "サービスの一部が正しく動作しません。",
            Message::KindBilling => "請求、ライセンス、またはアカウント",
            Message::KindBillingHint => "請求書、サブスクリプション、ライセンス数、アカウントへのアクセス",
            Message::KindConfigurationManagerWithService => {
                "サービスと組み合わせた Configuration Manager（共同管理またはテナントアタッチ）"
            }
            Message::KindConfigurationManagerWithServiceHint => {
                "サービス自体のサポートに含まれ、サービスに関するほかの質問と同じ窓口で問い合わせ\
                 ます。"
            }
            Message::KindConfigurationManagerStandalone => {
                "Configuration Manager または Endpoint Protection の単独利用"
            }
            Message::KindConfigurationManagerStandaloneHint => {
                "サービスを使わない場合です。これらの製品は別途サポートされます（パートナーまたは\
                 有償サポート）。"
            }
            Message::KindVolumeLicensing => "ボリュームライセンス",
            Message::KindVolumeLicensingHint => {
                "ライセンスキー、またはボリュームライセンス契約で購入したライセンス"
            }
            Message::KindFeatureRequest => "アイデアまたは機能の要望",
            Message::KindFeatureRequestHint => "製品にできるようになってほしいこと",
            Message::ElsewhereHeading => "この問い合わせは別の窓口で扱います",
            Message::ElsewhereFeedbackBody => {
                "アイデアや機能の要望はサポートチケットの対象外です。フィードバックサイトにアイデアを\
                 投稿すると、ほかのユーザーが投票できます。"
            }
            Message::ElsewherePartnerBody => {
                "この製品はこの窓口ではサポートされていません。パートナーに問い合わせるか、以下の方法を\
                 ご利用ください。"
            }
            Message::ElsewhereServiceBody => "このような問い合わせは別のサービスで扱います。",
            Message::ElsewhereChangeAnswer => "問い合わせの内容を変更",
            Message::SupportContractHeading => "サポート契約とテナントの規模",
            Message::SupportContractIntro => {
                "2つの回答で、問い合わせの提出先と適用される応答時間が決まります。"
            }
            Message::SupportContractQuestion => "組織のサポート契約はどれですか？",
            Message::SupportContractError => "組織のサポート契約を選択してください",
            Message::ContractProfessional => "Professional（サブスクリプションのサポート）",
            Message::ContractProfessionalHint => "サブスクリプションに含まれるサポートです。",
            Message::ContractPremier => "Premier",
            Message::ContractPremierHint => {
                "専用ポータルと応答時間が定められた Premier サポート契約です。"
            }
            Message::TenantSizeQuestion => "テナントのライセンス数はいくつですか？",
            Message::TenantSizeError => "テナントのライセンス数を選択してください",
            Message::TenantFewerThan100 => "ライセンス数が100未満",
            Message::TenantFewerThan100Hint => {
                "サブスクリプションのサポートでは、小規模なテナントはより簡単な方法で依頼できます\
                 。問題を説明し、提案されたリソースを確認するか、折り返しの電話を依頼します。"
            }
            Message::TenantHundredOrMore => "ライセンス数が100以上",
            Message::RoutingHeading => "この問い合わせの提出先",
            Message::RoutingWhere => "提出先",
            Message::RoutingCategory => "カテゴリ",
            Message::RoutingSteps => "提出方法",
            Message::RoutingCallBack => {
                "チケットを書く代わりに、折り返しの電話を依頼することもできます。"
            }
            Message::RoutingOnlineLanguages => "オンラインサポートの対応言語",
            Message::RoutingPhoneLanguages => "電話サポートとオンライン請求サポートの対応言語",
            Message::RoutingPhoneMoreLanguages => {
                "電話サポートとオンライン請求サポートは、オンライン技術サポートより多くの言語に対\
                 応しています。対応言語、電話番号、受付時間は国または地域によって異なります。"
            }
            Message::RoutingPhonePageLink => "国または地域別の電話番号、受付時間、対応言語",
            Message::RoutingProblemNotice => {
                "ページ管理者の設定に、この問い合わせの提出先が指定されていません。どの窓口を使うか\
                 ヘルプデスクに確認してください。"
            }
            Message::DraftsHeading => "下書き一覧",
            Message::DraftsEmpty => "下書きはまだありません。",
            Message::DraftsColumnTitle => "タイトル",
            Message::DraftsColumnSeverity => "重大度",
            Message::DraftsColumnChanged => "最終更新",
            Message::DraftsColumnStatus => "状態",
            Message::DraftsColumnActions => "操作",
            Message::DraftUntitled => "無題の下書き",
            Message::DraftLinkedWith => "同じ説明から分割した下書き：",
            Message::StatusDraft => "下書き",
            Message::StatusFiled => "提出済み",
            Message::StatusSelfSolved => "セルフヘルプで解決済み",
            Message::Duplicate => "複製",
            Message::Delete => "削除",
            Message::Undo => "元に戻す",
            Message::SeverityNotYetKnown => "未評価",
            Message::LevelCritical => "重大 (A)",
            Message::LevelModerate => "中程度 (B)",
            Message::LevelMinimal => "軽微 (C)",
            Message::QuarantineHeading => "読み込めなかった下書き",
            Message::QuarantineBody => {
                "これらのレコードは破損しているか、新しいバージョンの Support Triage で保存された\
                 ものです。元の状態のまま保管しているので、テキストを表示またはダウンロードして必要な\
                 内容を復元してください。"
            }
            Message::QuarantineCouldNotBeRead => "読み込めなかった理由：",
            Message::UnreadableNotJson => "有効な JSON ではありません。",
            Message::UnreadableNotOurs => "Support Triage の記録ではありません。",
            Message::UnreadableDamaged => "記録が破損しています。",
            Message::UnreadableRevisionOutOfRange => "記録が破損しています。リビジョン番号が範囲外です。",
            Message::UnreadableIdMismatch => "識別子が保存場所と一致しません。",
            Message::UnreadableSetAsideEarlier => "以前の利用時に読み込めなかったため、別に保管されています。",
            Message::QuarantineShowText => "保存されたテキストを表示",
            Message::QuarantineDownload => "保存されたテキストをダウンロード",
            Message::ProblemHeading => "問題を1つ説明してください",
            Message::ProblemIntro => {
                "1件のチケットで扱う問題は1つだけです。切り分けられる問題はそれぞれ別のチケットに\
                 したほうが早く解決します。サブスクリプションのサポートではチケットを増やしても追\
                 加費用はかかりませんが、Premier 契約では手順に関する質問（設定方法など）は有償で\
                 す。"
            }
            Message::ProblemTitleLabel => "タイトル",
            Message::ProblemTitleHint => {
                "短く書いてください。例：月曜日から Android デバイスを登録できない"
            }
            Message::ProblemTitleError => "問題の短いタイトルを入力してください",
            Message::ProblemDescriptionLabel => "何が起きていますか？",
            Message::ProblemDescriptionHint => {
                "期待していた動作、実際に起きたこと、いつからかを書いてください。エラーメッセージや\
                 試したことは後で入力します。"
            }
            Message::ProblemDescriptionError => "何が起きているかを説明してください",
            Message::SeveralProblemsHeading => "複数の問題が含まれているようです",
            Message::SeveralProblemsBody => {
                "以下はそれぞれ別のチケットにできます。分割すると、この下書きには最初の問題を残し、\
                 残りの問題ごとにリンクされた下書きを作成して、連絡先情報とサポート契約をコピー\
                 します。"
            }
            Message::SplitIntoDrafts => "別々の下書きに分割",
            Message::SplitDone => {
                "完了：この下書きには最初の問題だけが残っています。ほかの問題は下書き一覧にあり、この\
                 下書きにリンクされています。"
            }
            Message::SuggestionsHeading => "役に立つかもしれない記事",
            Message::SuggestionErrorCode => "入力されたエラーコードについて説明しています。",
            Message::FeatureRequestHeading => "問題ではなくアイデアのようです",
            Message::PossibleDuplicate => "同じ問題と思われる下書きがすでにあります：",
            Message::OpenThatDraft => "その下書きを開く",
            Message::ImpactHeading => "問題はどのくらい深刻ですか？",
            Message::ImpactIntro => {
                "影響についての4つの質問です。回答に応じて重大度がその場で判定されます。理由があれば、\
                 重大度を手動で選ぶこともできます。"
            }
            Message::ImpactUsabilityQuestion => "組織でサービスをまだ使用できますか？",
            Message::ImpactUsabilityHint => "ここでのサービスとは、1人のデバイスではなく、組織で使用しているベンダーのサービスです。ほかの人が問題なく使えているなら、まだ使用できると答えてください。",
            Message::ImpactScopeQuestion => "だれが、または何が影響を受けていますか？",
            Message::ImpactBusinessQuestion => "業務への影響はどのくらいですか？",
            Message::ImpactWorkaroundQuestion => "許容できる回避策はありますか？",
            Message::ImpactWorkaroundHint => "問題が解決するまで業務を続けられる方法です。",
            Message::UsabilityUnusable => "まったくアクセスも使用もできない",
            Message::UsabilityWorseThanBefore => "使用できるが、以前より動作が悪くなっている",
            Message::UsabilityMinorInconvenience => "使用できるが、少し不便な程度",
            Message::ScopeMany => "多数のユーザーまたは複数のサービス",
            Message::ScopeOne => "単一のユーザー、顧客、またはサービス",
            Message::ScopeNobodyYet => "まだだれも影響を受けていない",
            Message::ScopeNobodyYetHint => "だれかに影響が出る前に気づきました。",
            Message::BusinessSevere => "深刻：生産、運用、または期限に支障が出るおそれがある",
            Message::BusinessModerate => "中程度：営業時間まで待てる",
            Message::BusinessMinimal => "最小限：業務にはほとんど影響しない",
            Message::WorkaroundAcceptable => "はい、許容できる回避策がある",
            Message::WorkaroundNone => "いいえ",
            Message::DontKnow => "わからない",
            Message::ImpactUsabilityError => "サービスがまだ使用できるかどうかを選択してください",
            Message::ImpactScopeError => "だれが、または何が影響を受けているかを選択してください",
            Message::ImpactBusinessError => "業務への影響の大きさを選択してください",
            Message::ImpactWorkaroundError => "許容できる回避策があるかどうかを選択してください",
            Message::SeverityComputedHeading => "回答から判定した重大度",
            Message::SeverityPrefix => "重大度：",
            Message::SeverityIncompleteHint => {
                "まだ回答していない質問は「わからない」として扱います。"
            }
            Message::BecauseCritical => "重大 (A) と判定した理由",
            Message::BecauseModerate => "中程度 (B) と判定した理由",
            Message::BecauseMinimal => "軽微 (C) と判定した理由",
            Message::ReasonServiceUnusable => "サービスにアクセスできないか、使用できない",
            Message::ReasonWorseThanBefore => "サービスは使用できるが、以前より動作が悪い",
            Message::ReasonMinorInconvenience => "サービスは動作しており、少し不便な程度である",
            Message::ReasonUsabilityNotKnown => {
                "サービスがどの程度使用できるかがまだわからない"
            }
            Message::ReasonManyAffected => "多数のユーザーまたは複数のサービスが影響を受けている",
            Message::ReasonOneAffected => "単一のユーザー、顧客、またはサービスが影響を受けている",
            Message::ReasonNobodyAffectedYet => "まだだれも影響を受けていない",
            Message::ReasonScopeNotKnown => {
                "だれが、または何が影響を受けているかがまだわからない"
            }
            Message::ReasonSevereBusinessImpact => {
                "生産、運用、または展開の期限に深刻な影響が出ている"
            }
            Message::ReasonModerateBusinessImpact => {
                "業務への影響は中程度で、営業時間内に対応できる"
            }
            Message::ReasonMinimalBusinessImpact => "業務への影響は最小限である",
            Message::ReasonBusinessImpactNotKnown => "業務への影響がまだわからない",
            Message::ReasonNoWorkaround => "許容できる回避策がない",
            Message::ReasonAcceptableWorkaround => "許容できる回避策で業務を続けられる",
            Message::ReasonWorkaroundNotKnown => "回避策があるかどうかがまだわからない",
            Message::ReasonCriticalNeedsKnownAnswers => "「わからない」とした質問の答えが悪い方向だった場合にのみ重大になる。重大と確定するには、それらの質問に回答してください",
            Message::OverrideToggle => "重大度を手動で選ぶ",
            Message::OverrideToggleHint => {
                "たとえば、期限が迫っていて、回答から判定されるよりも緊急度が高い場合です。ベンダーには\
                 判定された重大度と選んだ重大度の両方が、理由とともに表示されます。"
            }
            Message::OverrideLevelLegend => "チケットに設定する重大度はどれですか？",
            Message::OverrideLevelError => "チケットに設定する重大度を選択してください",
            Message::OverrideReasonLabel => "この重大度にする理由は何ですか？",
            Message::OverrideReasonHint => "ベンダーのエンジニアがチケットと一緒に読みます。",
            Message::OverrideReasonError => {
                "別の重大度にする理由を入力してください"
            }
            Message::SeverityComputedLabel => "回答から判定した重大度",
            Message::SeverityOverrideReasonLabel => "選択した理由",
            Message::DetailsHeading => "サポートエンジニアに詳細を伝える",
            Message::DetailsIntro => {
                "エンジニアが最初に確認する事項です。今詳しく伝えるほど、後から来る質問が少なくなり\
                 ます。"
            }
            Message::DetailsProblemSection => "問題について",
            Message::StartedLabel => "いつから発生していますか？",
            Message::StartedHint => "日時、または「火曜日のポリシー変更の後から」など",
            Message::AffectedLabel => "影響を受けているユーザーやデバイスはどのくらいですか？",
            Message::AffectedHint => "例：営業チームの Android スマートフォン約40台",
            Message::PlatformsLegend => "影響を受けているプラットフォームはどれですか？",
            Message::PlatformsHint => "当てはまるものをすべて選択してください。",
            Message::PlatformWindows => "Windows",
            Message::PlatformMacos => "macOS",
            Message::PlatformIos => "iOS または iPadOS",
            Message::PlatformAndroid => "Android",
            Message::PlatformLinux => "Linux",
            Message::PlatformOther => "その他のプラットフォーム",
            Message::PlatformOtherLabel => "どのプラットフォームですか？",
            Message::ErrorMessagesLabel => "エラーメッセージ",
            Message::ErrorMessagesHint => {
                "表示されたとおりに、エラーコードも含めてコピーしてください。"
            }
            Message::AlreadyTriedLabel => "すでに試したことは何ですか？",
            Message::AlreadyTriedHint => "試した結果どうなったかも書いてください。",
            Message::EscalationSection => "組織内でこの問題を確認した担当",
            Message::EscalationHint => {
                "サポート計画の階層です。この問題に対応した階層をすべて選び、それぞれでわかったことを\
                 書いてください。"
            }
            Message::ContactSection => "ベンダーからの連絡方法",
            Message::ContactHint => "メールアドレス、電話番号、またはその両方を入力してください。",
            Message::ContactNameLabel => "名前",
            Message::ContactEmailLabel => "メールアドレス",
            Message::ContactPhoneLabel => "電話番号",
            Message::ContactPhoneHint => "国番号を含めてください。例：+81 3 1234 5678",
            Message::PreferredMethodLegend => "希望する連絡方法はどれですか？",
            Message::MethodEmail => "メール",
            Message::MethodPhone => "電話",
            Message::SupportLanguageLabel => "サポートの言語",
            Message::ContactMissingError => "メールアドレスまたは電話番号を入力してください",
            Message::PreferredEmailMissingError => {
                "メールアドレスを入力するか、連絡方法として電話を選択してください"
            }
            Message::PreferredPhoneMissingError => {
                "電話番号を入力するか、連絡方法としてメールを選択してください"
            }
            Message::EmailFormatError => {
                "name@example.com のような正しい形式でメールアドレスを入力してください"
            }
            Message::CheckAnswersHeading => "提出する前に回答を確認してください",
            Message::CheckSectionRequest => "問い合わせ",
            Message::CheckSectionProblem => "問題",
            Message::CheckSectionImpact => "影響と重大度",
            Message::CheckSectionDetails => "詳細",
            Message::CheckSectionContact => "連絡先",
            Message::CheckSelfHelp => "セルフヘルプ",
            Message::CheckSelfHelpValue => "確認したが、問題は解決しなかった",
            Message::CheckRequestKind => "内容",
            Message::CheckSupportContract => "サポート契約",
            Message::CheckTenantSize => "テナントのライセンス数",
            Message::CheckDescription => "起きていること",
            Message::CheckSeverity => "重大度",
            Message::CheckStarted => "発生時期",
            Message::CheckAffected => "影響を受けているユーザーまたはデバイス",
            Message::CheckPlatforms => "プラットフォーム",
            Message::CheckErrorMessages => "エラーメッセージ",
            Message::CheckAlreadyTried => "試したこと",
            Message::CheckEscalation => "確認した階層",
            Message::CheckPreferredMethod => "希望する連絡方法",
            Message::NotGiven => "未入力",
            Message::ReadyHeading => "チケットを提出する準備ができました",
            Message::ReadyIntro => {
                "ベンダーが必要とする情報は、すべて以下にまとめてあります。重大度、初回応答の目安、\
                 提出先、貼り付け用のチケット本文を確認してください。"
            }
            Message::FiledHeading => "チケットを提出しました",
            Message::ReadySeverityHeading => "重大度",
            Message::ReadyResponseHeading => "初回応答の目安",
            Message::ResponseLeadDraft => "今提出した場合、初回応答の目安は",
            Message::ResponseLeadFiled => "初回応答の目安は",
            Message::SetByContract => "契約による",
            Message::ContractNote => {
                "この応答時間は、このページの管理者が入力した契約の内容に基づいています。"
            }
            Message::ResponseExampleLead => "例示のみ（確約ではありません）：初回応答の目安は",
            Message::ResponseExampleNote => {
                "実際の応答時間はサポート契約で定められているので、契約書で確認してください。この\
                 ページの管理者が入力するまで、期限やカウントダウンは表示されません。"
            }
            Message::ExpectedByContract => "サポート契約の定めによる",
            Message::ResponseWindowProblem => {
                "設定された応答時間からこのチケットの期限を算出できなかったため、期限は表示していません。\
                 このページの管理者に、営業時間カレンダーの設定を確認するよう依頼してください。"
            }
            Message::DueNow => "期限になりました",
            Message::OverdueLabel => "期限超過",
            Message::TimelineIfFiledNow => "今提出した場合",
            Message::TimelineFiled => "提出",
            Message::TimelineDue => "応答期限",
            Message::TimelineLegendOpen => "サポート対応時間：時間をカウント",
            Message::TimelineLegendClosed => "サポート時間外：カウント停止",
            Message::TimelineLegendNow => "現在",
            Message::ContactFirstHeading => "最初の連絡先",
            Message::ContactFirstNoTier1 => {
                "サポート計画に1次サポートの連絡先がまだありません。決まるまでは、まずヘルプデスクに\
                 問い合わせてください。"
            }
            Message::TicketTextHeading => "チケットの本文",
            Message::TicketTextHint => {
                "ベンダーのフォームに貼り付けるか、コピーを保存してください。"
            }
            Message::CopyText => "チケットの本文をコピー",
            Message::Copied => "コピーしました。ベンダーのフォームに貼り付けてください。",
            Message::CopyRefused => {
                "ブラウザーがコピーを許可しませんでした。代わりに本文を選択したので、Ctrl+C（Mac では \
                 Cmd+C）を押してコピーしてください。"
            }
            Message::DownloadMarkdown => "Markdown でダウンロード",
            Message::DownloadPlainText => "テキストファイルでダウンロード",
            Message::DownloadJson => "JSON でダウンロード",
            Message::DownloadRefused => "ブラウザーでダウンロードが開始されませんでした。",
            Message::PrintTicket => "チケットを印刷",
            Message::EmailTicket => "チケットの本文をメールで送信",
            Message::EmailShortenedNote => {
                "[メールのリンクに収まるよう短縮しました。全文は Support Triage からコピーまたは\
                 ダウンロードしてください。]"
            }
            Message::FiledFormHeading => "提出しましたか？",
            Message::FiledNumberLabel => "ベンダーのチケット番号",
            Message::FiledNumberHint => {
                "ベンダーからの確認メッセージ、または提出先のサービス要求の一覧に記載されています。"
            }
            Message::FiledNumberError => "ベンダーから受け取ったチケット番号を入力してください",
            Message::FiledButton => "提出しました",
            Message::FiledChangeSummary => "番号を訂正する、または提出していないことにする",
            Message::FiledCorrectLabel => "訂正したベンダーのチケット番号",
            Message::FiledCorrectButton => "訂正した番号を保存",
            Message::FiledWithdrawButton => "実際には提出していない",
            Message::FiledHistoryHeading => "以前の提出記録",
            Message::ReadyActionsHeading => "コピー、ダウンロード、送信",
            Message::SeverityChosenByYou => "手動で選択",
            Message::ExportAllDrafts => "すべての下書きをダウンロード (JSON)",
            Message::ImportDrafts => "ファイルから下書きをインポート",
            Message::ImportDraftsHint => {
                "「すべての下書きをダウンロード」で保存したファイルです。すでにある下書きは、より新しい\
                 コピーでのみ置き換えられます。"
            }
            Message::ImportFailed => "ファイルをインポートできませんでした：",
            Message::ImportNotDraftsExport => "Support Triage の下書きのエクスポートではありません。",
            Message::ImportFileUnreadable => "ブラウザーがファイルを読み込めませんでした。",
            Message::ImportedHeading => "インポートが完了しました",
            Message::ImportSkippedNewer => "スキップ：より新しいコピーがすでにあります",
            Message::ImportSkippedInvalid => "スキップ：有効な下書きではありません",
            Message::ImportSkippedNotSaved => "スキップ：このブラウザーが保存を拒否しました",
            Message::ClearAllDrafts => "すべての下書きを削除",
            Message::ClearAllConfirmHeading => "すべての下書きを削除しますか？",
            Message::ClearAllConfirmBody => {
                "このブラウザーに保存されているすべての下書きが削除され、元に戻すことはできません。後で\
                 必要になりそうな場合は、先にダウンロードしてください。"
            }
            Message::ClearAllConfirm => "はい、すべての下書きを削除します",
            Message::Cancel => "キャンセル",
            Message::CleanupHeading => "古い下書き",
            Message::CleanupBody => {
                "一覧を短く保つために削除できます。選択するまでは何も削除されません。"
            }
            Message::CleanupConfirm => "古い下書きを削除",
            Message::MinutesUnit => "分",
            Message::PlanHeading => "サポート計画",
            Message::PlanCaption => "サポート計画",
            Message::PlanIntro => {
                "各セクションは好きな順番で作成できます。入力した内容はすべてこのデバイスにその都度\
                 保存され、新しいチケットのエスカレーション経路と連絡先にこの計画が使われます。"
            }
            Message::PlanUsingDefault => {
                "組織の既定の計画から始めています。変更内容はこのデバイスに別に保存されます。"
            }
            Message::PlanCustomised => {
                "この計画には変更が加えられています。組織の既定の計画も保管されており、いつでも戻せます。"
            }
            Message::PlanSectionsHeading => "計画のセクション",
            Message::PlanSectionTeams => "チームとサポート階層",
            Message::PlanSectionTeamsHint => {
                "1次から3次サポートの担当チームと連絡方法、4次サポートとしてのベンダー"
            }
            Message::PlanSectionEscalation => "エスカレーションの流れ",
            Message::PlanSectionEscalationHint => "問題が階層間をどう移り、ユーザーに戻るか",
            Message::PlanSectionTraining => "研修",
            Message::PlanSectionTrainingHint => "研修の対象、方法、アジェンダ",
            Message::PlanSectionEarlyInvolvement => "早期からの関与",
            Message::PlanSectionEarlyInvolvementHint => {
                "計画段階とパイロットにヘルプデスクを参加させる"
            }
            Message::PlanStatusNotStarted => "未着手",
            Message::PlanStatusInProgress => "作業中",
            Message::PlanStatusCompleted => "完了",
            Message::PlanSaveAndReturn => "保存してタスク一覧に戻る",
            Message::PlanSavedAsYouType => "変更内容は入力するたびにこのデバイスに保存されます。",
            Message::PlanNotSavedQuota => {
                "保存できませんでした：このブラウザーのストレージがいっぱいです。計画はこのまま残って\
                 いるので、JSON でダウンロードしてコピーを保存してください。"
            }
            Message::PlanNotSavedOther => {
                "保存できませんでした：このブラウザーが計画の保存を拒否しました。計画はこのまま残って\
                 いるので、JSON でダウンロードしてコピーを保存してください。"
            }
            Message::PlanUpdatedElsewhere => "別のタブでの変更を反映しました",
            Message::PlanRestoredAfterReset => {
                "別のタブで計画が既定に戻されました。ここでの変更は失われないよう、もう一度保存しました。"
            }
            Message::PlanMemoryOnly => {
                "このブラウザーでは計画を保存できないため、ページを閉じると計画は失われます。コピーを\
                 残すにはダウンロードしてください。"
            }
            Message::PlanConflictHeading => "計画が別のタブで変更されました",
            Message::PlanConflictBody => {
                "ここで編集している間に、別のタブで計画の新しいバージョンが保存されました。残す\
                 バージョンを選んでください。選ぶまでは何も失われません。"
            }
            Message::PlanQuarantineHeading => "保存された計画を読み込めませんでした",
            Message::PlanQuarantineBody => {
                "元の状態のまま保管しており、現在は既定の計画で作業しています。保存されたテキストを表示\
                 またはダウンロードして、必要な内容を復元してください。"
            }
            Message::PlanTeamsIntro => {
                "各階層でユーザーをサポートするのはだれかを入力してください。1次と2次サポートは多くの\
                 場合ヘルプデスク、3次サポートは通常、サービスを展開したチームです。組織にない階層は\
                 空欄のままにしてください。"
            }
            Message::PlanTier1Hint => "ユーザーが最初に問題を報告する窓口です。",
            Message::PlanTier2Hint => "1次サポートで解決できない問題を調査します。",
            Message::PlanTier3Hint => {
                "根本原因を特定し、サービスを変更し、ベンダーと連携します。"
            }
            Message::PlanTeamName => "チーム名",
            Message::PlanTeamHours => "対応時間",
            Message::PlanTeamHoursHint => "例：月曜日～金曜日 8:00～18:00",
            Message::PlanResponsibilities => "担当業務",
            Message::PlanOnePerLine => "1行に1つずつ入力してください。",
            Message::PlanContactsHeading => "連絡先",
            Message::PlanNoContactsYet => "連絡先はまだありません。",
            Message::PlanContactHint => {
                "メールアドレス、電話番号、またはその両方を入力してください。"
            }
            Message::PlanContactName => "名前",
            Message::PlanContactRole => "役割",
            Message::PlanContactEmail => "メールアドレス",
            Message::PlanContactPhone => "電話番号",
            Message::PlanRemove => "削除",
            Message::PlanVendorHint => {
                "ベンダーのサポートは4次サポートです。ここには組織の設定の値が入っています。契約内容が\
                 異なる場合にだけ変更してください。"
            }
            Message::PlanVendorName => "ベンダーのサポートの名前",
            Message::PlanVendorNameHint => {
                "エスカレーション経路に表示する名前です。例：Microsoft サポート"
            }
            Message::PlanVendorChannel => "ベンダーへの連絡窓口",
            Message::PlanVendorChannelByRouting => "問い合わせごとに内容とサポート契約に応じて選択",
            Message::PlanVendorSupportContract => "ベンダーとのサポート契約",
            Message::PlanExtraTiersHeading => "当てはまらない階層の項目",
            Message::PlanExtraTiersBody => {
                "インポートした計画に含まれていた項目です。階層番号1～3はそれぞれ1回しか使えず、\
                 ベンダーは常に4次サポートです。不要な項目を削除してください。"
            }
            Message::PlanEscalationIntro => {
                "ユーザーからの最初の報告から、修正がユーザーに届くまでの引き継ぎを順番に並べてください。\
                 それぞれについて、何を引き継ぎ、どの情報を一緒に渡す必要があるかを書いてください。"
            }
            Message::PlanEscalationEmpty => {
                "まだ手順がありません。計画ガイドの例（デバイスを登録できず、3次サポートまで\
                 エスカレーションされてユーザーに戻るケース）から始めて、組織に合わせて変更して\
                 ください。"
            }
            Message::PlanUseExampleSteps => "例の手順を使う",
            Message::PlanAddStep => "手順を追加",
            Message::PlanStepFrom => "引き継ぎ元",
            Message::PlanStepTo => "引き継ぎ先",
            Message::PlanStepHandover => "引き継ぐ内容",
            Message::PlanStepHandoverHint => "例：2次サポートでわかったことを添えた問い合わせ",
            Message::PlanStepInformation => "一緒に渡す情報",
            Message::PlanMoveUp => "上へ移動",
            Message::PlanMoveDown => "下へ移動",
            Message::PlanPartyUser => "ユーザー",
            Message::PlanRolloutHeading => "初期展開フェーズ",
            Message::PlanRolloutNote => "初期展開フェーズでの階層間の連携方法",
            Message::PlanRolloutNoteHint => {
                "例：1次、2次、3次サポートが1つの電話会議に参加し、問題を一緒に把握して解決する。"
            }
            Message::PlanTrainingIntro => {
                "研修は技術的な内容を、階層ごとの役割に合わせて行います。講義と演習を合わせて2～3時間\
                 程度を計画してください。"
            }
            Message::PlanTrainingApproachHeading => "方法",
            Message::PlanTrainTheTrainer => "講師育成方式（Train the Trainer）",
            Message::PlanTrainTheTrainerHint => {
                "デバイス管理チームがヘルプデスクのリーダーを研修し、リーダーが各自のチームを研修します。"
            }
            Message::PlanAudiencesHeading => "研修の対象",
            Message::PlanAudiencesHint => {
                "階層ごとに、参加者、学ぶ必要があること、実施時期を書いてください。"
            }
            Message::PlanAudienceDescription => "参加者と学ぶ必要があること",
            Message::PlanAudienceDate => "実施日",
            Message::PlanAgendaHeading => "アジェンダ",
            Message::PlanAgendaEmpty => {
                "アジェンダはまだありません。サンプルのアジェンダから始めて、テーマと時間を調整して\
                 ください。"
            }
            Message::PlanUseSampleAgenda => "サンプルのアジェンダを使う",
            Message::PlanAddAgendaItem => "アジェンダ項目を追加",
            Message::PlanAgendaTitle => "テーマ",
            Message::PlanAgendaMinutes => "所要時間",
            Message::PlanAgendaWithin => "推奨される長さの範囲内です。",
            Message::PlanAgendaShorter => "推奨より短くなっています。",
            Message::PlanAgendaLonger => "推奨より長くなっています。",
            Message::PlanEarlyIntro => {
                "展開の計画段階やパイロットからヘルプデスクに関与してもらい、ユーザーから問い合わせが\
                 来る前に準備を整えましょう。完了した項目にはチェックを付けてください。"
            }
            Message::PlanEarlyEmpty => {
                "チェックリストはまだありません。推奨のチェックリストから始めるか、独自の項目を追加して\
                 ください。"
            }
            Message::PlanUseSuggestedChecklist => "推奨のチェックリストを使う",
            Message::PlanChecklistLegend => "完了したこと",
            Message::PlanAddOwnItemHeading => "独自の項目を追加",
            Message::PlanNewChecklistItem => "新しい項目",
            Message::PlanNewChecklistItemHint => {
                "例：ヘルプデスクのリーダーが運用手順書を確認する"
            }
            Message::PlanNewChecklistItemError => "追加する項目を入力してください",
            Message::PlanAddChecklistItem => "項目を追加",
            Message::PlanPathHeading => "エスカレーション経路",
            Message::PlanPathIntro => "ある階層で解決できない問題が次に向かう先です。",
            Message::PlanPathListLabel => "最初の連絡先からベンダーまでのエスカレーション経路",
            Message::PlanPathVendor => "4次サポート（ベンダー）",
            Message::PlanPathNotNamed => "名前未設定",
            Message::PlanPathNoTiers => {
                "経路を完成させるには、「チームとサポート階層」で階層を追加してください。"
            }
            Message::PlanShareHeading => "計画を印刷またはダウンロード",
            Message::PlanShareBody => {
                "ヘルプデスク向けに計画を印刷したり、Wiki やメール用に Markdown で、コピーの保存や別の\
                 ブラウザーへの移行用に JSON でダウンロードしたりできます。"
            }
            Message::PlanViewAndPrint => "計画を表示して印刷",
            Message::PlanDownloadMarkdown => "Markdown でダウンロード",
            Message::PlanDownloadJson => "JSON でダウンロード",
            Message::PlanDownloadRefused => {
                "ブラウザーがダウンロードを拒否しました。このページからのダウンロードがブロックされて\
                 いないか確認してください。"
            }
            Message::PlanImportHeading => "計画をインポート",
            Message::PlanImportLabel => "計画ファイルを選択 (JSON)",
            Message::PlanImportHint => {
                "このブラウザーまたは別のブラウザーで「JSON でダウンロード」を使って作成したファイル\
                 です。ここにある計画は置き換えられますが、直後であれば元に戻せます。"
            }
            Message::PlanImportUnreadable => "ブラウザーがファイルを読み込めませんでした。",
            Message::PlanUndoImport => "インポートを元に戻す",
            Message::PlanImportUndone => {
                "インポートを元に戻しました。計画はインポート前の状態です。"
            }
            Message::PlanResetHeading => "既定の計画からやり直す",
            Message::PlanResetBody => "組織の既定の計画に戻します。実行する前に確認があります。",
            Message::PlanResetButton => "既定の計画にリセット",
            Message::PlanResetConfirmHeading => "計画を組織の既定の状態にリセットしますか？",
            Message::PlanResetConfirmWarning => {
                "計画への変更がこのブラウザーから削除されます。この操作は元に戻せません。"
            }
            Message::PlanResetConfirmBody => {
                "変更内容のコピーを残したい場合は、先に計画をダウンロードしてください。"
            }
            Message::PlanResetConfirmYes => "はい、計画をリセットします",
            Message::PlanDownloadJsonFirst => "先に JSON でダウンロード",
            Message::PlanWarningPrefix => "警告：",
            Message::PlanResetDone => "計画を組織の既定の状態に戻しました。",
            Message::PlanResetFailed => {
                "このブラウザーがストレージの変更を拒否したため、計画をリセットできませんでした。計画は\
                 変更されていません。"
            }
            Message::PlanDocumentTitle => "サポート計画",
            Message::PlanPrint => "計画を印刷",
            Message::PlanBackToTaskList => "タスク一覧に戻る",
            Message::PlanDocumentNotGiven => "未入力",
            Message::PlanDocumentNoTiers => "階層はまだ定義されていません。",
            Message::PlanDocumentStepsHeading => "手順",
            Message::PlanDocumentNoSteps => "手順はまだ定義されていません。",
            Message::PlanDocumentInformation => "一緒に渡す情報：",
            Message::PlanDocumentTrainTheTrainer => {
                "講師育成方式：デバイス管理チームがヘルプデスクのリーダーを研修し、リーダーが各自の\
                 チームを研修します。"
            }
            Message::PlanDocumentDirectTraining => "各階層を直接研修します。",
            Message::PlanDocumentTier => "階層",
            Message::PlanDocumentWho => "参加者",
            Message::PlanDocumentLength => "所要時間",
            Message::PlanDocumentTotal => "合計",
            Message::PlanDocumentNoAgenda => "アジェンダはまだありません。",
            Message::PlanDocumentNoChecklist => "項目はまだありません。",
            Message::PlanDocumentItem => "項目",
            Message::PlanDocumentStatus => "状態",
            Message::PlanDocumentDone => "完了",
            Message::PlanDocumentNotDone => "未完了",
            Message::HandoffHeading => "社内のヘルプデスクに送る",
            Message::HandoffIntro => "このチケットは組織のヘルプデスクに引き継げます。送信されるのは上に表示されているチケットの内容だけで、それ以外の情報がこのブラウザーの外に出ることはありません。",
            Message::HandoffSend => "ヘルプデスクに送る",
            Message::HandoffSendAgain => "ヘルプデスクにもう一度送る",
            Message::HandoffResendWarning => "このチケットはすでにヘルプデスクにあります。もう一度送ると、ヘルプデスクに2件目のチケットが作成されます。",
            Message::HandoffResendConfirm => "はい、2件目のチケットを送る",
            Message::HandoffSending => "送信中…",
            Message::HandoffSent => "ヘルプデスクに送信済み：",
            Message::HandoffRefused => "ヘルプデスクがチケットを受け付けませんでした。下書きは変更されていません。必要な内容をヘルプデスクに確認してから、もう一度お試しください。",
            Message::HandoffServerError => "ヘルプデスク側でチケットの受信中に問題が発生しました。下書きは保存されています。しばらくしてから、もう一度お試しください。",
            Message::HandoffUnreachable => "ヘルプデスクに接続できませんでした。ネットワーク接続を確認してください。下書きは保存されているので、もう一度お試しいただけます。",
            Message::HandoffTimedOut => "ヘルプデスクから15秒以内に応答がありませんでした。下書きは保存されています。もう一度お試しください。",
            Message::HandoffEmail => "ヘルプデスクにメールで送る",
            Message::HandoffNeedsEmail => "ヘルプデスクが返信するにはメールアドレスが必要です。チケットの連絡先にメールアドレスを追加してから、もう一度送信してください。",
            Message::HandoffNotEnabled => "ヘルプデスクはまだこのページからのチケットを受け付けていません。Web フォームまたは匿名リクエストが無効になっています。下書きは保存されています。ヘルプデスクの管理者に有効にするよう依頼してください。",
            Message::HandoffTryLater => "ヘルプデスクは現在このページからのチケットを受け付けていません。最近多数送信されたためかもしれません。下書きは保存されています。しばらくしてから、もう一度お試しください。",
            Message::HandoffUnexpectedAnswer => "ヘルプデスクから応答がありましたが、チケットが作成されたことを示す内容ではありませんでした。もう一度送信する前に、ヘルプデスクに確認してください。",
            Message::TicketLanguageLabel => "チケットの言語",
            Message::TicketLanguageHint => "サポート窓口が対応している言語でチケットを作成してください。対応言語には ✓ が付いています。",
            Message::DraftsPagesLabel => "下書き一覧のページ",
            Message::PreviousPage => "前のページ",
            Message::NextPage => "次のページ",
            Message::PageLoading => "このページを読み込んでいます…",
            Message::PageLoadFailedTitle => "このページを読み込めませんでした",
            Message::PageLoadFailed => "下書きはこのデバイスに安全に保存されています。接続を確認してから、もう一度お試しください。",
            Message::PageLoadRetry => "もう一度試す",
            Message::LanguageLoadFailed => "その言語を読み込めませんでした。接続を確認してから、もう一度選んでください。",
        }
    }

    fn tier_label(&self, number: u8) -> String {
        format!("{number}次サポート")
    }

    fn tier_with_team(&self, number: u8, team: &str) -> String {
        if team.is_empty() {
            format!("{number}次サポート")
        } else {
            format!("{number}次サポート（{team}）")
        }
    }

    fn tier_with_name(&self, number: u8, team: &str) -> String {
        if team.is_empty() {
            format!("{number}次サポート")
        } else {
            format!("{number}次サポート：{team}")
        }
    }

    fn vendor_party(&self, name: &str) -> String {
        if name.is_empty() {
            "ベンダー（4次サポート）".to_owned()
        } else {
            format!("{name}（ベンダー、4次サポート）")
        }
    }

    fn vendor_tier_heading(&self) -> String {
        "4次サポート：ベンダー".to_owned()
    }

    fn vendor_tier_with_name(&self, name: &str) -> String {
        if name.is_empty() {
            self.vendor_tier_heading()
        } else {
            format!("4次サポート：{name}（ベンダー）")
        }
    }

    fn add_contact_to(&self, tier: u8) -> String {
        format!("{tier}次サポートに連絡先を追加")
    }

    fn contact_label(&self, number: usize) -> String {
        format!("連絡先 {number}")
    }

    fn contact_reference(&self, number: usize, tier: u8) -> String {
        format!("{tier}次サポートの連絡先 {number}")
    }

    fn contact_removed(&self, number: usize, tier: u8) -> String {
        format!("{tier}次サポートの連絡先 {number} を削除しました。")
    }

    fn contacts_of_tier(&self, tier: u8) -> String {
        format!("{tier}次サポートの連絡先")
    }

    fn step_label(&self, number: usize) -> String {
        format!("手順 {number}")
    }

    fn step_reference(&self, number: usize) -> String {
        format!("手順 {number}")
    }

    fn step_moved(&self, from: usize, to: usize) -> String {
        format!("手順 {from} を手順 {to} に移動しました。")
    }

    fn step_removed(&self, number: usize) -> String {
        format!("手順 {number} を削除しました。")
    }

    fn example_steps_added(&self, count: usize) -> String {
        format!("例の手順を{count}件追加しました。")
    }

    fn agenda_item_label(&self, number: usize) -> String {
        format!("アジェンダ項目 {number}")
    }

    fn agenda_item_reference(&self, number: usize) -> String {
        format!("アジェンダ項目 {number}")
    }

    fn agenda_item_moved(&self, from: usize, to: usize) -> String {
        format!("アジェンダ項目 {from} をアジェンダ項目 {to} に移動しました。")
    }

    fn agenda_item_removed(&self, number: usize) -> String {
        format!("アジェンダ項目 {number} を削除しました。")
    }

    fn sample_agenda_added(&self, count: usize) -> String {
        format!("サンプルからアジェンダ項目を{count}件追加しました。")
    }

    fn suggested_checklist_added(&self, count: usize) -> String {
        format!("推奨項目を{count}件追加しました。")
    }

    fn checklist_item_added(&self, label: &str) -> String {
        format!("追加しました：{label}")
    }

    fn checklist_item_removed(&self, label: &str) -> String {
        format!("削除しました：{label}")
    }

    fn checklist_item_reference(&self, label: &str) -> String {
        format!("「{label}」")
    }

    fn tier_entry(&self, index: usize, number: u8, team: &str) -> String {
        if team.trim().is_empty() {
            format!("項目 {index}：{number}次サポート、チーム名なし")
        } else {
            format!("項目 {index}：{number}次サポート、{}", team.trim())
        }
    }

    fn remove_tier_entry(&self, index: usize) -> String {
        format!("項目 {index} を削除")
    }

    fn tier_entry_removed(&self, index: usize) -> String {
        format!("項目 {index} を削除しました。")
    }

    fn unknown_channel(&self, id: &str) -> String {
        format!("このページで提供されていない窓口（{id}）")
    }

    fn import_succeeded(&self, file_name: &str) -> String {
        format!("{file_name} から計画をインポートしました。")
    }

    fn import_failed(&self, file_name: &str, detail: &str) -> String {
        format!("{file_name} をインポートできませんでした。{detail}")
    }

    fn import_too_large(&self, file_name: &str) -> String {
        format!(
            "{file_name} をインポートできませんでした。Support Triage でエクスポートした計画より\
             はるかに大きいファイルです。「JSON でダウンロード」で作成したファイルを選択してください。"
        )
    }

    fn numbered_heading(&self, number: usize, title: &str) -> String {
        format!("{number}. {title}")
    }

    fn path_stop(&self, heading: &str, name: &str) -> String {
        format!("{heading}：{name}")
    }

    fn sections_completed(&self, completed: usize, total: usize) -> String {
        format!("{total}セクション中{completed}セクションが完了しています。")
    }

    fn step_from_to(&self, from: &str, to: &str) -> String {
        format!("{from} → {to}")
    }

    fn training_total(&self, minutes: u32) -> String {
        format!("合計：{}", Locale::Japanese.duration(minutes))
    }

    fn training_recommended(&self, minimum_minutes: u32, maximum_minutes: u32) -> String {
        let locale = Locale::Japanese;
        format!(
            "推奨される長さは{}～{}です。",
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
        let japanese = Locale::Japanese;
        assert_eq!(japanese.duration(60), "1時間");
        assert_eq!(japanese.duration(240), "4時間");
        assert_eq!(japanese.duration(30), "30分");
        assert_eq!(japanese.duration(90), "1時間30分");
        assert_eq!(japanese.duration(270), "4時間30分");
        assert_eq!(japanese.long_duration(24 * 60 + 120), "1日2時間");
        assert_eq!(japanese.due_in(&japanese.long_duration(192)), "期限まで残り3時間12分");
        assert_eq!(japanese.training_total(150), "合計：2時間30分");
        assert_eq!(japanese.page_of(2, 20), "20ページ中2ページ目");
        assert_eq!(japanese.drafts_count(1), "下書き1件");
        assert_eq!(japanese.drafts_count(12), "下書き12件");
        assert_eq!(japanese.step_of(3, 7), "ステップ 3/7");
    }

    #[test]
    fn key_sentences_read_naturally() {
        let japanese = Locale::Japanese;
        assert_eq!(japanese.text(Message::Continue), "次へ");
        assert_eq!(japanese.response_within(240, false), "4時間以内");
        assert_eq!(japanese.response_within(480, true), "営業時間で8時間以内");
        assert_eq!(japanese.old_drafts(4, 30), "30日以上変更されていない下書きが4件あります。");
        assert_eq!(japanese.tier_name(2), "2次サポート");
        assert_eq!(japanese.vendor_party(""), "ベンダー（4次サポート）");
        assert_eq!(japanese.training_recommended(120, 180), "推奨される長さは2時間～3時間です。");
        assert_eq!(japanese.export_labels().list_separator, "、");
    }

    #[test]
    fn sentences_end_with_japanese_punctuation() {
        let japanese = Locale::Japanese;
        for message in Message::ALL {
            let text = japanese.text(*message);
            for half_width in [". ", "? ", "! ", ", "] {
                assert!(!text.contains(half_width), "{message:?} has a half-width {half_width:?}");
            }
            assert!(!text.ends_with('.') && !text.ends_with('?'), "{message:?}");
        }
    }
}
