import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerHandlers, type Register } from '../../electron/ipc';
import { channels, type Channel, type Handlers } from '../../shared/contract';
import { createProject } from '../../shared/model/project';
import { fail, ok, type Result } from '../../shared/result';

const project = createProject({ name: 'Acme support', functionTemplate: 'customer-service' });

const answerNull = async () => ok(null);

/** Handlers for every channel that answer `ok(null)`, with the ones a test cares about replaced. */
function fakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  const all = Object.fromEntries(channels.map((channel) => [channel, answerNull]));
  return { ...all, ...overrides } as unknown as Handlers;
}

type Wrapped = (request: unknown) => Promise<Result<unknown>>;

function register(handlers: Handlers): Map<Channel, Wrapped> {
  const registered = new Map<Channel, Wrapped>();
  const collect: Register = (channel, handle) => {
    expect(registered.has(channel)).toBe(false);
    registered.set(channel, handle);
  };
  registerHandlers(collect, handlers);
  return registered;
}

function wrapped(registered: Map<Channel, Wrapped>, channel: Channel): Wrapped {
  const handle = registered.get(channel);
  if (!handle) throw new Error(`${channel} was not registered`);
  return handle;
}

describe('registerHandlers', () => {
  let consoleError: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => {
    consoleError.mockRestore();
  });

  it('registers exactly the channels of the contract, once each', () => {
    const registered = register(fakeHandlers());
    expect([...registered.keys()].toSorted()).toEqual([...channels].toSorted());
  });

  it('answers an invalid request with invalid-request and never calls the handler', async () => {
    const open = vi.fn<Handlers['project:open']>(async (req) =>
      ok({ path: req.path, project, revision: 1, lockedBy: null }),
    );
    const registered = register(fakeHandlers({ 'project:open': open }));
    for (const request of [{ path: 42 }, { path: '' }, null, undefined, 'Acme.orw', []]) {
      const result = await wrapped(registered, 'project:open')(request);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      if (!result.ok) expect(result.error.message).toMatch(/\S/);
    }
    expect(open).not.toHaveBeenCalled();
  });

  it('refuses a create request for an unknown business function before it reaches the handler', async () => {
    const create = vi.fn<Handlers['project:create']>();
    const registered = register(fakeHandlers({ 'project:create': create }));
    const result = await wrapped(registered, 'project:create')({ name: 'Acme', functionTemplate: 'astrology' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(create).not.toHaveBeenCalled();
  });

  it('hands a valid request to the handler as parsed data and returns its answer', async () => {
    const create = vi.fn<Handlers['project:create']>(async (req) =>
      ok({ path: `/documents/${req.name}.orw`, project, revision: 1, lockedBy: null }),
    );
    const registered = register(fakeHandlers({ 'project:create': create }));
    const result = await wrapped(
      registered,
      'project:create',
    )({
      name: '  Acme support  ',
      functionTemplate: 'collections',
      unexpected: 'dropped',
    });
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith({ name: 'Acme support', functionTemplate: 'collections' });
    expect(result).toEqual({
      ok: true,
      value: { path: '/documents/Acme support.orw', project, revision: 1, lockedBy: null },
    });
  });

  it("passes a handler's own error result through unchanged", async () => {
    const conflict = fail<never>('conflict', 'This project file was changed outside this window.');
    const save = vi.fn<Handlers['project:save']>(async () => conflict);
    const registered = register(fakeHandlers({ 'project:save': save }));
    const result = await wrapped(registered, 'project:save')({ path: '/a.orw', project, baseRevision: 1 });
    expect(result).toEqual(conflict);
    expect(save).toHaveBeenCalledWith({ path: '/a.orw', project, baseRevision: 1, overwrite: false });
  });

  it('turns a handler that throws into an io error with a sentence a user can read, no stack', async () => {
    const secret = 'EACCES internal detail /home/me/secret';
    const registered = register(
      fakeHandlers({
        'project:open': () => {
          throw new Error(secret);
        },
        'project:close': async () => {
          throw new TypeError(secret);
        },
      }),
    );
    for (const [channel, request] of [
      ['project:open', { path: '/a.orw' }],
      ['project:close', { path: '/a.orw' }],
    ] as const) {
      const result = await wrapped(registered, channel)(request);
      expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
      if (result.ok) continue;
      expect(result.error.message).toMatch(/^[A-Z].*\.$/);
      expect(result.error.message).not.toContain(secret);
      expect(result.error.message).not.toMatch(/\n\s*at /);
      expect(result.error.message).not.toMatch(/Error/);
    }
    expect(consoleError).toHaveBeenCalled();
  });
});
