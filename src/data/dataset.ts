/**
 * Fashion-MNIST as the app uses it: the four files, the class names, and a loader that fetches
 * all four concurrently and pairs images with labels.
 */
import { DataFormatError, IMAGE_SIDE, type IdxImages, type IdxKind, type IdxLabels } from './idx';
import { fetchIdx, type FetchFn, type FetchProgress } from './stream';

/** File names of the official gzipped IDX files, relative to the data base URL. */
export const DATA_FILES = {
  trainImages: 'train-images-idx3-ubyte.gz',
  trainLabels: 'train-labels-idx1-ubyte.gz',
  testImages: 't10k-images-idx3-ubyte.gz',
  testLabels: 't10k-labels-idx1-ubyte.gz',
} as const;

/** Human-readable class names; CLASS_NAMES[label] names label 0..9. */
export const CLASS_NAMES = [
  'T-shirt/top',
  'Trouser',
  'Pullover',
  'Dress',
  'Coat',
  'Sandal',
  'Shirt',
  'Sneaker',
  'Bag',
  'Ankle boot',
] as const;

/** One of the ten Fashion-MNIST class names. */
export type ClassName = (typeof CLASS_NAMES)[number];

/** Pixels per image: 28 × 28 = 784. */
export const IMAGE_PIXELS = IMAGE_SIDE * IMAGE_SIDE;
/** Images in the official training and test files. */
export const TRAIN_COUNT = 60_000;
export const TEST_COUNT = 10_000;

/**
 * Images with their labels. `images` holds `count` × 784 bytes (28 × 28 pixels, row-major,
 * 0 = background, 255 = full ink); `labels` holds `count` class indices 0..9.
 */
export interface LabelledImages {
  images: Uint8Array;
  labels: Uint8Array;
  count: number;
}

/**
 * Pairs a parsed image file with its label file. Throws a DataFormatError naming both files and
 * both counts if they hold different numbers of items.
 */
export function pairImagesLabels(
  images: IdxImages,
  labels: IdxLabels,
  fileNames: { images: string; labels: string },
): LabelledImages {
  if (images.count !== labels.count) {
    throw new DataFormatError(
      fileNames.images,
      `has ${images.count} images but ${fileNames.labels} has ${labels.count} labels`,
    );
  }
  return { images: images.pixels, labels: labels.labels, count: images.count };
}

/** Progress over all four files. Bytes are as read from the network (compressed). */
export interface LoadProgress {
  bytesLoaded: number;
  /** Sum of the four Content-Length headers; null until all four are known. */
  bytesTotal: number | null;
  /** Complete images parsed so far, training and test together. */
  imagesLoaded: number;
  /** 70,000, or the counts the image headers declare once both are known. */
  imagesTotal: number;
}

type FileKey = keyof typeof DATA_FILES;
const FILE_KEYS = Object.keys(DATA_FILES) as FileKey[];
const IMAGE_FILE_KEYS: readonly FileKey[] = ['trainImages', 'testImages'];

/** Sums per-file progress into the LoadProgress of the whole dataset. */
function aggregate(progress: Partial<Record<FileKey, FetchProgress>>): LoadProgress {
  const files = FILE_KEYS.map((key) => progress[key]);
  const totals = files.map((p) => p?.bytesTotal ?? null);
  const images = IMAGE_FILE_KEYS.map((key) => progress[key]);
  const declared = images.map((p) => p?.expectedItems ?? null);
  return {
    bytesLoaded: files.reduce((sum, p) => sum + (p?.bytes ?? 0), 0),
    bytesTotal: totals.every((t) => t !== null) ? totals.reduce((a, b) => a + b, 0) : null,
    imagesLoaded: images.reduce((sum, p) => sum + (p?.items ?? 0), 0),
    imagesTotal: declared.every((d) => d !== null)
      ? declared.reduce((a, b) => a + b, 0)
      : TRAIN_COUNT + TEST_COUNT,
  };
}

/**
 * Downloads and parses the four Fashion-MNIST files from `baseUrl` concurrently.
 * If any file fails, the others are cancelled and the first error is thrown (a DataFetchError or
 * DataFormatError naming the file). Aborting `signal` cancels every download.
 */
export async function loadFashionMnist(
  baseUrl: string,
  onProgress?: (progress: LoadProgress) => void,
  signal?: AbortSignal,
  fetchFn: FetchFn = fetch,
): Promise<{ train: LabelledImages; test: LabelledImages }> {
  signal?.throwIfAborted();
  const controller = new AbortController();
  const forwardAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort);
  const progress: Partial<Record<FileKey, FetchProgress>> = {};
  const load = <K extends IdxKind>(key: FileKey, kind: K) =>
    fetchIdx(
      baseUrl,
      DATA_FILES[key],
      kind,
      (p) => {
        progress[key] = p;
        onProgress?.(aggregate(progress));
      },
      controller.signal,
      fetchFn,
    ).catch((error: unknown) => {
      controller.abort(error);
      throw error;
    });
  try {
    const [trainImages, trainLabels, testImages, testLabels] = await Promise.all([
      load('trainImages', 'images'),
      load('trainLabels', 'labels'),
      load('testImages', 'images'),
      load('testLabels', 'labels'),
    ]);
    return {
      train: pairImagesLabels(trainImages, trainLabels, {
        images: DATA_FILES.trainImages,
        labels: DATA_FILES.trainLabels,
      }),
      test: pairImagesLabels(testImages, testLabels, {
        images: DATA_FILES.testImages,
        labels: DATA_FILES.testLabels,
      }),
    };
  } finally {
    signal?.removeEventListener('abort', forwardAbort);
  }
}
