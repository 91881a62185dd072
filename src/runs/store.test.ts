import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../model/config';
import type { Run, Sweep } from './state';
import { StorageError, openRunStore, type RunStore } from './store';

function run(id: string, createdAt: number): Run {
  return {
    id,
    name: `#${id}`,
    config: DEFAULT_CONFIG,
    status: 'done',
    createdAt,
    points: [],
    step: 0,
  };
}
const sweep: Sweep = {
  id: 's1',
  field: 'hiddenUnits',
  values: [3, 800],
  runIds: ['a', 'b'],
  createdAt: 5,
};

let dbCount = 0;
const opened: RunStore[] = [];

/** A store on a database of its own, so tests do not see each other's runs. */
async function freshStore(name = `lab-test-${++dbCount}`): Promise<RunStore> {
  const store = await openRunStore(name);
  opened.push(store);
  return store;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  for (const store of opened.splice(0)) store.close();
});

describe('openRunStore', () => {
  it('stores runs and sweeps and reads them back in creation order', async () => {
    const store = await freshStore();
    expect(await store.loadAll()).toEqual({ runs: [], sweeps: [] });
    await store.putRuns([run('b', 2), run('a', 1)]);
    await store.putSweeps([sweep]);
    expect(await store.loadAll()).toEqual({ runs: [run('a', 1), run('b', 2)], sweeps: [sweep] });
  });

  it('replaces a run stored under the same id', async () => {
    const store = await freshStore();
    await store.putRuns([run('a', 1)]);
    await store.putRuns([{ ...run('a', 1), status: 'stopped' }]);
    expect((await store.loadAll()).runs).toEqual([{ ...run('a', 1), status: 'stopped' }]);
  });

  it('deletes runs and sweeps by id, ignoring unknown ids', async () => {
    const store = await freshStore();
    await store.putRuns([run('a', 1), run('b', 2), run('c', 3)]);
    await store.putSweeps([sweep]);
    await store.deleteRuns(['a', 'c', 'nope']);
    await store.deleteSweeps(['s1']);
    expect(await store.loadAll()).toEqual({ runs: [run('b', 2)], sweeps: [] });
  });

  it('keeps the data for the next time the database is opened', async () => {
    const first = await openRunStore('lab-test-reopen');
    await first.putRuns([run('a', 1)]);
    await first.putSweeps([sweep]);
    first.close();
    const second = await freshStore('lab-test-reopen');
    expect(await second.loadAll()).toEqual({ runs: [run('a', 1)], sweeps: [sweep] });
  });

  it('explains a browser without IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const opening = openRunStore('lab-test-missing');
    await expect(opening).rejects.toBeInstanceOf(StorageError);
    await expect(opening).rejects.toThrow(/does not allow storage here \(private mode\?\)/);
  });

  it('explains a refused open', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    await expect(openRunStore('lab-test-refused')).rejects.toThrow(/private mode/);
  });

  it('turns a full disk into a StorageError and keeps what was stored', async () => {
    const store = await freshStore();
    await store.putRuns([run('a', 1)]);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      // The second write of the batch finds the disk full; the first must not stay either.
      if (++calls === 2) throw new DOMException('Quota exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const saving = store.putRuns([{ ...run('a', 1), status: 'stopped' }, run('b', 2)]);
    await expect(saving).rejects.toBeInstanceOf(StorageError);
    await expect(saving).rejects.toThrow(/^The browser's storage is full: could not save 2 runs\./);
    vi.restoreAllMocks();
    expect((await store.loadAll()).runs).toEqual([run('a', 1)]);
  });

  it('gives way to a newer version of the lab and then says to reload', async () => {
    const store = await freshStore();
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(`lab-test-${dbCount}`, 2);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    newer.close();
    await expect(store.putRuns([run('a', 1)])).rejects.toThrow(/Reload this page/);
  });
});
