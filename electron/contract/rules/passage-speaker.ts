/** A speaker as the contract has one (Speaker, TurnSpeaker): the name empty when a turn names only a role. */
interface Person {
  name: string;
  role: string | null;
}

export interface PassageSource {
  speaker: Person | null;
  unit: string | null;
}

/**
 * Whom a passage is cited to: the person whose turn it is (an interviewee, a delegate
 * speaking inline), else the document's speaker and unit. The unit is the document
 * speaker's, so it goes with a turn by someone else. A turn that names only a role
 * (记者, 主持人, Q) is the interviewer asking, cited to the document as a whole.
 */
export function passageSource(turn: Person | null | undefined, document: PassageSource): PassageSource {
  const name = turn?.name.trim() ?? '';
  if (name === '' || name === document.speaker?.name) return document;
  return { speaker: { name, role: turn?.role ?? null }, unit: null };
}
