import { describe, expect, it } from 'vitest';
import type { TableCounts } from '../../store';
import { describeCounts, totalCount } from './counts';
import { normalizeServerUrl } from './syncServer';

const counts = (over: Partial<TableCounts>): TableCounts => ({
  conversations: 0,
  messages: 0,
  messageAnalyses: 0,
  conversationAnalyses: 0,
  recommendations: 0,
  feedback: 0,
  diary: 0,
  settings: 0,
  ...over,
});

describe('describeCounts', () => {
  it('names the tables people know, with Korean counters, and skips empty ones', () => {
    expect(describeCounts(counts({ conversations: 2, messages: 1234, diary: 1, messageAnalyses: 9 }))).toBe(
      '대화 2개, 메시지 1,234개, 일기 1편',
    );
    expect(describeCounts(counts({}))).toBe('');
    expect(totalCount(counts({ messages: 3, settings: 2, recommendations: 1 }))).toBe(6);
  });
});

describe('normalizeServerUrl', () => {
  it('accepts http(s) addresses and drops a trailing slash; empty means none', () => {
    expect(normalizeServerUrl(' https://sync.example.com/ ')).toBe('https://sync.example.com');
    expect(normalizeServerUrl('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
    expect(normalizeServerUrl('https://example.com/maum/')).toBe('https://example.com/maum');
    expect(normalizeServerUrl('')).toBe('');
  });

  it('refuses other schemes, credentials, queries and fragments', () => {
    for (const bad of ['ftp://example.com', 'javascript:alert(1)', 'example.com', 'https://u:p@example.com', 'https://e.com/?a=1', 'https://e.com/#x']) {
      expect(normalizeServerUrl(bad), bad).toBeNull();
    }
  });
});
