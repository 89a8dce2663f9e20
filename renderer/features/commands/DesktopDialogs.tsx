import type { FindKind } from '../../../shared/domain/findInProject';
import { useAppStore, useStoreApi } from '../../store';
import { FindDialog } from '../find/FindDialog';
import { NewProjectDialog } from '../projects/NewProjectDialog';
import { currentPlatform } from './platform';
import { ShortcutsSheet } from './ShortcutsSheet';
import { UnsavedCloseDialog } from './UnsavedCloseDialog';

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
  return (
    <>
      <NewProjectDialog open={openDialog === 'new-project'} onOpenChange={openChange('new-project')} />
      <FindDialog
        open={openDialog === 'find'}
        onOpenChange={openChange('find')}
        onChoose={(result) =>
          store.getState().showInWorkspace({ tab: result.tab, panel: panelOf[result.kind], recordId: result.id })
        }
      />
      <ShortcutsSheet open={openDialog === 'shortcuts'} onOpenChange={openChange('shortcuts')} platform={platform} />
      <UnsavedCloseDialog open={openDialog === 'unsaved-close'} onOpenChange={openChange('unsaved-close')} />
    </>
  );
}
