import { referencesIndexer } from '../../workspace/indexers/references';
import { WORKSPACE_FILES_KEY } from '../../files/workspaceFiles';
import { linkProblems } from '../../references/linkProblems';
import type { LinkForm } from '../../references/links';
import { ANCHORS_KEY } from '../../workspace/indexers/anchors';
import { SUMMARY_KEY } from '../../workspace/indexers/summary';
import { inFrontmatter } from '../../references/fixes';
import { ownFact } from '../../workspace/ownFact';
import type { Rule } from '../types';

/** Who fails to find the file on Linux, by the link's form. */
const READER: Record<LinkForm, string> = {
  markdown: 'the link works on macOS and Windows, and is broken on Linux and on GitHub',
  image: 'the image shows on macOS and Windows, and is missing on Linux and on GitHub',
  definition: 'links through this definition work on macOS and Windows, and are broken on Linux and on GitHub',
  resource: "the plugin's resource server finds it on macOS and Windows, and fails to read it on Linux",
  'plugin-root': 'the path works on macOS and Windows, and fails on Linux',
  'skill-file': 'Claude finds it on macOS and Windows, and not on Linux',
};

export const linkCaseMismatch: Rule = {
  id: 'link-case-mismatch',
  description: 'A link or path names a file that exists only with other letter case: it works on macOS and Windows and fails on Linux.',
  severity: 'error',
  kinds: ['agent', 'skill', 'command', 'task', 'markdown'],
  fixable: true,
  consequence: {
    text: 'The file loads; what it links to is not found on a case-sensitive disk (Linux, GitHub, CI, containers): a resource read or a script run fails, a link or an image is broken. macOS and Windows disks ignore case, so it works where it was written.',
    evidence: [
      'Linux file systems compare names exactly; APFS (macOS default) and NTFS (Windows) do not',
      "resin.ai's resource server resolves a path with exists() on the file system (issue #14): its 72 CORE/\u2026 reads fail on Linux",
    ],
  },
  dependsOn: [ANCHORS_KEY, SUMMARY_KEY, WORKSPACE_FILES_KEY],
  ownFacts: [referencesIndexer.key],
  // Links to its own headings depend on nothing else: only a file that links elsewhere does.
  appliesTo: (own) => (own(referencesIndexer)?.links.length ?? 0) > 0,
  docs: `macOS and Windows disks ignore letter case, Linux (and GitHub, and most CI and containers)
does not. A link whose target exists only with other letter case works where it was written and
breaks everywhere else. Checked for relative Markdown links and images, link reference definitions,
plugin resource links (\`plugin:<plugin>:resources://<path>\`, \`resources://<path>\`, resolved in
the folder of the plugin whose \`.claude-plugin/plugin.json\` has that name), \`\${CLAUDE_PLUGIN_ROOT}/…\`
paths in a plugin's files, and a SKILL.md's mentions of its own files (\`references/x.md\`).

\`\`\`markdown
- Read \`plugin:orchestrator:resources://CORE/TMUX.md\`   <!-- the folder is resources/core/ -->
\`\`\`

Reported as an error, with the path spelled as on disk as the quick fix (\`core/TMUX.md\`; like
every fix to the Markdown body, fix-all and \`lint --fix\` leave it to you). When two
folders differ only in case (\`CORE/\` and \`core/\`, which a case-insensitive disk merges), each path
resolves in the folder that holds the file. Links in code blocks and placeholder paths
(\`path/to/file.md\`) are not checked.`,
  check(ctx) {
    // Decided on the document's own facts: one without links to files (most) builds no model here.
    const own = ownFact(ctx.workspace, ctx.doc, referencesIndexer);
    if (!own?.links.length) return;
    for (const p of linkProblems(ctx.doc, ctx.files, ctx.workspace)) {
      if (p.kind !== 'case') continue;
      ctx.report({
        start: p.link.pathStart,
        end: p.link.pathEnd,
        message: `\`${p.link.path}\` exists only as \`${p.fixed}\`: ${READER[p.link.form]}.`,
        fixes: [
          ctx.fix(`Change to \`${p.fixed}\``, [{ start: p.link.pathStart, end: p.link.pathEnd, newText: p.fixed }], inFrontmatter(ctx.doc, p.link.start)),
        ],
      });
    }
  },
};
