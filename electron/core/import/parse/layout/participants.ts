import type { Participant } from '../types.ts';

/** One entry per person (or per role, for unnamed interviewers); later mentions fill what earlier ones lacked. */
export function mergeParticipant(list: Participant[], person: Participant): Participant[] {
  const key = (p: Participant): string => (p.name === '' ? `\u0000${p.role ?? ''}` : p.name);
  const at = list.findIndex((p) => key(p) === key(person));
  if (at < 0) return [...list, person];
  const known = list[at]!;
  const merged = { name: known.name, role: known.role ?? person.role, unit: known.unit ?? person.unit };
  return list.map((p, i) => (i === at ? merged : p));
}
