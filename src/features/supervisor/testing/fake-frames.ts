import type { FrameScheduler } from '../board-updates/create-board-update-batcher';

export interface FakeFrames extends FrameScheduler {
  /** Frames requested and not yet run. */
  pending(): number;
  /** Runs the callbacks of the next frame. */
  runFrame(): void;
}

/** requestAnimationFrame under the test's control. */
export function createFakeFrames(): FakeFrames {
  let nextHandle = 1;
  const queued = new Map<number, () => void>();
  return {
    request(callback) {
      queued.set(nextHandle, callback);
      return nextHandle++;
    },
    cancel(handle) {
      queued.delete(handle);
    },
    pending: () => queued.size,
    runFrame() {
      const callbacks = [...queued.values()];
      queued.clear();
      for (const callback of callbacks) callback();
    },
  };
}
