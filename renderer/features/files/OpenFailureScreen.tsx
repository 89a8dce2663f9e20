import { FileWarning } from 'lucide-react';
import { useAppStore } from '../../store';
import { BackupList } from './BackupList';

/** A project file that could not be read: say why, keep the file as it is, and offer its backups. */
export function OpenFailureScreen() {
  const failure = useAppStore((s) => s.openFailure);
  const dismiss = useAppStore((s) => s.dismissOpenFailure);
  if (!failure) return null;

  return (
    <>
      <header className="page-header">
        <div className="page-header__text">
          <h1>This project can’t be opened</h1>
          <p className="page-header__lede">{failure.error.message}</p>
          <p className="workspace__path" title={failure.path}>
            <span dir="ltr">{failure.path}</span>
          </p>
        </div>
        <button type="button" className="button" onClick={dismiss}>
          Back to projects
        </button>
      </header>
      <div className="page-body">
        <section className="failure-card" aria-labelledby="backups-title">
          <FileWarning size={22} aria-hidden className="failure-card__icon" />
          <div className="failure-card__body">
            <h2 id="backups-title">Restore a backup</h2>
            <p className="muted">
              The file was left untouched. If a backup below looks right, restore it: the damaged file is kept aside,
              and you continue where the backup left off.
            </p>
            <BackupList path={failure.path} />
          </div>
        </section>
      </div>
    </>
  );
}
