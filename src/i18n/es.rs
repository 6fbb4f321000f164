//! Spanish, neutral between Spain and Latin America, addressing the reader as "usted" and
//! preferring impersonal forms. Buttons are infinitives ("Continuar"); instructions are polite
//! imperatives ("Seleccione").

use super::{Language, Locale, Message};
use crate::domain::config::translations;
use crate::domain::export::ExportLabels;
use crate::domain::localised_text::Translations;
use crate::domain::plan::{shorten, PlanJsonError, PlanProblem, PLAN_FORMAT_VERSION, PLAN_SCHEMA};

/// The Spanish plural form for `count`: `one` for exactly 1, `other` for everything else (0
/// included: "0 borradores").
fn plural_es<'a>(count: u64, one: &'a str, other: &'a str) -> &'a str {
    if count == 1 {
        one
    } else {
        other
    }
}

/// `count` followed by the right form of the noun.
fn counted(count: u64, one: &str, other: &str) -> String {
    format!("{count} {}", plural_es(count, one, other))
}

/// Spanish.
pub struct Spanish;

impl Language for Spanish {
    fn config_translations(&self) -> Translations {
        translations::SPANISH
    }

    fn drafts_shown(&self, first: usize, last: usize, total: usize) -> String {
        format!("Borradores {first} a {last} de {total}")
    }

    fn page_of(&self, page: usize, total: usize) -> String {
        format!("Página {page} de {total}")
    }

    fn export_labels(&self) -> ExportLabels {
        ExportLabels {
            field_separator: ": ",
            list_separator: ", ",
            reason_separator: "; ",
            untitled: "Ticket sin título",
            not_given: "no indicado",

            severity: "Gravedad",
            severity_reasons: "Motivos de la gravedad",
            override_reason: "Motivo de la gravedad elegida manualmente",
            computed_severity: "Gravedad calculada a partir de las respuestas",
            computed_severity_reasons: "Motivos de la gravedad calculada",
            expected_first_response: "Primera respuesta prevista",
            title: "Título",
            request_kind: "Tipo de solicitud",
            support_contract: "Contrato de soporte",
            tenant_size: "Tamaño del inquilino",
            impact: "Impacto",
            started: "Inicio",
            affected: "Usuarios o dispositivos afectados",
            platforms: "Plataformas",
            error_messages: "Mensajes de error",
            already_tried: "Lo que ya se ha intentado",
            description: "Descripción",
            escalation: "Escalado hasta ahora",
            tier: "Nivel",
            team: "Equipo",
            findings: "Hallazgos",
            contact: "Contacto",
            contact_name: "Nombre",
            contact_email: "Correo electrónico",
            contact_phone: "Teléfono",
            preferred_contact_method: "Contacto preferido",
            support_language: "Idioma del soporte",
            channel: "Dónde enviarlo",
            contact_first: "Contactar primero con",
            related_drafts: "Tickets relacionados",
            status: "Estado",
            vendor_ticket_number: "Número de ticket del proveedor",
            filed_at: "Enviado el",
            ticket_id: "Id. del borrador",

            level_critical: "Crítica",
            level_moderate: "Moderada",
            level_minimal: "Mínima",

            kind_technical: "Problema técnico",
            kind_billing_licensing_account: "Facturación, licencias o cuenta",
            kind_intune_with_configuration_manager: "Configuration Manager junto con el servicio",
            kind_standalone_configuration_manager:
                "Solo Configuration Manager o Endpoint Protection",
            kind_volume_licensing: "Licencias por volumen",
            kind_feature_request: "Solicitud de funcionalidad",

            contract_professional: "Professional",
            contract_premier: "Premier",

            tenant_fewer_than_100: "menos de 100 licencias",
            tenant_100_or_more: "100 licencias o más",

            impact_usability: "Servicio utilizable",
            impact_scope: "A quién afecta",
            impact_business_impact: "Impacto en el negocio",
            impact_workaround: "Solución alternativa",

            answer_not_answered: "sin respuesta",
            answer_dont_know: "no lo sé",
            usability_unusable: "inaccesible o inutilizable",
            usability_worse_than_before: "utilizable, pero peor que antes",
            usability_minor_inconvenience: "utilizable, una molestia menor",
            scope_many_users_or_services: "muchos usuarios o servicios",
            scope_one_user_customer_or_service: "un usuario, cliente o servicio",
            scope_nobody_yet: "nadie todavía",
            business_impact_severe: "grave o con un plazo en riesgo",
            business_impact_moderate: "moderado, puede esperar al horario laboral",
            business_impact_minimal: "mínimo",
            workaround_acceptable: "sí, una aceptable",
            workaround_none: "no",

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

            method_email: "correo electrónico",
            method_phone: "teléfono",

            status_draft: "borrador, aún no enviado",
            status_self_solved: "resuelto sin ticket",
            status_filed: "enviado al proveedor",
        }
    }

    fn plan_problem(&self, problem: &PlanProblem) -> String {
        match problem {
            PlanProblem::TierNumberOutOfRange { tier_index, number } => format!(
                "La entrada de nivel {} tiene el número {number}; use 1, 2 o 3 (el proveedor es \
                 el nivel 4).",
                tier_index + 1
            ),
            PlanProblem::DuplicateTier { number } => {
                format!("El nivel {number} está definido más de una vez; deje solo uno.")
            }
            PlanProblem::TierWithoutTeamName { tier } => {
                format!("El nivel {tier} no tiene nombre de equipo.")
            }
            PlanProblem::TierWithoutContact { tier } => format!(
                "El nivel {tier} no tiene ningún contacto; agregue al menos una persona a quien \
                 dirigirse."
            ),
            PlanProblem::ContactWithoutName { tier, contact_index } => {
                format!("El contacto {} del nivel {tier} no tiene nombre.", contact_index + 1)
            }
            PlanProblem::ContactWithoutEmailOrPhone { tier, contact_index } => format!(
                "El contacto {} del nivel {tier} no tiene ni correo electrónico ni teléfono.",
                contact_index + 1
            ),
            PlanProblem::InvalidEmail { tier, contact_index, email } => format!(
                "Contacto {} del nivel {tier}: «{}» no es una dirección de correo electrónico \
                 válida.",
                contact_index + 1,
                shorten(email)
            ),
            PlanProblem::InvalidPhone { tier, contact_index, phone } => format!(
                "Contacto {} del nivel {tier}: «{}» no parece un número de teléfono.",
                contact_index + 1,
                shorten(phone)
            ),
            PlanProblem::EscalationStepUndefinedTier { step_index, tier } => format!(
                "El paso de escalado {} se refiere al nivel {tier}, que el plan no define.",
                step_index + 1
            ),
            PlanProblem::EscalationStepToItself { step_index } => format!(
                "El paso de escalado {} entrega la solicitud a quien ya la tiene.",
                step_index + 1
            ),
            PlanProblem::EscalationStepWithoutHandover { step_index } => {
                format!("El paso de escalado {} no indica qué se entrega.", step_index + 1)
            }
            PlanProblem::AudienceUndefinedTier { audience_index, tier } => format!(
                "El grupo de formación {} se refiere al nivel {tier}, que el plan no define.",
                audience_index + 1
            ),
            PlanProblem::AgendaTooShort { total_minutes, recommended_minimum } => format!(
                "El programa de formación dura {}; se recomienda un mínimo de {}.",
                self.minutes(*total_minutes),
                self.minutes(*recommended_minimum)
            ),
            PlanProblem::AgendaTooLong { total_minutes, recommended_maximum } => format!(
                "El programa de formación dura {}; se recomienda un máximo de {}.",
                self.minutes(*total_minutes),
                self.minutes(*recommended_maximum)
            ),
            PlanProblem::AgendaItemWithoutTitle { item_index } => {
                format!("El punto {} del programa no tiene tema.", item_index + 1)
            }
            PlanProblem::AgendaItemWithoutDuration { item_index } => {
                format!("El punto {} del programa no tiene duración.", item_index + 1)
            }
            PlanProblem::ChecklistItemWithoutLabel { item_index } => format!(
                "El elemento {} de la participación temprana no tiene texto.",
                item_index + 1
            ),
        }
    }

