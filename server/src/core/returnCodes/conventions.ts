/**
 * The return-code conventions of agent/orchestrator flows (DOMAIN.md §3, from the multi-stage flow in
 * suxxes/resin.ai at commit 4657b17, read 2026-11): codes are UPPER_SNAKE_CASE and fall into a few
 * families. These are project conventions, not Claude Code facts, so they live here, not in spec/.
 */

/** Prefixes that mark a token as a return code once the workspace declares any. */
export const CODE_FAMILY_PREFIXES: readonly string[] = ['SUCCESS_', 'FAILURE_', 'PARTIAL_', 'TIMEOUT_', 'MISSING_'];

/** Whole codes that belong to no prefix family but are codes wherever they appear. */
export const CODE_FAMILY_WORDS: readonly string[] = ['CRITICAL_FAILURE', 'ENHANCEMENT_REQUIRED'];

/** `SUCCESS_TO_QA`, `CRITICAL_FAILURE`, `DONE`: letters and digits in underscore-separated words. */
export const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/** An uppercase token with at least one underscore: the shape a Mermaid label needs to count. */
export const SNAKE_WITH_UNDERSCORE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** What a declaration or mirror item may hold as its code (so that bad shapes can be reported). */
export const DECLARABLE = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/** Whether a token belongs to one of the code families. */
export function isFamilyCode(token: string): boolean {
  if (!UPPER_SNAKE.test(token)) return false;
  return CODE_FAMILY_WORDS.includes(token) || CODE_FAMILY_PREFIXES.some((p) => token.startsWith(p) && token.length > p.length);
}

/** The UPPER_SNAKE_CASE spelling of a badly shaped code: `success-to-qa` → `SUCCESS_TO_QA`. */
export function toUpperSnake(token: string): string {
  return token
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}

/** Whether an agent name matches a mirror subsection name, which may be a glob (`developer-*`). */
export function agentMatches(pattern: string, agent: string): boolean {
  if (!/[*?]/.test(pattern)) return pattern === agent;
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`).test(agent);
}
