import { describe, expect, it } from 'vitest';
import { SERVER_EXPLAINER, syncStateText } from './syncCopy';

describe('community sync copy', () => {
  it('says why the switch cannot be turned on without a server, and nothing when it can', () => {
    const none = syncStateText(false, false);
    expect(none.state).toBe('꺼짐');
    expect(none.reason).toContain('서버가 없어서 켤 수 없어요');
    expect(none.reason).toContain("'고급'");
    expect(syncStateText(false, true)).toEqual({ state: '꺼짐', reason: '' });
    expect(syncStateText(true, true)).toEqual({ state: '켜짐', reason: '' });
    expect(syncStateText(true, false).reason).toBe('');
  });

  it('explains the server as optional and run by its host, without naming an address', () => {
    const text = SERVER_EXPLAINER.join(' ');
    expect(SERVER_EXPLAINER.length).toBeLessThanOrEqual(2);
    expect(text).toContain('쓰지 않아도');
    expect(text).toContain('운영하는');
    expect(text).not.toMatch(/https?:\/\//);
    expect(text).not.toContain('당신');
  });
});
