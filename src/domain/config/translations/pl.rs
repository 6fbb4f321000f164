//! The built-in configuration in Polish.

use crate::domain::localised_text::Translations;

pub const POLISH: Translations = Translations {
    language: "pl",
    texts: &[
        ("General troubleshooting tips", "Ogólne wskazówki dotyczące rozwiązywania problemów"),
        (
            "Common checks to try before opening a ticket.",
            "Podstawowe rzeczy, które warto sprawdzić przed wysłaniem zgłoszenia.",
        ),
        ("Microsoft Intune ideas", "Pomysły dotyczące usługi Microsoft Intune"),
        (
            "Suggest an improvement or vote for ideas others have posted.",
            "Zaproponuj usprawnienie albo zagłosuj na pomysły zgłoszone przez innych.",
        ),
        ("Microsoft Intune forum on TechNet", "Forum Microsoft Intune w serwisie TechNet"),
        (
            "Search earlier answers or ask other admins and Microsoft experts.",
            "Przeszukaj wcześniejsze odpowiedzi albo zadaj pytanie innym administratorom i \
             ekspertom firmy Microsoft.",
        ),
        ("Office 365 admin centre", "Centrum administracyjne usługi Office 365"),
        (
            "Mobile device management",
            "Zarządzanie urządzeniami przenośnymi",
        ),
        (
            "Sign in to the Office 365 admin centre with your Intune administrator account.",
            "Zaloguj się do centrum administracyjnego usługi Office 365 przy użyciu konta \
             administratora usługi Intune.",
        ),
        ("Select the Admin tile.", "Wybierz kafelek „Administrator (Admin)”."),
        (
            "In the left-hand menu, under Support, select Support to start a new request.",
            "W menu po lewej stronie, w sekcji „Pomoc techniczna (Support)”, wybierz pozycję \
             „Pomoc techniczna (Support)”, aby utworzyć nowe żądanie.",
        ),
        (
            "Choose the category \"Mobile device management\". If it is not in the list, select \
             More at the bottom of the list.",
            "Wybierz kategorię „Zarządzanie urządzeniami przenośnymi (Mobile device management)”. \
             Jeśli nie ma jej na liście, wybierz „Więcej (More)” na dole listy.",
        ),
        (
            "Paste the ticket prepared here and send the request.",
            "Wklej przygotowany tutaj tekst zgłoszenia i wyślij żądanie.",
        ),
        (
            "To follow up later, open Support and then Service requests in the same menu.",
            "Aby później śledzić postęp żądania, otwórz w tym samym menu „Pomoc techniczna \
             (Support)”, a następnie „Żądania obsługi (Service requests)”.",
        ),
        (
            "Billing and product information",
            "Rozliczenia i informacje o produktach",
        ),
        (
            "Choose the category \"Billing and product information\". If it is not in the list, \
             select More at the bottom of the list.",
            "Wybierz kategorię „Rozliczenia i informacje o produktach (Billing and product \
             information)”. Jeśli nie ma jej na liście, wybierz „Więcej (More)” na dole listy.",
        ),
        ("Premier support portal", "Portal pomocy technicznej Premier"),
        (
            "Sign in to the Premier support portal with the account named in your Premier \
             agreement.",
            "Zaloguj się do portalu pomocy technicznej Premier przy użyciu konta wskazanego w \
             umowie Premier.",
        ),
        (
            "Start a new support request for Microsoft Intune.",
            "Utwórz nowe żądanie pomocy technicznej dotyczące usługi Microsoft Intune.",
        ),
        (
            "Start a new request about billing, licensing or your account for Microsoft Intune.",
            "Utwórz nowe żądanie dotyczące rozliczeń, licencji lub konta w usłudze Microsoft \
             Intune.",
        ),
        (
            "\"Need help?\" in the Office 365 admin centre",
            "„Potrzebujesz pomocy? (Need help?)” w centrum administracyjnym usługi Office 365",
        ),
        (
            "Open Support. Tenants with fewer than 100 licences see a \"Need help?\" button \
             instead of a list of categories.",
            "Otwórz „Pomoc techniczna (Support)”. W dzierżawach, które mają mniej niż 100 \
             licencji, zamiast listy kategorii widoczny jest przycisk „Potrzebujesz pomocy? (Need \
             help?)”.",
        ),
        (
            "Select \"Need help?\", paste the summary prepared here into the text box and select \
             Get help.",
            "Wybierz „Potrzebujesz pomocy? (Need help?)”, wklej do pola tekstowego przygotowane \
             tutaj podsumowanie i wybierz „Uzyskaj pomoc (Get help)”.",
        ),
        (
            "Look through the suggested resources. If none of them solves the problem, ask to be \
             called back and keep the prepared ticket at hand for the call.",
            "Przejrzyj proponowane materiały. Jeśli żaden z nich nie rozwiązuje problemu, poproś o \
             oddzwonienie i na czas rozmowy miej pod ręką przygotowane zgłoszenie.",
        ),
        (
            "Your partner, or Configuration Manager and Endpoint Protection support",
            "Twój partner albo pomoc techniczna programów Configuration Manager i Endpoint \
             Protection",
        ),
        (
            "Look in the Configuration Manager or Endpoint Protection documentation first; it \
             covers many common problems.",
            "Najpierw zajrzyj do dokumentacji programu Configuration Manager lub Endpoint \
             Protection – opisano tam wiele typowych problemów.",
        ),
        (
            "Contact your Microsoft partner, or open an online or phone request with Configuration \
             Manager and Endpoint Protection support.",
            "Skontaktuj się ze swoim partnerem Microsoft albo zgłoś problem do pomocy technicznej \
             programów Configuration Manager i Endpoint Protection – online lub telefonicznie.",
        ),
        (
            "Use the ticket prepared here as the description of the problem.",
            "Jako opisu problemu użyj przygotowanego tutaj zgłoszenia.",
        ),
        ("Configuration Manager documentation", "Dokumentacja programu Configuration Manager"),
        (
            "Self-help for System Center Configuration Manager.",
            "Materiały do samodzielnego rozwiązywania problemów z programem System Center \
             Configuration Manager.",
        ),
        ("Endpoint Protection documentation", "Dokumentacja programu Endpoint Protection"),
        (
            "Self-help for System Center Endpoint Protection.",
            "Materiały do samodzielnego rozwiązywania problemów z programem System Center Endpoint \
             Protection.",
        ),
        ("Volume licensing support", "Pomoc techniczna dotycząca licencjonowania zbiorowego"),
        (
            "For licences and product keys bought through volume licensing, use the Volume \
             Licensing Service Center.",
            "W sprawie licencji i kluczy produktów kupionych w ramach licencjonowania zbiorowego \
             skorzystaj z witryny Centrum obsługi licencjonowania zbiorowego (Volume Licensing \
             Service Center).",
        ),
        (
            "For billing questions about those licences, use billing and subscription management \
             support.",
            "W sprawie rozliczeń za te licencje skontaktuj się z pomocą techniczną dotyczącą \
             rozliczeń i zarządzania subskrypcjami.",
        ),
        (
            "Volume Licensing Service Center",
            "Centrum obsługi licencjonowania zbiorowego (Volume Licensing Service Center)",
        ),
        ("Licences and product keys.", "Licencje i klucze produktów."),
        (
            "Billing and subscription management support",
            "Pomoc techniczna dotycząca rozliczeń i zarządzania subskrypcjami",
        ),
        ("Billing questions.", "Pytania o rozliczenia."),
        ("Volume licensing", "Licencjonowanie zbiorowe"),
        (
            "General information about volume licensing.",
            "Ogólne informacje o licencjonowaniu zbiorowym.",
        ),
        (
            "Search the ideas site for a suggestion like yours and vote for it.",
            "Sprawdź w witrynie pomysłów, czy ktoś nie zaproponował już czegoś podobnego, i \
             zagłosuj na tę propozycję.",
        ),
        (
            "If there is none, post your idea. A feature request is feedback, not a support \
             ticket.",
            "Jeśli nie ma takiej propozycji, opublikuj swój pomysł. Prośba o nową funkcję to \
             opinia o produkcie, a nie zgłoszenie do pomocy technicznej.",
        ),
        (
            "Under a Premier agreement, procedural questions such as \"how do I configure this \
             feature?\" are charged.",
            "W ramach umowy Premier pytania o sposób postępowania, takie jak „jak skonfigurować tę \
             funkcję?”, są płatne.",
        ),
        (
            "Configuration Manager and Endpoint Protection support is not part of the Intune \
             subscription: it is paid, or deducted from your existing licence or Premier \
             agreement.",
            "Pomoc techniczna programów Configuration Manager i Endpoint Protection nie wchodzi w \
             zakres subskrypcji usługi Intune: jest płatna albo rozliczana w ramach posiadanej \
             licencji lub umowy Premier.",
        ),
    ],
};
