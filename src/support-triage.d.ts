// The public face of Support Triage in a host page: `window.SupportTriage` and the events a
// mounted widget sends. Served next to support-triage.js; see docs/embedding.md.

export {};

/** Answers a new ticket starts with; every field is optional (docs/embedding.md, "Prefill"). */
export interface SupportTriagePrefill {
  name?: string;
  email?: string;
  phone?: string;
  contact_method?: "email" | "phone";
  contract?: "professional" | "premier";
  tenant_size?: "fewer_than_100_licences" | "100_licences_or_more";
  request_kind?:
    | "technical"
    | "billing_licensing_account"
    | "intune_with_configuration_manager"
    | "standalone_configuration_manager_or_endpoint_protection"
    | "volume_licensing"
    | "feature_request";
  /** A language tag such as "en" or "ja": the language support is asked in. */
  ticket_language?: string;
}

export interface SupportTriageMountOptions {
  prefill?: SupportTriagePrefill;
}

/** A place `open` can show. */
export type SupportTriagePlace = "new-ticket" | "drafts" | "plan";

export interface SupportTriageApi {
  /**
   * Mounts a widget into `element`, with an optional configuration as JSON text
   * (docs/configuration.md) and options. Returns the widget's id at once.
   */
  mount(element: Element, configJson?: string, options?: SupportTriageMountOptions): number;
  /** Shows a place in a mounted widget; false for an unknown widget or place. */
  open(id: number, place: SupportTriagePlace): boolean;
  /** Removes a widget; its drafts stay saved. */
  unmount(id: number): void;
  /** The open draft as ticket JSON text (docs/ticket-json.md), or undefined. */
  currentDraft(id: number): string | undefined;
}

/** The events a widget sends; they bubble from the widget's element. */
export interface SupportTriageEventMap {
  /** A new ticket was started. */
  "support-triage:started": CustomEvent<{ id: string }>;
  /** Self-help articles were suggested for the description, best first. */
  "support-triage:suggested": CustomEvent<{ ids: string[] }>;
  /** Self-help solved the problem; `article` is the article's id, or null. */
  "support-triage:self-solved": CustomEvent<{ article: string | null }>;
  /** The ticket is ready to file (its page is shown): `detail` is the ticket JSON text. */
  "support-triage:ticket-ready": CustomEvent<string>;
  /** The ticket was marked as filed with the vendor: `detail` is the ticket JSON text. */
  "support-triage:filed": CustomEvent<string>;
  /** The organisation's helpdesk accepted the ticket: `detail` is the ticket JSON text. */
  "support-triage:handed-off": CustomEvent<string>;
}

declare global {
  interface Window {
    SupportTriage: SupportTriageApi;
  }
  interface DocumentEventMap extends SupportTriageEventMap {}
  interface ElementEventMap extends SupportTriageEventMap {}
  interface HTMLElementEventMap extends SupportTriageEventMap {}
  interface WindowEventMap extends SupportTriageEventMap {
    /** Dispatched on `window` once `window.SupportTriage` is there. */
    "support-triage:ready": Event;
  }
}
