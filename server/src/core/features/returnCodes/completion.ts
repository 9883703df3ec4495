import { markdownOf } from '../../document/markdown';
import type { ParsedDocument } from '../../document/parse';
import { returnCodesOf } from '../../returnCodes/extract';
import type { Mirror } from '../../returnCodes/model';
import { flowRoot } from '../../returnCodes/scope';
import { agentsFor, catalogFor, type CodeCatalog, type DeclaredCode } from '../../returnCodes/workspace';
import type { CompletionItem, FeatureContext } from '../types';

const AFTER_RETURN = /\breturn(?:s|ing)?\s+`([A-Za-z0-9_]*)$/i;
const MIRROR_ITEM = /^\s*[-*+]\s+(`?)([A-Za-z0-9_]*)$/;

/**
 * Codes where a code is expected: inside backticks after "return"/"returning" (every declared code,
 * this agent's own first), and on a list item in an orchestrator's `### <agent>:` subsection (the
 * named agents' codes not yet listed there first, then the rest).
 */
export function completeCode(ctx: FeatureContext, offset: number): CompletionItem[] | undefined {
  const { doc } = ctx;
  const catalog = catalogFor(ctx.index, ctx.doc.uri);
  if (!catalog.declared.size) return undefined;
  const pos = doc.lines.positionAt(offset);
  const lineStart = doc.lines.lineStart(pos.line);
  const before = doc.text.slice(lineStart, offset);
  const after = doc.text.slice(offset, doc.lines.lineEnd(pos.line));
  const range = (typed: string) => doc.lines.range(offset - typed.length, offset);

  const afterReturn = AFTER_RETURN.exec(before);
  if (afterReturn) {
    const own = returnCodesOf(doc).agent;
    const typed = afterReturn[1]!;
    return firstDeclarations(catalog).map((d) => ({
      label: d.code,
      kind: 'code',
      detail: d.agent,
      ...(d.description ? { documentation: { kind: 'markdown', value: d.description } } : {}),
      insertText: after.startsWith('`') ? d.code : `${d.code}\``,
      range: range(typed),
      sortText: `${d.agent === own ? 0 : 1}${d.code}`,
    }));
  }

  const item = MIRROR_ITEM.exec(before);
  const mirror = item && after.trim() === '' ? mirrorAt(doc, pos.line) : undefined;
  if (!item || !mirror) return undefined;
  const listed = new Set(mirror.entries.map((e) => e.code));
  const tick = item[1] ? '' : '`';
  const items: CompletionItem[] = [];
  const add = (code: string, description: string, agent: string, named: boolean) => {
    if (listed.has(code) || items.some((i) => i.label === code)) return;
    items.push({
      label: code,
      kind: 'code',
      detail: named ? `${agent} (not yet listed)` : agent,
      ...(description ? { documentation: { kind: 'markdown', value: description } } : {}),
      insertText: `${tick}${code}\`${description ? ` - ${description}` : ''}`,
      range: range(item[2]!),
      filterText: code,
      sortText: `${named ? 0 : 1}${code}`,
      ...(named ? { preselect: true } : {}),
    });
  };
  for (const agent of agentsFor(catalog, { root: flowRoot(doc.uri), pattern: mirror.pattern }))
    for (const d of agent.facts.declarations) add(d.code, d.description, agent.agent, true);
  for (const d of firstDeclarations(catalog)) add(d.code, d.description, d.agent, false);
  return items;
}

/** One entry per code: the first declaration in agent order (descriptions come from it). */
function firstDeclarations(catalog: CodeCatalog): DeclaredCode[] {
  const out: DeclaredCode[] = [];
  for (const list of catalog.declared.values()) if (list[0]) out.push(list[0]);
  return out.sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** The orchestrator subsection whose heading is the nearest heading above a line. */
function mirrorAt(doc: ParsedDocument, line: number): Mirror | undefined {
  const heading = markdownOf(doc).headingAbove(line - 1);
  if (!heading) return undefined;
  return returnCodesOf(doc).mirrors.find((m) => m.nameStart >= heading.start && m.nameStart <= heading.end);
}
