/**
 * The colour scheme in effect, as a signal for charts: `<html data-theme>` (set by the theme
 * setting in ../services) or, for 'system', the OS preference. Kept current as either changes.
 */
import { createRoot, createSignal } from 'solid-js';
import { currentTheme } from '../charts/emotions';

export type Scheme = 'light' | 'dark';

export const scheme = createRoot(() => {
  const [value, setValue] = createSignal<Scheme>(currentTheme());
  if (typeof document !== 'undefined') {
    const update = () => setValue(currentTheme());
    new MutationObserver(update).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    if (typeof matchMedia === 'function') matchMedia('(prefers-color-scheme: dark)').addEventListener('change', update);
  }
  return value;
});

/** A CSS custom property of the root element, e.g. cssVar('--text'). */
export function cssVar(name: string, fallback = ''): string {
  if (typeof document === 'undefined') return fallback;
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}
