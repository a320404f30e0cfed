import { describe, expect, it } from 'vitest';
import { RESUME_WITHIN_MS, resumeCandidate, resumeChoice, setAsideOpenTab } from './resume';

const now = Date.UTC(2026, 10, 24, 8, 0);
const hour = 60 * 60 * 1000;

describe('resumeChoice', () => {
  it('a reload in the same tab comes back to its conversation while it is recent', () => {
    expect(resumeChoice({ tabId: 'a', savedId: null, lastActivity: now - 10 * 60 * 1000, now })).toEqual({ action: 'resume', id: 'a' });
    expect(resumeChoice({ tabId: 'a', savedId: 'b', lastActivity: now - RESUME_WITHIN_MS + 1, now })).toEqual({ action: 'resume', id: 'a' });
  });
  it('a tab reloaded days later (a phone PWA left in the background) only offers its old conversation', () => {
    expect(resumeChoice({ tabId: 'a', savedId: null, lastActivity: now - 3 * 24 * hour, now })).toEqual({ action: 'offer', id: 'a' });
    expect(resumeChoice({ tabId: 'a', savedId: 'b', lastActivity: now - RESUME_WITHIN_MS, now })).toEqual({ action: 'offer', id: 'a' });
  });
  it("the tab's conversation is the one whose age decides, else the saved one", () => {
    expect(resumeCandidate({ tabId: 'a', savedId: 'b' })).toBe('a');
    expect(resumeCandidate({ tabId: null, savedId: 'b' })).toBe('b');
    expect(resumeCandidate({ tabId: '', savedId: null })).toBeNull();
    expect(resumeChoice({ tabId: 'a', savedId: null, lastActivity: null, now })).toEqual({ action: 'none' });
  });
  it('reopening the app resumes a conversation active in the last hours', () => {
    expect(resumeChoice({ tabId: null, savedId: 'b', lastActivity: now - 20 * 60 * 1000, now })).toEqual({ action: 'resume', id: 'b' });
    expect(resumeChoice({ tabId: null, savedId: 'b', lastActivity: now - RESUME_WITHIN_MS + 1, now })).toEqual({ action: 'resume', id: 'b' });
  });
  it('an older conversation is only offered (a fresh chat with a link to it)', () => {
    expect(resumeChoice({ tabId: null, savedId: 'b', lastActivity: now - RESUME_WITHIN_MS, now })).toEqual({ action: 'offer', id: 'b' });
    expect(resumeChoice({ tabId: null, savedId: 'b', lastActivity: now - 2 * 24 * hour, now })).toEqual({ action: 'offer', id: 'b' });
  });
  it('nothing saved, or the conversation is gone: a fresh chat', () => {
    expect(resumeChoice({ tabId: null, savedId: null, lastActivity: null, now })).toEqual({ action: 'none' });
    expect(resumeChoice({ tabId: null, savedId: 'b', lastActivity: null, now })).toEqual({ action: 'none' });
  });
  it('a clock set back counts as recent', () => {
    expect(resumeChoice({ tabId: null, savedId: 'b', lastActivity: now + hour, now })).toEqual({ action: 'resume', id: 'b' });
  });
});

describe('setAsideOpenTab', () => {
  it('sets aside a chat whose last message is six hours old or more in a tab that stayed open', () => {
    expect(setAsideOpenTab({ messageTimes: [now - 2 * 24 * hour, now - 2 * 24 * hour + 60_000], busy: false, now })).toBe(true);
    expect(setAsideOpenTab({ messageTimes: [now - RESUME_WITHIN_MS], busy: false, now })).toBe(true);
  });
  it('keeps a chat that is still recent, by its latest message, not its first', () => {
    expect(setAsideOpenTab({ messageTimes: [now - 3 * 24 * hour, now - RESUME_WITHIN_MS + 1], busy: false, now })).toBe(false);
    expect(setAsideOpenTab({ messageTimes: [now - 5 * 60_000], busy: false, now })).toBe(false);
  });
  it('never sets aside an empty chat, or one with a reply on its way, or after the clock was set back', () => {
    expect(setAsideOpenTab({ messageTimes: [], busy: false, now })).toBe(false);
    expect(setAsideOpenTab({ messageTimes: [now - 3 * 24 * hour], busy: true, now })).toBe(false);
    expect(setAsideOpenTab({ messageTimes: [now + 3 * hour], busy: false, now })).toBe(false);
  });
});
