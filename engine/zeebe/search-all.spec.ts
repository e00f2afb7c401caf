import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { searchAll } from './search-all.js';

describe('searchAll', () => {
  const source = Array.from({ length: 250 }, (_, index) => index);
  const fetchPage = async ({ from, limit }: { from: number; limit: number }) => ({ items: source.slice(from, from + limit), page: { totalItems: source.length } });

  it('reads every page', async () => {
    assert.deepEqual(await searchAll(fetchPage, 100), source);
  });

  it('stops at the limit given', async () => {
    assert.equal((await searchAll(fetchPage, 100, 150)).length, 200);
  });

  it('stops on a short page even without a total', async () => {
    assert.deepEqual(await searchAll(async ({ from }) => ({ items: from === 0 ? [1, 2] : [] }), 100), [1, 2]);
  });
});
