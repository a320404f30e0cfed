/** Kept for older imports: `navigator.onLine` as a Solid signal lives in ./services. */
export { online } from './services';
