import { describe, expect, it } from 'vitest';
import { channels, eventNames, requests } from '../../shared/contract';
import { createProject } from '../../shared/model/project';

const project = createProject({ name: 'Acme support', functionTemplate: 'customer-service' });

describe('the IPC contract', () => {
  it('lists exactly the channels that have a request schema', () => {
    expect(channels).toEqual(Object.keys(requests));
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('names every channel and event area:verb', () => {
    for (const name of [...channels, ...eventNames]) expect(name).toMatch(/^[a-z]+:[a-z-]+$/);
  });

  it('accepts well-formed requests', () => {
    expect(requests['library:list'].safeParse({}).success).toBe(true);
    expect(
      requests['project:create'].safeParse({ name: 'Acme support', functionTemplate: 'collections' }).success,
    ).toBe(true);
    expect(requests['project:open'].safeParse({ path: '/home/me/Acme.orw' }).success).toBe(true);
    expect(requests['project:save'].safeParse({ path: '/a.orw', project, baseRevision: 3 }).success).toBe(true);
    expect(requests['project:rename'].safeParse({ path: '/a.orw', name: 'New', baseRevision: 0 }).success).toBe(true);
    expect(requests['project:close'].safeParse({ path: '/a.orw' }).success).toBe(true);
  });

  it('trims the project name of a create request', () => {
    const parsed = requests['project:create'].parse({ name: '  Acme  ', functionTemplate: 'collections' });
    expect(parsed.name).toBe('Acme');
  });

  it('refuses an open request without a usable path', () => {
    for (const request of [{ path: '' }, { path: 42 }, {}, null, 'Acme.orw', { path: 'x'.repeat(5000) }]) {
      expect(requests['project:open'].safeParse(request).success).toBe(false);
    }
  });

  it('refuses a create request with a blank or overlong name or an unknown business function', () => {
    const create = requests['project:create'];
    expect(create.safeParse({ name: '', functionTemplate: 'collections' }).success).toBe(false);
    expect(create.safeParse({ name: '   ', functionTemplate: 'collections' }).success).toBe(false);
    expect(create.safeParse({ name: 'x'.repeat(121), functionTemplate: 'collections' }).success).toBe(false);
    expect(create.safeParse({ name: 'Acme', functionTemplate: 'astrology' }).success).toBe(false);
    expect(create.safeParse({ name: 'Acme' }).success).toBe(false);
  });

  it('refuses save and rename requests with a bad revision or project', () => {
    const save = requests['project:save'];
    expect(save.safeParse({ path: '/a.orw', project, baseRevision: -1 }).success).toBe(false);
    expect(save.safeParse({ path: '/a.orw', project, baseRevision: 1.5 }).success).toBe(false);
    expect(save.safeParse({ path: '/a.orw', project: { ...project, name: '' }, baseRevision: 1 }).success).toBe(false);
    expect(save.safeParse({ path: '/a.orw', project: { ...project, id: 'x' }, baseRevision: 1 }).success).toBe(false);
    const rename = requests['project:rename'];
    expect(rename.safeParse({ path: '/a.orw', name: ' ', baseRevision: 1 }).success).toBe(false);
    expect(rename.safeParse({ path: '/a.orw', name: 'New' }).success).toBe(false);
  });
});
