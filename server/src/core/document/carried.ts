import type { ParsedDocument } from './parse';

/**
 * The models of a document's first parse that a second parse of the same text takes over: a batch
 * host parses an agent, skill or command again for its cross-file rules (nothing else is kept
 * between its passes), and those rules read its links, names and return codes, whose scans build the
 * Markdown model. Models are functions of the text, so the kept answers are the ones the new parse
 * would compute. Kept only as plain data (arrays, plain objects, primitives), copied with their
 * strings (a string cut from the text would keep the whole text alive), and only while small: a
 * few hundred bytes per document that links, names or returns anything.
 */
export interface CarriedModels {
  /** The length of the text they were computed from: a text of another length takes over nothing. */
  readonly length: number;
  readonly models: readonly (readonly [string, unknown])[];
}

/** The memo keys taken over: what the cross-file link, name and return-code rules read. */
const CARRIED: readonly string[] = ['references.links', 'references.names', 'returnCodes'];
/** Beyond this many values (objects, arrays, strings) a model is computed again rather than kept. */
const MAX_VALUES = 2048;

/** The models of `doc` worth keeping for its next parse, or undefined when there is none. */
export function carriedModels(doc: ParsedDocument): CarriedModels | undefined {
  let models: [string, unknown][] | undefined;
  for (const key of CARRIED) {
    const value = doc.memo.get(key);
    if (Array.isArray(value) && value.length === 0) (models ??= []).push([key, EMPTY]);
    else if (holdsRecords(value)) {
      const budget = { left: MAX_VALUES };
      const copy = copyPlain(value, budget);
      if (copy !== NOT_PLAIN) (models ??= []).push([key, copy]);
    }
  }
  return models && { length: doc.text.length, models };
}

const EMPTY: readonly unknown[] = [];

/**
 * Whether a model holds a record: a non-empty array, or an object with one (a return-code model
 * without codes is not worth copying: the rules that read it decide on the index's facts first).
 */
function holdsRecords(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  for (const k in record) {
    const v = record[k];
    if (Array.isArray(v) && v.length > 0) return true;
  }
  return false;
}
const NOT_PLAIN = Symbol('not plain');

/** A deep copy of plain data with fresh strings, or `NOT_PLAIN` (a class instance, a function, too large). */
function copyPlain(value: unknown, budget: { left: number }): unknown {
  if (typeof value === 'string') {
    if (--budget.left < 0) return NOT_PLAIN;
    // A slice of 13 or more characters is a view of the text it was cut from; a concatenation flattens into a copy.
    return value.length > 12 ? (' ' + value).slice(1) : value;
  }
  if (value === null || typeof value !== 'object') return typeof value === 'function' || typeof value === 'symbol' ? NOT_PLAIN : value;
  if (--budget.left < 0) return NOT_PLAIN;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const v of value) {
      const c = copyPlain(v, budget);
      if (c === NOT_PLAIN) return NOT_PLAIN;
      out.push(c);
    }
    return out;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return NOT_PLAIN;
  const out: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  for (const k in record) {
    const c = copyPlain(record[k], budget);
    if (c === NOT_PLAIN) return NOT_PLAIN;
    out[k] = c;
  }
  return out;
}

/** Gives a new parse of the same text the models kept from the first (each reader gets its own array). */
export function takeOver(doc: ParsedDocument, carried: CarriedModels | undefined): ParsedDocument {
  if (!carried || doc.text.length !== carried.length) return doc;
  for (const [key, value] of carried.models) if (!doc.memo.has(key)) doc.memo.set(key, value === EMPTY ? [] : value);
  return doc;
}
