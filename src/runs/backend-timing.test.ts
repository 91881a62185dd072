import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../model/config';
import type { BackendRate } from '../worker/protocol';
import { initialLabState, labReducer, type LabState, type Run } from './state';

const run: Run = {
  id: 'r1',
  name: '#1 Dense 100 units',
  config: DEFAULT_CONFIG,
  status: 'queued',
  createdAt: 0,
  points: [],
  step: 0,
};
const timing: BackendRate[] = [
  { backend: 'wasm', examplesPerSec: 26_000, stopped: null },
  { backend: 'webgl', examplesPerSec: 4_900, stopped: 'warm-up' },
];

function apply(...events: Parameters<typeof labReducer>[1][]): LabState {
  return events.reduce(labReducer, initialLabState);
}

describe('a run that auto timed', () => {
  it('keeps the rates it was timed at, and no renderer when it trained on wasm', () => {
    const state = apply(
      {
        type: 'worker',
        // Under auto the worker knows WebGL's renderer whichever backend a run trains on.
        event: { type: 'backend', backend: 'wasm', requested: 'auto', renderer: 'SwiftShader' },
      },
      { type: 'run-queued', run },
      {
        type: 'worker',
        event: { type: 'run-started', runId: 'r1', params: 10, backend: 'wasm', timing },
      },
    );
    expect(state.runs[0]).toMatchObject({ backend: 'wasm', backendTiming: timing });
    expect(state.runs[0].renderer).toBeNull();
  });

  it('keeps the renderer of a run that trained on WebGL', () => {
    const state = apply(
      {
        type: 'worker',
        event: { type: 'backend', backend: 'wasm', requested: 'auto', renderer: 'GPU X' },
      },
      { type: 'run-queued', run },
      {
        type: 'worker',
        event: { type: 'run-started', runId: 'r1', params: 10, backend: 'webgl', timing },
      },
    );
    expect(state.runs[0]).toMatchObject({ backend: 'webgl', renderer: 'GPU X' });
  });
});
