/** UI-side handle on the ML worker: promise-based analysis, load progress as a signal source. */
import type { LoadProgress } from './encoder';
import type { LoadFailure, WireAnalysis, WorkerRequest, WorkerResponse } from './protocol';

export type { LoadFailure };

/** A failed model load, with the worker's reason (`missing` | `offline` | `damaged`). */
export class ModelLoadError extends Error {
  constructor(
    message: string,
    readonly reason: LoadFailure,
    /** The files had just been fetched again past every cache ("다시 시도"). */
    readonly refreshed: boolean,
  ) {
    super(message);
    this.name = 'ModelLoadError';
  }
}

export type ReadyInfo = Extract<WorkerResponse, { type: 'ready' }>['info'];

export interface AnalyzerHandlers {
  onProgress?: (p: LoadProgress) => void;
  /** Fetch the model files again past the service worker's and the browser's caches first. */
  fresh?: boolean;
}

export interface Analyzer {
  ready: Promise<ReadyInfo>;
  analyze(texts: string[]): Promise<WireAnalysis[]>;
  analyzeLong(text: string): Promise<WireAnalysis>;
  terminate(): void;
}

/**
 * `after`: the worker starts only once this settles (the app passes "the first service-worker
 * install has finished", so the model is not downloaded twice on a first visit).
 */
export function startAnalyzer(
  handlers: AnalyzerHandlers = {},
  modelBase = `${import.meta.env.BASE_URL}models/`,
  after: Promise<unknown> = Promise.resolve(),
): Analyzer {
  let nextId = 1;
  const pending = new Map<number, { resolve: (a: WireAnalysis[]) => void; reject: (e: Error) => void }>();
  let resolveReady!: (i: ReadyInfo) => void;
  let rejectReady!: (e: Error) => void;
  const ready = new Promise<ReadyInfo>((res, rej) => {
    resolveReady = res;
    rejectReady = rej;
  });

  const onMessage = (event: MessageEvent<WorkerResponse>) => {
    const msg = event.data;
    switch (msg.type) {
      case 'progress':
        handlers.onProgress?.(msg.progress);
        break;
      case 'ready':
        resolveReady(msg.info);
        break;
      case 'load-error':
        rejectReady(new ModelLoadError(msg.message, msg.reason, msg.refreshed));
        break;
      case 'result':
      case 'error': {
        const p = pending.get(msg.id);
        pending.delete(msg.id);
        if (!p) break;
        if (msg.type === 'result') p.resolve(msg.analyses);
        else p.reject(new Error(msg.message));
        break;
      }
    }
  };
  const worker = after
    .catch(() => undefined)
    .then(() => {
      const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = onMessage;
      w.onerror = (e) => rejectReady(new Error(e.message || 'worker failed to start'));
      return w;
    });
  const send = (req: WorkerRequest) => void worker.then((w) => w.postMessage(req));
  send({ type: 'load', modelBase: new URL(modelBase, location.href).href, modelId: 'maum-mini', preferWebGPU: true, fresh: handlers.fresh === true });

  const request = (build: (id: number) => WorkerRequest) =>
    ready.then(
      () =>
        new Promise<WireAnalysis[]>((resolve, reject) => {
          const id = nextId++;
          pending.set(id, { resolve, reject });
          send(build(id));
        }),
    );

  return {
    ready,
    analyze: (texts) => request((id) => ({ type: 'analyze', id, texts })),
    analyzeLong: (text) => request((id) => ({ type: 'analyzeLong', id, text })).then((a) => a[0]!),
    terminate: () => void worker.then((w) => w.terminate()),
  };
}