    fn plan_import_error(&self, error: &PlanJsonError) -> String {
        match error {
            PlanJsonError::NotJson { detail } => {
                format!("El archivo no es un JSON válido ({detail}).")
            }
            PlanJsonError::WrongSchema { found } if found == "missing" => {
                "El archivo no es una exportación de un plan de soporte: le falta el campo \
                 «schema»."
                    .to_owned()
            }
            PlanJsonError::WrongSchema { found } => format!(
                "El archivo no es una exportación de un plan de soporte: su «schema» es {found} y \
                 se esperaba «{PLAN_SCHEMA}»."
            ),
            PlanJsonError::UnsupportedVersion { found } if found == "missing" => format!(
                "Al archivo le falta la versión del formato del plan; esta versión lee el formato \
                 {PLAN_FORMAT_VERSION}."
            ),
            PlanJsonError::UnsupportedVersion { found } => format!(
                "El plan se exportó con la versión {found} del formato; esta versión lee el \
                 formato {PLAN_FORMAT_VERSION}."
            ),
            PlanJsonError::InvalidPlan { detail } => {
                format!("No se pudo leer el plan del archivo: {detail}.")
            }
        }
    }

    fn step_of(&self, step: usize, total: usize) -> String {
        format!("Paso {step} de {total}")
    }

    fn hours(&self, hours: u32) -> String {
        counted(u64::from(hours), "hora", "horas")
    }

    fn minutes(&self, minutes: u32) -> String {
        counted(u64::from(minutes), "minuto", "minutos")
    }

    fn drafts_count(&self, count: usize) -> String {
        counted(count as u64, "borrador", "borradores")
    }

    fn deleted_count(&self, count: usize) -> String {
        let count = count as u64;
        format!(
            "{} {}.",
            plural_es(count, "Se eliminó", "Se eliminaron"),
            counted(count, "borrador", "borradores")
        )
    }

    fn imported_count(&self, count: usize) -> String {
        let count = count as u64;
        format!(
            "{} {}.",
            plural_es(count, "Se importó", "Se importaron"),
            counted(count, "borrador", "borradores")
        )
    }

    fn saved_by_newer_version(&self, found: u32, readable: u32) -> String {
        format!("lo guardó una versión más reciente de Support Triage (formato {found}; esta versión lee hasta el formato {readable}).")
    }

    fn old_drafts(&self, count: usize, days: u32) -> String {
        let count = count as u64;
        format!(
            "{} en más de {}.",
            counted(count, "borrador no ha cambiado", "borradores no han cambiado"),
            counted(u64::from(days), "día", "días")
        )
    }

    fn days(&self, days: u32) -> String {
        counted(u64::from(days), "día", "días")
    }

    fn response_within(&self, total_minutes: u32, business_hours: bool) -> String {
        let hours = u64::from(total_minutes / 60);
        let minutes = u64::from(total_minutes % 60);
        let amount = match (hours, minutes) {
            (0, minutes) => counted(minutes, "minuto", "minutos"),
            (hours, 0) => counted(hours, "hora", "horas"),
            (hours, minutes) => format!(
                "{} y {}",
                counted(hours, "hora", "horas"),
                counted(minutes, "minuto", "minutos")
            ),
        };
        if !business_hours {
            return format!("en un plazo de {amount}");
        }
        // "Laborable" agrees with the whole amount: singular only for exactly one hour or minute.
        let adjective =
            if total_minutes == 1 || total_minutes == 60 { "laborable" } else { "laborables" };
        format!("en un plazo de {amount} {adjective}")
    }

    fn expected_by(&self, date: &str, within: &str) -> String {
        format!("a más tardar el {date} — {within}")
    }

    fn due_in(&self, duration: &str) -> String {
        format!("Vence en {duration}")
    }

    fn overdue_by(&self, duration: &str) -> String {
        format!("Vencido hace {duration}")
    }

    fn level_because(&self, lead: &str, reason: &str) -> String {
        format!("{lead} {reason}.")
    }

    fn level_because_several(&self, lead: &str) -> String {
        format!("{lead}:")
    }

    fn tier_has_looked(&self, number: u8, team: &str) -> String {
        if team.trim().is_empty() {
            format!("El nivel {number} ya ha revisado el problema")
        } else {
            format!("El nivel {number} ({}) ya ha revisado el problema", team.trim())
        }
    }

    fn tier_findings_label(&self, number: u8) -> String {
        format!("¿Qué encontró el nivel {number}?")
    }

    fn tier_name(&self, number: u8) -> String {
        format!("Nivel {number}")
    }

    fn languages_offered(&self, list: &str) -> String {
        format!("El soporte de este canal se ofrece en {list}.")
    }

    fn timeline_summary(&self, start: &str, due: &str, business_hours: bool) -> String {
        if business_hours {
            format!(
                "Línea de tiempo. {start}. Plazo de respuesta: {due}. El tiempo solo corre en el \
                 horario de soporte; las horas sin servicio aparecen sombreadas."
            )
        } else {
            format!(
                "Línea de tiempo. {start}. Plazo de respuesta: {due}. El tiempo corre las 24 \
                 horas."
            )
        }
    }

    fn filing_corrected(&self, number: &str, date: &str) -> String {
        format!("Incidencia {number}, corregida el {date}.")
    }

    fn filing_withdrawn(&self, number: &str, date: &str) -> String {
        format!("Incidencia {number}, marcada como no presentada el {date}.")
    }

    fn filed_as(&self, number: &str, date: &str) -> String {
        format!("Enviado al proveedor como ticket {number} el {date}.")
    }

    fn handed_off_as(&self, number: &str, date: &str) -> String {
        format!("Enviado al equipo de soporte como ticket {number} el {date}.")
    }

    fn contact_first_tier(&self, team: &str) -> String {
        if team.trim().is_empty() {
            "En su organización, los problemas llegan primero al nivel 1. Contacto:".to_owned()
        } else {
            format!(
                "En su organización, los problemas llegan primero al nivel 1 ({}). Contacto:",
                team.trim()
            )
        }
    }

    fn vendor_is_tier_four(&self, vendor: &str) -> String {
        let vendor = if vendor.trim().is_empty() { "El proveedor" } else { vendor.trim() };
        format!(
            "{vendor} es el nivel 4: envíe este ticket cuando los niveles de su organización no \
             puedan resolver el problema."
        )
    }

    fn channel_with_category(&self, channel: &str, category: &str) -> String {
        format!("{channel}, categoría «{category}»")
    }

