import { TOOLS } from '../spec/claudeCode';
import { closest } from '../text/similarity';

const squash = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');

/**
 * The documented field a misspelt key most likely means: same letters ignoring case, `-` and `_`
 * (`allowed_tools`, `allowedTools`), the agent spelling (`tools`), or else a close typo.
 */
export function suggestField(key: string, names: readonly string[]): string | undefined {
  const squashed = squash(key);
  const same = names.find((n) => squash(n) === squashed);
  if (same) return same;
  if (key === 'tools' && names.includes('allowed-tools')) return 'allowed-tools';
  if (key === 'disallowedTools' && names.includes('disallowed-tools')) return 'disallowed-tools';
  return closest(key, names);
}

/**
 * Whether a field's value names at least one Claude Code tool, so that `tools:` in a skill means
 * `allowed-tools` (and not, as in real collections, `tools: [claude, cursor, gemini]`).
 */
export function namesATool(entries: readonly { name: string }[]): boolean {
  const lower = new Set(Object.keys(TOOLS).map((t) => t.toLowerCase()));
  return entries.some((e) => lower.has(e.name.toLowerCase()) || e.name.startsWith('mcp__'));
}
