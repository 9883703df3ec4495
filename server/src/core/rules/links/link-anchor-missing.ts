import { referencesIndexer } from '../../workspace/indexers/references';
import { WORKSPACE_FILES_KEY } from '../../files/workspaceFiles';
import { nameOf } from '../../files/uris';
import { linkProblems } from '../../references/linkProblems';
import { ANCHORS_KEY } from '../../workspace/indexers/anchors';
import { SUMMARY_KEY } from '../../workspace/indexers/summary';
import type { Rule } from '../types';

export const linkAnchorMissing: Rule = {
  id: 'link-anchor-missing',
  description: "A link's `#anchor` matches no heading of the target document.",
  severity: 'warning',
  kinds: ['agent', 'skill', 'command', 'task', 'markdown'],
  fixable: true,
  consequence: {
    text: 'The link opens the target at its top instead of the section it names.',
    evidence: ["GitHub's heading anchors (github-slugger's rules), as the Markdown model derives them (docs/links.md)"],
  },
  dependsOn: [ANCHORS_KEY, SUMMARY_KEY, WORKSPACE_FILES_KEY],
  // Links to its own headings depend on nothing else: only a file that links elsewhere does.
  appliesTo: (own) => (own(referencesIndexer)?.links.length ?? 0) > 0,
  docs: `GitHub gives every heading an anchor: lower case, punctuation dropped, spaces as hyphens,
\`-1\`, \`-2\` … for repeated headings (\`## Return Codes:\` → \`#return-codes\`). A link to
\`other.md#section\` or to \`#section\` of its own document whose anchor no heading gets opens the
file at the top. Anchors written in other letter case still work on GitHub and are accepted;
\`#L12\` line anchors are not checked.

\`\`\`markdown
See [the codes](STATE-MACHINE.md#return-code).   <!-- the heading is "## Return Codes" -->
\`\`\`

The fix is the nearest anchor of the target.`,
  check(ctx) {
    for (const p of linkProblems(ctx.doc, ctx.files, ctx.workspace)) {
      if (p.kind !== 'anchor') continue;
      const start = p.link.anchorStart!;
      const end = start + p.link.anchor!.length;
      const target = p.uri === ctx.doc.uri ? 'This document' : `\`${nameOf(p.uri)}\``;
      ctx.report({
        start: start - 1,
        end,
        message: `${target} has no heading with the anchor \`#${p.link.anchor}\`: the link opens it at the top.${p.suggestion ? ` Did you mean \`#${p.suggestion}\`?` : ''}`,
        ...(p.suggestion ? { fixes: [ctx.fix(`Change to \`#${p.suggestion}\``, [{ start, end, newText: p.suggestion }])] } : {}),
      });
    }
  },
};
