/** Node loader for the song catalogue (CLIs, tests, build checks). Not for the browser bundle. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMBEDDING_FILE, parseCatalogue, type Catalogue, type CatalogueFile } from './catalogue';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_CATALOGUE = path.join(REPO_ROOT, 'data', 'songs.json');

/** Read data/songs.json (or `jsonPath`) and the embedding file named in it, beside it. */
export async function loadCatalogueFromDisk(jsonPath: string = DEFAULT_CATALOGUE): Promise<Catalogue> {
  const json = JSON.parse(await readFile(jsonPath, 'utf8')) as CatalogueFile;
  const binName = json.embedding?.file ?? 'songs.bin';
  if (!EMBEDDING_FILE.test(binName)) throw new Error(`song catalogue: embedding file must sit beside ${jsonPath}`);
  const bin = await readFile(path.join(path.dirname(jsonPath), binName));
  return parseCatalogue(json, bin);
}
