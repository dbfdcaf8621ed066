import type { DocumentSummary } from '@contract/contract.ts';
import type { SearchParams } from './route-query.ts';

export interface FilterOptions {
  units: string[];
  speakers: string[];
}

/** The units and speakers a filter can pick: those of the chosen briefing's documents, or of all, each once, in order. */
export function filterOptions(documents: readonly DocumentSummary[], briefingId: number | undefined, compare: (a: string, b: string) => number): FilterOptions {
  const units = new Set<string>();
  const speakers = new Set<string>();
  for (const d of documents) {
    if (briefingId !== undefined && d.briefing.id !== briefingId) continue;
    if (d.unit) units.add(d.unit);
    if (d.speaker) speakers.add(d.speaker.name);
  }
  return { units: [...units].sort(compare), speakers: [...speakers].sort(compare) };
}

/** Drops a unit or speaker the chosen briefing does not have, which could only find nothing. */
export function fitFilters(params: SearchParams, options: FilterOptions): SearchParams {
  const fitted = { ...params };
  if (fitted.unit !== undefined && !options.units.includes(fitted.unit)) delete fitted.unit;
  if (fitted.speaker !== undefined && !options.speakers.includes(fitted.speaker)) delete fitted.speaker;
  return fitted;
}
