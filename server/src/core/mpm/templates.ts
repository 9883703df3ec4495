import { SKILLS_INDEXER } from '../workspace/indexers/skills';
import { MPM_TEMPLATES_KEY, mpmTemplatesIndexer, type MpmTemplateFact } from '../workspace/indexers/mpmTemplates';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';

/** One claude-mpm JSON agent template, as a sidebar lists it. */
export interface TemplateDefinition {
  readonly uri: string;
  readonly fact: MpmTemplateFact;
}

/** The index keys the template list and its bindings read. */
export const TEMPLATE_KEYS: readonly string[] = [MPM_TEMPLATES_KEY, SKILLS_INDEXER];

/** The templates under a folder URI ('' for all), by deployed name. Cached until a template changes. */
export function templatesIn(index: WorkspaceIndex, folderUri: string): readonly TemplateDefinition[] {
  const prefix = !folderUri || folderUri.endsWith('/') ? folderUri : `${folderUri}/`;
  return index.derived(`mpm-templates:${prefix}`, [MPM_TEMPLATES_KEY], () =>
    [...index.facts(mpmTemplatesIndexer)]
      .filter(({ uri }) => uri.startsWith(prefix))
      .map(({ uri, value }) => ({ uri, fact: value }))
      .sort((a, b) => (a.fact.deployedName < b.fact.deployedName ? -1 : a.fact.deployedName > b.fact.deployedName ? 1 : a.uri < b.uri ? -1 : 1)),
  );
}
