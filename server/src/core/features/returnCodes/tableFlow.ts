import { markdownOf } from '../../document/markdown';
import { tableColumns } from '../../returnCodes/tables/columns';
import { tableFlowFor, waysOut, type TableFlow } from '../../returnCodes/tables/flow';
import { codeOccurrences, stateOccurrences, type FlowOccurrence } from '../../returnCodes/tables/occurrences';
import { UPPER_SNAKE } from '../../returnCodes/conventions';
import { basename } from '../../text/names';
import type { Location, Range, WorkspaceEdit } from '../../types';
import type { CompletionItem, FeatureContext, Hover, LanguageFeature } from '../types';
import { sortLocations } from './navigation';

/**
 * Return codes and states of a table flow (second generation: codes defined in a table of
 * `RETURN-CODES.md`, transitions between state documents) as symbols: hover, definition,
 * references, rename and completion inside the tables. Asked before the first generation's feature.
 */
export const tableFlowFeature: LanguageFeature = {
  id: 'returnCodeTables',
  hover: (ctx, offset) => {
    const at = symbolAt(ctx, offset);
    if (!at) return undefined;
    const value = at.occurrence.kind === 'code' ? describeCode(at.flow, at.occurrence.name) : describeState(at.flow, at.occurrence.name);
    return { contents: { kind: 'markdown', value }, range: at.occurrence.range } satisfies Hover;
  },
  definition: (ctx, offset) => {
    const at = symbolAt(ctx, offset);
    if (!at) return undefined;
    if (at.occurrence.kind === 'code') {
      const rows = at.flow.codes.filter((c) => c.code === at.occurrence.name).map((c) => ({ uri: c.uri, range: c.range }));
      return rows.length ? rows : undefined;
    }
    const doc = at.flow.states.get(at.occurrence.name)?.uri;
    return doc ? [{ uri: doc, range: ZERO }] : undefined;
  },
  references: (ctx, offset, includeDeclaration) => {
    const at = symbolAt(ctx, offset);
    if (!at) return undefined;
    const all = occurrences(ctx, at.flow, at.occurrence);
    return sortLocations(all.filter((o) => includeDeclaration || o.role !== 'definition').map(({ uri, range }) => ({ uri, range })));
  },
  prepareRename: (ctx, offset) => {
    const at = symbolAt(ctx, offset);
    return at ? { range: at.occurrence.range, placeholder: at.occurrence.name } : undefined;
  },
  rename: (ctx, offset, newName) => {
    const at = symbolAt(ctx, offset);
    if (!at || !UPPER_SNAKE.test(newName)) return undefined;
    const changes: WorkspaceEdit['changes'] = {};
    for (const o of sortLocations(occurrences(ctx, at.flow, at.occurrence) as Location[])) (changes[o.uri] ??= []).push({ range: o.range, newText: newName });
    return { changes };
  },
  completion: (ctx, offset) => completeInTable(ctx, offset),
};

const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function occurrences(ctx: FeatureContext, flow: TableFlow, at: FlowOccurrence): FlowOccurrence[] {
  return at.kind === 'code' ? codeOccurrences(ctx.index, flow, at.name, ctx.document(flow.uri)) : stateOccurrences(flow, at.name);
}

/** The code or state under the cursor (the cursor may sit just after it), with its flow. */
function symbolAt(ctx: FeatureContext, offset: number): { flow: TableFlow; occurrence: FlowOccurrence } | undefined {
  const flow = tableFlowFor(ctx.index, ctx.files, ctx.doc.uri);
  if (!flow) return undefined;
  const pos = ctx.doc.lines.positionAt(offset);
  const inside = (r: Range) => r.start.line === pos.line && r.start.character <= pos.character && pos.character <= r.end.character;
  const defined = new Set(flow.codes.map((c) => c.code));
  for (const t of flow.transitions) {
    if (t.uri !== ctx.doc.uri) continue;
    if (inside(t.state.range)) return { flow, occurrence: { uri: t.uri, range: t.state.range, name: t.state.text, kind: 'state', role: 'state' } };
    for (const target of t.targets)
      if (inside(target.range)) return { flow, occurrence: { uri: t.uri, range: target.range, name: target.name, kind: 'state', role: 'target' } };
  }
  // Codes: any occurrence in this document of a code the table defines.
  for (const code of defined) {
    const hit = codeOccurrences(ctx.index, flow, code, ctx.doc.uri === flow.uri ? ctx.doc : ctx.document(flow.uri)).find(
      (o) => o.uri === ctx.doc.uri && inside(o.range),
    );
    if (hit) return { flow, occurrence: hit };
  }
  return undefined;
}

