import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../search/statements.ts';

/** Someone who speaks in a document besides its caption's speaker: a participant or a turn's speaker. */
export interface Voice {
  name: string;
  role: string | null;
  unit: string | null;
}

/**
 * Each document's participants, then the speakers of its turns in the order they first
 * speak, each person once (by name, or by role for a role alone such as 记者). The
 * search's speaker block and the library's filter both read who speaks from here.
 */
export function voicesByDocument(db: Database, briefingId?: number): Map<number, Voice[]> {
  const voices = new Map<number, Voice[]>();
  const add = (id: number, voice: Voice) => {
    const who = voice.name !== '' ? voice.name : (voice.role ?? '');
    if (who === '') return;
    const list = voices.get(id) ?? [];
    if (list.some((v) => (v.name !== '' ? v.name : (v.role ?? '')) === who)) return;
    list.push(voice);
    voices.set(id, list);
  };
  const briefing = { briefingId: briefingId ?? null };
  const participants = cachedStatement(
    db,
    "SELECT id, participants FROM documents WHERE participants <> '[]' AND (@briefingId IS NULL OR briefing_id = @briefingId) ORDER BY id",
  ).all(briefing) as { id: number; participants: string }[];
  for (const row of participants) for (const p of JSON.parse(row.participants) as Voice[]) add(row.id, { name: p.name, role: p.role, unit: p.unit });
  const turns = cachedStatement(
    db,
    `SELECT k.document_id AS id, k.speaker_name AS name, k.speaker_role AS role
       FROM blocks k JOIN documents d ON d.id = k.document_id
      WHERE k.speaker_name IS NOT NULL AND (@briefingId IS NULL OR d.briefing_id = @briefingId)
      GROUP BY k.document_id, k.speaker_name, k.speaker_role ORDER BY k.document_id, min(k.position)`,
  ).all(briefing) as { id: number; name: string; role: string | null }[];
  for (const { id, name, role } of turns) add(id, { name, role, unit: null });
  return voices;
}
