import { createExportJobs } from '../export/export-service.ts';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '@db/open.ts';
import { insertBriefing } from '@db/queries/store-briefing.ts';
import { sampleBriefing } from '@db/search/sample.test-helper.ts';
import type { Envelope, SearchResult } from '@contract/contract.ts';
import { createDispatcher } from '@contract/dispatcher.ts';
import { createHandlers } from '../handlers.ts';
import { ImportJobs } from '../import/import-jobs.ts';
import { SEARCH_PAGE_SIZE } from './search-service.ts';

function api() {
  const { db } = openLibrary(':memory:');
  const briefingId = insertBriefing(db, sampleBriefing());
  const parse = () => Promise.reject(new Error('no imports here'));
  const imports = new ImportJobs(db, parse, () => 'zh-CN');
  const dispatch = createDispatcher(createHandlers({ db, imports, exports: createExportJobs(db, { locale: () => 'zh-CN' }), parse, libraryPath: ':memory:', version: '0.0.0' }));
  const searchLibrary = async (arg: unknown): Promise<SearchResult> => {
    const envelope: Envelope = await dispatch('searchLibrary', arg);
    if (!envelope.ok) throw new Error(envelope.error.code);
    return envelope.value as SearchResult;
  };
  return { dispatch, searchLibrary, briefingId };
}

describe('searchLibrary', () => {
  it('answers with documents as the library lists them, and hits that say where they are', async () => {
    const { searchLibrary, briefingId } = api();
    const result = await searchLibrary({ query: '四个突出' });
    expect(result.total).toBe(2);
    const [group] = result.groups;
    expect(group?.document).toMatchObject({ unit: '韩城市', speaker: { name: '孙长虹' }, briefing: { id: briefingId } });
    expect(group?.document.uri).toBe(`urn:briefing:doc:${group?.document.id}`);
    expect(group?.hits[0]).toEqual({ kind: 'title', snippet: expect.stringContaining('四个突出'), ranges: [expect.any(Array)], match: expect.any(Array) });
    expect(group?.hits[1]).toMatchObject({ kind: 'paragraph', blockId: expect.any(Number), position: 0 });
  });

  it('pages by 50 unless asked otherwise', async () => {
    const { searchLibrary } = api();
    const count = (r: SearchResult): number => r.groups.reduce((n, g) => n + g.hits.length, 0);
    const first = await searchLibrary({ query: '工' });
    expect(count(first)).toBe(SEARCH_PAGE_SIZE);
    expect(count(await searchLibrary({ query: '工', offset: SEARCH_PAGE_SIZE }))).toBe(first.total - SEARCH_PAGE_SIZE);
    expect(count(await searchLibrary({ query: '工', limit: 3 }))).toBe(3);
  });

  it('filters by unit and speaker', async () => {
    const { searchLibrary } = api();
    expect((await searchLibrary({ query: '工会', unit: '神木市' })).groups.map((g) => g.document.unit)).toEqual(['神木市']);
    expect((await searchLibrary({ query: '工会', speaker: '苏青' })).groups.map((g) => g.document.speaker?.name)).toEqual(['苏青']);
  });

  it('refuses arguments outside the limits', async () => {
    const { dispatch } = api();
    for (const arg of [{ query: '工'.repeat(201) }, { query: '工', limit: 0 }, { query: '工', limit: 201 }, { query: '工', offset: -1 }, { query: '工', annotated: true }, {}]) {
      const envelope = await dispatch('searchLibrary', arg);
      expect(envelope.ok ? 'ok' : envelope.error.code, JSON.stringify(arg)).toBe('invalid_argument');
    }
  });
});
