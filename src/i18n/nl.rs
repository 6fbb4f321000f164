//! Dutch, addressing the reader as "je". Buttons put the verb last ("Nieuw ticket starten"),
//! as Dutch software usually does; instructions are imperatives ("Kies", "Vul in").
//!
//! "Je", not the "u" of the vendor's Dutch documentation: the reader is an IT admin at work
//! in a tool of their own organisation, and Dutch software interfaces speak to such a user as
//! "je", while "u" belongs to formal published documentation and reads stiff in buttons and
//! short hints. So every text says "je"/"jouw", never "u"/"uw".

use super::{Language, Locale, Message};
use crate::domain::config::translations;
use crate::domain::export::ExportLabels;
use crate::domain::localised_text::Translations;
use crate::domain::plan::{shorten, PlanJsonError, PlanProblem, PLAN_FORMAT_VERSION, PLAN_SCHEMA};

/// The Dutch plural form for `count`: `one` for exactly 1, `other` for everything else (0
/// included: "0 concepten").
fn plural_nl<'a>(count: u64, one: &'a str, other: &'a str) -> &'a str {
    if count == 1 {
        one
    } else {
        other
    }
}

/// `count` followed by the right form of the noun.
fn counted(count: u64, one: &str, other: &str) -> String {
    format!("{count} {}", plural_nl(count, one, other))
}

/// Dutch.
pub struct Dutch;

impl Language for Dutch {
    fn config_translations(&self) -> Translations {
        translations::DUTCH
    }

    fn drafts_shown(&self, first: usize, last: usize, total: usize) -> String {
        format!("Concepten {first} tot en met {last} van {total}")
    }

    fn page_of(&self, page: usize, total: usize) -> String {
        format!("Pagina {page} van {total}")
    }

    fn export_labels(&self) -> ExportLabels {
        ExportLabels {
            field_separator: ": ",
            list_separator: ", ",
            reason_separator: "; ",
            untitled: "Ticket zonder titel",
            not_given: "niet opgegeven",

            severity: "Ernst",
            severity_reasons: "Waarom deze ernst",
            override_reason: "Waarom deze ernst zelf is gekozen",
            computed_severity: "Ernst berekend uit de antwoorden",
            computed_severity_reasons: "Waarom deze ernst is berekend",
            expected_first_response: "Verwachte eerste reactie",
            title: "Titel",
            request_kind: "Soort aanvraag",
            support_contract: "Ondersteuningscontract",
            tenant_size: "Grootte van de tenant",
            impact: "Impact",
            started: "Begonnen",
            affected: "Getroffen gebruikers of apparaten",
            platforms: "Platforms",
            error_messages: "Foutmeldingen",
            already_tried: "Al geprobeerd",
            description: "Beschrijving",
            escalation: "Escalatie tot nu toe",
            tier: "Laag",
            team: "Team",
            findings: "Bevindingen",
            contact: "Contact",
            contact_name: "Naam",
            contact_email: "E-mail",
            contact_phone: "Telefoon",
            preferred_contact_method: "Voorkeur voor contact",
            support_language: "Taal voor ondersteuning",
            channel: "Waar indienen",
            contact_first: "Eerst contact opnemen met",
            related_drafts: "Gerelateerde tickets",
            status: "Status",
            vendor_ticket_number: "Ticketnummer van de leverancier",
            filed_at: "Ingediend op",
            ticket_id: "Concept-ID",

            level_critical: "Kritiek",
            level_moderate: "Gemiddeld",
            level_minimal: "Minimaal",

            kind_technical: "Technisch probleem",
            kind_billing_licensing_account: "Facturering, licenties of account",
            kind_intune_with_configuration_manager: "Configuration Manager samen met de service",
            kind_standalone_configuration_manager:
                "Alleen Configuration Manager of Endpoint Protection",
            kind_volume_licensing: "Volumelicenties",
            kind_feature_request: "Verzoek om een functie",

            contract_professional: "Professional",
            contract_premier: "Premier",

            tenant_fewer_than_100: "minder dan 100 licenties",
            tenant_100_or_more: "100 licenties of meer",

            impact_usability: "Service bruikbaar",
            impact_scope: "Wie getroffen is",
            impact_business_impact: "Impact op de bedrijfsvoering",
            impact_workaround: "Tijdelijke oplossing",

            answer_not_answered: "niet beantwoord",
            answer_dont_know: "weet ik niet",
            usability_unusable: "onbruikbaar of onbereikbaar",
            usability_worse_than_before: "bruikbaar, maar slechter dan eerst",
            usability_minor_inconvenience: "bruikbaar, klein ongemak",
            scope_many_users_or_services: "veel gebruikers of services",
            scope_one_user_customer_or_service: "één gebruiker, klant of service",
            scope_nobody_yet: "nog niemand",
            business_impact_severe: "ernstig, of een deadline in gevaar",
            business_impact_moderate: "gemiddeld, kan wachten tot kantoortijd",
            business_impact_minimal: "minimaal",
            workaround_acceptable: "ja, een acceptabele",
            workaround_none: "nee",

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

            method_email: "e-mail",
            method_phone: "telefoon",

            status_draft: "concept, nog niet ingediend",
            status_self_solved: "opgelost zonder ticket",
            status_filed: "ingediend bij de leverancier",
        }
    }

    fn plan_problem(&self, problem: &PlanProblem) -> String {
        match problem {
            PlanProblem::TierNumberOutOfRange { tier_index, number } => format!(
                "Laag-item {} heeft nummer {number}; gebruik 1, 2 of 3 (de leverancier is laag 4).",
                tier_index + 1
            ),
            PlanProblem::DuplicateTier { number } => {
                format!("Laag {number} staat er meer dan één keer in; houd er één over.")
            }
            PlanProblem::TierWithoutTeamName { tier } => {
                format!("Laag {tier} heeft geen teamnaam.")
            }
            PlanProblem::TierWithoutContact { tier } => format!(
                "Laag {tier} heeft geen contactpersoon; voeg minstens één bereikbare persoon toe."
            ),
            PlanProblem::ContactWithoutName { tier, contact_index } => {
                format!("Contactpersoon {} van laag {tier} heeft geen naam.", contact_index + 1)
            }
            PlanProblem::ContactWithoutEmailOrPhone { tier, contact_index } => format!(
                "Contactpersoon {} van laag {tier} heeft geen e-mailadres en geen \
                 telefoonnummer.",
                contact_index + 1
            ),
            PlanProblem::InvalidEmail { tier, contact_index, email } => format!(
                "Contactpersoon {} van laag {tier}: ‘{}’ is geen geldig e-mailadres.",
                contact_index + 1,
                shorten(email)
            ),
            PlanProblem::InvalidPhone { tier, contact_index, phone } => format!(
                "Contactpersoon {} van laag {tier}: ‘{}’ lijkt geen telefoonnummer.",
                contact_index + 1,
                shorten(phone)
            ),
            PlanProblem::EscalationStepUndefinedTier { step_index, tier } => format!(
                "Escalatiestap {} verwijst naar laag {tier}, maar die laag staat niet in het plan.",
                step_index + 1
            ),
            PlanProblem::EscalationStepToItself { step_index } => format!(
                "Escalatiestap {} geeft de aanvraag door aan wie die al heeft.",
                step_index + 1
            ),
            PlanProblem::EscalationStepWithoutHandover { step_index } => format!(
                "Bij escalatiestap {} staat niet wat er wordt overgedragen.",
                step_index + 1
            ),
            PlanProblem::AudienceUndefinedTier { audience_index, tier } => format!(
                "Doelgroep {} van de training verwijst naar laag {tier}, maar die laag staat niet \
                 in het plan.",
                audience_index + 1
            ),
            PlanProblem::AgendaTooShort { total_minutes, recommended_minimum } => format!(
                "De trainingsagenda duurt {}; minstens {} wordt aanbevolen.",
                self.minutes(*total_minutes),
                self.minutes(*recommended_minimum)
            ),
            PlanProblem::AgendaTooLong { total_minutes, recommended_maximum } => format!(
                "De trainingsagenda duurt {}; hoogstens {} wordt aanbevolen.",
                self.minutes(*total_minutes),
                self.minutes(*recommended_maximum)
            ),
            PlanProblem::AgendaItemWithoutTitle { item_index } => {
                format!("Agendapunt {} heeft geen onderwerp.", item_index + 1)
            }
            PlanProblem::AgendaItemWithoutDuration { item_index } => {
                format!("Agendapunt {} heeft geen duur.", item_index + 1)
            }
            PlanProblem::ChecklistItemWithoutLabel { item_index } => {
                format!("Punt {} bij vroege betrokkenheid heeft geen tekst.", item_index + 1)
            }
        }
    }

