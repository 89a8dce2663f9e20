import type { FindKind } from '../../../shared/domain/findInProject';
import { Suspense } from 'react';
import { FindDialog, NewProjectDialog, ShortcutsSheet, UnsavedCloseDialog } from '../../lazyParts';
import { useAppStore, useStoreApi } from '../../store';
import { currentPlatform } from './platform';

/** The platform does not change while the app runs. */
const platform = currentPlatform();

/** Where a found record is inside a tab with parts. */
const panelOf: Partial<Record<FindKind, string>> = { Vendor: 'participants', Criterion: 'criteria' };

/** The dialogs the menu and its keys open from anywhere in the app: New project, Find, the shortcuts sheet, closing. */
export function DesktopDialogs() {
  const store = useStoreApi();
  const openDialog = useAppStore((s) => s.openDialog);
  const openChange = (dialog: NonNullable<typeof openDialog>) => (open: boolean) =>
    store.getState().setOpenDialog(open ? dialog : null);
  // Each dialog is its own chunk, loaded when it first opens (and fetched ahead of time when the app is idle).
  if (openDialog === null) return null;
  return (
    <Suspense fallback={null}>
      {openDialog === 'new-project' && <NewProjectDialog open onOpenChange={openChange('new-project')} />}
      {openDialog === 'find' && (
        <FindDialog
          open
          onOpenChange={openChange('find')}
          onChoose={(result) =>
            store.getState().showInWorkspace({ tab: result.tab, panel: panelOf[result.kind], recordId: result.id })
          }
        />
      )}
      {openDialog === 'shortcuts' && <ShortcutsSheet open onOpenChange={openChange('shortcuts')} platform={platform} />}
      {openDialog === 'unsaved-close' && <UnsavedCloseDialog open onOpenChange={openChange('unsaved-close')} />}
    </Suspense>
  );
}
