/**
 * The first download's size and progress in words (the card in ./ChatStatus.tsx).
 *
 * The sizes are the build's own numbers (scripts/build/download-size.ts): the model, the
 * onnxruntime-web runtime and the data files summed from disk when the config loads
 * (`__APP_DOWNLOAD_PARTS__`), and the app's own scripts, styles and icons written into the
 * bundle after it is rendered (`__APP_SHELL_BYTES__`). The card names each part and says their
 * sum as the total, so the two always agree. Where the build did not define them (unit tests)
 * every part is 0, and the card says no total.
 */
declare const __APP_DOWNLOAD_PARTS__: { model: number; runtime: number; data: number } | undefined;
declare const __APP_SHELL_BYTES__: number | undefined;

export interface DownloadPart {
  id: 'model' | 'runtime' | 'data' | 'app';
  /** Plain Korean name on the card. */
  label: string;
  bytes: number;
}

export const PART_LABELS: Record<DownloadPart['id'], string> = {
  model: '마음 읽기 모델',
  runtime: '기기에서 돌리는 프로그램',
  data: '대화·노래 자료',
  app: '앱 화면과 기능',
};

/** The parts of a first download, largest first; parts of 0 bytes are left out. */
export function downloadParts(sizes: { model: number; runtime: number; data: number; app: number }): DownloadPart[] {
  return (['model', 'runtime', 'data', 'app'] as const)
    .map((id) => ({ id, label: PART_LABELS[id], bytes: Math.max(0, sizes[id] || 0) }))
    .filter((p) => p.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
}

/** The sum of the parts (the card's total). */
export function partsTotal(parts: readonly DownloadPart[]): number {
  return parts.reduce((sum, p) => sum + p.bytes, 0);
}

const BUILD_PARTS = typeof __APP_DOWNLOAD_PARTS__ === 'object' && __APP_DOWNLOAD_PARTS__ ? __APP_DOWNLOAD_PARTS__ : { model: 0, runtime: 0, data: 0 };
const SHELL_BYTES = typeof __APP_SHELL_BYTES__ === 'number' ? __APP_SHELL_BYTES__ : 0;

/** This build's parts (empty in unit tests). */
export const APP_DOWNLOAD_PARTS: readonly DownloadPart[] = downloadParts({ ...BUILD_PARTS, app: SHELL_BYTES });

/** This build's total first download: the sum of APP_DOWNLOAD_PARTS (0 in unit tests). */
export const APP_DOWNLOAD_BYTES: number = partsTotal(APP_DOWNLOAD_PARTS);

const MB = 1024 * 1024;

/** "17 KB", "25.6 MB" (the same units as services.formatMB). */
export const formatSize = (bytes: number): string =>
  bytes < MB ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / MB).toFixed(1)} MB`;

/** "약 34 MB" (rounded to the nearest whole MB, at least 1), or '' when the total is unknown. */
export function approxTotal(total: number): string {
  if (!(total > 0)) return '';
  return `약 ${Math.max(1, Math.round(total / MB))} MB`;
}

/** "마음 읽기 모델 3.7 MB" lines for the card, in the order of `parts`. */
export function partLines(parts: readonly DownloadPart[]): { label: string; size: string }[] {
  return parts.map((p) => ({ label: p.label, size: formatSize(p.bytes) }));
}

/** The line under the title before the download starts: the size up front and a Wi-Fi hint. */
export function downloadIntro(total: number): string {
  const size = approxTotal(total);
  return size
    ? `처음 한 번만 내려받아요 (${size}). 데이터 요금이 걱정되면 와이파이에서 받아 주세요. 그다음부터는 인터넷 없이도 바로 쓸 수 있어요.`
    : '처음 한 번만 내려받아요. 그다음부터는 인터넷 없이도 바로 쓸 수 있어요.';
}

export interface DownloadProgress {
  /** 0..99 while files are still coming (100 only when the model is ready), null when unknown. */
  percent: number | null;
  text: string;
}

/**
 * Progress while the app files arrive (the service worker's first install). With a known
 * total: "약 34 MB 중 25.6 MB 받음 (75%)". The percent is capped at 99 until the model is
 * ready (the service worker's own script and a few headers are not in the total).
 */
export function downloadProgress(loaded: number, total: number, filesSeen: boolean): DownloadProgress {
  const size = approxTotal(total);
  if (loaded <= 0) return { percent: size ? 0 : null, text: size ? `${size} 내려받기를 준비하고 있어요` : '파일을 받을 준비를 하고 있어요' };
  if (!size) {
    return { percent: null, text: `${formatSize(loaded)} 받음 · ${filesSeen ? '다음 파일을 받거나 모델을 여는 중이에요' : '파일을 받고 있어요'}` };
  }
  const percent = Math.min(99, Math.floor((100 * loaded) / total));
  if (loaded >= total) return { percent, text: `${size} 중 거의 다 받았어요 (${percent}%)` };
  return { percent, text: `${size} 중 ${formatSize(loaded)} 받음 (${percent}%)` };
}
