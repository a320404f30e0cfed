import { describe, expect, it } from 'vitest';
import { APP_DOWNLOAD_BYTES, APP_DOWNLOAD_PARTS, approxTotal, downloadIntro, downloadParts, downloadProgress, partLines, partsTotal } from './download';

const MB = 1024 * 1024;

describe('first download in words', () => {
  it('states the total up front, to the nearest MB, with a Wi-Fi hint', () => {
    expect(approxTotal(33.2 * MB)).toBe('약 33 MB');
    expect(approxTotal(33.6 * MB)).toBe('약 34 MB');
    expect(approxTotal(0.2 * MB)).toBe('약 1 MB');
    expect(approxTotal(0)).toBe('');
    expect(downloadIntro(33.6 * MB)).toContain('처음 한 번만 내려받아요 (약 34 MB)');
    expect(downloadIntro(33.6 * MB)).toContain('와이파이');
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
    expect(APP_DOWNLOAD_PARTS).toEqual([]);
  });
});

describe('the parts of the first download', () => {
  // This build's sizes: the q8 model, onnxruntime-web, the data files, the app's own files.
  const sizes = { model: 3_921_000, runtime: 26_915_000, data: 2_853_000, app: 2_230_000 };
  it('names every part in plain Korean, largest first', () => {
    const parts = downloadParts(sizes);
    expect(parts.map((p) => p.label)).toEqual(['기기에서 돌리는 프로그램', '마음 읽기 모델', '대화·노래 자료', '앱 화면과 기능']);
    expect(partLines(parts)).toEqual([
      { label: '기기에서 돌리는 프로그램', size: '25.7 MB' },
      { label: '마음 읽기 모델', size: '3.7 MB' },
      { label: '대화·노래 자료', size: '2.7 MB' },
      { label: '앱 화면과 기능', size: '2.1 MB' },
    ]);
  });
  it('the total is their sum, and the rounded total agrees with the listed sizes', () => {
    const parts = downloadParts(sizes);
    const total = partsTotal(parts);
    expect(total).toBe(sizes.model + sizes.runtime + sizes.data + sizes.app);
    const listed = partLines(parts).reduce((n, l) => n + Number.parseFloat(l.size), 0);
    const said = Number(/약 (\d+) MB/.exec(downloadIntro(total))![1]);
    expect(Math.abs(said - listed)).toBeLessThanOrEqual(0.5 + 0.05 * parts.length);
    expect(downloadProgress(total / 2, total, true).text).toMatch(new RegExp(`^약 ${said} MB 중`));
  });
  it('leaves out what the build did not measure', () => {
    expect(downloadParts({ ...sizes, app: 0 }).map((p) => p.id)).toEqual(['runtime', 'model', 'data']);
    expect(downloadParts({ model: 0, runtime: 0, data: 0, app: 0 })).toEqual([]);
    expect(partsTotal([])).toBe(0);
  });
});
