import { Copy, FileDown, FolderInput, FolderOpen, History, MoreHorizontal, Save, Trash2 } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { ActionMenu, type MenuAction } from '../../components/ActionMenu';
import { useStoreApi } from '../../store';

const ConfirmDialog = lazy(() => import('../../components/ConfirmDialog').then((m) => ({ default: m.ConfirmDialog })));
const RestoreBackupDialog = lazy(() =>
  import('./RestoreBackupDialog').then((m) => ({ default: m.RestoreBackupDialog })),
);

interface Props {
  path: string;
  name: string;
  /** In the workspace the menu also saves the open project elsewhere. */
  inWorkspace: boolean;
  readOnly?: boolean;
}

const icon = (Icon: typeof Copy) => <Icon size={15} aria-hidden />;

/** Everything a user can do with a project file, behind one "…" menu, with confirmation before the trash. */
export function ProjectActions({ path, name, inWorkspace, readOnly = false }: Props) {
  const store = useStoreApi().getState;
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [restoring, setRestoring] = useState(false);

  const menu: MenuAction[] = [
    ...(inWorkspace
      ? [
          { label: 'Save as…', icon: icon(Save), onSelect: () => void store().saveProjectAs({ move: false }) },
          {
            label: 'Move to…',
            icon: icon(FolderInput),
            disabled: readOnly,
            onSelect: () => void store().saveProjectAs({ move: true }),
          },
        ]
      : [{ label: 'Open', icon: icon(FolderOpen), onSelect: () => void store().openProject(path) }]),
    { label: 'Duplicate', icon: icon(Copy), onSelect: () => void store().duplicateProject(path) },
    { label: 'Export a copy…', icon: icon(FileDown), onSelect: () => void store().exportProject(path) },
    { label: 'Show in folder', icon: icon(FolderOpen), onSelect: () => void store().revealFile(path) },
    {
      label: 'Restore from backup…',
      icon: icon(History),
      disabled: readOnly,
      separated: true,
      onSelect: () => setRestoring(true),
    },
    {
      label: 'Move to trash…',
      icon: icon(Trash2),
      destructive: true,
      disabled: readOnly,
      separated: true,
      onSelect: () => setConfirmingDelete(true),
    },
  ];

  return (
    <>
      <ActionMenu
        label={inWorkspace ? `File actions for ${name}` : `Actions for ${name}`}
        actions={menu}
        trigger={
          <button type="button" className={inWorkspace ? 'button button--small' : 'icon-button'}>
            <MoreHorizontal size={16} aria-hidden />
            {inWorkspace && 'File'}
          </button>
        }
      />
      {/* The dialogs load when first asked for: the home lists many cards and needs neither. */}
      <Suspense fallback={null}>
        {confirmingDelete && (
          <ConfirmDialog
            open
            onOpenChange={setConfirmingDelete}
            title={`Move “${name}” to the trash?`}
            confirmLabel="Move to trash"
            destructive
            onConfirm={() => void store().deleteProject(path)}
          >
            <p>
              The file goes to your computer’s trash, from where you can still restore it. Its backups stay in the app.
            </p>
          </ConfirmDialog>
        )}
        {restoring && <RestoreBackupDialog path={path} open onOpenChange={setRestoring} />}
      </Suspense>
    </>
  );
}
