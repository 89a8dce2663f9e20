/**
 * Runs before `npm test` (its `pretest`) and before the end-to-end tests: stops at once, one line per missing
 * tool, rather than failing every browser test minutes later.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { missingTestTools } from './testTools.ts';

const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const isOnPath = (command: string) =>
  (process.env['PATH'] ?? '').split(delimiter).some((folder) => folder !== '' && isExecutable(join(folder, command)));

const missing = missingTestTools(process.env, isExecutable, isOnPath);
for (const line of missing) console.error(`npm test: ${line}`);
if (missing.length > 0) process.exit(1);
