import { field, type ParsedDocument } from '../document/parse';
import { listEntries } from '../fields/lists';
import { hasCleanFrontmatter } from '../fields/health';
import { BARE_AGENT } from './bodyNames';
import type { NameReference } from './types';

/** "the `x` agent" inside a description. */
const QUOTED_AGENT = /`([A-Za-z0-9][\w-]*(?::[\w-]+)*)`(?=\s+(?:sub-?)?agents?\b)/g;

/** Fields whose `Agent(…)`/`Task(…)` entries name agents. */
const TOOL_FIELDS: Readonly<Record<string, readonly string[]>> = {
  agent: ['tools', 'disallowedTools'],
  skill: ['allowed-tools', 'disallowed-tools'],
  command: ['allowed-tools'],
};

/** The tool names whose specifier lists agent types (`Task` is `Agent`'s old name). */
const AGENT_TOOLS = new Set(['Agent', 'Task']);

/**
 * Names in the frontmatter: agents in `Agent(a, b)` specifiers, skills in an agent's `skills:`.
 * Nothing when the frontmatter does not parse cleanly (Claude Code reads no field of it then).
 */
export function frontmatterNames(doc: ParsedDocument): NameReference[] {
  if (!hasCleanFrontmatter(doc)) return [];
  const out: NameReference[] = [];
  for (const key of TOOL_FIELDS[doc.kind] ?? []) {
    const f = field(doc, key);
    if (!f?.value) continue;
    const spaced = doc.kind !== 'agent';
    for (const entry of listEntries(doc, f, { spaceSeparated: spaced })) {
      if (!AGENT_TOOLS.has(entry.name) || entry.specifier === undefined) continue;
      const open = doc.text.indexOf('(', entry.start);
      if (open < 0 || open >= entry.end) continue;
      const form = /^disallowed/i.test(key) ? 'disallowed-tools' : 'tools';
      splitNames(doc.text, open + 1, entry.end - 1, (name, start, end) => out.push({ kind: 'agent', form, name, start, end, checked: true }));
    }
  }
  // The description is what Claude reads to pick an agent ("Use the code-reviewer agent to …"):
  // its mentions are navigable and renamed with the agent, never reported.
  const description = field(doc, 'description');
  if (description?.value && /agent/i.test(doc.text.slice(description.valueStart, description.valueEnd))) {
    const text = doc.text.slice(description.valueStart, description.valueEnd);
    for (const re of [QUOTED_AGENT, BARE_AGENT]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const name = m[1]!;
        const start = description.valueStart + m.index + m[0].length - name.length - (re === QUOTED_AGENT ? 1 : 0);
        out.push({ kind: 'agent', form: 'prose', name, start, end: start + name.length, checked: false });
      }
    }
  }
  if (doc.kind === 'agent') {
    const f = field(doc, 'skills');
    if (f?.value) {
      for (const entry of listEntries(doc, f)) {
        const quoted = /^["']/.test(entry.text) && entry.text.endsWith(entry.text[0]!) && entry.text.length >= 2;
        const name = quoted ? entry.text.slice(1, -1) : entry.text;
        const start = quoted ? entry.start + 1 : entry.start;
        if (name) out.push({ kind: 'skill', form: 'skills-field', name, start, end: start + name.length, checked: true });
      }
    }
  }
  return out;
}

/** Calls `emit` for each comma-separated name between `from` and `to`, trimmed, quotes dropped. */
function splitNames(text: string, from: number, to: number, emit: (name: string, start: number, end: number) => void): void {
  let segStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text[i] !== ',') continue;
    let a = segStart;
    let b = i;
    while (a < b && /[\s"']/.test(text[a]!)) a++;
    while (b > a && /[\s"']/.test(text[b - 1]!)) b--;
    if (a < b && text.slice(a, b) !== '*') emit(text.slice(a, b), a, b);
    segStart = i + 1;
  }
}
