import type { ParsedDocument } from '../document/parse';
import type { WorkspaceFiles } from '../files/workspaceFiles';
import type { Range } from '../types';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { linkProblems } from './linkProblems';
import type { LinkForm } from './links';

/** One link that does not resolve, as `agent-docs links` lists it. */
export interface UnresolvedLink {
  readonly form: LinkForm;
  /** The whole target as written (`plugin:orch:resources://CORE/TMUX.md`, `../a.md#x`). */
  readonly target: string;
  /** The range of the path (of the anchor, for `anchor`). */
  readonly range: Range;
  /** `case`: exists only in other letter case; `missing`: nothing there; `anchor`: no such heading. */
  readonly problem: 'case' | 'missing' | 'anchor';
  /** What to write instead (the path, or the anchor), when one is known. */
  readonly fix?: string;
}

/** The checked links of a document that do not resolve, in document order. */
export function unresolvedLinks(doc: ParsedDocument, files: WorkspaceFiles, index: WorkspaceIndex): UnresolvedLink[] {
  return linkProblems(doc, files, index).map((p): UnresolvedLink => {
    const target = doc.text.slice(p.link.start, p.link.end);
    if (p.kind === 'anchor') {
      const start = p.link.anchorStart!;
      return {
        form: p.link.form,
        target,
        range: doc.lines.range(start, start + p.link.anchor!.length),
        problem: 'anchor',
        ...(p.suggestion ? { fix: p.suggestion } : {}),
      };
    }
    const range = doc.lines.range(p.link.pathStart, p.link.pathEnd);
    const fix = p.kind === 'case' ? p.fixed : p.suggestions[0];
    return { form: p.link.form, target, range, problem: p.kind, ...(fix ? { fix } : {}) };
  });
}
