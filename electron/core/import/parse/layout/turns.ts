import type { ParsedBlock, Participant, TurnSpeaker } from '../types.ts';
import { readMarker } from '../headings.ts';
import { isStageDirection, readDashCaption, readEnglishLabel, readTurnLabel, type Label } from './labels.ts';
import { mergeParticipant } from './participants.ts';

export interface Turns {
  blocks: ParsedBlock[];
  participants: Participant[];
  /** A label naming only a role (记者, Q) was taken: the piece is a conversation. */
  asked: boolean;
  /** Paragraphs were signed after their text (`——张三（…）`). */
  signed: number;
  labelled: number;
}

function labelOf(block: ParsedBlock): Label | null {
  if (block.kind !== 'paragraph') return null;
  return readTurnLabel(block.text) ?? readEnglishLabel(block.text);
}

/**
 * A bare name before a colon (`张三：`) proves little alone (`比如：` reads the
 * same); it counts when the page lists that guest, or when the piece is plainly a
 * conversation (a role label such as 记者 is taken) and the name speaks twice.
 */
function accepted(labels: Array<Label | null>, known: ReadonlySet<string>): Array<Label | null> {
  const sure = labels.filter((l) => l !== null && l.strength !== 'name');
  const asked = sure.some((l) => l?.strength === 'role');
  const counts = new Map<string, number>();
  for (const l of labels) if (l?.strength === 'name') counts.set(l.person.name, (counts.get(l.person.name) ?? 0) + 1);
  const posted = sure.filter((l) => l?.strength === 'post').length;
  return labels.map((l) => {
    if (l === null || l.strength !== 'name') return l;
    if (known.has(l.person.name)) return l;
    return (asked || posted >= 2) && (counts.get(l.person.name) ?? 0) >= 2 ? l : null;
  });
}

/** A section head without numbering closes a turn; a numbered point inside an answer does not. */
const closesTurn = (block: ParsedBlock): boolean => block.kind === 'heading' && readMarker(block.text) === null;

/**
 * Gives each paragraph the speaker of its words: a label opening it (kept in the
 * text as printed), the label of the turn it continues, or a signature printed
 * after it. Signatures leave the text; they are the speaker's name, not words.
 */
export function readTurns(input: ParsedBlock[], guests: Participant[]): Turns {
  let participants = [...guests];
  const known = new Set(guests.map((g) => g.name).filter((n) => n !== ''));
  const labels = accepted(input.map(labelOf), known);
  const out: ParsedBlock[] = [];
  let current: TurnSpeaker | null = null;
  let openFrom = 0;
  let signed = 0;
  let labelled = 0;
  let asked = false;
  input.forEach((block, i) => {
    const label = labels[i] ?? null;
    if (block.kind === 'heading') {
      out.push(block);
      if (closesTurn(block)) {
        current = null;
        openFrom = out.length;
      }
      return;
    }
    const signature = readDashCaption(block.text);
    if (signature) {
      participants = mergeParticipant(participants, signature);
      const speaker = { name: signature.name, role: signature.role };
      for (let j = openFrom; j < out.length; j++) {
        const prior = out[j];
        if (prior?.kind === 'paragraph' && prior.speaker === undefined && !isStageDirection(prior.text)) out[j] = { ...prior, speaker };
      }
      if (signature.name !== '') signed++;
      current = null;
      openFrom = out.length;
      return;
    }
    if (label) {
      const guest = participants.find((p) => p.name !== '' && p.name === label.person.name);
      const person = guest && label.person.role === null ? guest : label.person;
      participants = mergeParticipant(participants, label.person);
      current = { name: person.name, role: person.role };
      labelled++;
      if (label.strength === 'role') asked = true;
      out.push({ ...block, speaker: current });
      openFrom = out.length;
      return;
    }
    if (current !== null && !isStageDirection(block.text)) out.push({ ...block, speaker: current });
    else out.push(block);
    if (current !== null) openFrom = out.length;
  });
  return { blocks: out, participants, asked, signed, labelled };
}
