import { encode } from 'fast-png';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MODEL_PIXELS } from '../drawing/preprocess';
import {
  LABELS_FILE,
  MAX_GARMENTS_FILE_BYTES,
  exportGarments,
  parseGarmentsFile,
  pngName,
  type GarmentDraft,
} from './file';

/** A garment whose pixels are a ramp starting at `seed`, so that each one is distinct. */
function draft(label: number, seed: number): GarmentDraft {
  return { label, pixels: Uint8Array.from({ length: MODEL_PIXELS }, (_, i) => (seed + i) % 256) };
}

const gray28 = (value = 128) =>
  encode({
    width: 28,
    height: 28,
    data: new Uint8Array(MODEL_PIXELS).fill(value),
    depth: 8,
    channels: 1,
  });

function zip(files: Record<string, Uint8Array | string>): Uint8Array {
  const entries: Zippable = {};
  for (const [name, content] of Object.entries(files))
    entries[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(entries);
}

const parse = (bytes: Uint8Array, room = 1000) => parseGarmentsFile(bytes, room);

function refusal(bytes: Uint8Array, room = 1000): string {
  const result = parse(bytes, room);
  if (result.ok) throw new Error('The file was accepted.');
  return result.error;
}

describe('the My garments file', () => {
  it('comes back as it went out: the same pixels, labels and order', () => {
    const garments = [draft(1, 0), draft(9, 7), draft(0, 200)];
    const result = parse(exportGarments(garments));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((g) => g.label)).toEqual([1, 9, 0]);
    result.value.forEach((g, i) => expect(g.pixels).toEqual(garments[i].pixels));
    expect(result.value[0].name).toBe('garment-001-trouser.png');
  });

  it('holds 28x28 grayscale PNGs and a labels.csv naming each class', () => {
    const files = unzipSync(exportGarments([draft(0, 0), draft(9, 1)]));
    expect(Object.keys(files).sort()).toEqual([
      'README.txt',
      'garment-001-t-shirt-top.png',
      'garment-002-ankle-boot.png',
      LABELS_FILE,
    ]);
    expect(strFromU8(files[LABELS_FILE])).toBe(
      'file,label,class\ngarment-001-t-shirt-top.png,0,T-shirt/top\ngarment-002-ankle-boot.png,9,Ankle boot\n',
    );
    expect(pngName(11, 3)).toBe('garment-012-dress.png');
  });

  it('reads a zip of the folder, a header without classes, quotes and CRLF lines', () => {
    const bytes = zip({
      'mine/a.png': gray28(10),
      'mine/b.png': gray28(20),
      'mine/labels.csv': 'file,label\r\n"a.png","3"\r\nb.png,4\r\n\r\n',
      '__MACOSX/mine/._a.png': 'resource fork',
      'mine/.DS_Store': 'finder',
    });
    const result = parse(bytes);
    expect(result.ok && result.value.map((g) => [g.name, g.label, g.pixels[0]])).toEqual([
      ['a.png', 3, 10],
      ['b.png', 4, 20],
    ]);
  });

  it('reads gray with alpha over black, 16-bit gray, gray RGB and palette PNGs', () => {
    const grayAlpha = new Uint8Array(MODEL_PIXELS * 2);
    for (let i = 0; i < MODEL_PIXELS; i++) grayAlpha.set([200, 128], i * 2);
    const rgb = new Uint8Array(MODEL_PIXELS * 3).fill(77);
    const sixteen = new Uint16Array(MODEL_PIXELS).fill(65535);
    const bytes = zip({
      'alpha.png': encode({ width: 28, height: 28, data: grayAlpha, depth: 8, channels: 2 }),
      'rgb.png': encode({ width: 28, height: 28, data: rgb, depth: 8, channels: 3 }),
      'deep.png': encode({ width: 28, height: 28, data: sixteen, depth: 16, channels: 1 }),
      'palette.png': encode({
        width: 28,
        height: 28,
        data: new Uint8Array(MODEL_PIXELS).fill(1),
        depth: 8,
        channels: 1,
        palette: [
          [0, 0, 0],
          [60, 60, 60],
        ],
      }),
      [LABELS_FILE]:
        'file,label,class\nalpha.png,1,\nrgb.png,2,Pullover\ndeep.png,3,dress\npalette.png,4,Coat\n',
    });
    const result = parse(bytes);
    expect(result.ok && result.value.map((g) => g.pixels[0])).toEqual([100, 77, 255, 60]);
  });

  it('refuses bytes that are not a zip, naming the file', () => {
    expect(refusal(strToU8('{"runs": []}'))).toMatch(/^it is not a zip file/);
  });

  it('refuses a damaged zip', () => {
    const bytes = exportGarments([draft(1, 0)]);
    expect(refusal(bytes.slice(0, 200))).toMatch(/^it is a damaged zip file/);
  });

  it('refuses a file over the size limit, unread', () => {
    const big = new Uint8Array(MAX_GARMENTS_FILE_BYTES + 1);
    expect(refusal(big)).toBe('the file is 10.0 MB; the limit is 10 MB.');
  });

  it('refuses an entry that unpacks to more than any garment could', () => {
    const bytes = zip({
      'huge.png': new Uint8Array(2 * 1024 * 1024),
      [LABELS_FILE]: 'file,label\n',
    });
    expect(refusal(bytes)).toMatch(/^huge\.png in the zip unpacks to more than 1 MB/);
  });

  it('refuses a zip without labels.csv, or with two', () => {
    expect(refusal(zip({ 'a.png': gray28() }))).toMatch(/^it has no labels\.csv/);
    const two = zip({ 'a/labels.csv': 'file,label\n', 'b/labels.csv': 'file,label\n' });
    expect(refusal(two)).toMatch(
      /^it holds 2 labels\.csv files \(a\/labels\.csv, b\/labels\.csv\)/,
    );
  });

  it('refuses labels outside 0-9, naming the line and the file', () => {
    const bytes = (label: string) =>
      zip({ 'a.png': gray28(), [LABELS_FILE]: `file,label\na.png,${label}\n` });
    for (const label of ['10', '-1', '2.5', 'Trouser', ''])
      expect(refusal(bytes(label))).toBe(
        `labels.csv line 2: the label of a.png is "${label}"; labels are whole numbers from 0 to 9.`,
      );
  });

  it('refuses a class that contradicts the label', () => {
    const bytes = zip({ 'a.png': gray28(), [LABELS_FILE]: 'file,label,class\na.png,1,Dress\n' });
    expect(refusal(bytes)).toBe(
      'labels.csv line 2: label 1 of a.png is Trouser, but its class says "Dress".',
    );
  });

  it('refuses a bad header, a short line, a repeated file and an empty list', () => {
    const withLabels = (text: string) => zip({ 'a.png': gray28(), [LABELS_FILE]: text });
    expect(refusal(withLabels('name,class\na.png,1\n'))).toMatch(
      /^labels\.csv line 1 should be the header "file,label,class", not "name,class"/,
    );
    expect(refusal(withLabels('file,label\na.png\n'))).toMatch(/^labels\.csv line 2 has 1 fields/);
    expect(refusal(withLabels('file,label\na.png,1\na.png,2\n'))).toBe(
      'labels.csv line 3 lists a.png again (first on line 2).',
    );
    expect(refusal(withLabels('file,label\nnotes.txt,1\n'))).toMatch(/"notes\.txt" is not a \.png/);
    expect(refusal(zip({ [LABELS_FILE]: 'file,label\n' }))).toBe('labels.csv lists no garments.');
  });

  it('refuses a listed PNG that is missing, and a PNG left out of the list', () => {
    const missing = zip({ 'a.png': gray28(), [LABELS_FILE]: 'file,label\na.png,1\nb.png,2\n' });
    expect(refusal(missing)).toBe('labels.csv line 3 names b.png, which is not in the zip.');
    const unlisted = zip({
      'a.png': gray28(),
      'b.png': gray28(),
      [LABELS_FILE]: 'file,label\na.png,1\n',
    });
    expect(refusal(unlisted)).toMatch(/^b\.png is in the zip but not in labels\.csv/);
  });

  it('refuses a PNG that does not decode', () => {
    const bytes = zip({ 'a.png': strToU8('not a png'), [LABELS_FILE]: 'file,label\na.png,1\n' });
    expect(refusal(bytes)).toMatch(/^a\.png is not a PNG that decodes \(/);
    const cut = zip({ 'a.png': gray28().slice(0, 40), [LABELS_FILE]: 'file,label\na.png,1\n' });
    expect(refusal(cut)).toMatch(/^a\.png is not a PNG that decodes/);
  });

  it('refuses images that are not 28x28, saying how to bring in a larger picture', () => {
    const big = encode({
      width: 64,
      height: 48,
      data: new Uint8Array(64 * 48),
      depth: 8,
      channels: 1,
    });
    const bytes = zip({ 'big.png': big, [LABELS_FILE]: 'file,label\nbig.png,1\n' });
    expect(refusal(bytes)).toMatch(
      /^big\.png is 64x48 pixels; My garments holds 28x28 images.*upload.*as a photo under Try it/i,
    );
  });

  it('refuses colour images and 1-bit images', () => {
    const rgb = new Uint8Array(MODEL_PIXELS * 3);
    rgb.set([200, 10, 10]);
    const colour = zip({
      'red.png': encode({ width: 28, height: 28, data: rgb, depth: 8, channels: 3 }),
      [LABELS_FILE]: 'file,label\nred.png,1\n',
    });
    expect(refusal(colour)).toMatch(/^red\.png is in colour; My garments holds grayscale images/);
    const bits = zip({
      'bits.png': encode({
        width: 28,
        height: 28,
        data: new Uint8Array(28 * 4),
        depth: 1,
        channels: 1,
      }),
      [LABELS_FILE]: 'file,label\nbits.png,1\n',
    });
    expect(refusal(bits)).toBe('bits.png has 1-bit pixels; save it as an 8-bit grayscale PNG.');
  });

  it('refuses more garments than the set has room for, and adds none of them', () => {
    const bytes = exportGarments([draft(1, 0), draft(2, 1), draft(3, 2)]);
    expect(refusal(bytes, 2)).toBe('it holds 3 garments, and My garments has room for 2 more.');
    expect(parse(bytes, 3).ok).toBe(true);
  });
});
