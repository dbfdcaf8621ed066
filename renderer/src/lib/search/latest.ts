/**
 * Keeps answers in step with questions. Typing sends a search per pause, and an older
 * search may answer after a newer one; each request holds a check that is true only
 * while no newer search has started, and its answer is dropped once that turns false.
 */
export interface Latest {
  /** A new search: every request before it is stale from now on. */
  begin(): () => boolean;
  /** More of the current search (a further page): stale once a new search begins. */
  continue(): () => boolean;
}

export function createLatest(): Latest {
  let generation = 0;
  return {
    begin() {
      const mine = ++generation;
      return () => mine === generation;
    },
    continue() {
      const mine = generation;
      return () => mine === generation;
    },
  };
}
