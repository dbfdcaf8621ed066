import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Rectangle } from 'electron';

export interface WindowState {
  bounds: Partial<Rectangle>;
  maximized: boolean;
}

function isRect(v: unknown): v is Rectangle {
  const r = v as Record<string, unknown>;
  return !!r && ['x', 'y', 'width', 'height'].every((k) => Number.isFinite(r[k]));
}

export function loadWindowState(file: string): WindowState {
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { bounds?: unknown; maximized?: unknown };
    return { bounds: isRect(raw.bounds) ? raw.bounds : {}, maximized: raw.maximized === true };
  } catch {
    return { bounds: {}, maximized: false };
  }
}

/** Written to a temporary file and renamed, so a crash mid-write never leaves half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(state));
  renameSync(`${file}.tmp`, file);
}

/** Drops a saved position that no display shows any more (a monitor was unplugged). */
export function visibleBounds(saved: Partial<Rectangle>, displays: Rectangle[]): Partial<Rectangle> {
  if (!isRect(saved)) return {};
  const onScreen = displays.some(
    (d) => saved.x < d.x + d.width - 50 && saved.x + saved.width > d.x + 50 && saved.y >= d.y - 10 && saved.y < d.y + d.height - 50,
  );
  return onScreen ? saved : { width: saved.width, height: saved.height };
}
