/** A small seeded PRNG (mulberry32): the stress and fuzz loops replay exactly from a printed seed. */
export class Prng {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** In [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from nothing');
    return items[this.int(0, items.length - 1)]!;
  }
}

/** `BRIEFING_STRESS=full` runs the long loops; `npm test` runs the quick size. */
export const fullStress = process.env.BRIEFING_STRESS === 'full';

/** The seed from BRIEFING_SEED (to replay a failure), else a fresh one; printed by the tests that fail. */
export function stressSeed(): number {
  const given = Number(process.env.BRIEFING_SEED);
  return Number.isInteger(given) && given > 0 ? given : Math.floor(Math.random() * 0x7fffffff) + 1;
}
