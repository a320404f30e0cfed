import { describe, expect, it } from 'vitest';
import type { TableCounts } from '../../store';
import { describeCounts, totalCount } from './counts';
import { SERVER_URL_ERRORS, checkServerUrl, normalizeServerUrl } from './syncServer';

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
  it('accepts https addresses (and http to this device) and drops a trailing slash; empty means none', () => {
    expect(normalizeServerUrl(' https://sync.example.com/ ')).toBe('https://sync.example.com');
    expect(normalizeServerUrl('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
    expect(normalizeServerUrl('http://localhost:8787/')).toBe('http://localhost:8787');
    expect(normalizeServerUrl('http://[::1]:8787')).toBe('http://[::1]:8787');
    expect(normalizeServerUrl('HTTP://LocalHost')).toBe('http://localhost');
    expect(normalizeServerUrl('https://example.com/maum/')).toBe('https://example.com/maum');
    expect(normalizeServerUrl('')).toBe('');
  });

  it('refuses other schemes, credentials, queries and fragments', () => {
    for (const bad of ['ftp://example.com', 'javascript:alert(1)', 'example.com', 'https://u:p@example.com', 'https://e.com/?a=1', 'https://e.com/#x']) {
      expect(normalizeServerUrl(bad), bad).toBeNull();
    }
  });
});

describe('checkServerUrl', () => {
  it('refuses plain http to any other host, saying why', () => {
    for (const insecure of ['http://sync.example.com', 'http://192.168.0.10:8787', 'http://localhost.example.com', 'http://127.0.0.2', 'http://[::2]']) {
      expect(checkServerUrl(insecure), insecure).toEqual({ error: 'insecure' });
      expect(normalizeServerUrl(insecure), insecure).toBeNull();
    }
    expect(checkServerUrl('https://sync.example.com')).toEqual({ url: 'https://sync.example.com' });
    expect(checkServerUrl('ftp://sync.example.com')).toEqual({ error: 'invalid' });
    expect(checkServerUrl('  ')).toEqual({ url: '' });
  });

  it('explains the refusal in plain Korean', () => {
    expect(SERVER_URL_ERRORS.insecure).toContain('암호화되지 않은');
    expect(SERVER_URL_ERRORS.insecure).toContain('https://');
    expect(Object.values(SERVER_URL_ERRORS).join(' ')).not.toContain('당신');
  });
});
