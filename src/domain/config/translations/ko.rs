//! The built-in configuration in Korean.

use crate::domain::localised_text::Translations;

pub const KOREAN: Translations = Translations {
    language: "ko",
    texts: &[
        (
            "\"Need help?\" in the Office 365 admin centre",
            "Office 365 관리 센터의 ‘도움이 필요하세요? (Need help?)’",
        ),
        (
            "Billing and product information",
            "대금 청구 및 제품 정보",
        ),
        ("Billing and subscription management support", "대금 청구 및 구독 관리 지원"),
        ("Billing questions.", "청구 관련 문의"),
        (
            "Choose the category \"Billing and product information\". If it is not in the list, \
             select More at the bottom of the list.",
            "‘대금 청구 및 제품 정보 (Billing and product information)’ 범주를 선택하세요. 목록에 \
             없으면 목록 맨 아래의 ‘자세히 (More)’를 선택하세요.",
        ),
        (
            "Choose the category \"Mobile device management\". If it is not in the list, select \
             More at the bottom of the list.",
            "‘모바일 장치 관리 (Mobile device management)’ 범주를 선택하세요. 목록에 없으면 목록 \
             맨 아래의 ‘자세히 (More)’를 선택하세요.",
        ),
        (
            "Common checks to try before opening a ticket.",
            "티켓을 열기 전에 먼저 확인해 볼 일반적인 점검 항목",
        ),
        (
            "Configuration Manager and Endpoint Protection support is not part of the Intune \
             subscription: it is paid, or deducted from your existing licence or Premier \
             agreement.",
            "Configuration Manager 및 Endpoint Protection 지원은 Intune 구독에 포함되지 않습니다. \
             유료로 제공되거나, 기존 라이선스 또는 Premier 계약에서 차감됩니다.",
        ),
        ("Configuration Manager documentation", "Configuration Manager 설명서"),
        (
            "Contact your Microsoft partner, or open an online or phone request with Configuration \
             Manager and Endpoint Protection support.",
            "Microsoft 파트너에 문의하거나, Configuration Manager 및 Endpoint Protection 지원에 \
             온라인 또는 전화로 요청하세요.",
        ),
        ("Endpoint Protection documentation", "Endpoint Protection 설명서"),
        (
            "For billing questions about those licences, use billing and subscription management \
             support.",
            "해당 라이선스의 청구 관련 문의는 대금 청구 및 구독 관리 지원을 이용하세요.",
        ),
        (
            "For licences and product keys bought through volume licensing, use the Volume \
             Licensing Service Center.",
            "볼륨 라이선스로 구입한 라이선스와 제품 키는 볼륨 라이선스 서비스 센터를 이용하세요.",
        ),
        ("General information about volume licensing.", "볼륨 라이선스에 관한 일반 정보"),
        ("General troubleshooting tips", "일반적인 문제 해결 팁"),
        (
            "If there is none, post your idea. A feature request is feedback, not a support \
             ticket.",
            "비슷한 제안이 없으면 아이디어를 새로 올리세요. 기능 요청은 지원 티켓이 아니라 \
             피드백입니다.",
        ),
        (
            "In the left-hand menu, under Support, select Support to start a new request.",
            "왼쪽 메뉴의 ‘지원 (Support)’ 아래에서 ‘지원 (Support)’을 선택해 새 요청을 시작하세요.",
        ),
        ("Licences and product keys.", "라이선스 및 제품 키"),
        (
            "Look in the Configuration Manager or Endpoint Protection documentation first; it \
             covers many common problems.",
            "먼저 Configuration Manager 또는 Endpoint Protection 설명서를 확인하세요. 자주 \
             발생하는 문제는 대부분 여기에 나와 있습니다.",
        ),
        (
            "Look through the suggested resources. If none of them solves the problem, ask to be \
             called back and keep the prepared ticket at hand for the call.",
            "추천 리소스를 살펴보세요. 그래도 문제가 해결되지 않으면 전화 회신을 요청하고, 통화 \
             중에 참고할 수 있도록 준비한 티켓을 곁에 두세요.",
        ),
        ("Microsoft Intune forum on TechNet", "TechNet의 Microsoft Intune 포럼"),
        ("Microsoft Intune ideas", "Microsoft Intune 아이디어"),
        ("Mobile device management", "모바일 장치 관리"),
        ("Office 365 admin centre", "Office 365 관리 센터"),
        (
            "Open Support. Tenants with fewer than 100 licences see a \"Need help?\" button \
             instead of a list of categories.",
            "‘지원 (Support)’을 여세요. 라이선스가 100개 미만인 테넌트에는 범주 목록 대신 ‘도움이 \
             필요하세요? (Need help?)’ 버튼이 표시됩니다.",
        ),
        (
            "Paste the ticket prepared here and send the request.",
            "여기에서 준비한 티켓을 붙여 넣고 요청을 보내세요.",
        ),
        ("Premier support portal", "Premier 지원 포털"),
        (
            "Search earlier answers or ask other admins and Microsoft experts.",
            "이전 답변을 검색하거나 다른 관리자와 Microsoft 전문가에게 질문할 수 있습니다.",
        ),
        (
            "Search the ideas site for a suggestion like yours and vote for it.",
            "아이디어 사이트에서 내 제안과 비슷한 제안을 찾아 투표하세요.",
        ),
        (
            "Select \"Need help?\", paste the summary prepared here into the text box and select \
             Get help.",
            "‘도움이 필요하세요? (Need help?)’를 선택하고, 여기에서 준비한 요약을 텍스트 상자에 \
             붙여 넣은 다음 ‘도움말 보기 (Get help)’를 선택하세요.",
        ),
        ("Select the Admin tile.", "‘관리 (Admin)’ 타일을 선택하세요."),
        (
            "Self-help for System Center Configuration Manager.",
            "System Center Configuration Manager 자가 진단 자료",
        ),
        (
            "Self-help for System Center Endpoint Protection.",
            "System Center Endpoint Protection 자가 진단 자료",
        ),
        (
            "Sign in to the Office 365 admin centre with your Intune administrator account.",
            "Intune 관리자 계정으로 Office 365 관리 센터에 로그인하세요.",
        ),
        (
            "Sign in to the Premier support portal with the account named in your Premier \
             agreement.",
            "Premier 계약에 지정된 계정으로 Premier 지원 포털에 로그인하세요.",
        ),
        (
            "Start a new request about billing, licensing or your account for Microsoft Intune.",
            "Microsoft Intune의 청구, 라이선스 또는 계정에 관한 새 요청을 시작하세요.",
        ),
        (
            "Start a new support request for Microsoft Intune.",
            "Microsoft Intune에 대한 새 지원 요청을 시작하세요.",
        ),
        (
            "Suggest an improvement or vote for ideas others have posted.",
            "개선 사항을 제안하거나 다른 사람이 올린 아이디어에 투표할 수 있습니다.",
        ),
        (
            "To follow up later, open Support and then Service requests in the same menu.",
            "나중에 진행 상황을 확인하려면 같은 메뉴에서 ‘지원 (Support)’을 열고 ‘서비스 요청 \
             (Service requests)’을 선택하세요.",
        ),
        (
            "Under a Premier agreement, procedural questions such as \"how do I configure this \
             feature?\" are charged.",
            "Premier 계약에서는 ‘이 기능은 어떻게 설정하나요?’ 같은 절차 관련 질문에 비용이 \
             청구됩니다.",
        ),
        (
            "Use the ticket prepared here as the description of the problem.",
            "여기에서 준비한 티켓을 문제 설명으로 사용하세요.",
        ),
        ("Volume Licensing Service Center", "볼륨 라이선스 서비스 센터"),
        ("Volume licensing", "볼륨 라이선스"),
        ("Volume licensing support", "볼륨 라이선스 지원"),
        (
            "Your partner, or Configuration Manager and Endpoint Protection support",
            "파트너 또는 Configuration Manager 및 Endpoint Protection 지원",
        ),
    ],
};
