// Stored records as the app writes them, unreadable ones as other writers leave them, and the
// checks the storage suites make on a copy of local storage, shared by the Chromium suite
// (playwright-core) and the Firefox and WebKitGTK suite (selenium-webdriver).
import assert from 'node:assert/strict';

/** The namespace of the standalone page. */
export const NAMESPACE = 'support-triage:';
export const PLAN_KEY = `${NAMESPACE}plan`;
const DRAFT_PREFIX = `${NAMESPACE}draft:`;

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The draft keys of a storage snapshot (`{ key: value }`). */
export function draftKeys(snapshot) {
  return Object.keys(snapshot).filter((key) => key.startsWith(DRAFT_PREFIX)).sort();
}

/** The id of a draft key. */
export function draftId(key) {
  return key.slice(DRAFT_PREFIX.length);
}

/** Parses a stored record; `undefined` when it is not JSON. */
export function parseRecord(raw) {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/**
 * The one draft of a snapshot and its parsed record (`record` is `undefined` when the stored
 * text is not JSON). Fails when there is not exactly one draft.
 */
export function onlyDraft(snapshot) {
  const keys = draftKeys(snapshot);
  assert.equal(keys.length, 1, `exactly one draft is stored: ${JSON.stringify(keys)}`);
  const [key] = keys;
  return { key, id: draftId(key), raw: snapshot[key], record: parseRecord(snapshot[key]) };
}

/** The title of the one stored draft when its record is one this version wrote, else `undefined`. */
export function storedDraftTitle(snapshot) {
  const keys = draftKeys(snapshot);
  if (keys.length !== 1) return undefined;
  const record = parseRecord(snapshot[keys[0]]);
  return record?.schema === 'support-triage/draft' && record.version === 1 ? record.ticket?.title : undefined;
}

/** The first tier's team name of the stored plan when this version wrote it, else `undefined`. */
export function storedPlanTeam(snapshot) {
  const record = parseRecord(snapshot[PLAN_KEY] ?? 'null');
  return record?.schema === 'support-triage/stored-plan' && record.version === 1
    ? record.plan?.tiers?.[0]?.team_name
    : undefined;
}

/**
 * Unreadable texts another writer can leave in the open draft's key, each made from the draft's
 * id and the revision this tab last saved: a newer release's record (JSON with a higher
 * revision that this version cannot read) and a write cut off half-way (its revision cannot
 * even be found).
 */
export const unreadableDraftRecords = [
  {
    label: "a newer release's record",
    make: (id, revision) => JSON.stringify({
      revision: revision + 5,
      schema: 'support-triage/draft',
      version: 99,
      saved_at: '2026-11-21T10:00:00Z',
      ticket: { id, title: 'Written by a newer release', parts: [{ kind: 'problem', text: 'Kept <b>as text</b>' }] },
    }),
  },
  {
    label: 'a write cut off half-way',
    make: (id, revision) => JSON.stringify({
      revision: revision + 1,
      schema: 'support-triage/draft',
      version: 1,
      saved_at: '2026-11-21T10:00:00Z',
      ticket: { id, title: 'Cut off while it was being written' },
    }).slice(0, -30),
  },
];

/** A newer release's support plan, which this version cannot read (`revision` is ours). */
export function unreadablePlanRecord(revision) {
  return JSON.stringify({
    revision: revision + 5,
    schema: 'support-triage/stored-plan',
    version: 99,
    saved_at: '2026-11-21T10:00:00Z',
    plan: { teams: [{ name: 'Written by a newer release' }] },
  });
}

/**
 * Fails unless `raw` is kept, unchanged, under one of the quarantine keys of the record it
 * was found in: `quarantine:<draft id>` (then `#1`, `#2`, ...) for a draft, `quarantine:plan`
 * (then `#1`, ...) for the plan.
 */
export function assertQuarantined(snapshot, { draftIdOf, plan, raw }) {
  const name = plan ? 'plan' : draftIdOf;
  const slot = new RegExp(`^${escapeRegExp(`${NAMESPACE}quarantine:${name}`)}(#\\d+)?$`);
  const slots = Object.keys(snapshot).filter((key) => slot.test(key));
  const kept = slots.filter((key) => snapshot[key] === raw);
  const anywhere = Object.keys(snapshot).filter((key) => snapshot[key] === raw);
  assert.equal(
    kept.length,
    1,
    `the unreadable ${plan ? 'plan' : 'draft'} record is kept, unchanged, under a quarantine key `
      + `(${slot}); quarantine keys found: ${JSON.stringify(Object.fromEntries(slots.map((key) => [key, snapshot[key]])))}; `
      + (anywhere.length ? `its text is under ${JSON.stringify(anywhere)}` : 'its text is nowhere in storage: it was written over'),
  );
}

/** A finished technical draft, answered as far as the ready page; `changes` replace members. */
export function finishedTicket(changes = {}) {
  return {
    id: 'finished-draft', title: 'Printers vanish from managed Macs', description: 'Since the last policy sync.',
    request_kind: 'technical', customer_plan: 'professional',
    impact: { usability: 'worse_than_before', scope: 'one_user_customer_or_service', business_impact: 'minimal', workaround: 'acceptable_workaround' },
    details: { contact: { name: 'Ana', email: 'ana@example.com', phone: '', preferred_method: 'email' } },
    created_at: '2026-11-21T08:00:00Z', updated_at: '2026-11-21T08:00:00Z',
    ...changes,
  };
}

/**
 * Stores `ticket` under `prefix` (a storage prefix, such as "handoff") as the app writes a
 * draft, and the ready page as where the user was, so a reload opens it there. Runs in the
 * page (playwright's `page.evaluate(openOnReadyPage, { prefix, ticket })`).
 */
export function openOnReadyPage({ prefix, ticket }) {
  localStorage.setItem(`${prefix}:draft:${ticket.id}`, JSON.stringify({
    revision: 1, schema: 'support-triage/draft', version: 1, saved_at: ticket.updated_at, ticket,
  }));
  localStorage.setItem(`${prefix}:drafts-index`, JSON.stringify({ version: 1, ids: [ticket.id] }));
  localStorage.setItem(`${prefix}:position`, JSON.stringify({ screen: 'ready', draft_id: ticket.id }));
}
