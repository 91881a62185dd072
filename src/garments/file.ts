/**
 * My garments as one file: a zip of 28x28 8-bit grayscale PNGs and a labels.csv that gives each
 * one's class (`file,label,class`, label 0..9), readable by a spreadsheet, a Python script or a
 * person. Import checks the whole file before any of it reaches the set: all or nothing, and a
 * refusal names the file inside the zip (and the line of labels.csv) and what is wrong.
 * Pure (fflate and fast-png need no canvas), so the tests run it in Node.
 */
import { decode, encode, convertIndexedToRgb, type DecodedPng } from 'fast-png';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { CLASS_NAMES } from '../data/dataset';
import { MODEL_PIXELS, MODEL_SIDE } from '../drawing/preprocess';
import { countGarments, isLabel, type Garment } from './garment';

export const LABELS_FILE = 'labels.csv';
const README_FILE = 'README.txt';
const HEADER = ['file', 'label', 'class'] as const;
const BYTES_PER_MB = 1024 * 1024;
/** Larger files are refused unread: a thousand garments make well under 1 MB. */
export const MAX_GARMENTS_FILE_MB = 10;
export const MAX_GARMENTS_FILE_BYTES = MAX_GARMENTS_FILE_MB * BYTES_PER_MB;
/** Largest unpacked entry: a 28x28 PNG is a few hundred bytes, so more is not one (or a bomb). */
const MAX_ENTRY_BYTES = BYTES_PER_MB;
const MAX_BYTE = 255;
const MAX_WORD = 65535;
/** Local file header and end-of-central-directory signatures: every zip starts with one. */
const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];

const README = `My garments, exported from Fashion-MNIST Lab.

Each PNG is a 28x28 8-bit grayscale image as the models see it: a light garment on a black
ground, like the Fashion-MNIST images. ${LABELS_FILE} gives each file's class, 0 to 9:
${CLASS_NAMES.map((name, label) => `${label} ${name}`).join(', ')}.
Import the zip under "My garments" in the lab's Try it panel to add them to a set.
`;

/** A garment as read from a file, before it joins a set (which gives it an id and a time). */
export type GarmentDraft = Pick<Garment, 'label' | 'pixels' | 'name'>;

/** "T-shirt/top" as "t-shirt-top", for file names. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The name of garment `index` (from 0) in an export, e.g. "garment-002-trouser.png". */
export function pngName(index: number, label: number): string {
  return `garment-${String(index + 1).padStart(3, '0')}-${slug(CLASS_NAMES[label])}.png`;
}

/** "my-garments-12.zip". */
export function garmentsFileName(count: number): string {
  return `my-garments-${count}.zip`;
}

/** The set as a zip: one PNG per garment, in order, labels.csv and a README. */
export function exportGarments(garments: readonly GarmentDraft[]): Uint8Array<ArrayBuffer> {
  const files: Zippable = {};
  const rows: string[] = [HEADER.join(',')];
  garments.forEach((garment, index) => {
    const name = pngName(index, garment.label);
    const png = encode({
      width: MODEL_SIDE,
      height: MODEL_SIDE,
      data: garment.pixels,
      depth: 8,
      channels: 1,
    });
    // PNGs are compressed already: stored as they are.
    files[name] = [png, { level: 0 }];
    rows.push(`${name},${garment.label},${CLASS_NAMES[garment.label]}`);
  });
  files[LABELS_FILE] = strToU8(rows.join('\n') + '\n');
  files[README_FILE] = strToU8(README);
  return zipSync(files);
}

/** The refusal of a file of `size` bytes; also for checking a File before reading it. */
export function garmentsTooLargeMessage(size: number): string {
  return `the file is ${(size / BYTES_PER_MB).toFixed(1)} MB; the limit is ${MAX_GARMENTS_FILE_MB} MB.`;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
const refuse = (error: string): { ok: false; error: string } => ({ ok: false, error });

function isZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURES.some((signature) => signature.every((byte, i) => bytes[i] === byte));
}

/** Entries a zip tool adds that are not the person's: folders, macOS forks, hidden files. */
function isClutter(path: string): boolean {
  const base = path.split('/').at(-1) ?? '';
  return path.endsWith('/') || path.startsWith('__MACOSX/') || base.startsWith('.');
}

