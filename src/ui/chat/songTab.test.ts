import { describe, expect, it } from 'vitest';
import { tabAskedBy } from './songTab';

describe('tabAskedBy (session 42)', () => {
  it('a turn that opens songs with a list asked shows that tab', () => {
    expect(tabAskedBy({ action: 'open_recommendations', songMode: 'similar', suppressRecommendations: false })).toBe('similar');
    expect(tabAskedBy({ action: 'open_recommendations', songMode: 'shift', suppressRecommendations: false })).toBe('shift');
  });
  it('more songs add to the tab on screen; no list asked, a safety turn or no songs ask for none', () => {
    expect(tabAskedBy({ action: 'more_recommendations', songMode: 'similar', suppressRecommendations: false })).toBeNull();
    expect(tabAskedBy({ action: 'open_recommendations', suppressRecommendations: false })).toBeNull();
    expect(tabAskedBy({ action: 'open_recommendations', songMode: 'shift', suppressRecommendations: true })).toBeNull();
    expect(tabAskedBy({ songMode: 'shift', suppressRecommendations: false })).toBeNull();
    expect(tabAskedBy({ action: 'need_more', songMode: 'shift', suppressRecommendations: false })).toBeNull();
  });
});
