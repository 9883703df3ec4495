import { markdownOf } from '../../document/markdown';
import type { ParsedDocument } from '../../document/parse';
import type { Location, Range } from '../../types';
import { returnCodeReferencesIndexer } from '../../workspace/indexers/returnCodes';
import type { WorkspaceIndex } from '../../workspace/workspaceIndex';
import type { TableFlow } from './flow';

/** Where a code or a state of a table flow is written, and in which role. */
export type FlowSymbolRole = 'definition' | 'transition' | 'return' | 'escalation' | 'prose' | 'state' | 'target';

export interface FlowOccurrence extends Location {
  readonly name: string;
  readonly kind: 'code' | 'state';
  readonly role: FlowSymbolRole;
}

const same = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character && a.end.character === b.end.character;

/**
 * Every place a code of the flow is written: its row in the codes table, the transition rows, the
 * agents' return lists, escalation rules, code spans in the flow's prose, and bare words in the
 * definition's own prose (`(SUCCESS, FAILURE, …)`). `definitionDoc` is the parsed definition.
 */
export function codeOccurrences(index: WorkspaceIndex, flow: TableFlow, code: string, definitionDoc: ParsedDocument | undefined): FlowOccurrence[] {
  const out: FlowOccurrence[] = [];
  const add = (uri: string, range: Range, role: FlowSymbolRole) => {
    if (!out.some((o) => o.uri === uri && same(o.range, range))) out.push({ uri, range, name: code, kind: 'code', role });
  };
  for (const c of flow.codes) if (c.code === code) add(c.uri, c.range, 'definition');
  for (const t of flow.transitions) if (t.code.text === code) add(t.uri, t.code.range, 'transition');
  for (const a of flow.agents) for (const r of a.returns) if (r.code === code) add(r.uri, r.range, 'return');
  for (const e of flow.escalations) {
    if (e.code !== code) continue;
    const end = e.range.end;
    add(e.uri, { start: { line: end.line, character: end.character - code.length }, end }, 'escalation');
  }
  const inFlow = new Set([
    flow.uri,
    ...flow.agents.map((a) => a.uri),
    ...flow.agents.flatMap((a) => a.returns.map((r) => r.uri)),
    ...[...flow.states.values()].flatMap((s) => (s.uri ? [s.uri] : [])),
  ]);
  for (const { uri, value } of index.facts(returnCodeReferencesIndexer)) {
    if (!inFlow.has(uri) && !isInsideRoot(uri, flow.root)) continue;
    for (const r of value) if (r.code === code) add(uri, r.range, 'prose');
  }
  if (definitionDoc) for (const range of bareWords(definitionDoc, code)) add(flow.uri, range, 'prose');
  return out;
}

/** Every place a state is written: its transition rows (as the state and as a destination). */
export function stateOccurrences(flow: TableFlow, state: string): FlowOccurrence[] {
  const out: FlowOccurrence[] = [];
  for (const t of flow.transitions) {
    if (t.state.text === state) out.push({ uri: t.uri, range: t.state.range, name: state, kind: 'state', role: 'state' });
    for (const target of t.targets) if (target.name === state) out.push({ uri: t.uri, range: target.range, name: state, kind: 'state', role: 'target' });
  }
  return out;
}

function isInsideRoot(uri: string, root: string): boolean {
  return uri.startsWith(`${root}/`);
}

/** Whole-word occurrences of a code on the prose lines of a document (tables and code blocks excluded). */
function bareWords(doc: ParsedDocument, code: string): Range[] {
  const md = markdownOf(doc);
  const out: Range[] = [];
  const word = new RegExp(`(?<![A-Za-z0-9_\`])${code}(?![A-Za-z0-9_\`])`, 'g');
  for (let line = md.firstLine; line < doc.lines.lineCount; line++) {
    if (!md.isTextLine(line) || md.lineKind(line) === 'table') continue;
    const start = doc.lines.lineStart(line);
    for (const m of doc.text.slice(start, doc.lines.lineEnd(line)).matchAll(word)) out.push(doc.lines.range(start + m.index, start + m.index + code.length));
  }
  return out;
}
