//! Polish.
//!
//! Polish nouns after a number take one of three forms ("1 godzina", "2 godziny", "5 godzin"),
//! and the form also depends on the case the sentence needs ("w ciągu 1 godziny", "usunięto 1
//! wersję roboczą"), so every sentence with a number chooses its own words with [`plural_pl`].
//! Sentences around durations and dates built elsewhere use a colon where a preposition would
//! need another case.

use super::{Language, Locale, Message};
use crate::domain::config::translations;
use crate::domain::export::ExportLabels;
use crate::domain::localised_text::Translations;
use crate::domain::plan::{shorten, PlanJsonError, PlanProblem, PLAN_FORMAT_VERSION, PLAN_SCHEMA};

/// The Polish plural form for `count`: `one` for 1, `few` for 2–4, 22–24, 32–34… (but not
/// 12–14), `many` for the rest (0, 5–21, 25–31…).
fn plural_pl<'a>(count: u64, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    if count == 1 {
        one
    } else if (2..=4).contains(&(count % 10)) && !(12..=14).contains(&(count % 100)) {
        few
    } else {
        many
    }
}

/// `count` followed by the right form of the noun.
fn counted(count: u64, one: &str, few: &str, many: &str) -> String {
    format!("{count} {}", plural_pl(count, one, few, many))
}

/// A duration in the genitive, as "w ciągu" and "od … do" need it: "1 godziny", "2 godzin 30
/// minut".
fn duration_genitive(total_minutes: u32) -> String {
    let hours = u64::from(total_minutes / 60);
    let minutes = u64::from(total_minutes % 60);
    let hours_text = || counted(hours, "godziny", "godzin", "godzin");
    let minutes_text = || counted(minutes, "minuty", "minut", "minut");
    match (hours, minutes) {
        (0, _) => minutes_text(),
        (_, 0) => hours_text(),
        _ => format!("{} {}", hours_text(), minutes_text()),
    }
}

/// Polish.
pub struct Polish;

impl Language for Polish {
    fn config_translations(&self) -> Translations {
        translations::POLISH
    }

    fn drafts_shown(&self, first: usize, last: usize, total: usize) -> String {
        format!("Wersje robocze {first}–{last} z {total}")
    }

    fn page_of(&self, page: usize, total: usize) -> String {
        format!("Strona {page} z {total}")
    }

    fn export_labels(&self) -> ExportLabels {
        ExportLabels {
            field_separator: ": ",
            list_separator: ", ",
            reason_separator: "; ",
            untitled: "Zgłoszenie bez tytułu",
            not_given: "nie podano",

            severity: "Ważność",
            severity_reasons: "Uzasadnienie ważności",
            override_reason: "Dlaczego ważność wybrano ręcznie",
            computed_severity: "Ważność wynikająca z odpowiedzi",
            computed_severity_reasons: "Uzasadnienie ważności wynikającej z odpowiedzi",
            expected_first_response: "Oczekiwana pierwsza odpowiedź",
            title: "Tytuł",
            request_kind: "Rodzaj zgłoszenia",
            support_contract: "Umowa pomocy technicznej",
            tenant_size: "Wielkość dzierżawy",
            impact: "Skutki",
            started: "Początek problemu",
            affected: "Użytkownicy lub urządzenia, których dotyczy problem",
            platforms: "Platformy",
            error_messages: "Komunikaty o błędach",
            already_tried: "Co już wypróbowano",
            description: "Opis",
            escalation: "Dotychczasowa eskalacja",
            tier: "Warstwa",
            team: "Zespół",
            findings: "Ustalenia",
            contact: "Kontakt",
            contact_name: "Imię i nazwisko",
            contact_email: "E-mail",
            contact_phone: "Telefon",
            preferred_contact_method: "Preferowana forma kontaktu",
            support_language: "Język pomocy technicznej",
            channel: "Gdzie wysłać zgłoszenie",
            contact_first: "Pierwszy kontakt",
            related_drafts: "Powiązane zgłoszenia",
            status: "Stan",
            vendor_ticket_number: "Numer zgłoszenia u dostawcy",
            filed_at: "Data wysłania",
            ticket_id: "Identyfikator wersji roboczej",

            level_critical: "Krytyczna",
            level_moderate: "Umiarkowana",
            level_minimal: "Minimalna",

            kind_technical: "Problem techniczny",
            kind_billing_licensing_account: "Rozliczenia, licencje lub konto",
            kind_intune_with_configuration_manager: "Configuration Manager razem z usługą",
            kind_standalone_configuration_manager:
                "Sam Configuration Manager lub Endpoint Protection",
            kind_volume_licensing: "Licencjonowanie zbiorowe",
            kind_feature_request: "Prośba o nową funkcję",

            contract_professional: "Professional",
            contract_premier: "Premier",

            tenant_fewer_than_100: "mniej niż 100 licencji",
            tenant_100_or_more: "100 licencji lub więcej",

            impact_usability: "Czy można korzystać z usługi",
            impact_scope: "Kogo lub czego dotyczy",
            impact_business_impact: "Wpływ na działalność",
            impact_workaround: "Obejście",

            answer_not_answered: "brak odpowiedzi",
            answer_dont_know: "nie wiem",
            usability_unusable: "nie, usługa jest niedostępna lub bezużyteczna",
            usability_worse_than_before: "tak, ale działa gorzej niż wcześniej",
            usability_minor_inconvenience: "tak, to drobna niedogodność",
            scope_many_users_or_services: "wielu użytkowników lub kilku usług",
            scope_one_user_customer_or_service: "jednego użytkownika, klienta lub jednej usługi",
            scope_nobody_yet: "na razie nikogo",
            business_impact_severe: "poważny lub termin jest zagrożony",
            business_impact_moderate: "umiarkowany, może poczekać do godzin pracy",
            business_impact_minimal: "minimalny",
            workaround_acceptable: "tak, akceptowalne",
            workaround_none: "nie",

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
            method_phone: "telefon",

            status_draft: "wersja robocza, jeszcze nie wysłano",
            status_self_solved: "rozwiązano bez zgłoszenia",
            status_filed: "wysłano do dostawcy",
        }
    }

    fn plan_problem(&self, problem: &PlanProblem) -> String {
        match problem {
            PlanProblem::TierNumberOutOfRange { tier_index, number } => format!(
                "Wpis warstwy {} ma numer {number}. Użyj 1, 2 lub 3 (dostawca to warstwa 4).",
                tier_index + 1
            ),
            PlanProblem::DuplicateTier { number } => {
                format!("Warstwa {number} jest zdefiniowana więcej niż raz. Zostaw jedną.")
            }
            PlanProblem::TierWithoutTeamName { tier } => {
                format!("Warstwa {tier} nie ma nazwy zespołu.")
            }
            PlanProblem::TierWithoutContact { tier } => format!(
                "Warstwa {tier} nie ma żadnego kontaktu. Dodaj co najmniej jedną osobę, do której \
                 można się zwrócić."
            ),
            PlanProblem::ContactWithoutName { tier, contact_index } => {
                format!(
                    "Kontakt {} w warstwie {tier} nie ma imienia i nazwiska.",
                    contact_index + 1
                )
            }
            PlanProblem::ContactWithoutEmailOrPhone { tier, contact_index } => format!(
                "Kontakt {} w warstwie {tier} nie ma ani adresu e-mail, ani numeru telefonu.",
                contact_index + 1
            ),
            PlanProblem::InvalidEmail { tier, contact_index, email } => format!(
                "Kontakt {} w warstwie {tier}: „{}” nie jest poprawnym adresem e-mail.",
                contact_index + 1,
                shorten(email)
            ),
            PlanProblem::InvalidPhone { tier, contact_index, phone } => format!(
                "Kontakt {} w warstwie {tier}: „{}” nie wygląda na numer telefonu.",
                contact_index + 1,
                shorten(phone)
            ),
            PlanProblem::EscalationStepUndefinedTier { step_index, tier } => format!(
                "Krok eskalacji {} odwołuje się do warstwy {tier}, której nie ma w planie.",
                step_index + 1
            ),
            PlanProblem::EscalationStepToItself { step_index } => format!(
                "Krok eskalacji {} przekazuje zgłoszenie temu, kto już je ma.",
                step_index + 1
            ),
            PlanProblem::EscalationStepWithoutHandover { step_index } => {
                format!("Krok eskalacji {} nie określa, co jest przekazywane.", step_index + 1)
            }
            PlanProblem::AudienceUndefinedTier { audience_index, tier } => format!(
                "Grupa szkoleniowa {} odwołuje się do warstwy {tier}, której nie ma w planie.",
                audience_index + 1
            ),
            PlanProblem::AgendaTooShort { total_minutes, recommended_minimum } => format!(
                "Program szkolenia trwa łącznie: {}. Zalecane minimum: {}.",
                self.minutes(*total_minutes),
                self.minutes(*recommended_minimum)
            ),
            PlanProblem::AgendaTooLong { total_minutes, recommended_maximum } => format!(
                "Program szkolenia trwa łącznie: {}. Zalecane maksimum: {}.",
                self.minutes(*total_minutes),
                self.minutes(*recommended_maximum)
            ),
            PlanProblem::AgendaItemWithoutTitle { item_index } => {
                format!("Punkt programu {} nie ma tematu.", item_index + 1)
            }
            PlanProblem::AgendaItemWithoutDuration { item_index } => {
                format!("Punkt programu {} nie ma czasu trwania.", item_index + 1)
            }
            PlanProblem::ChecklistItemWithoutLabel { item_index } => {
                format!("Pozycja {} listy wczesnego zaangażowania jest pusta.", item_index + 1)
            }
        }
    }

