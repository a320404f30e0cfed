/**
 * The 저장 공간 lines in 설정: the user's own records and the app's offline files, apart.
 *
 * The browser's estimate (navigator.storage.estimate().usage) counts everything this site
 * keeps: the records in IndexedDB, but mostly the app and the emotion model the service
 * worker cached for offline use. Shown as one number it read as the size of the records (and
 * grew after 모든 기록 지우기). So the records are measured by the size of their export file,
 * and the rest is the offline files.
 *
 * Session 40: the offline files are the sum of the files the service worker keeps — the same
 * files, and so the same figure, as the first download's "약 35 MB". The browser's own Cache
 * Storage figure is larger (Chromium also keeps compiled copies of the engine there, ~48 MB
 * for 34.5 MB of files); where it is, a second line says how much more and why.
 */

/** '45 KB', '1.2 MB', '0 KB'. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(bytes > 0 ? 1 : 0, Math.round(bytes / 1024)).toLocaleString('ko-KR')} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export interface StorageUse {
  /** Bytes of the export file; null when unknown. */
  recordsBytes: number | null;
  /** How many records there are (0: nothing saved yet). */
  recordCount: number | null;
  /** navigator.storage.estimate().usage */
  usage: number | null;
  /** estimate().usageDetails.caches (Chromium), when given. */
  cachesBytes?: number | null;
  /** Sum of the files kept for offline use (the service worker's precache), when measured. */
  appFilesBytes?: number | null;
}

/** "내 기록 · 약 45 KB" or "내 기록 · 아직 없어요"; null when unknown. */
export function recordsLine(use: StorageUse): string | null {
  if (use.recordCount === 0) return '아직 저장된 기록이 없어요.';
  if (use.recordsBytes === null) return null;
  return `약 ${formatSize(use.recordsBytes)} (내보내기 파일 크기 기준)`;
}

/** Size of the app and model files kept for offline use; null when unknown. */
export function offlineFilesBytes(use: StorageUse): number | null {
  if (typeof use.appFilesBytes === 'number' && use.appFilesBytes > 0) return use.appFilesBytes;
  if (typeof use.cachesBytes === 'number' && use.cachesBytes > 0) return use.cachesBytes;
  if (use.usage === null) return null;
  return Math.max(0, use.usage - (use.recordsBytes ?? 0));
}

export function offlineFilesLine(use: StorageUse): string | null {
  const bytes = offlineFilesBytes(use);
  return bytes === null ? null : `약 ${formatSize(bytes)}`;
}

const EXTRA_WORTH_SAYING = 1024 * 1024;

/**
 * When the browser's figure for those files is clearly larger than the files: "브라우저는 이
 * 파일을 빨리 열려고 만든 사본 등으로 약 13.6 MB를 더 쓰고 있어요 (모두 약 48.1 MB)."; else null.
 */
export function browserExtraLine(use: StorageUse): string | null {
  const files = use.appFilesBytes;
  const browser = use.cachesBytes;
  if (typeof files !== 'number' || !(files > 0) || typeof browser !== 'number') return null;
  if (browser - files < EXTRA_WORTH_SAYING) return null;
  return `브라우저는 이 파일을 빨리 열려고 만든 사본 등으로 약 ${formatSize(browser - files)}를 더 쓰고 있어요 (모두 약 ${formatSize(browser)}).`;
}