/** The zip's files by path; refuses a damaged zip and entries too large to be a garment. */
function unzip(bytes: Uint8Array): Parsed<Map<string, Uint8Array>> {
  if (!isZip(bytes))
    return refuse(
      `it is not a zip file. A My garments file is a .zip of 28x28 PNG images and a ${LABELS_FILE}, as "Export My garments" saves it.`,
    );
  const oversized: string[] = [];
  let entries;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (isClutter(file.name)) return false;
        if (file.originalSize <= MAX_ENTRY_BYTES) return true;
        oversized.push(file.name);
        return false;
      },
    });
  } catch (error) {
    return refuse(`it is a damaged zip file (${(error as Error).message}).`);
  }
  if (oversized.length > 0)
    return refuse(
      `${oversized[0]} in the zip unpacks to more than ${MAX_ENTRY_BYTES / BYTES_PER_MB} MB; a 28x28 image takes a few hundred bytes.`,
    );
  return { ok: true, value: new Map(Object.entries(entries)) };
}

interface LabelRow {
  line: number;
  file: string;
  label: number;
}

/** A CSV field without the quotes a spreadsheet may put around it. */
function unquote(field: string): string {
  const trimmed = field.trim();
  return /^".*"$/.test(trimmed) ? trimmed.slice(1, -1).replace(/""/g, '"').trim() : trimmed;
}

/** The rows of labels.csv: a header `file,label[,class]`, then one garment per line. */
function parseLabels(text: string, where: string): Parsed<LabelRow[]> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0].split(',').map((field) => unquote(field).toLowerCase());
  const expected = HEADER.slice(0, header.length);
  if (
    header.length < 2 ||
    header.length > HEADER.length ||
    header.some((f, i) => f !== expected[i])
  )
    return refuse(
      `${where} line 1 should be the header "${HEADER.join(',')}", not "${lines[0].slice(0, 60)}".`,
    );
  const rows: LabelRow[] = [];
  const firstLine = new Map<string, number>();
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (index === 0 || raw.trim() === '') continue;
    const fields = raw.split(',').map(unquote);
    if (fields.length !== header.length)
      return refuse(
        `${where} line ${line} has ${fields.length} fields; the header has ${header.length} (${header.join(',')}).`,
      );
    const [file, labelText, className] = fields;
    if (!file.toLowerCase().endsWith('.png'))
      return refuse(`${where} line ${line}: "${file}" is not a .png file name.`);
    const label = /^\d+$/.test(labelText) ? Number(labelText) : NaN;
    if (!isLabel(label))
      return refuse(
        `${where} line ${line}: the label of ${file} is "${labelText}"; labels are whole numbers from 0 to 9.`,
      );
    if (
      className !== undefined &&
      className !== '' &&
      className.toLowerCase() !== CLASS_NAMES[label].toLowerCase()
    )
      return refuse(
        `${where} line ${line}: label ${label} of ${file} is ${CLASS_NAMES[label]}, but its class says "${className}".`,
      );
    const earlier = firstLine.get(file);
    if (earlier !== undefined)
      return refuse(`${where} line ${line} lists ${file} again (first on line ${earlier}).`);
    firstLine.set(file, line);
    rows.push({ line, file, label });
  }
  if (rows.length === 0) return refuse(`${where} lists no garments.`);
  return { ok: true, value: rows };
}

/** The PNG's pixels as channel values 0..255, `channels` per pixel, palette resolved. */
function channelValues(
  png: DecodedPng,
  name: string,
): Parsed<{ values: Uint8Array; channels: number }> {
  if (png.palette)
    return {
      ok: true,
      value: { values: convertIndexedToRgb(png), channels: png.palette[0].length },
    };
  if (png.depth === 8)
    return { ok: true, value: { values: Uint8Array.from(png.data), channels: png.channels } };
  if (png.depth === 16)
    return {
      ok: true,
      value: {
        values: Uint8Array.from(png.data, (v) => Math.round((v * MAX_BYTE) / MAX_WORD)),
        channels: png.channels,
      },
    };
  return refuse(`${name} has ${png.depth}-bit pixels; save it as an 8-bit grayscale PNG.`);
}

/**
 * A PNG's 28x28 gray bytes. Gray, gray with alpha, and RGB(A) whose channels are equal are all
 * grayscale; transparency counts as the black background, as the dataset's ground is black.
 */
