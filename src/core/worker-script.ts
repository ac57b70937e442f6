import { existsSync } from 'node:fs';

/**
 * The URL of a worker thread's script `file`, next to the module at `moduleUrl`, or undefined
 * when it is missing. Under vitest a module is its TypeScript source, which a worker thread cannot
 * run: then the built copy in dist/ is used (`npm test` builds first).
 */
export function workerScript(moduleUrl: string, file: string): URL | undefined {
  const source = moduleUrl.endsWith('.ts');
  const at = moduleUrl.lastIndexOf('/src/');
  const base = source && at >= 0 ? `${moduleUrl.slice(0, at)}/dist${moduleUrl.slice(at)}` : moduleUrl;
  const url = new URL(file, base);
  return existsSync(url) ? url : undefined;
}