    fn plan_import_error(&self, error: &PlanJsonError) -> String {
        match error {
            PlanJsonError::NotJson { detail } => {
                format!("Plik nie jest poprawnym plikiem JSON ({detail}).")
            }
            PlanJsonError::WrongSchema { found } if found == "missing" => {
                "Plik nie jest eksportem planu wsparcia: brakuje w nim pola „schema”.".to_owned()
            }
            PlanJsonError::WrongSchema { found } => format!(
                "Plik nie jest eksportem planu wsparcia: jego pole „schema” ma wartość {found}, a \
                 powinno mieć „{PLAN_SCHEMA}”."
            ),
            PlanJsonError::UnsupportedVersion { found } if found == "missing" => format!(
                "W pliku brakuje wersji formatu planu. Ta wersja aplikacji odczytuje format \
                 {PLAN_FORMAT_VERSION}."
            ),
            PlanJsonError::UnsupportedVersion { found } => format!(
                "Plan wyeksportowano w formacie w wersji {found}. Ta wersja aplikacji odczytuje \
                 format {PLAN_FORMAT_VERSION}."
            ),
            PlanJsonError::InvalidPlan { detail } => {
                format!("Nie udało się odczytać planu zapisanego w pliku: {detail}.")
            }
        }
    }

    fn step_of(&self, step: usize, total: usize) -> String {
        format!("Krok {step} z {total}")
    }

    fn hours(&self, hours: u32) -> String {
        counted(u64::from(hours), "godzina", "godziny", "godzin")
    }

    fn minutes(&self, minutes: u32) -> String {
        counted(u64::from(minutes), "minuta", "minuty", "minut")
    }

    fn drafts_count(&self, count: usize) -> String {
        counted(count as u64, "wersja robocza", "wersje robocze", "wersji roboczych")
    }

    fn deleted_count(&self, count: usize) -> String {
        format!(
            "Usunięto {}.",
            counted(count as u64, "wersję roboczą", "wersje robocze", "wersji roboczych")
        )
    }

    fn imported_count(&self, count: usize) -> String {
        format!(
            "Zaimportowano {}.",
            counted(count as u64, "wersję roboczą", "wersje robocze", "wersji roboczych")
        )
    }

    fn saved_by_newer_version(&self, found: u32, readable: u32) -> String {
        format!("został zapisany przez nowszą wersję Support Triage (format {found}; ta wersja odczytuje formaty do {readable}).")
    }

    fn old_drafts(&self, count: usize, days: u32) -> String {
        let count = count as u64;
        let drafts = plural_pl(
            count,
            "wersja robocza nie była zmieniana",
            "wersje robocze nie były zmieniane",
            "wersji roboczych nie było zmienianych",
        );
        let days = counted(u64::from(days), "dnia", "dni", "dni");
        format!("{count} {drafts} od ponad {days}.")
    }

    fn days(&self, days: u32) -> String {
        counted(u64::from(days), "dzień", "dni", "dni")
    }

    fn response_within(&self, total_minutes: u32, business_hours: bool) -> String {
        let amount = duration_genitive(total_minutes);
        if !business_hours {
            return format!("w ciągu {amount}");
        }
        // "Robocza" agrees with the whole amount: singular only for exactly one hour or minute.
        let adjective =
            if total_minutes == 1 || total_minutes == 60 { "roboczej" } else { "roboczych" };
        format!("w ciągu {amount} {adjective}")
    }

    fn expected_by(&self, date: &str, within: &str) -> String {
        format!("{within} — termin: {date}")
    }

    fn due_in(&self, duration: &str) -> String {
        format!("Do terminu pozostało: {duration}")
    }

    fn overdue_by(&self, duration: &str) -> String {
        format!("Przekroczenie terminu: {duration}")
    }

    fn level_because(&self, lead: &str, reason: &str) -> String {
        format!("{lead} {reason}.")
    }

    fn level_because_several(&self, lead: &str) -> String {
        format!("{lead}:")
    }

    fn tier_has_looked(&self, number: u8, team: &str) -> String {
        if team.trim().is_empty() {
            format!("Warstwa {number} zajmowała się już tym problemem")
        } else {
            format!("Warstwa {number} ({}) zajmowała się już tym problemem", team.trim())
        }
    }

    fn tier_findings_label(&self, number: u8) -> String {
        format!("Co ustaliła warstwa {number}?")
    }

    fn tier_name(&self, number: u8) -> String {
        format!("Warstwa {number}")
    }

    fn languages_offered(&self, list: &str) -> String {
        format!("Pomoc w tym kanale jest dostępna w językach: {list}.")
    }

    fn timeline_summary(&self, start: &str, due: &str, business_hours: bool) -> String {
        if business_hours {
            format!(
                "Oś czasu. {start}. Termin odpowiedzi: {due}. Czas biegnie tylko w godzinach pracy \
                 pomocy technicznej; godziny, w których jest nieczynna, są zacieniowane."
            )
        } else {
            format!("Oś czasu. {start}. Termin odpowiedzi: {due}. Czas biegnie całą dobę.")
        }
    }

    fn filing_corrected(&self, number: &str, date: &str) -> String {
        format!("Zgłoszenie {number}, poprawione: {date}.")
    }

    fn filing_withdrawn(&self, number: &str, date: &str) -> String {
        format!("Zgłoszenie {number}, oznaczone jako niezłożone: {date}.")
    }

    fn filed_as(&self, number: &str, date: &str) -> String {
        format!("Wysłano do dostawcy jako zgłoszenie nr {number}. Data wysłania: {date}.")
    }

    fn handed_off_as(&self, number: &str, date: &str) -> String {
        format!("Wysłano do helpdesku jako zgłoszenie nr {number}. Data wysłania: {date}.")
    }

    fn contact_first_tier(&self, team: &str) -> String {
        if team.trim().is_empty() {
            "W Twojej organizacji problemy trafiają najpierw do warstwy 1. Kontakt:".to_owned()
        } else {
            format!(
                "W Twojej organizacji problemy trafiają najpierw do warstwy 1 ({}). Kontakt:",
                team.trim()
            )
        }
    }

    fn vendor_is_tier_four(&self, vendor: &str) -> String {
        let vendor = if vendor.trim().is_empty() { "Dostawca" } else { vendor.trim() };
        format!(
            "{vendor} to warstwa 4. Wyślij to zgłoszenie, gdy warstwy w Twojej organizacji nie \
             mogą rozwiązać problemu."
        )
    }

    fn channel_with_category(&self, channel: &str, category: &str) -> String {
        format!("{channel}, kategoria „{category}”")
    }

