import { markdownOf, type Table } from '../../document/markdown';
import { memo, type ParsedDocument } from '../../document/parse';
import type { DocumentKind, Range } from '../../types';
import { decodeSafe } from '../../files/uris';
import { basename } from '../../text/names';
import { tableColumns, tableRole } from './columns';
import { escalationsIn } from './escalation';
import { mentionsOf, returnFollowedBy } from '../mentions';

/** A table cell or code span: its text and where it is. */
export interface CellFact {
  readonly text: string;
  readonly range: Range;
}

/** A row of the standard codes table: `| SUCCESS | Operation completed successfully |`. */
export interface DefinedCodeFact {
  readonly code: string;
  readonly description: string;
  readonly range: Range;
}

/** A row of a transitions table: `| WORK | PARTIAL | Continue WORK with remaining items |`. */
export interface TransitionFact {
  readonly state: CellFact;
  readonly code: CellFact;
  /** The next-state or action cell, as written. */
  readonly action: CellFact;
}

/** "3x FAILURE": the code and how many in a row escalate. */
export interface EscalationFact {
  readonly code: string;
  readonly count: number;
  readonly range: Range;
}

/** A row of a state-to-state table elsewhere in the flow (an orchestration level): a way out of `from`. */
export interface StateStepFact {
  readonly from: CellFact;
  readonly to: CellFact;
  /** The row's code cell (`CONTINUE`, `RETRY`), when the table has one. */
  readonly code?: CellFact;
}

/** A code an agent (or a resource an agent reads) says it returns: ``- `SUCCESS` - …`` under "Determine return code". */
export interface ReturnItemFact {
  readonly code: string;
  readonly description: string;
  readonly range: Range;
}

/** What one document contributes to a table flow (facts for the index: small and plain). */
export interface TableFlowFacts {
  /** Set for a state document (a file of a `STATE` or `STATES` folder): the state's name. */
  readonly state?: string;
  /** A state document's words in lower case (prose only): the agents it names work in that state. */
  readonly words?: readonly string[];
  /** Set when the document is a return-code definition holding a codes table. */
  readonly definition?: {
    readonly codes: readonly DefinedCodeFact[];
    readonly transitions: readonly TransitionFact[];
    readonly escalations: readonly EscalationFact[];
  };
  readonly steps: readonly StateStepFact[];
  readonly returnItems: readonly ReturnItemFact[];
  /** Agent files: the plugin resources they read (`plugin:orchestrator:resources://AGENT/X.md`), whose return lists are theirs. */
  readonly reads?: readonly ResourceRead[];
}

/** A resource link as written: the plugin named (if any), the MCP server and the path it serves. */
export interface ResourceRead {
  readonly plugin?: string;
  readonly server: string;
  readonly path: string;
}

const NAME = /(?:^|[-_ ])return[-_ ]?codes?\.(?:md|markdown)$/i;
const TITLE = /\breturn[-_ ]codes?\b/i;
const RETURN_PARENT = /\breturn[-_ ]codes?\b/i;
const CODE_AFTER_RETURN = /[-_ ]code/iy;
const CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const ITEM = /^`([^`\s]+)`\s*(?:(?:-|–|—|:)\s*(.*))?$/;

/**
 * Whether a text can give table-flow facts, from the raw text alone (asked before a lazily indexed
 * file is parsed; `extractTableFlow` gives nothing when it says no): a state document (by its
 * path), an agent that may read a resource (`://`), "return code" written (a return-code list),
 * or a table whose header may name a code or state column (`headerMayName`).
 */
export function mayHoldTableFlow(text: string, uri: string, kind: DocumentKind): boolean {
  if (stateOf(uri) !== undefined || (kind === 'agent' && mayReadResource(text)) || RETURN_CODE_WORDS.test(text)) return true;
  return tableHeaderMayName(text);
}

/**
 * Whether a text can give a return-code definition (`definition` of its facts), from the raw text
 * alone: a codes table, whose header names a code column (`headerMayName`), in a document named
 * for return codes or that writes "return" (the title `Return Codes` is looked for only then; see
 * `extractTableFlow`).
 */
export function mayHoldTableDefinition(text: string, uri: string): boolean {
  return (NAME.test(basename(uri)) || RETURN.test(text)) && tableHeaderMayName(text, true);
}

/**
 * Whether the text may write a resource read (`RESOURCE` in a code span): its `://` and the path
 * after it up to `.md` hold no space, so they are in the raw text as they are in the span.
 */
