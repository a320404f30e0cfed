import { describe, expect, it } from 'vitest';
import { tabScroll } from './tabScroll';

describe('where a tab opens (session 40)', () => {
  it('another tab opens at its top, whatever the chat scrolled to', () => {
    expect(tabScroll('chat', 'history')).toBe('top');
    expect(tabScroll('chat', 'settings')).toBe('top');
    expect(tabScroll('history', 'diary')).toBe('top');
  });

  it('대화 keeps the latest message in view; tapped again it goes back to the input', () => {
    expect(tabScroll('history', 'chat')).toBe('latest');
    expect(tabScroll('settings', 'chat')).toBe('latest');
    expect(tabScroll('chat', 'chat')).toBe('input');
  });

  it('another tab tapped again goes to its top; the first render moves nothing', () => {
    expect(tabScroll('history', 'history')).toBe('top');
    expect(tabScroll(undefined, 'chat')).toBe('none');
    expect(tabScroll(undefined, 'history')).toBe('none');
  });
});