    fn text(&self, message: Message) -> &'static str {
        match message {
            Message::AppName => "Support Triage",
            Message::LanguageLabel => "Idioma",
            Message::LandingLead => {
                "Obtenga la ayuda adecuada más rápido: prepare un ticket de soporte claro por cada \
                 problema y planifique quién se encarga de qué en su organización antes de que \
                 llegue al proveedor."
            }
            Message::LandingTicketHeading => "Preparar un ticket de soporte",
            Message::LandingTicketBody => {
                "Consulte primero los recursos de autoayuda, busque el canal adecuado, determine la \
                 gravedad del problema y cuándo esperar una primera respuesta, y después copie o \
                 descargue un ticket completo."
            }
            Message::LandingStartTicket => "Crear un ticket",
            Message::LandingResumeHeading => "Continuar donde lo dejó",
            Message::LandingPlanHeading => "Planificar el soporte de su organización",
            Message::LandingPlanBody => {
                "Decida quién se encarga de los niveles 1 a 3, cómo se escalan los problemas al \
                 proveedor y cómo se forma e implica desde el principio al equipo de soporte."
            }
            Message::LandingStartPlan => "Abrir el plan de soporte",
            Message::ViewAllDrafts => "Ver todos los borradores",
            Message::LandingUnreadableNotice => {
                "Algunos borradores guardados no se pudieron leer. Se conservan aparte para que \
                 pueda recuperarlos."
            }
            Message::Back => "Atrás",
            Message::Continue => "Continuar",
            Message::ErrorSummaryTitle => "Hay un problema",
            Message::ErrorTitlePrefix => "Error: ",
            Message::ErrorPrefix => "Error:",
            Message::Optional => "(opcional)",
            Message::Yes => "Sí",
            Message::Change => "Cambiar",
            Message::SaveStatusSaving => "Guardando…",
            Message::SaveStatusSaved => "Guardado en este dispositivo",
            Message::SaveStatusNotSavedQuota => {
                "No se ha guardado: el almacenamiento de este navegador está lleno. Su texto sigue \
                 aquí. Descargue el borrador o elimine borradores antiguos para liberar espacio."
            }
            Message::SaveStatusNotSavedOther => {
                "No se ha guardado: este navegador no permitió almacenar el borrador. Su texto \
                 sigue aquí. Descargue el borrador para conservar una copia."
            }
            Message::SaveStatusMemoryOnly => {
                "Este navegador no permite conservar borradores, así que se perderán al cerrar la \
                 página. Descargue lo que quiera conservar."
            }
            Message::SaveStatusUpdatedElsewhere => "Actualizado con cambios hechos en otra pestaña",
            Message::ConflictHeading => "Este borrador se modificó en otra pestaña",
            Message::ConflictBody => {
                "Otra pestaña guardó una versión más reciente de este borrador mientras escribía \
                 aquí. Elija qué versión conservar; no se pierde nada hasta que elija."
            }
            Message::ConflictKeepTheirs => "Usar la versión de la otra pestaña",
            Message::ConflictKeepMine => "Conservar mi versión",
            Message::ConflictKeepBoth => "Conservar ambas como borradores separados",
            Message::DeletedElsewhereNotice => {
                "Este borrador se eliminó en otra pestaña. Su copia de esta pestaña se ha vuelto a \
                 guardar, así que no se ha perdido nada."
            }
            Message::ExportThisDraft => "Descargar este borrador (JSON)",
            Message::PanicHeading => "Algo salió mal",
            Message::PanicBody => {
                "Support Triage sufrió un error interno y se detuvo. Los borradores guardados en \
                 este navegador están a salvo. Descargue el borrador en el que estaba trabajando \
                 para conservar una copia y, después, vuelva a cargar la página."
            }
            Message::PanicDownloadDraft => "Descargar el borrador en el que estaba trabajando",
            Message::ConfigProblemsHeading => "La configuración de esta página tiene problemas",
            Message::ConfigProblemsBody => {
                "El widget funciona con valores predeterminados seguros donde puede. Para el \
                 responsable de la página, cada problema con su ubicación en la configuración:"
            }
            Message::BeforeYouFileHeading => "Antes de enviar un ticket",
            Message::BeforeYouFileIntro => {
                "Muchos problemas ya tienen respuesta en estos recursos. Un vistazo rápido puede \
                 ahorrarle la espera de una respuesta."
            }
            Message::DidThisSolveIt => "¿Alguno de estos recursos resolvió el problema?",
            Message::DidThisSolveItError => "Indique si los recursos resolvieron el problema",
            Message::SolvedByPrefix => "Sí, ",
            Message::YesSomethingElse => "Sí, otra cosa de esta página",
            Message::NoContinue => "No, continuar",
            Message::SelfSolvedHeading => "Nos alegra que se haya resuelto",
            Message::SelfSolvedBody => {
                "No hace falta un ticket. El borrador queda en su lista, marcado como resuelto con \
                 autoayuda, por si el problema vuelve a aparecer."
            }
            Message::StartAnotherTicket => "Crear otro ticket",
            Message::RequestKindQuestion => "¿De qué trata su solicitud?",
            Message::RequestKindError => "Seleccione de qué trata su solicitud",
            Message::KindTechnical => "Un problema técnico",
            Message::KindTechnicalHint => "Algo del servicio no funciona como debería.",
            Message::KindBilling => "Facturación, licencias o mi cuenta",
            Message::KindBillingHint => {
                "Facturas, suscripciones, número de licencias o acceso a la cuenta."
            }
            Message::KindConfigurationManagerWithService => {
                "Configuration Manager junto con el servicio (administración conjunta o asociación \
                 de inquilinos)"
            }
            Message::KindConfigurationManagerWithServiceHint => {
                "Forma parte del soporte del propio servicio y se abre por el mismo canal que \
                 cualquier otra consulta sobre él."
            }
            Message::KindConfigurationManagerStandalone => {
                "Solo Configuration Manager o Endpoint Protection"
            }
            Message::KindConfigurationManagerStandaloneHint => {
                "Sin el servicio. Estos productos tienen soporte aparte: a través de un partner o \
                 como soporte de pago."
            }
            Message::KindVolumeLicensing => "Licencias por volumen",
            Message::KindVolumeLicensingHint => {
                "Claves de licencia o licencias compradas mediante un contrato por volumen."
            }
            Message::KindFeatureRequest => "Una idea o una solicitud de funcionalidad",
            Message::KindFeatureRequestHint => "Algo que le gustaría que hiciera el producto.",
            Message::ElsewhereHeading => "Esta solicitud se gestiona en otro lugar",
            Message::ElsewhereFeedbackBody => {
                "Las ideas y solicitudes de funcionalidades no son tickets de soporte. Publique su \
                 idea en el sitio de comentarios, donde otras personas pueden votarla."
            }
            Message::ElsewherePartnerBody => {
                "Este producto no tiene soporte a través de este canal. Póngase en contacto con su \
                 partner o use las opciones siguientes."
            }
            Message::ElsewhereServiceBody => {
                "Las solicitudes de este tipo las gestiona un servicio aparte."
            }
            Message::ElsewhereChangeAnswer => "Cambiar el tipo de solicitud",
            Message::SupportContractHeading => "Su contrato de soporte y el tamaño de su inquilino",
            Message::SupportContractIntro => {
                "Dos respuestas deciden adónde va la solicitud y qué tiempos de respuesta se \
                 aplican."
            }
            Message::SupportContractQuestion => "¿Qué contrato de soporte tiene su organización?",
            Message::SupportContractError => "Seleccione el contrato de soporte de su organización",
            Message::ContractProfessional => "Professional (soporte de la suscripción)",
            Message::ContractProfessionalHint => "El soporte incluido en su suscripción.",
            Message::ContractPremier => "Premier",
            Message::ContractPremierHint => {
                "Un contrato de soporte Premier con su propio portal y sus propios tiempos de \
                 respuesta."
            }
            Message::TenantSizeQuestion => "¿Cuántas licencias tiene su inquilino?",
            Message::TenantSizeError => "Seleccione cuántas licencias tiene su inquilino",
            Message::TenantFewerThan100 => "Menos de 100 licencias",
            Message::TenantFewerThan100Hint => {
                "Con el soporte de la suscripción, los inquilinos pequeños tienen una vía más \
                 sencilla: describir el problema, consultar los recursos sugeridos o pedir que les \
                 llamen."
            }
            Message::TenantHundredOrMore => "100 licencias o más",
            Message::RoutingHeading => "Adónde va esta solicitud",
            Message::RoutingWhere => "Dónde",
            Message::RoutingCategory => "Categoría",
            Message::RoutingSteps => "Cómo abrirla",
            Message::RoutingCallBack => {
                "En lugar de escribir un ticket, puede pedir que le devuelvan la llamada."
            }
            Message::RoutingOnlineLanguages => "Idiomas del soporte en línea",
            Message::RoutingPhoneLanguages => {
                "Idiomas del soporte telefónico y de facturación en línea"
            }
            Message::RoutingPhoneMoreLanguages => {
                "El soporte telefónico y el de facturación en línea se ofrecen en más idiomas que \
                 el soporte técnico en línea. Los idiomas, los números de teléfono y el horario \
                 dependen de su país o región."
            }
            Message::RoutingPhonePageLink => "Teléfonos, horarios e idiomas por país o región",
            Message::RoutingProblemNotice => {
                "La configuración de la página no indica adónde va esta solicitud. Pregunte a su \
                 equipo de soporte qué canal usar."
            }
            Message::DraftsHeading => "Sus borradores",
            Message::DraftsEmpty => "Todavía no tiene borradores.",
            Message::DraftsColumnTitle => "Título",
            Message::DraftsColumnSeverity => "Gravedad",
            Message::DraftsColumnChanged => "Modificado",
            Message::DraftsColumnStatus => "Estado",
            Message::DraftsColumnActions => "Acciones",
            Message::DraftUntitled => "Borrador sin título",
            Message::DraftLinkedWith => "Separado de la misma descripción que:",
            Message::StatusDraft => "Borrador",
            Message::StatusFiled => "Enviado",
            Message::StatusSelfSolved => "Resuelto con autoayuda",
            Message::Duplicate => "Duplicar",
            Message::Delete => "Eliminar",
            Message::Undo => "Deshacer",
            Message::SeverityNotYetKnown => "Sin evaluar",
            Message::LevelCritical => "Crítica (A)",
            Message::LevelModerate => "Moderada (B)",
            Message::LevelMinimal => "Mínima (C)",
            Message::QuarantineHeading => "Borradores que no se pudieron leer",
            Message::QuarantineBody => {
                "Estos registros están dañados o los guardó una versión más reciente de Support \
                 Triage. Se conservan tal como estaban: vea o descargue el texto para recuperar lo \
                 que necesite."
            }
            Message::QuarantineCouldNotBeRead => "No se pudo leer:",
            Message::UnreadableNotJson => "no es un JSON válido.",
            Message::UnreadableNotOurs => "no es un registro de Support Triage.",
            Message::UnreadableDamaged => "el registro está dañado.",
            Message::UnreadableRevisionOutOfRange => "el registro está dañado: su número de revisión está fuera de rango.",
            Message::UnreadableIdMismatch => "su identificador no coincide con el lugar donde estaba guardado.",
            Message::UnreadableSetAsideEarlier => "no se pudo leer en una visita anterior y se apartó.",
            Message::QuarantineShowText => "Mostrar el texto guardado",
            Message::QuarantineDownload => "Descargar el texto guardado",
            Message::ProblemHeading => "Describa un único problema",
            Message::ProblemIntro => {
                "Un ticket trata exactamente un problema. Los problemas que se pueden separar se \
                 resuelven antes en tickets propios. Con el soporte de la suscripción, abrir más \
                 tickets no cuesta nada extra; con un contrato Premier, las consultas de \
                 procedimiento (cómo configurar algo) se cobran."
            }
            Message::ProblemTitleLabel => "Título",
            Message::ProblemTitleHint => {
                "Unas pocas palabras, por ejemplo: Los dispositivos Android no se pueden inscribir \
                 desde el lunes."
            }
            Message::ProblemTitleError => "Escriba un título breve para el problema",
            Message::ProblemDescriptionLabel => "¿Qué ocurre?",
            Message::ProblemDescriptionHint => {
                "Qué esperaba, qué ocurrió en su lugar y desde cuándo. Los mensajes de error y lo \
                 que ya ha intentado se piden más adelante."
            }
            Message::ProblemDescriptionError => "Describa qué ocurre",
            Message::SeveralProblemsHeading => "Parece que hay más de un problema",
            Message::SeveralProblemsBody => {
                "Cada uno podría ser un ticket propio. Si los separa, este borrador se queda con el \
                 primero y se crea un borrador vinculado para cada uno de los demás, con sus datos \
                 de contacto y su contrato de soporte copiados."
            }
            Message::SplitIntoDrafts => "Separar en borradores distintos",
            Message::SplitDone => {
                "Hecho: este borrador contiene ahora el primer problema. Los demás están en su \
                 lista de borradores, vinculados a este."
            }
            Message::SuggestionsHeading => "Estos artículos pueden ayudar",
            Message::SuggestionErrorCode => "Explica el código de error que indicó.",
            Message::FeatureRequestHeading => "Parece una idea, no un problema",
            Message::PossibleDuplicate => "Ya tiene un borrador que parece describir el mismo problema:",
            Message::OpenThatDraft => "Abrir ese borrador",
            Message::ImpactHeading => "¿Qué gravedad tiene el problema?",
            Message::ImpactIntro => {
                "Cuatro preguntas sobre el impacto. La gravedad se calcula a partir de sus \
                 respuestas a medida que contesta; si tiene un motivo, puede elegir una gravedad \
                 distinta."
            }
            Message::ImpactUsabilityQuestion => "¿Su organización puede seguir usando el servicio?",
            Message::ImpactUsabilityHint => "El servicio es el del proveedor tal como lo usa su organización, no el dispositivo de una persona: si sigue funcionando para los demás, todavía se puede usar.",
            Message::ImpactScopeQuestion => "¿A quién o a qué afecta?",
            Message::ImpactBusinessQuestion => "¿Qué impacto tiene en el negocio?",
            Message::ImpactWorkaroundQuestion => "¿Hay una solución alternativa aceptable?",
            Message::ImpactWorkaroundHint => {
                "Una forma de que las personas sigan trabajando hasta que se corrija."
            }
            Message::UsabilityUnusable => "No: no se puede acceder a él ni usarlo",
            Message::UsabilityWorseThanBefore => "Sí, pero funciona peor que antes",
            Message::UsabilityMinorInconvenience => "Sí: el problema es una molestia menor",
            Message::ScopeMany => "A muchos usuarios o a varios servicios",
            Message::ScopeOne => "A un usuario, cliente o servicio",
            Message::ScopeNobodyYet => "A nadie todavía",
            Message::ScopeNobodyYetHint => "Se detectó antes de que afectara a nadie.",
            Message::BusinessSevere => {
                "Grave: la producción, las operaciones o un plazo están en riesgo"
            }
            Message::BusinessModerate => "Moderado: puede esperar al horario laboral",
            Message::BusinessMinimal => "Mínimo: casi no afecta al negocio",
            Message::WorkaroundAcceptable => "Sí, una aceptable",
            Message::WorkaroundNone => "No",
            Message::DontKnow => "No lo sé",
            Message::ImpactUsabilityError => "Indique si el servicio se puede seguir usando",
            Message::ImpactScopeError => "Indique a quién o a qué afecta",
            Message::ImpactBusinessError => "Indique qué impacto tiene el problema en el negocio",
            Message::ImpactWorkaroundError => {
                "Indique si hay una solución alternativa aceptable"
            }
            Message::SeverityComputedHeading => "Gravedad según sus respuestas",
            Message::SeverityPrefix => "Gravedad:",
            Message::SeverityIncompleteHint => {
                "Las preguntas que aún no ha contestado cuentan como «No lo sé»."
            }
            Message::BecauseCritical => "Gravedad crítica porque",
            Message::BecauseModerate => "Gravedad moderada porque",
            Message::BecauseMinimal => "Gravedad mínima porque",
            Message::ReasonServiceUnusable => "no se puede acceder al servicio ni usarlo",
            Message::ReasonWorseThanBefore => "el servicio se puede usar, pero funciona peor que antes",
            Message::ReasonMinorInconvenience => {
                "el servicio funciona; el problema es una molestia menor"
            }
            Message::ReasonUsabilityNotKnown => {
                "aún no se sabe en qué medida se puede seguir usando el servicio"
            }
            Message::ReasonManyAffected => "afecta a muchos usuarios o a varios servicios",
            Message::ReasonOneAffected => "afecta a un solo usuario, cliente o servicio",
            Message::ReasonNobodyAffectedYet => "todavía no afecta a nadie",
            Message::ReasonScopeNotKnown => "aún no se sabe a quién o a qué afecta",
            Message::ReasonSevereBusinessImpact => {
                "la producción, las operaciones o un plazo de implementación se ven gravemente \
                 afectados"
            }
            Message::ReasonModerateBusinessImpact => {
                "el impacto en el negocio es moderado y puede atenderse en horario laboral"
            }
            Message::ReasonMinimalBusinessImpact => "el impacto en el negocio es mínimo",
            Message::ReasonBusinessImpactNotKnown => "aún no se conoce el impacto en el negocio",
            Message::ReasonNoWorkaround => "no hay ninguna solución alternativa aceptable",
            Message::ReasonAcceptableWorkaround => "se puede seguir trabajando con una solución alternativa aceptable",
            Message::ReasonWorkaroundNotKnown => "aún no se sabe si hay una solución alternativa",
            Message::ReasonCriticalNeedsKnownAnswers => "solo sería crítica si las respuestas que aún desconoce resultaran desfavorables; conteste esas preguntas para confirmar la gravedad crítica",
            Message::OverrideToggle => "Elegir una gravedad distinta",
            Message::OverrideToggleHint => {
                "Por ejemplo, cuando un plazo hace el problema más urgente de lo que indican las \
                 respuestas. El proveedor verá la gravedad calculada, la que usted elija y su motivo."
            }
            Message::OverrideLevelLegend => "¿Qué gravedad debe tener el ticket?",
            Message::OverrideLevelError => "Seleccione la gravedad que debe tener el ticket",
            Message::OverrideReasonLabel => "¿Por qué debe tener el ticket esta gravedad?",
            Message::OverrideReasonHint => "El ingeniero del proveedor lo leerá con el ticket.",
            Message::OverrideReasonError => {
                "Explique por qué el ticket debe tener una gravedad distinta"
            }
            Message::SeverityComputedLabel => "Gravedad según las respuestas",
            Message::SeverityOverrideReasonLabel => "Su motivo",
            Message::DetailsHeading => "Dé más detalles al ingeniero de soporte",
            Message::DetailsIntro => {
                "Estos son los datos que un ingeniero pide primero. Cuanto más indique ahora, \
                 menos preguntas recibirá después."
            }
            Message::DetailsProblemSection => "Sobre el problema",
            Message::StartedLabel => "¿Cuándo empezó?",
            Message::StartedHint => {
                "Una fecha y hora o, por ejemplo: después del cambio de directiva del martes."
            }
            Message::AffectedLabel => "¿Cuántos usuarios o dispositivos están afectados?",
            Message::AffectedHint => {
                "Por ejemplo: unos 40 teléfonos Android del equipo de ventas."
            }
            Message::PlatformsLegend => "¿Qué plataformas están afectadas?",
            Message::PlatformsHint => "Seleccione todas las que correspondan.",
            Message::PlatformWindows => "Windows",
            Message::PlatformMacos => "macOS",
            Message::PlatformIos => "iOS o iPadOS",
            Message::PlatformAndroid => "Android",
            Message::PlatformLinux => "Linux",
            Message::PlatformOther => "Otra plataforma",
            Message::PlatformOtherLabel => "¿Qué plataforma?",
            Message::ErrorMessagesLabel => "Mensajes de error",
            Message::ErrorMessagesHint => {
                "Cópielos tal como aparecen, con los códigos de error que tengan."
            }
            Message::AlreadyTriedLabel => "¿Qué ha intentado ya?",
            Message::AlreadyTriedHint => "Y qué ocurrió al intentarlo.",
            Message::EscalationSection => "Quién de su organización lo ha revisado",
            Message::EscalationHint => {
                "Los niveles de su plan de soporte. Seleccione cada nivel que haya trabajado en el \
                 problema e indique qué encontró."
            }
            Message::ContactSection => "Cómo puede contactarle el proveedor",
            Message::ContactHint => {
                "Indique una dirección de correo electrónico, un número de teléfono o ambos."
            }
            Message::ContactNameLabel => "Su nombre",
            Message::ContactEmailLabel => "Correo electrónico",
            Message::ContactPhoneLabel => "Número de teléfono",
            Message::ContactPhoneHint => {
                "Con el prefijo del país, por ejemplo +34 910 000 000."
            }
            Message::PreferredMethodLegend => "¿Cómo prefiere que le contacten?",
            Message::MethodEmail => "Correo electrónico",
            Message::MethodPhone => "Teléfono",
            Message::SupportLanguageLabel => "Idioma del soporte",
            Message::ContactMissingError => {
                "Escriba una dirección de correo electrónico o un número de teléfono"
            }
            Message::PreferredEmailMissingError => {
                "Escriba su correo electrónico o elija el teléfono como forma de contacto"
            }
            Message::PreferredPhoneMissingError => {
                "Escriba su número de teléfono o elija el correo electrónico como forma de contacto"
            }
            Message::EmailFormatError => {
                "Escriba una dirección de correo electrónico con un formato correcto, como \
                 nombre@example.com"
            }
            Message::CheckAnswersHeading => "Revise sus respuestas antes de enviar",
            Message::CheckSectionRequest => "La solicitud",
            Message::CheckSectionProblem => "El problema",
            Message::CheckSectionImpact => "Impacto y gravedad",
            Message::CheckSectionDetails => "Detalles",
            Message::CheckSectionContact => "Contacto",
            Message::CheckSelfHelp => "Autoayuda",
            Message::CheckSelfHelpValue => "Consultada; no resolvió el problema",
            Message::CheckRequestKind => "Tipo",
            Message::CheckSupportContract => "Contrato de soporte",
            Message::CheckTenantSize => "Licencias del inquilino",
            Message::CheckDescription => "Qué ocurre",
            Message::CheckSeverity => "Gravedad",
            Message::CheckStarted => "Inicio",
            Message::CheckAffected => "Usuarios o dispositivos afectados",
            Message::CheckPlatforms => "Plataformas",
            Message::CheckErrorMessages => "Mensajes de error",
            Message::CheckAlreadyTried => "Lo que ya se ha intentado",
            Message::CheckEscalation => "Revisado por",
            Message::CheckPreferredMethod => "Contacto preferido",
            Message::NotGiven => "No indicado",
            Message::ReadyHeading => "Su ticket está listo para enviar",
            Message::ReadyIntro => {
                "Aquí tiene todo lo que necesita el proveedor: la gravedad, cuándo esperar una \
                 primera respuesta, dónde enviarlo y el texto del ticket para pegar."
            }
            Message::FiledHeading => "Ticket enviado",
            Message::ReadySeverityHeading => "Gravedad",
            Message::ReadyResponseHeading => "Primera respuesta prevista",
            Message::ResponseLeadDraft => "Si se envía ahora, la primera respuesta debería llegar",
            Message::ResponseLeadFiled => "La primera respuesta debería llegar",
            Message::SetByContract => "según su contrato",
            Message::ContractNote => {
                "Estos tiempos de respuesta proceden de su contrato; los ha introducido el \
                 responsable de esta página."
            }
            Message::ResponseExampleLead => "Solo un ejemplo, no un compromiso: primera respuesta",
            Message::ResponseExampleNote => {
                "Los tiempos de respuesta reales los fija su contrato de soporte: consúltelos \
                 allí. Mientras el responsable de esta página no los introduzca, no se muestra \
                 ninguna hora límite ni cuenta atrás."
            }
            Message::ExpectedByContract => "según lo que fije su contrato de soporte",
            Message::ResponseWindowProblem => {
                "No se pudieron calcular los tiempos de respuesta configurados para este ticket, \
                 así que no se muestra ningún plazo. Pida al responsable de esta página que revise \
                 sus calendarios de horario laboral."
            }
            Message::DueNow => "Vence ahora",
            Message::OverdueLabel => "Vencido",
            Message::TimelineIfFiledNow => "Si se envía ahora:",
            Message::TimelineFiled => "Enviado:",
            Message::TimelineDue => "Plazo de respuesta:",
            Message::TimelineLegendOpen => "Soporte abierto: el tiempo corre",
            Message::TimelineLegendClosed => "Soporte cerrado: el tiempo se detiene",
            Message::TimelineLegendNow => "Ahora",
            Message::ContactFirstHeading => "A quién contactar primero",
            Message::ContactFirstNoTier1 => {
                "Su plan de soporte todavía no tiene contactos de nivel 1. Mientras tanto, \
                 consulte primero a su equipo de soporte."
            }
            Message::TicketTextHeading => "El texto del ticket",
            Message::TicketTextHint => {
                "Péguelo en el formulario del proveedor o guarde una copia."
            }
            Message::CopyText => "Copiar el texto del ticket",
            Message::Copied => "Copiado. Péguelo en el formulario del proveedor.",
            Message::CopyRefused => {
                "El navegador no permitió copiar. En su lugar, el texto está seleccionado: pulse \
                 Ctrl+C, o Cmd+C en un Mac, para copiarlo."
            }
            Message::DownloadMarkdown => "Descargar como Markdown",
            Message::DownloadPlainText => "Descargar como texto sin formato",
            Message::DownloadJson => "Descargar como JSON",
            Message::DownloadRefused => "El navegador no inició la descarga.",
            Message::PrintTicket => "Imprimir el ticket",
            Message::EmailTicket => "Enviar el texto por correo electrónico",
            Message::EmailShortenedNote => {
                "[Acortado para que quepa en un enlace de correo. Copie o descargue el texto \
                 completo desde Support Triage.]"
            }
            Message::FiledFormHeading => "¿Ya lo ha enviado?",
            Message::FiledNumberLabel => "Número de ticket del proveedor",
            Message::FiledNumberHint => {
                "Aparece en la confirmación del proveedor o en la lista de solicitudes de servicio \
                 donde lo envió."
            }
            Message::FiledNumberError => "Escriba el número de ticket que le dio el proveedor",
            Message::FiledButton => "Ya lo he enviado",
            Message::FiledChangeSummary => "Corregir el número o indicar que no se presentó",
            Message::FiledCorrectLabel => "Número de incidencia del proveedor, corregido",
            Message::FiledCorrectButton => "Guardar el número corregido",
            Message::FiledWithdrawButton => "Al final no se presentó",
            Message::FiledHistoryHeading => "Presentaciones anteriores",
            Message::ReadyActionsHeading => "Copiar, descargar o enviar",
            Message::SeverityChosenByYou => "elegida por usted",
            Message::ExportAllDrafts => "Descargar todos los borradores (JSON)",
            Message::ImportDrafts => "Importar borradores desde un archivo",
            Message::ImportDraftsHint => {
                "Un archivo descargado con «Descargar todos los borradores». Los borradores que ya \
                 tiene solo se sustituyen por copias más recientes."
            }
            Message::ImportFailed => "No se pudo importar el archivo:",
            Message::ImportNotDraftsExport => "no es una exportación de borradores de Support Triage.",
            Message::ImportFileUnreadable => "el navegador no pudo leer el archivo.",
            Message::ImportedHeading => "Importación terminada",
            Message::ImportSkippedNewer => "omitido: ya hay una copia más reciente",
            Message::ImportSkippedInvalid => "omitido: no es un borrador válido",
            Message::ImportSkippedNotSaved => "omitido: este navegador no permitió guardarlo",
            Message::ClearAllDrafts => "Eliminar todos los borradores",
            Message::ClearAllConfirmHeading => "¿Eliminar todos los borradores?",
            Message::ClearAllConfirmBody => {
                "Se eliminarán todos los borradores guardados en este navegador y no se podrá \
                 deshacer. Descárguelos antes si puede necesitarlos."
            }
            Message::ClearAllConfirm => "Sí, eliminar todos los borradores",
            Message::Cancel => "Cancelar",
            Message::CleanupHeading => "Borradores antiguos",
            Message::CleanupBody => {
                "Puede eliminarlos para mantener la lista corta. No se elimina nada hasta que lo \
                 decida."
            }
            Message::CleanupConfirm => "Eliminar los borradores antiguos",
            Message::MinutesUnit => "min",
            Message::PlanHeading => "Su plan de soporte",
            Message::PlanCaption => "Plan de soporte",
            Message::PlanIntro => {
                "Complete las secciones en el orden que quiera. Todo se guarda en este dispositivo \
                 mientras escribe, y los tickets nuevos toman de este plan la ruta de escalado y \
                 los contactos."
            }
            Message::PlanUsingDefault => {
                "Está empezando con el plan predeterminado de su organización. Sus cambios se \
                 guardan aparte en este dispositivo."
            }
            Message::PlanCustomised => {
                "Este plan tiene sus cambios. El plan predeterminado de su organización se \
                 conserva y puede volver a él en cualquier momento."
            }
            Message::PlanSectionsHeading => "Secciones del plan",
            Message::PlanSectionTeams => "Equipos y niveles",
            Message::PlanSectionTeamsHint => {
                "Quién se encarga de los niveles 1 a 3, cómo contactarlos y el proveedor como \
                 nivel 4"
            }
            Message::PlanSectionEscalation => "Flujo de escalado",
            Message::PlanSectionEscalationHint => {
                "Cómo pasa un problema de un nivel a otro y vuelve al usuario"
            }
            Message::PlanSectionTraining => "Formación",
            Message::PlanSectionTrainingHint => "A quién se forma, cómo y con qué programa",
            Message::PlanSectionEarlyInvolvement => "Participación temprana",
            Message::PlanSectionEarlyInvolvementHint => {
                "Implicar al equipo de soporte en la planificación y el piloto"
            }
            Message::PlanStatusNotStarted => "Sin empezar",
            Message::PlanStatusInProgress => "En curso",
            Message::PlanStatusCompleted => "Completado",
            Message::PlanSaveAndReturn => "Guardar y volver a la lista de tareas",
            Message::PlanSavedAsYouType => {
                "Sus cambios se guardan en este dispositivo mientras escribe."
            }
            Message::PlanNotSavedQuota => {
                "No se ha guardado: el almacenamiento de este navegador está lleno. Su plan sigue \
                 aquí; descárguelo como JSON para conservar una copia."
            }
            Message::PlanNotSavedOther => {
                "No se ha guardado: este navegador no permitió almacenar el plan. Su plan sigue \
                 aquí; descárguelo como JSON para conservar una copia."
            }
            Message::PlanUpdatedElsewhere => "Actualizado con cambios hechos en otra pestaña",
            Message::PlanRestoredAfterReset => {
                "El plan se restableció al predeterminado en otra pestaña. Sus cambios de aquí se han \
                 guardado de nuevo para que no se pierda nada."
            }
            Message::PlanMemoryOnly => {
                "Este navegador no permite conservar su plan, así que se perderá al cerrar la \
                 página. Descárguelo para conservar una copia."
            }
            Message::PlanConflictHeading => "El plan se modificó en otra pestaña",
            Message::PlanConflictBody => {
                "Otra pestaña guardó una versión más reciente del plan mientras lo editaba aquí. \
                 Elija qué versión conservar; no se pierde nada hasta que elija."
            }
            Message::PlanQuarantineHeading => "No se pudo leer un plan guardado",
            Message::PlanQuarantineBody => {
                "Se conserva tal como estaba y, por ahora, trabaja con el plan predeterminado. \
                 Vea o descargue el texto guardado para recuperar lo que necesite."
            }
            Message::PlanTeamsIntro => {
                "Indique quién atiende a sus usuarios en cada nivel. Los niveles 1 y 2 suelen ser \
                 el equipo de soporte; el nivel 3 suele ser el equipo que implementó el servicio. \
                 Deje vacío un nivel si su organización no lo tiene."
            }
            Message::PlanTier1Hint => "Donde los usuarios informan primero de los problemas.",
            Message::PlanTier2Hint => "Investiga lo que el nivel 1 no puede resolver.",
            Message::PlanTier3Hint => {
                "Encuentra la causa raíz, cambia el servicio y trabaja con el proveedor."
            }
            Message::PlanTeamName => "Nombre del equipo",
            Message::PlanTeamHours => "Horario",
            Message::PlanTeamHoursHint => "Por ejemplo: de lunes a viernes, de 8:00 a 18:00",
            Message::PlanResponsibilities => "Responsabilidades",
            Message::PlanOnePerLine => "Una por línea.",
            Message::PlanContactsHeading => "Contactos",
            Message::PlanNoContactsYet => "Todavía no hay contactos.",
            Message::PlanContactHint => {
                "Indique una dirección de correo electrónico, un número de teléfono o ambos."
            }
            Message::PlanContactName => "Nombre",
            Message::PlanContactRole => "Función",
            Message::PlanContactEmail => "Correo electrónico",
            Message::PlanContactPhone => "Número de teléfono",
            Message::PlanRemove => "Quitar",
            Message::PlanVendorHint => {
                "El soporte del proveedor es el nivel 4. Estos valores parten de la configuración \
                 de su organización; cámbielos solo si su contrato es distinto."
            }
            Message::PlanVendorName => "Nombre del soporte del proveedor",
            Message::PlanVendorNameHint => {
                "Tal como debe aparecer en la ruta de escalado, por ejemplo: Soporte de Microsoft"
            }
            Message::PlanVendorChannel => "Canal para contactar con el proveedor",
            Message::PlanVendorChannelByRouting => {
                "Se elige para cada solicitud según su tipo y su contrato de soporte"
            }
            Message::PlanVendorSupportContract => "Su contrato de soporte con el proveedor",
            Message::PlanExtraTiersHeading => "Entradas de nivel que no encajan",
            Message::PlanExtraTiersBody => {
                "Llegaron con un plan importado. Cada número de nivel del 1 al 3 se puede usar una \
                 vez, y el proveedor siempre es el nivel 4. Quite las entradas que no necesite."
            }
            Message::PlanEscalationIntro => {
                "Enumere los traspasos en el orden en que ocurren, desde el primer aviso del \
                 usuario hasta que la solución le llega. En cada uno, indique qué se traspasa y qué \
                 información debe acompañarlo."
            }
            Message::PlanEscalationEmpty => {
                "Todavía no hay pasos. Parta del ejemplo de la guía de planificación, un \
                 dispositivo que no se puede inscribir, que sube hasta el nivel 3 y vuelve al \
                 usuario; después adáptelo a su organización."
            }
            Message::PlanUseExampleSteps => "Usar los pasos de ejemplo",
            Message::PlanAddStep => "Agregar un paso",
            Message::PlanStepFrom => "De",
            Message::PlanStepTo => "A",
            Message::PlanStepHandover => "Qué se traspasa",
            Message::PlanStepHandoverHint => {
                "Por ejemplo: la solicitud con lo que encontró el nivel 2"
            }
            Message::PlanStepInformation => "Información que debe acompañarlo",
            Message::PlanMoveUp => "Subir",
            Message::PlanMoveDown => "Bajar",
            Message::PlanPartyUser => "Usuario",
            Message::PlanRolloutHeading => "Primera fase de implementación",
            Message::PlanRolloutNote => {
                "Cómo colaboran los niveles durante la primera fase de implementación"
            }
            Message::PlanRolloutNoteHint => {
                "Por ejemplo: los niveles 1, 2 y 3 comparten una llamada puente para ver y \
                 resolver los problemas juntos."
            }
            Message::PlanTrainingIntro => {
                "La formación es técnica y se adapta al nivel de cada equipo. Prevea entre dos y \
                 tres horas de teoría y prácticas."
            }
            Message::PlanTrainingApproachHeading => "Enfoque",
            Message::PlanTrainTheTrainer => "Formación de formadores",
            Message::PlanTrainTheTrainerHint => {
                "El equipo de administración de dispositivos forma a los responsables del equipo \
                 de soporte, que después forman a sus equipos."
            }
            Message::PlanAudiencesHeading => "A quién se forma",
            Message::PlanAudiencesHint => {
                "Para cada nivel: quién asiste, qué necesita aprender y cuándo."
            }
            Message::PlanAudienceDescription => "Quién asiste y qué necesita aprender",
            Message::PlanAudienceDate => "Fecha de la sesión",
            Message::PlanAgendaHeading => "Programa",
            Message::PlanAgendaEmpty => {
                "Todavía no hay programa. Parta del programa de ejemplo y ajuste los temas y los \
                 tiempos."
            }
            Message::PlanUseSampleAgenda => "Usar el programa de ejemplo",
            Message::PlanAddAgendaItem => "Agregar un punto al programa",
            Message::PlanAgendaTitle => "Tema",
            Message::PlanAgendaMinutes => "Duración",
            Message::PlanAgendaWithin => "Está dentro de la duración recomendada.",
            Message::PlanAgendaShorter => "Es más corto de lo recomendado.",
            Message::PlanAgendaLonger => "Es más largo de lo recomendado.",
            Message::PlanEarlyIntro => {
                "Implique pronto al equipo de soporte, en la planificación de la implementación y \
                 en el piloto, para que esté preparado antes de que llamen los usuarios. Marque \
                 cada elemento cuando esté hecho."
            }
            Message::PlanEarlyEmpty => {
                "Todavía no hay lista de comprobación. Parta de la lista sugerida o agregue sus \
                 propios elementos."
            }
            Message::PlanUseSuggestedChecklist => "Usar la lista de comprobación sugerida",
            Message::PlanChecklistLegend => "Qué se ha hecho",
            Message::PlanAddOwnItemHeading => "Agregar un elemento propio",
            Message::PlanNewChecklistItem => "Nuevo elemento",
            Message::PlanNewChecklistItemHint => {
                "Por ejemplo: los responsables de soporte revisan el manual de procedimientos"
            }
            Message::PlanNewChecklistItemError => "Escriba el elemento que quiere agregar",
            Message::PlanAddChecklistItem => "Agregar el elemento",
            Message::PlanPathHeading => "Ruta de escalado",
            Message::PlanPathIntro => "Adónde va un problema cuando un nivel no puede resolverlo.",
            Message::PlanPathListLabel => {
                "Ruta de escalado, desde el primer contacto hasta el proveedor"
            }
            Message::PlanPathVendor => "Nivel 4 (proveedor)",
            Message::PlanPathNotNamed => "Sin nombre todavía",
            Message::PlanPathNoTiers => {
                "Agregue sus niveles en «Equipos y niveles» para completar la ruta."
            }
            Message::PlanShareHeading => "Imprimir o descargar el plan",
            Message::PlanShareBody => {
                "Imprima el plan para el equipo de soporte, descárguelo como Markdown para una wiki \
                 o un correo, o como JSON para guardar una copia o llevarlo a otro navegador."
            }
            Message::PlanViewAndPrint => "Ver e imprimir el plan",
            Message::PlanDownloadMarkdown => "Descargar como Markdown",
            Message::PlanDownloadJson => "Descargar como JSON",
            Message::PlanDownloadRefused => {
                "El navegador rechazó la descarga. Compruebe si bloquea las descargas de esta \
                 página."
            }
            Message::PlanImportHeading => "Importar un plan",
            Message::PlanImportLabel => "Elegir un archivo de plan (JSON)",
            Message::PlanImportHint => {
                "Un archivo creado con «Descargar como JSON», en este u otro navegador. Sustituye \
                 el plan actual; puede deshacerlo justo después."
            }
            Message::PlanImportUnreadable => "El navegador no pudo leer el archivo.",
            Message::PlanUndoImport => "Deshacer la importación",
            Message::PlanImportUndone => {
                "Se deshizo la importación; el plan está como antes."
            }
            Message::PlanResetHeading => "Empezar de nuevo desde el plan predeterminado",
            Message::PlanResetBody => {
                "Vuelva al plan predeterminado de su organización. Antes se le pedirá que lo \
                 confirme."
            }
            Message::PlanResetButton => "Restablecer el plan predeterminado",
            Message::PlanResetConfirmHeading => {
                "¿Restablecer el plan predeterminado de su organización?"
            }
            Message::PlanResetConfirmWarning => {
                "Sus cambios en el plan se eliminarán de este navegador. No se puede deshacer."
            }
            Message::PlanResetConfirmBody => {
                "Descargue antes el plan si quiere conservar una copia de sus cambios."
            }
            Message::PlanResetConfirmYes => "Sí, restablecer el plan",
            Message::PlanDownloadJsonFirst => "Descargar antes como JSON",
            Message::PlanWarningPrefix => "Advertencia:",
            Message::PlanResetDone => "Se restableció el plan predeterminado de su organización.",
            Message::PlanResetFailed => {
                "No se pudo restablecer el plan porque este navegador no permitió cambiar su \
                 almacenamiento. Su plan no ha cambiado."
            }
            Message::PlanDocumentTitle => "Plan de soporte",
            Message::PlanPrint => "Imprimir el plan",
            Message::PlanBackToTaskList => "Volver a la lista de tareas",
            Message::PlanDocumentNotGiven => "No indicado",
            Message::PlanDocumentNoTiers => "Todavía no hay niveles definidos.",
            Message::PlanDocumentStepsHeading => "Pasos",
            Message::PlanDocumentNoSteps => "Todavía no hay pasos definidos.",
            Message::PlanDocumentInformation => "Información que se debe traspasar:",
            Message::PlanDocumentTrainTheTrainer => {
                "Formación de formadores: el equipo de administración de dispositivos forma a los \
                 responsables del equipo de soporte, que forman a sus propios equipos."
            }
            Message::PlanDocumentDirectTraining => "Cada nivel recibe formación directamente.",
            Message::PlanDocumentTier => "Nivel",
            Message::PlanDocumentWho => "Quién asiste",
            Message::PlanDocumentLength => "Duración",
            Message::PlanDocumentTotal => "Total",
            Message::PlanDocumentNoAgenda => "Todavía no hay programa.",
            Message::PlanDocumentNoChecklist => "Todavía no hay elementos.",
            Message::PlanDocumentItem => "Elemento",
            Message::PlanDocumentStatus => "Estado",
            Message::PlanDocumentDone => "Hecho",
            Message::PlanDocumentNotDone => "Pendiente",
            Message::HandoffHeading => "Enviarlo a nuestro equipo de soporte",
            Message::HandoffIntro => "El equipo de soporte de su organización puede hacerse cargo del ticket desde aquí. Recibe el ticket tal como se muestra arriba; nada más sale de este navegador.",
            Message::HandoffSend => "Enviar a nuestro equipo de soporte",
            Message::HandoffSendAgain => "Enviar de nuevo al equipo de soporte",
            Message::HandoffResendWarning => "Este ticket ya está en su equipo de soporte. Si lo envía de nuevo, se creará allí un segundo ticket.",
            Message::HandoffResendConfirm => "Sí, enviar un segundo ticket",
            Message::HandoffSending => "Enviando…",
            Message::HandoffSent => "Enviado al equipo de soporte:",
            Message::HandoffRefused => "El equipo de soporte no aceptó el ticket. El borrador no ha cambiado; consulte con el equipo de soporte qué necesita y vuelva a intentarlo.",
            Message::HandoffServerError => "El equipo de soporte tuvo un problema al recibir el ticket. El borrador está a salvo; vuelva a intentarlo en un momento.",
            Message::HandoffUnreachable => "No se pudo contactar con el equipo de soporte. Compruebe la conexión; el borrador está a salvo y puede volver a intentarlo.",
            Message::HandoffTimedOut => "El equipo de soporte no respondió en 15 segundos. El borrador está a salvo; vuelva a intentarlo.",
            Message::HandoffEmail => "Enviarlo por correo a nuestro equipo de soporte",
            Message::HandoffNeedsEmail => "El equipo de soporte necesita su dirección de correo electrónico para responder. Añádala a los datos de contacto del ticket y vuelva a enviarlo.",
            Message::HandoffNotEnabled => "El equipo de soporte todavía no acepta tickets desde esta página: su formulario web o las solicitudes anónimas están desactivados. El borrador está a salvo; pida al administrador del equipo de soporte que los active.",
            Message::HandoffTryLater => "El equipo de soporte no acepta tickets desde esta página en este momento, quizá porque se enviaron muchos recientemente. El borrador está a salvo; vuelva a intentarlo más tarde.",
            Message::HandoffUnexpectedAnswer => "El equipo de soporte respondió, pero la respuesta no indica que se haya creado el ticket. Consulte con el equipo de soporte antes de volver a enviarlo.",
            Message::TicketLanguageLabel => "Idioma del ticket",
            Message::TicketLanguageHint => "Escriba el ticket en un idioma que atienda el canal de soporte. Los idiomas que atiende están marcados con ✓.",
            Message::DraftsPagesLabel => "Páginas de la lista de borradores",
            Message::PreviousPage => "Página anterior",
            Message::NextPage => "Página siguiente",
            Message::PageLoading => "Cargando esta página…",
            Message::PageLoadFailedTitle => "No se pudo cargar esta página",
            Message::PageLoadFailed => "Sus borradores siguen a salvo en este dispositivo. Compruebe la conexión y vuelva a intentarlo.",
            Message::PageLoadRetry => "Volver a intentarlo",
            Message::LanguageLoadFailed => "No se pudo cargar ese idioma. Compruebe la conexión y vuelva a elegirlo.",
        }
    }

    fn tier_label(&self, number: u8) -> String {
        format!("Nivel {number}")
    }

    fn tier_with_team(&self, number: u8, team: &str) -> String {
        if team.is_empty() {
            format!("Nivel {number}")
        } else {
            format!("Nivel {number} ({team})")
        }
    }

    fn tier_with_name(&self, number: u8, team: &str) -> String {
        if team.is_empty() {
            format!("Nivel {number}")
        } else {
            format!("Nivel {number}: {team}")
        }
    }

    fn vendor_party(&self, name: &str) -> String {
        if name.is_empty() {
            "El proveedor (nivel 4)".to_owned()
        } else {
            format!("{name} (proveedor, nivel 4)")
        }
    }

    fn vendor_tier_heading(&self) -> String {
        "Nivel 4: el proveedor".to_owned()
    }

    fn vendor_tier_with_name(&self, name: &str) -> String {
        if name.is_empty() {
            self.vendor_tier_heading()
        } else {
            format!("Nivel 4: {name} (proveedor)")
        }
    }

    fn add_contact_to(&self, tier: u8) -> String {
        format!("Agregar un contacto al nivel {tier}")
    }

    fn contact_label(&self, number: usize) -> String {
        format!("Contacto {number}")
    }

    fn contact_reference(&self, number: usize, tier: u8) -> String {
        format!("el contacto {number} del nivel {tier}")
    }

    fn contact_removed(&self, number: usize, tier: u8) -> String {
        format!("Se quitó el contacto {number} del nivel {tier}.")
    }

    fn contacts_of_tier(&self, tier: u8) -> String {
        format!("Contactos del nivel {tier}")
    }

    fn step_label(&self, number: usize) -> String {
        format!("Paso {number}")
    }

    fn step_reference(&self, number: usize) -> String {
        format!("el paso {number}")
    }

    fn step_moved(&self, from: usize, to: usize) -> String {
        format!("El paso {from} ahora es el paso {to}.")
    }

    fn step_removed(&self, number: usize) -> String {
        format!("Se quitó el paso {number}.")
    }

    fn example_steps_added(&self, count: usize) -> String {
        let count = count as u64;
        format!(
            "{} {}.",
            plural_es(count, "Se agregó", "Se agregaron"),
            counted(count, "paso de ejemplo", "pasos de ejemplo")
        )
    }

    fn agenda_item_label(&self, number: usize) -> String {
        format!("Punto {number} del programa")
    }

    fn agenda_item_reference(&self, number: usize) -> String {
        format!("el punto {number} del programa")
    }

    fn agenda_item_moved(&self, from: usize, to: usize) -> String {
        format!("El punto {from} del programa ahora es el punto {to}.")
    }

    fn agenda_item_removed(&self, number: usize) -> String {
        format!("Se quitó el punto {number} del programa.")
    }

    fn sample_agenda_added(&self, count: usize) -> String {
        let count = count as u64;
        format!(
            "{} {} del programa de ejemplo.",
            plural_es(count, "Se agregó", "Se agregaron"),
            counted(count, "punto", "puntos")
        )
    }

    fn suggested_checklist_added(&self, count: usize) -> String {
        let count = count as u64;
        format!(
            "{} {}.",
            plural_es(count, "Se agregó", "Se agregaron"),
            counted(count, "elemento sugerido", "elementos sugeridos")
        )
    }

    fn checklist_item_added(&self, label: &str) -> String {
        format!("Se agregó: {label}")
    }

    fn checklist_item_removed(&self, label: &str) -> String {
        format!("Se quitó: {label}")
    }

    fn checklist_item_reference(&self, label: &str) -> String {
        format!("«{label}»")
    }

    fn tier_entry(&self, index: usize, number: u8, team: &str) -> String {
        if team.trim().is_empty() {
            format!("Entrada {index}: nivel {number}, sin nombre de equipo")
        } else {
            format!("Entrada {index}: nivel {number}, {}", team.trim())
        }
    }

    fn remove_tier_entry(&self, index: usize) -> String {
        format!("Quitar la entrada {index}")
    }

    fn tier_entry_removed(&self, index: usize) -> String {
        format!("Se quitó la entrada {index}.")
    }

    fn unknown_channel(&self, id: &str) -> String {
        format!("Un canal que esta página no ofrece ({id})")
    }

    fn import_succeeded(&self, file_name: &str) -> String {
        format!("El plan se importó desde {file_name}.")
    }

    fn import_failed(&self, file_name: &str, detail: &str) -> String {
        format!("No se pudo importar {file_name}. {detail}")
    }

    fn import_too_large(&self, file_name: &str) -> String {
        format!(
            "No se pudo importar {file_name}. Es mucho más grande que un plan exportado desde \
             Support Triage; elija el archivo creado con «Descargar como JSON»."
        )
    }

    fn numbered_heading(&self, number: usize, title: &str) -> String {
        format!("{number}. {title}")
    }

    fn path_stop(&self, heading: &str, name: &str) -> String {
        format!("{heading}: {name}")
    }

    fn sections_completed(&self, completed: usize, total: usize) -> String {
        format!("Ha completado {completed} de {total} secciones.")
    }

    fn step_from_to(&self, from: &str, to: &str) -> String {
        format!("{from} → {to}")
    }

    fn training_total(&self, minutes: u32) -> String {
        format!("Total: {}", Locale::Spanish.duration(minutes))
    }

    fn training_recommended(&self, minimum_minutes: u32, maximum_minutes: u32) -> String {
        let locale = Locale::Spanish;
        format!(
            "La duración recomendada es de entre {} y {}.",
            locale.duration(minimum_minutes),
            locale.duration(maximum_minutes)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_has_two_plural_forms() {
        assert_eq!(plural_es(1, "hora", "horas"), "hora");
        for other in [0, 2, 5, 11, 21, 100] {
            assert_eq!(plural_es(other, "hora", "horas"), "horas", "{other}");
        }
        let locale = Locale::Spanish;
        assert_eq!(locale.duration(60), "1 hora");
        assert_eq!(locale.duration(240), "4 horas");
        assert_eq!(locale.duration(1), "1 minuto");
        assert_eq!(locale.duration(90), "1 hora 30 minutos");
        assert_eq!(locale.days(1), "1 día");
        assert_eq!(locale.drafts_count(0), "0 borradores");
        assert_eq!(locale.drafts_count(1), "1 borrador");
        assert_eq!(locale.deleted_count(1), "Se eliminó 1 borrador.");
        assert_eq!(locale.imported_count(3), "Se importaron 3 borradores.");
        assert_eq!(locale.old_drafts(4, 30), "4 borradores no han cambiado en más de 30 días.");
    }

    #[test]
    fn key_sentences() {
        let locale = Locale::Spanish;
        assert_eq!(locale.step_of(3, 7), "Paso 3 de 7");
        assert_eq!(locale.text(Message::Continue), "Continuar");
        assert_eq!(locale.response_within(240, false), "en un plazo de 4 horas");
        assert_eq!(locale.response_within(60, true), "en un plazo de 1 hora laborable");
        assert_eq!(
            locale.response_within(90, true),
            "en un plazo de 1 hora y 30 minutos laborables"
        );
        assert_eq!(
            locale.expected_by("lunes, 24 de noviembre, 12:00", "en un plazo de 4 horas"),
            "a más tardar el lunes, 24 de noviembre, 12:00 — en un plazo de 4 horas"
        );
        assert_eq!(locale.export_labels().level_critical, "Crítica");
    }
}
