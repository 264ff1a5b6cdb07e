import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import fs from 'node:fs';
import path from 'node:path';

/** Runs every `*.e2e.ts` scenario with node's test runner, one file at a time. */
const dir = new URL('.', import.meta.url).pathname;
const only = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.e2e.ts') && (only.length === 0 || only.some((o) => f.includes(o))))
  .map((f) => path.join(dir, f));
// The children inherit this process's --import tsx.
const stream = run({ files, concurrency: 1, timeout: 300_000 });
let failed = false;
stream.on('test:fail', () => (failed = true));
stream.compose(new spec()).pipe(process.stdout);
stream.on('end', () => process.exit(failed ? 1 : 0));
