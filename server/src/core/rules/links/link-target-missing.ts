import { referencesIndexer } from '../../workspace/indexers/references';
import { WORKSPACE_FILES_KEY } from '../../files/workspaceFiles';
import { displayPathOf } from '../../references/display';
import { linkProblems } from '../../references/linkProblems';
import { ANCHORS_KEY } from '../../workspace/indexers/anchors';
import { SUMMARY_KEY } from '../../workspace/indexers/summary';
import { ownFact } from '../../workspace/ownFact';
import type { Rule } from '../types';

export const linkTargetMissing: Rule = {
  id: 'link-target-missing',
  description: 'A link or path names a file that does not exist.',
  severity: 'warning',
  kinds: ['agent', 'skill', 'command', 'task', 'markdown'],
  fixable: true,
  consequence: {
    text: 'The link leads nowhere: a resource read or a script run fails, and a reader or an agent following the link finds nothing.',
    evidence: ["the target is in no folder listing of the workspace (the editor's or the CLI's file system)"],
  },
  dependsOn: [ANCHORS_KEY, SUMMARY_KEY, WORKSPACE_FILES_KEY],
  ownFacts: [referencesIndexer.key],
  // Links to its own headings depend on nothing else: only a file that links elsewhere does.
  appliesTo: (own) => (own(referencesIndexer)?.links.length ?? 0) > 0,
  docs: `Checks the same links as \`link-case-mismatch\`: relative Markdown links and images, link
reference definitions, plugin resource links, \`\${CLAUDE_PLUGIN_ROOT}/…\` paths and a SKILL.md's
mentions of its own files. A target that does not exist at all is reported, with a near file as
the fix: a close spelling in the same folder, or a file of the same name elsewhere under the link's
folder (it moved).

\`\`\`markdown
See [the form guide](references/form.md).   <!-- references/forms.md exists -->
\`\`\`

Links to URLs, links in code blocks, placeholder paths (\`path/to/file.md\`, \`<name>.md\`) and
links in a paragraph with \`\${LICENSE}\` or \`{PROJECT_NAME}\` placeholders (template text a command
writes out elsewhere) are not checked; nor are resource links of a plugin that is not in the workspace, or paths the editor
cannot list. A skill's bare mentions given as examples (\`**Examples**: references/finance.md\`,
\`e.g.\`), files its steps write (\`Paste the result into scripts/out.json\`) and files it "would be
helpful" to have are navigable and not checked.`,
  check(ctx) {
    // Decided on the document's own facts: one without links to files (most) builds no model here.
    const own = ownFact(ctx.workspace, ctx.doc, referencesIndexer);
    if (!own?.links.length) return;
    for (const p of linkProblems(ctx.doc, ctx.files, ctx.workspace)) {
      if (p.kind !== 'missing') continue;
      const where = displayPathOf(ctx.files, p.base);
      const first = p.suggestions[0];
      ctx.report({
        start: p.link.pathStart,
        end: p.link.pathEnd,
        message: `No \`${p.link.path}\` ${where}.${first ? ` Did you mean \`${first}\`?` : ''}`,
        ...(first ? { fixes: [ctx.fix(`Change to \`${first}\``, [{ start: p.link.pathStart, end: p.link.pathEnd, newText: first }])] } : {}),
      });
    }
  },
};
