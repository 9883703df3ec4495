import { AGENT_FIELDS, TOOLS } from '../spec/claudeCode';
import { closest, didYouMean, sameLetters } from '../text/similarity';

/**
 * The documented field a misspelt key most likely means: same letters ignoring case, `-` and `_`
 * (`allowed_tools`, `allowedTools`), the agent spelling (`tools`), or else a close typo.
 */
export function suggestField(key: string, names: readonly string[]): string | undefined {
  const same = sameLetters(key, names);
  if (same) return same;
  if (key === 'tools' && names.includes('allowed-tools')) return 'allowed-tools';
  if (key === 'disallowedTools' && names.includes('disallowed-tools')) return 'disallowed-tools';
  return closest(key, names);
}

const AGENT_FIELD_NAMES = AGENT_FIELDS.map((f) => f.name);

/** Keys that belong to skills or commands, and what an agent calls them. */
const OTHER_KIND_KEYS: Readonly<Record<string, string>> = {
  'allowed-tools': 'tools',
  allowedtools: 'tools',
  'disallowed-tools': 'disallowedTools',
};

/** The documented agent field a misspelt or miscased key most likely means. */
export function suggestAgentField(key: string): string | undefined {
  return OTHER_KIND_KEYS[key] ?? OTHER_KIND_KEYS[key.toLowerCase()] ?? didYouMean(key, AGENT_FIELD_NAMES);
}

/**
 * Whether a field's value names at least one Claude Code tool, so that `tools:` in a skill means
 * `allowed-tools` (and not, as in real collections, `tools: [claude, cursor, gemini]`).
 */
export function namesATool(entries: readonly { name: string }[]): boolean {
  const lower = (lowerToolNames ??= new Set(Object.keys(TOOLS).map((t) => t.toLowerCase())));
  return entries.some((e) => lower.has(e.name.toLowerCase()) || e.name.startsWith('mcp__'));
}

let lowerToolNames: ReadonlySet<string> | undefined;
