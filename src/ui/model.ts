/**
 * The app-wide handle on the on-device model: starts the ML worker once and exposes its
 * load progress and readiness as Solid signals for the UI (status line, analyse box, later
 * the chat). Other modules call `getAnalyzer()` rather than starting a second worker.
 */
import { createSignal } from 'solid-js';
import { startAnalyzer, type Analyzer, type ReadyInfo } from '../ml/client';

export type ModelPhase = 'idle' | 'loading' | 'ready' | 'error';

export interface ModelState {
  phase: ModelPhase;
  /** Bytes of model files received so far / expected (all files together). */
  loaded: number;
  total: number;
  info?: ReadyInfo;
  error?: string;
}

const [modelState, setModelState] = createSignal<ModelState>({ phase: 'idle', loaded: 0, total: 0 });
export { modelState };

let analyzer: Analyzer | null = null;

/** Starts the model worker on first call; later calls return the same analyzer. */
export function getAnalyzer(): Analyzer {
  if (analyzer) return analyzer;
  const files = new Map<string, { loaded: number; total: number }>();
  setModelState({ phase: 'loading', loaded: 0, total: 0 });
  const a = startAnalyzer({
    onProgress: (p) => {
      files.set(p.file, { loaded: p.loaded, total: p.total });
      let loaded = 0;
      let total = 0;
      for (const f of files.values()) {
        loaded += f.loaded;
        total += f.total;
      }
      setModelState((s) => (s.phase === 'loading' ? { ...s, loaded, total } : s));
    },
  });
  analyzer = a;
  a.ready.then(
    (info) => setModelState((s) => ({ ...s, phase: 'ready', info, loaded: s.total || s.loaded })),
    (err: unknown) =>
      setModelState((s) => ({ ...s, phase: 'error', error: err instanceof Error ? err.message : String(err) })),
  );
  return a;
}

export function formatMB(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
