import { loadNodeEncoder } from '../src/ml/node';
import { SENTENCES } from './bench/models';
const T = Number(process.env.T ?? 0) || undefined;
const enc = await loadNodeEncoder({ threads: T });
const xs: number[] = [];
for (let i = 0; i < 3500; i++) { const t = performance.now(); await enc.analyze([SENTENCES[(i * 7) % 64]!]); if (i >= 500) xs.push(performance.now() - t); }
xs.sort((a, b) => a - b); process.stdout.write(xs[1500]!.toFixed(2) + ' ');
