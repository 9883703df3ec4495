/**
 * A small agent/orchestrator flow for the return-code feature tests, shaped like the real
 * multi-stage flow (DOMAIN.md §3) but written for these tests.
 */
import { LineIndex, type Position } from '../../../server/src/core';
import { memoryService } from '../../support/workspace';

export const FLOW: Record<string, string> = {
  '.claude/agents/quality-assurance.md': `---
name: quality-assurance
description: Validates the implementation.
---

Before returning \`SUCCESS_TO_FL_FINAL\`, run every test. Keep \`API_KEY\` out of logs.

\`\`\`bash
echo SUCCESS_TO_FL_FINAL \`FAILURE_TO_DEV\`
\`\`\`

**RETURN CODES:**
- \`SUCCESS_TO_FL_FINAL\` - Validation passed, ready for business validation
- \`FAILURE_TO_DEV\` - Back to development with feedback
- \`MISSING_TASK_FILES\` - Task file missing
`,
  '.claude/agents/developer-web.md': `---
name: developer-web
description: Implements web tasks.
---

**RETURN CODES:**
- \`SUCCESS_TO_QUALITY_ASSURANCE\` - Implementation complete
- \`FAILURE_CONTINUE\` - Keep iterating
`,
  '.claude/commands/develop.md': `---
description: Orchestrates development.
---

# Develop

\`\`\`mermaid
graph TD
    D[Develop] -->|SUCCESS_TO_QUALITY_ASSURANCE| Q[QA]
    Q -->|SUCCESS_TO_FL_FINAL| F[Final]
\`\`\`

- **Return Codes**: SUCCESS_TO_FL_FINAL, FAILURE_TO_DEV

When QA returns \`FAILURE_TO_DEV\`, go back to development.

## Return Codes:

### developer-* (Self-Reflection Discovery):
- \`SUCCESS_TO_QUALITY_ASSURANCE\` - Implementation complete
- \`FAILURE_CONTINUE\` - Keep iterating

### quality-assurance:
- \`SUCCESS_TO_FL_FINAL\` - Validation passed
- \`FAILURE_TO_DEV\` - Back to development
`,
};

/** The flow as an in-memory workspace, plus helpers to find positions by text. */
export function flow(extra: Record<string, string> = {}) {
  const files = { ...FLOW, ...extra };
  const { service, uri } = memoryService(files);
  /** The position of the `nth` (0-based) occurrence of `needle` in a file, plus `delta` characters. */
  const at = (path: string, needle: string, nth = 0, delta = 0): Position => {
    const text = files[path]!;
    let offset = -1;
    for (let i = 0; i <= nth; i++) {
      offset = text.indexOf(needle, offset + 1);
      if (offset < 0) throw new Error(`${needle} #${nth} not in ${path}`);
    }
    return new LineIndex(text).positionAt(offset + delta);
  };
  return { service, uri, files, at };
}

export const QA = '.claude/agents/quality-assurance.md';
export const DEV = '.claude/agents/developer-web.md';
export const ORCH = '.claude/commands/develop.md';
