import type { LibrarySlice } from './librarySlice';
import type { ProjectSlice } from './projectSlice';
import type { ShellSlice } from './shellSlice';
import type { UiSlice } from './uiSlice';

export type AppState = LibrarySlice & ProjectSlice & UiSlice & ShellSlice;
