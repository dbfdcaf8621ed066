/**
 * The study session the user works on: the one last opened or added to. The notes list
 * marks what it already holds. Kept per browser profile, like the reader's panel state.
 */
const KEY = 'briefing.openSession';

export function rememberOpenSession(id: number, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(KEY, String(id));
}

export function recallOpenSession(storage: Pick<Storage, 'getItem'> = localStorage): number | null {
  const id = Number(storage.getItem(KEY));
  return Number.isInteger(id) && id > 0 ? id : null;
}
