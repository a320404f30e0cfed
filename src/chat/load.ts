/** Browser loader: fetches /data/dialogue-index.json and .bin (precached by the service worker). */
import { parseDialogueIndex } from './index-format';
import type { DialogueIndex } from './types';

export const INDEX_JSON = 'data/dialogue-index.json';
export const INDEX_BIN = 'data/dialogue-index.bin';

export async function fetchDialogueIndex(base = '/', fetchImpl: typeof fetch = fetch): Promise<DialogueIndex> {
  const root = base.endsWith('/') ? base : `${base}/`;
  const [j, b] = await Promise.all([fetchImpl(`${root}${INDEX_JSON}`), fetchImpl(`${root}${INDEX_BIN}`)]);
  if (!j.ok || !b.ok) throw new Error(`dialogue index could not be loaded (${j.status}/${b.status})`);
  return parseDialogueIndex(await j.json(), await b.arrayBuffer());
}
