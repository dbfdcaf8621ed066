import type { Block, Participant, TurnSpeaker } from '@contract/contract.ts';

/** A turn speaker as a label: the name, or the role when the page names only one (记者, Q). */
export const speakerLabel = (speaker: TurnSpeaker): string => speaker.name || speaker.role || '';

/** The text already opens with the speaker's label (`邹明川：…`, `PRESIDENT BIDEN: …`), so the page says who speaks. */
function opensWithLabel(text: string, speaker: TurnSpeaker): boolean {
  const head = text.slice(0, 60).replace(/\s+/gu, '');
  return [speaker.name, speaker.role]
    .filter((w): w is string => !!w)
    .some((w) => {
      const at = head.toLowerCase().indexOf(w.replace(/\s+/gu, '').toLowerCase());
      return at >= 0 && /^[^。！？.!?]{0,20}[：:]/u.test(head.slice(at));
    });
}

/**
 * The label to show above each block: where a paragraph's speaker differs from the
 * previous paragraph's, the new speaker — unless the paragraph opens with that label
 * itself. Headings never carry one and do not interrupt a turn.
 */
export function turnLabels(blocks: readonly Block[]): (string | null)[] {
  let previous: string | null = null;
  return blocks.map((block) => {
    if (block.kind !== 'paragraph') return null;
    const speaker = block.speaker;
    const who = speaker ? speakerLabel(speaker) : null;
    const changed = who !== previous;
    previous = who;
    return speaker && who && changed && !opensWithLabel(block.text, speaker) ? who : null;
  });
}

/** Participants worth listing under the title: people with a name; an interviewer named only by role is the page's, not a guest. */
export function namedParticipants(participants: readonly Participant[]): Participant[] {
  return participants.filter((p) => p.name.trim() !== '');
}

/** `邹明川（云岭省商务厅副厅长）`: a participant as the page would print them. */
export function participantLine(p: Participant): string {
  const post = `${p.unit ?? ''}${p.role ?? ''}`;
  return post === '' ? p.name : `${p.name}（${post}）`;
}
