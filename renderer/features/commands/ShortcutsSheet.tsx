import * as Dialog from '@radix-ui/react-dialog';
import { Fragment } from 'react';
import { acceleratorKeys } from '../../../shared/accelerators';
import {
  commands,
  forPlatform,
  inAppShortcuts,
  menuLayout,
  menuTitles,
  type CommandId,
  type MenuId,
  type Platform,
} from '../../../shared/commands';
import { DialogHeader } from '../../components/DialogHeader';
import './commands.css';

interface Row {
  label: string;
  detail?: string;
  keys: readonly string[];
}

/** The menu's commands that have a shortcut, menu by menu, as the menu shows them on this platform. */
function menuRows(menu: MenuId, platform: Platform): Row[] {
  const ids = menuLayout[menu].flatMap((slot): CommandId[] =>
    slot === '-' ? [] : typeof slot === 'string' ? [slot] : [...slot.items],
  );
  return ids.flatMap((id) => {
    const entry = commands[id];
    if (entry.keys === undefined || entry.devOnly) return [];
    const extra = id === 'help:shortcuts' ? ['?'] : [];
    return [
      {
        label: forPlatform(entry.label, platform),
        detail: entry.help,
        keys: [forPlatform(entry.keys, platform), ...extra],
      },
    ];
  });
}

function Keys({ keys, platform }: { keys: readonly string[]; platform: Platform }) {
  return (
    <span className="shortcut-keys">
      {keys.map((accelerator, index) => (
        <Fragment key={accelerator}>
          {index > 0 && (
            <span className="shortcut-keys__or" aria-label="or">
              /
            </span>
          )}
          <span className="shortcut-keys__combo">
            {acceleratorKeys(accelerator, platform).map((key, part) => (
              <kbd key={part}>{key}</kbd>
            ))}
          </span>
        </Fragment>
      ))}
    </span>
  );
}

function ShortcutTable({ title, rows, platform }: { title: string; rows: readonly Row[]; platform: Platform }) {
  return (
    <section className="shortcut-group" aria-label={title}>
      <h3>{title}</h3>
      <table className="shortcut-table">
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.label}${row.keys.join()}`}>
              <th scope="row">
                {row.label}
                {row.detail && <span className="shortcut-table__detail">{row.detail}</span>}
              </th>
              <td>
                <Keys keys={row.keys} platform={platform} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * Every shortcut of the app on one sheet (Help › Keyboard Shortcuts, or `?`): the menu's, generated from the
 * same table the menu is built from, then the keys that work inside the checklist, the grids and Find.
 */
export function ShortcutsSheet({
  open,
  onOpenChange,
  platform,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
  platform: Platform;
}) {
  const menus = (Object.keys(menuTitles) as MenuId[]).map((menu) => ({ menu, rows: menuRows(menu, platform) }));
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog--wide" aria-describedby={undefined}>
          <DialogHeader>Keyboard shortcuts</DialogHeader>
          <div className="dialog__body shortcut-sheet">
            {menus.map(({ menu, rows }) =>
              rows.length > 0 ? (
                <ShortcutTable key={menu} title={menuTitles[menu]} rows={rows} platform={platform} />
              ) : null,
            )}
            {inAppShortcuts.map((group) => (
              <ShortcutTable
                key={group.where}
                title={group.where}
                platform={platform}
                rows={group.shortcuts.map((shortcut) => ({ label: shortcut.does, keys: shortcut.keys }))}
              />
            ))}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
