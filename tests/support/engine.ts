import { Engine } from '../../src/app/index.js';
import { loadEngineConfig } from '../../src/config/index.js';
import { tempDir, writeFiles } from './fs.js';

/** An engine (real model) over a new corpus folder holding `files` (name -> text), with a new index folder. */
export async function engineOn(files: Record<string, string>): Promise<Engine> {
  const corpus = await tempDir('docent-corpus-');
  await writeFiles(corpus, files);
  return Engine.open(loadEngineConfig({}, { corpus, index: await tempDir() }));
}
