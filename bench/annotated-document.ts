/**
 * The long document as a heavy user leaves it: 1,000 annotations spread through it
 * (highlights in every colour, underlines, a quarter with notes), all gathered in one
 * study session, made through the API the reader uses.
 */
import type { DocumentDetail, HighlightColor } from '@contract/contract.ts';
import { rng, type SamplePieces } from './corpus.ts';
import type { ServiceHost } from './host.ts';

const colors: HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];

export async function annotate(host: ServiceHost, doc: DocumentDetail, p: SamplePieces, count: number, seed: number): Promise<{ sessionId: number }> {
  const r = rng(seed + 11);
  const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph' && b.text.length > 30);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const block = paragraphs[Math.floor((i * paragraphs.length) / count)]!;
    const start = r.between(0, block.text.length - 30);
    const range = { start: { blockId: block.id, offset: start }, end: { blockId: block.id, offset: start + r.between(6, 30) } };
    const note = r.next() < 0.25 ? r.pick(p.sentences) : undefined;
    const underline = r.next() < 0.2;
    const a = await host.call('createAnnotation', {
      documentId: doc.id,
      kind: 'highlight',
      range,
      ...(underline ? { style: 'underline' as const } : { style: 'highlight' as const, color: r.pick(colors) }),
      ...(note ? { note } : {}),
    });
    ids.push(a.id);
  }
  const session = await host.call('createSession', { title: '长篇讲话研读', trainee: '学员', className: '产改专题培训班' });
  await host.call('addToSession', { sessionId: session.id, annotationIds: ids });
  return { sessionId: session.id };
}
