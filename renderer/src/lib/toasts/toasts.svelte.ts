/**
 * The app's one place for passing news — "copied", "added to …", "deleted · undo". Views
 * call `toasts.show`; `ToastArea` (mounted once, in App) shows them over the page, so no
 * message ever moves the content being read.
 */
export interface ToastAction {
  label: string;
  run: () => unknown;
  /** `aria-keyshortcuts` for the same action from the keyboard, e.g. `Control+Z`. */
  keys?: string;
  /** The shortcut as shown in the tooltip, e.g. `Ctrl+Z`. */
  hint?: string;
}

export interface Toast {
  id: number;
  text: string;
  /** Errors are announced assertively and stay until dismissed or replaced. */
  tone: 'info' | 'error';
  action?: ToastAction;
}

export interface ToastOptions {
  tone?: Toast['tone'];
  action?: ToastAction;
  /** Toasts with the same key replace each other (one "copied" at a time, however often one copies). */
  key?: string;
  /** Milliseconds on screen; 0 keeps it until dismissed. */
  timeout?: number;
  /** Called once when the toast leaves, however it leaves. */
  onclose?: () => void;
}

/** Long enough to read a sentence; an offer to undo stands longer, to be reached. */
const READ_MS = 6_000;
const ACTION_MS = 10_000;
/** More at once would cover the text. */
const MAX_SHOWN = 3;

class Toasts {
  items = $state<Toast[]>([]);
  #next = 1;
  #keys = new Map<number, string>();
  #timers = new Map<number, ReturnType<typeof setTimeout>>();
  #onclose = new Map<number, () => void>();

  show(text: string, options: ToastOptions = {}): number {
    const { tone = 'info', action, key } = options;
    if (key !== undefined) for (const [id, k] of this.#keys) if (k === key) this.dismiss(id);
    const id = this.#next++;
    if (key !== undefined) this.#keys.set(id, key);
    if (options.onclose) this.#onclose.set(id, options.onclose);
    const shown = [...this.items, { id, text, tone, action }];
    for (const old of shown.slice(0, -MAX_SHOWN)) this.dismiss(old.id);
    this.items = shown.slice(-MAX_SHOWN);
    const timeout = options.timeout ?? (tone === 'error' ? 0 : action ? ACTION_MS : READ_MS);
    if (timeout > 0) this.#timers.set(id, setTimeout(() => this.dismiss(id), timeout));
    return id;
  }

  dismiss(id: number): void {
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
    this.#keys.delete(id);
    if (this.items.some((t) => t.id === id)) this.items = this.items.filter((t) => t.id !== id);
    const onclose = this.#onclose.get(id);
    this.#onclose.delete(id);
    onclose?.();
  }
}

export const toasts = new Toasts();
