import { describe, expect, it } from 'vitest';
import { browserExtraLine, formatSize, offlineFilesBytes, offlineFilesLine, recordsLine } from './storageUse';

const MB = 1024 * 1024;

describe('storage lines', () => {
  it('formats sizes in KB below a megabyte, MB above', () => {
    expect(formatSize(0)).toBe('0 KB');
    expect(formatSize(10)).toBe('1 KB');
    expect(formatSize(45 * 1024)).toBe('45 KB');
    expect(formatSize(43.4 * MB)).toBe('43.4 MB');
  });

  it('names the records by their export size, and the rest as offline files', () => {
    const use = { recordsBytes: 45 * 1024, recordCount: 120, usage: 43.4 * MB };
    expect(recordsLine(use)).toBe('약 45 KB (내보내기 파일 크기 기준)');
    expect(offlineFilesLine(use)).toBe('약 43.4 MB');
    expect(offlineFilesBytes({ ...use, cachesBytes: 40 * MB })).toBe(40 * MB);
  });

  it('after deleting everything says there are no records, not a bigger number', () => {
    const use = { recordsBytes: 900, recordCount: 0, usage: 43.4 * MB };
    expect(recordsLine(use)).toBe('아직 저장된 기록이 없어요.');
    expect(offlineFilesLine(use)).toBe('약 43.4 MB');
  });

  it('says nothing it does not know', () => {
    const use = { recordsBytes: null, recordCount: null, usage: null };
    expect(recordsLine(use)).toBeNull();
    expect(offlineFilesLine(use)).toBeNull();
  });

  it('names the offline files by their own size, the same figure as the first download', () => {
    // 34.5 MB of files; Chromium's Cache Storage figure also holds compiled code (48.1 MB).
    const use = { recordsBytes: 45 * 1024, recordCount: 3, usage: 50 * MB, cachesBytes: 48.1 * MB, appFilesBytes: 34.5 * MB };
    expect(offlineFilesLine(use)).toBe('약 34.5 MB');
    expect(browserExtraLine(use)).toBe('브라우저는 이 파일을 빨리 열려고 만든 사본 등으로 약 13.6 MB를 더 쓰고 있어요 (모두 약 48.1 MB).');
    expect(browserExtraLine({ ...use, cachesBytes: 34.9 * MB })).toBeNull();
    expect(browserExtraLine({ ...use, appFilesBytes: null })).toBeNull();
    expect(offlineFilesLine({ ...use, appFilesBytes: null })).toBe('약 48.1 MB');
  });
});
