import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { appScheme, contentSecurityPolicy, contentTypeFor, resolveAppAsset } from './policy';

/** Must run before `app.ready`: makes `app://` a secure, standard origin so the page gets a real origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from `root` on `app://workbench/`, with the CSP on every response. */
export function serveRenderer(root: string): void {
  protocol.handle(appScheme, async (request) => {
    const path = resolveAppAsset(root, request.url);
    if (!path) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(path);
      return new Response(body, {
        headers: {
          'content-type': contentTypeFor(path),
          'content-security-policy': contentSecurityPolicy,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
