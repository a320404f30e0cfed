import { describe, expect, it } from 'vitest';
import { APP_DOWNLOAD_BYTES, approxTotal, downloadIntro, downloadProgress } from './download';

const MB = 1024 * 1024;

describe('first download in words', () => {
  it('states the total up front, rounded up, with a Wi-Fi hint', () => {
    expect(approxTotal(33.2 * MB)).toBe('약 34 MB');
    expect(approxTotal(0.2 * MB)).toBe('약 1 MB');
    expect(approxTotal(0)).toBe('');
    expect(downloadIntro(33.2 * MB)).toContain('약 34 MB를 내려받아요');
    expect(downloadIntro(33.2 * MB)).toContain('와이파이');
    expect(downloadIntro(0)).not.toContain('MB');
  });

  it('shows a percent when the total is known, capped below 100 while loading', () => {
    expect(downloadProgress(25.6 * MB, 34 * MB, true)).toEqual({ percent: 75, text: '약 34 MB 중 25.6 MB 받음 (75%)' });
    expect(downloadProgress(0, 34 * MB, false).percent).toBe(0);
    expect(downloadProgress(17 * 1024, 34 * MB, true).text).toBe('약 34 MB 중 17 KB 받음 (0%)');
    expect(downloadProgress(35 * MB, 34 * MB, true)).toMatchObject({ percent: 99 });
    expect(downloadProgress(35 * MB, 34 * MB, true).text).toBe('약 34 MB 중 거의 다 받았어요 (99%)');
  });

  it('without a total it says what it knows, and no percent', () => {
    expect(downloadProgress(25.6 * MB, 0, true)).toEqual({ percent: null, text: '25.6 MB 받음 · 다음 파일을 받거나 모델을 여는 중이에요' });
    expect(downloadProgress(0, 0, false)).toEqual({ percent: null, text: '파일을 받을 준비를 하고 있어요' });
  });

  it('is 0 (unknown) where the build did not define it', () => {
    expect(APP_DOWNLOAD_BYTES).toBe(0);
  });
});
