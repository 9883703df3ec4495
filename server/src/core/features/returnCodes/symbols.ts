import { returnCodesOf } from '../../returnCodes/extract';
import type { DocumentSymbol, FeatureContext } from '../types';

/** Outline entries: an agent's declared codes, and an orchestrator's subsections with their entries. */
export function codeSymbols(ctx: FeatureContext): DocumentSymbol[] | undefined {
  const { doc } = ctx;
  const model = returnCodesOf(doc);
  const range = (s: number, e: number) => doc.lines.range(s, e);
  const symbols: DocumentSymbol[] = model.declarations.map((d) => ({
    name: d.code,
    ...(d.description ? { detail: d.description } : {}),
    kind: 'enumMember',
    range: range(d.lineStart, d.lineEnd),
    selectionRange: range(d.start, d.end),
  }));
  for (const m of model.mirrors) {
    const headingStart = doc.lines.lineStart(doc.lines.positionAt(m.nameStart).line);
    symbols.push({
      name: m.pattern,
      detail: 'return codes routed',
      kind: 'module',
      range: range(headingStart, Math.max(m.insertAt, m.nameEnd)),
      selectionRange: range(m.nameStart, m.nameEnd),
      children: m.entries.map((e) => ({
        name: e.code,
        ...(e.description ? { detail: e.description } : {}),
        kind: 'enumMember',
        range: range(e.start, e.end),
        selectionRange: range(e.start, e.end),
      })),
    });
  }
  return symbols.length ? symbols : undefined;
}
