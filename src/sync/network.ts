export interface NetworkStatus {
  isOnline(): boolean;
  /** Calls `listener` whenever the device comes back online; returns an unsubscribe function. */
  onOnline(listener: () => void): () => void;
}

/** navigator.onLine and the window `online` event; outside a browser, always online. */
export const browserNetwork: NetworkStatus = {
  isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false,
  onOnline(listener) {
    if (typeof window === 'undefined') return () => undefined;
    window.addEventListener('online', listener);
    return () => window.removeEventListener('online', listener);
  },
};
