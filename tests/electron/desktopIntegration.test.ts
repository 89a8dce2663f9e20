import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isProjectFilePath, OsFileInbox } from '../../electron/osFiles';
import { mainWindowSize, projectPathFromArgv } from '../../electron/policy';
import { placementOf, restoreBounds, type Rect } from '../../electron/windowBounds';
import {
  dockMenuTemplate,
  jumpListCategories,
  menuChanged,
  newlyOpenedDocument,
  recentChanged,
  windowChrome,
} from '../../electron/windowChrome';
import type { MenuState } from '../../shared/contract';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const monitorOnTheRight: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };

const inside = (bounds: { x?: number; y?: number; width: number; height: number }, area: Rect) =>
  (bounds.x ?? area.x) >= area.x &&
  (bounds.y ?? area.y) >= area.y &&
  (bounds.x ?? area.x) + bounds.width <= area.x + area.width &&
  (bounds.y ?? area.y) + bounds.height <= area.y + area.height;

describe('restoreBounds', () => {
  it('opens at the default size, centred by the OS, the first time', () => {
    expect(restoreBounds(null, [laptop], mainWindowSize)).toEqual({
      bounds: { width: 1280, height: 820 },
      maximized: false,
    });
  });

  it('puts the window back where it was when that is still on a display', () => {
    const saved = { x: 1600, y: 100, width: 1500, height: 900, maximized: false };
    expect(restoreBounds(saved, [laptop, monitorOnTheRight], mainWindowSize)).toEqual({
      bounds: { x: 1600, y: 100, width: 1500, height: 900 },
      maximized: false,
    });
  });

  it('brings a window from an unplugged monitor back onto the primary display, shrunk to fit', () => {
    const saved = { x: 1600, y: 100, width: 2000, height: 1200, maximized: true };
    const restored = restoreBounds(saved, [laptop], mainWindowSize);
    expect(restored.maximized).toBe(true);
    expect(restored.bounds).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
  });

  it('keeps the window wholly on a visible display, whatever was saved', () => {
    const area = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -3000, max: 3000 }),
      width: fc.integer({ min: 640, max: 6000 }),
      height: fc.integer({ min: 480, max: 4000 }),
    });
    const saved = fc.record({
      x: fc.integer({ min: -100_000, max: 100_000 }),
      y: fc.integer({ min: -100_000, max: 100_000 }),
      width: fc.integer({ min: 1, max: 20_000 }),
      height: fc.integer({ min: 1, max: 20_000 }),
      maximized: fc.boolean(),
    });
    fc.assert(
      fc.property(saved, fc.array(area, { minLength: 1, maxLength: 4 }), (placement, areas) => {
        const { bounds } = restoreBounds(placement, areas, mainWindowSize);
        expect(areas.some((candidate) => inside(bounds, candidate))).toBe(true);
        expect(bounds.width).toBeGreaterThan(0);
        expect(bounds.height).toBeGreaterThan(0);
      }),
    );
  });

  it('never makes the window smaller than its minimum when the display has room', () => {
    const saved = { x: 10, y: 10, width: 200, height: 100, maximized: false };
    expect(restoreBounds(saved, [laptop], mainWindowSize).bounds).toMatchObject({ width: 900, height: 600 });
  });

  it('remembers the normal bounds, rounded, and whether the window was maximised', () => {
    expect(placementOf({ x: 10.4, y: 20.6, width: 1000.5, height: 700.2 }, true)).toEqual({
      x: 10,
      y: 21,
      width: 1001,
      height: 700,
      maximized: true,
    });
  });
});

describe('files from the OS', () => {
  it('accepts only project files (any case)', () => {
    expect(isProjectFilePath('/home/me/Acme.orw')).toBe(true);
    expect(isProjectFilePath('C:\\Users\\me\\ACME.ORW')).toBe(true);
    expect(isProjectFilePath('/home/me/notes.txt')).toBe(false);
    expect(isProjectFilePath('/home/me/Acme.orw.lock')).toBe(false);
  });

  it('holds a file that arrives before the page can open it (macOS open-file before ready), then hands it over once', () => {
    const inbox = new OsFileInbox(null);
    expect(inbox.receive('/a/Early.orw')).toBeNull();
    expect(inbox.waiting).toBe('/a/Early.orw');
    expect(inbox.pageLoaded()).toBe('/a/Early.orw');
    expect(inbox.pageLoaded()).toBeNull();
    expect(inbox.receive('/a/Later.orw')).toBe('/a/Later.orw');
  });

  it('starts with the file from the command line and keeps only the last of several early files', () => {
    const inbox = new OsFileInbox(projectPathFromArgv(['/opt/workbench', 'Client.orw'], '/home/me'));
    expect(inbox.waiting).toBe('/home/me/Client.orw');
    inbox.receive('/a/One.orw');
    inbox.receive('/a/Two.orw');
    expect(inbox.pageLoaded()).toBe('/a/Two.orw');
  });

  it('holds files again while the page reloads', () => {
    const inbox = new OsFileInbox(null);
    inbox.pageLoaded();
    inbox.pageGone();
    expect(inbox.receive('/a/During reload.orw')).toBeNull();
    expect(inbox.pageLoaded()).toBe('/a/During reload.orw');
  });

  it('takes the file a second launch passes on its command line (the single-instance hand-over)', () => {
    expect(
      projectPathFromArgv(['C:\\Apps\\Workbench.exe', '--allow-file-access', 'D:\\Clients\\Acme.orw'], 'C:\\'),
    ).toBe('D:\\Clients\\Acme.orw');
    expect(projectPathFromArgv(['/opt/workbench', '--no-sandbox'], '/home/me')).toBeNull();
  });
});

