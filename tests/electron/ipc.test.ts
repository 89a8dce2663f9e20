import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromAppFramesOnly, registerHandlers, type Register } from '../../electron/ipc';
import { appEntryUrl } from '../../electron/policy';
import { channels, requests, type Channel, type Handlers, type RequestOf } from '../../shared/contract';
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
    )({ name: '  Acme support  ', functionTemplate: 'collections' });
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

/** One valid request per channel; a channel added to the contract must add its example here (the type says so). */
const validRequests: { [C in Channel]: RequestOf<C> } = {
  'library:list': {},
  'library:forget': { path: '/home/me/Acme.orw' },
  'project:create': { name: 'Acme', functionTemplate: 'customer-service' },
  'project:open': { path: '/home/me/Acme.orw' },
  'project:choose-and-open': {},
  'project:create-sample': {},
  'project:locate': { path: 'C:\\Users\\me\\Acme.orw' },
  'project:save': { path: '/home/me/Acme.orw', project, baseRevision: 3, overwrite: false },
  'project:save-as': { path: '/home/me/Acme.orw', project, move: false },
  'project:save-copy': { path: '/home/me/Acme.orw', project },
  'project:rename': { path: '/home/me/Acme.orw', name: 'Acme 2', baseRevision: 1 },
  'project:duplicate': { path: '/home/me/Acme.orw' },
  'project:open-copy': { path: '/home/me/Acme.orw' },
  'project:import': {},
  'project:export': { path: '/home/me/Acme.orw' },
  'file:reveal': { path: '/home/me/Acme.orw' },
  'file:export-text': { suggestedName: 'actions.csv', format: 'csv', content: 'a,b' },
  'file:export-binary': { suggestedName: 'q.docx', format: 'docx', base64: 'UEsDBA==' },
  'file:export-pdf': { suggestedName: 'Briefing', html: '<!doctype html><p>Hi</p>' },
  'file:import-text': { format: 'csv' },
  'project:delete': { path: '/home/me/Acme.orw' },
  'project:close': { path: '/home/me/Acme.orw' },
  'backup:list': { path: '/home/me/Acme.orw' },
  'backup:restore': { path: '/home/me/Acme.orw', backupId: '2026-03-02T09-00-00Z.orw' },
  'preferences:get': {},
  'preferences:set': { theme: 'dark' },
  'app:menu-state': {
    applicable: ['file:new', 'edit:find'],
    theme: 'system',
    recent: [{ name: 'Acme', path: '/home/me/Acme.orw' }],
    document: { name: 'Acme', path: '/home/me/Acme.orw', edited: true },
  },
  'app:close-window': {},
};

/** The top-level fields of a channel's request, and whether each may be left out. */
function fieldsOf(channel: Channel): Array<{ name: string; required: boolean }> {
  const shape = requests[channel].shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;
  return Object.entries(shape).map(([name, schema]) => ({ name, required: !schema.safeParse(undefined).success }));
}

/** Calls the channel as the renderer would, with a handler that records whether it ran. */
async function call(name: Channel, request: unknown) {
  const handler = vi.fn(async () => ok(null));
  const registered = register(fakeHandlers({ [name]: handler }));
  const result = await wrapped(registered, name)(request);
  return { result, reached: handler.mock.calls.length > 0 };
}

describe('every channel’s request schema, through registerHandlers', () => {
  const channel = fc.constantFrom(...channels);
  const anyValue = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
  );

  it('accepts each channel’s valid example and hands it to the handler', async () => {
    for (const name of channels) {
      const { result, reached } = await call(name, structuredClone(validRequests[name]));
      expect(result, name).toEqual({ ok: true, value: null });
      expect(reached, name).toBe(true);
    }
  });

  it('refuses a request with a field the contract does not name, before it reaches the handler', async () => {
    await fc.assert(
      fc.asyncProperty(channel, fc.string({ minLength: 1, maxLength: 12 }), anyValue, async (name, extra, value) => {
        fc.pre(!fieldsOf(name).some((field) => field.name === extra) && extra !== '__proto__');
        const { result, reached } = await call(name, { ...structuredClone(validRequests[name]), [extra]: value });
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
        expect(reached).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a request missing a required field', async () => {
    const cases = channels.flatMap((name) =>
      fieldsOf(name)
        .filter((field) => field.required)
        .map((field) => [name, field.name] as const),
    );
    expect(cases.length).toBeGreaterThan(20);
    for (const [name, field] of cases) {
      const request: Record<string, unknown> = { ...structuredClone(validRequests[name]) };
      delete request[field];
      const { result, reached } = await call(name, request);
      expect(result, `${name} without ${field}`).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      expect(reached).toBe(false);
    }
  });

  it('refuses a request with a field of the wrong type', async () => {
    const withFields = channels.filter((name) => fieldsOf(name).length > 0);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...withFields), fc.nat(), anyValue, async (name, pick, value) => {
        const fields = fieldsOf(name);
        const field = fields[pick % fields.length]?.name ?? '';
        const schema = requests[name].shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
        fc.pre(value !== undefined && !schema[field]?.safeParse(value).success);
        const { result, reached } = await call(name, { ...structuredClone(validRequests[name]), [field]: value });
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
        expect(reached).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses anything that is not an object', async () => {
    for (const name of channels) {
      for (const request of [null, undefined, 'x', 42, [], true]) {
        const { result, reached } = await call(name, request);
        expect(result, name).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
        expect(reached).toBe(false);
      }
    }
  });
});

describe('fromAppFramesOnly (what ipcMain.handle runs)', () => {
  it('hands requests from the app’s own page to the channel', async () => {
    const handle = vi.fn(async () => ok('answered'));
    const guarded = fromAppFramesOnly(handle);
    expect(await guarded(appEntryUrl, { path: '/a.orw' })).toEqual({ ok: true, value: 'answered' });
    expect(await guarded('app://workbench/assets/x.js', {})).toEqual({ ok: true, value: 'answered' });
    expect(handle).toHaveBeenCalledTimes(2);
  });

  it.each([
    undefined,
    '',
    'https://example.com/',
    'http://app.local/',
    'file:///home/me/index.html',
    'app://workbench.evil.com/index.html',
    'app://other/index.html',
    'data:text/html,hi',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
  ])('refuses a request from a foreign frame (%j) without reading it', async (url) => {
    const handle = vi.fn(async () => ok(null));
    const result = await fromAppFramesOnly(handle)(url, { path: '/a.orw' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(handle).not.toHaveBeenCalled();
  });

  it('is how the main process registers every channel', async () => {
    const { readFile } = await import('node:fs/promises');
    const main = await readFile('electron/main.ts', 'utf8');
    expect(main).toMatch(/fromAppFramesOnly\(handle\)/);
    expect(main).toMatch(
      /ipcMain\.handle\(channel, \(event, request: unknown\) => guarded\(event\.senderFrame\?\.url, request\)\)/,
    );
    expect(main).not.toMatch(/ipcMain\.handle\((?!channel)/);
  });
});
