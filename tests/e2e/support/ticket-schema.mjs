// Validates exported tickets against the published JSON Schema, docs/ticket.schema.json, with
// Ajv (draft 2020-12) and ajv-formats for the date-time instants.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { projectRoot } from './server.mjs';

export const ticketSchema = JSON.parse(readFileSync(join(projectRoot, 'docs', 'ticket.schema.json'), 'utf8'));

/**
 * The published schema leaves its objects open, so files of a later release that gains optional
 * members still pass. The app's own exports are held to the members the schema names: every
 * object with `properties` is closed here.
 */
function closed(schema) {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, closed(value)]));
  if (copy.properties && !('additionalProperties' in copy)) copy.additionalProperties = false;
  return copy;
}

function compile(schema) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

const validatePublished = compile(ticketSchema);
const validateClosed = compile(closed(ticketSchema));

function problems(validate) {
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
}

/**
 * Fails unless `json` (the text of an export, or its parsed value) is a valid ticket export:
 * valid against docs/ticket.schema.json, and naming no member the schema does not. Returns the
 * parsed ticket export.
 */
export function assertValidTicket(json, label = 'the exported ticket') {
  const document = typeof json === 'string' ? JSON.parse(json) : json;
  assert.ok(validatePublished(document), `${label} does not match docs/ticket.schema.json:\n${problems(validatePublished).join('\n')}`);
  assert.ok(validateClosed(document), `${label} has members docs/ticket.schema.json does not name:\n${problems(validateClosed).join('\n')}`);
  return document;
}