const state = (document: MenuState['document'], recent: MenuState['recent'] = []): MenuState => ({
  applicable: ['file:new'],
  theme: 'system',
  recent,
  document,
});
const acme = { name: 'Acme support', path: '/home/me/Acme support.orw', edited: false };

describe('windowChrome', () => {
  it('names the app alone on the home', () => {
    expect(windowChrome(null, 'linux')).toEqual({
      title: 'Outsourcing Readiness Workbench',
      documentEdited: false,
      representedFilename: '',
    });
  });

  it('names the project, with an edited marker in the title on Windows and Linux', () => {
    expect(windowChrome(acme, 'win32').title).toBe('Acme support — Outsourcing Readiness Workbench');
    expect(windowChrome({ ...acme, edited: true }, 'win32').title).toBe(
      '● Acme support — Outsourcing Readiness Workbench',
    );
    expect(windowChrome({ ...acme, edited: true }, 'linux')).toMatchObject({ documentEdited: false });
  });

  it('uses documentEdited and the represented file on macOS, not a marker in the title', () => {
    expect(windowChrome({ ...acme, edited: true }, 'darwin')).toEqual({
      title: 'Acme support — Outsourcing Readiness Workbench',
      documentEdited: true,
      representedFilename: '/home/me/Acme support.orw',
    });
  });
});

describe('recent documents', () => {
  const recent = [
    { name: 'Acme support', path: '/home/me/Acme support.orw' },
    { name: 'Globex', path: 'C:\\Client files\\Globex.orw' },
  ];

  it('adds a project to the OS’s recent documents once, when it is opened', () => {
    expect(newlyOpenedDocument(null, state(acme))).toBe(acme.path);
    expect(newlyOpenedDocument(state(acme), state({ ...acme, edited: true }))).toBeNull();
    expect(newlyOpenedDocument(state(acme), state(null))).toBeNull();
    expect(newlyOpenedDocument(state(null), state(acme))).toBe(acme.path);
  });

  it('rebuilds the menu only when something in it changed, not for the edited marker', () => {
    expect(menuChanged(state(acme), state({ ...acme, edited: true }))).toBe(false);
    expect(menuChanged(state(acme), { ...state(acme), theme: 'dark' })).toBe(true);
    expect(menuChanged(state(acme), state(acme, recent))).toBe(true);
    expect(recentChanged(state(acme, recent), state(null, recent))).toBe(false);
    expect(recentChanged(null, state(null, recent))).toBe(true);
  });

  it('offers recent projects in the macOS dock menu, opening each in the running app', () => {
    const opened: string[] = [];
    const template = dockMenuTemplate(recent, (path) => opened.push(path));
    expect(template.map((item) => item.label)).toEqual(['Acme support', 'Globex']);
    const click = template[0]?.click as (() => void) | undefined;
    click?.();
    expect(opened).toEqual(['/home/me/Acme support.orw']);
  });

  it('offers recent projects in the Windows jump list as tasks that launch the app with the file', () => {
    expect(jumpListCategories([], 'C:\\Apps\\Workbench.exe')).toEqual([]);
    const [category] = jumpListCategories(recent, 'C:\\Apps\\Workbench.exe');
    expect(category).toMatchObject({ type: 'custom', name: 'Recent projects' });
    expect(category?.items?.[1]).toMatchObject({
      type: 'task',
      title: 'Globex',
      program: 'C:\\Apps\\Workbench.exe',
      args: '"C:\\Client files\\Globex.orw"',
    });
    const task = category?.items?.[0];
    // What the second instance receives: the same argv the single-instance hand-over parses.
    const argv = ['C:\\Apps\\Workbench.exe', (task?.args ?? '').slice(1, -1)];
    expect(projectPathFromArgv(argv, 'C:\\')).toBe('/home/me/Acme support.orw');
  });
});
