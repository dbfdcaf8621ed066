import type { AnnotationFilter } from '@contract/contract.ts';
import { annotations, briefing, documents, tags } from './fixtures.test-helper.ts';
import type { ExportSession, ExportSource } from './gather.ts';

export const session: ExportSession = {
  id: 7,
  title: '产改专题研讨',
  trainee: '李晓红',
  className: '产改培训班',
  date: '2024-08-06',
  place: '韩城市',
  reflection: '收获很大。',
  annotationIds: [annotations[6]!.id, annotations[0]!.id, 424242],
  documentIds: [...new Set([annotations[6]!.documentId, annotations[0]!.documentId])],
};

/** The sample library behind the API's list methods, filtering as listAnnotations does. */
export function sampleSource(withSessions = true): ExportSource & { filters: AnnotationFilter[] } {
  const filters: AnnotationFilter[] = [];
  return {
    filters,
    listAnnotations: (filter) => {
      filters.push(filter);
      return annotations.filter(
        (a) => (filter.documentId === undefined || a.documentId === filter.documentId) && (filter.tagId === undefined || a.tags.some((t) => t.id === filter.tagId)),
      );
    },
    listDocuments: () => documents,
    listBriefings: async () => [briefing],
    listTags: () => Object.values(tags),
    ...(withSessions ? { getSession: (id: number) => (id === session.id ? session : null) } : {}),
  };
}
