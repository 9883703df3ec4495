/** A small legacy-layout task tree written from the conventions, shared by the task tests. */
export const DIR = 'docs/DEVELOPMENT_PLAN_AND_PROGRESS';

export const EPIC = `# Epic [0001] - Shopping List

## Epic Overview

**Epic ID**: [0001]
**Status**: IN_DEVELOPMENT - two stories planned
`;

export const STORY = `# Story [0001.02] - Shopping List - Items

## Story Overview

**Story ID**: [0001.02]
**Epic**: [0001] - Shopping List ([📋 Epic Document](docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001%20-%20Shopping%20List.md))
**Status**: IN_DEVELOPMENT - first task under way

## Task Breakdown

### 🔄 Task [0001.02.03] - Add item ([📋 Task Document](docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001.02.03%20-%20Shopping%20List%20-%20Items%20-%20Add%20item.md))

**Development Status**: IN_PROGRESS

### ⬜ Task [0001.02.04] - Remove item

**Development Status**: NOT_STARTED (PENDING)

## Business Value Assessment

**Current Progress**: 🔄 **0% COMPLETE** (0 of 2 tasks completed)
`;

export const TASK = `# Task [0001.02.03] - Shopping List - Items - Add item

## Task Header

**Task ID**: 0001.02.03
**Task Name**: Add item
**Story**: [0001.02] - Items ([📋 Story Document](docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001.02%20-%20Shopping%20List%20-%20Items.md))
**Epic**: [0001] - Shopping List ([📋 Epic Document](docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001%20-%20Shopping%20List.md))
**Development Status**: IN_PROGRESS
**QA Validation Status**: QA_PENDING

## Success Criteria

### Functional Requirements
- [x] An item can be typed into the box
- [ ] Pressing Enter adds the item

## Implementation Checklist

- ✅ Input field
- 🔄 Enter key handler
- ⬜ Persist the list

---

**Development Status**: IN_PROGRESS
**QA Validation Status**: QA_PENDING
`;

export const FILES: Record<string, string> = {
  [`${DIR}/0001 - Shopping List.md`]: EPIC,
  [`${DIR}/0001.02 - Shopping List - Items.md`]: STORY,
  [`${DIR}/0001.02.03 - Shopping List - Items - Add item.md`]: TASK,
};
