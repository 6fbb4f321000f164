//! What the host page already knows about the person asking, given to a new ticket.
//!
//! An intranet page usually knows who is signed in, and often their organisation's support
//! contract. It passes that to the widget (`SupportTriage.mount(element, config, { prefill })`
//! or `data-prefill-*` attributes); the configuration reader checks it like configuration, and
//! every new ticket starts with those answers filled in. They are answers like any other: shown
//! on their steps and in the check of answers, and changed there.

use crate::domain::request::{RequestKind, SupportContract, TenantSize};
use crate::domain::ticket::{ContactMethod, Ticket};

/// Answers a new ticket starts with. Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prefill {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub contact_method: Option<ContactMethod>,
    pub support_contract: Option<SupportContract>,
    pub tenant_size: Option<TenantSize>,
    pub request_kind: Option<RequestKind>,
    /// The language support is asked in, and the ticket written in, as a language tag.
    pub ticket_language: Option<String>,
}

impl Prefill {
    /// The fields a host page may prefill, by their JSON name (and, with `data-prefill-` in
    /// front and `_` as `-`, their attribute name).
    pub const FIELDS: [&'static str; 8] = [
        "name",
        "email",
        "phone",
        "contact_method",
        "contract",
        "tenant_size",
        "request_kind",
        "ticket_language",
    ];

    /// Gives a new ticket these answers.
    pub fn apply_to(&self, ticket: &mut Ticket) {
        let contact = &mut ticket.details.contact;
        for (field, given) in [
            (&mut contact.name, &self.name),
            (&mut contact.email, &self.email),
            (&mut contact.phone, &self.phone),
            (&mut ticket.details.support_language, &self.ticket_language),
        ] {
            if let Some(given) = given {
                field.clone_from(given);
            }
        }
        if self.contact_method.is_some() {
            contact.preferred_method = self.contact_method;
        }
        if self.support_contract.is_some() {
            ticket.support_contract = self.support_contract;
        }
        if self.tenant_size.is_some() {
            ticket.details.tenant_size = self.tenant_size;
        }
        if self.request_kind.is_some() {
            ticket.request_kind = self.request_kind;
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn a_new_ticket_gets_every_prefilled_answer_and_keeps_the_rest_empty() {
        let now = chrono::Utc.with_ymd_and_hms(2026, 12, 2, 9, 0, 0).single().unwrap_or_default();
        let mut ticket = Ticket::new_draft("d1", now);
        Prefill::default().apply_to(&mut ticket);
        assert_eq!(ticket, Ticket::new_draft("d1", now), "nothing prefilled, nothing changed");

        let prefill = Prefill {
            name: Some("Ana Kowalska".into()),
            email: Some("ana@example.com".into()),
            contact_method: Some(ContactMethod::Email),
            support_contract: Some(SupportContract::Premier),
            tenant_size: Some(TenantSize::FewerThan100),
            request_kind: Some(RequestKind::BillingLicensingAccount),
            ticket_language: Some("ja".into()),
            ..Prefill::default()
        };
        prefill.apply_to(&mut ticket);
        assert_eq!(ticket.details.contact.name, "Ana Kowalska");
        assert_eq!(ticket.details.contact.email, "ana@example.com");
        assert_eq!(ticket.details.contact.phone, "");
        assert_eq!(ticket.details.contact.preferred_method, Some(ContactMethod::Email));
        assert_eq!(ticket.support_contract, Some(SupportContract::Premier));
        assert_eq!(ticket.details.tenant_size, Some(TenantSize::FewerThan100));
        assert_eq!(ticket.request_kind, Some(RequestKind::BillingLicensingAccount));
        assert_eq!(ticket.details.support_language, "ja");
        assert!(ticket.title.is_empty() && ticket.description.is_empty());
    }
}
