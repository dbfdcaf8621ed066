import { createGzip, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ImportFailure } from '../import/parse/import-failure.ts';
import { parseFile } from '../import/parse/index.ts';
import { maxPackInflatedBytes as MAX_INFLATED_BYTES } from '@contract/rules/limits.ts';
import { PACK_FORMAT, PACK_VERSION, parsePack, readPack, writePack, type Pack } from './pack-format.ts';

function pack(patch: Partial<Pack> = {}): Pack {
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    generator: { name: '研读 Briefing Reader', version: '0.0.0' },
    created: '2026-01-02T03:04:05.000Z',
    briefing: { title: '交流发言', preface: '编者按', credits: ['责任编辑：张三'], source: { name: 'a.txt', sha256: 'a'.repeat(64) } },
    documents: [
      {
        ref: 'urn:briefing:doc:7',
        title: '第一篇',
        unit: '某单位',
        speaker: { name: '李四', role: '主任' },
        blocks: [
          { kind: 'heading', level: 2, text: '一、标题' },
          { kind: 'paragraph', text: '正文第一段。' },
        ],
      },
    ],
    organizerNotes: [
      {
        id: 'urn:briefing:annotation:3',
        type: 'Annotation',
        motivation: 'commenting',
        body: [{ type: 'TextualBody', value: '请重点研读', purpose: 'commenting' }],
        target: { source: 'urn:briefing:doc:7', selector: [{ type: 'TextQuoteSelector', exact: '正文第一段' }] },
      },
    ],
    ...patch,
  };
}

const gz = (json: unknown): Uint8Array => gzipSync(JSON.stringify(json));

/** The reason a read fails with; anything but an ImportFailure is rethrown. */
function reasonOf(bytes: Uint8Array): string {
  try {
    readPack(bytes);
  } catch (err) {
    if (err instanceof ImportFailure) return err.reason;
    throw err;
  }
  return 'read';
}

/** Zeros gzip'd in a stream, so the test never holds the inflated size itself. */
async function gzipBomb(bytes: number): Promise<Uint8Array> {
  const gzip = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024, 0x20);
  for (let written = 0; written < bytes; written += zeros.length) {
    if (!gzip.write(zeros)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end();
  await done;
  return Buffer.concat(chunks);
}

describe('briefing pack format', () => {
  it('round-trips a pack, gzip-compressed and self-describing', () => {
    const bytes = writePack(pack());
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    const { pack: read, notes } = readPack(bytes);
    expect(read).toEqual(pack());
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ document: 0, annotation: pack().organizerNotes[0] });
    expect(notes[0]!.key).toMatch(/^[0-9a-f]{64}$/);
    // The same note keeps its key in another export of the pack.
    expect(readPack(writePack(pack({ created: '2027-01-01T00:00:00.000Z' }))).notes[0]!.key).toBe(notes[0]!.key);
  });

  it('reads as an import with nothing to repair, through the importer’s entry for any file', async () => {
    const parsed = await parseFile(writePack(pack()), '交流发言.BRIEFING');
    expect(parsed).toEqual(parsePack(writePack(pack())));
    expect(parsed).toMatchObject({ title: '交流发言', preface: '编者按', credits: ['责任编辑：张三'], notices: [] });
    const { title, unit, speaker, blocks } = pack().documents[0]!;
    expect(parsed.documents).toEqual([{ title, unit, speaker, blocks, notices: [] }]);
    expect(parsed.organizerNotes).toHaveLength(1);
  });

  it('refuses what is not a pack: other bytes, other gzip’d JSON, an empty file', () => {
    expect(reasonOf(new TextEncoder().encode('{"format":"briefing-pack"}'))).toBe('not-a-pack');
    expect(reasonOf(gz({ type: 'AnnotationCollection' }))).toBe('not-a-pack');
    expect(reasonOf(gz([1, 2]))).toBe('not-a-pack');
    expect(reasonOf(new Uint8Array())).toBe('empty');
  });

  it('refuses a pack of a newer version, before checking what it holds', () => {
    expect(reasonOf(gz({ format: PACK_FORMAT, version: PACK_VERSION + 1, whatever: true }))).toBe('pack-too-new');
  });

  it('refuses a truncated or damaged file, and gzip’d bytes that are not UTF-8 JSON', () => {
    const bytes = writePack(pack());
    expect(reasonOf(bytes.subarray(0, bytes.length - 12))).toBe('corrupt');
    const damaged = Uint8Array.from(bytes);
    damaged[30] = damaged[30]! ^ 0xff;
    expect(reasonOf(damaged)).toBe('corrupt');
    expect(reasonOf(gzipSync('{"format": "briefing-pack",'))).toBe('corrupt');
    expect(reasonOf(gzipSync(Buffer.from([0xff, 0xfe, 0x00])))).toBe('corrupt');
  });

  it('refuses a pack that breaks the schema', () => {
    const invalid: unknown[] = [
      { ...pack(), version: 0 },
      { ...pack(), documents: [] },
      { ...pack(), extra: 1 },
      { ...pack(), documents: [{ ...pack().documents[0], blocks: [{ kind: 'heading', level: 9, text: 'x' }] }] },
      { ...pack(), documents: [pack().documents[0], pack().documents[0]] },
      { ...pack(), organizerNotes: [{ ...pack().organizerNotes[0], target: { source: 'urn:briefing:doc:8' } }] },
      { ...pack(), organizerNotes: [{ type: 'Annotation' }] },
    ];
    for (const json of invalid) expect(reasonOf(gz(json))).toBe('pack-invalid');
  });

  it('stops inflating a gzip bomb at the limit', async () => {
    const bomb = await gzipBomb(MAX_INFLATED_BYTES + 1024 * 1024);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect(reasonOf(bomb)).toBe('pack-too-large');
  });
});
