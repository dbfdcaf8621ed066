import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotationFixture } from '@contract/annotation-fixture.test-helper.ts';
import type { Annotation, Block, DocumentSummary, HighlightColor, TagRef } from '@contract/contract.ts';
import { CanonicalText, describeRange } from '../anchoring/index.ts';
import { parseBriefingText } from '../import/parse/index.ts';
import { sampleFileName } from '../library/sample.ts';
import type { ExportBriefing } from './citation.ts';
import type { ExportInput } from './model.ts';

/**
 * The built-in sample briefing as the API would return it, and a dozen annotations on
 * it made the way the reader makes them (selectors over the canonical text, ¶ and
 * heading path from the blocks) — no database.
 */
const projectRoot = join(import.meta.dirname, '..', '..', '..');
const parsed = parseBriefingText(readFileSync(join(projectRoot, 'build', 'sample', sampleFileName), 'utf8'));

export const briefing: ExportBriefing = {
  id: 1,
  title: parsed.title,
  sourceName: sampleFileName,
  importedAt: '2024-08-20T04:00:00.000Z',
};

let nextBlockId = 1000;
const blocksOf = new Map<number, Block[]>();

export const documents: DocumentSummary[] = parsed.documents.map((doc, position) => {
  const id = 101 + position;
  blocksOf.set(
    id,
    doc.blocks.map((b): Block => (b.kind === 'heading' ? { id: nextBlockId++, ...b } : { id: nextBlockId++, kind: 'paragraph', level: null, text: b.text })),
  );
  return {
    id,
    uri: `urn:briefing:doc:${id}`,
    title: doc.title,
    unit: doc.unit,
    speaker: doc.speaker,
    position,
    briefing: { id: briefing.id, uri: 'urn:briefing:pack:1', title: briefing.title },
    annotationCount: 0,
  };
});

export const tags = {
  reform: { id: 1, name: '产改', color: '#b42318' },
  models: { id: 2, name: '劳模精神', color: '#b54708' },
  service: { id: 3, name: '职工服务', color: '#027a48' },
  democracy: { id: 4, name: '民主管理', color: '#175cd3' },
  skills: { id: 5, name: '技能提升', color: '#6941c6' },
} satisfies Record<string, TagRef>;

const blocks = (documentId: number): Block[] => blocksOf.get(documentId) ?? [];

/** Where a block sits: its ¶ (paragraphs only, from 1) and the headings above it. */
function placeOf(documentId: number, blockId: number): { paragraph: number; headingPath: string[] } {
  let paragraph = 0;
  const path: { level: number; text: string }[] = [];
  for (const block of blocks(documentId)) {
    if (block.kind === 'heading') {
      while (path.length > 0 && path.at(-1)!.level >= block.level) path.pop();
      path.push({ level: block.level, text: block.text });
    } else paragraph++;
    if (block.id === blockId) break;
  }
  return { paragraph, headingPath: path.map((h) => h.text) };
}

function base(documentId: number, patch: Partial<Annotation>): Annotation {
  return annotationFixture({ documentId, createdAt: '2024-08-06T01:00:00.000Z', updatedAt: '2024-08-06T01:00:00.000Z', ...patch });
}

/** Marks `from` … `to` (inclusive; `to` may lie in a later paragraph) in document `index`. */
export function mark(index: number, from: string, patch: Partial<Annotation> & { to?: string } = {}): Annotation {
  const doc = documents[index]!;
  const text = CanonicalText.fromBlocks(blocks(doc.id));
  const start = text.text.indexOf(from);
  if (start < 0) throw new Error(`not in document ${index}: ${from}`);
  const { to, ...rest } = patch;
  const end = to === undefined ? start + from.length : text.text.indexOf(to, start) + to.length;
  const anchor = describeRange(text, { start, end });
  const where = placeOf(doc.id, anchor.blockRange!.start.blockId);
  return base(doc.id, { range: anchor.blockRange!, quote: anchor.quote, position: anchor.position, ...where, ...rest });
}

export function documentNote(index: number, note: string, patch: Partial<Annotation> = {}): Annotation {
  return base(documents[index]!.id, { kind: 'note', style: null, color: null, note, ...patch });
}

