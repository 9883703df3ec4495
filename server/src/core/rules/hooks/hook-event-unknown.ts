import { eventsObject } from '../../plugins/hooks';
import { renameKey } from '../../plugins/json';
import { HOOK_EVENTS } from '../../spec/hooks';
import { didYouMean } from '../../text/similarity';
import type { Rule } from '../types';

export const hookEventUnknown: Rule = {
  id: 'hook-event-unknown',
  description: 'A hook event name Claude Code does not know: its hooks never run.',
  severity: 'warning',
  kinds: ['hooks', 'plugin-manifest'],
  fixable: true,
  consequence: {
    text: 'An event name Claude Code does not know is ignored at run time: its hooks never run.',
    evidence: ['Claude Code 2.1.332 binary: the hook events it knows (spec/hooks.ts, checked by `npm run spec:check`)'],
  },
  docs: `Hooks are keyed by event name (\`PreToolUse\`, \`PostToolUse\`, \`Stop\`, \`SessionStart\` …), in
exactly Claude Code's spelling; an unknown event is ignored at run time, so its hooks never run.

\`\`\`json
{ "hooks": { "preToolUse": [{ "hooks": [{ "type": "command", "command": "./check.sh" }] }] } }
\`\`\`

The fix offered renames it to the closest event. Checked in \`hooks/hooks.json\` and in a
plugin.json's inline \`hooks\`.`,
  check(ctx) {
    const events = eventsObject(ctx.doc);
    if (!events) return;
    for (const event of events.properties) {
      if (HOOK_EVENTS.includes(event.key)) continue;
      const suggestion = didYouMean(event.key, HOOK_EVENTS);
      const taken = suggestion !== undefined && events.properties.some((p) => p.key === suggestion);
      ctx.report({
        start: event.keyStart,
        end: event.keyEnd,
        message: `\`${event.key}\` is not a hook event${suggestion ? `: did you mean \`${suggestion}\`?` : '.'} Claude Code ignores these hooks.`,
        ...(suggestion && !taken ? { fixes: [ctx.fix(`Rename to \`${suggestion}\``, [renameKey(event, suggestion)])] } : {}),
      });
    }
  },
};
