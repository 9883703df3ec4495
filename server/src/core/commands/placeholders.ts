import { markdownOf } from '../document/markdown';
import { field, memo, type ParsedDocument } from '../document/parse';
import { isScalar, isSeq, scalarString } from '../document/yamlFields';

/**
 * Argument placeholders in a skill or command body (skills, "Available string substitutions"):
 * `$ARGUMENTS`, `$ARGUMENTS[N]`, `$N` (0-based), `$name` for names declared in `arguments`, and the
 * `${CLAUDE_*}` variables. A single backslash before the token keeps it literal. As in Claude
 * Code's substitution code, `$N` followed by a letter, digit or `_` is not a placeholder.
 */
export type Placeholder =
  | { kind: 'all'; start: number; end: number }
  | { kind: 'index'; start: number; end: number; index: number }
  | { kind: 'named'; start: number; end: number; name: string; index: number }
  | { kind: 'variable'; start: number; end: number; name: string };

export interface PlaceholderModel {
  placeholders: Placeholder[];
  /** Names from `arguments`, in position order, when declared. */
  names?: string[];
  /** The parts of `argument-hint` (`[issue]`, `<file>`, `format`), when written. */
  hintParts?: string[];
  /**
   * Offsets of code blocks (fenced or indented, list items included) and of `` !`command` ``
   * spans in the body: placeholders there are usually shell variables (`awk '{print $2}'`).
   */
  readonly fences: readonly { start: number; end: number }[];
}

/**
 * The argument placeholder forms Claude Code substitutes, and the number of the first argument
 * (`$0` and `$ARGUMENTS[0]` are the first). Source: docs (skills, "Available string
 * substitutions") and the binary's substitution code; checked by `npm run spec:check`.
 */
export const PLACEHOLDER_FORMS = ['$ARGUMENTS', '$ARGUMENTS[N]', '$N', '$name'] as const;
export const PLACEHOLDER_INDEX_BASE = 0;

/** `${CLAUDE_*}` variables Claude Code substitutes, with what they expand to. */
export const PLACEHOLDER_VARIABLES: Readonly<Record<string, string>> = {
  CLAUDE_SESSION_ID: 'The current session ID.',
  CLAUDE_EFFORT: 'The current effort level: `low`, `medium`, `high`, `xhigh` or `max`.',
  CLAUDE_SKILL_DIR: "The directory holding the skill's `SKILL.md` (for plugin skills, the skill's subdirectory).",
  CLAUDE_PROJECT_DIR: 'The project root directory (Claude Code v2.1.196 or later).',
  CLAUDE_PLUGIN_ROOT: "The plugin's installation directory; substituted only in plugin skills.",
  CLAUDE_PLUGIN_DATA: "The plugin's persistent data directory; substituted only in plugin skills.",
};

const TOKEN = /\$\{(CLAUDE_[A-Z_]+)\}|\$ARGUMENTS\[(\d+)\]|\$ARGUMENTS\b|\$(\d+)(?!\w)|\$([A-Za-z_][A-Za-z0-9_]*)/g;

function declaredNames(doc: ParsedDocument): string[] | undefined {
  const f = field(doc, 'arguments');
  if (!f?.value) return undefined;
  if (isSeq(f.value)) return (f.value.items as unknown[]).flatMap((i) => (isScalar(i) && i.value !== null ? [String(i.value)] : []));
  const text = scalarString(f.value);
  return text === undefined ? undefined : text.split(/[\s,]+/).filter(Boolean);
}

function hintParts(doc: ParsedDocument): string[] | undefined {
  const f = field(doc, 'argument-hint');
  const text = f?.value ? scalarString(f.value) : undefined;
  if (text === undefined || !text.trim()) return undefined;
  return text.match(/\[[^\]]*\]|<[^>]*>|\S+/g) ?? undefined;
}

function codeOf(doc: ParsedDocument): { start: number; end: number }[] {
  const md = markdownOf(doc);
  const injected = md.codeSpans.filter((c) => doc.text[c.start - 1] === '!');
  return [...md.codeBlocks, ...injected].map((c) => ({ start: c.start, end: c.end }));
}

/** The placeholders of a skill or command body, computed once per document version. */
export function placeholdersOf(doc: ParsedDocument): PlaceholderModel {
  return memo(doc, 'placeholders', () => {
    const names = declaredNames(doc);
    const parts = hintParts(doc);
    const text = doc.text;
    const placeholders: Placeholder[] = [];
    TOKEN.lastIndex = doc.bodyStart;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (text[start - 1] === '\\' && text[start - 2] !== '\\') continue; // escaped: stays literal
      if (m[1] !== undefined) {
        if (PLACEHOLDER_VARIABLES[m[1]] !== undefined) placeholders.push({ kind: 'variable', start, end, name: m[1] });
      } else if (m[2] !== undefined) placeholders.push({ kind: 'index', start, end, index: Number(m[2]) });
      else if (m[3] !== undefined) placeholders.push({ kind: 'index', start, end, index: Number(m[3]) });
      else if (m[4] !== undefined) {
        const index = names?.indexOf(m[4]) ?? -1;
        if (index >= 0) placeholders.push({ kind: 'named', start, end, name: m[4], index });
      } else placeholders.push({ kind: 'all', start, end });
    }
    const model: PlaceholderModel = {
      placeholders,
      ...(names ? { names } : {}),
      ...(parts ? { hintParts: parts } : {}),
      // Read only to place a placeholder, which most bodies have none of: the code spans it needs
      // make the Markdown model scan every paragraph's inline content.
      get fences() {
        const fences = codeOf(doc);
        Object.defineProperty(model, 'fences', { value: fences, enumerable: true });
        return fences;
      },
    };
    return model;
  });
}

/** How many arguments the frontmatter declares, or undefined when it does not say clearly. */
export function declaredArgumentCount(model: PlaceholderModel): number | undefined {
  if (model.names) return model.names.length;
  const parts = model.hintParts;
  if (!parts || parts.some((p) => /\.\.\.|…|\*/.test(p))) return undefined; // variadic hints
  return parts.length;
}

/** Whether a placeholder sits in code (a code block or an injected `` !`command` ``). */
export function inCode(model: PlaceholderModel, p: Placeholder): boolean {
  return model.fences.some((f) => p.start >= f.start && p.start < f.end);
}

/**
 * The `$N` / `$ARGUMENTS[N]` placeholders of a body written as if `$1` were the first argument:
 * outside code the indices start at 1 (none above 9), and nothing anywhere takes the first argument
 * (no `$0`, `$ARGUMENTS[0]` or named argument in the first place). A `$N` followed by `.` or `,`
 * and a digit reads as money (`$5.00`) and is left out. Undefined when the body is not like that.
 */
export function offByOne(doc: ParsedDocument, model: PlaceholderModel): Extract<Placeholder, { kind: 'index' }>[] | undefined {
  const text = doc.text;
  if (model.placeholders.some((p) => (p.kind === 'index' || p.kind === 'named') && p.index === 0)) return undefined;
  const used = model.placeholders.filter(
    (p): p is Extract<Placeholder, { kind: 'index' }> => p.kind === 'index' && !inCode(model, p) && !/^[.,]\d/.test(text.slice(p.end, p.end + 2)),
  );
  if (used.length === 0) return undefined;
  const indices = used.map((p) => p.index);
  return Math.min(...indices) === 1 && Math.max(...indices) <= 9 ? used : undefined;
}

/** Ordinal words for messages: 1 → "1st". */
export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${s}`;
}
