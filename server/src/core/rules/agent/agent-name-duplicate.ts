import { field } from '../../document/parse';
import { scalarString } from '../../document/yamlFields';
import type { Location } from '../../types';
import { WORKSPACE_PLUGINS_KEY, type WorkspaceFiles } from '../../files/workspaceFiles';
import type { WorkspaceIndex } from '../../workspace/workspaceIndex';
import type { Rule } from '../types';
import { AGENT_NAME_KEY, agentNameIndexer } from '../../workspace/indexers/agentNames';
import { agentScopeOf } from '../../agents/plugin';

type NameTable = ReadonlyMap<string, Location[]>;

/** `scope + name` → the agent files declaring it, rebuilt only when some agent's name changes. */
function nameTable(index: WorkspaceIndex, files: WorkspaceFiles): NameTable {
  return index.derived('agent.name.table', [AGENT_NAME_KEY], () => {
    const table = new Map<string, Location[]>();
    for (const { uri, value } of index.facts(agentNameIndexer)) {
      const key = `${agentScopeOf(uri, files)}\u0000${value.name}`;
      const list = table.get(key) ?? [];
      list.push({ uri, range: value.range });
      table.set(key, list);
    }
    return table;
  });
}

export const agentNameDuplicate: Rule = {
  id: 'agent-name-duplicate',
  description: 'Two agents with the same `name` in one scope: which one loads is undefined.',
  severity: 'warning',
  kinds: ['agent'],
  fixable: false,
  consequence: {
    text: 'Two agents of one scope with the same name: one of them silently shadows the other, the later file in path order winning.',
    evidence: [
      'Claude Code 2.1.332 binary: duplicate agent names are logged ("Duplicate agent name") and one definition is active',
      'Claude Code 2.1.332 binary, its own setup check: "the loser is discarded silently and the last file in path order wins"',
    ],
  },
  dependsOn: [AGENT_NAME_KEY, WORKSPACE_PLUGINS_KEY],
  appliesTo: (own) => own(agentNameIndexer) !== undefined,
  docs: `Claude Code identifies an agent by its \`name\`, not its file name. When two files in the same
scope declare the same name, one of them silently shadows the other, and which one wins is not
defined.

\`\`\`text
.claude/agents/reviewer.md         name: code-reviewer
.claude/agents/old/reviewer-v1.md  name: code-reviewer   ← reported on both, each linking to the other
\`\`\`

Scopes: the project's \`.claude/agents\` tree is one scope; each plugin (a folder with \`.claude-plugin/plugin.json\`) is
its own, because Claude Code prefixes plugin agents with the plugin's name (\`my-plugin:reviewer\`), so
two plugins may both ship a \`reviewer\`. In agent collections (other \`agents\` folders, whose files
users copy one at a time) each folder is a scope, so two categories may both hold a \`data-analyst\`. Rename one of the agents (the file name need not change).`,
  check(ctx) {
    const name = scalarString(field(ctx.doc, 'name')?.value ?? null)?.trim();
    const entry = field(ctx.doc, 'name');
    if (!name || !entry) return;
    const all = nameTable(ctx.workspace, ctx.files).get(`${agentScopeOf(ctx.doc.uri, ctx.files)}\u0000${name}`) ?? [];
    const others = all.filter((l) => l.uri !== ctx.doc.uri);
    if (others.length === 0) return;
    ctx.report({
      start: entry.valueStart,
      end: entry.valueEnd,
      message: `Another agent in this scope is also named \`${name}\` (${others.length === 1 ? '1 other file' : `${others.length} other files`}); Claude Code loads only one of them.`,
      related: others.map((location) => ({ location, message: `Also named \`${name}\`` })),
    });
  },
};
