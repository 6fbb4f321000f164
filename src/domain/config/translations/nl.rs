//! The built-in configuration in Dutch.

use crate::domain::localised_text::Translations;

pub const DUTCH: Translations = Translations {
    language: "nl",
    texts: &[
        ("General troubleshooting tips", "Algemene tips voor probleemoplossing"),
        (
            "Common checks to try before opening a ticket.",
            "Gangbare controles die je het best uitvoert voordat je een ticket indient.",
        ),
        ("Microsoft Intune ideas", "Ideeën voor Microsoft Intune"),
        (
            "Suggest an improvement or vote for ideas others have posted.",
            "Stel een verbetering voor of stem op ideeën die anderen hebben geplaatst.",
        ),
        ("Microsoft Intune forum on TechNet", "Microsoft Intune-forum op TechNet"),
        (
            "Search earlier answers or ask other admins and Microsoft experts.",
            "Zoek in eerder gegeven antwoorden of stel je vraag aan andere beheerders en experts \
             van Microsoft.",
        ),
        ("Office 365 admin centre", "Office 365-beheercentrum"),
        ("Mobile device management", "Mobiel apparaatbeheer"),
        (
            "Sign in to the Office 365 admin centre with your Intune administrator account.",
            "Meld je aan bij het Office 365-beheercentrum met je Intune-beheerdersaccount.",
        ),
        ("Select the Admin tile.", "Selecteer de tegel ‘Beheerder (Admin)’."),
        (
            "In the left-hand menu, under Support, select Support to start a new request.",
            "Selecteer in het menu aan de linkerkant onder ‘Ondersteuning (Support)’ de optie \
             ‘Ondersteuning (Support)’ om een nieuwe aanvraag te starten.",
        ),
        (
            "Choose the category \"Mobile device management\". If it is not in the list, select \
             More at the bottom of the list.",
            "Kies de categorie ‘Mobiel apparaatbeheer (Mobile device management)’. Staat deze niet \
             in de lijst, selecteer dan ‘Meer (More)’ onderaan de lijst.",
        ),
        (
            "Paste the ticket prepared here and send the request.",
            "Plak het hier voorbereide ticket en verzend de aanvraag.",
        ),
        (
            "To follow up later, open Support and then Service requests in the same menu.",
            "Wil je de aanvraag later opvolgen, open dan in hetzelfde menu ‘Ondersteuning \
             (Support)’ en vervolgens ‘Serviceaanvragen (Service requests)’.",
        ),
        (
            "Billing and product information",
            "Facturering en productinformatie",
        ),
        (
            "Choose the category \"Billing and product information\". If it is not in the list, \
             select More at the bottom of the list.",
            "Kies de categorie ‘Facturering en productinformatie (Billing and product \
             information)’. Staat deze niet in de lijst, selecteer dan ‘Meer (More)’ onderaan de \
             lijst.",
        ),
        ("Premier support portal", "Premier-ondersteuningsportal"),
        (
            "Sign in to the Premier support portal with the account named in your Premier \
             agreement.",
            "Meld je aan bij de Premier-ondersteuningsportal met het account dat in je \
             Premier-contract is vermeld.",
        ),
        (
            "Start a new support request for Microsoft Intune.",
            "Maak een nieuwe ondersteuningsaanvraag voor Microsoft Intune.",
        ),
        (
            "Start a new request about billing, licensing or your account for Microsoft Intune.",
            "Maak een nieuwe aanvraag over facturering, licenties of je account voor Microsoft \
             Intune.",
        ),
        (
            "\"Need help?\" in the Office 365 admin centre",
            "‘Hebt u hulp nodig? (Need help?)’ in het Office 365-beheercentrum",
        ),
        (
            "Open Support. Tenants with fewer than 100 licences see a \"Need help?\" button \
             instead of a list of categories.",
            "Open ‘Ondersteuning (Support)’. Tenants met minder dan 100 licenties zien daar geen \
             lijst met categorieën, maar de knop ‘Hebt u hulp nodig? (Need help?)’.",
        ),
        (
            "Select \"Need help?\", paste the summary prepared here into the text box and select \
             Get help.",
            "Selecteer ‘Hebt u hulp nodig? (Need help?)’, plak de hier voorbereide samenvatting in \
             het tekstvak en selecteer ‘Hulp vragen (Get help)’.",
        ),
        (
            "Look through the suggested resources. If none of them solves the problem, ask to be \
             called back and keep the prepared ticket at hand for the call.",
            "Bekijk de voorgestelde bronnen. Lost geen daarvan het probleem op, vraag dan of je \
             wordt teruggebeld en houd het voorbereide ticket bij de hand voor het \
             gesprek.",
        ),
        (
            "Your partner, or Configuration Manager and Endpoint Protection support",
            "Je partner, of de ondersteuning voor Configuration Manager en Endpoint Protection",
        ),
        (
            "Look in the Configuration Manager or Endpoint Protection documentation first; it \
             covers many common problems.",
            "Raadpleeg eerst de documentatie van Configuration Manager of Endpoint Protection; \
             daarin komen veel gangbare problemen aan bod.",
        ),
        (
            "Contact your Microsoft partner, or open an online or phone request with Configuration \
             Manager and Endpoint Protection support.",
            "Neem contact op met je Microsoft-partner, of dien online of telefonisch een aanvraag \
             in bij de ondersteuning voor Configuration Manager en Endpoint Protection.",
        ),
        (
            "Use the ticket prepared here as the description of the problem.",
            "Gebruik het hier voorbereide ticket als beschrijving van het probleem.",
        ),
        ("Configuration Manager documentation", "Documentatie van Configuration Manager"),
        (
            "Self-help for System Center Configuration Manager.",
            "Zelfhulp voor System Center Configuration Manager.",
        ),
        ("Endpoint Protection documentation", "Documentatie van Endpoint Protection"),
        (
            "Self-help for System Center Endpoint Protection.",
            "Zelfhulp voor System Center Endpoint Protection.",
        ),
        ("Volume licensing support", "Ondersteuning voor volumelicenties"),
        (
            "For licences and product keys bought through volume licensing, use the Volume \
             Licensing Service Center.",
            "Voor licenties en productsleutels die via volumelicenties zijn gekocht, gebruik je \
             het Volume Licensing Service Center (VLSC).",
        ),
        (
            "For billing questions about those licences, use billing and subscription management \
             support.",
            "Met factuurvragen over die licenties kun je terecht bij de ondersteuning voor \
             facturering en abonnementsbeheer.",
        ),
        ("Volume Licensing Service Center", "Volume Licensing Service Center (VLSC)"),
        ("Licences and product keys.", "Licenties en productsleutels."),
        (
            "Billing and subscription management support",
            "Ondersteuning voor facturering en abonnementsbeheer",
        ),
        ("Billing questions.", "Vragen over facturering."),
        ("Volume licensing", "Volumelicenties"),
        (
            "General information about volume licensing.",
            "Algemene informatie over volumelicenties.",
        ),
        (
            "Search the ideas site for a suggestion like yours and vote for it.",
            "Zoek op de ideeënsite naar een voorstel dat op het jouwe lijkt en stem erop.",
        ),
        (
            "If there is none, post your idea. A feature request is feedback, not a support \
             ticket.",
            "Staat het er niet tussen, plaats dan zelf je idee. Een verzoek om een functie is \
             feedback, geen supportticket.",
        ),
        (
            "Under a Premier agreement, procedural questions such as \"how do I configure this \
             feature?\" are charged.",
            "Bij een Premier-contract worden procedurele vragen, zoals ‘hoe configureer ik deze \
             functie?’, in rekening gebracht.",
        ),
        (
            "Configuration Manager and Endpoint Protection support is not part of the Intune \
             subscription: it is paid, or deducted from your existing licence or Premier \
             agreement.",
            "Ondersteuning voor Configuration Manager en Endpoint Protection valt niet onder het \
             Intune-abonnement: je betaalt ervoor, of de kosten worden verrekend met je bestaande \
             licentie of Premier-contract.",
        ),
    ],
};
