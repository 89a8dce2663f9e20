/** What a project file is called and how big it may be; zod-free, so the first screen can import it cheaply. */
export const projectFileType = 'outsourcing-readiness-workbench/project';
export const projectFileExtension = '.orw';
/** Larger than any real engagement by two orders of magnitude; bigger files are refused before parsing. */
export const maxProjectFileBytes = 20 * 1024 * 1024;
