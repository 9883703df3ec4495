import { field } from '../../document/parse';
import { scalarString } from '../../document/yamlFields';
import { AGENT_FIELDS } from '../../spec/claudeCode';
import { closest, sameLetters } from '../../text/similarity';
import type { Rule } from '../types';
import { replaceValue } from '../../fields/edits';
import { valueSpan } from '../../fields/spans';

/** Enum fields with their own rules (model IDs, colour names) are left to those. */
const FIELDS = AGENT_FIELDS.filter((f) => f.type === 'enum' && f.values && f.name !== 'model' && f.name !== 'color');

/** Words people write for an effort level, mapped to the documented one. */
const SYNONYMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  effort: {
    balanced: 'medium',
    normal: 'medium',
    moderate: 'medium',
    fast: 'low',
    quick: 'low',
    minimal: 'low',
    thorough: 'high',
    maximum: 'max',
    highest: 'max',
  },
  memory: { global: 'user', personal: 'user', home: 'user', repo: 'project', repository: 'project', team: 'project', shared: 'project', private: 'local' },
  permissionMode: { acceptedits: 'acceptEdits', bypass: 'bypassPermissions', dontask: 'dontAsk' },
};

/** The documented value an unknown one most likely means, when that is clear. */
export function suggestEnum(fieldName: string, value: string, values: readonly string[]): string | undefined {
  return sameLetters(value, values) ?? SYNONYMS[fieldName]?.[value.toLowerCase().replace(/[-_\s]/g, '')] ?? closest(value, values);
}

export const agentEnumValue: Rule = {
  id: 'agent-enum-value',
  description: '`permissionMode`, `memory`, `effort` and `isolation` accept only their documented values.',
  severity: 'warning',
  kinds: ['agent'],
  fixable: true,
  consequence: {
    text: 'An unknown `permissionMode`, `memory`, `effort` or `isolation` is ignored with a debug-log line: the agent runs with the default.',
    evidence: ['Claude Code 2.1.332 binary, agent loaders: "has invalid permissionMode / memory value / effort / isolation value … Valid options: …"'],
  },
  docs: `These agent fields take one of a fixed set of values:

| field | values |
|---|---|
${FIELDS.map((f) => `| \`${f.name}\` | ${f.values!.map((v) => `\`${v}\``).join(', ')} |`).join('\n')}

\`\`\`yaml
permissionMode: AcceptEdits   # → acceptEdits (values are case-sensitive)
effort: balanced              # → medium
memory: global                # → user (the scope shared by all your projects)
isolation: container          # no clear match: only worktree exists
\`\`\`

An unknown value is a warning (the spec grows; an error is reserved for what Claude Code rejects).
The preferred fix applies when the intended value is clear: a case slip, a close misspelling or a
common synonym.`,
  check(ctx) {
    for (const spec of FIELDS) {
      const entry = field(ctx.doc, spec.name);
      if (!entry?.value) continue;
      const value = scalarString(entry.value)?.trim();
      const values = spec.values!;
      if (value !== undefined && values.includes(value)) continue;
      // Claude Code lowercases `effort` before it looks the value up, reads `med` as `medium`, and
      // takes any whole number (spec/claudeCode.ts).
      if (spec.name === 'effort' && value !== undefined && (values.includes(value.toLowerCase()) || value.toLowerCase() === 'med' || /^\d+$/.test(value)))
        continue;
      const suggestion = value ? suggestEnum(spec.name, value, values) : undefined;
      ctx.report({
        ...valueSpan(entry),
        message: `Unknown \`${spec.name}\` value${value !== undefined ? ` \`${value}\`` : ''}: expected ${values.map((v) => `\`${v}\``).join(', ')}${suggestion ? `; did you mean \`${suggestion}\`?` : '.'}`,
        ...(suggestion ? { fixes: [replaceValue(ctx, entry, suggestion, true)] } : {}),
      });
    }
  },
};
