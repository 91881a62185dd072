/**
 * Runs and sweeps kept in IndexedDB, so a reload or a closed tab loses no results. Every
 * failure becomes a StorageError whose message a person can act on; none is swallowed.
 */
import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPObjectStore,
  type StoreNames,
} from 'idb';
import type { Run, Sweep } from './state';

/** The schema version; raise it (and extend `upgrade`) when the stores change. */
export const DB_VERSION = 1;
export const DEFAULT_DB_NAME = 'fashion-mnist-lab';

interface LabDB extends DBSchema {
  runs: { key: string; value: Run };
  sweeps: { key: string; value: Sweep };
}
type StoreName = StoreNames<LabDB>;
const STORE_NAMES: readonly StoreName[] = ['runs', 'sweeps'];

/** A storage failure, in words for the person using the lab; `cause` keeps the original. */
export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** Reads and writes of stored runs and sweeps. Each write is one transaction: all or nothing. */
export interface RunStore {
  /** Everything stored, runs and sweeps each in the order they were created. */
  loadAll(): Promise<{ runs: Run[]; sweeps: Sweep[] }>;
  /** Adds runs, or replaces the stored ones with the same ids. */
  putRuns(runs: readonly Run[]): Promise<void>;
  putSweeps(sweeps: readonly Sweep[]): Promise<void>;
  /** Deletes runs by id; unknown ids are not an error. */
  deleteRuns(ids: readonly string[]): Promise<void>;
  deleteSweeps(ids: readonly string[]): Promise<void>;
  close(): void;
}

const PRIVATE_MODE =
  'This browser does not allow storage here (private mode?), so runs will be lost on reload. ' +
  'Export them to keep them.';
const CLOSED =
  'Storage was closed because the lab was updated or opened in another tab. Reload this page ' +
  'to keep saving runs.';
const BLOCKED =
  'Another tab has an older version of the lab open, so runs cannot be saved. Close it and ' +
  'reload this page.';
/** Error names that mean storage is refused or unavailable, rather than full or broken. */
const UNAVAILABLE_NAMES: ReadonlySet<string> = new Set(['SecurityError', 'InvalidAccessError']);

function errorName(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? error.name : '';
}

/** `error` in plain words, saying what was being done (`doing`, e.g. "save 3 runs"). */
function toStorageError(error: unknown, doing: string): StorageError {
  if (error instanceof StorageError) return error;
  const name = errorName(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError')
    return new StorageError(
      `The browser's storage is full: could not ${doing}. Delete or export old runs, or free ` +
        'space for this site in the browser settings.',
      { cause: error },
    );
  if (UNAVAILABLE_NAMES.has(name)) return new StorageError(PRIVATE_MODE, { cause: error });
  if (name === 'InvalidStateError') return new StorageError(CLOSED, { cause: error });
  return new StorageError(`Could not ${doing}: ${detail || name || 'unknown storage error'}.`, {
    cause: error,
  });
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A store of database `DB` open for writing in a transaction on it alone. */
export type WritableStore<DB extends DBSchema, Name extends StoreNames<DB>> = IDBPObjectStore<
  DB,
  [Name],
  Name,
  'readwrite'
>;

/**
 * Applies `write` to each item in one read-write transaction on `storeName`. On any failure the
 * transaction is aborted, so none of the batch is kept and what was stored before stays as it was.
 * A failure comes out as `toError` words it, saying what was being done (`doing`). The runs'
 * store and My garments' both write through it.
 */
export async function writeAll<DB extends DBSchema, Name extends StoreNames<DB>, Item>(
  db: IDBPDatabase<DB>,
  storeName: Name,
  doing: string,
  items: readonly Item[],
  write: (store: WritableStore<DB, Name>, item: Item) => Promise<unknown>,
  toError: (error: unknown, doing: string) => StorageError = toStorageError,
): Promise<void> {
  let tx;
  try {
    tx = db.transaction(storeName, 'readwrite');
  } catch (error) {
    throw toError(error, doing);
  }
  // Every request and `done` reject after an abort; each is awaited below or deliberately not.
  const settle = <T>(promise: Promise<T>) => (promise.catch(() => undefined), promise);
  const done = settle(tx.done);
  try {
    const requests: Promise<unknown>[] = [];
    for (const item of items) requests.push(settle(write(tx.store, item)));
    await Promise.all(requests);
    await done;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: there is nothing left to undo.
    }
    throw toError(tx.error ?? error, doing);
  }
}

function byCreation<T extends { createdAt: number }>(a: T, b: T): number {
  return a.createdAt - b.createdAt;
}

/** Opens the database; an open blocked by an older tab is refused, and closed if it completes. */
function openDatabase(dbName: string): Promise<IDBPDatabase<LabDB>> {
  // Inside the executor, a synchronous throw of indexedDB.open (some private modes) rejects.
  return new Promise((resolve, reject) => {
    let refused = false;
    openDB<LabDB>(dbName, DB_VERSION, {
      // Version 1: both stores keyed by id. Created by name rather than by oldVersion, so a
      // later version that adds a store only has to list it in STORE_NAMES.
      upgrade(database) {
        for (const name of STORE_NAMES)
          if (!database.objectStoreNames.contains(name))
            database.createObjectStore(name, { keyPath: 'id' });
      },
      blocked() {
        refused = true;
        reject(new StorageError(BLOCKED));
      },
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
      },
    }).then((db) => (refused ? db.close() : resolve(db)), reject);
  });
}

/**
 * Opens (creating or upgrading) the lab's database. Rejects with a StorageError when IndexedDB
 * is missing or refused (some private modes), or when an older version of the lab in another tab
 * blocks the upgrade. The connection closes itself when a newer version needs the database.
 */
export async function openRunStore(dbName = DEFAULT_DB_NAME): Promise<RunStore> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) throw new StorageError(PRIVATE_MODE);
  let db: IDBPDatabase<LabDB>;
  try {
    db = await openDatabase(dbName);
  } catch (error) {
    // Firefox's private mode refused to open with InvalidStateError.
    if (errorName(error) === 'InvalidStateError')
      throw new StorageError(PRIVATE_MODE, { cause: error });
    throw toStorageError(error, 'open the storage for runs');
  }

  return {
    async loadAll() {
      try {
        const tx = db.transaction(['runs', 'sweeps'], 'readonly');
        const [runs, sweeps] = await Promise.all([
          tx.objectStore('runs').getAll(),
          tx.objectStore('sweeps').getAll(),
          tx.done,
        ]);
        return { runs: runs.sort(byCreation), sweeps: sweeps.sort(byCreation) };
      } catch (error) {
        throw toStorageError(error, 'read the stored runs');
      }
    },
    putRuns: (runs) =>
      writeAll(db, 'runs', `save ${plural(runs.length, 'run')}`, runs, (store, run) =>
        store.put(run),
      ),
    putSweeps: (sweeps) =>
      writeAll(db, 'sweeps', `save ${plural(sweeps.length, 'sweep')}`, sweeps, (store, sweep) =>
        store.put(sweep),
      ),
    deleteRuns: (ids) =>
      writeAll(db, 'runs', `delete ${plural(ids.length, 'run')}`, ids, (store, id) =>
        store.delete(id),
      ),
    deleteSweeps: (ids) =>
      writeAll(db, 'sweeps', `delete ${plural(ids.length, 'sweep')}`, ids, (store, id) =>
        store.delete(id),
      ),
    close: () => db.close(),
  };
}
