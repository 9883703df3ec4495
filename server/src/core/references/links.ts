import { markdownOf, type MarkdownModel } from '../document/markdown';
import { memo, type ParsedDocument } from '../document/parse';
import { decodeSafe } from '../files/uris';

/** How a link to a file is written. */
export type LinkForm =
  /** `[text](path#anchor)` */
  | 'markdown'
  /** `![alt](path)` */
  | 'image'
  /** `[label]: path#anchor` (what reference links `[text][label]` point through) */
  | 'definition'
  /** `plugin:<plugin>:<server>://<path>` or `resources://<path>`: a file an MCP server of a plugin serves */
  | 'resource'
  /** `${CLAUDE_PLUGIN_ROOT}/<path>` in a plugin's files */
  | 'plugin-root'
  /** `references/x.md`, `scripts/y.py` written in a SKILL.md: a file of the skill's own folder */
  | 'skill-file';

/** One written reference to a file. */
export interface LinkReference {
  readonly form: LinkForm;
  /** The whole target as written (what Ctrl-click covers). */
  readonly start: number;
  readonly end: number;
  /** The path as written (percent-encoded in Markdown links), without `#anchor`. */
  readonly path: string;
  readonly pathStart: number;
  readonly pathEnd: number;
  /** The `#anchor` as written, without `#`, when there is one. */
  readonly anchor?: string;
  readonly anchorStart?: number;
  /** Resource links: the plugin named (absent for a bare `resources://`) and the server. */
  readonly plugin?: string;
  readonly server?: string;
  /** False in code blocks, HTML blocks and placeholder paths (`path/to/file.md`): navigable, never reported. */
  readonly checked: boolean;
}

/** Schemes that make a Markdown link point outside the workspace. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const RESOURCE = /(?<![\w:/-])(?:plugin:([A-Za-z0-9][\w.-]*):)?([A-Za-z][\w-]*):\/\/([^\s`'"<>()[\]{}|]*)/g;
const PLUGIN_ROOT = /\$\{?CLAUDE_PLUGIN_ROOT\}?\/([^\s`'"<>()[\]{}|;,]*)/g;
/** Folders a skill keeps its own files in, as the Agent Skills layout names them. */
const SKILL_FOLDERS = 'references|reference|scripts|assets';
/** What a path into one of those folders holds (`SKILL_FILE` matches only on a line holding one). */
const SKILL_FOLDER_WORDS = SKILL_FOLDERS.split('|').map((f) => `${f}/`);
const SKILL_FILE = new RegExp(`(?<![\\w./$}-])(?:\\./)?(?:${SKILL_FOLDERS})/[\\w.@+-]+(?:/[\\w.@+-]+)*\\.[A-Za-z0-9]{1,6}(?![\\w/-])`, 'g');
/** Generic words that stand for a file in documentation (`CATEGORY/FILE.md`). */
const PLACEHOLDER_SEGMENT = /^(?:(?:FILE|FILENAME|NAME|CATEGORY|FOLDER|DIR|DIRECTORY|PATH|SUBDIR|x|xx|xxx|foo|bar|baz)(?:\.[A-Za-z0-9]+)?|N{2,}[-_.].*)$/;
/** The same in any case: `filename.md`, `your-skill/`. */
const PLACEHOLDER_WORD = /^(?:file[-_]?name|your[-_].*|my[-_]file)(?:\.[A-Za-z0-9]+)?$/i;

