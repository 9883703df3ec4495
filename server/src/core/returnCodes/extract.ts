import { isScalar } from 'yaml';
import { field, memo, type ParsedDocument } from '../document/parse';
import { eolOf } from '../text/eol';
import { basename } from '../text/names';
import { DECLARABLE } from './conventions';
import type { Declaration, Mirror, Reference, ReturnCodeDocument } from './model';
import { mentionsOf, returnFollowedBy } from './mentions';
import { scanBody, type CodeSpan, type ProseLine } from './scan';

const LABEL = /^\s*\*\*return codes:?\*\*:?\s*$/i;
const RETURN_CODES_TITLE = /^return codes\s*:?$/i;
// `project-manager:`, `developer-* (Self-Reflection Discovery):`: a lowercase name, maybe a glob.
const SUBSECTION = /^([a-z0-9*?][a-z0-9*?._-]*)(?:\s+\([^)]*\))?\s*:?$/;
// ``- `CODE` - description``, also with –, — or : as separator, or no description.
const ITEM = /^(\s*)[-*+]\s+`([^`\s]+)`\s*(?:(?:-|–|—|:)\s*(.*?))?\s*$/;
const SUMMARY = /^(\s*(?:[-*+]\s+)?\*\*return codes(?::\*\*|\*\*:?)\s*)(.+?)\s*$/i;
const SUMMARY_ITEM = /^`?([A-Z][A-Z0-9_]*)`?$/;
const TOKEN = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
/** A code span holding an UPPER_SNAKE token, tried at a backtick. */
const CODE_SPAN_TOKEN = /`+ ?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)* ?`/y;
const CODES_AFTER_RETURN = / codes/iy;
const RETURN_BEFORE = /\breturn(?:s|ing)?\s*:?\s*$/i;

const MEMO_KEY = 'returnCodes';
/** A line with something besides whitespace (what `trim()` leaves), tested without a copy of the line. */
const NOT_BLANK = /\S/;

/** The document's return-code model, computed once per version. */
export function returnCodesOf(doc: ParsedDocument): ReturnCodeDocument {
  return memo(doc, MEMO_KEY, extractReturnCodes);
}

/** The agent a file declares codes for: frontmatter `name`, else the file name without extension. */
export function agentNameOf(doc: ParsedDocument): string {
  const name = field(doc, 'name')?.value;
  if (name && isScalar(name) && typeof name.value === 'string' && name.value.trim()) return name.value.trim();
  return basename(doc.uri).replace(/\.(md|markdown)$/i, '');
}

/** A mirror while its subsection is being read: entries and the insertion point still grow. */
type MirrorBuilder = { -readonly [K in keyof Mirror]: Mirror[K] };

interface Section {
  level: number;
  /** Set once a subsection heading is seen: top-level items after it are no longer declarations. */
  sawSubsection: boolean;
}

/**
 * Finds declarations (agent files), orchestrator mirrors and candidate references in one pass over
 * the body's prose lines, then adds Mermaid edge labels.
 */
export function extractReturnCodes(doc: ParsedDocument): ReturnCodeDocument {
  const isAgent = doc.kind === 'agent';
  const declarations: Declaration[] = [];
  const mirrors: MirrorBuilder[] = [];
  const references: Reference[] = [];
  let hasDeclarationBlock = false;
  let section: Section | undefined;
  let mirror: MirrorBuilder | undefined;
  let label: 'pending' | 'active' | undefined;
  // Every construct needs a code-shaped span, a `Return Codes` label or a Mermaid diagram.
  const scanned = mayHoldCodes(doc) ? scanBody(doc) : { prose: [], mermaid: [] };

  for (const line of scanned.prose) {
    // Most lines hold no backtick, heading or bold text, and so nothing this model looks for.
    const hasTick = line.spans.length > 0;
    const heading = line.heading;
    if (!hasTick && !heading && !line.text.includes('**')) {
      if (label && NOT_BLANK.test(line.text)) label = undefined;
      continue;
    }
    if (heading) {
      label = undefined;
      const level = heading.level;
      const title = heading.raw;
      if (section && level <= section.level) {
        section = undefined;
        mirror = undefined;
      }
      if (RETURN_CODES_TITLE.test(title)) {
        section = { level, sawSubsection: false };
        mirror = undefined;
      } else if (section) {
        section.sawSubsection = true;
        const sub = SUBSECTION.exec(title);
        mirror = undefined;
        if (sub) {
          const nameStart = heading.contentStart;
          mirror = { pattern: sub[1]!, nameStart, nameEnd: nameStart + sub[1]!.length, entries: [], insertAt: line.start + line.text.length };
          mirrors.push(mirror);
        }
      }
      addSpanReferences(line, line.spans, references);
      continue;
    }
    if (isAgent && LABEL.test(line.text)) {
      label = 'pending';
      hasDeclarationBlock = true;
      continue;
    }
    const item = hasTick ? ITEM.exec(line.text) : null;
    const spans = line.spans;
    if (item && DECLARABLE.test(item[2]!) && spans[0]) {
      const code = spans[0];
      const description = item[3] ?? '';
      const inHeadingDeclarations = isAgent && section && !section.sawSubsection;
      if (isAgent && (label || inHeadingDeclarations)) {
        label = label ? 'active' : label;
        hasDeclarationBlock = true;
        declarations.push({ code: code.text, start: code.start, end: code.end, description, lineStart: line.start, lineEnd: line.start + line.text.length });
        addSpanReferences(line, spans.slice(1), references);
        continue;
      }
      if (mirror && item[1]!.length <= 3) {
        mirror.entries.push({ code: code.text, start: code.start, end: code.end, description });
        mirror.insertAt = line.start + line.text.length;
        addSpanReferences(line, spans.slice(1), references);
        continue;
      }
    } else if (label && NOT_BLANK.test(line.text)) label = undefined;

    const summary = SUMMARY.exec(line.text);
    if (summary && addSummary(line, summary[1]!.length, summary[2]!, references)) continue;
    addSpanReferences(line, spans, references, section !== undefined && !mirror);
  }

  for (const labelText of scanned.mermaid) {
    if (TOKEN.test(labelText.text))
      references.push({ code: labelText.text, start: labelText.start, end: labelText.start + labelText.text.length, context: 'mermaid' });
  }

  const last = declarations[declarations.length - 1];
  return {
    ...(isAgent ? { agent: agentNameOf(doc), declarationInsertAt: last ? last.lineEnd : doc.text.length } : {}),
    declarations,
    hasDeclarationBlock,
    mirrors,
    references,
    eol: eolOf(doc.text),
  };
}

/**
 * Whether the text can hold anything this model finds: a code span holding an UPPER_SNAKE token, a
 * `Return Codes` label, heading or summary, or a Mermaid diagram. Most files hold none (about nine in
 * ten agents of the corpus) and are not modelled at all.
 */
function mayHoldCodes(doc: ParsedDocument): boolean {
  return hasCodeSpanToken(doc.text) || returnFollowedBy(doc, CODES_AFTER_RETURN) || mentionsOf(doc).mermaid;
}

/** Whether the text holds a code span of an UPPER_SNAKE token: tried at each backtick that may open one. */
export function hasCodeSpanToken(text: string): boolean {
  for (let i = text.indexOf('`'); i >= 0; i = text.indexOf('`', i + 1)) {
    const next = text.charCodeAt(i + 1);
    // A backtick, a space or a capital letter must follow.
    if (next !== 96 && next !== 32 && !(next >= 65 && next <= 90)) continue;
    CODE_SPAN_TOKEN.lastIndex = i;
    if (CODE_SPAN_TOKEN.test(text)) return true;
  }
  return false;
}

/** Inline code spans holding an uppercase token; `return`/`returns`/`returning` just before marks intent. */
function addSpanReferences(line: ProseLine, spans: readonly CodeSpan[], out: Reference[], inReturnSection = false): void {
  for (const span of spans) {
    if (!TOKEN.test(span.text)) continue;
    const before = line.text.slice(0, span.start - line.start).replace(/[`\s]+$/, '');
    const isReturn = inReturnSection || RETURN_BEFORE.test(before + ' ');
    out.push({ code: span.text, start: span.start, end: span.end, context: isReturn ? 'return' : 'inline' });
  }
}

/** `**Return Codes**: A, B, C`: taken only when every item is a code-shaped token. */
function addSummary(line: ProseLine, offset: number, list: string, out: Reference[]): boolean {
  const items: Reference[] = [];
  let cursor = offset;
  for (const part of list.split(',')) {
    const trimmed = part.trim();
    const m = SUMMARY_ITEM.exec(trimmed);
    if (!m) return false;
    const at = line.text.indexOf(m[1]!, cursor);
    items.push({ code: m[1]!, start: line.start + at, end: line.start + at + m[1]!.length, context: 'summary' });
    cursor += part.length + 1;
  }
  out.push(...items);
  return items.length > 0;
}
