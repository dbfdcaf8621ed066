/**
 * Files waiting to be imported, one review at a time: several dropped or picked at once,
 * or one arriving while a review is open, wait their turn instead of being dropped or
 * replacing the review (and its edits) on screen.
 */
export class ImportQueue<F extends { name: string }> {
  private files: F[] = [];

  /** Adds files at the end; the same file (by name) twice waits once. */
  add(files: readonly F[]): void {
    for (const f of files) if (!this.files.some((x) => x.name === f.name)) this.files.push(f);
  }

  /** The next file to import, taken off the queue. */
  take(): F | undefined {
    return this.files.shift();
  }

  get names(): string[] {
    return this.files.map((f) => f.name);
  }
}
