import type { DocumentKind, Fix, Position } from '../types';
import type { AgentCodes } from './workspace';

/** Return-code findings can appear in any Markdown kind: references are everywhere. */
export const ALL_KINDS: readonly DocumentKind[] = ['agent', 'command', 'skill', 'task', 'markdown'];

/** ``- `CODE` - description``, the list item shape both agents and orchestrators use. */
export function itemText(code: string, description: string): string {
  return description ? `- \`${code}\` - ${description}` : `- \`${code}\``;
}

/** A fix made of one insertion in another file. */
export function insertionFix(title: string, uri: string, at: Position, newText: string, preferred = false): Fix {
  return {
    title,
    edit: { changes: { [uri]: [{ range: { start: at, end: at }, newText }] } },
    ...(preferred ? { isPreferred: true } : {}),
  };
}

/** A fix declaring a code in an agent file: a new item after its last one, or a new block at the end. */
export function declareFix(agent: AgentCodes, code: string, description: string): Fix | undefined {
  const at = agent.facts.declarationInsert;
  if (!at) return undefined;
  const eol = agent.facts.eol;
  const text = agent.facts.declarations.length
    ? `${eol}${itemText(code, description)}`
    : `${eol}${eol}**RETURN CODES:**${eol}${itemText(code, description)}${eol}`;
  return insertionFix(`Declare \`${code}\` in ${agent.agent}`, agent.uri, at, text);
}

/** `a`, `a and b`, `a, b and c`. */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
