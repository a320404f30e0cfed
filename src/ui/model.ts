/** Kept for older imports: the model lives in ./services now (one worker for the whole app). */
export { formatMB, getAnalyzer, modelStatus, retryModel, type ModelStatus } from './services';
