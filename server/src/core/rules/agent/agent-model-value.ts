import { field } from '../../document/parse';
import { scalarString } from '../../document/yamlFields';
import { MODEL_ALIASES, MODEL_ID_PATTERN } from '../../spec/claudeCode';
import { closest } from '../../text/similarity';
import type { Rule } from '../types';
import { replaceValue } from '../../fields/edits';
import { valueSpan } from '../../fields/spans';

const FAMILY = /\b(sonnet|opus|haiku|fable)\b/i;

/** The alias a model value most likely means: `Claude Sonnet 4.5` → `sonnet`, `Opus` → `opus`. */
export function suggestModel(value: string): string | undefined {
  const lower = value.toLowerCase();
  if ((MODEL_ALIASES as readonly string[]).includes(lower)) return lower;
  if (MODEL_ID_PATTERN.test(lower)) return lower;
  const family = FAMILY.exec(value)?.[1];
  if (family) return family.toLowerCase();
  return closest(value, MODEL_ALIASES);
}

export const agentModelValue: Rule = {
  id: 'agent-model-value',
  description: '`model` must be an alias (`sonnet`, `opus`, `haiku`, `fable`, `inherit`) or a full model ID.',
  severity: 'warning',
  kinds: ['agent'],
  fixable: true,
  consequence: {
    text: "Claude Code passes `model` on as written (an alias is resolved, `inherit` uses the session's model); a display name such as `Claude Sonnet 4.5` is no model the API knows, so the agent fails when it runs.",
    evidence: [
      'Claude Code 2.1.332 binary, agent loaders: `model` kept as the trimmed string',
      'Claude Code 2.1.332 binary: API answers "invalid model name" for an unknown model',
      'Claude Code docs: model-config.md (aliases and model IDs)',
    ],
  },
  docs: `\`model\` accepts the aliases \`sonnet\`, \`opus\`, \`haiku\`, \`fable\` and \`inherit\` (the default), or
a full model ID such as \`claude-opus-5\` or \`claude-sonnet-4-20250514\`, the same values as the
\`--model\` flag. Display names copied from a model picker are not model IDs:

\`\`\`yaml
model: Claude Sonnet 4.5            # → sonnet
model: Claude Sonnet 4.5 (copilot)  # → sonnet (another product's naming)
model: Opus                         # → opus (aliases are lowercase)
model: gpt-4.1                      # not a Claude model: no suggestion
\`\`\`

The preferred fix replaces a display name or a miscased alias with the family alias. A value with no
recognisable family gets no fix. It is a warning, not an error, because new model IDs appear faster
than any list: only values that are neither an alias nor shaped like a Claude model ID are reported.`,
  check(ctx) {
    const entry = field(ctx.doc, 'model');
    if (!entry?.value) return;
    const value = scalarString(entry.value)?.trim();
    if (value !== undefined && ((MODEL_ALIASES as readonly string[]).includes(value) || MODEL_ID_PATTERN.test(value))) return;
    const suggestion = value ? suggestModel(value) : undefined;
    ctx.report({
      ...valueSpan(entry),
      message:
        value === undefined
          ? '`model` must be a single string: an alias or a full model ID.'
          : `Unknown model \`${value}\`: use \`sonnet\`, \`opus\`, \`haiku\`, \`fable\`, \`inherit\` or a full model ID${suggestion ? `; did you mean \`${suggestion}\`?` : '.'}`,
      ...(suggestion ? { fixes: [replaceValue(ctx, entry, suggestion, true)] } : {}),
    });
  },
};
