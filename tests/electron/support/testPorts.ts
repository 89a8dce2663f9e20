import { mkdir, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Ports } from '../../../electron/services';

/** A clock the test moves by hand. */
export class TestClock {
  constructor(private current = new Date('2026-03-02T09:00:00.000Z').getTime()) {}

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): Date {
    this.current += ms;
    return this.now();
  }
}

/** A stand-in user machine in one temp folder, with dialogs the test answers and a trash it can look into. */
export interface TestMachine {
  root: string;
  userData: string;
  documents: string;
  trash: string;
  /** What the next file dialogs answer, in order; null is Cancel. An empty queue cancels. */
  dialogAnswers: { open: Array<string | null>; save: Array<string | null | ((defaultPath: string) => string)> };
  /** What each save dialog proposed (its default path), in order. */
  saveDialogDefaults: string[];
  /** Paths "Show in folder" was asked to reveal. */
  revealed: string[];
}

export function testMachine(root: string): TestMachine {
  return {
    root,
    userData: join(root, 'userData'),
    documents: join(root, 'Documents'),
    trash: join(root, 'Trash'),
    dialogAnswers: { open: [], save: [] },
    saveDialogDefaults: [],
    revealed: [],
  };
}

/** The services' ports on a test machine: real files, scripted dialogs, a trash folder. */
export function testPorts(machine: TestMachine, clock: { now(): Date } = { now: () => new Date() }): Ports {
  return {
    appVersion: '0.0.0-test',
    paths: { userData: machine.userData, documents: machine.documents },
    clock,
    dialogs: {
      chooseFileToOpen: async () => machine.dialogAnswers.open.shift() ?? null,
      chooseSavePath: async ({ defaultPath }) => {
        machine.saveDialogDefaults.push(defaultPath);
        const answer = machine.dialogAnswers.save.shift() ?? null;
        return typeof answer === 'function' ? answer(defaultPath) : answer;
      },
    },
    shell: {
      revealInFolder: async (path) => void machine.revealed.push(path),
      async moveToTrash(path) {
        await mkdir(machine.trash, { recursive: true });
        await rename(path, join(machine.trash, basename(path)));
      },
    },
    pdf: { printToPdf: () => Promise.reject(new Error('PDF printing is not part of this test')) },
  };
}
