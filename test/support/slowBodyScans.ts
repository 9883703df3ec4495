/**
 * The slow, obvious versions of fast body scans, kept as oracles for the corpus test
 * `test/corpus/bodyScans.test.ts`: each is the code the fast path replaced, line by line.
 */
import { markdownOf } from '../../server/src/core/document/markdown';
import type { ParsedDocument } from '../../server/src/core/document/parse';
import type { NameReference } from '../../server/src/core/references/types';

/** `subagent_type: "x"`, `subagent_type="x"`, `"subagent_type": "x"`: an Agent tool call written out. */
const SUBAGENT_TYPE = /\bsubagent_type["']?\s*[:=]\s*["']?([A-Za-z0-9][\w:.-]*)/g;
/** `@agent-x` (what Claude Code's prompt reads as a mention: word characters, `:`, `.`, `@`, `-`). */
const AT_AGENT = /(?<![\w@/.-])@agent-([\w:.@-]*[\w])/g;
/** A name in backticks followed by "agent" or "subagent": "use the `code-reviewer` agent". */
const AGENT_WORD = /^\s+(?:sub-?)?agents?\b/i;
const AGENT_NAME = /^[A-Za-z0-9][\w-]*(?::[\w-]+)*$/;
/**
 * A name of two or more words written bare before "agent": "invoke component-reviewer agent". A
 * one-word name ("the reviewer agent") reads as a plain noun as often as a name.
 */
const BARE_AGENT = /(?<![\w`'"/.@:-])([A-Za-z0-9]+(?:[-:][A-Za-z0-9]+)+)(?=\s+(?:sub-?)?agents?\b)/g;
/** `/name` or `/plugin:name`, standing alone (not a path such as `/usr/bin`, not `and/or`). */
const SLASH = /(?<![\w/.~:<-])\/([a-z][\w-]*[a-z0-9](?::[\w-]*[a-z0-9])?)(?![\w/:*-]|\.\w)/gi;
/** Where a line's own content starts: after list markers, quote markers, heading hashes, table pipes. */
const LINE_LEAD = /^(?:\s*(?:[-*+>|]|\d+[.)]|#{1,6})\s*)*(?:\*\*)?$/;

/** `bodyNames` as it was (main a68b16b): every expression run on every line of the body. */
export function bodyNamesByLine(doc: ParsedDocument): NameReference[] {
  const { text, bodyStart } = doc;
  const mayAgent = text.includes('subagent_type', bodyStart) || text.includes('@agent-', bodyStart) || /[\w`]\s+(?:sub-?)?agent/i.test(text.slice(bodyStart));
  const maySlash = text.indexOf('/', bodyStart) >= 0;
  if (!mayAgent && !maySlash) return [];
  const md = markdownOf(doc);
  const out: NameReference[] = [];
  const instructions = doc.kind === 'agent' || doc.kind === 'command';
  for (let line = md.firstLine; line < doc.lines.lineCount; line++) {
    const kind = md.lineKind(line);
    if (kind === 'blank') continue;
    const checked = kind === 'paragraph' || kind === 'heading' || kind === 'table';
    const start = doc.lines.lineStart(line);
    const lineText = doc.lines.lineText(line);
    if (mayAgent) {
      // An agent's or command's body is what Claude follows: a tool call written out there, even in
      // a code block, is the call it makes. Elsewhere (skills, READMEs) code blocks are examples.
      const instruction = checked || (kind === 'code' || kind === 'fence' ? instructions : false);
      if (lineText.includes('subagent_type'))
        scan(SUBAGENT_TYPE, lineText, start, (name, at) =>
          out.push({ kind: 'agent', form: 'subagent-type', name, start: at, end: at + name.length, checked: instruction }),
        );
      if (lineText.includes('@agent-'))
        scan(AT_AGENT, lineText, start, (name, at) => out.push({ kind: 'agent', form: 'at-mention', name, start: at, end: at + name.length, checked }));
      // Navigable and renamed with the agent when it names one; never reported (it may be a noun).
      if (checked && /agent/i.test(lineText))
        scan(BARE_AGENT, lineText, start, (name, at) => {
          if (!md.codeSpanAt(at)) out.push({ kind: 'agent', form: 'prose', name, start: at, end: at + name.length, checked: false });
        });
    }
    // A slash command is run from a text line (or written in a code span there); in code blocks
    // `/x` is a path or a shell argument far more often.
    if (maySlash && checked && lineText.includes('/')) {
      scan(SLASH, lineText, start, (name, at) => {
        const slash = at - 1 - start;
        if (isUrlPart(lineText, slash + 1) || /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+$/.test(lineText.slice(0, slash))) return;
        // Checked where a command is typed: first in a code span (`/review --fix`) or first on the
        // line (`- /review: …`). Elsewhere `/docs` is as often a folder or a route.
        const span = md.codeSpanAt(at - 1);
        const strong = span ? span.contentStart === at - 1 : LINE_LEAD.test(lineText.slice(0, slash));
        out.push({ kind: 'slash', form: 'slash', name, start: at, end: at + name.length, checked: strong });
      });
    }
  }
  if (mayAgent) {
    for (const span of md.codeSpans) {
      const name = text.slice(span.contentStart, span.contentEnd);
      if (!AGENT_NAME.test(name) || !AGENT_WORD.test(text.slice(span.end, span.end + 16))) continue;
      out.push({ kind: 'agent', form: 'prose', name, start: span.contentStart, end: span.contentEnd, checked: true });
    }
  }
  return out;
}

/** Calls `emit` with the first group and its document offset for every match on a line. */
function scan(re: RegExp, line: string, lineStart: number, emit: (name: string, at: number) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const name = m[1]!;
    if (!name) continue;
    emit(name, lineStart + m.index + m[0].length - name.length);
  }
}

/** Whether a `/word` at this index of a line is part of a URL (`https://x.com/path`). */
function isUrlPart(line: string, index: number): boolean {
  const before = line.slice(0, index);
  const word = before.slice(before.search(/\S*$/));
  return word.includes('://') || /[\w.-]$/.test(before);
}
