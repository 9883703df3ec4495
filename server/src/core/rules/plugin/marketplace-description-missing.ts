import { get } from '../../json/model';
import { rootObject, spanOf } from '../../plugins/json';
import type { Rule } from '../types';

export const marketplaceDescriptionMissing: Rule = {
  id: 'marketplace-description-missing',
  description: 'marketplace.json has no description (top-level or `metadata.description`).',
  severity: 'information',
  kinds: ['marketplace'],
  fixable: false,
  consequence: {
    text: 'The marketplace works; people adding or browsing it see no description (advice).',
    evidence: ['validator (`claude plugin validate`, 2.1.332): "No marketplace description provided"'],
  },
  docs: `A marketplace's description is what people see when they add it (\`/plugin marketplace add\`)
and browse it; \`claude plugin validate\` warns when there is none. Write it at the top level or as
\`metadata.description\`; an empty string counts as none.

\`\`\`json
{ "name": "team-tools", "metadata": { "description": "" }, "owner": { "name": "Team" }, "plugins": [] }
\`\`\``,
  check(ctx) {
    const root = rootObject(ctx.doc);
    if (!root) return;
    const top = get(root, 'description');
    const meta = get(get(root, 'metadata'), 'description');
    const written = [top, meta].filter((n) => n?.type === 'string');
    if (written.some((n) => n?.type === 'string' && n.value.trim() !== '')) return;
    const at = written[0] ?? root;
    const where =
      at === meta ? '`metadata.description` is empty' : at === top ? '`description` is empty' : 'neither `description` nor `metadata.description` is set';
    ctx.report({ ...spanOf(at), message: `The marketplace has no description (${where}): people adding it see nothing about what it offers.` });
  },
};