/** Whether a written path is an illustration rather than a real file. */
export function isPlaceholderPath(path: string): boolean {
  if (/\.\.\.|…|[<>{}[\]*$|]|%7B|%3C/i.test(path)) return true;
  if (/(^|\/)path\/to\//i.test(path) || /^(?:\.\/)?(?:your|some)[-_]/i.test(path)) return true;
  return path.split('/').some((s) => PLACEHOLDER_SEGMENT.test(s) || PLACEHOLDER_WORD.test(s));
}

/**
 * Whether a Markdown destination names a file or folder at all: `thumbnail_url`,
 * `internal-wiki/page` (no extension, no trailing slash) are variables, routes and wiki pages more
 * often than files.
 */
function namesAFile(path: string): boolean {
  if (path === '' || path.endsWith('/')) return true;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return /\.[A-Za-z0-9]+$/.test(last) || /^\.{1,2}$/.test(last) || /^[A-Z][A-Z0-9_-]*$/.test(last);
}

/** Every file reference of a document, in document order (computed once per version). */
export function documentLinks(doc: ParsedDocument): readonly LinkReference[] {
  return memo(doc, 'references.links', () => {
    const { text } = doc;
    const body = doc.bodyStart;
    const forms: LinkForms = {
      link: text.indexOf('](', body) >= 0 || text.indexOf(']:', body) >= 0,
      resource: mayHoldResource(text, body),
      root: firstOf(text, 'CLAUDE_PLUGIN_ROOT', '_PLUGIN_ROOT', body) >= 0,
      skillFile: doc.kind === 'skill' && SKILL_FOLDER_WORDS.some((w) => firstOf(text, w, '/', body) >= 0),
    };
    // Only lines holding one of the forms' fixed parts are read (the first line whole).
    return linksOf(doc, forms, (md) => {
      const from = doc.lines.lineStart(md.firstLine);
      const lines = new Set<number>();
      const linesOf = (word: string, key: string) => {
        for (let i = firstOf(text, word, key, from); i >= 0; i = firstOf(text, word, key, i + 1)) lines.add(doc.lines.positionAt(i).line);
      };
      if (forms.resource) linesOf('://', '//');
      if (forms.root) linesOf('CLAUDE_PLUGIN_ROOT', '_PLUGIN_ROOT');
      if (forms.skillFile) for (const w of SKILL_FOLDER_WORDS) linesOf(w, '/');
      return [...lines].sort((a, b) => a - b);
    });
  });
}

/** Which forms of link a text may hold, decided from its raw text before anything is parsed. */
export interface LinkForms {
  link: boolean;
  resource: boolean;
  root: boolean;
  skillFile: boolean;
}

/**
 * The file references of a document that may hold `forms`: Markdown links from the model, the
 * line-based forms from the lines `lines` picks (in order). `documentLinks` picks the lines that
 * can hold one; its test oracle reads every line.
 */
export function linksOf(doc: ParsedDocument, forms: LinkForms, lines: (md: MarkdownModel) => Iterable<number>): LinkReference[] {
  const out: LinkReference[] = [];
  if (!forms.link && !forms.resource && !forms.root && !forms.skillFile) return out;
  const md = markdownOf(doc);
  if (forms.link) markdownLinks(doc, out);
  // A path written as a link's text (`[references/a.md](references/a.md)`) is that link.
  const linkSpans = forms.link ? md.links.map((l) => [l.start, l.end] as const) : [];
  if (forms.resource || forms.root || forms.skillFile) {
    for (const line of lines(md)) {
      const kind = md.lineKind(line);
      if (kind === 'blank') continue;
      const checked = kind === 'paragraph' || kind === 'heading' || kind === 'table';
      const start = doc.lines.lineStart(line);
      const lineText = doc.lines.lineText(line);
      if (forms.resource && lineText.includes('://')) resourceLinks(lineText, start, checked, out);
      if (forms.root && lineText.includes('CLAUDE_PLUGIN_ROOT')) pluginRootLinks(lineText, start, checked, out);
      if (forms.skillFile) skillFileLinks(lineText, start, checked, out, linkSpans);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Where `word` first occurs at or after `from`, found by searching for `key`, a part of it that is
 * rare in prose (V8 searches a string fastest for a rare first character: `//` rather than `://`).
 */
function firstOf(text: string, word: string, key: string, from: number): number {
  const k = word.indexOf(key);
  for (let i = text.indexOf(key, from + k); i >= 0; i = text.indexOf(key, i + 1)) if (text.startsWith(word, i - k)) return i - k;
  return -1;
}

/**
 * Whether a resource link may start at or after `from`: `RESOURCE` needs `://` with either
 * `resources` right before it (a bare scheme counts only for the `resources` server) or a
 * `plugin:` prefix before it. Most `://` are web addresses: their lines need not be read, nor the
 * Markdown model built for them.
 */
function mayHoldResource(text: string, from: number): boolean {
  const first = firstOf(text, '://', '//', from);
  if (first < 0) return false;
  for (let i = first; i >= 0; i = firstOf(text, '://', '//', i + 1)) if (text.startsWith('resources', i - 9)) return true;
  // From the start: the body's first line is read whole, and `plugin:` may begin before `from`.
  return text.includes('plugin:');
}

/**
 * Whether a document is a template to be copied elsewhere (`templates/x.md`, or text with
 * `{PROJECT_NAME}` placeholders): its relative links point from where the copy will live.
 */
export function isTemplate(doc: ParsedDocument): boolean {
  if (/\/templates?\//i.test(doc.uri)) return true;
  if (!doc.text.includes('{')) return false;
  const placeholders = doc.text.match(/(?<!\$)\{[A-Z][A-Z0-9_]{2,}\}/g);
  return (placeholders?.length ?? 0) >= 2;
}

/** `${LICENSE}`, `{PROJECT_NAME}`: a placeholder a template fills in (Claude Code's own `${CLAUDE_…}` variables are real paths). */
const PLACEHOLDER = /\$?\{(?!CLAUDE_)[A-Z][A-Z0-9_]{2,}\}/;
/** A line that starts a list item: the paragraph of the item above ends there. */
const ITEM_START = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]/;

/**
 * Whether the paragraph holding `offset` has a placeholder: text a command or skill writes out
 * (`licensed under the ${LICENSE} License - see the [LICENSE](LICENSE) file`), whose links point
 * from where the written file will live.
 */
function inTemplateText(doc: ParsedDocument, md: MarkdownModel, offset: number): boolean {
  const { lines } = doc;
  const at = lines.positionAt(offset).line;
  const kind = md.lineKind(at);
  let first = at;
  let last = at;
  if (kind === 'paragraph') {
    while (first > md.firstLine && md.lineKind(first - 1) === 'paragraph' && !ITEM_START.test(lines.lineText(first))) first--;
    while (last + 1 < lines.lineCount && md.lineKind(last + 1) === 'paragraph' && !ITEM_START.test(lines.lineText(last + 1))) last++;
  }
  return PLACEHOLDER.test(doc.text.slice(lines.lineStart(first), lines.lineEnd(last)));
}

function markdownLinks(doc: ParsedDocument, out: LinkReference[]): void {
  const md = markdownOf(doc);
  const template = isTemplate(doc);
  // Only documents with a placeholder somewhere pay for the paragraph check.
  const mayHoldTemplate = !template && doc.text.includes('{') && PLACEHOLDER.test(doc.text);
  const templateAt = (offset: number) => template || (mayHoldTemplate && inTemplateText(doc, md, offset));
  for (const link of md.links) {
    if (link.kind !== 'inline' || !link.destination) continue;
    const d = link.destination;
    const ref = localTarget(d.raw, d.start, link.image ? 'image' : 'markdown', templateAt(d.start));
    if (ref) out.push(ref);
  }
  for (const def of md.definitions) {
    const d = def.destination;
    const ref = localTarget(d.raw, d.start, 'definition', templateAt(d.start));
    if (ref) out.push(ref);
  }
}

/** A Markdown destination that names a workspace file (or an anchor of this one). */
function localTarget(raw: string, start: number, form: LinkForm, template: boolean): LinkReference | undefined {
  if (!raw || SCHEME.test(raw) || raw.startsWith('//')) return undefined;
  const hash = raw.indexOf('#');
  const query = raw.indexOf('?');
  const cut = [hash, query].filter((i) => i >= 0);
  const pathEnd = cut.length ? Math.min(...cut) : raw.length;
  const path = raw.slice(0, pathEnd);
  const anchor = hash >= 0 ? raw.slice(hash + 1) : undefined;
  return {
    form,
    start,
    end: start + raw.length,
    path,
    pathStart: start,
    pathEnd: start + pathEnd,
    ...(anchor !== undefined ? { anchor, anchorStart: start + hash + 1 } : {}),
    checked: !template && namesAFile(path) && !isPlaceholderPath(decodeSafe(path)),
  };
}

function resourceLinks(line: string, lineStart: number, checked: boolean, out: LinkReference[]): void {
  RESOURCE.lastIndex = 0;
  for (let m = RESOURCE.exec(line); m; m = RESOURCE.exec(line)) {
    const plugin = m[1];
    const server = m[2]!;
    // A bare scheme is a resource link only for a plugin's `resources` server (`http://` is not).
    if (!plugin && server !== 'resources') continue;
    const path = trimTrailing(m[3]!);
    const start = lineStart + m.index;
    const pathStart = start + m[0].length - m[3]!.length;
    out.push({
      form: 'resource',
      start,
      end: pathStart + path.length,
      path,
      pathStart,
      pathEnd: pathStart + path.length,
      ...(plugin ? { plugin } : {}),
      server,
      checked: checked && path !== '' && !isPlaceholderPath(path),
    });
  }
}

function pluginRootLinks(line: string, lineStart: number, checked: boolean, out: LinkReference[]): void {
  PLUGIN_ROOT.lastIndex = 0;
  for (let m = PLUGIN_ROOT.exec(line); m; m = PLUGIN_ROOT.exec(line)) {
    const path = trimTrailing(m[1]!);
    if (!path) continue;
    const start = lineStart + m.index;
    const pathStart = start + m[0].length - m[1]!.length;
    out.push({
      form: 'plugin-root',
      start,
      end: pathStart + path.length,
      path,
      pathStart,
      pathEnd: pathStart + path.length,
      checked: checked && !isPlaceholderPath(path),
    });
  }
}

/** Before a path: it is one of the examples the line gives (`**Examples**: references/finance.md`). */
const EXAMPLE_BEFORE = /\b(?:e\.g\.|for example|for instance|examples?\b[*_]*\s*:)/i;
/** Before a path: the file is written by the instructions (`Paste the result into scripts/out.json`). */
const OUTPUT_BEFORE = /\b(?:into|(?:save|write|output)s?\s+(?:\w+\s+){0,3}?(?:to|as|in))\s*[`'"*]*$/i;
/** Anywhere on the line: a file the skill might have (`A scripts/rotate.py script would be helpful`). */
const HYPOTHETICAL = /\b(?:would|could|might)\s+be\s+(?:helpful|useful|nice)\b/i;

/**
 * Whether a bare path in a skill's prose names a file the skill does not claim to hold: an
 * example, a file the steps write, a file it might have. Navigable, never reported.
 */
function illustrative(line: string, index: number): boolean {
  const before = line.slice(0, index);
  return EXAMPLE_BEFORE.test(before) || OUTPUT_BEFORE.test(before) || HYPOTHETICAL.test(line);
}

function skillFileLinks(line: string, lineStart: number, checked: boolean, out: LinkReference[], linkSpans: readonly (readonly [number, number])[]): void {
  SKILL_FILE.lastIndex = 0;
  for (let m = SKILL_FILE.exec(line); m; m = SKILL_FILE.exec(line)) {
    const path = m[0];
    const start = lineStart + m.index;
    // Inside a Markdown link this is the link's text or destination, already counted.
    if (linkSpans.some(([s, e]) => s <= start && start + path.length <= e)) continue;
    out.push({
      form: 'skill-file',
      start,
      end: start + path.length,
      path,
      pathStart: start,
      pathEnd: start + path.length,
      checked: checked && !isPlaceholderPath(path) && !illustrative(line, m.index),
    });
  }
}

/** Sentence punctuation after a path is not part of it. */
function trimTrailing(path: string): string {
  return path.replace(/[.,;:!?]+$/, '');
}
