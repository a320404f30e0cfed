/** Node side of the chat: reads the dialogue index from disk and wires the engine to the encoder. */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadNodeEncoder, REPO_ROOT } from '../ml/node';
import type { Encoder, ModelDtype } from '../ml/encoder';
import { createChatEngine, type ChatEngine, type ChatEngineOptions } from './engine';
import { parseDialogueIndex } from './index-format';
import type { DialogueIndex } from './types';

export const DEFAULT_INDEX = path.join(REPO_ROOT, 'data', 'dialogue-index.json');

/** `file` is the .json; the .bin sits next to it with the same base name. */
export async function loadDialogueIndexFile(file = DEFAULT_INDEX): Promise<DialogueIndex> {
  const binFile = file.replace(/\.json$/u, '.bin');
  if (!existsSync(file) || !existsSync(binFile)) {
    throw new Error(`dialogue index not found at ${file} (run: npm run build:dialogue-index)`);
  }
  const [json, bin] = await Promise.all([readFile(file, 'utf8'), readFile(binFile)]);
  return parseDialogueIndex(JSON.parse(json), new Uint8Array(bin.buffer, bin.byteOffset, bin.byteLength));
}

/** The catalogue's artists and titles (data/songs.json), for "아이유 노래로 추천해줘"; null when it is not there. */
export async function loadSongNames(file = path.join(REPO_ROOT, 'data', 'songs.json')): Promise<Array<{ artist: string; title: string }> | null> {
  if (!existsSync(file)) return null;
  const parsed = JSON.parse(await readFile(file, 'utf8')) as { songs?: Array<{ artist: string; title: string }> };
  return parsed.songs?.map((s) => ({ artist: s.artist, title: s.title })) ?? null;
}

export interface NodeChat {
  engine: ChatEngine;
  encoder: Encoder;
  index: DialogueIndex;
}

/** Encoder + index + engine, checking that the index was built with this very model. */
export async function createNodeChat(
  opts: { modelDir?: string; indexFile?: string; dtype?: ModelDtype } & Omit<ChatEngineOptions, 'analyze' | 'index'> = {},
): Promise<NodeChat> {
  const { modelDir, indexFile, dtype, ...engineOpts } = opts;
  const [encoder, index] = await Promise.all([
    loadNodeEncoder({ ...(modelDir ? { dir: modelDir } : {}), ...(dtype ? { dtype } : {}) }),
    loadDialogueIndexFile(indexFile),
  ]);
  if (index.modelVersion !== encoder.info.version) {
    await encoder.dispose();
    throw new Error(
      `dialogue index was built with model ${index.modelVersion}, but the model is ${encoder.info.version} (run: npm run build:dialogue-index)`,
    );
  }
  const songNames = await loadSongNames();
  const engine = createChatEngine({ songNames: () => songNames, ...engineOpts, index, analyze: (texts) => encoder.analyze(texts) });
  return { engine, encoder, index };
}
