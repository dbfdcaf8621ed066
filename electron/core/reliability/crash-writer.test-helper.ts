// The writer the crash test kills: run as `node --import tsx crash-writer.test-helper.ts <library> <seed>`.
// It opens the library through db/open.ts and changes it through the services, forever.
// Before each change it prints the intent, after the call returns (committed) the result,
// one JSON line each, written synchronously to the stdout pipe so a SIGKILL cannot lose
// a line that was reported.
import { writeSync } from 'node:fs';
import { openLibrary } from '@db/open.ts';
import { listBlocks } from '@db/queries/library.ts';
import { createAnnotation, deleteAnnotation, listAnnotations, updateAnnotation } from '../annotations/annotation-service.ts';
import { createTag, listTags } from '../annotations/tag-service.ts';
import { importFile } from '../import/import-service.ts';
import { parseFile } from '../import/parse/index.ts';
import { listBriefings, listDocuments } from '../library/library-service.ts';
import { addToSession, createSession, listSessions, getSession, updateSession } from '../sessions/session-service.ts';
import { Prng } from './prng.test-helper.ts';

export type WriterLine =
  | { t: 'ready' }
  | { t: 'intent'; op: 'create'; note: string }
  | { t: 'done'; op: 'create'; id: number; note: string }
  | { t: 'intent' | 'done'; op: 'edit'; id: number; note: string }
  | { t: 'intent' | 'done'; op: 'delete'; id: number }
  | { t: 'intent' | 'done'; op: 'tags'; id: number; tags: string[] }
  | { t: 'intent'; op: 'session'; title: string }
  | { t: 'done'; op: 'session'; id: number; title: string }
  | { t: 'intent' | 'done'; op: 'reflect'; id: number; reflection: string }
  | { t: 'intent' | 'done'; op: 'gather'; id: number; annotationId: number }
  | { t: 'intent'; op: 'import'; marker: string }
  | { t: 'done'; op: 'import'; id: number; marker: string; documents: number };

/** A small briefing of two speeches; the marker makes each import findable and distinct. */
export function smallBriefing(marker: string): string {
  return `交流发言材料

扎实推进技能培训 ${marker}

甲市

近年来，甲市围绕主导产业开展技能培训，累计培训产业工人1.2万人次。${marker}

一、摸清底数，精准对接企业需求

组织人社、工会等部门深入企业调研，建立技能需求清单。

健全机制 凝聚合力

乙县

乙县把产改工作列入重点改革事项，定期研究解决难题。

一、强化组织领导

成立领导小组，明确责任分工。
`;
}

function report(line: WriterLine): void {
  writeSync(1, `${JSON.stringify(line)}\n`);
}

async function main(path: string, seed: number): Promise<void> {
  const rng = new Prng(seed);
  const { db } = openLibrary(path);
  const parse = (bytes: Uint8Array, name: string) => parseFile(bytes, name, {});
  let counter = 0;
  const unique = () => `${seed}-${counter++}`;
  const importOne = async () => {
    const marker = `标记${unique()}`;
    report({ t: 'intent', op: 'import', marker });
    const { briefingId } = await importFile(db, parse, new TextEncoder().encode(smallBriefing(marker)), `${marker}.txt`, { locale: 'zh-CN' });
    report({ t: 'done', op: 'import', id: briefingId, marker, documents: listDocuments(db, briefingId).length });
  };
  if (listBriefings(db).length === 0) await importOne();
  report({ t: 'ready' });

  for (;;) {
    const live = listAnnotations(db, {});
    const documents = listDocuments(db);
    const roll = rng.next();
    if (roll < 0.3 || live.length < 3) {
      const doc = rng.pick(documents);
      const blocks = listBlocks(db, doc.id);
      const block = rng.pick(blocks);
      const note = `笔记${unique()}`;
      report({ t: 'intent', op: 'create', note });
      const end = Math.min(block.text.length, rng.int(1, 12));
      const created = createAnnotation(db, {
        documentId: doc.id,
        kind: 'highlight',
        range: { start: { blockId: block.id, offset: 0 }, end: { blockId: block.id, offset: end } },
        note,
      });
      report({ t: 'done', op: 'create', id: created.id, note });
    } else if (roll < 0.5) {
      const { id } = rng.pick(live);
      const note = `改过的笔记${unique()}\n${'第二行'.repeat(rng.int(1, 50))}`;
      report({ t: 'intent', op: 'edit', id, note });
      updateAnnotation(db, { id, note });
      report({ t: 'done', op: 'edit', id, note });
    } else if (roll < 0.6) {
      const { id } = rng.pick(live);
      report({ t: 'intent', op: 'delete', id });
      deleteAnnotation(db, id);
      report({ t: 'done', op: 'delete', id });
    } else if (roll < 0.7) {
      let tags = listTags(db);
      if (tags.length < 4) tags = [...tags, createTag(db, `标签${unique()}`, '#3366cc')];
      const { id } = rng.pick(live);
      const chosen = tags.filter(() => rng.next() < 0.5);
      const names = chosen.map((t) => t.name).sort();
      report({ t: 'intent', op: 'tags', id, tags: names });
      updateAnnotation(db, { id, tagIds: chosen.map((t) => t.id) });
      report({ t: 'done', op: 'tags', id, tags: names });
    } else if (roll < 0.9) {
      const sessions = listSessions(db);
      if (sessions.length === 0 || rng.next() < 0.1) {
        const title = `研讨${unique()}`;
        report({ t: 'intent', op: 'session', title });
        const session = createSession(db, { title });
        report({ t: 'done', op: 'session', id: session.id, title });
      } else if (rng.next() < 0.5) {
        const { id } = rng.pick(sessions);
        const reflection = `心得${unique()}`;
        report({ t: 'intent', op: 'reflect', id, reflection });
        updateSession(db, { id, reflection });
        report({ t: 'done', op: 'reflect', id, reflection });
      } else {
        const { id } = rng.pick(sessions);
        const gathered = new Set(getSession(db, id).items.flatMap((i) => (i.kind === 'annotation' ? [i.annotation.id] : [])));
        const candidates = live.filter((a) => !gathered.has(a.id));
        if (candidates.length === 0) continue;
        const annotationId = rng.pick(candidates).id;
        report({ t: 'intent', op: 'gather', id, annotationId });
        addToSession(db, { sessionId: id, annotationIds: [annotationId] });
        report({ t: 'done', op: 'gather', id, annotationId });
      }
    } else {
      await importOne();
    }
  }
}

const [path, seed] = process.argv.slice(2);
if (!path || !seed) throw new Error('usage: crash-writer.test-helper.ts <library> <seed>');
await main(path, Number(seed));