    fn plan_import_error(&self, error: &PlanJsonError) -> String {
        match error {
            PlanJsonError::NotJson { detail } => {
                format!("Het bestand is geen geldige JSON ({detail}).")
            }
            PlanJsonError::WrongSchema { found } if found == "missing" => {
                "Het bestand is geen export van een ondersteuningsplan: het veld ‘schema’ \
                 ontbreekt."
                    .to_owned()
            }
            PlanJsonError::WrongSchema { found } => format!(
                "Het bestand is geen export van een ondersteuningsplan: het ‘schema’ is {found} in \
                 plaats van ‘{PLAN_SCHEMA}’."
            ),
            PlanJsonError::UnsupportedVersion { found } if found == "missing" => format!(
                "In het bestand ontbreekt de formaatversie van het plan; deze versie leest formaat \
                 {PLAN_FORMAT_VERSION}."
            ),
            PlanJsonError::UnsupportedVersion { found } => format!(
                "Het plan is geëxporteerd in formaatversie {found}; deze versie leest formaat \
                 {PLAN_FORMAT_VERSION}."
            ),
            PlanJsonError::InvalidPlan { detail } => {
                format!("Het plan in het bestand kon niet worden gelezen: {detail}.")
            }
        }
    }

    fn step_of(&self, step: usize, total: usize) -> String {
        format!("Stap {step} van {total}")
    }

    /// "Uur" stays singular after a number when it measures time: "4 uur".
    fn hours(&self, hours: u32) -> String {
        format!("{hours} uur")
    }

    fn minutes(&self, minutes: u32) -> String {
        counted(u64::from(minutes), "minuut", "minuten")
    }

    fn drafts_count(&self, count: usize) -> String {
        counted(count as u64, "concept", "concepten")
    }

    fn deleted_count(&self, count: usize) -> String {
        format!("{} verwijderd.", counted(count as u64, "concept", "concepten"))
    }

    fn imported_count(&self, count: usize) -> String {
        format!("{} geïmporteerd.", counted(count as u64, "concept", "concepten"))
    }

    fn saved_by_newer_version(&self, found: u32, readable: u32) -> String {
        format!("het is opgeslagen door een nieuwere versie van Support Triage (formaat {found}; deze versie leest tot en met formaat {readable}).")
    }

    fn old_drafts(&self, count: usize, days: u32) -> String {
        format!(
            "{} al meer dan {} niet gewijzigd.",
            counted(count as u64, "concept is", "concepten zijn"),
            counted(u64::from(days), "dag", "dagen")
        )
    }

    fn days(&self, days: u32) -> String {
        counted(u64::from(days), "dag", "dagen")
    }

    fn response_within(&self, total_minutes: u32, business_hours: bool) -> String {
        let hours = total_minutes / 60;
        let minutes = total_minutes % 60;
        let amount = match (hours, minutes) {
            (0, minutes) => self.minutes(minutes),
            (hours, 0) => self.hours(hours),
            (hours, minutes) => format!("{} en {}", self.hours(hours), self.minutes(minutes)),
        };
        if business_hours {
            format!("binnen {amount} werktijd")
        } else {
            format!("binnen {amount}")
        }
    }

    fn expected_by(&self, date: &str, within: &str) -> String {
        format!("uiterlijk {date} — {within}")
    }

    fn due_in(&self, duration: &str) -> String {
        format!("Nog {duration} tot de deadline")
    }

    fn overdue_by(&self, duration: &str) -> String {
        format!("Deadline met {duration} overschreden")
    }

    /// `lead` ends in "want", so the reason keeps the word order of a main clause.
    fn level_because(&self, lead: &str, reason: &str) -> String {
        format!("{lead} {reason}.")
    }

    fn level_because_several(&self, lead: &str) -> String {
        format!("{lead}:")
    }

    fn tier_has_looked(&self, number: u8, team: &str) -> String {
        if team.trim().is_empty() {
            format!("Laag {number} heeft hier al naar gekeken")
        } else {
            format!("Laag {number} ({}) heeft hier al naar gekeken", team.trim())
        }
    }

    fn tier_findings_label(&self, number: u8) -> String {
        format!("Wat heeft laag {number} gevonden?")
    }

    fn tier_name(&self, number: u8) -> String {
        format!("Laag {number}")
    }

    fn languages_offered(&self, list: &str) -> String {
        format!("Talen voor ondersteuning via dit kanaal: {list}.")
    }

    fn timeline_summary(&self, start: &str, due: &str, business_hours: bool) -> String {
        if business_hours {
            format!(
                "Tijdlijn. {start}. Reactie uiterlijk: {due}. De klok loopt alleen als de \
                 ondersteuning open is; de gesloten uren zijn gearceerd."
            )
        } else {
            format!("Tijdlijn. {start}. Reactie uiterlijk: {due}. De klok loopt dag en nacht door.")
        }
    }

    fn filing_corrected(&self, number: &str, date: &str) -> String {
        format!("Ticket {number}, gecorrigeerd op {date}.")
    }

    fn filing_withdrawn(&self, number: &str, date: &str) -> String {
        format!("Ticket {number}, gemarkeerd als niet ingediend op {date}.")
    }

    fn filed_as(&self, number: &str, date: &str) -> String {
        format!("Op {date} ingediend bij de leverancier als ticket {number}.")
    }

    fn handed_off_as(&self, number: &str, date: &str) -> String {
        format!("Op {date} naar de helpdesk gestuurd als ticket {number}.")
    }

    fn contact_first_tier(&self, team: &str) -> String {
        if team.trim().is_empty() {
            "In je organisatie komen problemen eerst bij laag 1. Contact:".to_owned()
        } else {
            format!(
                "In je organisatie komen problemen eerst bij laag 1 ({}). Contact:",
                team.trim()
            )
        }
    }

    fn vendor_is_tier_four(&self, vendor: &str) -> String {
        let vendor = if vendor.trim().is_empty() { "De leverancier" } else { vendor.trim() };
        format!(
            "{vendor} is laag 4: dien dit ticket in als de lagen in je eigen organisatie het \
             probleem niet kunnen oplossen."
        )
    }

    fn channel_with_category(&self, channel: &str, category: &str) -> String {
        format!("{channel}, categorie ‘{category}’")
    }

