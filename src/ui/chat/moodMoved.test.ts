import { describe, expect, it } from 'vitest';
import { moodChange, moodMoved } from './moodMoved';

describe('moodMoved', () => {
  const sad = [0.05, 0.6, 0.05, 0.1, 0.1, 0.05, 0.05];
  it('stays quiet for small drifts of the same mood', () => {
    expect(moodMoved(sad, [0.07, 0.55, 0.05, 0.12, 0.11, 0.05, 0.05])).toBe(false);
  });
  it('notices a new leading emotion', () => {
    expect(moodMoved(sad, [0.05, 0.3, 0.05, 0.4, 0.1, 0.05, 0.05])).toBe(true);
  });
  it('notices a large shift even when the leader stays', () => {
    expect(moodMoved(sad, [0.3, 0.35, 0.0, 0.1, 0.1, 0.1, 0.05])).toBe(true);
  });
  it('ignores lists that have no mood yet', () => {
    expect(moodMoved([], sad)).toBe(false);
  });
});

describe('moodChange', () => {
  const sad = [0.05, 0.6, 0.05, 0.1, 0.1, 0.05, 0.05];
  const glad = [0.6, 0.1, 0.05, 0.1, 0.05, 0.05, 0.05];
  it('picks a list nobody has seen yet again silently', () => {
    expect(moodChange(false, sad, glad)).toBe('repick');
  });
  it('asks before changing a list the user has seen', () => {
    expect(moodChange(true, sad, glad)).toBe('notice');
  });
  it('does nothing while the mood is the same', () => {
    expect(moodChange(false, sad, sad)).toBeNull();
    expect(moodChange(true, sad, sad)).toBeNull();
  });
});
