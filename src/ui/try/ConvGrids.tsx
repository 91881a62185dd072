import { useMemo } from 'react';
import type { Requests } from '../../worker/protocol';
import { featureMapOf, kernelOf, normaliseRange, symmetricScale } from './convLayout';
import { magnitudeScale, signedOverlayRgba } from './overlay';
import { PixelImage } from './PixelImage';
import { RgbaImage } from './RgbaImage';

export type ConvInside = Requests['inspectConv']['result'];

/** On-screen width of one kernel image and one feature map. */
const KERNEL_SIZE_PX = 40;
const MAP_SIZE_PX = 56;

/** Every filter's kernel on one shared diverging scale, so that their strengths compare. */
export function KernelGrid({ inside }: { inside: ConvInside }) {
  const { kernels, kernelSize, filters } = inside;
  const scale = symmetricScale(kernels);
  const images = useMemo(
    () => Array.from({ length: filters }, (_, f) => kernelOf(kernels, kernelSize, filters, f)),
    [kernels, kernelSize, filters],
  );
  const palette = useMemo(() => ({ kind: 'diverging', scale }) as const, [scale]);
  return (
    <figure className="try-conv-figure">
      <figcaption>
        {filters} learned {kernelSize}x{kernelSize} kernels: blue negative, white 0, red positive,
        all on one scale of ±{scale.toPrecision(2)}
      </figcaption>
      <ul className="try-conv-grid" role="list">
        {images.map((weights, f) => (
          <li key={f} role="listitem">
            <PixelImage
              values={weights}
              side={kernelSize}
              size={KERNEL_SIZE_PX}
              label={`Kernel ${f + 1}`}
              palette={palette}
            />
            <span className="try-conv-index">{f + 1}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** Each feature map position's contribution to the predicted class's score (saliency's
 *  `conv`), laid over the maps, and what to say of it. */
export interface MapOverlay {
  contributions: Float32Array;
  className: string;
  /** True for the report's CNN, whose contributions add up to the score exactly. */
  exact: boolean;
}

/** Every filter's feature map of the image, each stretched to its own range. */
export function FeatureMapGrid({
  inside,
  imageName,
  overlay,
}: {
  inside: ConvInside;
  imageName: string;
  overlay?: MapOverlay | null;
}) {
  const { maps, mapSide, filters } = inside;
  const images = useMemo(
    () =>
      Array.from({ length: filters }, (_, f) =>
        normaliseRange(featureMapOf(maps, mapSide, filters, f)),
      ),
    [maps, mapSide, filters],
  );
  const tinted = useMemo(() => {
    if (!overlay || overlay.contributions.length !== maps.length) return null;
    // The 99th percentile, not the largest: one strong position would leave the rest white.
    const scale = magnitudeScale(overlay.contributions);
    return images.map((map, f) =>
      signedOverlayRgba(map, 1, featureMapOf(overlay.contributions, mapSide, filters, f), scale),
    );
  }, [overlay, images, maps.length, mapSide, filters]);
  return (
    <figure className="try-conv-figure">
      <figcaption>
        What the {filters} filters make of {imageName}: {mapSide}x{mapSide} feature maps after the
        activation, each scaled from its weakest (black) to its strongest response (white)
        {tinted &&
          overlay &&
          `; over them, what each position adds to (red) or takes from (blue) the score of ${overlay.className}, activation times gradient, on one scale for all maps${overlay.exact ? ': for this one-layer CNN they add up exactly to the score less the output bias' : ' (to first order)'}`}
      </figcaption>
      <ul className="try-conv-grid" role="list">
        {images.map((map, f) => (
          <li key={f} role="listitem">
            {tinted ? (
              <RgbaImage
                rgba={tinted[f]}
                side={mapSide}
                size={MAP_SIZE_PX}
                label={`Feature map of filter ${f + 1}, with its contribution to ${overlay!.className}`}
              />
            ) : (
              <PixelImage
                values={map}
                side={mapSide}
                size={MAP_SIZE_PX}
                label={`Feature map of filter ${f + 1}`}
              />
            )}
            <span className="try-conv-index">{f + 1}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
