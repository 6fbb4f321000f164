// A host page using the widget's public API as docs/embedding.md shows it; `tsc --noEmit`
// checks it against support-triage.d.ts in the test command, so the declarations and the
// documentation cannot drift apart unnoticed.
import type { SupportTriageMountOptions } from "../../src/support-triage";

const options: SupportTriageMountOptions = {
  prefill: {
    name: "Ana Kowalska",
    email: "ana@example.com",
    contact_method: "email",
    contract: "premier",
    tenant_size: "100_licences_or_more",
    request_kind: "technical",
    ticket_language: "pl",
  },
};

window.addEventListener("support-triage:ready", () => {
  const element = document.querySelector("#help");
  if (!element) return;
  const id: number = window.SupportTriage.mount(element, JSON.stringify({ version: 1 }), options);
  const opened: boolean = window.SupportTriage.open(id, "new-ticket");
  const draft: string | undefined = window.SupportTriage.currentDraft(id);
  console.log(opened, draft === undefined ? "no draft" : JSON.parse(draft).ticket.id);

  element.addEventListener("support-triage:started", (event) => console.log(event.detail.id));
  element.addEventListener("support-triage:suggested", (event) => console.log(event.detail.ids.join()));
  element.addEventListener("support-triage:self-solved", (event) => console.log(event.detail.article ?? "other"));
  document.addEventListener("support-triage:ticket-ready", (event) => console.log(JSON.parse(event.detail)));
  document.addEventListener("support-triage:filed", (event) => console.log(JSON.parse(event.detail)));
  document.addEventListener("support-triage:handed-off", (event) => console.log(JSON.parse(event.detail)));
  window.SupportTriage.unmount(id);
});

// @ts-expect-error: only the three places exist.
window.SupportTriage.open(1, "settings");
// @ts-expect-error: the contract is one of two names.
const wrong: SupportTriageMountOptions = { prefill: { contract: "gold" } };
console.log(wrong);
