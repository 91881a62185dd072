import { useEffect, useMemo, useRef, useState } from 'react';
import { CLASS_NAMES } from '../data/dataset';
import {
  exportGarments,
  garmentsFileName,
  garmentsTooLargeMessage,
  MAX_GARMENTS_FILE_BYTES,
  parseGarmentsFile,
} from '../garments/file';
import {
  countGarments,
  MAX_GARMENTS,
  sameGarment,
  toGarmentPixels,
  type Garment,
  type GarmentSource,
} from '../garments/garment';
import { openGarmentStore, type GarmentStore } from '../garments/store';
import { newId } from './useLab';
import { download } from './useRunFiles';

export interface GarmentsMessage {
  text: string;
  isError: boolean;
}

const ZIP_TYPE = 'application/zip';

/** "Imported 3 garments from mine.zip; 2 were already here." */
function importMessage(added: number, skipped: number, fileName: string): string {
  const here = skipped === 0 ? '' : `; ${skipped} ${skipped === 1 ? 'was' : 'were'} already here`;
  return `Imported ${countGarments(added)} from ${fileName}${here}.`;
}

/**
 * My garments: the set, kept in IndexedDB (garments/store.ts) and loaded once on start, and what
 * can be done with it: save an image with its label, relabel, delete, export and import a file.
 * A storage failure is reported and loses nothing on the page.
 */
export function useGarments() {
  const [garments, setGarments] = useState<Garment[]>([]);
  const [storageError, setStorageError] = useState<string | null>(null);
  const [message, setMessage] = useState<GarmentsMessage | null>(null);
  const store = useRef<Promise<GarmentStore> | null>(null);
  const latest = useRef(garments);
  useEffect(() => {
    latest.current = garments;
  }, [garments]);

  useEffect(() => {
    const opening = openGarmentStore();
    store.current = opening;
    opening
      .then((s) => s.loadAll())
      .then((stored) =>
        // Garments saved before the store answered stay, after the stored ones.
        setGarments((current) => [
          ...stored,
          ...current.filter((g) => !stored.some((s) => s.id === g.id)),
        ]),
      )
      .catch((error: Error) => setStorageError(error.message));
    return () => {
      opening.then((s) => s.close()).catch(() => undefined);
    };
  }, []);

  return useMemo(() => {
    const write = (action: (s: GarmentStore) => Promise<void>) =>
      (store.current ?? Promise.reject(new Error('The storage is not open.')))
        .then(action)
        .then(() => setStorageError(null))
        .catch((error: Error) => setStorageError(error.message));
    const change = (next: Garment[]) => {
      latest.current = next;
      setGarments(next);
    };

    return {
      garments,
      storageError,
      message,
      /** Saves a model input (784 values in [0, 1]) with its true class; says what it did. */
      save(values: Float32Array, label: number, source: GarmentSource, name?: string): string {
        const set = latest.current;
        if (set.length >= MAX_GARMENTS)
          return `My garments is full (${countGarments(MAX_GARMENTS)}): delete some to save more.`;
        const garment: Garment = {
          id: newId('garment'),
          label,
          pixels: toGarmentPixels(values),
          createdAt: Date.now(),
          source,
          ...(name ? { name } : {}),
        };
        change([...set, garment]);
        void write((s) => s.put([garment]));
        return `Saved as ${CLASS_NAMES[label]}: ${countGarments(set.length + 1)} in My garments.`;
      },
      relabel(id: string, label: number) {
        const next = latest.current.map((g) => (g.id === id ? { ...g, label } : g));
        change(next);
        const garment = next.find((g) => g.id === id);
        if (garment) void write((s) => s.put([garment]));
      },
      remove(id: string) {
        change(latest.current.filter((g) => g.id !== id));
        void write((s) => s.delete([id]));
      },
      exportFile() {
        const set = latest.current;
        if (set.length === 0)
          return setMessage({
            text: 'My garments is empty: there is nothing to export.',
            isError: true,
          });
        const name = garmentsFileName(set.length);
        download([exportGarments(set)], ZIP_TYPE, name);
        setMessage({ text: `Saved ${countGarments(set.length)} as ${name}.`, isError: false });
      },
      /** Adds the garments of a My garments file, checked whole first: all of them or none. */
      async importFile(file: File) {
        const refuse = (why: string) =>
          setMessage({ text: `Nothing was imported from ${file.name}: ${why}`, isError: true });
        if (file.size > MAX_GARMENTS_FILE_BYTES) return refuse(garmentsTooLargeMessage(file.size));
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await file.arrayBuffer());
        } catch (error) {
          return refuse(`the file could not be read (${(error as Error).message}).`);
        }
        const set = latest.current;
        const parsed = parseGarmentsFile(bytes, MAX_GARMENTS - set.length);
        if (!parsed.ok) return refuse(parsed.error);
        // A file imported again (or an export of this set) is not doubled.
        const fresh = parsed.value.filter((draft) => !set.some((g) => sameGarment(g, draft)));
        const now = Date.now();
        const added: Garment[] = fresh.map((draft, i) => ({
          ...draft,
          id: newId('garment'),
          // In the file's order, which loadAll keeps by time.
          createdAt: now + i,
          source: 'file',
          name: draft.name,
        }));
        change([...latest.current, ...added]);
        if (added.length > 0) void write((s) => s.put(added));
        setMessage({
          text: importMessage(added.length, parsed.value.length - added.length, file.name),
          isError: false,
        });
      },
    };
  }, [garments, storageError, message]);
}

export type GarmentSet = ReturnType<typeof useGarments>;
