import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { newId } from '../../shared/ids';
import { createFileExclusive } from './durableWrite';

/**
 * A random id for this computer's user profile, kept in `<userData>/machine-id`. Host names repeat (two
 * laptops both called "LAPTOP"), so locks name the machine by this id; a lock with our id and a process that
 * is gone is ours to take over.
 */
export class MachineIdentity {
  private loaded: Promise<string> | null = null;

  constructor(private readonly userData: string) {}

  id(): Promise<string> {
    this.loaded ??= this.load().catch((error: unknown) => {
      this.loaded = null; // a failed read is tried again next time
      throw error;
    });
    return this.loaded;
  }

  private async load(): Promise<string> {
    const file = join(this.userData, 'machine-id');
    const existing = await readFile(file, 'utf8').then(
      (text) => text.trim(),
      () => '',
    );
    if (/^[0-9a-f-]{36}$/.test(existing)) return existing;
    await mkdir(this.userData, { recursive: true });
    const id = newId();
    try {
      await createFileExclusive(file, `${id}\n`);
      return id;
    } catch (error) {
      // Another copy of the app made it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return (await readFile(file, 'utf8')).trim();
    }
  }
}
