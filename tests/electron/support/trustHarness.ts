import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices, projectsFolderName, type ServiceOverrides, type Services } from '../../../electron/services';
import type { OpenedProject } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { TestClock, testMachine, testPorts, type TestMachine } from './testPorts';

/** A test machine, a clock and the copies of the app started on it, for the file-trust tests. */
export interface TrustBench {
  machine: TestMachine;
  clock: TestClock;
  projectsFolder: string;
  launch(overrides?: ServiceOverrides): Services;
  create(services: Services, name?: string): Promise<OpenedProject>;
  done(): Promise<void>;
}

export async function trustBench(): Promise<TrustBench> {
  const machine = testMachine(await mkdtemp(join(tmpdir(), 'orw-trust-')));
  const clock = new TestClock();
  const running: Services[] = [];
  return {
    machine,
    clock,
    projectsFolder: join(machine.documents, projectsFolderName),
    launch(overrides = {}) {
      const services = createServices(testPorts(machine, clock), overrides);
      running.push(services);
      return services;
    },
    async create(services, name = 'Acme support') {
      return value(await services.handlers['project:create']({ name, functionTemplate: 'customer-service' }));
    },
    async done() {
      await Promise.all(running.splice(0).map((s) => s.dispose()));
      await rm(machine.root, { recursive: true, force: true });
    },
  };
}

export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}