function garmentPixels(bytes: Uint8Array, name: string): Parsed<Uint8Array> {
  let png: DecodedPng;
  try {
    png = decode(bytes);
  } catch (error) {
    return refuse(`${name} is not a PNG that decodes (${(error as Error).message}).`);
  }
  if (png.width !== MODEL_SIDE || png.height !== MODEL_SIDE)
    return refuse(
      `${name} is ${png.width}x${png.height} pixels; My garments holds ${MODEL_SIDE}x${MODEL_SIDE} images, the models' input. Upload a larger picture as a photo under Try it instead: it is cropped and scaled to ${MODEL_SIDE}x${MODEL_SIDE}, and can be saved from there.`,
    );
  const read = channelValues(png, name);
  if (!read.ok) return read;
  const { values, channels } = read.value;
  const colour = channels >= 3;
  const alpha = channels === 2 || channels === 4;
  const pixels = new Uint8Array(MODEL_PIXELS);
  for (let i = 0; i < MODEL_PIXELS; i++) {
    const at = i * channels;
    const gray = values[at];
    if (colour && (values[at + 1] !== gray || values[at + 2] !== gray))
      return refuse(
        `${name} is in colour; My garments holds grayscale images (a colour picture can be uploaded as a photo under Try it).`,
      );
    const opacity = alpha ? values[at + channels - 1] : MAX_BYTE;
    pixels[i] = Math.round((gray * opacity) / MAX_BYTE);
  }
  return { ok: true, value: pixels };
}

/**
 * Reads a My garments zip. Refuses, naming the file and what is wrong: a file over
 * MAX_GARMENTS_FILE_MB, bytes that are not a zip or a damaged one, a missing or second
 * labels.csv, a bad header, line or label (outside 0-9, or a class that contradicts it), a
 * listed PNG missing from the zip or a PNG the list leaves out, one that does not decode, is not
 * 28x28 or is in colour, and more garments than `room` (what the set still has space for).
 * File names resolve from labels.csv's folder, so a zip of the folder reads as well. A refusal
 * reads after "Nothing was imported from <the file>: ", which names the file itself.
 */
export function parseGarmentsFile(bytes: Uint8Array, room: number): Parsed<GarmentDraft[]> {
  if (bytes.length > MAX_GARMENTS_FILE_BYTES) return refuse(garmentsTooLargeMessage(bytes.length));
  const unzipped = unzip(bytes);
  if (!unzipped.ok) return unzipped;
  const entries = unzipped.value;
  const labelFiles = [...entries.keys()].filter((path) => path.split('/').at(-1) === LABELS_FILE);
  if (labelFiles.length === 0)
    return refuse(
      `it has no ${LABELS_FILE}, which gives each image's class (lines of file,label,class).`,
    );
  if (labelFiles.length > 1)
    return refuse(
      `it holds ${labelFiles.length} ${LABELS_FILE} files (${labelFiles.join(', ')}); keep one.`,
    );
  const labelsPath = labelFiles[0];
  const folder = labelsPath.slice(0, labelsPath.length - LABELS_FILE.length);
  const rows = parseLabels(strFromU8(entries.get(labelsPath)!), labelsPath);
  if (!rows.ok) return rows;
  const listed = new Set(rows.value.map((row) => folder + row.file));
  const unlisted = [...entries.keys()].find(
    (path) => path.toLowerCase().endsWith('.png') && !listed.has(path),
  );
  if (unlisted)
    return refuse(
      `${unlisted} is in the zip but not in ${LABELS_FILE}: give it a label there, or take it out.`,
    );
  if (rows.value.length > room)
    return refuse(
      `it holds ${countGarments(rows.value.length)}, and My garments has room for ${room.toLocaleString('en-US')} more.`,
    );
  const drafts: GarmentDraft[] = [];
  for (const row of rows.value) {
    const path = folder + row.file;
    const png = entries.get(path);
    if (!png)
      return refuse(`${labelsPath} line ${row.line} names ${row.file}, which is not in the zip.`);
    const pixels = garmentPixels(png, path);
    if (!pixels.ok) return pixels;
    drafts.push({ label: row.label, pixels: pixels.value, name: row.file });
  }
  return { ok: true, value: drafts };
}
