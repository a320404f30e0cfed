import { describe, expect, it } from 'vitest';
import { blendCommunity } from './blendCommunity.ts';
import type { CommunityRanking } from './protocol.ts';

const community: CommunityRanking = {
  mode: 'similar',
  emotion: [0, 0.7, 0, 0.2, 0.1, 0, 0],
  songs: [
    { songId: 'sa', score: 0.8, likes: 40, ratings: 45 },
    { songId: 'sb', score: 0.1, likes: 1, ratings: 6 },
    { songId: 'sz', score: 0.9, likes: 90, ratings: 95 },
  ],
};

describe('blendCommunity', () => {
  it('boosts candidates by weight × community score and can reorder them', () => {
    const local = new Map([
      ['sa', 0.5],
      ['sb', 0.6],
      ['sc', 0.55],
    ]);
    const blended = blendCommunity(local, community, 0.25);
    expect(blended.get('sa')).toBeCloseTo(0.7);
    expect(blended.get('sb')).toBeCloseTo(0.625);
    expect(blended.get('sc')).toBe(0.55);
    expect([...blended].sort((a, b) => b[1] - a[1]).map(([id]) => id)).toEqual(['sa', 'sb', 'sc']);
  });

  it('adds no songs, leaves the input untouched, and is neutral at weight 0', () => {
    const local = new Map([['sa', 0.5]]);
    expect([...blendCommunity(local, community, 1).keys()]).toEqual(['sa']);
    expect(local.get('sa')).toBe(0.5);
    expect(blendCommunity(local, community, 0)).toEqual(local);
  });

  it('rejects a negative or non-finite weight', () => {
    expect(() => blendCommunity(new Map(), community, -1)).toThrow(RangeError);
    expect(() => blendCommunity(new Map(), community, Number.NaN)).toThrow(RangeError);
  });
});
