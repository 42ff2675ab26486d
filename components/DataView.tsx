/**
 * The "Data" view: what Castlist keeps in this browser. Storage (usage, rows, retention) is its first section;
 * Backup and Restore join it as sections of their own.
 */
import { BackupSection, RestoreSection } from './shortlists/BackupRestore';
import { StorageSection } from './StorageSection';

export function DataView() {
  return (
    <main className="panel" aria-labelledby="data-title">
      <h1 id="data-title">Data</h1>
      <StorageSection />
      <BackupSection />
      <RestoreSection />
    </main>
  );
}
