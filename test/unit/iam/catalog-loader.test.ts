/** The shared lazy catalog loader both hosts use: what it reads, how often, and which names it ignores. */
import { describe, expect, it } from 'vitest';
import { catalogLoader } from '../../../shared/iam/catalog-loader';

/** A source over two services that counts its reads; `null`: it has no service list. */
function countingSource(serviceList: string[] | null = ['s3', 'iam']) {
  const reads: string[] = [];
  const source = {
    async readBase() {
      reads.push('base');
      return { services: serviceList ?? undefined };
    },
    async readService(name: string) {
      reads.push(name);
      if (name !== 's3' && name !== 'iam') return undefined;
      return { actions: {} };
    },
  };
  return { reads, source };
}

describe('catalogLoader', () => {
  it('reads the base once and each wanted service once, lower-cased', async () => {
    const { reads, source } = countingSource();
    const load = catalogLoader(source);
    const first = await load(['S3', 's3']);
    const second = await load(['s3', 'iam']);
    expect(reads).toEqual(['base', 's3', 'iam']);
    expect([first.isLoaded('s3'), first.isLoaded('iam')]).toEqual([true, false]);
    expect([second.isLoaded('s3'), second.isLoaded('iam')]).toEqual([true, true]);
  });
  it('ignores services the list does not know and names that are not service prefixes', async () => {
    const { reads, source } = countingSource();
    const c = await catalogLoader(source)(['ec2', '../secrets', 'iam']);
    expect(reads).toEqual(['base', 'iam']);
    expect(c.isLoaded('iam')).toBe(true);
  });
  it('without a service list, asks the source for any well-formed name and keeps what it has', async () => {
    const { reads, source } = countingSource(null);
    const c = await catalogLoader(source)(['ec2', 'a/b', 's3']);
    expect(reads).toEqual(['base', 'ec2', 's3']);
    expect([c.isLoaded('ec2'), c.isLoaded('s3')]).toEqual([false, true]);
  });
});
