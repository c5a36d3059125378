/**
 * Tab completion in the terminal panel: data-driven cases (complete-cases.json: line, optional cursor and files →
 * candidates, and the line after one Tab), plus the shell-like application and column layout.
 */
import { describe, expect, it } from 'vitest';
import { applyCompletion, commonPrefix, complete, formatCandidates } from '../../../shared/terminal/complete';
import { AWS_OPERATIONS } from '../../../shared/terminal/aws/index';
import { federationWorld, welcomeWorld } from '../../../shared/world/samples';
import cases from './complete-cases.json';

interface Case {
  name: string;
  world: 'welcome' | 'federation';
  line: string;
  cursor?: number;
  files?: string[];
  candidates: string[];
  after?: string;
}

const worlds = { welcome: welcomeWorld(), federation: federationWorld() };

describe('complete (complete-cases.json)', () => {
  for (const c of cases as Case[]) {
    it(c.name, () => {
      const cursor = c.cursor ?? c.line.length;
      const got = complete(c.line, cursor, { world: worlds[c.world], files: c.files ?? [] });
      expect(got.candidates).toEqual(c.candidates);
      if (c.after !== undefined) expect(applyCompletion(c.line, cursor, got).line).toBe(c.after);
    });
  }
});

describe('completion follows the interpreter table', () => {
  it('offers every option of every operation, and nothing else of its own', () => {
    for (const o of AWS_OPERATIONS) {
      const line = `${o.service} ${o.name} --`;
      const got = complete(line, line.length, { world: worlds.welcome }).candidates;
      for (const opt of [...o.required, ...o.optional]) expect(got).toContain(`--${opt}`);
      expect(got.filter((g) => !['--account', '--as', '--explain', '--output'].includes(g)).length).toBe(
        o.required.length + o.optional.length,
      );
    }
  });
});

describe('applyCompletion', () => {
  it('several candidates: the common prefix, with the list to show; the cursor lands after the insertion', () => {
    const line = 'iam list-gr';
    const r = applyCompletion(line, line.length, complete(line, line.length, { world: worlds.welcome }));
    expect(r).toEqual({
      line: 'iam list-group',
      cursor: 14,
      shown: ['list-group-policies', 'list-groups', 'list-groups-for-user'],
    });
  });

  it('no candidates leave the line alone', () => {
    expect(applyCompletion('ec2 x', 5, { from: 4, prefix: 'x', candidates: [] })).toEqual({
      line: 'ec2 x',
      cursor: 5,
      shown: [],
    });
  });

  it('commonPrefix and the column layout', () => {
    expect(commonPrefix(['list-users', 'list-user-policies'])).toBe('list-user');
    expect(commonPrefix([])).toBe('');
    expect(formatCandidates(['aa', 'bb', 'cc'], 8)).toBe('aa  cc\nbb\n');
    expect(formatCandidates([])).toBe('');
  });
});
