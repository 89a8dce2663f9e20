import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appEntryUrl,
  contentSecurityPolicy,
  isAllowedRequest,
  isAppUrl,
  isSafeExternalUrl,
  mainWebPreferences,
  mainWindowOptions,
  mayNavigate,
  newWindowDecision,
  permissionAllowed,
  printDocumentUrl,
  printResponseHeaders,
  printWebPreferences,
  projectPathFromArgv,
  resolveAppAsset,
  spellCheckerDictionaryUrl,
} from '../../electron/policy';

const root = resolve(tmpdir(), 'orw-renderer-root');

function isInsideRoot(path: string): boolean {
  const inside = relative(root, path);
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('mainWebPreferences', () => {
  it('isolates and sandboxes the renderer explicitly', () => {
    const preferences = mainWebPreferences('/app/preload.cjs');
    expect(preferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });

  it('is what the main window uses', () => {
    expect(mainWindowOptions('/app/preload.cjs').webPreferences).toEqual(mainWebPreferences('/app/preload.cjs'));
  });

  it('turns off everything a page could use to escape: webviews, drag-and-drop navigation, insecure content', () => {
    const preferences = mainWebPreferences('/app/preload.cjs');
    expect(preferences).toMatchObject({
      webviewTag: false,
      navigateOnDragDrop: false,
      allowRunningInsecureContent: false,
    });
    expect(preferences).not.toHaveProperty('experimentalFeatures');
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    expect(preferences).not.toHaveProperty('additionalArguments');
  });

  it('keeps the window hidden until its page is ready, at a size the layout works at', () => {
    expect(mainWindowOptions('/app/preload.cjs')).toMatchObject({ show: false, minWidth: 900, minHeight: 600 });
  });
});

describe('navigation and new windows', () => {
  it('lets a page navigate only within the app’s own bundle', () => {
    expect(mayNavigate(appEntryUrl)).toBe(true);
    expect(mayNavigate('app://workbench/index.html#/projects')).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://app.local/',
      'file:///etc/passwd',
      'app://workbench.evil.com/index.html',
      'app://print/x.html',
      'javascript:alert(1)',
      'data:text/html,<h1>hi</h1>',
      'about:blank',
      '',
    ]) {
      expect(mayNavigate(url), url).toBe(false);
    }
  });

  it('never opens a new window, and sends only safe links to the browser', () => {
    expect(newWindowDecision('https://example.com/guide')).toEqual({ action: 'deny', openInBrowser: true });
    for (const url of [appEntryUrl, 'http://example.com/', 'javascript:alert(1)', 'file:///C:/x.orw', 'about:blank']) {
      expect(newWindowDecision(url), url).toEqual({ action: 'deny', openInBrowser: false });
    }
  });

  it('are what every web contents of the app is given', async () => {
    const { readFile } = await import('node:fs/promises');
    const window = await readFile('electron/window.ts', 'utf8');
    const main = await readFile('electron/main.ts', 'utf8');
    expect(main).toMatch(/app\.on\('web-contents-created', \(_event, contents\) => hardenWebContents\(contents\)\)/);
    expect(window).toMatch(
      /'will-navigate', \(event\) => \{\s*if \(!mayNavigate\(event\.url\)\) event\.preventDefault\(\);/,
    );
    expect(window).toMatch(
      /'will-redirect', \(event\) => \{\s*if \(!mayNavigate\(event\.url\)\) event\.preventDefault\(\);/,
    );
    expect(window).toMatch(/'will-attach-webview', \(event\) => event\.preventDefault\(\)/);
    expect(window).toMatch(/setWindowOpenHandler\(\(\{ url \}\) => \{\s*const decision = newWindowDecision\(url\);/);
    expect(window.match(/shell\.openExternal/g)).toHaveLength(1);
    expect(window).toMatch(/if \(decision\.openInBrowser\) void shell\.openExternal\(url\);/);
  });
});

describe('contentSecurityPolicy', () => {
  const policy = directives(contentSecurityPolicy);

  it('never allows eval, remote origins or wildcards', () => {
    expect(contentSecurityPolicy).not.toContain("'unsafe-eval'");
    expect(contentSecurityPolicy).not.toMatch(/https?:/);
    expect(contentSecurityPolicy).not.toContain('*');
  });

  it('allows scripts only from the app itself', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('lets the page connect, load images and fonts only from itself (and inline data)', () => {
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('font-src')).toEqual(["'self'", 'data:']);
    expect(contentSecurityPolicy).not.toMatch(/\b(ws|wss|ftp|file):/);
    expect(contentSecurityPolicy).not.toContain("'unsafe-hashes'");
    expect(contentSecurityPolicy).not.toContain("'wasm-unsafe-eval'");
  });

  it('forbids plugins, base changes, form posts and framing', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('isSafeExternalUrl', () => {
  it('accepts an https link with a host', () => {
    expect(isSafeExternalUrl('https://example.com/x')).toBe(true);
    expect(isSafeExternalUrl('https://www.example.org/path?q=1#part')).toBe(true);
  });

  it.each([
    'http://example.com/x',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://workbench/index.html',
    'data:text/html,<script>alert(1)</script>',
    'https://user:password@example.com/',
    'https://user@example.com/',
    'https://',
    'not a url',
    '',
    '//example.com/x',
    // Look-alikes: what a parser, a browser or a user might read as something else.
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'javascript://https://example.com/%0aalert(1)',
    'https://example.com@evil.example/',
    'https://example.com%40evil.example:x@evil.example/',
    'https://:secret@example.com/',
    'HTTP://example.com/',
    'vbscript:msgbox(1)',
    'blob:https://example.com/5c7a',
    'file://server/share/Acme.orw',
    '\\\\server\\share\\Acme.orw',
    'ftp://example.com/',
    'ws://example.com/',
    'chrome://settings',
  ])('refuses %j', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('accepts only https links with a host and no credentials, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string()), (url) => {
        if (!isSafeExternalUrl(url)) return;
        const parsed = new URL(url);
        expect(parsed.protocol).toBe('https:');
        expect(parsed.hostname).not.toBe('');
        expect(parsed.username + parsed.password).toBe('');
      }),
    );
  });
});

describe('isAppUrl', () => {
  it('is true only for pages of app://workbench/', () => {
    expect(isAppUrl(appEntryUrl)).toBe(true);
    expect(isAppUrl('app://workbench/index.html')).toBe(true);
    expect(isAppUrl('app://workbench/assets/a.js')).toBe(true);
  });

  it.each([
    undefined,
    '',
    'app://other/index.html',
    'app://workbench.evil.com/index.html',
    'app://workbench:8080/index.html',
    'https://workbench/index.html',
    'file:///workbench/index.html',
    'http://app.local/',
    'not a url',
  ])('is false for %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('resolveAppAsset', () => {
  it('serves index.html for the root', () => {
    expect(resolveAppAsset(root, 'app://workbench/')).toBe(join(root, 'index.html'));
  });

  it('maps a request to the file inside the root', () => {
    expect(resolveAppAsset(root, 'app://workbench/assets/a.js')).toBe(join(root, 'assets', 'a.js'));
    expect(resolveAppAsset(root, 'app://workbench/assets/a.js?v=1#x')).toBe(join(root, 'assets', 'a.js'));
    expect(resolveAppAsset(root, 'app://workbench/assets/my%20font.woff2')).toBe(join(root, 'assets', 'my font.woff2'));
  });

  it.each([
    'app://workbench/../secret.txt',
    'app://workbench/%2e%2e/secret.txt',
    'app://workbench/%2e%2e%2fsecret.txt',
    'app://workbench/%2F..',
    'app://workbench/..%2F..%2Fetc%2Fpasswd',
    'app://workbench/assets%2F..%2F..%2Fsecret.txt',
    'app://workbench/..%5C..%5Csecret.txt',
    'app://workbench/assets%5Ca.js',
    'app://workbench/a.js%00.png',
    'app://workbench/%E0%A4%A',
    'app://other/index.html',
    'app://workbench.evil/index.html',
    'file:///etc/passwd',
    'https://workbench/index.html',
    '/etc/passwd',
    'not a url',
  ])('never resolves %j outside the root', (url) => {
    const resolved = resolveAppAsset(root, url);
    if (resolved !== null) expect(isInsideRoot(resolved)).toBe(true);
  });

  it.each([
    'app://workbench/..%5C..%5Csecret.txt',
    'app://workbench/assets%5Ca.js',
    'app://workbench/a.js%00.png',
    'app://workbench/%E0%A4%A',
    'app://workbench/..%2F..%2Fetc%2Fpasswd',
    'app://workbench/%2F..',
    'app://other/index.html',
    'app://workbench.evil/index.html',
    'file:///etc/passwd',
    'https://workbench/index.html',
    '/etc/passwd',
  ])('refuses %j', (url) => {
    expect(resolveAppAsset(root, url)).toBeNull();
  });

  it('treats an absolute path in the request as relative to the root', () => {
    for (const url of ['app://workbench//etc/passwd', 'app://workbench/%2Fetc%2Fpasswd']) {
      const resolved = resolveAppAsset(root, url);
      expect(resolved).not.toBe('/etc/passwd');
      if (resolved !== null) expect(isInsideRoot(resolved)).toBe(true);
    }
  });

  it('never resolves outside the root, for any request path', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '', '%2e%2e', '%2E.', '.%2e', '%2f', '%2F', '%5c', '%5C', '%00', '\\', '..%2f'),
      fc.constantFrom('assets', 'index.html', 'a.js', '%20', '%', '%zz', 'etc', 'passwd', ':', 'C:'),
      fc.string({ unit: 'binary-ascii', maxLength: 6 }),
    );
    const requestPath = fc.array(segment, { maxLength: 10 }).map((segments) => segments.join('/'));
    fc.assert(
      fc.property(requestPath, (path) => {
        const resolved = resolveAppAsset(root, `app://workbench/${path}`);
        if (resolved !== null) expect(isInsideRoot(resolved)).toBe(true);
      }),
    );
  });
});

describe('projectPathFromArgv', () => {
  it('picks the last .orw argument after the executable, ignoring flags', () => {
    expect(projectPathFromArgv(['/opt/workbench', '/home/me/A.orw', '--flag', '/home/me/B.orw'], '/tmp')).toBe(
      '/home/me/B.orw',
    );
    expect(projectPathFromArgv(['workbench.exe', 'C:\\Users\\me\\Client.ORW', '--inspect=x.orw'], 'C:\\')).toBe(
      'C:\\Users\\me\\Client.ORW',
    );
  });

  it('takes a relative path from the folder the command was run in', () => {
    expect(projectPathFromArgv(['/opt/workbench', 'clients/Acme.orw'], '/home/me')).toBe('/home/me/clients/Acme.orw');
  });

  it('answers null when no project file was passed', () => {
    expect(projectPathFromArgv([], '/tmp')).toBeNull();
    expect(projectPathFromArgv(['/opt/workbench'], '/tmp')).toBeNull();
    expect(projectPathFromArgv(['/opt/workbench', '.', '--no-sandbox', '-x.orw', 'notes.txt'], '/tmp')).toBeNull();
    expect(projectPathFromArgv(['/opt/project.orw'], '/tmp')).toBeNull();
  });
});

describe('nothing leaves the machine', () => {
  it('denies every permission a page can ask for', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'clipboard-read',
      'hid',
      'usb',
      'serial',
      'fullscreen',
      'openExternal',
    ]) {
      expect(permissionAllowed(permission)).toBe(false);
    }
  });

  it('points the spell checker’s dictionary downloads at the app’s own scheme, never the network', () => {
    expect(new URL(spellCheckerDictionaryUrl).protocol).toBe('app:');
    expect(isAllowedRequest(spellCheckerDictionaryUrl)).toBe(true);
  });

  it('lets the app’s sessions request only the app’s own bundle and inline data', () => {
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'ws://host/',
      'file:///etc/passwd',
      'ftp://x/',
    ]) {
      expect(isAllowedRequest(url)).toBe(false);
    }
    for (const url of ['app://workbench/index.html', 'data:image/png;base64,AA==', 'blob:app://workbench/1']) {
      expect(isAllowedRequest(url)).toBe(true);
    }
  });

  it('gives the PDF print window its CSP as a response header, with no JavaScript, preload or spell checker', () => {
    expect(printResponseHeaders()['content-security-policy']).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    );
    expect(printWebPreferences()).toMatchObject({
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      spellcheck: false,
    });
    expect(printWebPreferences()).not.toHaveProperty('preload');
    expect(printDocumentUrl('a b')).toBe('app://print/a%20b.html');
  });

  it('is installed by the shell on the app’s session and on the print window’s own', async () => {
    const { readFile } = await import('node:fs/promises');
    const main = await readFile('electron/main.ts', 'utf8');
    const platform = await readFile('electron/platform.ts', 'utf8');
    expect(main).toMatch(/installPrivacy\(session\.defaultSession\)/);
    expect(platform).toMatch(/installPrivacy\(ses\)/);
    expect(platform).not.toMatch(/replace\(\/<head>/);
  });
});