/** A code: what it means, where each state goes on it, its escalation, and which agents return it. */
function describeCode(flow: TableFlow, code: string): string {
  const row = flow.codes.find((c) => c.code === code);
  const lines = [`**\`${code}\`** return code${row?.description ? ` — ${row.description}` : ''}`, ''];
  if (row) lines.push(`Defined in ${basename(flow.uri)}, line ${row.range.start.line + 1}.`, '');
  const transitions = flow.transitions.filter((t) => t.code.text === code);
  if (transitions.length) {
    lines.push('Transitions:');
    for (const t of transitions) {
      const to = t.targets.length ? t.targets.map((s) => s.name).join(' or ') : t.exits ? 'exit' : 'decided at run time';
      lines.push(`- ${t.state.text} → ${to}: ${t.action.text}`);
    }
  } else lines.push('No transition routes it.');
  for (const e of flow.escalations) if (e.code === code) lines.push('', `Escalates after ${e.count} in a row.`);
  const agents = flow.agents.filter((a) => a.returns.some((r) => r.code === code)).map((a) => a.name);
  if (agents.length) lines.push('', `Returned by ${agents.join(', ')}.`);
  return lines.join('\n');
}

/** A state: its document, and its ways out by code. */
function describeState(flow: TableFlow, state: string): string {
  const info = flow.states.get(state);
  const lines = [`**${state}** state${info?.uri ? ` — ${basename(info.uri)}` : ' (no state document)'}`, ''];
  const out = flow.transitions.filter((t) => t.state.text === state);
  for (const t of out)
    lines.push(`- on \`${t.code.text}\` → ${t.targets.length ? t.targets.map((s) => s.name).join(' or ') : t.exits ? 'exit' : 'decided at run time'}`);
  if (!out.length) lines.push(waysOut(flow, state) ? "Left through an orchestration level's transitions." : 'No transition leaves it.');
  const agents = flow.agents.filter((a) => a.states.includes(state)).map((a) => a.name);
  if (agents.length) lines.push('', `Worked by ${agents.join(', ')}.`);
  return lines.join('\n');
}

/** In a transitions table of the definition: the codes in the code column, the states in the state column. */
function completeInTable(ctx: FeatureContext, offset: number): CompletionItem[] | undefined {
  const flow = tableFlowFor(ctx.index, ctx.files, ctx.doc.uri);
  if (!flow || flow.uri !== ctx.doc.uri) return undefined;
  const md = markdownOf(ctx.doc);
  const table = md.tables.find((t) => t.start <= offset && offset <= t.end);
  const row = table?.rows.find((r) => !r.header && r.start <= offset && offset <= r.end + 1);
  const header = table?.rows[0];
  if (!table || !row || !header?.header) return undefined;
  const column = row.cells.findIndex((c) => c.rawStart <= offset && offset <= c.rawEnd);
  const columns = tableColumns(header.cells.map((c) => c.text));
  if (column < 0 || columns.state === undefined || columns.code === undefined) return undefined;
  const cell = row.cells[column]!;
  const range = ctx.doc.lines.range(cell.start <= offset ? cell.start : offset, Math.max(offset, cell.end));
  if (column === columns.code) {
    return flow.codes.map((c, i) => ({
      label: c.code,
      kind: 'code',
      ...(c.description ? { detail: c.description } : {}),
      range,
      sortText: String(i).padStart(3, '0'),
    }));
  }
  if (column === columns.state) {
    return [...flow.states.values()].map((s) => ({ label: s.name, kind: 'value', detail: s.uri ? basename(s.uri) : 'no state document', range }));
  }
  return undefined;
}