    fn text(&self, message: Message) -> &'static str {
        match message {
            Message::AppName => "Support Triage",
            Message::LanguageLabel => "Język",
            Message::LandingLead => {
                "Szybciej uzyskaj właściwą pomoc: przygotuj jedno przejrzyste zgłoszenie dla \
                 każdego problemu i zaplanuj, kto w Twojej organizacji czym się zajmuje, zanim \
                 sprawa trafi do dostawcy."
            }
            Message::LandingTicketHeading => "Przygotuj zgłoszenie do pomocy technicznej",
            Message::LandingTicketBody => {
                "Najpierw spróbuj rozwiązać problem samodzielnie. Potem wybierz właściwy kanał, \
                 oceń, jak poważny jest problem i kiedy nadejdzie pierwsza odpowiedź, a na koniec \
                 skopiuj lub pobierz kompletne zgłoszenie."
            }
            Message::LandingStartTicket => "Rozpocznij nowe zgłoszenie",
            Message::LandingResumeHeading => "Wróć do rozpoczętej pracy",
            Message::LandingPlanHeading => "Zaplanuj wsparcie w swojej organizacji",
            Message::LandingPlanBody => {
                "Ustal, kto obsługuje warstwy 1–3, jak problemy są eskalowane do dostawcy oraz jak \
                 szkolić helpdesk i wcześnie go angażować."
            }
            Message::LandingStartPlan => "Otwórz plan wsparcia",
            Message::ViewAllDrafts => "Pokaż wszystkie wersje robocze",
            Message::LandingUnreadableNotice => {
                "Nie udało się odczytać części zapisanych wersji roboczych. Zostały odłożone na \
                 bok, aby można je było odzyskać."
            }
            Message::Back => "Wstecz",
            Message::Continue => "Dalej",
            Message::ErrorSummaryTitle => "Wystąpił problem",
            Message::ErrorTitlePrefix => "Błąd: ",
            Message::ErrorPrefix => "Błąd:",
            Message::Optional => "(opcjonalnie)",
            Message::Yes => "Tak",
            Message::Change => "Zmień",
            Message::SaveStatusSaving => "Zapisywanie…",
            Message::SaveStatusSaved => "Zapisano na tym urządzeniu",
            Message::SaveStatusNotSavedQuota => {
                "Nie zapisano: pamięć tej przeglądarki jest pełna. Twój tekst nadal tu jest. \
                 Pobierz wersję roboczą albo usuń stare wersje robocze, aby zwolnić miejsce."
            }
            Message::SaveStatusNotSavedOther => {
                "Nie zapisano: ta przeglądarka odmówiła zapisania wersji roboczej. Twój tekst \
                 nadal tu jest. Pobierz wersję roboczą, aby zachować kopię."
            }
            Message::SaveStatusMemoryOnly => {
                "Ta przeglądarka nie pozwala przechowywać wersji roboczych, więc znikną po \
                 zamknięciu strony. Pobierz wszystko, co chcesz zachować."
            }
            Message::SaveStatusUpdatedElsewhere => {
                "Zaktualizowano o zmiany wprowadzone w innej karcie"
            }
            Message::ConflictHeading => "Ta wersja robocza została zmieniona w innej karcie",
            Message::ConflictBody => {
                "Podczas pisania w tej karcie inna karta zapisała nowszą wersję tego zgłoszenia. \
                 Wybierz, którą wersję zachować. Do tego czasu nic nie zostanie utracone."
            }
            Message::ConflictKeepTheirs => "Użyj wersji z innej karty",
            Message::ConflictKeepMine => "Zachowaj moją wersję",
            Message::ConflictKeepBoth => "Zachowaj obie jako osobne wersje robocze",
            Message::DeletedElsewhereNotice => {
                "Ta wersja robocza została usunięta w innej karcie. Kopia z tej karty została \
                 zapisana ponownie, więc nic nie zginęło."
            }
            Message::ExportThisDraft => "Pobierz tę wersję roboczą (JSON)",
            Message::PanicHeading => "Coś poszło nie tak",
            Message::PanicBody => {
                "W Support Triage wystąpił błąd wewnętrzny i aplikacja się zatrzymała. Wersje \
                 robocze zapisane w tej przeglądarce są bezpieczne. Pobierz wersję roboczą, nad \
                 którą pracujesz, aby zachować kopię, a potem odśwież stronę."
            }
            Message::PanicDownloadDraft => "Pobierz wersję roboczą, nad którą pracujesz",
            Message::ConfigProblemsHeading => "Konfiguracja tej strony zawiera błędy",
            Message::ConfigProblemsBody => {
                "Tam, gdzie to możliwe, widżet działa z bezpiecznymi ustawieniami domyślnymi. Dla \
                 właściciela strony – każdy problem wraz z miejscem w konfiguracji:"
            }
            Message::BeforeYouFileHeading => "Zanim wyślesz zgłoszenie",
            Message::BeforeYouFileIntro => {
                "Odpowiedzi na wiele problemów można znaleźć w tych materiałach. Szybkie \
                 sprawdzenie może oszczędzić Ci czekania na odpowiedź."
            }
            Message::DidThisSolveIt => "Czy któryś z tych materiałów rozwiązał Twój problem?",
            Message::DidThisSolveItError => "Zaznacz, czy materiały rozwiązały Twój problem",
            Message::SolvedByPrefix => "Tak, ",
            Message::YesSomethingElse => "Tak, coś innego z tej strony",
            Message::NoContinue => "Nie, kontynuuj",
            Message::SelfSolvedHeading => "Świetnie, że problem został rozwiązany",
            Message::SelfSolvedBody => {
                "Zgłoszenie nie jest potrzebne. Ta wersja robocza zostaje na liście jako \
                 rozwiązana samodzielnie – na wypadek, gdyby problem wrócił."
            }
            Message::StartAnotherTicket => "Rozpocznij kolejne zgłoszenie",
            Message::RequestKindQuestion => "Czego dotyczy zgłoszenie?",
            Message::RequestKindError => "Wybierz, czego dotyczy zgłoszenie",
            Message::KindTechnical => "Problemu technicznego",
            Message::KindTechnicalHint => "Coś w usłudze nie działa tak, jak powinno.",
            Message::KindBilling => "Rozliczeń, licencji lub mojego konta",
            Message::KindBillingHint => "Faktury, subskrypcje, liczba licencji lub dostęp do konta.",
            Message::KindConfigurationManagerWithService => {
                "Configuration Managera razem z usługą (współzarządzanie lub dołączanie dzierżawy)"
            }
            Message::KindConfigurationManagerWithServiceHint => {
                "Wchodzi w zakres pomocy technicznej samej usługi i trafia tym samym kanałem co \
                 inne pytania o nią."
            }
            Message::KindConfigurationManagerStandalone => {
                "Samego Configuration Managera lub Endpoint Protection"
            }
            Message::KindConfigurationManagerStandaloneHint => {
                "Bez usługi. Te produkty mają osobną pomoc techniczną: u partnera lub odpłatną."
            }
            Message::KindVolumeLicensing => "Licencjonowania zbiorowego",
            Message::KindVolumeLicensingHint => {
                "Klucze licencji lub licencje kupione w ramach umowy licencjonowania zbiorowego."
            }
            Message::KindFeatureRequest => "Pomysłu lub prośby o nową funkcję",
            Message::KindFeatureRequestHint => "Coś, czego brakuje Ci w produkcie.",
            Message::ElsewhereHeading => "To zgłoszenie trafia gdzie indziej",
            Message::ElsewhereFeedbackBody => {
                "Pomysły i prośby o nowe funkcje nie są zgłoszeniami do pomocy technicznej. \
                 Opublikuj swój pomysł w witrynie opinii, gdzie inni mogą na niego głosować."
            }
            Message::ElsewherePartnerBody => {
                "Ten produkt nie jest obsługiwany w tym kanale. Skontaktuj się ze swoim partnerem \
                 lub skorzystaj z poniższych możliwości."
            }
            Message::ElsewhereServiceBody => "Takimi sprawami zajmuje się osobna usługa.",
            Message::ElsewhereChangeAnswer => "Zmień, czego dotyczy zgłoszenie",
            Message::SupportContractHeading => "Twoja umowa pomocy technicznej i wielkość dzierżawy",
            Message::SupportContractIntro => {
                "Od dwóch odpowiedzi zależy, dokąd trafi zgłoszenie i jakie czasy odpowiedzi \
                 obowiązują."
            }
            Message::SupportContractQuestion => "Jaką umowę pomocy technicznej ma Twoja organizacja?",
            Message::SupportContractError => "Wybierz umowę pomocy technicznej swojej organizacji",
            Message::ContractProfessional => "Professional (pomoc w ramach subskrypcji)",
            Message::ContractProfessionalHint => "Pomoc techniczna wliczona w subskrypcję.",
            Message::ContractPremier => "Premier",
            Message::ContractPremierHint => {
                "Umowa Premier z własnym portalem i własnymi czasami odpowiedzi."
            }
            Message::TenantSizeQuestion => "Ile licencji ma Twoja dzierżawa?",
            Message::TenantSizeError => "Wybierz, ile licencji ma Twoja dzierżawa",
            Message::TenantFewerThan100 => "Mniej niż 100 licencji",
            Message::TenantFewerThan100Hint => {
                "Przy pomocy w ramach subskrypcji małe dzierżawy mają prostszą drogę: opisujesz \
                 problem, przeglądasz proponowane materiały albo prosisz o oddzwonienie."
            }
            Message::TenantHundredOrMore => "100 licencji lub więcej",
            Message::RoutingHeading => "Dokąd trafia to zgłoszenie",
            Message::RoutingWhere => "Gdzie",
            Message::RoutingCategory => "Kategoria",
            Message::RoutingSteps => "Jak utworzyć zgłoszenie",
            Message::RoutingCallBack => {
                "Zamiast pisać zgłoszenie, możesz poprosić o oddzwonienie."
            }
            Message::RoutingOnlineLanguages => "Języki pomocy online",
            Message::RoutingPhoneLanguages => {
                "Języki pomocy telefonicznej i pomocy online w sprawie rozliczeń"
            }
            Message::RoutingPhoneMoreLanguages => {
                "Pomoc telefoniczna i pomoc online w sprawie rozliczeń są dostępne w większej \
                 liczbie języków niż pomoc techniczna online. To, w których językach, a także \
                 numery telefonów i godziny pracy zależą od kraju lub regionu."
            }
            Message::RoutingPhonePageLink => {
                "Numery telefonów, godziny i języki według kraju lub regionu"
            }
            Message::RoutingProblemNotice => {
                "Konfiguracja tej strony nie określa, dokąd trafia to zgłoszenie. Zapytaj \
                 helpdesk, którego kanału użyć."
            }
            Message::DraftsHeading => "Twoje wersje robocze",
            Message::DraftsEmpty => "Nie masz jeszcze żadnych wersji roboczych.",
            Message::DraftsColumnTitle => "Tytuł",
            Message::DraftsColumnSeverity => "Ważność",
            Message::DraftsColumnChanged => "Zmieniono",
            Message::DraftsColumnStatus => "Stan",
            Message::DraftsColumnActions => "Akcje",
            Message::DraftUntitled => "Wersja robocza bez tytułu",
            Message::DraftLinkedWith => "Wydzielone z tego samego opisu co:",
            Message::StatusDraft => "Wersja robocza",
            Message::StatusFiled => "Wysłane",
            Message::StatusSelfSolved => "Rozwiązane samodzielnie",
            Message::Duplicate => "Duplikuj",
            Message::Delete => "Usuń",
            Message::Undo => "Cofnij",
            Message::SeverityNotYetKnown => "Jeszcze nie oceniono",
            Message::LevelCritical => "Krytyczna (A)",
            Message::LevelModerate => "Umiarkowana (B)",
            Message::LevelMinimal => "Minimalna (C)",
            Message::QuarantineHeading => "Wersje robocze, których nie udało się odczytać",
            Message::QuarantineBody => {
                "Te rekordy są uszkodzone albo zostały zapisane przez nowszą wersję Support \
                 Triage. Są przechowywane w niezmienionej postaci: wyświetl lub pobierz tekst, aby \
                 odzyskać to, czego potrzebujesz."
            }
            Message::QuarantineCouldNotBeRead => "Nie udało się odczytać:",
            Message::UnreadableNotJson => "to nie jest poprawny JSON.",
            Message::UnreadableNotOurs => "to nie jest zapis Support Triage.",
            Message::UnreadableDamaged => "zapis jest uszkodzony.",
            Message::UnreadableRevisionOutOfRange => "zapis jest uszkodzony: numer wersji wykracza poza dozwolony zakres.",
            Message::UnreadableIdMismatch => "jego identyfikator nie zgadza się z miejscem, w którym był zapisany.",
            Message::UnreadableSetAsideEarlier => "nie udało się go odczytać podczas wcześniejszej wizyty, więc został odłożony.",
            Message::QuarantineShowText => "Pokaż zapisany tekst",
            Message::QuarantineDownload => "Pobierz zapisany tekst",
            Message::ProblemHeading => "Opisz jeden problem",
            Message::ProblemIntro => {
                "Jedno zgłoszenie dotyczy dokładnie jednego problemu. Problemy, które da się od \
                 siebie oddzielić, szybciej rozwiązuje się w osobnych zgłoszeniach. Przy pomocy w \
                 ramach subskrypcji kolejne zgłoszenia nic dodatkowo nie kosztują; w umowie \
                 Premier pytania o sposób postępowania (jak coś skonfigurować) są płatne."
            }
            Message::ProblemTitleLabel => "Tytuł",
            Message::ProblemTitleHint => {
                "Kilka słów, na przykład: Od poniedziałku nie można zarejestrować urządzeń z \
                 Androidem."
            }
            Message::ProblemTitleError => "Wpisz krótki tytuł problemu",
            Message::ProblemDescriptionLabel => "Co się dzieje?",
            Message::ProblemDescriptionHint => {
                "Co powinno się stać, co dzieje się zamiast tego i od kiedy. Komunikaty o błędach \
                 i to, co już wypróbowano, podasz później."
            }
            Message::ProblemDescriptionError => "Opisz, co się dzieje",
            Message::SeveralProblemsHeading => "Wygląda na to, że to więcej niż jeden problem",
            Message::SeveralProblemsBody => {
                "Każdy z nich może być osobnym zgłoszeniem. Jeśli je rozdzielisz, ta wersja \
                 robocza zostanie przy pierwszym problemie, a dla każdego z pozostałych powstanie \
                 powiązana wersja robocza ze skopiowanymi danymi kontaktowymi i umową pomocy technicznej."
            }
            Message::SplitIntoDrafts => "Rozdziel na osobne wersje robocze",
            Message::SplitDone => {
                "Gotowe: ta wersja robocza dotyczy teraz pierwszego problemu. Pozostałe są na \
                 liście wersji roboczych i są z nią powiązane."
            }
            Message::SuggestionsHeading => "Te artykuły mogą pomóc",
            Message::SuggestionErrorCode => "Wyjaśnia podany przez Ciebie kod błędu.",
            Message::FeatureRequestHeading => "To brzmi jak pomysł, a nie problem",
            Message::PossibleDuplicate => "Masz już wersję roboczą, która wygląda na ten sam problem:",
            Message::OpenThatDraft => "Otwórz tamtą wersję roboczą",
            Message::ImpactHeading => "Jak poważny jest problem?",
            Message::ImpactIntro => {
                "Cztery pytania o skutki problemu. Ważność jest ustalana na bieżąco na podstawie \
                 odpowiedzi. Jeśli masz powód, możesz wybrać inną ważność."
            }
            Message::ImpactUsabilityQuestion => "Czy Twoja organizacja nadal może korzystać z usługi?",
            Message::ImpactUsabilityHint => "Chodzi o usługę dostawcy w takiej postaci, w jakiej korzysta z niej Twoja organizacja, a nie o urządzenie jednej osoby: jeśli u wszystkich innych działa, nadal można z niej korzystać.",
            Message::ImpactScopeQuestion => "Kogo lub czego dotyczy problem?",
            Message::ImpactBusinessQuestion => "Jak bardzo problem wpływa na działalność?",
            Message::ImpactWorkaroundQuestion => "Czy istnieje akceptowalne obejście?",
            Message::ImpactWorkaroundHint => {
                "Sposób, który pozwala ludziom pracować do czasu usunięcia problemu."
            }
            Message::UsabilityUnusable => "Nie: usługa jest niedostępna albo w ogóle nie działa",
            Message::UsabilityWorseThanBefore => "Tak, ale działa gorzej niż wcześniej",
            Message::UsabilityMinorInconvenience => "Tak: problem jest drobną niedogodnością",
            Message::ScopeMany => "Wielu użytkowników lub kilku usług",
            Message::ScopeOne => "Jednego użytkownika, klienta lub jednej usługi",
            Message::ScopeNobodyYet => "Na razie nikogo",
            Message::ScopeNobodyYetHint => "Problem został zauważony, zanim kogoś dotknął.",
            Message::BusinessSevere => {
                "Poważnie: zagrożona jest produkcja, działalność operacyjna lub termin"
            }
            Message::BusinessModerate => "Umiarkowanie: sprawa może poczekać do godzin pracy",
            Message::BusinessMinimal => "Minimalnie: prawie nie wpływa na działalność",
            Message::WorkaroundAcceptable => "Tak, akceptowalne",
            Message::WorkaroundNone => "Nie",
            Message::DontKnow => "Nie wiem",
            Message::ImpactUsabilityError => "Zaznacz, czy z usługi nadal można korzystać",
            Message::ImpactScopeError => "Zaznacz, kogo lub czego dotyczy problem",
            Message::ImpactBusinessError => "Zaznacz, jak bardzo problem wpływa na działalność",
            Message::ImpactWorkaroundError => "Zaznacz, czy istnieje akceptowalne obejście",
            Message::SeverityComputedHeading => "Ważność na podstawie Twoich odpowiedzi",
            Message::SeverityPrefix => "Ważność:",
            Message::SeverityIncompleteHint => {
                "Pytania, na które jeszcze nie odpowiedziano, są liczone jako „Nie wiem”."
            }
            Message::BecauseCritical => "Ważność krytyczna, ponieważ",
            Message::BecauseModerate => "Ważność umiarkowana, ponieważ",
            Message::BecauseMinimal => "Ważność minimalna, ponieważ",
            Message::ReasonServiceUnusable => "usługa jest niedostępna lub nie da się z niej korzystać",
            Message::ReasonWorseThanBefore => {
                "z usługi można korzystać, ale działa gorzej niż wcześniej"
            }
            Message::ReasonMinorInconvenience => {
                "usługa działa, a problem jest drobną niedogodnością"
            }
            Message::ReasonUsabilityNotKnown => {
                "nie wiadomo jeszcze, w jakim stopniu można korzystać z usługi"
            }
            Message::ReasonManyAffected => "problem dotyczy wielu użytkowników lub kilku usług",
            Message::ReasonOneAffected => "problem dotyczy jednego użytkownika, klienta lub jednej usługi",
            Message::ReasonNobodyAffectedYet => "problem jeszcze nikogo nie dotyczy",
            Message::ReasonScopeNotKnown => "nie wiadomo jeszcze, kogo lub czego dotyczy problem",
            Message::ReasonSevereBusinessImpact => {
                "problem poważnie wpływa na produkcję, działalność operacyjną lub termin wdrożenia"
            }
            Message::ReasonModerateBusinessImpact => {
                "wpływ na działalność jest umiarkowany i sprawa może poczekać do godzin pracy"
            }
            Message::ReasonMinimalBusinessImpact => "wpływ na działalność jest minimalny",
            Message::ReasonBusinessImpactNotKnown => "wpływ na działalność nie jest jeszcze znany",
            Message::ReasonNoWorkaround => "nie ma akceptowalnego obejścia",
            Message::ReasonAcceptableWorkaround => "dzięki akceptowalnemu obejściu można dalej pracować",
            Message::ReasonWorkaroundNotKnown => "nie wiadomo jeszcze, czy istnieje obejście",
            Message::ReasonCriticalNeedsKnownAnswers => "ważność byłaby krytyczna tylko wtedy, gdyby nieznane jeszcze odpowiedzi okazały się niekorzystne; odpowiedz na te pytania, aby potwierdzić krytyczną ważność",
            Message::OverrideToggle => "Wybierz inną ważność",
            Message::OverrideToggleHint => {
                "Na przykład gdy z powodu terminu problem jest pilniejszy, niż wynika z odpowiedzi. \
                 Dostawca zobaczy ważność wynikającą z odpowiedzi, ważność wybraną przez Ciebie i \
                 Twoje uzasadnienie."
            }
            Message::OverrideLevelLegend => "Jaką ważność ma mieć zgłoszenie?",
            Message::OverrideLevelError => "Wybierz ważność zgłoszenia",
            Message::OverrideReasonLabel => "Dlaczego zgłoszenie powinno mieć tę ważność?",
            Message::OverrideReasonHint => "Inżynier dostawcy przeczyta to razem ze zgłoszeniem.",
            Message::OverrideReasonError => {
                "Wyjaśnij, dlaczego zgłoszenie powinno mieć inną ważność"
            }
            Message::SeverityComputedLabel => "Ważność wynikająca z odpowiedzi",
            Message::SeverityOverrideReasonLabel => "Twoje uzasadnienie",
            Message::DetailsHeading => "Przekaż inżynierowi więcej informacji",
            Message::DetailsIntro => {
                "O te informacje inżynier pyta zwykle najpierw. Im więcej podasz teraz, tym mniej \
                 pytań padnie później."
            }
            Message::DetailsProblemSection => "O problemie",
            Message::StartedLabel => "Kiedy problem się zaczął?",
            Message::StartedHint => {
                "Data i godzina albo na przykład: po wtorkowej zmianie zasad."
            }
            Message::AffectedLabel => "Ilu użytkowników lub urządzeń dotyczy problem?",
            Message::AffectedHint => {
                "Na przykład: około 40 telefonów z Androidem w dziale sprzedaży."
            }
            Message::PlatformsLegend => "Których platform dotyczy problem?",
            Message::PlatformsHint => "Zaznacz wszystkie, które pasują.",
            Message::PlatformWindows => "Windows",
            Message::PlatformMacos => "macOS",
            Message::PlatformIos => "iOS lub iPadOS",
            Message::PlatformAndroid => "Android",
            Message::PlatformLinux => "Linux",
            Message::PlatformOther => "Inna platforma",
            Message::PlatformOtherLabel => "Jaka platforma?",
            Message::ErrorMessagesLabel => "Komunikaty o błędach",
            Message::ErrorMessagesHint => {
                "Skopiuj je dokładnie w takiej postaci, w jakiej się wyświetlają, razem z kodami \
                 błędów."
            }
            Message::AlreadyTriedLabel => "Co już wypróbowano?",
            Message::AlreadyTriedHint => "I co się wtedy stało.",
            Message::EscalationSection => "Kto w Twojej organizacji już się tym zajmował",
            Message::EscalationHint => {
                "Warstwy z Twojego planu wsparcia. Zaznacz każdą warstwę, która pracowała nad \
                 problemem, i opisz, co ustaliła."
            }
            Message::ContactSection => "Jak dostawca może się z Tobą skontaktować",
            Message::ContactHint => "Podaj adres e-mail, numer telefonu albo oba.",
            Message::ContactNameLabel => "Imię i nazwisko",
            Message::ContactEmailLabel => "Adres e-mail",
            Message::ContactPhoneLabel => "Numer telefonu",
            Message::ContactPhoneHint => {
                "Z numerem kierunkowym kraju, na przykład +48 22 000 00 00."
            }
            Message::PreferredMethodLegend => "Jaką formę kontaktu wolisz?",
            Message::MethodEmail => "E-mail",
            Message::MethodPhone => "Telefon",
            Message::SupportLanguageLabel => "Język pomocy technicznej",
            Message::ContactMissingError => "Podaj adres e-mail lub numer telefonu",
            Message::PreferredEmailMissingError => {
                "Podaj adres e-mail albo wybierz kontakt telefoniczny"
            }
            Message::PreferredPhoneMissingError => {
                "Podaj numer telefonu albo wybierz kontakt przez e-mail"
            }
            Message::EmailFormatError => {
                "Podaj adres e-mail w poprawnym formacie, na przykład nazwa@example.com"
            }
            Message::CheckAnswersHeading => "Sprawdź odpowiedzi przed wysłaniem",
            Message::CheckSectionRequest => "Zgłoszenie",
            Message::CheckSectionProblem => "Problem",
            Message::CheckSectionImpact => "Skutki i ważność",
            Message::CheckSectionDetails => "Szczegóły",
            Message::CheckSectionContact => "Kontakt",
            Message::CheckSelfHelp => "Materiały pomocy",
            Message::CheckSelfHelpValue => "Sprawdzono; nie rozwiązały problemu",
            Message::CheckRequestKind => "Dotyczy",
            Message::CheckSupportContract => "Umowa pomocy technicznej",
            Message::CheckTenantSize => "Licencje w dzierżawie",
            Message::CheckDescription => "Co się dzieje",
            Message::CheckSeverity => "Ważność",
            Message::CheckStarted => "Początek problemu",
            Message::CheckAffected => "Użytkownicy lub urządzenia, których dotyczy problem",
            Message::CheckPlatforms => "Platformy",
            Message::CheckErrorMessages => "Komunikaty o błędach",
            Message::CheckAlreadyTried => "Co już wypróbowano",
            Message::CheckEscalation => "Kto się tym zajmował",
            Message::CheckPreferredMethod => "Preferowana forma kontaktu",
            Message::NotGiven => "Nie podano",
            Message::ReadyHeading => "Zgłoszenie jest gotowe do wysłania",
            Message::ReadyIntro => {
                "Poniżej jest wszystko, czego potrzebuje dostawca: ważność, termin pierwszej \
                 odpowiedzi, miejsce, do którego należy wysłać zgłoszenie, i tekst do wklejenia."
            }
            Message::FiledHeading => "Zgłoszenie wysłane",
            Message::ReadySeverityHeading => "Ważność",
            Message::ReadyResponseHeading => "Oczekiwana pierwsza odpowiedź",
            Message::ResponseLeadDraft => {
                "Jeśli wyślesz zgłoszenie teraz, pierwsza odpowiedź powinna nadejść"
            }
            Message::ResponseLeadFiled => "Pierwsza odpowiedź powinna nadejść",
            Message::SetByContract => "zgodnie z Twoją umową",
            Message::ContractNote => {
                "Te czasy odpowiedzi pochodzą z Twojej umowy; wpisała je osoba, która utrzymuje tę \
                 stronę."
            }
            Message::ResponseExampleLead => "Tylko przykład, nie zobowiązanie: pierwsza odpowiedź",
            Message::ResponseExampleNote => {
                "Rzeczywiste czasy odpowiedzi określa Twoja umowa pomocy technicznej: sprawdź je \
                 tam. Dopóki osoba, która utrzymuje tę stronę, ich nie wpisze, nie pokazujemy \
                 terminu ani odliczania."
            }
            Message::ExpectedByContract => "zgodnie z Twoją umową pomocy technicznej",
            Message::ResponseWindowProblem => {
                "Nie udało się wyznaczyć skonfigurowanych czasów odpowiedzi dla tego zgłoszenia, \
                 więc termin nie jest wyświetlany. Poproś osobę, która utrzymuje tę stronę, o \
                 sprawdzenie kalendarzy godzin pracy."
            }
            Message::DueNow => "Termin mija teraz",
            Message::OverdueLabel => "Po terminie",
            Message::TimelineIfFiledNow => "Jeśli wyślesz teraz:",
            Message::TimelineFiled => "Wysłano:",
            Message::TimelineDue => "Termin odpowiedzi:",
            Message::TimelineLegendOpen => "Pomoc techniczna czynna: czas biegnie",
            Message::TimelineLegendClosed => "Pomoc techniczna nieczynna: czas stoi",
            Message::TimelineLegendNow => "Teraz",
            Message::ContactFirstHeading => "Z kim skontaktować się najpierw",
            Message::ContactFirstNoTier1 => {
                "Twój plan wsparcia nie wskazuje jeszcze kontaktów w warstwie 1. Do tego czasu \
                 zwracaj się najpierw do helpdesku."
            }
            Message::TicketTextHeading => "Tekst zgłoszenia",
            Message::TicketTextHint => "Wklej go do formularza dostawcy albo zachowaj kopię.",
            Message::CopyText => "Kopiuj tekst zgłoszenia",
            Message::Copied => "Skopiowano. Wklej tekst do formularza dostawcy.",
            Message::CopyRefused => {
                "Przeglądarka nie pozwoliła na kopiowanie, więc tekst został zaznaczony. Naciśnij \
                 Ctrl+C (na Macu Cmd+C), aby go skopiować."
            }
            Message::DownloadMarkdown => "Pobierz jako Markdown",
            Message::DownloadPlainText => "Pobierz jako zwykły tekst",
            Message::DownloadJson => "Pobierz jako JSON",
            Message::DownloadRefused => "Przeglądarka nie rozpoczęła pobierania.",
            Message::PrintTicket => "Drukuj zgłoszenie",
            Message::EmailTicket => "Wyślij tekst zgłoszenia e-mailem",
            Message::EmailShortenedNote => {
                "[Skrócono, aby zmieścić tekst w linku e-mail. Pełny tekst możesz skopiować lub \
                 pobrać w Support Triage.]"
            }
            Message::FiledFormHeading => "Czy zgłoszenie zostało już wysłane?",
            Message::FiledNumberLabel => "Numer zgłoszenia u dostawcy",
            Message::FiledNumberHint => {
                "Znajdziesz go w potwierdzeniu od dostawcy albo na liście żądań obsługi tam, gdzie \
                 zgłoszenie zostało wysłane."
            }
            Message::FiledNumberError => "Wpisz numer zgłoszenia nadany przez dostawcę",
            Message::FiledButton => "Potwierdź wysłanie",
            Message::FiledChangeSummary => "Popraw numer lub zaznacz, że zgłoszenia nie złożono",
            Message::FiledCorrectLabel => "Poprawiony numer zgłoszenia u dostawcy",
            Message::FiledCorrectButton => "Zapisz poprawiony numer",
            Message::FiledWithdrawButton => "Jednak nie złożono zgłoszenia",
            Message::FiledHistoryHeading => "Wcześniejsze zgłoszenia",
            Message::ReadyActionsHeading => "Skopiuj, pobierz lub wyślij",
            Message::SeverityChosenByYou => "wybrana przez Ciebie",
            Message::ExportAllDrafts => "Pobierz wszystkie wersje robocze (JSON)",
            Message::ImportDrafts => "Importuj wersje robocze z pliku",
            Message::ImportDraftsHint => {
                "Plik pobrany przyciskiem „Pobierz wszystkie wersje robocze”. Wersje robocze, \
                 które już tu są, zostaną zastąpione tylko nowszymi kopiami."
            }
            Message::ImportFailed => "Nie udało się zaimportować pliku:",
            Message::ImportNotDraftsExport => "to nie jest eksport wersji roboczych Support Triage.",
            Message::ImportFileUnreadable => "przeglądarka nie mogła odczytać pliku.",
            Message::ImportedHeading => "Import zakończony",
            Message::ImportSkippedNewer => "pominięto, bo nowsza kopia jest już zapisana",
            Message::ImportSkippedInvalid => "pominięto, bo to nie jest poprawna wersja robocza",
            Message::ImportSkippedNotSaved => "pominięto, bo przeglądarka odmówiła zapisania",
            Message::ClearAllDrafts => "Usuń wszystkie wersje robocze",
            Message::ClearAllConfirmHeading => "Usunąć wszystkie wersje robocze?",
            Message::ClearAllConfirmBody => {
                "Wszystkie wersje robocze zapisane w tej przeglądarce zostaną usunięte. Tej \
                 operacji nie można cofnąć. Jeśli mogą Ci się jeszcze przydać, najpierw je pobierz."
            }
            Message::ClearAllConfirm => "Tak, usuń wszystkie wersje robocze",
            Message::Cancel => "Anuluj",
            Message::CleanupHeading => "Stare wersje robocze",
            Message::CleanupBody => {
                "Możesz je usunąć, aby lista była krótka. Nic nie zostanie usunięte bez Twojej \
                 decyzji."
            }
            Message::CleanupConfirm => "Usuń stare wersje robocze",
            Message::MinutesUnit => "min",
            Message::PlanHeading => "Twój plan wsparcia",
            Message::PlanCaption => "Plan wsparcia",
            Message::PlanIntro => {
                "Sekcje możesz wypełniać w dowolnej kolejności. Wszystko jest zapisywane na tym \
                 urządzeniu na bieżąco, a nowe zgłoszenia biorą z tego planu ścieżkę eskalacji i \
                 kontakty."
            }
            Message::PlanUsingDefault => {
                "Zaczynasz od domyślnego planu Twojej organizacji. Twoje zmiany są przechowywane \
                 osobno na tym urządzeniu."
            }
            Message::PlanCustomised => {
                "Ten plan zawiera Twoje zmiany. Domyślny plan organizacji jest zachowany i możesz \
                 do niego wrócić w dowolnej chwili."
            }
            Message::PlanSectionsHeading => "Sekcje planu",
            Message::PlanSectionTeams => "Zespoły i warstwy",
            Message::PlanSectionTeamsHint => {
                "Kto obsługuje warstwy 1–3, jak się z nimi skontaktować i dostawca jako warstwa 4"
            }
            Message::PlanSectionEscalation => "Proces eskalacji",
            Message::PlanSectionEscalationHint => {
                "Jak problem przechodzi między warstwami i wraca do użytkownika"
            }
            Message::PlanSectionTraining => "Szkolenia",
            Message::PlanSectionTrainingHint => "Kto jest szkolony, jak i według jakiego programu",
            Message::PlanSectionEarlyInvolvement => "Wczesne zaangażowanie",
            Message::PlanSectionEarlyInvolvementHint => {
                "Udział helpdesku w planowaniu i pilotażu"
            }
            Message::PlanStatusNotStarted => "Nie rozpoczęto",
            Message::PlanStatusInProgress => "W toku",
            Message::PlanStatusCompleted => "Ukończono",
            Message::PlanSaveAndReturn => "Zapisz i wróć do listy zadań",
            Message::PlanSavedAsYouType => "Zmiany są zapisywane na tym urządzeniu na bieżąco.",
            Message::PlanNotSavedQuota => {
                "Nie zapisano: pamięć tej przeglądarki jest pełna. Twój plan nadal tu jest. \
                 Pobierz go jako JSON, aby zachować kopię."
            }
            Message::PlanNotSavedOther => {
                "Nie zapisano: ta przeglądarka odmówiła zapisania planu. Twój plan nadal tu jest. \
                 Pobierz go jako JSON, aby zachować kopię."
            }
            Message::PlanUpdatedElsewhere => "Zaktualizowano o zmiany wprowadzone w innej karcie",
            Message::PlanRestoredAfterReset => {
                "Plan przywrócono do domyślnego w innej karcie. Twoje zmiany z tej karty zapisano \
                 ponownie, więc nic nie zginęło."
            }
            Message::PlanMemoryOnly => {
                "Ta przeglądarka nie pozwala przechowywać planu, więc zniknie on po zamknięciu \
                 strony. Pobierz go, aby zachować kopię."
            }
            Message::PlanConflictHeading => "Plan został zmieniony w innej karcie",
            Message::PlanConflictBody => {
                "Podczas edycji w tej karcie inna karta zapisała nowszą wersję planu. Wybierz, \
                 którą wersję zachować. Do tego czasu nic nie zostanie utracone."
            }
            Message::PlanQuarantineHeading => "Nie udało się odczytać zapisanego planu",
            Message::PlanQuarantineBody => {
                "Jest przechowywany w niezmienionej postaci, a na razie pracujesz na planie \
                 domyślnym. Wyświetl lub pobierz zapisany tekst, aby odzyskać to, czego \
                 potrzebujesz."
            }
            Message::PlanTeamsIntro => {
                "Określ, kto wspiera użytkowników w każdej warstwie. Warstwy 1 i 2 to często \
                 helpdesk, a warstwa 3 to zwykle zespół, który wdrożył usługę. Jeśli w Twojej \
                 organizacji nie ma danej warstwy, zostaw ją pustą."
            }
            Message::PlanTier1Hint => "Tu użytkownicy najpierw zgłaszają problemy.",
            Message::PlanTier2Hint => "Bada to, czego nie rozwiązała warstwa 1.",
            Message::PlanTier3Hint => {
                "Ustala główną przyczynę, zmienia konfigurację usługi i współpracuje z dostawcą."
            }
            Message::PlanTeamName => "Nazwa zespołu",
            Message::PlanTeamHours => "Godziny pracy",
            Message::PlanTeamHoursHint => "Na przykład: od poniedziałku do piątku, 8:00–18:00",
            Message::PlanResponsibilities => "Zakres obowiązków",
            Message::PlanOnePerLine => "Każdy w osobnym wierszu.",
            Message::PlanContactsHeading => "Kontakty",
            Message::PlanNoContactsYet => "Nie ma jeszcze kontaktów.",
            Message::PlanContactHint => "Podaj adres e-mail, numer telefonu albo oba.",
            Message::PlanContactName => "Imię i nazwisko",
            Message::PlanContactRole => "Rola",
            Message::PlanContactEmail => "Adres e-mail",
            Message::PlanContactPhone => "Numer telefonu",
            Message::PlanRemove => "Usuń",
            Message::PlanVendorHint => {
                "Pomoc techniczna dostawcy to warstwa 4. Te ustawienia pochodzą z konfiguracji \
                 Twojej organizacji. Zmieniaj je tylko wtedy, gdy Twoja umowa stanowi inaczej."
            }
            Message::PlanVendorName => "Nazwa pomocy technicznej dostawcy",
            Message::PlanVendorNameHint => {
                "Tak, jak ma się wyświetlać na ścieżce eskalacji, na przykład: Pomoc techniczna \
                 Microsoft"
            }
            Message::PlanVendorChannel => "Kanał kontaktu z dostawcą",
            Message::PlanVendorChannelByRouting => {
                "Wybierany dla każdego zgłoszenia według jego rodzaju i umowy pomocy technicznej"
            }
            Message::PlanVendorSupportContract => "Twoja umowa pomocy technicznej z dostawcą",
            Message::PlanExtraTiersHeading => "Wpisy warstw, które nie pasują",
            Message::PlanExtraTiersBody => {
                "Pochodzą z zaimportowanego planu. Każdy numer warstwy od 1 do 3 może wystąpić \
                 tylko raz, a dostawca jest zawsze warstwą 4. Usuń niepotrzebne wpisy."
            }
            Message::PlanEscalationIntro => {
                "Wypisz przekazania w kolejności, w jakiej następują: od pierwszego zgłoszenia \
                 użytkownika do chwili, gdy rozwiązanie do niego wraca. Przy każdym podaj, co jest \
                 przekazywane i jakie informacje muszą temu towarzyszyć."
            }
            Message::PlanEscalationEmpty => {
                "Nie ma jeszcze kroków. Zacznij od przykładu z przewodnika planowania – \
                 urządzenia, którego nie da się zarejestrować. Sprawa trafia aż do warstwy 3 i \
                 wraca do użytkownika. Potem dostosuj kroki do swojej organizacji."
            }
            Message::PlanUseExampleSteps => "Użyj przykładowych kroków",
            Message::PlanAddStep => "Dodaj krok",
            Message::PlanStepFrom => "Od",
            Message::PlanStepTo => "Do",
            Message::PlanStepHandover => "Co jest przekazywane",
            Message::PlanStepHandoverHint => "Na przykład: zgłoszenie wraz z ustaleniami warstwy 2",
            Message::PlanStepInformation => "Informacje, które muszą zostać przekazane",
            Message::PlanMoveUp => "Przenieś wyżej",
            Message::PlanMoveDown => "Przenieś niżej",
            Message::PlanPartyUser => "Użytkownik",
            Message::PlanRolloutHeading => "Pierwsza faza wdrożenia",
            Message::PlanRolloutNote => "Jak warstwy współpracują w pierwszej fazie wdrożenia",
            Message::PlanRolloutNoteHint => {
                "Na przykład: warstwy 1, 2 i 3 uczestniczą we wspólnym połączeniu konferencyjnym, \
                 aby razem śledzić i rozwiązywać problemy."
            }
            Message::PlanTrainingIntro => {
                "Szkolenie jest techniczne i dostosowane do poziomu każdej warstwy. Zaplanuj od \
                 dwóch do trzech godzin wykładów i ćwiczeń praktycznych."
            }
            Message::PlanTrainingApproachHeading => "Sposób szkolenia",
            Message::PlanTrainTheTrainer => "Szkolenie trenerów",
            Message::PlanTrainTheTrainerHint => {
                "Zespół zarządzania urządzeniami szkoli kierowników helpdesku, a oni szkolą \
                 swoje zespoły."
            }
            Message::PlanAudiencesHeading => "Kto jest szkolony",
            Message::PlanAudiencesHint => {
                "Dla każdej warstwy: kto uczestniczy, czego musi się nauczyć i kiedy."
            }
            Message::PlanAudienceDescription => "Kto uczestniczy i czego musi się nauczyć",
            Message::PlanAudienceDate => "Data szkolenia",
            Message::PlanAgendaHeading => "Program szkolenia",
            Message::PlanAgendaEmpty => {
                "Nie ma jeszcze programu. Zacznij od przykładowego programu i dostosuj tematy oraz \
                 czas."
            }
            Message::PlanUseSampleAgenda => "Użyj przykładowego programu",
            Message::PlanAddAgendaItem => "Dodaj punkt programu",
            Message::PlanAgendaTitle => "Temat",
            Message::PlanAgendaMinutes => "Czas trwania",
            Message::PlanAgendaWithin => "Czas trwania mieści się w zaleceniach.",
            Message::PlanAgendaShorter => "Program jest krótszy niż zalecany.",
            Message::PlanAgendaLonger => "Program jest dłuższy niż zalecany.",
            Message::PlanEarlyIntro => {
                "Zaangażuj helpdesk wcześnie – w planowanie wdrożenia i w pilotaż – aby był \
                 gotowy, zanim zadzwonią użytkownicy. Zaznaczaj pozycje, gdy zostaną wykonane."
            }
            Message::PlanEarlyEmpty => {
                "Nie ma jeszcze listy kontrolnej. Zacznij od sugerowanej listy albo dodaj własne \
                 pozycje."
            }
            Message::PlanUseSuggestedChecklist => "Użyj sugerowanej listy kontrolnej",
            Message::PlanChecklistLegend => "Co zostało zrobione",
            Message::PlanAddOwnItemHeading => "Dodaj własną pozycję",
            Message::PlanNewChecklistItem => "Nowa pozycja",
            Message::PlanNewChecklistItemHint => {
                "Na przykład: Kierownicy helpdesku przeglądają instrukcję operacyjną"
            }
            Message::PlanNewChecklistItemError => "Wpisz pozycję, którą chcesz dodać",
            Message::PlanAddChecklistItem => "Dodaj pozycję",
            Message::PlanPathHeading => "Ścieżka eskalacji",
            Message::PlanPathIntro => "Dokąd trafia problem, gdy warstwa nie może go rozwiązać.",
            Message::PlanPathListLabel => "Ścieżka eskalacji od pierwszego kontaktu do dostawcy",
            Message::PlanPathVendor => "Warstwa 4 (dostawca)",
            Message::PlanPathNotNamed => "Jeszcze bez nazwy",
            Message::PlanPathNoTiers => {
                "Dodaj warstwy w sekcji „Zespoły i warstwy”, aby uzupełnić ścieżkę."
            }
            Message::PlanShareHeading => "Wydrukuj lub pobierz plan",
            Message::PlanShareBody => {
                "Wydrukuj plan dla helpdesku, pobierz go jako Markdown do wiki lub wiadomości \
                 e-mail albo jako JSON, aby zachować kopię lub przenieść plan do innej przeglądarki."
            }
            Message::PlanViewAndPrint => "Wyświetl i wydrukuj plan",
            Message::PlanDownloadMarkdown => "Pobierz jako Markdown",
            Message::PlanDownloadJson => "Pobierz jako JSON",
            Message::PlanDownloadRefused => {
                "Przeglądarka odmówiła pobrania. Sprawdź, czy nie blokuje pobierania plików z tej \
                 strony."
            }
            Message::PlanImportHeading => "Importuj plan",
            Message::PlanImportLabel => "Wybierz plik planu (JSON)",
            Message::PlanImportHint => {
                "Plik utworzony przyciskiem „Pobierz jako JSON” w tej lub innej przeglądarce. \
                 Zastąpi on obecny plan, ale zaraz potem możesz cofnąć import."
            }
            Message::PlanImportUnreadable => "Przeglądarka nie mogła odczytać pliku.",
            Message::PlanUndoImport => "Cofnij import",
            Message::PlanImportUndone => "Import został cofnięty. Plan jest taki jak wcześniej.",
            Message::PlanResetHeading => "Zacznij od nowa od planu domyślnego",
            Message::PlanResetBody => {
                "Wróć do domyślnego planu organizacji. Najpierw pojawi się prośba o potwierdzenie."
            }
            Message::PlanResetButton => "Przywróć plan domyślny",
            Message::PlanResetConfirmHeading => "Przywrócić domyślny plan organizacji?",
            Message::PlanResetConfirmWarning => {
                "Twoje zmiany w planie zostaną usunięte z tej przeglądarki. Tej operacji nie można \
                 cofnąć."
            }
            Message::PlanResetConfirmBody => {
                "Jeśli chcesz zachować kopię swoich zmian, najpierw pobierz plan."
            }
            Message::PlanResetConfirmYes => "Tak, przywróć plan domyślny",
            Message::PlanDownloadJsonFirst => "Najpierw pobierz jako JSON",
            Message::PlanWarningPrefix => "Ostrzeżenie:",
            Message::PlanResetDone => "Przywrócono domyślny plan organizacji.",
            Message::PlanResetFailed => {
                "Nie udało się przywrócić planu, bo przeglądarka nie pozwoliła zmienić zapisanych \
                 danych. Twój plan się nie zmienił."
            }
            Message::PlanDocumentTitle => "Plan wsparcia",
            Message::PlanPrint => "Drukuj plan",
            Message::PlanBackToTaskList => "Wróć do listy zadań",
            Message::PlanDocumentNotGiven => "Nie podano",
            Message::PlanDocumentNoTiers => "Nie określono jeszcze warstw.",
            Message::PlanDocumentStepsHeading => "Kroki",
            Message::PlanDocumentNoSteps => "Nie określono jeszcze kroków.",
            Message::PlanDocumentInformation => "Informacje do przekazania:",
            Message::PlanDocumentTrainTheTrainer => {
                "Szkolenie trenerów: zespół zarządzania urządzeniami szkoli kierowników \
                 helpdesku, a oni szkolą swoje zespoły."
            }
            Message::PlanDocumentDirectTraining => "Każda warstwa jest szkolona bezpośrednio.",
            Message::PlanDocumentTier => "Warstwa",
            Message::PlanDocumentWho => "Uczestnicy",
            Message::PlanDocumentLength => "Czas trwania",
            Message::PlanDocumentTotal => "Łącznie",
            Message::PlanDocumentNoAgenda => "Nie ma jeszcze programu.",
            Message::PlanDocumentNoChecklist => "Nie ma jeszcze pozycji.",
            Message::PlanDocumentItem => "Pozycja",
            Message::PlanDocumentStatus => "Stan",
            Message::PlanDocumentDone => "Zrobione",
            Message::PlanDocumentNotDone => "Jeszcze nie zrobione",
            Message::HandoffHeading => "Wyślij do naszego helpdesku",
            Message::HandoffIntro => "Helpdesk Twojej organizacji może przejąć stąd to zgłoszenie. Otrzyma zgłoszenie dokładnie w takiej postaci, w jakiej widać je powyżej; nic więcej nie opuszcza tej przeglądarki.",
            Message::HandoffSend => "Wyślij do helpdesku",
            Message::HandoffSendAgain => "Wyślij do helpdesku ponownie",
            Message::HandoffResendWarning => "To zgłoszenie jest już w helpdesku. Ponowne wysłanie utworzy tam drugie zgłoszenie.",
            Message::HandoffResendConfirm => "Tak, wyślij drugie zgłoszenie",
            Message::HandoffSending => "Wysyłanie…",
            Message::HandoffSent => "Wysłano do helpdesku:",
            Message::HandoffRefused => "Helpdesk nie przyjął zgłoszenia. Wersja robocza się nie zmieniła; zapytaj helpdesk, czego oczekuje, i spróbuj ponownie.",
            Message::HandoffServerError => "Po stronie helpdesku wystąpił problem z odebraniem zgłoszenia. Wersja robocza jest bezpieczna; spróbuj ponownie za chwilę.",
            Message::HandoffUnreachable => "Nie udało się połączyć z helpdeskiem. Sprawdź połączenie z siecią; wersja robocza jest bezpieczna i możesz spróbować ponownie.",
            Message::HandoffTimedOut => "Helpdesk nie odpowiedział w ciągu 15 sekund. Wersja robocza jest bezpieczna; spróbuj ponownie.",
            Message::HandoffEmail => "Wyślij e-mailem do helpdesku",
            Message::HandoffNeedsEmail => "Helpdesk potrzebuje Twojego adresu e-mail, aby odpowiedzieć. Dodaj go w danych kontaktowych zgłoszenia, a potem wyślij je ponownie.",
            Message::HandoffNotEnabled => "Helpdesk nie przyjmuje jeszcze zgłoszeń z tej strony: jego formularz internetowy lub zgłoszenia anonimowe są wyłączone. Wersja robocza jest bezpieczna; poproś administratora helpdesku o ich włączenie.",
            Message::HandoffTryLater => "Helpdesk nie przyjmuje teraz zgłoszeń z tej strony, być może dlatego, że ostatnio wysłano ich wiele. Wersja robocza jest bezpieczna; spróbuj ponownie później.",
            Message::HandoffUnexpectedAnswer => "Helpdesk odpowiedział, ale z odpowiedzi nie wynika, że zgłoszenie zostało utworzone. Zanim wyślesz je ponownie, sprawdź to w helpdesku.",
            Message::TicketLanguageLabel => "Język zgłoszenia",
            Message::TicketLanguageHint => "Napisz zgłoszenie w języku, który obsługuje kanał pomocy technicznej. Obsługiwane języki są oznaczone znakiem ✓.",
            Message::DraftsPagesLabel => "Strony listy wersji roboczych",
            Message::PreviousPage => "Poprzednia strona",
            Message::NextPage => "Następna strona",
            Message::PageLoading => "Wczytywanie strony…",
            Message::PageLoadFailedTitle => "Nie udało się wczytać tej strony",
            Message::PageLoadFailed => "Wersje robocze są bezpieczne na tym urządzeniu. Sprawdź połączenie i spróbuj ponownie.",
            Message::PageLoadRetry => "Spróbuj ponownie",
            Message::LanguageLoadFailed => "Nie udało się wczytać tego języka. Sprawdź połączenie i wybierz go ponownie.",
        }
    }

    fn tier_label(&self, number: u8) -> String {
        format!("Warstwa {number}")
    }

    fn tier_with_team(&self, number: u8, team: &str) -> String {
        if team.is_empty() {
            format!("Warstwa {number}")
        } else {
            format!("Warstwa {number} ({team})")
        }
    }

    fn tier_with_name(&self, number: u8, team: &str) -> String {
        if team.is_empty() {
            format!("Warstwa {number}")
        } else {
            format!("Warstwa {number}: {team}")
        }
    }

    fn vendor_party(&self, name: &str) -> String {
        if name.is_empty() {
            "Dostawca (warstwa 4)".to_owned()
        } else {
            format!("{name} (dostawca, warstwa 4)")
        }
    }

    fn vendor_tier_heading(&self) -> String {
        "Warstwa 4: dostawca".to_owned()
    }

    fn vendor_tier_with_name(&self, name: &str) -> String {
        if name.is_empty() {
            self.vendor_tier_heading()
        } else {
            format!("Warstwa 4: {name} (dostawca)")
        }
    }

    fn add_contact_to(&self, tier: u8) -> String {
        format!("Dodaj kontakt do warstwy {tier}")
    }

    fn contact_label(&self, number: usize) -> String {
        format!("Kontakt {number}")
    }

    fn contact_reference(&self, number: usize, tier: u8) -> String {
        format!("kontakt {number} z warstwy {tier}")
    }

    fn contact_removed(&self, number: usize, tier: u8) -> String {
        format!("Usunięto kontakt {number} z warstwy {tier}.")
    }

    fn contacts_of_tier(&self, tier: u8) -> String {
        format!("Kontakty warstwy {tier}")
    }

    fn step_label(&self, number: usize) -> String {
        format!("Krok {number}")
    }

    fn step_reference(&self, number: usize) -> String {
        format!("krok {number}")
    }

    fn step_moved(&self, from: usize, to: usize) -> String {
        format!("Krok {from} jest teraz krokiem {to}.")
    }

    fn step_removed(&self, number: usize) -> String {
        format!("Usunięto krok {number}.")
    }

    fn example_steps_added(&self, count: usize) -> String {
        format!(
            "Dodano {}.",
            counted(count as u64, "przykładowy krok", "przykładowe kroki", "przykładowych kroków")
        )
    }

    fn agenda_item_label(&self, number: usize) -> String {
        format!("Punkt programu {number}")
    }

    fn agenda_item_reference(&self, number: usize) -> String {
        format!("punkt programu {number}")
    }

    fn agenda_item_moved(&self, from: usize, to: usize) -> String {
        format!("Punkt programu {from} jest teraz punktem {to}.")
    }

    fn agenda_item_removed(&self, number: usize) -> String {
        format!("Usunięto punkt programu {number}.")
    }

    fn sample_agenda_added(&self, count: usize) -> String {
        format!(
            "Dodano {} z przykładowego programu.",
            counted(count as u64, "punkt", "punkty", "punktów")
        )
    }

    fn suggested_checklist_added(&self, count: usize) -> String {
        format!(
            "Dodano {}.",
            counted(
                count as u64,
                "sugerowaną pozycję",
                "sugerowane pozycje",
                "sugerowanych pozycji"
            )
        )
    }

    fn checklist_item_added(&self, label: &str) -> String {
        format!("Dodano: {label}")
    }

    fn checklist_item_removed(&self, label: &str) -> String {
        format!("Usunięto: {label}")
    }

    fn checklist_item_reference(&self, label: &str) -> String {
        format!("„{label}”")
    }

    fn tier_entry(&self, index: usize, number: u8, team: &str) -> String {
        if team.trim().is_empty() {
            format!("Wpis {index}: warstwa {number}, bez nazwy zespołu")
        } else {
            format!("Wpis {index}: warstwa {number}, {}", team.trim())
        }
    }

    fn remove_tier_entry(&self, index: usize) -> String {
        format!("Usuń wpis {index}")
    }

    fn tier_entry_removed(&self, index: usize) -> String {
        format!("Usunięto wpis {index}.")
    }

    fn unknown_channel(&self, id: &str) -> String {
        format!("Kanał, którego ta strona nie oferuje ({id})")
    }

    fn import_succeeded(&self, file_name: &str) -> String {
        format!("Zaimportowano plan z pliku {file_name}.")
    }

    fn import_failed(&self, file_name: &str, detail: &str) -> String {
        format!("Nie udało się zaimportować pliku {file_name}. {detail}")
    }

    fn import_too_large(&self, file_name: &str) -> String {
        format!(
            "Nie udało się zaimportować pliku {file_name}. Jest znacznie większy niż plan \
             wyeksportowany z Support Triage. Wybierz plik utworzony przyciskiem „Pobierz jako \
             JSON”."
        )
    }

    fn numbered_heading(&self, number: usize, title: &str) -> String {
        format!("{number}. {title}")
    }

    fn path_stop(&self, heading: &str, name: &str) -> String {
        format!("{heading}: {name}")
    }

    fn sections_completed(&self, completed: usize, total: usize) -> String {
        format!("Ukończono {completed} z {total} sekcji.")
    }

    /// An arrow: a preposition would need the parties' names in another case.
    fn step_from_to(&self, from: &str, to: &str) -> String {
        format!("{from} → {to}")
    }

    fn training_total(&self, minutes: u32) -> String {
        format!("Łącznie: {}", Locale::Polish.duration(minutes))
    }

    fn training_recommended(&self, minimum_minutes: u32, maximum_minutes: u32) -> String {
        format!(
            "Zalecany czas trwania to od {} do {}.",
            duration_genitive(minimum_minutes),
            duration_genitive(maximum_minutes)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hours(count: u64) -> &'static str {
        plural_pl(count, "godzina", "godziny", "godzin")
    }

    #[test]
    fn polish_has_three_plural_forms() {
        assert_eq!(hours(1), "godzina");
        for few in [2, 3, 4, 22, 23, 24, 32, 102, 1004] {
            assert_eq!(hours(few), "godziny", "{few}");
        }
        for many in [0, 5, 11, 12, 13, 14, 15, 20, 21, 25, 111, 112, 1000] {
            assert_eq!(hours(many), "godzin", "{many}");
        }
    }

    #[test]
    fn durations_counts_and_cases() {
        let locale = Locale::Polish;
        assert_eq!(locale.duration(60), "1 godzina");
        assert_eq!(locale.duration(120), "2 godziny");
        assert_eq!(locale.duration(300), "5 godzin");
        assert_eq!(locale.duration(12 * 60), "12 godzin");
        assert_eq!(locale.duration(22 * 60), "22 godziny");
        assert_eq!(locale.duration(25 * 60), "25 godzin");
        assert_eq!(locale.duration(1), "1 minuta");
        assert_eq!(locale.duration(22), "22 minuty");
        assert_eq!(locale.duration(90), "1 godzina 30 minut");
        assert_eq!(locale.days(1), "1 dzień");
        assert_eq!(locale.days(2), "2 dni");
        assert_eq!(locale.long_duration(2 * 24 * 60 + 180), "2 dni 3 godziny");
        assert_eq!(locale.drafts_count(1), "1 wersja robocza");
        assert_eq!(locale.drafts_count(3), "3 wersje robocze");
        assert_eq!(locale.drafts_count(12), "12 wersji roboczych");
        assert_eq!(locale.deleted_count(1), "Usunięto 1 wersję roboczą.");
        assert_eq!(locale.imported_count(22), "Zaimportowano 22 wersje robocze.");
        assert_eq!(
            locale.old_drafts(5, 30),
            "5 wersji roboczych nie było zmienianych od ponad 30 dni."
        );
        assert_eq!(locale.old_drafts(1, 1), "1 wersja robocza nie była zmieniana od ponad 1 dnia.");
        assert_eq!(locale.suggested_checklist_added(1), "Dodano 1 sugerowaną pozycję.");
    }

    #[test]
    fn response_targets_use_the_genitive() {
        let locale = Locale::Polish;
        assert_eq!(locale.response_within(60, false), "w ciągu 1 godziny");
        assert_eq!(locale.response_within(240, false), "w ciągu 4 godzin");
        assert_eq!(locale.response_within(60, true), "w ciągu 1 godziny roboczej");
        assert_eq!(locale.response_within(480, true), "w ciągu 8 godzin roboczych");
        assert_eq!(locale.response_within(90, true), "w ciągu 1 godziny 30 minut roboczych");
        assert_eq!(
            locale.training_recommended(120, 180),
            "Zalecany czas trwania to od 2 godzin do 3 godzin."
        );
    }

    #[test]
    fn key_sentences() {
        let locale = Locale::Polish;
        assert_eq!(locale.step_of(3, 7), "Krok 3 z 7");
        assert_eq!(locale.text(Message::Continue), "Dalej");
        assert_eq!(
            locale.tier_has_looked(1, " Helpdesk IT "),
            "Warstwa 1 (Helpdesk IT) zajmowała się już tym problemem"
        );
        assert_eq!(locale.sections_completed(2, 4), "Ukończono 2 z 4 sekcji.");
        assert_eq!(locale.export_labels().level_critical, "Krytyczna");
    }
}
