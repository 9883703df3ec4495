import { fieldsOf } from '../../document/parse';
import { isScalar } from '../../document/yamlFields';
import { isFlatSkill } from '../../framework/claudeMpmKinds';
import { MPM_SKILL_VERSION, MPM_VERSION } from '../../spec/claudeMpm';
import { hasCleanFrontmatter } from '../../fields/health';
import type { Rule } from '../types';

/** The version keys of each kind of claude-mpm document and the pattern each must match. */
function versionKeys(kind: string, flat: boolean): Readonly<Record<string, RegExp>> {
  if (kind === 'skill') return flat ? { skill_version: MPM_VERSION } : { version: MPM_SKILL_VERSION };
  if (kind === 'agent')
    return { version: MPM_VERSION, base_version: MPM_VERSION, schema_version: MPM_VERSION, agent_version: MPM_VERSION, template_version: MPM_VERSION };
  return {};
}

/** `v1.2` → `1.2.0`: what claude-mpm's own correction makes of a near-miss, or undefined. */
export function padVersion(text: string): string | undefined {
  const m = /^[vV]?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return undefined;
  return `${m[1]}.${m[2] ?? '0'}.${m[3] ?? '0'}`;
}

export const mpmVersionFormat: Rule = {
  id: 'mpm-version-format',
  description: 'A claude-mpm version field is not `MAJOR.MINOR.PATCH`.',
  severity: 'warning',
  kinds: ['agent', 'skill'],
  fixable: true,
  consequence: {
    text: 'claude-mpm compares versions to decide what to deploy and update; its validators refuse a version that is not MAJOR.MINOR.PATCH.',
    evidence: ["claude-mpm's SKILL.md format specification (rule 9) and its frontmatter and template schemas"],
  },
  docs: `claude-mpm compares versions to decide what to deploy and update, and its validators check
their form: a folder skill's \`version\` must match \`MAJOR.MINOR.PATCH\` with an optional \`-suffix\`
(rule 9 of its SKILL.md specification, "Invalid version format"); a flat skill's \`skill_version\`
and an agent's \`version\`, \`base_version\`, \`schema_version\`, \`agent_version\` and
\`template_version\` must be \`MAJOR.MINOR.PATCH\` (its frontmatter and template schemas).

\`\`\`yaml
version: v2.1      # reported; the fix writes 2.1.0
version: 1.0       # YAML reads a number here; the fix writes 1.0.0
version: 2.2.0     # fine
\`\`\`

The preferred fix does what claude-mpm's own frontmatter correction does: it drops a \`v\` prefix and
pads a one- or two-part version with zeros. Only in claude-mpm projects (see docs/claude-mpm.md).`,
  check(ctx) {
    const { doc } = ctx;
    if (doc.framework !== 'claude-mpm' || !hasCleanFrontmatter(doc)) return;
    const keys = versionKeys(doc.kind, isFlatSkill(doc.uri));
    for (const f of fieldsOf(doc)) {
      const pattern = keys[f.key];
      if (!pattern || !f.value || !isScalar(f.value)) continue;
      const raw = doc.text.slice(f.valueStart, f.valueEnd);
      const quoted = /^(["']).*\1$/s.test(raw);
      const text = quoted ? raw.slice(1, -1) : raw;
      if (pattern.test(text)) continue;
      const start = f.valueStart + (quoted ? 1 : 0);
      const end = f.valueEnd - (quoted ? 1 : 0);
      const padded = padVersion(text);
      const number = !quoted && typeof f.value.value === 'number' ? ' (YAML reads it as a number)' : '';
      ctx.report({
        start,
        end,
        message: `\`${f.key}: ${text}\`${number} is not a claude-mpm version: write \`MAJOR.MINOR.PATCH\`${padded ? `, such as \`${padded}\`` : ''}.`,
        ...(padded ? { fixes: [ctx.fix(`Change to \`${padded}\``, [{ start, end, newText: padded }], true)] } : {}),
      });
    }
  },
};
