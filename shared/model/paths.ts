/** A full path on any platform the app runs on: `/…`, `C:\…` or `C:/…`, `\\server\share\…`. */
export const fullPathPattern = /^(\/|[A-Za-z]:[\\/]|\\\\)/;

export function isFullPath(path: string): boolean {
  return fullPathPattern.test(path);
}

/** A path split for showing: "Client A.orw" in "Clients" (the folder's own name), on any platform's separators. */
export function fileLocation(path: string): { fileName: string; folder: string; folderName: string } {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const folder = cut <= 0 ? path.slice(0, cut + 1) : path.slice(0, cut);
  const folderCut = Math.max(folder.lastIndexOf('/'), folder.lastIndexOf('\\'));
  return { fileName: path.slice(cut + 1), folder, folderName: folder.slice(folderCut + 1) || folder };
}
