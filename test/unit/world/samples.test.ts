import { describe, expect, it } from 'vitest';
import { SAMPLE_WORLDS } from '../../../shared/world/samples';

describe('sample worlds', () => {
  for (const sample of SAMPLE_WORLDS) {
    it(`${sample.id} builds deterministically`, () => {
      const a = sample.build();
      const b = sample.build();
      expect(a).toEqual(b);
      expect(Object.keys(a.accounts).length).toBeGreaterThan(0);
    });
  }
  it('welcome world has alice in Developers and a bucket', () => {
    const w = SAMPLE_WORLDS[0].build();
    const acct = w.accounts['111122223333'];
    expect(acct.users.alice.groups).toEqual(['Developers']);
    expect(acct.users.alice.id).toMatch(/^AIDA[A-Z2-7]{17}$/);
    expect(Object.keys(acct.users.alice.accessKeys)[0]).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(acct.resources['arn:aws:s3:::iam-lab-welcome-bucket'].kind).toBe('s3-bucket');
  });
});
