import type { SourceLine } from '../lines.ts';
import { canBeBoxText, readFurniture, type Furniture } from './furniture.ts';

export interface PageFurniture {
  lines: SourceLine[];
  /** `before[k]`: the furniture printed just before kept line k (`before[lines.length]`: after the last). */
  before: Furniture[][];
}

/**
 * Takes source lines, bylines, credits, photo captions and data boxes out of
 * the text, remembering where each stood so the document it
 * belongs to can be found once the page is split.
 */
export function takeFurniture(input: SourceLine[]): PageFurniture {
  const lines: SourceLine[] = [];
  const before: Furniture[][] = [[]];
  for (let i = 0; i < input.length; i++) {
    const line = input[i]!;
    const item = line.hint?.kind === 'title' ? null : readFurniture(line.text);
    if (item === null) {
      lines.push(line);
      before.push([]);
      continue;
    }
    before[lines.length]!.push(item);
    const next = input[i + 1];
    // A data box prints its figure or slogan on the line under its label.
    if (item.kind === 'box' && next && next.hint === undefined && readFurniture(next.text) === null && canBeBoxText(next.text)) {
      before[lines.length]!.push({ kind: 'box', text: next.text });
      i++;
    }
  }
  return { lines, before };
}
