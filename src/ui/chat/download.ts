/**
 * The first download's size and progress in words (the card in ./ChatStatus.tsx).
 *
 * APP_DOWNLOAD_BYTES is the build's own number: the model, onnxruntime-web and data files
 * summed at build time (scripts/build/app-files.ts appDownloadBytes, passed in by
 * vite.config.ts as __APP_DOWNLOAD_BYTES__). It is 0 where the build did not define it (unit
 * tests), and then the card says no total.
 */
declare const __APP_DOWNLOAD_BYTES__: number | undefined;

export const APP_DOWNLOAD_BYTES: number = typeof __APP_DOWNLOAD_BYTES__ === 'number' ? __APP_DOWNLOAD_BYTES__ : 0;

const MB = 1024 * 1024;

/** "17 KB", "25.6 MB" (the same units as services.formatMB). */
const formatSize = (bytes: number): string =>
  bytes < MB ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / MB).toFixed(1)} MB`;

/** "약 34 MB" (rounded up to a whole MB), or '' when the total is unknown. */
export function approxTotal(total: number): string {
  if (!(total > 0)) return '';
  return `약 ${Math.max(1, Math.ceil(total / MB))} MB`;
}

/** The line under the title before the download starts: the size up front and a Wi-Fi hint. */
export function downloadIntro(total: number): string {
  const size = approxTotal(total);
  return size
    ? `처음 한 번만 ${size}를 내려받아요. 데이터 요금이 걱정되면 와이파이에서 받아 주세요. 그다음부터는 인터넷 없이도 바로 쓸 수 있어요.`
    : '처음 한 번만 내려받아요. 그다음부터는 인터넷 없이도 바로 쓸 수 있어요.';
}

export interface DownloadProgress {
  /** 0..99 while files are still coming (100 only when the model is ready), null when unknown. */
  percent: number | null;
  text: string;
}

/**
 * Progress while the app files arrive (the service worker's first install). With a known
 * total: "약 34 MB 중 25.6 MB 받음 (75%)". The total leaves out the app's few small scripts,
 * so the percent is capped at 99 until the model is ready.
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
