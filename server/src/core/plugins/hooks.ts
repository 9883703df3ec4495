import type { ParsedDocument } from '../document/parse';
import { get, lastProperty, type JsonNode, type JsonObject, type JsonProperty, type JsonString } from '../json/model';
import { rootObject } from './json';

/** One hook entry (`{"type": "command", "command": …}`) with where it sits. */
export interface HookEntry {
  readonly event: JsonProperty;
  /** The matcher group (`{"matcher": …, "hooks": [ … ]}`) and its index under the event. */
  readonly group: JsonObject;
  readonly groupIndex: number;
  readonly entry: JsonObject;
  readonly entryIndex: number;
}

/**
 * The object that maps event names to matcher groups: `hooks` of a hooks file, or a plugin.json's
 * inline `hooks` object, which is that map itself (an inner `"hooks"` key there is read as an event).
 */
export function eventsObject(doc: ParsedDocument): JsonObject | undefined {
  const root = rootObject(doc);
  if (!root || (doc.kind !== 'hooks' && doc.kind !== 'plugin-manifest')) return undefined;
  const hooks = get(root, 'hooks');
  return hooks?.type === 'object' ? hooks : undefined;
}

/** Every hook entry that is an object, in source order. */
export function hookEntries(events: JsonObject): HookEntry[] {
  const out: HookEntry[] = [];
  for (const event of events.properties) {
    if (event.value?.type !== 'array') continue;
    event.value.items.forEach((group, groupIndex) => {
      const hooks = get(group, 'hooks');
      if (group.type !== 'object' || hooks?.type !== 'array') return;
      hooks.items.forEach((entry, entryIndex) => {
        if (entry.type === 'object') out.push({ event, group, groupIndex, entry, entryIndex });
      });
    });
  }
  return out;
}

/** The `type` and `command` of an entry, when they are strings. */
export function entryCommand(entry: JsonObject): { type?: string; command?: JsonString; args?: JsonNode } {
  const type = get(entry, 'type');
  const command = get(entry, 'command');
  const args = lastProperty(entry, 'args')?.value;
  return {
    ...(type?.type === 'string' ? { type: type.value } : {}),
    ...(command?.type === 'string' ? { command } : {}),
    ...(args ? { args } : {}),
  };
}
