import { fieldsOf } from '../../document/parse';
import { isScalar, scalarString } from '../../document/yamlFields';
import { COMMAND_FIELDS, SKILL_BOOLEAN_WORDS, SKILL_FIELDS, type FieldSpec } from '../../spec/claudeCode';
import { didYouMean } from '../../text/similarity';
import type { Fix } from '../../types';
import type { Rule, RuleContext } from '../types';
import { hasCleanFrontmatter } from '../../fields/health';

const BY_KIND = {
  skill: new Map(SKILL_FIELDS.map((f) => [f.name, f])),
  command: new Map(COMMAND_FIELDS.map((f) => [f.name, f])),
};

export const skillFieldValue: Rule = {
  id: 'skill-field-value',
  description: 'Values of skill and command fields: booleans, `context`, `shell`, `effort`, `model`.',
  severity: 'warning',
  kinds: ['skill', 'command'],
  fixable: true,
  consequence: {
    text: 'An unrecognised value is ignored (a boolean, `context`, `effort`) or replaced (`shell` falls back to bash, with a debug-log line): the skill loads without that setting.',
    evidence: [
      "validator (`claude plugin validate`, 2.1.332): \"shell must be 'bash' or 'powershell', got 'zsh'.\"",
      'Claude Code 2.1.332 binary: "Frontmatter \'shell: …\' … is not recognized … Falling back to bash."',
      'Claude Code docs: skills.md',
    ],
  },
  docs: `Checks the value of each documented skill or command field against what Claude Code accepts:
booleans (\`true\`/\`false\`, and since v2.1.218 \`yes\`/\`no\`/\`on\`/\`off\`/\`1\`/\`0\` in any case),
\`context\` (\`fork\`), \`shell\` (\`bash\`, \`powershell\`), \`effort\` (\`low\` … \`max\`) and \`model\`
(an alias, \`inherit\` or a full model ID). An unrecognised value is a warning with the closest valid
value as a fix; Claude Code ignores it or falls back to the default.

\`\`\`yaml
disable-model-invocation: maybe   # a boolean: true or false
context: forked                   # → fork
effort: Medium                    # → medium
shell: zsh                        # bash or powershell
\`\`\``,
  check(ctx) {
    if (!hasCleanFrontmatter(ctx.doc)) return;
    const specs = ctx.doc.kind === 'skill' ? BY_KIND.skill : BY_KIND.command;
    for (const f of fieldsOf(ctx.doc)) {
      const spec = specs.get(f.key);
      if (!spec || !f.value) continue;
      if (spec.type === 'boolean') checkBoolean(ctx, spec, f.value, f.valueStart, f.valueEnd);
      else if (spec.type === 'enum') checkEnum(ctx, spec, f.value, f.valueStart, f.valueEnd);
    }
  },
};

type ValueNode = NonNullable<ReturnType<typeof fieldsOf>[number]['value']>;

function checkBoolean(ctx: RuleContext, spec: FieldSpec, node: ValueNode, start: number, end: number): void {
  const text = isScalar(node) ? scalarString(node) : undefined;
  if (text !== undefined && (SKILL_BOOLEAN_WORDS as readonly string[]).includes(text.toLowerCase())) return;
  ctx.report({ start, end, message: `\`${spec.name}\` takes a boolean: \`true\` or \`false\` (also yes/no, on/off, 1/0).` });
}

function checkEnum(ctx: RuleContext, spec: FieldSpec, node: ValueNode, start: number, end: number): void {
  const values = spec.values ?? [];
  const text = isScalar(node) ? scalarString(node) : undefined;
  if (text === undefined) {
    ctx.report({ start, end, message: `\`${spec.name}\` takes one value: ${values.map((v) => `\`${v}\``).join(', ')}.` });
    return;
  }
  if (values.includes(text) || spec.pattern?.test(text)) return;
  // Claude Code trims and lowercases `shell` and `effort` before it looks them up; `effort` also
  // takes `med` and any whole number.
  const lower = text.trim().toLowerCase();
  if ((spec.name === 'shell' || spec.name === 'effort') && values.includes(lower)) return;
  if (spec.name === 'effort' && (lower === 'med' || /^\d+$/.test(lower))) return;
  const suggestion = didYouMean(text, values);
  const fixes: Fix[] = suggestion
    ? [ctx.fix(`Change to \`${suggestion}\``, [{ start, end, newText: suggestion }], suggestion.toLowerCase() === text.toLowerCase())]
    : [];
  const accepted = values.map((v) => `\`${v}\``).join(', ') + (spec.pattern ? ', or a full model ID such as `claude-opus-5`' : '');
  const cost = spec.name === 'shell' ? ' It runs the shell commands with bash instead.' : '';
  ctx.report({
    start,
    end,
    message: `Unknown \`${spec.name}\` value \`${text}\`: Claude Code accepts ${accepted}.${cost}${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
    fixes,
  });
}