const color = (c: HighlightColor): { color: HighlightColor } => ({ color: c });

export const annotations: Annotation[] = [
  mark(0, '投资80万元，打造企业高质量发展特训营', {
    ...color('yellow'),
    note: '以评选办法和特训营带动工匠培养，我单位可以借鉴。\n下一步：向党组汇报，研究设立本单位“工匠”评选。',
    tags: [tags.reform, tags.models],
  }),
  mark(0, '建设心灵驿站2个', { ...color('green'), style: 'underline', note: '心理健康服务\n\n要点：驿站＋服务团队', tags: [tags.service] }),
  mark(0, '贺忠善劳模创新工作室', { ...color('blue'), note: '创新工作室与 Lean 管理、5S 现场管理结合（2022 年命名）。', tags: [tags.models] }),
  documentNote(0, '全文按“举旗帜—搭平台—优服务”三个层次展开，结构清晰，适合作为本单位汇报材料的提纲。', { tags: [tags.reform] }),
  mark(1, '构建“4+1”职工民主管理工作体系', { ...color('blue'), tags: [tags.democracy] }),
  mark(1, '试行企业职工工资增长机制', { kind: 'bookmark', style: null, color: null }),
  mark(1, '设立产业工人维权中心', {
    ...color('pink'),
    note:
      '维权中心的做法值得细读：\n一是工会、法院、人社联动；\n二是“一站式”受理；\n三是把调解前移到企业。\n回单位后与法律服务处对接，梳理本市已有资源，形成清单后报分管领导。',
    tags: [tags.service, tags.democracy],
  }),
  mark(2, '分行业分工种建立技能人才数据库', {
    ...color('pink'),
    note: '数据库字段怎么定？<需要问> & 对照 "技能等级" 标准 — 见 A&B 附件。',
    tags: [tags.skills],
  }),
  mark(2, '以创新创业型人才和主导产业急需人才为重点', { ...color('purple'), style: 'underline' }),
  mark(3, '聘请2名专职律师', { ...color('yellow'), note: '法律服务进企业。', tags: [tags.service] }),
  mark(4, '举办职工职业技能竞赛12场', { ...color('green'), tags: [tags.skills, tags.reform] }),
  mark(4, '1. 组织领导健全有力。', {
    ...color('yellow'),
    to: '构建党委统一领导、上下联动、各方配合的工作机制。',
    note: '两段连读：组织领导 → 工作机制。',
  }),
  mark(4, '拍摄劳模专题宣传片', { ...color('purple'), status: 'orphan', range: null, note: '原文重排后待重新定位。', tags: [tags.models] }),
];

export const reflection =
  '通过这次推进会的交流发言，我对产业工人队伍建设改革有了更具体的认识。\n\n' +
  '一是思想引领要落到实处。各地把劳模工匠宣讲、职工书屋、心灵驿站结合起来，引领和服务并重。\n' +
  '二是技能提升要有平台。竞赛、创新工作室、人才数据库，使“练兵”有抓手、“成才”有通道。\n' +
  '三是权益维护要形成机制。维权中心、法律咨询、工资增长机制，让职工有实实在在的获得感。';

export function sampleInput(patch: Partial<ExportInput> = {}): ExportInput {
  return {
    cover: {
      title: '产业工人队伍建设改革专题培训学习笔记',
      trainee: '李晓红',
      className: '陕西省县（区）产业工人队伍建设改革推进会暨培训班',
      date: '2024-08-06',
      place: '韩城市',
    },
    annotations,
    documents,
    briefings: [briefing],
    tags: Object.values(tags),
    reflection,
    collectionId: 'urn:briefing:session:1',
    locale: 'zh-CN',
    ...patch,
  };
}

/** Hundreds of notes, for progress and cancelling. */
export function manyAnnotations(count: number): Annotation[] {
  return Array.from({ length: count }, (_, i) => {
    const a = annotations[i % annotations.length]!;
    const id = 10_000 + i;
    return { ...a, id, uri: `urn:briefing:annotation:${id}` };
  });
}
