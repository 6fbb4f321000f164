//! The built-in configuration in Traditional Chinese.

use crate::domain::localised_text::Translations;

pub const TRADITIONAL_CHINESE: Translations = Translations {
    language: "zh-TW",
    texts: &[
        (
            "\"Need help?\" in the Office 365 admin centre",
            "Office 365 系統管理中心的「需要協助？ (Need help?)」",
        ),
        ("Billing and product information", "計費和產品資訊"),
        ("Billing and subscription management support", "帳單和訂閱管理支援"),
        ("Billing questions.", "帳單問題。"),
        (
            "Choose the category \"Billing and product information\". If it is not in the list, \
             select More at the bottom of the list.",
            "選擇「計費和產品資訊 (Billing and product information)」類別。如果清單中沒有這個類別，\
             請選擇清單底部的「更多 (More)」。",
        ),
        (
            "Choose the category \"Mobile device management\". If it is not in the list, select \
             More at the bottom of the list.",
            "選擇「行動裝置管理 (Mobile device management)」類別。如果清單中沒有這個類別，\
             請選擇清單底部的「更多 (More)」。",
        ),
        ("Common checks to try before opening a ticket.", "建立票證之前可以先試試的常見檢查。"),
        (
            "Configuration Manager and Endpoint Protection support is not part of the Intune \
             subscription: it is paid, or deducted from your existing licence or Premier \
             agreement.",
            "Configuration Manager 與 Endpoint Protection 的支援不包含在 Intune 訂閱中：需要付費，\
             或從您現有的授權或 Premier 合約中扣抵。",
        ),
        ("Configuration Manager documentation", "Configuration Manager 文件"),
        (
            "Contact your Microsoft partner, or open an online or phone request with Configuration \
             Manager and Endpoint Protection support.",
            "請聯絡您的 Microsoft 合作夥伴，或透過線上或電話向 Configuration Manager 與 Endpoint \
             Protection 支援提出要求。",
        ),
        ("Endpoint Protection documentation", "Endpoint Protection 文件"),
        (
            "For billing questions about those licences, use billing and subscription management \
             support.",
            "如有這些授權的帳單問題，請洽帳單和訂閱管理支援。",
        ),
        (
            "For licences and product keys bought through volume licensing, use the Volume \
             Licensing Service Center.",
            "如需處理透過大量授權購買的授權和產品金鑰，請使用大量授權服務中心。",
        ),
        ("General information about volume licensing.", "大量授權的一般資訊。"),
        ("General troubleshooting tips", "一般疑難排解提示"),
        (
            "If there is none, post your idea. A feature request is feedback, not a support \
             ticket.",
            "如果沒有，請發布您的想法。功能要求屬於意見反應，而不是支援票證。",
        ),
        (
            "In the left-hand menu, under Support, select Support to start a new request.",
            "在左側功能表的「支援 (Support)」底下，選擇「支援 (Support)」以建立新的要求。",
        ),
        ("Licences and product keys.", "授權和產品金鑰。"),
        (
            "Look in the Configuration Manager or Endpoint Protection documentation first; it \
             covers many common problems.",
            "請先查閱 Configuration Manager 或 Endpoint Protection 文件，其中涵蓋許多常見問題。",
        ),
        (
            "Look through the suggested resources. If none of them solves the problem, ask to be \
             called back and keep the prepared ticket at hand for the call.",
            "瀏覽系統建議的資源。如果都無法解決問題，請要求回電，並將準備好的票證放在手邊，\
             以便通話時使用。",
        ),
        ("Microsoft Intune forum on TechNet", "Microsoft Intune TechNet 論壇"),
        ("Microsoft Intune ideas", "Microsoft Intune 意見反應網站"),
        ("Mobile device management", "行動裝置管理"),
        ("Office 365 admin centre", "Office 365 系統管理中心"),
        (
            "Open Support. Tenants with fewer than 100 licences see a \"Need help?\" button \
             instead of a list of categories.",
            "開啟「支援 (Support)」。授權少於 100 個的租用戶不會看到類別清單，\
             而是會看到「需要協助？ (Need help?)」按鈕。",
        ),
        (
            "Paste the ticket prepared here and send the request.",
            "貼上在這裡準備好的票證，然後送出要求。",
        ),
        ("Premier support portal", "Premier 支援入口網站"),
        (
            "Search earlier answers or ask other admins and Microsoft experts.",
            "搜尋先前的解答，或向其他系統管理員和 Microsoft 專家提問。",
        ),
        (
            "Search the ideas site for a suggestion like yours and vote for it.",
            "在意見反應網站上搜尋與您類似的建議，並為它投票。",
        ),
        (
            "Select \"Need help?\", paste the summary prepared here into the text box and select \
             Get help.",
            "選擇「需要協助？ (Need help?)」，將在這裡準備好的摘要貼到文字方塊中，\
             然後選擇「取得說明 (Get help)」。",
        ),
        ("Select the Admin tile.", "選擇「管理 (Admin)」磚。"),
        (
            "Self-help for System Center Configuration Manager.",
            "System Center Configuration Manager 的自助資源。",
        ),
        (
            "Self-help for System Center Endpoint Protection.",
            "System Center Endpoint Protection 的自助資源。",
        ),
        (
            "Sign in to the Office 365 admin centre with your Intune administrator account.",
            "使用您的 Intune 系統管理員帳戶登入 Office 365 系統管理中心。",
        ),
        (
            "Sign in to the Premier support portal with the account named in your Premier \
             agreement.",
            "使用 Premier 合約中指定的帳戶登入 Premier 支援入口網站。",
        ),
        (
            "Start a new request about billing, licensing or your account for Microsoft Intune.",
            "建立有關 Microsoft Intune 帳單、授權或帳戶的新要求。",
        ),
        (
            "Start a new support request for Microsoft Intune.",
            "建立新的 Microsoft Intune 支援要求。",
        ),
        (
            "Suggest an improvement or vote for ideas others have posted.",
            "提出改進建議，或為其他人發布的想法投票。",
        ),
        (
            "To follow up later, open Support and then Service requests in the same menu.",
            "之後要追蹤進度，請在同一個功能表中開啟「支援 (Support)」，然後選擇「服務要求 (Service \
             requests)」。",
        ),
        (
            "Under a Premier agreement, procedural questions such as \"how do I configure this \
             feature?\" are charged.",
            "在 Premier 合約下，「這項功能要如何設定？」這類程序問題需要付費。",
        ),
        (
            "Use the ticket prepared here as the description of the problem.",
            "請將在這裡準備好的票證作為問題描述。",
        ),
        ("Volume Licensing Service Center", "大量授權服務中心"),
        ("Volume licensing", "大量授權"),
        ("Volume licensing support", "大量授權支援"),
        (
            "Your partner, or Configuration Manager and Endpoint Protection support",
            "您的合作夥伴，或 Configuration Manager 與 Endpoint Protection 支援",
        ),
    ],
};
