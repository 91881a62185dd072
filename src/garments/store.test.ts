import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Garment } from './garment';
import { openGarmentStore, type GarmentStore } from './store';

function garment(id: string, label: number, createdAt: number): Garment {
  return {
    id,
    label,
    pixels: Uint8Array.from({ length: 784 }, (_, i) => (i * label) % 256),
    createdAt,
    source: 'drawing',
  };
}

let count = 0;
const opened: GarmentStore[] = [];
async function fresh(name = `garments-test-${++count}`) {
  const store = await openGarmentStore(name);
  opened.push(store);
  return store;
}

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

describe('the My garments store', () => {
  it('keeps the set, pixels and all, across a reopen, in the order it was made', async () => {
    const name = `garments-test-${++count}`;
    const store = await fresh(name);
    await store.put([garment('b', 3, 2), garment('a', 1, 1)]);
    store.close();
    const again = await fresh(name);
    const loaded = await again.loadAll();
    expect(loaded.map((g) => g.id)).toEqual(['a', 'b']);
    expect(loaded[1].pixels).toBeInstanceOf(Uint8Array);
    expect(loaded[1].pixels).toEqual(garment('b', 3, 2).pixels);
  });

  it('relabels by putting the same id again, and deletes by id', async () => {
    const store = await fresh();
    await store.put([garment('a', 1, 1), garment('b', 2, 2)]);
    await store.put([{ ...garment('a', 1, 1), label: 7 }]);
    await store.delete(['b', 'unknown']);
    expect((await store.loadAll()).map((g) => [g.id, g.label])).toEqual([['a', 7]]);
  });

  it('saves all of a batch or none of it', async () => {
    const store = await fresh();
    const broken = { ...garment('c', 1, 3), id: undefined } as unknown as Garment;
    await expect(store.put([garment('a', 1, 1), broken])).rejects.toThrow(
      /^Could not save 2 garments/,
    );
    expect(await store.loadAll()).toEqual([]);
  });
});
