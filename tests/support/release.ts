import { existsSync } from 'node:fs';
import path from 'node:path';

// The repository's root, from tests/support or from its build in dist/tests/support (the benchmarks
// run the build, outside vitest).
const root = [path.resolve(import.meta.dirname, '../..'), path.resolve(import.meta.dirname, '../../..')].find((dir) => existsSync(path.join(dir, 'package.json')));
if (root === undefined) throw new Error(`no package.json above ${import.meta.dirname}`);

/** The repository's copy of the release. */
export const RELEASE_CORPUS = path.join(root, 'corpus');
export const RELEASE_FILE = 'kazakhstan-osce-2019-05-07.txt';
