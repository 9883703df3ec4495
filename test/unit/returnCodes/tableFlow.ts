/**
 * A small flow of the second generation (codes defined once in tables, states in their own
 * documents), laid out as a plugin the way resin.ai's orchestrator is, written for these tests.
 */
import { memoryService } from '../../support/workspace';

export const TABLE_FLOW: Record<string, string> = {
  'kit/.claude-plugin/plugin.json': '{ "name": "kit", "version": "1.0.0", "description": "Flow.", "author": { "name": "Team" } }\n',
  'kit/resources/STATE-MACHINE/RETURN-CODES.md': `## RETURN CODES

- **MUST** use only standardized return codes (SUCCESS, FAILURE, PARTIAL)
- **MUST** escalate on consecutive failures (3x FAILURE)

### Standard Return Codes

| Code    | Description                      |
|---------|----------------------------------|
| SUCCESS | Operation completed successfully |
| FAILURE | Operation failed                 |
| PARTIAL | Operation partially completed    |

### State Transition Mapping

| Current State | Return Code | Next State Action           |
|---------------|-------------|-----------------------------|
| WORK          | SUCCESS     | Proceed to TEST             |
| WORK          | FAILURE     | Exit with error             |
| WORK          | PARTIAL     | Continue WORK               |
| TEST          | SUCCESS     | Proceed to DONE             |
| TEST          | FAILURE     | Return to WORK with notes   |
| DONE          | SUCCESS     | Exit                        |
`,
  'kit/resources/STATE-MACHINE/STATE/WORK.md': '### Work\n\nDelegate to `developer`.\n',
  'kit/resources/STATE-MACHINE/STATE/TEST.md': '### Test\n\nDelegate to quality-assurance.\n',
  'kit/resources/STATE-MACHINE/STATE/DONE.md': '### Done\n\nWrap up.\n',
  'kit/agents/developer.md': `---
name: developer
description: Implements the task.
---

- Read \`plugin:kit:resources://AGENT/HANDOFF.md\` and use as instructions
`,
  'kit/resources/AGENT/HANDOFF.md': `# Handoff

- **Determine return code**
  - **MUST** read and follow \`plugin:kit:resources://STATE-MACHINE/RETURN-CODES.md\`
  - \`SUCCESS\` - All steps done
  - \`PARTIAL\` - Some work left
`,
  'kit/agents/quality-assurance.md': `---
name: quality-assurance
description: Validates the work.
---

Return \`SUCCESS\` when every test passes.

- **Determine return code**
  - \`SUCCESS\` - All tests pass
  - \`FAILURE\` - Critical issues
  - \`PARTIAL\` - Some components pass
`,
};

export function tableFlow(extra: Record<string, string> = {}) {
  return memoryService({ ...TABLE_FLOW, ...extra });
}
