import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { memo, type ParsedDocument } from '../document/parse';

/** A name in claude-mpm's skills registry, with where it is written. */
export interface RegistryName {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** One agent of the registry's `agent_skills`: its id and the skills it gets. */
export interface RegistryAgent extends RegistryName {
  /** `required` and `optional` skills, in order. */
  readonly skills: readonly (RegistryName & { readonly list: 'required' | 'optional' })[];
}

/** What claude-mpm's skills registry (`config/skills_registry.yaml`) binds. */
export interface SkillsRegistry {
  readonly agents: readonly RegistryAgent[];
}

/** A scalar key or value as a name with absolute offsets (the YAML was parsed from offset 0). */
function nameOf(node: unknown): RegistryName | undefined {
  if (!isScalar(node) || !node.range || node.value === null || typeof node.value === 'object') return undefined;
  return { name: String(node.value), start: node.range[0], end: node.range[1] };
}

function pairsOf(node: unknown): Pair<unknown, unknown>[] {
  return isMap(node) ? (node.items as Pair<unknown, unknown>[]) : [];
}

/** The registry's agents and their skills, read once per document version. */
export function skillsRegistry(doc: ParsedDocument): SkillsRegistry {
  return memo(doc, 'mpm-skills-registry', () => {
    const contents = doc.data?.doc.contents as Node | null | undefined;
    const agentSkills = pairsOf(contents).find((p) => nameOf(p.key)?.name === 'agent_skills')?.value;
    const agents: RegistryAgent[] = [];
    for (const pair of pairsOf(agentSkills)) {
      const id = nameOf(pair.key);
      if (!id) continue;
      const skills: RegistryAgent['skills'][number][] = [];
      for (const entry of pairsOf(pair.value)) {
        const list = nameOf(entry.key)?.name;
        if ((list !== 'required' && list !== 'optional') || !isSeq(entry.value)) continue;
        for (const item of entry.value.items) {
          const skill = nameOf(item);
          if (skill) skills.push({ ...skill, list });
        }
      }
      agents.push({ ...id, skills });
    }
    return { agents };
  });
}

/** The edit that renames a registry name, keeping its quotes when it has them. */
export function replaceName(text: string, at: RegistryName, name: string): { start: number; end: number; newText: string } {
  const q = text[at.start];
  const quoted = (q === '"' || q === "'") && text[at.end - 1] === q;
  return quoted ? { start: at.start + 1, end: at.end - 1, newText: name } : { start: at.start, end: at.end, newText: name };
}
