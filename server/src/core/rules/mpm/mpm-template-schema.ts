import { formatPath } from '../../json/model';
import { replaceString } from '../../mpm/templateEdits';
import { propertyOf, templateSchemaProblems, type SchemaProblem } from '../../mpm/templateSchema';
import { spanOf } from '../../plugins/json';
import { MPM_DEPLOYED_MODELS, MPM_TEMPLATE_MODELS, MPM_TEMPLATE_SCHEMA_VERSION } from '../../spec/claudeMpmTemplate';
import { didYouMean } from '../../text/similarity';
import type { Fix } from '../../types';
import type { Rule, RuleContext } from '../types';

export const mpmTemplateSchema: Rule = {
  id: 'mpm-template-schema',
  description: "A claude-mpm JSON agent template breaks claude-mpm's template schema.",
  severity: 'warning',
  kinds: ['mpm-agent-template'],
  fixable: true,
  consequence: {
    text: "claude-mpm's template validator (its JSON schema, draft-07) rejects the template; its default deployment still builds the agent from what it can read, so a wrong value reaches the agent or is silently replaced (a model outside `opus`, `sonnet`, `haiku` becomes `sonnet`).",
    evidence: [
      'claude-mpm v4.21.0: validation/agent_validator.py (jsonschema Draft7Validator on schemas/agent_schema.json), services/agents/deployment/agent_template_builder.py (the default, synchronous deployment, which does not run it)',
    ],
  },
  docs: `claude-mpm checks its JSON agent templates (\`agents/templates/*.json\`) against its template
schema (${MPM_TEMPLATE_SCHEMA_VERSION}): required keys (\`schema_version\`, \`agent_id\`, \`agent_version\`,
\`agent_type\`, \`metadata\` with \`name\`, \`description\` and \`tags\`, \`capabilities\` with \`model\` and
\`resource_tier\`, \`instructions\`), their types, the values of \`agent_type\`, \`metadata.category\`,
\`capabilities.model\`, \`resource_tier\` and \`tools\`, version forms, and lengths: \`instructions\` up to
8,000 characters, \`metadata.description\` 10-250, 1-10 distinct \`tags\`. Every value it rejects is
reported on the value itself (an overlong text from the 8,001st character, surplus tags from the
11th); keys the schema does not name are allowed, as claude-mpm allows them.

\`\`\`json
"capabilities": { "model": "sonnet-4.5", "resource_tier": "standard" }
\`\`\`

Here \`sonnet-4.5\` is not one of \`opus\`, \`sonnet\`, \`haiku\`; claude-mpm's builder deploys the agent
with \`sonnet\` anyway, so the preferred fix writes what it deploys. Other near-misses get a
did-you-mean fix. The facts come from claude-mpm v4.21.0 (see docs/claude-mpm.md); the schema's
\`format\` of dates is not checked, as claude-mpm's validator does not check it either.`,
  check(ctx) {
    const root = ctx.doc.json?.root;
    if (!root || ctx.doc.json?.errors.length) return;
    for (const problem of templateSchemaProblems(root, ctx.doc.text)) report(ctx, problem);
  },
};

function report(ctx: RuleContext, p: SchemaProblem): void {
  const fixes: Fix[] = [];
  let message = p.message;
  if (p.keyword === 'enum' && p.node.type === 'string') {
    const value = p.node.value;
    if (formatPath(p.path) === 'capabilities.model') {
      const deployed = MPM_DEPLOYED_MODELS[value] ?? 'sonnet';
      // What claude-mpm's builder makes of it: the tier named in the value, else sonnet.
      const tier = MPM_TEMPLATE_MODELS.find((t) => value.toLowerCase().includes(t)) ?? deployed;
      message += ` claude-mpm deploys the agent with \`model: ${deployed}\`.`;
      fixes.push(ctx.fix(`Change to \`${tier}\``, [replaceString(p.node, tier)], tier === deployed));
    } else {
      const suggestion = didYouMean(value, p.allowed ?? []);
      if (suggestion) {
        message += ` Did you mean \`${suggestion}\`?`;
        fixes.push(ctx.fix(`Change to \`${suggestion}\``, [replaceString(p.node, suggestion)]));
      }
    }
  }
  ctx.report({ ...span(p), message, ...(fixes.length ? { fixes } : {}) });
}

/** Where to put the finding: on the value at fault, or on what exceeds a limit. */
function span(p: SchemaProblem): { start: number; end: number } {
  const node = p.node;
  if (p.excessStart !== undefined) {
    if (node.type === 'array') return { start: p.excessStart, end: node.items[node.items.length - 1]!.end };
    // A string's excess ends before its closing quote.
    return { start: p.excessStart, end: Math.max(p.excessStart, node.end - 1) };
  }
  if (p.keyword === 'required') {
    const property = propertyOf(node);
    return property ? { start: property.keyStart, end: property.keyEnd } : spanOf(node);
  }
  const property = propertyOf(node);
  // An object or array of the wrong type: its key says which field better than its first brace.
  if (property && (node.type === 'object' || node.type === 'array') && p.keyword === 'type') return { start: property.keyStart, end: property.keyEnd };
  return spanOf(node);
}
