//! The built-in configuration in Japanese.

use crate::domain::localised_text::Translations;

pub const JAPANESE: Translations = Translations {
    language: "ja",
    texts: &[
        (
            "\"Need help?\" in the Office 365 admin centre",
            "Office 365 管理センターの「ヘルプが必要ですか？ (Need help?)」",
        ),
        (
            "Billing and product information",
            "請求と製品に関する情報",
        ),
        ("Billing and subscription management support", "請求とサブスクリプション管理のサポート"),
        ("Billing questions.", "請求に関する質問"),
        (
            "Choose the category \"Billing and product information\". If it is not in the list, \
             select More at the bottom of the list.",
            "カテゴリ「請求と製品に関する情報 (Billing and product information)」\
             を選択してください。一覧にない場合は、一覧の一番下にある「詳細 (More)」\
             を選択してください。",
        ),
        (
            "Choose the category \"Mobile device management\". If it is not in the list, select \
             More at the bottom of the list.",
            "カテゴリ「モバイル デバイス管理 (Mobile device management)」を選択してください。\
             一覧にない場合は、一覧の一番下にある「詳細 (More)」を選択してください。",
        ),
        (
            "Common checks to try before opening a ticket.",
            "チケットを作成する前に試せる一般的な確認事項",
        ),
        (
            "Configuration Manager and Endpoint Protection support is not part of the Intune \
             subscription: it is paid, or deducted from your existing licence or Premier \
             agreement.",
            "Configuration Manager と Endpoint Protection のサポートは Intune \
             のサブスクリプションに含まれません。有償となるか、既存のライセンスまたは Premier \
             契約から差し引かれます。",
        ),
        ("Configuration Manager documentation", "Configuration Manager のドキュメント"),
        (
            "Contact your Microsoft partner, or open an online or phone request with Configuration \
             Manager and Endpoint Protection support.",
            "Microsoft パートナーに問い合わせるか、Configuration Manager と Endpoint Protection \
             のサポートにオンラインまたは電話で依頼してください。",
        ),
        ("Endpoint Protection documentation", "Endpoint Protection のドキュメント"),
        (
            "For billing questions about those licences, use billing and subscription management \
             support.",
            "これらのライセンスの請求に関する質問は、請求とサブスクリプション管理のサポートを利用し\
             てください。",
        ),
        (
            "For licences and product keys bought through volume licensing, use the Volume \
             Licensing Service Center.",
            "ボリュームライセンスで購入したライセンスとプロダクトキーについては、ボリューム \
             ライセンス サービス センターを利用してください。",
        ),
        ("General information about volume licensing.", "ボリュームライセンスに関する一般情報"),
        ("General troubleshooting tips", "一般的なトラブルシューティングのヒント"),
        (
            "If there is none, post your idea. A feature request is feedback, not a support \
             ticket.",
            "見つからない場合は、アイデアを投稿してください。機能の要望はフィードバックであり、\
             サポートチケットではありません。",
        ),
        (
            "In the left-hand menu, under Support, select Support to start a new request.",
            "左側のメニューで「サポート (Support)」の下にある「サポート (Support)」を選択し、\
             新しい要求を作成してください。",
        ),
        ("Licences and product keys.", "ライセンスとプロダクトキー"),
        (
            "Look in the Configuration Manager or Endpoint Protection documentation first; it \
             covers many common problems.",
            "まず Configuration Manager または Endpoint Protection \
             のドキュメントを確認してください。よくある問題の多くはそこで説明されています。",
        ),
        (
            "Look through the suggested resources. If none of them solves the problem, ask to be \
             called back and keep the prepared ticket at hand for the call.",
            "提案されたリソースに目を通してください。どれでも解決しない場合は折り返しの電話を依頼\
             し、通話に備えて準備したチケットを手元に用意しておいてください。",
        ),
        ("Microsoft Intune forum on TechNet", "TechNet の Microsoft Intune フォーラム"),
        ("Microsoft Intune ideas", "Microsoft Intune アイデア"),
        ("Mobile device management", "モバイル デバイス管理"),
        ("Office 365 admin centre", "Office 365 管理センター"),
        (
            "Open Support. Tenants with fewer than 100 licences see a \"Need help?\" button \
             instead of a list of categories.",
            "「サポート (Support)」を開いてください。ライセンス数が100未満のテナントには、\
             カテゴリの一覧の代わりに「ヘルプが必要ですか？ (Need help?)」ボタンが表示されます。",
        ),
        (
            "Paste the ticket prepared here and send the request.",
            "ここで準備したチケットを貼り付けて、要求を送信してください。",
        ),
        ("Premier support portal", "Premier サポートポータル"),
        (
            "Search earlier answers or ask other admins and Microsoft experts.",
            "過去の回答を検索したり、ほかの管理者や Microsoft の専門家に質問したりできます。",
        ),
        (
            "Search the ideas site for a suggestion like yours and vote for it.",
            "アイデアサイトで自分の提案と似たものを探し、投票してください。",
        ),
        (
            "Select \"Need help?\", paste the summary prepared here into the text box and select \
             Get help.",
            "「ヘルプが必要ですか？ (Need help?)」を選択し、\
             ここで準備した概要をテキストボックスに貼り付けて、「ヘルプを表示 (Get help)」\
             を選択してください。",
        ),
        ("Select the Admin tile.", "「管理者 (Admin)」タイルを選択してください。"),
        (
            "Self-help for System Center Configuration Manager.",
            "System Center Configuration Manager のセルフヘルプ資料",
        ),
        (
            "Self-help for System Center Endpoint Protection.",
            "System Center Endpoint Protection のセルフヘルプ資料",
        ),
        (
            "Sign in to the Office 365 admin centre with your Intune administrator account.",
            "Intune の管理者アカウントで Office 365 管理センターにサインインしてください。",
        ),
        (
            "Sign in to the Premier support portal with the account named in your Premier \
             agreement.",
            "Premier 契約で指定されたアカウントで Premier サポートポータルにサインインしてくださ\
             い。",
        ),
        (
            "Start a new request about billing, licensing or your account for Microsoft Intune.",
            "Microsoft Intune の請求、ライセンス、またはアカウントに関する新しい要求を作成してくだ\
             さい。",
        ),
        (
            "Start a new support request for Microsoft Intune.",
            "Microsoft Intune に関する新しいサポート要求を作成してください。",
        ),
        (
            "Suggest an improvement or vote for ideas others have posted.",
            "改善を提案したり、ほかのユーザーが投稿したアイデアに投票したりできます。",
        ),
        (
            "To follow up later, open Support and then Service requests in the same menu.",
            "後で対応状況を確認するには、同じメニューで「サポート (Support)」を開き、\
             「サービス要求 (Service requests)」を選択してください。",
        ),
        (
            "Under a Premier agreement, procedural questions such as \"how do I configure this \
             feature?\" are charged.",
            "Premier 契約では、「この機能はどう構成すればよいか」\
             のような手順に関する質問は有償です。",
        ),
        (
            "Use the ticket prepared here as the description of the problem.",
            "ここで準備したチケットを問題の説明として使用してください。",
        ),
        ("Volume Licensing Service Center", "ボリューム ライセンス サービス センター"),
        ("Volume licensing", "ボリュームライセンス"),
        ("Volume licensing support", "ボリュームライセンスのサポート"),
        (
            "Your partner, or Configuration Manager and Endpoint Protection support",
            "パートナー、または Configuration Manager と Endpoint Protection のサポート",
        ),
    ],
};
