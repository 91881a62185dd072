/**
 * Request handlers that look inside a run's model: saliency and the hidden activations map
 * (engine/inspect/). Kept apart from requests.ts, which spreads them into its registry.
 */
import { activationMapOf } from '../engine/inspect/activation-map';
import { saliencyOf } from '../engine/inspect/saliency';
import type { ActivationMap } from '../model/inside';
import type { RequestContext } from './requests';
import type { FromWorker, Requests } from './protocol';

type Handler<K extends 'saliency' | 'activationMap'> = (
  args: Requests[K]['args'],
  context: RequestContext,
) => Promise<{ result: Requests[K]['result']; transfer?: Transferable[] }>;

const saliency: Handler<'saliency'> = async ({ runId, pixels }, { models }) => {
  const result = await saliencyOf(await models.get(runId), pixels);
  const transfer: Transferable[] = [result.gradient.buffer, result.occlusion.buffer];
  if (result.conv) transfer.push(result.conv.contributions.buffer);
  return { result, transfer };
};

/** The map of `runId`'s model as it is now, posted as `run-map` so the page keeps it. */
export async function postActivationMap(
  context: RequestContext,
  post: (message: FromWorker) => void,
  runId: string,
  method: ActivationMap['method'],
  step: number,
): Promise<ActivationMap> {
  const { test } = await context.dataset();
  const map = await activationMapOf(await context.models.get(runId), test, method, step);
  post({ type: 'run-map', runId, map });
  return map;
}

const activationMap: Handler<'activationMap'> = async ({ runId, method, step }, context) => ({
  result: await postActivationMap(context, context.post, runId, method, step),
});

export const INSPECT_HANDLERS = { saliency, activationMap };
