/** The versions an About box shows; `process.versions` in the main process has them all. */
export interface Versions {
  app: string;
  electron: string;
  chrome: string;
  node: string;
  v8: string;
}

/** The About box's detail text: every version a support request needs, one per line. */
export function aboutDetail(versions: Versions, os: string): string {
  return [
    `Version ${versions.app}`,
    `Electron ${versions.electron}`,
    `Chromium ${versions.chrome}`,
    `Node.js ${versions.node}`,
    `V8 ${versions.v8}`,
    `OS ${os}`,
  ].join('\n');
}