    fn text(&self, message: Message) -> &'static str {
        match message {
            Message::AppName => "Support Triage",
            Message::LanguageLabel => "Taal",
            Message::LandingLead => {
                "Sneller de juiste hulp: maak per probleem één duidelijk supportticket, en leg vast \
                 wie in je organisatie wat oppakt voordat het bij de leverancier komt."
            }
            Message::LandingTicketHeading => "Een supportticket voorbereiden",
            Message::LandingTicketBody => {
                "Kijk eerst of je het zelf kunt oplossen, kies het juiste kanaal, bepaal hoe \
                 ernstig het probleem is en wanneer je een eerste reactie kunt verwachten, en \
                 kopieer of download dan een compleet ticket."
            }
            Message::LandingStartTicket => "Nieuw ticket starten",
            Message::LandingResumeHeading => "Verdergaan waar je was gebleven",
            Message::LandingPlanHeading => "De ondersteuning in je organisatie plannen",
            Message::LandingPlanBody => {
                "Bepaal wie laag 1 tot en met 3 verzorgt, hoe problemen naar de leverancier worden \
                 geëscaleerd, en hoe de helpdesk wordt getraind en al vroeg wordt betrokken."
            }
            Message::LandingStartPlan => "Ondersteuningsplan openen",
            Message::ViewAllDrafts => "Alle concepten bekijken",
            Message::LandingUnreadableNotice => {
                "Sommige opgeslagen concepten konden niet worden gelezen. Ze zijn apart bewaard, \
                 zodat je ze kunt herstellen."
            }
            Message::Back => "Terug",
            Message::Continue => "Doorgaan",
            Message::ErrorSummaryTitle => "Er is een probleem",
            Message::ErrorTitlePrefix => "Fout: ",
            Message::ErrorPrefix => "Fout:",
            Message::Optional => "(optioneel)",
            Message::Yes => "Ja",
            Message::Change => "Wijzigen",
            Message::SaveStatusSaving => "Opslaan…",
            Message::SaveStatusSaved => "Opgeslagen op dit apparaat",
            Message::SaveStatusNotSavedQuota => {
                "Niet opgeslagen: de opslag van deze browser is vol. Je tekst staat er nog; \
                 download het concept of verwijder oude concepten om ruimte te maken."
            }
            Message::SaveStatusNotSavedOther => {
                "Niet opgeslagen: deze browser weigerde het concept op te slaan. Je tekst staat er \
                 nog; download het concept om een kopie te bewaren."
            }
            Message::SaveStatusMemoryOnly => {
                "Deze browser laat ons geen concepten bewaren, dus ze gaan verloren als je de \
                 pagina sluit. Download alles wat je wilt bewaren."
            }
            Message::SaveStatusUpdatedElsewhere => {
                "Bijgewerkt met wijzigingen uit een ander tabblad"
            }
            Message::ConflictHeading => "Dit concept is gewijzigd in een ander tabblad",
            Message::ConflictBody => {
                "Een ander tabblad heeft een nieuwere versie van dit concept opgeslagen terwijl je \
                 hier aan het typen was. Kies welke versie je wilt houden; er gaat niets verloren \
                 tot je kiest."
            }
            Message::ConflictKeepTheirs => "Versie uit het andere tabblad gebruiken",
            Message::ConflictKeepMine => "Mijn versie houden",
            Message::ConflictKeepBoth => "Beide als aparte concepten houden",
            Message::DeletedElsewhereNotice => {
                "Dit concept is verwijderd in een ander tabblad. Je kopie hier is opnieuw \
                 opgeslagen, dus er gaat niets verloren."
            }
            Message::ExportThisDraft => "Dit concept downloaden (JSON)",
            Message::PanicHeading => "Er is iets misgegaan",
            Message::PanicBody => {
                "Support Triage is door een interne fout gestopt. Concepten die in deze browser \
                 zijn opgeslagen, zijn veilig. Download het concept waaraan je werkte om een kopie \
                 te bewaren en laad de pagina daarna opnieuw."
            }
            Message::PanicDownloadDraft => "Concept waaraan je werkte downloaden",
            Message::ConfigProblemsHeading => "De configuratie van deze pagina bevat fouten",
            Message::ConfigProblemsBody => {
                "De widget werkt waar mogelijk met veilige standaardwaarden. Voor de beheerder van \
                 de pagina staat hieronder elk probleem met de plek in de configuratie:"
            }
            Message::BeforeYouFileHeading => "Voordat je een ticket indient",
            Message::BeforeYouFileIntro => {
                "Voor veel problemen staat de oplossing al in deze bronnen. Even kijken kan je het \
                 wachten op een reactie besparen."
            }
            Message::DidThisSolveIt => "Heeft een van deze bronnen je probleem opgelost?",
            Message::DidThisSolveItError => "Kies ja als de bronnen je probleem hebben opgelost",
            Message::SolvedByPrefix => "Ja, ",
            Message::YesSomethingElse => "Ja, iets anders op deze pagina",
            Message::NoContinue => "Nee, doorgaan",
            Message::SelfSolvedHeading => "Fijn dat het is opgelost",
            Message::SelfSolvedBody => {
                "Er is geen ticket nodig. We hebben dit concept in je lijst bewaard, gemarkeerd als \
                 zelf opgelost, voor het geval het probleem terugkomt."
            }
            Message::StartAnotherTicket => "Nog een ticket starten",
            Message::RequestKindQuestion => "Waar gaat je aanvraag over?",
            Message::RequestKindError => "Kies waar je aanvraag over gaat",
            Message::KindTechnical => "Een technisch probleem",
            Message::KindTechnicalHint => "Iets in de service werkt niet zoals het zou moeten.",
            Message::KindBilling => "Facturering, licenties of mijn account",
            Message::KindBillingHint => {
                "Facturen, abonnementen, aantallen licenties of toegang tot het account."
            }
            Message::KindConfigurationManagerWithService => {
                "Configuration Manager samen met de service (co-beheer of tenantkoppeling)"
            }
            Message::KindConfigurationManagerWithServiceHint => {
                "Hoort bij de ondersteuning van de service zelf en gaat via hetzelfde kanaal als \
                 elke andere vraag erover."
            }
            Message::KindConfigurationManagerStandalone => {
                "Alleen Configuration Manager of Endpoint Protection"
            }
            Message::KindConfigurationManagerStandaloneHint => {
                "Zonder de service. Deze producten worden apart ondersteund: door een partner of \
                 als betaalde ondersteuning."
            }
            Message::KindVolumeLicensing => "Volumelicenties",
            Message::KindVolumeLicensingHint => {
                "Licentiesleutels of licenties die via een volumelicentieovereenkomst zijn gekocht."
            }
            Message::KindFeatureRequest => "Een idee of een verzoek om een functie",
            Message::KindFeatureRequestHint => "Iets wat het product volgens jou zou moeten kunnen.",
            Message::ElsewhereHeading => "Deze aanvraag hoort ergens anders",
            Message::ElsewhereFeedbackBody => {
                "Ideeën en verzoeken om functies zijn geen supporttickets. Plaats je idee op de \
                 feedbacksite, waar anderen erop kunnen stemmen."
            }
            Message::ElsewherePartnerBody => {
                "Dit product wordt niet via dit kanaal ondersteund. Neem contact op met je partner \
                 of gebruik een van de mogelijkheden hieronder."
            }
            Message::ElsewhereServiceBody => {
                "Aanvragen zoals deze worden door een aparte dienst afgehandeld."
            }
            Message::ElsewhereChangeAnswer => "Wijzigen waar de aanvraag over gaat",
            Message::SupportContractHeading => "Je ondersteuningscontract en de grootte van je tenant",
            Message::SupportContractIntro => {
                "Twee antwoorden bepalen waar de aanvraag naartoe gaat en welke reactietijden \
                 gelden."
            }
            Message::SupportContractQuestion => "Welk ondersteuningscontract heeft je organisatie?",
            Message::SupportContractError => "Kies het ondersteuningscontract van je organisatie",
            Message::ContractProfessional => "Professional (ondersteuning bij het abonnement)",
            Message::ContractProfessionalHint => "Ondersteuning die bij je abonnement hoort.",
            Message::ContractPremier => "Premier",
            Message::ContractPremierHint => {
                "Een Premier-ondersteuningscontract met een eigen portal en eigen reactietijden."
            }
            Message::TenantSizeQuestion => "Hoeveel licenties heeft je tenant?",
            Message::TenantSizeError => "Kies hoeveel licenties je tenant heeft",
            Message::TenantFewerThan100 => "Minder dan 100 licenties",
            Message::TenantFewerThan100Hint => {
                "Bij ondersteuning via het abonnement krijgen kleine tenants een eenvoudigere \
                 route: het probleem beschrijven, voorgestelde bronnen bekijken of vragen om \
                 teruggebeld te worden."
            }
            Message::TenantHundredOrMore => "100 licenties of meer",
            Message::RoutingHeading => "Waar deze aanvraag naartoe gaat",
            Message::RoutingWhere => "Waar",
            Message::RoutingCategory => "Categorie",
            Message::RoutingSteps => "Zo dien je de aanvraag in",
            Message::RoutingCallBack => {
                "In plaats van een ticket te schrijven kun je ook vragen of je wordt teruggebeld."
            }
            Message::RoutingOnlineLanguages => "Talen voor online ondersteuning",
            Message::RoutingPhoneLanguages => {
                "Talen voor telefonische ondersteuning en online facturering"
            }
            Message::RoutingPhoneMoreLanguages => {
                "Telefonische ondersteuning en online ondersteuning voor facturering zijn er in \
                 meer talen dan online technische ondersteuning. Welke talen, de telefoonnummers \
                 en de openingstijden hangen af van je land of regio."
            }
            Message::RoutingPhonePageLink => {
                "Telefoonnummers, openingstijden en talen per land of regio"
            }
            Message::RoutingProblemNotice => {
                "De configuratie van de pagina zegt niet waar deze aanvraag naartoe gaat. Vraag je \
                 helpdesk welk kanaal je moet gebruiken."
            }
            Message::DraftsHeading => "Je concepten",
            Message::DraftsEmpty => "Je hebt nog geen concepten.",
            Message::DraftsColumnTitle => "Titel",
            Message::DraftsColumnSeverity => "Ernst",
            Message::DraftsColumnChanged => "Gewijzigd",
            Message::DraftsColumnStatus => "Status",
            Message::DraftsColumnActions => "Acties",
            Message::DraftUntitled => "Concept zonder titel",
            Message::DraftLinkedWith => "Gesplitst uit dezelfde beschrijving als:",
            Message::StatusDraft => "Concept",
            Message::StatusFiled => "Ingediend",
            Message::StatusSelfSolved => "Zelf opgelost",
            Message::Duplicate => "Dupliceren",
            Message::Delete => "Verwijderen",
            Message::Undo => "Ongedaan maken",
            Message::SeverityNotYetKnown => "Nog niet beoordeeld",
            Message::LevelCritical => "Kritiek (A)",
            Message::LevelModerate => "Gemiddeld (B)",
            Message::LevelMinimal => "Minimaal (C)",
            Message::QuarantineHeading => "Concepten die niet konden worden gelezen",
            Message::QuarantineBody => {
                "Deze gegevens zijn beschadigd of zijn opgeslagen door een nieuwere versie van \
                 Support Triage. Ze worden precies bewaard zoals ze waren: bekijk of download de \
                 tekst om te herstellen wat je nodig hebt."
            }
            Message::QuarantineCouldNotBeRead => "Kon niet worden gelezen:",
            Message::UnreadableNotJson => "het is geen geldige JSON.",
            Message::UnreadableNotOurs => "het is geen record van Support Triage.",
            Message::UnreadableDamaged => "het record is beschadigd.",
            Message::UnreadableRevisionOutOfRange => "het record is beschadigd: het revisienummer valt buiten het toegestane bereik.",
            Message::UnreadableIdMismatch => "de id komt niet overeen met de plek waar het was opgeslagen.",
            Message::UnreadableSetAsideEarlier => "het kon bij een eerder bezoek niet worden gelezen en is apart gezet.",
            Message::QuarantineShowText => "Opgeslagen tekst tonen",
            Message::QuarantineDownload => "Opgeslagen tekst downloaden",
            Message::ProblemHeading => "Beschrijf één probleem",
            Message::ProblemIntro => {
                "Een ticket gaat over precies één probleem. Problemen die je van elkaar kunt \
                 scheiden, worden sneller opgelost als aparte tickets. Bij ondersteuning via het \
                 abonnement kosten meer tickets niets extra; bij een Premier-contract worden \
                 procedurele vragen (hoe je iets instelt) in rekening gebracht."
            }
            Message::ProblemTitleLabel => "Titel",
            Message::ProblemTitleHint => {
                "Een paar woorden, bijvoorbeeld: Android-apparaten kunnen zich sinds maandag niet \
                 inschrijven."
            }
            Message::ProblemTitleError => "Vul een korte titel voor het probleem in",
            Message::ProblemDescriptionLabel => "Wat gebeurt er?",
            Message::ProblemDescriptionHint => {
                "Wat je verwachtte, wat er in plaats daarvan gebeurde en sinds wanneer. \
                 Foutmeldingen en wat je al hebt geprobeerd, komen later."
            }
            Message::ProblemDescriptionError => "Beschrijf wat er gebeurt",
            Message::SeveralProblemsHeading => "Dit lijkt meer dan één probleem",
            Message::SeveralProblemsBody => {
                "Elk van deze problemen kan een eigen ticket zijn. Als je ze splitst, houden we dit \
                 concept voor het eerste en maken we voor elk van de andere een gekoppeld concept, \
                 met je contactgegevens en ondersteuningscontract erin gekopieerd."
            }
            Message::SplitIntoDrafts => "Splitsen in aparte concepten",
            Message::SplitDone => {
                "Klaar: dit concept bevat nu het eerste probleem. De andere staan in je lijst met \
                 concepten, gekoppeld aan dit concept."
            }
            Message::SuggestionsHeading => "Deze artikelen kunnen helpen",
            Message::SuggestionErrorCode => "Het legt de foutcode uit die je noemde.",
            Message::FeatureRequestHeading => "Dit klinkt als een idee, niet als een probleem",
            Message::PossibleDuplicate => "Je hebt al een concept dat over hetzelfde probleem lijkt te gaan:",
            Message::OpenThatDraft => "Dat concept openen",
            Message::ImpactHeading => "Hoe ernstig is het probleem?",
            Message::ImpactIntro => {
                "Vier vragen over de impact. De ernst wordt tijdens het invullen uit je antwoorden \
                 bepaald; als je een reden hebt, kun je de ernst nog zelf kiezen."
            }
            Message::ImpactUsabilityQuestion => "Kan je organisatie de service nog gebruiken?",
            Message::ImpactUsabilityHint => "Het gaat om de service van de leverancier zoals je organisatie die gebruikt, niet om het apparaat van één persoon: als die voor alle anderen nog werkt, is de service nog te gebruiken.",
            Message::ImpactScopeQuestion => "Wie of wat is getroffen?",
            Message::ImpactBusinessQuestion => "Hoe groot is de impact op de bedrijfsvoering?",
            Message::ImpactWorkaroundQuestion => "Is er een acceptabele tijdelijke oplossing?",
            Message::ImpactWorkaroundHint => {
                "Een manier waarop mensen kunnen blijven werken tot het is opgelost."
            }
            Message::UsabilityUnusable => "Nee: de service is helemaal niet bereikbaar of bruikbaar",
            Message::UsabilityWorseThanBefore => "Ja, maar de service werkt slechter dan eerst",
            Message::UsabilityMinorInconvenience => "Ja: het probleem is een klein ongemak",
            Message::ScopeMany => "Veel gebruikers of meerdere services",
            Message::ScopeOne => "Eén gebruiker, klant of service",
            Message::ScopeNobodyYet => "Nog niemand",
            Message::ScopeNobodyYetHint => "Je zag het voordat iemand er last van had.",
            Message::BusinessSevere => {
                "Ernstig: productie, bedrijfsvoering of een deadline komt in gevaar"
            }
            Message::BusinessModerate => "Gemiddeld: het kan wachten tot kantoortijd",
            Message::BusinessMinimal => "Minimaal: nauwelijks effect op de bedrijfsvoering",
            Message::WorkaroundAcceptable => "Ja, een acceptabele",
            Message::WorkaroundNone => "Nee",
            Message::DontKnow => "Weet ik niet",
            Message::ImpactUsabilityError => "Kies of de service nog te gebruiken is",
            Message::ImpactScopeError => "Kies wie of wat er getroffen is",
            Message::ImpactBusinessError => {
                "Kies hoe groot de impact op de bedrijfsvoering is"
            }
            Message::ImpactWorkaroundError => {
                "Kies of er een acceptabele tijdelijke oplossing is"
            }
            Message::SeverityComputedHeading => "Ernst volgens je antwoorden",
            Message::SeverityPrefix => "Ernst:",
            Message::SeverityIncompleteHint => {
                "Vragen die je nog niet hebt beantwoord, tellen als ‘Weet ik niet’."
            }
            Message::BecauseCritical => "Kritiek, want",
            Message::BecauseModerate => "Gemiddeld, want",
            Message::BecauseMinimal => "Minimaal, want",
            Message::ReasonServiceUnusable => "de service is onbereikbaar of onbruikbaar",
            Message::ReasonWorseThanBefore => {
                "de service is bruikbaar, maar werkt slechter dan eerst"
            }
            Message::ReasonMinorInconvenience => {
                "de service werkt; het probleem is een klein ongemak"
            }
            Message::ReasonUsabilityNotKnown => {
                "het is nog niet bekend hoe bruikbaar de service nog is"
            }
            Message::ReasonManyAffected => "veel gebruikers of meerdere services zijn getroffen",
            Message::ReasonOneAffected => "één gebruiker, klant of service is getroffen",
            Message::ReasonNobodyAffectedYet => "er is nog niemand getroffen",
            Message::ReasonScopeNotKnown => "het is nog niet bekend wie of wat er getroffen is",
            Message::ReasonSevereBusinessImpact => {
                "productie, bedrijfsvoering of een implementatiedeadline wordt ernstig getroffen"
            }
            Message::ReasonModerateBusinessImpact => {
                "de impact op de bedrijfsvoering is gemiddeld en kan tijdens kantoortijd worden \
                 afgehandeld"
            }
            Message::ReasonMinimalBusinessImpact => {
                "de impact op de bedrijfsvoering is minimaal"
            }
            Message::ReasonBusinessImpactNotKnown => {
                "de impact op de bedrijfsvoering is nog niet bekend"
            }
            Message::ReasonNoWorkaround => "er is geen acceptabele tijdelijke oplossing",
            Message::ReasonAcceptableWorkaround => "met een acceptabele tijdelijke oplossing kunnen mensen doorwerken",
            Message::ReasonWorkaroundNotKnown => "het is nog niet bekend of er een tijdelijke oplossing is",
            Message::ReasonCriticalNeedsKnownAnswers => "het zou alleen kritiek zijn als de antwoorden die je nog niet weet ongunstig uitvallen; beantwoord die vragen om te bevestigen dat de ernst kritiek is",
            Message::OverrideToggle => "Ernst zelf kiezen",
            Message::OverrideToggleHint => {
                "Bijvoorbeeld als een deadline het probleem urgenter maakt dan de antwoorden laten \
                 zien. De leverancier ziet zowel de berekende als de gekozen ernst, en je reden."
            }
            Message::OverrideLevelLegend => "Welke ernst moet het ticket krijgen?",
            Message::OverrideLevelError => "Kies de ernst die het ticket moet krijgen",
            Message::OverrideReasonLabel => "Waarom moet het ticket deze ernst krijgen?",
            Message::OverrideReasonHint => {
                "De engineer van de leverancier leest dit samen met het ticket."
            }
            Message::OverrideReasonError => {
                "Leg uit waarom het ticket een andere ernst moet krijgen"
            }
            Message::SeverityComputedLabel => "Ernst volgens je antwoorden",
            Message::SeverityOverrideReasonLabel => "Je reden",
            Message::DetailsHeading => "Vertel de supportengineer meer",
            Message::DetailsIntro => {
                "Dit zijn de gegevens waar een engineer als eerste naar vraagt. Hoe meer je nu \
                 geeft, hoe minder vragen er later terugkomen."
            }
            Message::DetailsProblemSection => "Over het probleem",
            Message::StartedLabel => "Wanneer is het begonnen?",
            Message::StartedHint => {
                "Een datum en tijd, of bijvoorbeeld: na de beleidswijziging van dinsdag."
            }
            Message::AffectedLabel => "Hoeveel gebruikers of apparaten zijn getroffen?",
            Message::AffectedHint => {
                "Bijvoorbeeld: ongeveer 40 Android-telefoons in het verkoopteam."
            }
            Message::PlatformsLegend => "Welke platforms zijn getroffen?",
            Message::PlatformsHint => "Selecteer alles wat van toepassing is.",
            Message::PlatformWindows => "Windows",
            Message::PlatformMacos => "macOS",
            Message::PlatformIos => "iOS of iPadOS",
            Message::PlatformAndroid => "Android",
            Message::PlatformLinux => "Linux",
            Message::PlatformOther => "Ander platform",
            Message::PlatformOtherLabel => "Welk platform?",
            Message::ErrorMessagesLabel => "Foutmeldingen",
            Message::ErrorMessagesHint => {
                "Kopieer ze precies zoals ze verschijnen, met eventuele foutcodes."
            }
            Message::AlreadyTriedLabel => "Wat heb je al geprobeerd?",
            Message::AlreadyTriedHint => "En wat er gebeurde toen je het probeerde.",
            Message::EscalationSection => "Wie in je organisatie er al naar heeft gekeken",
            Message::EscalationHint => {
                "De lagen uit je ondersteuningsplan. Selecteer elke laag die aan het probleem heeft \
                 gewerkt en vertel wat die heeft gevonden."
            }
            Message::ContactSection => "Hoe de leverancier contact met je kan opnemen",
            Message::ContactHint => "Geef een e-mailadres, een telefoonnummer of allebei.",
            Message::ContactNameLabel => "Je naam",
            Message::ContactEmailLabel => "E-mailadres",
            Message::ContactPhoneLabel => "Telefoonnummer",
            Message::ContactPhoneHint => "Met landnummer, bijvoorbeeld +31 20 000 0000.",
            Message::PreferredMethodLegend => "Hoe wil je het liefst benaderd worden?",
            Message::MethodEmail => "E-mail",
            Message::MethodPhone => "Telefoon",
            Message::SupportLanguageLabel => "Taal voor ondersteuning",
            Message::ContactMissingError => "Vul een e-mailadres of een telefoonnummer in",
            Message::PreferredEmailMissingError => {
                "Vul je e-mailadres in, of kies telefoon als manier om contact op te nemen"
            }
            Message::PreferredPhoneMissingError => {
                "Vul je telefoonnummer in, of kies e-mail als manier om contact op te nemen"
            }
            Message::EmailFormatError => {
                "Vul een e-mailadres in de juiste vorm in, zoals naam@example.com"
            }
            Message::CheckAnswersHeading => "Controleer je antwoorden voordat je indient",
            Message::CheckSectionRequest => "De aanvraag",
            Message::CheckSectionProblem => "Het probleem",
            Message::CheckSectionImpact => "Impact en ernst",
            Message::CheckSectionDetails => "Details",
            Message::CheckSectionContact => "Contact",
            Message::CheckSelfHelp => "Zelf oplossen",
            Message::CheckSelfHelpValue => "Geprobeerd; het probleem is niet opgelost",
            Message::CheckRequestKind => "Onderwerp",
            Message::CheckSupportContract => "Ondersteuningscontract",
            Message::CheckTenantSize => "Licenties in je tenant",
            Message::CheckDescription => "Wat er gebeurt",
            Message::CheckSeverity => "Ernst",
            Message::CheckStarted => "Begonnen",
            Message::CheckAffected => "Getroffen gebruikers of apparaten",
            Message::CheckPlatforms => "Platforms",
            Message::CheckErrorMessages => "Foutmeldingen",
            Message::CheckAlreadyTried => "Al geprobeerd",
            Message::CheckEscalation => "Bekeken door",
            Message::CheckPreferredMethod => "Voorkeur voor contact",
            Message::NotGiven => "Niet opgegeven",
            Message::ReadyHeading => "Je ticket is klaar om in te dienen",
            Message::ReadyIntro => {
                "Hieronder staat alles wat de leverancier nodig heeft: de ernst, wanneer je een \
                 eerste reactie kunt verwachten, waar je het indient en de tekst om te plakken."
            }
            Message::FiledHeading => "Ticket ingediend",
            Message::ReadySeverityHeading => "Ernst",
            Message::ReadyResponseHeading => "Verwachte eerste reactie",
            Message::ResponseLeadDraft => {
                "Als je het nu indient, kun je een eerste reactie verwachten"
            }
            Message::ResponseLeadFiled => "Je kunt een eerste reactie verwachten",
            Message::SetByContract => "volgens je contract",
            Message::ContractNote => {
                "Deze reactietijden komen uit je contract, zoals de beheerder van deze pagina ze \
                 heeft ingevoerd."
            }
            Message::ResponseExampleLead => {
                "Alleen een voorbeeld, geen toezegging: een eerste reactie"
            }
            Message::ResponseExampleNote => {
                "De echte reactietijden staan in je ondersteuningscontract: zoek ze daar op. \
                 Zolang de beheerder van deze pagina ze niet heeft ingevoerd, tonen we geen \
                 deadline en geen aftelling."
            }
            Message::ExpectedByContract => "zoals vastgelegd in je ondersteuningscontract",
            Message::ResponseWindowProblem => {
                "De ingestelde reactietijden konden voor dit ticket niet worden berekend, dus er \
                 wordt geen deadline getoond. Vraag de beheerder van deze pagina om de \
                 werktijdkalenders te controleren."
            }
            Message::DueNow => "De deadline is nu",
            Message::OverdueLabel => "Deadline verstreken",
            Message::TimelineIfFiledNow => "Als je nu indient:",
            Message::TimelineFiled => "Ingediend:",
            Message::TimelineDue => "Reactie uiterlijk:",
            Message::TimelineLegendOpen => "Ondersteuning open: de klok loopt",
            Message::TimelineLegendClosed => "Ondersteuning gesloten: de klok staat stil",
            Message::TimelineLegendNow => "Nu",
            Message::ContactFirstHeading => "Met wie je eerst contact opneemt",
            Message::ContactFirstNoTier1 => {
                "Je ondersteuningsplan noemt nog geen contactpersonen voor laag 1. Vraag het tot \
                 die tijd eerst aan je helpdesk."
            }
            Message::TicketTextHeading => "De tekst van het ticket",
            Message::TicketTextHint => {
                "Plak dit in het formulier van de leverancier, of bewaar een kopie."
            }
            Message::CopyText => "Tekst van het ticket kopiëren",
            Message::Copied => "Gekopieerd. Plak het in het formulier van de leverancier.",
            Message::CopyRefused => {
                "Je browser stond kopiëren niet toe. De tekst is nu geselecteerd: druk op Ctrl+C, \
                 of Cmd+C op een Mac, om hem te kopiëren."
            }
            Message::DownloadMarkdown => "Downloaden als Markdown",
            Message::DownloadPlainText => "Downloaden als platte tekst",
            Message::DownloadJson => "Downloaden als JSON",
            Message::DownloadRefused => "Je browser is de download niet gestart.",
            Message::PrintTicket => "Ticket afdrukken",
            Message::EmailTicket => "Tekst van het ticket e-mailen",
            Message::EmailShortenedNote => {
                "[Ingekort zodat het in een e-maillink past. Kopieer of download de volledige tekst \
                 uit Support Triage.]"
            }
            Message::FiledFormHeading => "Heb je het ingediend?",
            Message::FiledNumberLabel => "Ticketnummer van de leverancier",
            Message::FiledNumberHint => {
                "Je vindt het in de bevestiging van de leverancier, of in de lijst met \
                 serviceaanvragen waar je het hebt ingediend."
            }
            Message::FiledNumberError => "Vul het ticketnummer in dat je van de leverancier kreeg",
            Message::FiledButton => "Ik heb het ingediend",
            Message::FiledChangeSummary => "Nummer corrigeren, of aangeven dat het niet is ingediend",
            Message::FiledCorrectLabel => "Ticketnummer van de leverancier, gecorrigeerd",
            Message::FiledCorrectButton => "Gecorrigeerd nummer opslaan",
            Message::FiledWithdrawButton => "Toch niet ingediend",
            Message::FiledHistoryHeading => "Eerdere indieningen",
            Message::ReadyActionsHeading => "Kopiëren, downloaden of versturen",
            Message::SeverityChosenByYou => "door jou gekozen",
            Message::ExportAllDrafts => "Alle concepten downloaden (JSON)",
            Message::ImportDrafts => "Concepten importeren uit een bestand",
            Message::ImportDraftsHint => {
                "Een bestand dat je met ‘Alle concepten downloaden’ hebt gemaakt. Concepten die je \
                 al hebt, worden alleen door nieuwere kopieën vervangen."
            }
            Message::ImportFailed => "Het bestand kon niet worden geïmporteerd:",
            Message::ImportNotDraftsExport => "het is geen export van concepten uit Support Triage.",
            Message::ImportFileUnreadable => "de browser kon het bestand niet lezen.",
            Message::ImportedHeading => "Importeren voltooid",
            Message::ImportSkippedNewer => "overgeslagen: er staat hier al een nieuwere kopie",
            Message::ImportSkippedInvalid => "overgeslagen: geen geldig concept",
            Message::ImportSkippedNotSaved => "overgeslagen: deze browser weigerde het op te slaan",
            Message::ClearAllDrafts => "Alle concepten verwijderen",
            Message::ClearAllConfirmHeading => "Alle concepten verwijderen?",
            Message::ClearAllConfirmBody => {
                "Hiermee verwijder je alle concepten die in deze browser zijn opgeslagen. Dit kan \
                 niet ongedaan worden gemaakt. Download ze eerst als je ze misschien nog nodig hebt."
            }
            Message::ClearAllConfirm => "Ja, alle concepten verwijderen",
            Message::Cancel => "Annuleren",
            Message::CleanupHeading => "Oude concepten",
            Message::CleanupBody => {
                "Je kunt ze verwijderen om de lijst kort te houden. Er wordt niets verwijderd tot \
                 je daarvoor kiest."
            }
            Message::CleanupConfirm => "Oude concepten verwijderen",
            Message::MinutesUnit => "min",
            Message::PlanHeading => "Je ondersteuningsplan",
            Message::PlanCaption => "Ondersteuningsplan",
            Message::PlanIntro => {
                "Werk de onderdelen af in de volgorde die je wilt. Alles wordt tijdens het typen op \
                 dit apparaat opgeslagen, en nieuwe tickets halen hun escalatiepad en \
                 contactpersonen uit dit plan."
            }
            Message::PlanUsingDefault => {
                "Je begint met het standaardplan van je organisatie. Je wijzigingen worden apart \
                 op dit apparaat bewaard."
            }
            Message::PlanCustomised => {
                "Dit plan bevat jouw wijzigingen. Het standaardplan van je organisatie blijft \
                 bewaard en je kunt er altijd naar teruggaan."
            }
            Message::PlanSectionsHeading => "Onderdelen van het plan",
            Message::PlanSectionTeams => "Teams en lagen",
            Message::PlanSectionTeamsHint => {
                "Wie laag 1 tot en met 3 verzorgt, hoe je ze bereikt, en de leverancier als laag 4"
            }
            Message::PlanSectionEscalation => "Escalatieproces",
            Message::PlanSectionEscalationHint => {
                "Hoe een probleem tussen de lagen gaat en terug bij de gebruiker komt"
            }
            Message::PlanSectionTraining => "Training",
            Message::PlanSectionTrainingHint => "Wie er getraind wordt, hoe, en de agenda",
            Message::PlanSectionEarlyInvolvement => "Vroege betrokkenheid",
            Message::PlanSectionEarlyInvolvementHint => {
                "De helpdesk betrekken bij de planning en de pilot"
            }
            Message::PlanStatusNotStarted => "Niet begonnen",
            Message::PlanStatusInProgress => "Bezig",
            Message::PlanStatusCompleted => "Voltooid",
            Message::PlanSaveAndReturn => "Opslaan en terug naar de takenlijst",
            Message::PlanSavedAsYouType => {
                "Je wijzigingen worden tijdens het typen op dit apparaat opgeslagen."
            }
            Message::PlanNotSavedQuota => {
                "Niet opgeslagen: de opslag van deze browser is vol. Je plan staat er nog; \
                 download het als JSON om een kopie te bewaren."
            }
            Message::PlanNotSavedOther => {
                "Niet opgeslagen: deze browser weigerde het plan op te slaan. Je plan staat er \
                 nog; download het als JSON om een kopie te bewaren."
            }
            Message::PlanUpdatedElsewhere => "Bijgewerkt met wijzigingen uit een ander tabblad",
            Message::PlanRestoredAfterReset => {
                "Het plan is in een ander tabblad teruggezet naar de standaard. Je wijzigingen hier zijn \
                 opnieuw opgeslagen, zodat er niets verloren gaat."
            }
            Message::PlanMemoryOnly => {
                "Deze browser laat ons je plan niet bewaren, dus het gaat verloren als je de \
                 pagina sluit. Download het om een kopie te bewaren."
            }
            Message::PlanConflictHeading => "Het plan is gewijzigd in een ander tabblad",
            Message::PlanConflictBody => {
                "Een ander tabblad heeft een nieuwere versie van het plan opgeslagen terwijl je \
                 hier aan het bewerken was. Kies welke versie je wilt houden; er gaat niets \
                 verloren tot je kiest."
            }
            Message::PlanQuarantineHeading => "Een opgeslagen plan kon niet worden gelezen",
            Message::PlanQuarantineBody => {
                "Het wordt precies bewaard zoals het was, en je werkt voorlopig met het \
                 standaardplan. Bekijk of download de opgeslagen tekst om te herstellen wat je \
                 nodig hebt."
            }
            Message::PlanTeamsIntro => {
                "Geef aan wie je gebruikers op elke laag ondersteunt. Laag 1 en 2 zijn vaak de \
                 helpdesk; laag 3 is meestal het team dat de service heeft uitgerold. Laat een laag \
                 leeg als je organisatie die niet heeft."
            }
            Message::PlanTier1Hint => "Waar gebruikers problemen als eerste melden.",
            Message::PlanTier2Hint => "Onderzoekt wat laag 1 niet kan oplossen.",
            Message::PlanTier3Hint => {
                "Vindt de hoofdoorzaak, past de service aan en werkt samen met de leverancier."
            }
            Message::PlanTeamName => "Teamnaam",
            Message::PlanTeamHours => "Werktijden",
            Message::PlanTeamHoursHint => "Bijvoorbeeld: maandag tot en met vrijdag, 08:00 tot 18:00",
            Message::PlanResponsibilities => "Verantwoordelijkheden",
            Message::PlanOnePerLine => "Eén per regel.",
            Message::PlanContactsHeading => "Contactpersonen",
            Message::PlanNoContactsYet => "Nog geen contactpersonen.",
            Message::PlanContactHint => "Geef een e-mailadres, een telefoonnummer of allebei.",
            Message::PlanContactName => "Naam",
            Message::PlanContactRole => "Rol",
            Message::PlanContactEmail => "E-mail",
            Message::PlanContactPhone => "Telefoon",
            Message::PlanRemove => "Verwijderen",
            Message::PlanVendorHint => {
                "De ondersteuning van de leverancier is laag 4. Deze instellingen komen uit de \
                 configuratie van je organisatie; wijzig ze alleen als de overeenkomst van je \
                 organisatie afwijkt."
            }
            Message::PlanVendorName => "Naam van de ondersteuning van de leverancier",
            Message::PlanVendorNameHint => {
                "Zoals het op het escalatiepad moet staan, bijvoorbeeld: Microsoft-ondersteuning"
            }
            Message::PlanVendorChannel => "Kanaal om de leverancier te bereiken",
            Message::PlanVendorChannelByRouting => {
                "Per aanvraag gekozen op basis van soort en ondersteuningscontract"
            }
            Message::PlanVendorSupportContract => "Je ondersteuningscontract bij de leverancier",
            Message::PlanExtraTiersHeading => "Laag-items die niet passen",
            Message::PlanExtraTiersBody => {
                "Deze kwamen mee met een geïmporteerd plan. Elk laagnummer van 1 tot en met 3 kan \
                 één keer worden gebruikt, en de leverancier is altijd laag 4. Verwijder de items \
                 die je niet nodig hebt."
            }
            Message::PlanEscalationIntro => {
                "Zet de overdrachten op volgorde, van de eerste melding van de gebruiker tot de \
                 oplossing die bij de gebruiker terugkomt. Geef bij elke overdracht aan wat er \
                 wordt overgedragen en welke informatie erbij moet."
            }
            Message::PlanEscalationEmpty => {
                "Nog geen stappen. Begin met het voorbeeld uit de planningsgids, een apparaat dat \
                 zich niet kan inschrijven, dat tot laag 3 gaat en terug naar de gebruiker, en pas \
                 het daarna aan je organisatie aan."
            }
            Message::PlanUseExampleSteps => "Voorbeeldstappen gebruiken",
            Message::PlanAddStep => "Stap toevoegen",
            Message::PlanStepFrom => "Van",
            Message::PlanStepTo => "Naar",
            Message::PlanStepHandover => "Wat wordt overgedragen",
            Message::PlanStepHandoverHint => {
                "Bijvoorbeeld: de aanvraag met wat laag 2 heeft gevonden"
            }
            Message::PlanStepInformation => "Informatie die mee moet",
            Message::PlanMoveUp => "Omhoog",
            Message::PlanMoveDown => "Omlaag",
            Message::PlanPartyUser => "Gebruiker",
            Message::PlanRolloutHeading => "Eerste uitrolfase",
            Message::PlanRolloutNote => "Hoe de lagen samenwerken tijdens de eerste uitrolfase",
            Message::PlanRolloutNoteHint => {
                "Bijvoorbeeld: laag 1, 2 en 3 zitten samen in één bridge-call, zodat problemen \
                 samen worden gezien en opgelost."
            }
            Message::PlanTrainingIntro => {
                "De training is technisch en sluit aan bij het niveau van elke laag. Plan ongeveer \
                 twee tot drie uur theorie en praktijk."
            }
            Message::PlanTrainingApproachHeading => "Aanpak",
            Message::PlanTrainTheTrainer => "Train-de-trainer",
            Message::PlanTrainTheTrainerHint => {
                "Het team voor apparaatbeheer traint de leidinggevenden van de helpdesk, die daarna \
                 hun eigen teams trainen."
            }
            Message::PlanAudiencesHeading => "Wie er getraind wordt",
            Message::PlanAudiencesHint => {
                "Per laag: wie er deelneemt, wat ze moeten leren en wanneer."
            }
            Message::PlanAudienceDescription => "Wie deelneemt en wat ze moeten leren",
            Message::PlanAudienceDate => "Datum van de sessie",
            Message::PlanAgendaHeading => "Agenda",
            Message::PlanAgendaEmpty => {
                "Nog geen agenda. Begin met de voorbeeldagenda en pas de onderwerpen en tijden aan."
            }
            Message::PlanUseSampleAgenda => "Voorbeeldagenda gebruiken",
            Message::PlanAddAgendaItem => "Agendapunt toevoegen",
            Message::PlanAgendaTitle => "Onderwerp",
            Message::PlanAgendaMinutes => "Duur",
            Message::PlanAgendaWithin => "Dit valt binnen de aanbevolen duur.",
            Message::PlanAgendaShorter => "Dit is korter dan aanbevolen.",
            Message::PlanAgendaLonger => "Dit is langer dan aanbevolen.",
            Message::PlanEarlyIntro => {
                "Betrek de helpdesk al vroeg, bij de planning van de uitrol en bij de pilot, zodat \
                 hij klaar is voordat gebruikers bellen. Vink elk punt aan als het gedaan is."
            }
            Message::PlanEarlyEmpty => {
                "Nog geen checklist. Begin met de voorgestelde checklist of voeg je eigen punten \
                 toe."
            }
            Message::PlanUseSuggestedChecklist => "Voorgestelde checklist gebruiken",
            Message::PlanChecklistLegend => "Wat er al gedaan is",
            Message::PlanAddOwnItemHeading => "Eigen punt toevoegen",
            Message::PlanNewChecklistItem => "Nieuw punt",
            Message::PlanNewChecklistItemHint => {
                "Bijvoorbeeld: leidinggevenden van de helpdesk lezen het runbook door"
            }
            Message::PlanNewChecklistItemError => "Vul het punt in dat je wilt toevoegen",
            Message::PlanAddChecklistItem => "Punt toevoegen",
            Message::PlanPathHeading => "Escalatiepad",
            Message::PlanPathIntro => "Waar een probleem heen gaat als een laag het niet kan oplossen.",
            Message::PlanPathListLabel => "Escalatiepad, van eerste contact tot de leverancier",
            Message::PlanPathVendor => "Laag 4 (leverancier)",
            Message::PlanPathNotNamed => "Nog geen naam",
            Message::PlanPathNoTiers => {
                "Voeg je lagen toe onder ‘Teams en lagen’ om het pad compleet te maken."
            }
            Message::PlanShareHeading => "Plan afdrukken of downloaden",
            Message::PlanShareBody => {
                "Druk het plan af voor de helpdesk, download het als Markdown voor een wiki of \
                 e-mail, of als JSON om een kopie te bewaren of het naar een andere browser mee te \
                 nemen."
            }
            Message::PlanViewAndPrint => "Plan bekijken en afdrukken",
            Message::PlanDownloadMarkdown => "Downloaden als Markdown",
            Message::PlanDownloadJson => "Downloaden als JSON",
            Message::PlanDownloadRefused => {
                "Je browser weigerde de download. Controleer of hij downloads van deze pagina \
                 blokkeert."
            }
            Message::PlanImportHeading => "Plan importeren",
            Message::PlanImportLabel => "Kies een planbestand (JSON)",
            Message::PlanImportHint => {
                "Een bestand gemaakt met ‘Downloaden als JSON’, in deze of een andere browser. Het \
                 vervangt het plan hier; je kunt dat direct daarna ongedaan maken."
            }
            Message::PlanImportUnreadable => "De browser kon het bestand niet lezen.",
            Message::PlanUndoImport => "Importeren ongedaan maken",
            Message::PlanImportUndone => {
                "Het importeren is ongedaan gemaakt; het plan is weer zoals het was."
            }
            Message::PlanResetHeading => "Opnieuw beginnen met het standaardplan",
            Message::PlanResetBody => {
                "Ga terug naar het standaardplan van je organisatie. Je wordt eerst om bevestiging \
                 gevraagd."
            }
            Message::PlanResetButton => "Standaardplan terugzetten",
            Message::PlanResetConfirmHeading => {
                "Het plan terugzetten naar het standaardplan van je organisatie?"
            }
            Message::PlanResetConfirmWarning => {
                "Je wijzigingen in het plan worden uit deze browser verwijderd. Dit kan niet \
                 ongedaan worden gemaakt."
            }
            Message::PlanResetConfirmBody => {
                "Download het plan eerst als je een kopie van je wijzigingen wilt bewaren."
            }
            Message::PlanResetConfirmYes => "Ja, plan terugzetten",
            Message::PlanDownloadJsonFirst => "Eerst downloaden als JSON",
            Message::PlanWarningPrefix => "Waarschuwing:",
            Message::PlanResetDone => "Het plan is teruggezet naar het standaardplan van je organisatie.",
            Message::PlanResetFailed => {
                "Het plan kon niet worden teruggezet, omdat deze browser weigerde de opslag te \
                 wijzigen. Je plan is niet veranderd."
            }
            Message::PlanDocumentTitle => "Ondersteuningsplan",
            Message::PlanPrint => "Plan afdrukken",
            Message::PlanBackToTaskList => "Terug naar de takenlijst",
            Message::PlanDocumentNotGiven => "Niet opgegeven",
            Message::PlanDocumentNoTiers => "Nog geen lagen vastgelegd.",
            Message::PlanDocumentStepsHeading => "Stappen",
            Message::PlanDocumentNoSteps => "Nog geen stappen vastgelegd.",
            Message::PlanDocumentInformation => "Informatie om door te geven:",
            Message::PlanDocumentTrainTheTrainer => {
                "Train-de-trainer: het team voor apparaatbeheer traint de leidinggevenden van de \
                 helpdesk, die hun eigen teams trainen."
            }
            Message::PlanDocumentDirectTraining => "Elke laag wordt rechtstreeks getraind.",
            Message::PlanDocumentTier => "Laag",
            Message::PlanDocumentWho => "Deelnemers",
            Message::PlanDocumentLength => "Duur",
            Message::PlanDocumentTotal => "Totaal",
            Message::PlanDocumentNoAgenda => "Nog geen agenda.",
            Message::PlanDocumentNoChecklist => "Nog geen punten.",
            Message::PlanDocumentItem => "Punt",
            Message::PlanDocumentStatus => "Status",
            Message::PlanDocumentDone => "Gedaan",
            Message::PlanDocumentNotDone => "Nog niet gedaan",
            Message::HandoffHeading => "Naar onze helpdesk sturen",
            Message::HandoffIntro => "De helpdesk van je organisatie kan het ticket hier overnemen. Die krijgt het ticket zoals het hierboven staat; verder verlaat niets deze browser.",
            Message::HandoffSend => "Naar onze helpdesk sturen",
            Message::HandoffSendAgain => "Opnieuw naar de helpdesk sturen",
            Message::HandoffResendWarning => "Dit ticket staat al bij je helpdesk. Als je het opnieuw stuurt, komt daar een tweede ticket bij.",
            Message::HandoffResendConfirm => "Ja, een tweede ticket sturen",
            Message::HandoffSending => "Bezig met versturen…",
            Message::HandoffSent => "Naar de helpdesk gestuurd:",
            Message::HandoffRefused => "De helpdesk heeft het ticket niet aangenomen. Je concept is niet veranderd; vraag de helpdesk wat er nodig is en probeer het opnieuw.",
            Message::HandoffServerError => "Bij de helpdesk ging iets mis bij het ontvangen van het ticket. Je concept is veilig; probeer het zo meteen opnieuw.",
            Message::HandoffUnreachable => "De helpdesk is niet bereikbaar. Controleer je verbinding; je concept is veilig en je kunt het opnieuw proberen.",
            Message::HandoffTimedOut => "De helpdesk heeft niet binnen 15 seconden geantwoord. Je concept is veilig; probeer het opnieuw.",
            Message::HandoffEmail => "Per e-mail naar onze helpdesk sturen",
            Message::HandoffNeedsEmail => "De helpdesk heeft je e-mailadres nodig om te antwoorden. Vul het in bij de contactgegevens van het ticket en stuur het ticket opnieuw.",
            Message::HandoffNotEnabled => "De helpdesk neemt nog geen tickets aan vanaf deze pagina: het webformulier of anonieme aanvragen staan uit. Je concept is veilig; vraag de beheerder van de helpdesk om ze aan te zetten.",
            Message::HandoffTryLater => "De helpdesk neemt op dit moment geen tickets aan vanaf deze pagina, misschien omdat er onlangs veel zijn verstuurd. Je concept is veilig; probeer het later opnieuw.",
            Message::HandoffUnexpectedAnswer => "De helpdesk heeft geantwoord, maar uit het antwoord blijkt niet dat het ticket is aangemaakt. Vraag het na bij je helpdesk voordat je het opnieuw stuurt.",
            Message::TicketLanguageLabel => "Taal van het ticket",
            Message::TicketLanguageHint => "Schrijf het ticket in een taal die het supportkanaal ondersteunt. Ondersteunde talen zijn gemarkeerd met ✓.",
            Message::DraftsPagesLabel => "Pagina's van de conceptenlijst",
            Message::PreviousPage => "Vorige pagina",
            Message::NextPage => "Volgende pagina",
            Message::PageLoading => "Deze pagina wordt geladen…",
            Message::PageLoadFailedTitle => "Deze pagina kon niet worden geladen",
            Message::PageLoadFailed => "Je concepten staan veilig op dit apparaat. Controleer de verbinding en probeer het opnieuw.",
            Message::PageLoadRetry => "Opnieuw proberen",
            Message::LanguageLoadFailed => "Die taal kon niet worden geladen. Controleer de verbinding en kies de taal opnieuw.",
        }
    }

    fn tier_label(&self, number: u8) -> String {
        format!("Laag {number}")
    }

    fn tier_with_team(&self, number: u8, team: &str) -> String {
        if team.is_empty() {
            format!("Laag {number}")
        } else {
            format!("Laag {number} ({team})")
        }
    }

    fn tier_with_name(&self, number: u8, team: &str) -> String {
        if team.is_empty() {
            format!("Laag {number}")
        } else {
            format!("Laag {number}: {team}")
        }
    }

    fn vendor_party(&self, name: &str) -> String {
        if name.is_empty() {
            "De leverancier (laag 4)".to_owned()
        } else {
            format!("{name} (leverancier, laag 4)")
        }
    }

    fn vendor_tier_heading(&self) -> String {
        "Laag 4: de leverancier".to_owned()
    }

    fn vendor_tier_with_name(&self, name: &str) -> String {
        if name.is_empty() {
            self.vendor_tier_heading()
        } else {
            format!("Laag 4: {name} (leverancier)")
        }
    }

    fn add_contact_to(&self, tier: u8) -> String {
        format!("Contactpersoon toevoegen aan laag {tier}")
    }

    fn contact_label(&self, number: usize) -> String {
        format!("Contactpersoon {number}")
    }

    fn contact_reference(&self, number: usize, tier: u8) -> String {
        format!("contactpersoon {number} van laag {tier}")
    }

    fn contact_removed(&self, number: usize, tier: u8) -> String {
        format!("Contactpersoon {number} van laag {tier} verwijderd.")
    }

    fn contacts_of_tier(&self, tier: u8) -> String {
        format!("Contactpersonen van laag {tier}")
    }

    fn step_label(&self, number: usize) -> String {
        format!("Stap {number}")
    }

    fn step_reference(&self, number: usize) -> String {
        format!("stap {number}")
    }

    fn step_moved(&self, from: usize, to: usize) -> String {
        format!("Stap {from} is nu stap {to}.")
    }

    fn step_removed(&self, number: usize) -> String {
        format!("Stap {number} verwijderd.")
    }

    fn example_steps_added(&self, count: usize) -> String {
        format!("{} toegevoegd.", counted(count as u64, "voorbeeldstap", "voorbeeldstappen"))
    }

    fn agenda_item_label(&self, number: usize) -> String {
        format!("Agendapunt {number}")
    }

    fn agenda_item_reference(&self, number: usize) -> String {
        format!("agendapunt {number}")
    }

    fn agenda_item_moved(&self, from: usize, to: usize) -> String {
        format!("Agendapunt {from} is nu agendapunt {to}.")
    }

    fn agenda_item_removed(&self, number: usize) -> String {
        format!("Agendapunt {number} verwijderd.")
    }

    fn sample_agenda_added(&self, count: usize) -> String {
        format!(
            "{} uit het voorbeeld toegevoegd.",
            counted(count as u64, "agendapunt", "agendapunten")
        )
    }

    fn suggested_checklist_added(&self, count: usize) -> String {
        format!("{} toegevoegd.", counted(count as u64, "voorgesteld punt", "voorgestelde punten"))
    }

    fn checklist_item_added(&self, label: &str) -> String {
        format!("Toegevoegd: {label}")
    }

    fn checklist_item_removed(&self, label: &str) -> String {
        format!("Verwijderd: {label}")
    }

    fn checklist_item_reference(&self, label: &str) -> String {
        format!("‘{label}’")
    }

    fn tier_entry(&self, index: usize, number: u8, team: &str) -> String {
        if team.trim().is_empty() {
            format!("Item {index}: laag {number}, geen teamnaam")
        } else {
            format!("Item {index}: laag {number}, {}", team.trim())
        }
    }

    fn remove_tier_entry(&self, index: usize) -> String {
        format!("Item {index} verwijderen")
    }

    fn tier_entry_removed(&self, index: usize) -> String {
        format!("Item {index} verwijderd.")
    }

    fn unknown_channel(&self, id: &str) -> String {
        format!("Een kanaal dat deze pagina niet aanbiedt ({id})")
    }

    fn import_succeeded(&self, file_name: &str) -> String {
        format!("Het plan is geïmporteerd uit {file_name}.")
    }

    fn import_failed(&self, file_name: &str, detail: &str) -> String {
        format!("{file_name} kon niet worden geïmporteerd. {detail}")
    }

    fn import_too_large(&self, file_name: &str) -> String {
        format!(
            "{file_name} kon niet worden geïmporteerd. Het is veel groter dan een plan dat uit \
             Support Triage is geëxporteerd; kies het bestand dat je met ‘Downloaden als JSON’ \
             hebt gemaakt."
        )
    }

    fn numbered_heading(&self, number: usize, title: &str) -> String {
        format!("{number}. {title}")
    }

    fn path_stop(&self, heading: &str, name: &str) -> String {
        format!("{heading}: {name}")
    }

    fn sections_completed(&self, completed: usize, total: usize) -> String {
        format!("Je hebt {completed} van de {total} onderdelen voltooid.")
    }

    fn step_from_to(&self, from: &str, to: &str) -> String {
        format!("{from} → {to}")
    }

    fn training_total(&self, minutes: u32) -> String {
        format!("Totaal: {}", Locale::Dutch.duration(minutes))
    }

    fn training_recommended(&self, minimum_minutes: u32, maximum_minutes: u32) -> String {
        let locale = Locale::Dutch;
        format!(
            "De aanbevolen duur ligt tussen {} en {}.",
            locale.duration(minimum_minutes),
            locale.duration(maximum_minutes)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_has_two_plural_forms_and_an_invariable_uur() {
        assert_eq!(plural_nl(1, "minuut", "minuten"), "minuut");
        for other in [0, 2, 5, 12, 21, 100] {
            assert_eq!(plural_nl(other, "minuut", "minuten"), "minuten", "{other}");
        }
        let locale = Locale::Dutch;
        assert_eq!(locale.duration(60), "1 uur");
        assert_eq!(locale.duration(240), "4 uur");
        assert_eq!(locale.duration(1), "1 minuut");
        assert_eq!(locale.duration(90), "1 uur 30 minuten");
        assert_eq!(locale.days(1), "1 dag");
        assert_eq!(locale.days(3), "3 dagen");
        assert_eq!(locale.drafts_count(0), "0 concepten");
        assert_eq!(locale.drafts_count(1), "1 concept");
        assert_eq!(locale.deleted_count(2), "2 concepten verwijderd.");
        assert_eq!(locale.old_drafts(1, 30), "1 concept is al meer dan 30 dagen niet gewijzigd.");
    }

    #[test]
    fn key_sentences() {
        let locale = Locale::Dutch;
        assert_eq!(locale.step_of(3, 7), "Stap 3 van 7");
        assert_eq!(locale.text(Message::Continue), "Doorgaan");
        assert_eq!(locale.response_within(240, false), "binnen 4 uur");
        assert_eq!(locale.response_within(90, true), "binnen 1 uur en 30 minuten werktijd");
        assert_eq!(
            locale.level_because(
                locale.text(Message::BecauseCritical),
                locale.text(Message::ReasonServiceUnusable)
            ),
            "Kritiek, want de service is onbereikbaar of onbruikbaar."
        );
        assert_eq!(locale.export_labels().level_critical, "Kritiek");
    }
}
