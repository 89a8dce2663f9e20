/** A full path on any platform the app runs on: `/…`, `C:\…` or `C:/…`, `\\server\share\…`. */
export const fullPathPattern = /^(\/|[A-Za-z]:[\\/]|\\\\)/;

export function isFullPath(path: string): boolean {
  return fullPathPattern.test(path);
}
