import { at, stringValue } from '../../json/model';
import { mpmDeployedAgentName } from '../../spec/claudeMpm';
import { basename } from '../../text/names';
import type { Indexer, WorkspaceIndex } from '../workspaceIndex';

/** What the workspace index keeps about one claude-mpm JSON agent template. */
export interface MpmTemplateFact {
  /** `agent_id`, when it is a string. */
  agentId?: string;
  /** The Claude Code name claude-mpm deploys the agent under: the file name, lowercased, `_` as `-`. */
  deployedName: string;
  /** `metadata.name`, the display name. */
  displayName?: string;
  /** `metadata.description`, whitespace collapsed and cut short. */
  description?: string;
  /** `capabilities.model`. */
  model?: string;
  /** The `skills` entries that are strings, in order. */
  skills: string[];
}

export const MPM_TEMPLATES_KEY = 'mpm-templates';
const DESCRIPTION_LIMIT = 300;

/** Records each template's identity (agent id, deployed name), display data and skill bindings. */
export const mpmTemplatesIndexer: Indexer<MpmTemplateFact> = {
  key: MPM_TEMPLATES_KEY,
  kinds: ['mpm-agent-template'],
  extract(doc) {
    const root = doc.json?.root;
    const fact: MpmTemplateFact = { deployedName: mpmDeployedAgentName(basename(doc.uri).replace(/\.json$/i, '')), skills: [] };
    if (root?.type !== 'object') return fact;
    const agentId = stringValue(at(root, ['agent_id']));
    if (agentId !== undefined) fact.agentId = agentId;
    const displayName = stringValue(at(root, ['metadata', 'name']));
    if (displayName) fact.displayName = displayName;
    const description = stringValue(at(root, ['metadata', 'description']))
      ?.replace(/\s+/g, ' ')
      .trim();
    if (description) fact.description = description.length > DESCRIPTION_LIMIT ? `${description.slice(0, DESCRIPTION_LIMIT - 1)}…` : description;
    const model = stringValue(at(root, ['capabilities', 'model']));
    if (model) fact.model = model;
    const skills = at(root, ['skills']);
    if (skills?.type === 'array') for (const item of skills.items) if (item.type === 'string') fact.skills.push(item.value);
    return fact;
  },
};

/** A template file and its facts. */
export interface MpmTemplateRef {
  uri: string;
  fact: MpmTemplateFact;
}

/** Templates by `agent_id` and by deployed name (one map, keys of both kinds), cached per index change. */
export function mpmTemplatesByName(index: WorkspaceIndex): {
  byAgentId: ReadonlyMap<string, readonly MpmTemplateRef[]>;
  byDeployedName: ReadonlyMap<string, readonly MpmTemplateRef[]>;
} {
  return index.derived('mpm-templates-by-name', [MPM_TEMPLATES_KEY], () => {
    const byAgentId = new Map<string, MpmTemplateRef[]>();
    const byDeployedName = new Map<string, MpmTemplateRef[]>();
    for (const { uri, value } of index.facts(mpmTemplatesIndexer)) {
      const ref = { uri, fact: value };
      if (value.agentId !== undefined) byAgentId.set(value.agentId, [...(byAgentId.get(value.agentId) ?? []), ref]);
      byDeployedName.set(value.deployedName, [...(byDeployedName.get(value.deployedName) ?? []), ref]);
    }
    return { byAgentId, byDeployedName };
  });
}
