/**
 * My garments kept in IndexedDB, in a database of their own beside the runs' (runs/store.ts):
 * the runs' schema and version stay as they are, so adding the set upgrades nothing and no
 * older tab of the lab can block it. Every failure is a StorageError a person can act on.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { StorageError, writeAll } from '../runs/store';
import { countGarments, type Garment } from './garment';

/** The schema version; raise it (and extend `upgrade`) when the store changes. */
export const GARMENTS_DB_VERSION = 1;
export const DEFAULT_GARMENTS_DB = 'fashion-mnist-lab-garments';

interface GarmentsDB extends DBSchema {
  garments: { key: string; value: Garment };
}

export interface GarmentStore {
  /** The whole set, in the order it was made. */
  loadAll(): Promise<Garment[]>;
  /** Adds garments, or replaces those with the same ids (a relabel): all or none. */
  put(garments: readonly Garment[]): Promise<void>;
  /** Deletes garments by id; unknown ids are not an error. */
  delete(ids: readonly string[]): Promise<void>;
  close(): void;
}

function storageError(error: unknown, doing: string): StorageError {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError')
    return new StorageError(
      `The browser's storage is full: could not ${doing}. Delete old runs, or free space for this site in the browser settings.`,
      { cause: error },
    );
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError(
    `Could not ${doing}: ${detail || name || 'unknown storage error'}. My garments stay on this page until you reload; export them to keep them.`,
    { cause: error },
  );
}

/** Opens (creating) the set's database; rejects with a StorageError where storage is refused. */
export async function openGarmentStore(dbName = DEFAULT_GARMENTS_DB): Promise<GarmentStore> {
  if (typeof indexedDB === 'undefined' || indexedDB === null)
    throw new StorageError(
      'This browser does not allow storage here (private mode?), so My garments will be lost on reload. Export them to keep them.',
    );
  let db: IDBPDatabase<GarmentsDB>;
  try {
    db = await openDB<GarmentsDB>(dbName, GARMENTS_DB_VERSION, {
      upgrade(database) {
        if (!database.objectStoreNames.contains('garments'))
          database.createObjectStore('garments', { keyPath: 'id' });
      },
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
      },
    });
  } catch (error) {
    throw storageError(error, 'open the storage for My garments');
  }
  return {
    async loadAll() {
      try {
        const all = await db.getAll('garments');
        return all.sort((a, b) => a.createdAt - b.createdAt);
      } catch (error) {
        throw storageError(error, 'read My garments');
      }
    },
    put: (garments) =>
      writeAll(
        db,
        'garments',
        `save ${countGarments(garments.length)}`,
        garments,
        (store, garment) => store.put(garment),
        storageError,
      ),
    delete: (ids) =>
      writeAll(
        db,
        'garments',
        `delete ${countGarments(ids.length)}`,
        ids,
        (store, id) => store.delete(id),
        storageError,
      ),
    close: () => db.close(),
  };
}
