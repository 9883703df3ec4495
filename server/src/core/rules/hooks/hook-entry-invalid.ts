import { describeType, get, lastProperty, type JsonNode } from '../../json/model';
import { eventsObject } from '../../plugins/hooks';
import { rootObject, spanOf } from '../../plugins/json';
import { checkField, type ShapeProblem } from '../../plugins/shapes';
import { HOOK_EVENTS } from '../../spec/hooks';
import { HOOK_TYPES, PERMISSION_GUARD_EVENTS } from '../../spec/plugins';
import type { Rule } from '../types';

const TYPES = HOOK_TYPES.map((t) => t.type);

export const hookEntryInvalid: Rule = {
  id: 'hook-entry-invalid',
  description: 'A hook configuration Claude Code cannot load: the entry is ignored, or for PreToolUse and PermissionRequest the whole file.',
  severity: 'warning',
  kinds: ['hooks', 'plugin-manifest'],
  fixable: false,
  consequence: {
    text: 'A hook entry Claude Code cannot load is ignored, and for PreToolUse and PermissionRequest guards the whole hooks file is refused.',
    evidence: ['validator (`claude plugin validate`, 2.1.332): hook schema errors and "declared at the top level, outside the \\"hooks\\" object"'],
  },
  docs: `A hooks file is \`{ "hooks": { "<Event>": [ { "matcher": "…", "hooks": [ { "type": …, … } ] } ] } }\`.
Each event holds an array of matcher groups; each group an optional string \`matcher\` and a
\`hooks\` array; each entry a \`type\` (${TYPES.map((t) => `\`${t}\``).join(', ')}) and that type's fields
(\`command\` for \`command\`, \`prompt\` for \`prompt\` and \`agent\`, \`url\` for \`http\`, \`server\` and
\`tool\` for \`mcp_tool\`; \`timeout\` is a number of seconds).

\`\`\`json
{ "hooks": { "Stop": [{ "hooks": [{ "type": "command", "timeout": "30" }] }] } }
\`\`\`

Claude Code ignores an entry it cannot load (a warning). Under \`PreToolUse\` and
\`PermissionRequest\` such an entry may be what guards permissions, so Claude Code applies nothing
from the file until it is fixed (an error). A hooks file without a \`hooks\` object is refused.`,
  check(ctx) {
    const root = ctx.doc.json?.root;
    if (!root) return;
    const object = rootObject(ctx.doc);
    if (ctx.doc.kind === 'hooks') {
      if (!object) {
        ctx.report({ ...spanOf(root), severity: 'error', message: `A hooks file must hold an object, not ${describeType(root)}: Claude Code refuses it.` });
        return;
      }
      const hooks = lastProperty(object, 'hooks');
      const strays = object.properties.filter((p) => HOOK_EVENTS.includes(p.key));
      for (const stray of strays) {
        ctx.report({
          start: stray.keyStart,
          end: stray.keyEnd,
          severity: 'error',
          message: `\`${stray.key}\` is outside the \`hooks\` object: Claude Code refuses the file. Move it under \`"hooks"\`.`,
        });
      }
      if (!hooks && !get(object, 'modules')) {
        ctx.report({
          ...spanOf(object),
          severity: 'error',
          message: 'A hooks file must have a `hooks` object (event names → matcher groups): Claude Code refuses it.',
        });
      } else if (hooks?.value && hooks.value.type !== 'object') {
        ctx.report({
          ...spanOf(hooks.value),
          severity: 'error',
          message: `\`hooks\` must be an object of event names, not ${describeType(hooks.value)}: Claude Code refuses the file.`,
        });
      }
    }
    const events = eventsObject(ctx.doc);
    if (!events) return;
    for (const event of events.properties) {
      if (!HOOK_EVENTS.includes(event.key) || !event.value) continue;
      const guard = PERMISSION_GUARD_EVENTS.includes(event.key);
      const report = (node: JsonNode, what: string) =>
        ctx.report({
          ...spanOf(node),
          severity: guard ? 'error' : 'warning',
          message: guard
            ? `${what} Claude Code applies nothing from this file until it is fixed: a ${event.key} hook that cannot load may be what guards permissions.`
            : `${what} Claude Code ignores this entry.`,
        });
      if (event.value.type !== 'array') {
        report(event.value, `\`${event.key}\` must be an array of matcher groups, not ${describeType(event.value)}.`);
        continue;
      }
      event.value.items.forEach((group) => {
        if (group.type !== 'object') return report(group, `A matcher group must be an object, not ${describeType(group)}.`);
        const matcher = get(group, 'matcher');
        if (matcher && matcher.type !== 'string') report(matcher, `\`matcher\` must be a string, not ${describeType(matcher)}.`);
        const hooks = get(group, 'hooks');
        if (hooks?.type !== 'array') return report(hooks ?? group, `A matcher group needs a \`hooks\` array${hooks ? `, not ${describeType(hooks)}` : ''}.`);
        hooks.items.forEach((entry) => {
          if (entry.type !== 'object') return report(entry, `A hook entry must be an object, not ${describeType(entry)}.`);
          const type = get(entry, 'type');
          const spec = type?.type === 'string' ? HOOK_TYPES.find((t) => t.type === type.value) : undefined;
          if (!spec) {
            const written = type?.type === 'string' ? `"${type.value}"` : describeType(type);
            return report(
              type ?? entry,
              `A hook entry needs a \`type\` of ${TYPES.map((t) => `\`${t}\``).join(', ')}; ${type ? `${written} is not one` : 'it has none'}.`,
            );
          }
          const problems: ShapeProblem[] = [];
          for (const field of spec.fields) checkField(field, entry, '', problems);
          for (const p of problems) report(p.node === entry ? (type ?? entry) : p.node, `${p.message.replace(/\.$/, '')} (\`${spec.type}\` hook).`);
        });
      });
    }
  },
};
