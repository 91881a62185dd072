import { useEffect, useId, useState } from 'react';

/** Longest side a photo is reduced to before preprocessing: the pad's size, plenty for 28x28. */
export const PHOTO_MAX_SIDE = 280;

/** The photo's pixels, its longer side at most PHOTO_MAX_SIDE; throws if it is not an image. */
async function photoPixels(file: File): Promise<ImageData> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new Error(`That file is not an image we can read: ${file.name}`);
  }
  try {
    const scale = Math.min(1, PHOTO_MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('This browser cannot draw on a canvas (no 2D context).');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    return context.getImageData(0, 0, width, height);
  } finally {
    bitmap.close();
  }
}

/**
 * A file input for a garment photo: decodes it, shrinks it, shows it and hands its pixels on
 * to be classified like a drawing; says so when the file is not a readable image.
 */
export function PhotoUpload({ onPhoto }: { onPhoto: (image: ImageData, name: string) => void }) {
  const inputId = useId();
  const [error, setError] = useState<string | null>(null);
  const [photo, setPhoto] = useState<{ url: string; name: string } | null>(null);

  useEffect(() => () => (photo ? URL.revokeObjectURL(photo.url) : undefined), [photo]);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    try {
      const image = await photoPixels(file);
      setError(null);
      setPhoto({ url: URL.createObjectURL(file), name: file.name });
      onPhoto(image, file.name);
    } catch (failure) {
      setPhoto(null);
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <div className="try-photo">
      <label htmlFor={inputId}>Upload a photo</label>
      <input
        id={inputId}
        type="file"
        accept="image/*"
        onChange={(event) => {
          void choose(event.target.files?.[0]);
          // Choosing the same file again should classify it again.
          event.target.value = '';
        }}
      />
      <p className="hint">One garment on a plain background works best.</p>
      {error && (
        <p className="try-error" role="alert">
          {error}
        </p>
      )}
      {photo && <img className="try-photo-thumb" src={photo.url} alt={`Uploaded: ${photo.name}`} />}
    </div>
  );
}
