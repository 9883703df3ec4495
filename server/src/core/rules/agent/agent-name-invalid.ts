import { WORKSPACE_PLUGINS_KEY } from '../../files/workspaceFiles';
import { field } from '../../document/parse';
import { isScalar } from '../../document/yamlFields';
import { doubleQuote } from '../../fields/repair';
import { fileStem, loadAgent, MAX_AGENT_NAME, plainValue } from '../../agents/loading';
import { deriveAgentName, toKebabName } from '../../text/names';
import { yamlBroken } from '../../fields/health';
import type { Rule } from '../types';

export const agentNameInvalid: Rule = {
  id: 'agent-name-invalid',
  description: 'An agent `name` that is empty, not text, starts with `-`, holds `:` or is over 256 characters: a project or user agent does not load.',
  severity: 'error',
  kinds: ['agent'],
  // Which plugin the file belongs to decides what a lost frontmatter costs.
  dependsOn: [WORKSPACE_PLUGINS_KEY],
  fixable: true,
  consequence: {
    text: 'A project or user agent is refused (only a debug-log line says why) when its `name` is empty, not text, starts with `-`, contains `:` or is over 256 characters. A plugin agent loads anyway: under the value as text (`123`), or under its file name when the name is empty or too long (warning).',
    evidence: [
      'Claude Code 2.1.332 binary, project agent loader: "Missing required \\"name\\" field", "names must not start with \\"-\\"", "names must be at most 256 characters", "names must not contain \\":\\" (reserved for plugin namespacing)"',
      'validator (`claude plugin validate`, 2.1.332): "name must be a string, got number."',
      'Claude Code 2.1.332 binary, plugin agent loader: the name is `String(name)` when 256 characters or fewer, else the file name',
    ],
  },
  docs: `Claude Code refuses a project or user agent whose \`name\` is not usable, writing the reason only
to its debug log:

\`\`\`yaml
name: my-plugin:reviewer   # ":" is reserved for plugin-scoped names
name: -reviewer            # may not start with "-"
name: 2024                 # a number, not text
name:                      # empty: the file is taken for documentation
\`\`\`

A plugin agent still loads: a number or list as its text, an empty or over-long name as the file
name, a leading \`-\` or a \`:\` as written (which makes its scoped name \`plugin:my:reviewer\`
ambiguous). That is a warning.

Fixes: a number or boolean is quoted, keeping its text (preferred). Otherwise the name is rewritten
in lowercase letters, digits and hyphens (the part after the last colon, without leading hyphens, or
derived from the file name); preferred for project agents, offered for plugin agents, where a new
name changes what other files call the agent.`,
  check(ctx) {
    if (yamlBroken(ctx.doc)) return; // yaml-syntax explains; a broken value's range is not reliable
    const entry = field(ctx.doc, 'name');
    if (!entry) return;
    const value = plainValue(ctx.doc, 'name');
    const loaded = loadAgent(ctx.doc, ctx.files);
    const plugin = loaded.place.scope === 'plugin';
    const text = typeof value === 'string' ? value : undefined;
    let problem: string;
    let suggested: string;
    let quote = false;
    if (value === null || value === '' || value === undefined) {
      problem = 'is empty';
      suggested = plugin ? fileStem(ctx.doc.uri) : deriveAgentName(ctx.doc.uri);
    } else if (text === undefined) {
      quote = entry.value !== null && isScalar(entry.value);
      problem = `is not text but ${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a map' : `a ${typeof value}`}`;
      suggested = quote ? String(value) : deriveAgentName(ctx.doc.uri);
    } else if (text.normalize('NFKC').includes(':')) {
      problem = 'contains `:`, which is reserved for plugin-scoped names';
      suggested = toKebabName(text.slice(text.lastIndexOf(':') + 1)) || deriveAgentName(ctx.doc.uri);
    } else if (text.startsWith('-')) {
      problem = 'starts with `-`';
      suggested = toKebabName(text) || deriveAgentName(ctx.doc.uri);
    } else if (text.length > MAX_AGENT_NAME) {
      problem = `is over ${MAX_AGENT_NAME} characters`;
      suggested = deriveAgentName(ctx.doc.uri);
    } else return;
    const cost = plugin
      ? `as a plugin agent it loads as \`${loaded.name}\``
      : loaded.place.scope === 'project'
        ? 'Claude Code does not load this agent'
        : 'as a project or user agent Claude Code does not load it';
    const hasValue = entry.valueEnd > entry.valueStart;
    const newText = quote ? doubleQuote(suggested) : suggested;
    ctx.report({
      severity: plugin ? (problem === 'is empty' ? 'information' : 'warning') : 'error',
      start: hasValue ? entry.valueStart : entry.keyStart,
      end: hasValue ? entry.valueEnd : entry.keyEnd,
      message: `Agent \`name\` ${problem}: ${cost}.`,
      fixes: [
        ctx.fix(
          quote ? `Quote the name: \`${newText}\`` : `Change the name to \`${suggested}\``,
          [
            hasValue
              ? { start: entry.valueStart, end: entry.valueEnd, newText }
              : { start: entry.keyEnd + 1, end: entry.keyEnd + 1 + trailingBlanks(ctx.doc.text, entry.keyEnd + 1), newText: ` ${newText}` },
          ],
          quote || !plugin || suggested === loaded.name,
        ),
      ],
    });
  },
};

/** Blanks after `name:` up to the end of its line (none when a comment follows them). */
function trailingBlanks(text: string, from: number): number {
  const m = /^[ \t]*(?=\r|\n|$)/.exec(text.slice(from));
  return m ? m[0].length : 0;
}