export function mayReadResource(text: string): boolean {
  return text.includes('://') && RAW_RESOURCE.test(text);
}

const RAW_RESOURCE = /:\/\/[^\s`'"<>()[\]{}|]+\.(?:md|markdown)/i;
const RETURN = /return/i;
const RETURN_CODE_WORDS = /return[-_ ]code/i;
const COLUMN_CHARS = /[*_`]/g;
/** How a header cell named as `columns.ts` wants ends (cleaned as there): a code column, or a state column. */
const CODE_CELL = /codes?$/;
const CODE_OR_STATE_CELL = /codes?$|state(?:[\s_-]*name)?$|from$/;

/**
 * Whether a table header of the text may name a code column (or, unless `codeOnly`, a state
 * column): a header cell, cleaned as `columns.ts` cleans them (no `*`, `_` or backtick, trimmed,
 * lower case), that ends as those names end. A table's header is the line before its delimiter
 * row, which holds a `|`. A cell that names a column holds no `|`, so it is what lies between two
 * pipes of that line (or between one and the line's end), but for the container markers (`>`, a
 * list item's) before the first: hence a test of the end of each piece.
 */
export function tableHeaderMayName(text: string, codeOnly = false): boolean {
  const cell = codeOnly ? CODE_CELL : CODE_OR_STATE_CELL;
  for (let pipe = text.indexOf('|'); pipe >= 0;) {
    const lineEnd = endOfLine(text, pipe);
    const previous = text.lastIndexOf('\n', pipe - 1);
    const from = previous < 0 ? 0 : text.lastIndexOf('\n', previous - 1) + 1;
    for (const piece of text.slice(from, lineEnd).toLowerCase().replace(COLUMN_CHARS, '').split(PIECES)) if (cell.test(piece.trim())) return true;
    pipe = text.indexOf('|', lineEnd);
  }
  return false;
}

const PIECES = /[|\n]/;

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** The document's table-flow facts, once per version. */
export function tableFlowFactsOf(doc: ParsedDocument): TableFlowFacts {
  return memo(doc, 'returnCodes.tables', extractTableFlow);
}

/**
 * A return-code definition is a document named for return codes (`RETURN-CODES.md`) or titled so
 * (`## Return Codes`) that holds a table whose header names a code column and no state column.
 * Its transition tables (state, code, next state) and escalation lines go with it. Any document
 * contributes its state-to-state tables (the ways out of states) and its return-code lists.
 */
