/**
 * A conv2d's gradients written with operations that TF.js's wasm backend runs fast: slices, a
 * stack and one untransposed matrix product for the filter (im2col), and one forward convolution
 * for the input. Channels last, stride 1, dilation 1, any padding: the convolutions this app
 * builds. Anything else is refused rather than computed wrongly.
 */
import * as tf from '@tensorflow/tfjs';

export type FilterShape = [number, number, number, number];
export type ConvPadding = tf.Conv2DBackpropFilterAttrs['pad'];
type Strides = tf.Conv2DBackpropFilterAttrs['strides'];
type DataFormat = tf.Conv2DBackpropFilterAttrs['dataFormat'];

function checkSupported(what: string, strides: Strides, dataFormat: DataFormat): void {
  const stride = typeof strides === 'number' ? [strides, strides] : strides;
  if (stride.some((s) => s !== 1))
    throw new Error(`${what} supports stride 1 only, not [${stride.join(', ')}].`);
  if (dataFormat !== 'NHWC')
    throw new Error(`${what} supports NHWC (channels last) only, not ${dataFormat}.`);
}

/** The conv's geometry, after checking that dy [batch, outHeight, outWidth, outChannels] fits. */
function convInfo(
  what: string,
  inputShape: FilterShape,
  filterShape: FilterShape,
  dyShape: number[],
  pad: ConvPadding,
): tf.backend_util.Conv2DInfo {
  const info = tf.backend_util.computeConv2DInfo(inputShape, filterShape, 1, 1, pad);
  const expected = [inputShape[0], info.outHeight, info.outWidth, filterShape[3]];
  if (inputShape[3] !== filterShape[2] || dyShape.some((size, axis) => size !== expected[axis]))
    throw new Error(
      `${what}: dy [${dyShape.join(', ')}] does not fit input [${inputShape.join(', ')}] and filter [${filterShape.join(', ')}].`,
    );
  return info;
}

/**
 * The gradient of a loss with respect to a conv2d's filter. x: [batch, height, width,
 * inChannels]; dy: [batch, outHeight, outWidth, outChannels], the loss's gradient with respect
 * to the conv's output; returns [kh, kw, inChannels, outChannels], like the filter.
 */
export function conv2dFilterGradient(
  x: tf.Tensor4D,
  dy: tf.Tensor4D,
  filterShape: FilterShape,
  pad: ConvPadding,
  strides: Strides = 1,
  dataFormat: DataFormat = 'NHWC',
): tf.Tensor4D {
  const what = 'conv2dFilterGradient';
  checkSupported(what, strides, dataFormat);
  const { padInfo, outHeight, outWidth } = convInfo(what, x.shape, filterShape, dy.shape, pad);
  const [kh, kw, inChannels, outChannels] = filterShape;
  const batch = x.shape[0];
  const positions = batch * outHeight * outWidth;
  return tf.tidy(() => {
    const { top, bottom, left, right } = padInfo;
    const padded =
      top + bottom + left + right > 0
        ? x.pad([
            [0, 0],
            [top, bottom],
            [left, right],
            [0, 0],
          ])
        : x;
    // Channels first, so that every window below is one contiguous row of the patch matrix and
    // the product needs no transposed operand (wasm multiplies transposed operands slowly).
    const [, height, width] = padded.shape;
    const channelsFirst =
      inChannels === 1 ? padded.reshape([1, batch, height, width]) : padded.transpose([3, 0, 1, 2]);
    const windows: tf.Tensor[] = [];
    for (let i = 0; i < kh; i++)
      for (let j = 0; j < kw; j++)
        windows.push(channelsFirst.slice([0, 0, i, j], [inChannels, batch, outHeight, outWidth]));
    // Rows ordered (i, j, channel), as the filter's first three axes are.
    const patches = tf.stack(windows).reshape([kh * kw * inChannels, positions]);
    return tf.matMul(patches, dy.reshape([positions, outChannels])).reshape(filterShape);
  });
}

/**
 * The gradient of a loss with respect to a conv2d's input: the "full" correlation of dy
 * [batch, outHeight, outWidth, outChannels] with the filter [kh, kw, inChannels, outChannels]
 * turned by 180 degrees, its channel axes swapped. Returns `inputShape`.
 */
export function conv2dInputGradient(
  dy: tf.Tensor4D,
  filter: tf.Tensor4D,
  inputShape: FilterShape,
  pad: ConvPadding,
  strides: Strides = 1,
  dataFormat: DataFormat = 'NHWC',
): tf.Tensor4D {
  const what = 'conv2dInputGradient';
  checkSupported(what, strides, dataFormat);
  const { padInfo } = convInfo(what, inputShape, filter.shape, dy.shape, pad);
  const [kh, kw] = filter.shape;
  const padding: [number, number][] = [
    [0, 0],
    [kh - 1 - padInfo.top, kh - 1 - padInfo.bottom],
    [kw - 1 - padInfo.left, kw - 1 - padInfo.right],
    [0, 0],
  ];
  if (padding.flat().some((p) => p < 0))
    throw new Error(`${what}: padding beyond the filter size is not supported.`);
  return tf.tidy(() => {
    const turned = filter.reverse([0, 1]).transpose([0, 1, 3, 2]) as tf.Tensor4D;
    return tf.conv2d(dy.pad(padding) as tf.Tensor4D, turned, 1, 'valid') as tf.Tensor4D;
  });
}
