import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDiagram } from '../../../server/src/core/returnCodes/mermaid';

const edges = (lines: string[]) => {
  const d = readDiagram(lines);
  return d.edges.map((e) => `${e.from.map((id) => d.nodes.get(id)).join('&')} -${e.label}@${e.labelIndex}-> ${e.to.map((id) => d.nodes.get(id)).join('&')}`);
};

describe('Mermaid flowcharts: labelled edges and their ends', () => {
  it('reads node texts in every shape, quoted or not, defined before or after use', () => {
    assert.deepEqual(
      edges([
        'flowchart LR',
        '  A -->|ONE| B',
        '  A[alpha] --- B((beta))',
        '  C{"gamma"} ==>|TWO| D([delta]) -.->|THREE| E[[epsilon]]',
        '  F>phi] --x|FOUR| G{{chi}}:::hot',
        '  %% H -->|FIVE| I',
      ]),
      ['alpha -ONE@8-> beta', 'gamma -TWO@17-> delta', 'delta -THREE@38-> epsilon', 'phi -FOUR@13-> chi'],
    );
  });

  it('reads `&` groups and keeps unlabelled edges out', () => {
    assert.deepEqual(edges(['graph TD', 'A & B -->|GO| C', 'C --> D', 'D -->| SPACED | E']), ['A&B -GO@10-> C', 'D -SPACED@7-> E']);
  });
});