function extractTableFlow(doc: ParsedDocument): TableFlowFacts {
  const text = doc.text;
  const state = stateOf(doc.uri);
  // Nearly every document has neither a table nor the words "return code": nothing to read.
  // A table is read only when its header may name a code or state column (most tables do not).
  const hasTable = tableHeaderMayName(text);
  const mayRead = doc.kind === 'agent' && mayReadResource(text);
  if (!hasTable && !state && !mayRead && !returnFollowedBy(doc, CODE_AFTER_RETURN)) return EMPTY;
  const md = markdownOf(doc);
  // A "Return Codes" title, a list under "return codes": neither without the word in the text.
  const saysReturn = mentionsOf(doc).returnAt.length > 0;
  const named = NAME.test(basename(doc.uri)) || (saysReturn && md.headings.some((h) => TITLE.test(h.text)));
  // The range of a cell's plain text (a code without its ticks or emphasis), for renames and squiggles.
  const cell = (c: { text: string; start: number; end: number }): CellFact => {
    const value = plain(c.text);
    const at = value ? c.text.indexOf(value) : -1;
    return { text: value, range: at < 0 ? doc.lines.range(c.start, c.end) : doc.lines.range(c.start + at, c.start + at + value.length) };
  };

  const codes: DefinedCodeFact[] = [];
  const transitions: TransitionFact[] = [];
  const steps: StateStepFact[] = [];
  for (const table of hasTable ? md.tables : []) {
    const header = table.rows[0];
    if (!header?.header) continue;
    const names = header.cells.map((c) => c.text);
    const role = tableRole(names, named);
    // Most tables are none of these: no row to read.
    if (!role) continue;
    const columns = tableColumns(names);
    for (const row of bodyRows(table)) {
      const at = (i: number | undefined) => (i === undefined ? undefined : row.cells[i]);
      if (role === 'codes') {
        const code = at(columns.code);
        const value = code ? plain(code.text) : '';
        if (!code || !CODE.test(value)) continue;
        const description = at(columns.description ?? (columns.code === 0 ? 1 : 0));
        codes.push({ code: value, description: description && description !== code ? plain(description.text) : '', range: cell(code).range });
      } else if (role === 'transitions') {
        const state = at(columns.state);
        const code = at(columns.code);
        const action = at(columns.next);
        if (state && code && action && plain(state.text) && plain(code.text)) transitions.push({ state: cell(state), code: cell(code), action: cell(action) });
      } else if (role === 'states') {
        const from = at(columns.state);
        const to = at(columns.next);
        const code = at(columns.code);
        if (from && to && plain(from.text) && plain(to.text))
          steps.push({ from: cell(from), to: cell(to), ...(code && plain(code.text) ? { code: cell(code) } : {}) });
      }
    }
  }

  const escalations: EscalationFact[] = [];
  if (codes.length) {
    for (let line = md.firstLine; line < doc.lines.lineCount; line++) {
      if (!md.isTextLine(line)) continue;
      const start = doc.lines.lineStart(line);
      for (const e of escalationsIn(text.slice(start, doc.lines.lineEnd(line)))) {
        escalations.push({ code: e.code, count: e.count, range: doc.lines.range(start + e.index, start + e.index + e.length) });
      }
    }
  }

  const returnItems: ReturnItemFact[] = [];
  const items = saysReturn ? md.listItems : [];
  items.forEach((item) => {
    const parent = items[item.parent];
    if (!parent || !RETURN_PARENT.test(parent.firstLine)) return;
    const m = ITEM.exec(item.firstLine);
    if (!m || !CODE.test(m[1]!)) return;
    const at = text.indexOf(`\`${m[1]}\``, item.contentStart);
    if (at < 0) return;
    returnItems.push({ code: m[1]!, description: (m[2] ?? '').trim(), range: doc.lines.range(at + 1, at + 1 + m[1]!.length) });
  });

  const words = state ? proseWords(doc) : undefined;
  const reads = doc.kind === 'agent' ? resourceReads(doc) : [];
  if (!codes.length && !steps.length && !returnItems.length && !state && !reads.length) return EMPTY;
  return {
    ...(state ? { state, words } : {}),
    ...(codes.length ? { definition: { codes, transitions, escalations } } : {}),
    steps,
    returnItems,
    ...(reads.length ? { reads } : {}),
  };
}

const RESOURCE = /^(?:plugin:([A-Za-z0-9][\w.-]*):)?([A-Za-z][\w-]*):\/\/([^\s`'"<>()[\]{}|]+\.(?:md|markdown))$/i;

/** The Markdown resources an agent reads, written as code spans (`plugin:<plugin>:<server>://<path>`). */
function resourceReads(doc: ParsedDocument): ResourceRead[] {
  if (!mayReadResource(doc.text)) return [];
  const out: ResourceRead[] = [];
  for (const span of markdownOf(doc).codeSpans) {
    const m = RESOURCE.exec(span.text);
    if (m && !out.some((r) => r.path === m[3] && r.server === m[2] && r.plugin === m[1]))
      out.push({ ...(m[1] ? { plugin: m[1] } : {}), server: m[2]!, path: m[3]! });
  }
  return out;
}

/** `…/STATE/WORK.md` → `WORK`: a document of a folder named `state` or `states` (any case). */
export function stateOf(uri: string): string | undefined {
  const m = /\/states?\/([^/]+)\.(?:md|markdown)$/i.exec(uri);
  return m ? decodeSafe(m[1]!) : undefined;
}

/** The distinct lower-case words (with hyphens: agent names) of a document's prose lines. */
function proseWords(doc: ParsedDocument): string[] {
  const md = markdownOf(doc);
  const words = new Set<string>();
  for (let line = md.firstLine; line < doc.lines.lineCount; line++) {
    if (!md.isTextLine(line)) continue;
    for (const m of doc.text.slice(doc.lines.lineStart(line), doc.lines.lineEnd(line)).matchAll(/[a-z][a-z0-9]*(?:-[a-z0-9]+)*/g)) words.add(m[0]);
  }
  return [...words].sort();
}

const EMPTY: TableFlowFacts = { steps: [], returnItems: [] };

function bodyRows(table: Table): Table['rows'] {
  return table.rows.filter((r) => !r.header);
}

/** A cell's text without emphasis, code ticks or the arrows orchestration tables indent with (`→ TASK_INIT`). */
function plain(text: string): string {
  return text
    .replace(/[*`]/g, '')
    .replace(/^[→>\s-]+/, '')
    .trim();
}
