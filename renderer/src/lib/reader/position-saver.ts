export interface PositionSaver {
  /** Remembers `blockId` as the position to save once the reader pauses. */
  schedule(blockId: number): void;
  /** Sends a scheduled position now. */
  flush(): void;
}

type Sends = { flush(): void };

const waiting = new Set<Sends>();
const inFlight = new Set<Promise<unknown>>();

/**
 * Resolves once every position scheduled so far is stored, sending any still waiting.
 * Whoever reads positions next (the library, the reader reopening a document) calls it
 * first, since the reader it follows may not have been torn down yet.
 */
export async function savesSettled(): Promise<void> {
  for (const saver of [...waiting]) saver.flush();
  await Promise.allSettled([...inFlight]);
}

/**
 * Scrolling moves the position many times a second; only where the reader pauses is
 * worth a write, so saves wait `delay` ms for the position to settle.
 */
export function createPositionSaver(
  save: (blockId: number) => Promise<unknown>,
  onError: (err: unknown) => void,
  delay = 600,
): PositionSaver {
  let pending: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const saver = {
    schedule(blockId: number) {
      pending = blockId;
      waiting.add(saver);
      clearTimeout(timer);
      timer = setTimeout(saver.flush, delay);
    },
    flush() {
      clearTimeout(timer);
      waiting.delete(saver);
      if (pending === null) return;
      const blockId = pending;
      pending = null;
      const sent = save(blockId).catch(onError);
      inFlight.add(sent);
      void sent.finally(() => inFlight.delete(sent));
    },
  };
  return saver;
}
