import { markdownOf, type MarkdownModel } from '../document/markdown';
import type { ParsedDocument } from '../document/parse';
import type { NameForm, NameReference } from './types';

/*
 * Each form is looked for with a native search for its fixed part (`/`, "agent", a backtick, …),
 * and its expression tried only there. None of them may match across a line break (`[^\S\r\n]`
 * is `\s` within a line), and at a line's edges the neighbouring `\n`/`\r` is in none of their
 * look-around classes, so each finds exactly what it would find line by line
 * (test/unit/perf/bodyNames.test.ts compares the two over the corpus).
 */

/** `subagent_type: "x"`, `subagent_type="x"`, `"subagent_type": "x"`: an Agent tool call written out. */
const SUBAGENT_TYPE = /\bsubagent_type["']?[^\S\r\n]*[:=][^\S\r\n]*["']?([A-Za-z0-9][\w:.-]*)/g;
/** `@agent-x` (what Claude Code's prompt reads as a mention: word characters, `:`, `.`, `@`, `-`). */
const AT_AGENT = /(?<![\w@/.-])@agent-([\w:.@-]*[\w])/g;
/** A name in backticks followed by "agent" or "subagent": "use the `code-reviewer` agent". */
const AGENT_WORD = /^\s+(?:sub-?)?agents?\b/i;
/** What must follow a code span's closing backtick for `AGENT_WORD` to hold after it. */
const TICK_AGENT = /`\s+(?:sub-?)?agent/iy;
const AGENT_NAME = /^[A-Za-z0-9][\w-]*(?::[\w-]+)*$/;
/**
 * A name of two or more words written bare before "agent": "invoke component-reviewer agent". A
 * one-word name ("the reviewer agent") reads as a plain noun as often as a name. Run on one line
 * of a body, or on a whole frontmatter description.
 */
export const BARE_AGENT = /(?<![\w`'"/.@:-])([A-Za-z0-9]+(?:[-:][A-Za-z0-9]+)+)(?=\s+(?:sub-?)?agents?\b)/g;
/** `/name` or `/plugin:name`, standing alone (not a path such as `/usr/bin`, not `and/or`); tried at a `/`. */
const SLASH = /(?<![\w/.~:<-])\/([a-z][\w-]*[a-z0-9](?::[\w-]*[a-z0-9])?)(?![\w/:*-]|\.\w)/iy;
/** Where a line's own content starts: after list markers, quote markers, heading hashes, table pipes. */
const LINE_LEAD = /^(?:\s*(?:[-*+>|]|\d+[.)]|#{1,6})\s*)*(?:\*\*)?$/;

/** A match of one form: the name and its offset. The forms of a line are emitted in this order. */
const enum Form {
  SubagentType = 0,
  AtMention = 1,
  Bare = 2,
  Slash = 3,
}
interface Candidate {
  readonly form: Form;
  readonly name: string;
  readonly at: number;
}

/**
 * Names of agents, skills and commands written in a document's body. Text lines are checked;
 * code blocks and HTML are navigable only (examples, and code where `/x` is a path).
 *
 * Most bodies hold none of the forms: each form is first looked for in the whole body, and the
 * Markdown model is asked only where one is found (what kind of line it is on, whether it sits in
 * a code span).
 */
export function bodyNames(doc: ParsedDocument): NameReference[] {
  const { text, bodyStart } = doc;
  // The body's first line is read whole, as the Markdown model's lines are.
  const from = lineStartAt(text, bodyStart);
  const candidates: Candidate[] = [];
  // Whether a match of an agent form starts inside the body (not on the first line's part before it).
  let agentInBody = false;
  const add = (m: RegExpExecArray, form: Form, offset = 0) => {
    const name = m[1]!;
    if (!name) return;
    if (form !== Form.Slash && offset + m.index >= bodyStart) agentInBody = true;
    candidates.push({ form, name, at: offset + m.index + m[0].length - name.length });
  };
  const all = (re: RegExp, form: Form) => {
    re.lastIndex = from;
    for (let m = re.exec(text); m; m = re.exec(text)) add(m, form);
  };
  if (text.includes('subagent_type', from)) all(SUBAGENT_TYPE, Form.SubagentType);
  if (text.includes('@agent-', from)) all(AT_AGENT, Form.AtMention);
  // A bare name needs "agent" after it on its line: each such line is read as a whole.
  for (let i = text.indexOf('gent', from + 1); i >= 0; i = text.indexOf('gent', i + 1)) {
    if (text.charCodeAt(i - 1) !== 97 /* a */) continue;
    const start = lineStartAt(text, i);
    const end = lineEndAt(text, i);
    const line = text.slice(start, end);
    BARE_AGENT.lastIndex = 0;
    for (let m = BARE_AGENT.exec(line); m; m = BARE_AGENT.exec(line)) add(m, Form.Bare, start);
    i = end;
  }
  for (let i = text.indexOf('/', from); i >= 0; i = text.indexOf('/', i + 1)) {
    SLASH.lastIndex = i;
    const m = SLASH.exec(text);
    if (!m) continue;
    add(m, Form.Slash);
    i = SLASH.lastIndex - 1;
  }
  let tick = -1;
  for (let i = text.indexOf('`', from); i >= 0 && tick < 0; i = text.indexOf('`', i + 1)) {
    TICK_AGENT.lastIndex = i;
    if (TICK_AGENT.test(text)) tick = i;
  }
  if (!candidates.length && tick < 0) return [];

  // Agent forms are read when the body shows one of them (or "<word> agent"): a match that starts
  // in the body does; otherwise (a match only before an inline `---` close) the body is searched.
  let mayAgent: boolean | undefined;
  const agentsRead = (): boolean =>
    (mayAgent ??=
      agentInBody ||
      tick >= bodyStart ||
      text.includes('subagent_type', bodyStart) ||
      text.includes('@agent-', bodyStart) ||
      /[\w`]\s+(?:sub-?)?agent/i.test(text.slice(bodyStart)));
  const maySlash = text.indexOf('/', bodyStart) >= 0;

  const md = markdownOf(doc);
  const out: NameReference[] = [];
  const instructions = doc.kind === 'agent' || doc.kind === 'command';
  const lines = candidates.map((c) => doc.lines.positionAt(c.at).line);
  const order = candidates
    .map((_, i) => i)
    .sort((a, b) => lines[a]! - lines[b]! || candidates[a]!.form - candidates[b]!.form || candidates[a]!.at - candidates[b]!.at);
  for (const i of order) {
    const c = candidates[i]!;
    const line = lines[i]!;
    if (line < md.firstLine) continue;
    const kind = md.lineKind(line);
    if (kind === 'blank') continue;
    const checked = kind === 'paragraph' || kind === 'heading' || kind === 'table';
    if (c.form === Form.Slash) {
      if (maySlash && checked) slash(doc, md, c, line, out);
      continue;
    }
    if (!agentsRead()) continue;
    if (c.form === Form.SubagentType) {
      // An agent's or command's body is what Claude follows: a tool call written out there, even in
      // a code block, is the call it makes. Elsewhere (skills, READMEs) code blocks are examples.
      const instruction = checked || (kind === 'code' || kind === 'fence' ? instructions : false);
      push(out, 'agent', 'subagent-type', c, instruction);
    } else if (c.form === Form.AtMention) push(out, 'agent', 'at-mention', c, checked);
    // Navigable and renamed with the agent when it names one; never reported (it may be a noun).
    else if (checked && !md.codeSpanAt(c.at)) push(out, 'agent', 'prose', c, false);
  }
  if (tick >= 0 && agentsRead()) {
    for (const span of md.codeSpans) {
      const name = text.slice(span.contentStart, span.contentEnd);
      if (!AGENT_NAME.test(name) || !AGENT_WORD.test(text.slice(span.end, span.end + 16))) continue;
      out.push({ kind: 'agent', form: 'prose', name, start: span.contentStart, end: span.contentEnd, checked: true });
    }
  }
  return out;
}

function push(out: NameReference[], kind: NameReference['kind'], form: NameForm, c: Candidate, checked: boolean): void {
  out.push({ kind, form, name: c.name, start: c.at, end: c.at + c.name.length, checked });
}

/**
 * A slash command is run from a text line (or written in a code span there); in code blocks `/x` is
 * a path or a shell argument far more often.
 */
function slash(doc: ParsedDocument, md: MarkdownModel, c: Candidate, line: number, out: NameReference[]): void {
  const start = doc.lines.lineStart(line);
  const lineText = doc.lines.lineText(line);
  const slashAt = c.at - 1 - start;
  if (isUrlPart(lineText, slashAt + 1) || /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+$/.test(lineText.slice(0, slashAt))) return;
  // Checked where a command is typed: first in a code span (`/review --fix`) or first on the
  // line (`- /review: …`). Elsewhere `/docs` is as often a folder or a route.
  const span = md.codeSpanAt(c.at - 1);
  const strong = span ? span.contentStart === c.at - 1 : LINE_LEAD.test(lineText.slice(0, slashAt));
  push(out, 'slash', 'slash', c, strong);
}

/** Where the line holding `offset` starts (after `\n`, `\r` or `\r\n`, as `LineIndex` breaks lines). */
function lineStartAt(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

/** Where the line holding `offset` ends, before its line break. */
function lineEndAt(text: string, offset: number): number {
  const n = text.indexOf('\n', offset);
  const r = text.indexOf('\r', offset);
  return r >= 0 && (n < 0 || r < n) ? r : n >= 0 ? n : text.length;
}

/** Whether a `/word` at this index of a line is part of a URL (`https://x.com/path`). */
function isUrlPart(line: string, index: number): boolean {
  const before = line.slice(0, index);
  const word = before.slice(before.search(/\S*$/));
  return word.includes('://') || /[\w.-]$/.test(before);
}
