import { fieldsOf } from '../../document/parse';
import { isFlatSkill } from '../../framework/claudeMpmKinds';
import { mpmFields, mpmKnowsField, mpmNeedsField } from '../../framework/claudeMpmFields';
import { isScalar, type FieldEntry } from '../../document/yamlFields';
import { AGENT_SKILLS_FIELDS, SKILL_FIELDS } from '../../spec/claudeCode';
import type { Fix } from '../../types';
import type { OffsetEdit, Rule, RuleContext } from '../types';
import { namesATool, suggestField } from '../../fields/suggest';
import { moveUnderMetadata } from '../../skills/moveToMetadata';
import { hasCleanFrontmatter } from '../../fields/health';
import { listEntries } from '../../fields/lists';
import { removalEdit, removeField } from '../../fields/edits';
import { isPortable } from '../../skills/target';

const CLAUDE_CODE = new Set(SKILL_FIELDS.map((f) => f.name));
const PORTABLE = new Set(AGENT_SKILLS_FIELDS.map((f) => f.name));
/** Fields whose rename changes what runs without a permission prompt. */
const TOOL_GRANTS = new Set(['allowed-tools', 'disallowed-tools']);

export const skillUnknownField: Rule = {
  id: 'skill-unknown-field',
  description: 'A SKILL.md frontmatter key the target does not know: ignored by Claude Code, an upload error for the Agent Skills specification.',
  severity: 'warning',
  kinds: ['skill'],
  fixable: true,
  consequence: {
    text: 'Claude Code ignores a skill field it does not know (a misspelt `allowed_tools` grants nothing); the Agent Skills specification refuses the upload.',
    evidence: [
      'Claude Code docs: skills.md (frontmatter reference)',
      'Agent Skills specification (agentskills.io): only name, description, license, compatibility, metadata, allowed-tools',
    ],
  },
  docs: `Claude Code ignores frontmatter keys it does not know, so a misspelt \`allowed_tools\` silently
grants nothing: a warning, with a fix that renames the key to the field it resembles (preferred,
except into \`allowed-tools\`/\`disallowed-tools\`: fix-all never changes which tools run without a
permission prompt; \`tools: [claude, cursor]\` listing products is not taken for a tool field).
Other keys (\`version\`, \`tags\`, \`author\`, a collection's own data) do no harm; they get one hint
per file, shown greyed out, with fixes that move them under \`metadata\` (the documented place for
your own data) or remove them.

With \`skills.target\` set to \`agent-skills\`, the target is the portable specification, which
allows only \`name\`, \`description\`, \`license\`, \`compatibility\`, \`metadata\` and
\`allowed-tools\`: packaging and upload fail with "Unexpected key(s) in SKILL.md frontmatter", so
every other key (Claude Code's own fields included) is an error, one per key. The preferred fix moves
such keys under \`metadata\`, their values kept as strings.

In a claude-mpm project, its skill fields (\`version\`, \`category\`, \`progressive_disclosure\`,
\`tags\`, ...; a flat skill's \`skill_id\`, \`skill_version\`, \`updated_at\`) are known: not reported
for Claude Code, and never moved under \`metadata\` by a fix, since claude-mpm's skill validator
requires \`version\`, \`category\` and \`progressive_disclosure\` at the top level (see
docs/claude-mpm.md).

\`\`\`yaml
# .claude/skills/review/SKILL.md
allowed_tools: Read, Grep   # ignored: did you mean allowed-tools?
version: 1.2.0              # your own data: keep it under metadata
\`\`\``,
  check(ctx) {
    if (!hasCleanFrontmatter(ctx.doc)) return;
    const portable = isPortable(ctx);
    const known = portable ? PORTABLE : CLAUDE_CODE;
    const present = new Set(fieldsOf(ctx.doc).map((f) => f.key));
    // claude-mpm reads its own fields: Claude Code's ignoring them is no news there.
    const unknown = fieldsOf(ctx.doc).filter((f) => !known.has(f.key) && (portable || !mpmKnowsField(ctx.doc, f.key)));
    if (unknown.length === 0) return;
    const names = ctx.doc.framework === 'claude-mpm' ? [...known, ...mpmFields('skill', isFlatSkill(ctx.doc.uri)).map((m) => m.name)] : [...known];
    // For Claude Code, each key's suggestion is worked out once, for the filter below and the report.
    const suggestions = portable ? undefined : new Map(unknown.map((f) => [f, suggestion(ctx, f, names)]));
    // Misspelt fields are renamed, not moved, unless the target has no such field; keys claude-mpm
    // requires at the top level never move.
    const movable = unknown.filter((f) => (f.value === null || isScalar(f.value)) && !mpmNeedsField(ctx.doc, f.key) && !suggestions?.get(f));
    const moveAll = movable.length ? moveUnderMetadata(ctx, movable) : undefined;
    if (suggestions) {
      reportForClaudeCode(ctx, unknown, movable, moveAll, present, suggestions);
      return;
    }
    unknown.forEach((f, i) => {
      const fixes: Fix[] = [];
      const suggested = suggestion(ctx, f, [...known]);
      if (suggested && !present.has(suggested)) fixes.push(ctx.fix(`Rename to \`${suggested}\``, [{ start: f.keyStart, end: f.keyEnd, newText: suggested }]));
      if (moveAll && movable.includes(f)) {
        // Only the first finding's fix is preferred, so fix-all moves the keys once.
        const title = movable.length === 1 ? `Move \`${f.key}\` under \`metadata\`` : `Move ${movable.length} unknown keys under \`metadata\``;
        fixes.push(ctx.fix(title, moveAll, i === unknown.indexOf(movable[0]!)));
      }
      fixes.push(removeField(ctx, f));
      ctx.report({ start: f.keyStart, end: f.keyEnd, message: message(f.key, suggested), severity: 'error', fixes });
    });
  },
};

