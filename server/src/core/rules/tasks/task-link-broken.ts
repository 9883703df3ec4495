import { parseTaskFileName } from '../../tasks/fileName';
import { TASK_IDS_KEY, taskFactsIndexer } from '../../workspace/indexers/tasks';
import { ownFact } from '../../workspace/ownFact';
import { LEVEL_NAMES } from '../../tasks/ids';
import type { ParsedDocument } from '../../document/parse';
import { candidateUris, isLocalTarget, markdownLinks, type MarkdownLink } from '../../tasks/links';
import { scanReferences } from '../../tasks/references';
import { taskFileFor } from '../../tasks/tree';
import { basename } from '../../text/names';
import type { Rule } from '../types';

/** A relative, URL-encoded link from one file to another (`./x.md`, `../a/x.md`). */
export function relativeLink(fromUri: string, toUri: string): string {
  const from = fromUri.split('/').slice(0, -1);
  const to = toUri.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  const up = from.length - i;
  return (up === 0 ? './' : '../'.repeat(up)) + to.slice(i).join('/');
}

function namedOutside(doc: ParsedDocument, link: MarkdownLink, id: string): boolean {
  return scanReferences(doc).references.some(
    (r) => r.line === link.line && r.id === id && r.strong && (r.end <= link.targetStart || r.start >= link.targetEnd),
  );
}

export const taskLinkBroken: Rule = {
  id: 'task-link-broken',
  description: 'A link to a story, epic or task document points at a file that does not exist.',
  severity: 'warning',
  kinds: ['task'],
  fixable: true,
  consequence: {
    text: 'The link leads nowhere: the reader, or an agent following it, does not reach the story or epic.',
    evidence: ['the task-plan conventions (docs/tasks.md)'],
  },
  dependsOn: [TASK_IDS_KEY],
  ownFacts: [taskFactsIndexer.key],
  docs: `Task documents link to their story and epic (\`[📋 Story Document](0001.02%20-%20Epic%20-%20Story.md)\`),
URL-encoded. A link is resolved relative to the linking file and, for repository-relative links as the
legacy template writes them (\`docs/DEVELOPMENT_PLAN_AND_PROGRESS/…\`), relative to each folder above
it. When the file is gone but another file has the same ID (usually a rename), the fix points the link
at that file.

\`\`\`markdown
- [Old task](./0001.02.09%20-%20Shopping%20List%20-%20Items%20-%20Gone.md)   <!-- no such file -->
\`\`\``,
  check(ctx) {
    for (const link of markdownLinks(ctx.doc)) {
      if (!isLocalTarget(link.target)) continue;
      const named = parseTaskFileName(link.path);
      if (!named || /[{}]/.test(link.path)) continue;
      const candidates = candidateUris(ctx.doc.uri, link.path);
      if (candidates.length === 0 || candidates.some((u) => ctx.workspace.has(u))) continue;
      const actual = taskFileFor(ctx.workspace, named.id);
      // A parent with no file at all is task-parent-missing's finding, and an ID the same line
      // names outside the link (`### Task [0001.02.04] - … ([📋](…))`) is task-reference-missing's.
      const own = actual ? undefined : ownFact(ctx.workspace, ctx.doc, taskFactsIndexer)?.id;
      if (!actual && own && own.startsWith(`${named.id}.`)) continue;
      if (!actual && namedOutside(ctx.doc, link, named.id)) continue;
      const what = `${LEVEL_NAMES[named.level]} ${named.id}`;
      const fixes = actual
        ? [
            ctx.fix(
              `Link to "${basename(actual.uri)}"`,
              [{ start: link.targetStart, end: link.targetEnd, newText: relativeLink(ctx.doc.uri, actual.uri) }],
              true,
            ),
          ]
        : [];
      ctx.report({
        start: link.targetStart,
        end: link.targetEnd,
        message: actual
          ? `Broken link: ${what} is now "${basename(actual.uri)}".`
          : `Broken link: no file "${link.path}" (and no document has ID ${named.id}).`,
        fixes,
      });
    }
  },
};