/**
 * For Claude Code: a misspelt field gets its own warning with a preferred rename; the other keys
 * (`version`, `tags`, `author`: a collection's own data) are harmless, so they get one hint for the
 * file (shown greyed out), since they are one decision: keep them under `metadata`, or remove them.
 */
function reportForClaudeCode(
  ctx: RuleContext,
  unknown: readonly FieldEntry[],
  movable: readonly FieldEntry[],
  moveAll: OffsetEdit[] | undefined,
  present: ReadonlySet<string>,
  suggestions: ReadonlyMap<FieldEntry, string | undefined>,
): void {
  const extra: FieldEntry[] = [];
  for (const f of unknown) {
    const suggested = suggestions.get(f);
    if (!suggested) {
      extra.push(f);
      continue;
    }
    const fixes: Fix[] = [];
    // A rename is fix-all's choice only when the intended field is not already there, and never
    // into a permission grant: `allowed-tools` lets tools run without asking.
    const preferred = !TOOL_GRANTS.has(suggested);
    if (!present.has(suggested)) fixes.push(ctx.fix(`Rename to \`${suggested}\``, [{ start: f.keyStart, end: f.keyEnd, newText: suggested }], preferred));
    fixes.push(removeField(ctx, f));
    ctx.report({
      start: f.keyStart,
      end: f.keyEnd,
      message: `Unknown skill field \`${f.key}\`: ${ctx.doc.framework === 'claude-mpm' ? 'neither Claude Code nor claude-mpm reads it' : 'Claude Code ignores it'}. Did you mean \`${suggested}\`?`,
      severity: 'warning',
      fixes,
    });
  }
  const first = extra[0];
  if (!first) return;
  const list = extra.map((f) => `\`${f.key}\``);
  const keys = list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
  const fixes: Fix[] = [];
  if (moveAll)
    fixes.push(ctx.fix(movable.length === 1 ? `Move \`${movable[0]!.key}\` under \`metadata\`` : `Move ${movable.length} keys under \`metadata\``, moveAll));
  fixes.push(
    ctx.fix(
      extra.length === 1 ? `Remove \`${first.key}\`` : `Remove ${extra.length} keys`,
      extra.map((f) => removalEdit(ctx.doc, f)),
    ),
  );
  ctx.report({
    start: first.keyStart,
    end: first.keyEnd,
    // Harmless: the editor greys the key out rather than listing a problem for each skill of a collection.
    severity: 'hint',
    tags: ['unnecessary'],
    message: `Claude Code ignores ${extra.length === 1 ? 'the skill field' : `${extra.length} skill fields:`} ${keys}. Keep your own data under \`metadata\`.`,
    related: extra
      .slice(1)
      .map((f) => ({ location: { uri: ctx.doc.uri, range: ctx.doc.lines.range(f.keyStart, f.keyEnd) }, message: `\`${f.key}\` is ignored too` })),
    fixes,
  });
}

function message(key: string, suggestion: string | undefined): string {
  const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
  const what = CLAUDE_CODE.has(key)
    ? 'is a Claude Code extension, not allowed by the Agent Skills specification'
    : 'is not allowed by the Agent Skills specification';
  return `\`${key}\` ${what}: packaging and upload fail with "Unexpected key(s) in SKILL.md frontmatter". Allowed: ${[...PORTABLE].join(', ')}.${hint}`;
}

/** The field a key most likely means; a tool-list key only when its value names a tool. */
function suggestion(ctx: RuleContext, f: FieldEntry, names: readonly string[]): string | undefined {
  const s = suggestField(f.key, names);
  if ((s === 'allowed-tools' || s === 'disallowed-tools') && !namesATool(listEntries(ctx.doc, f, { spaceSeparated: true }))) return undefined;
  return s;
}
