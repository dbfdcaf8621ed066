import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient, toApiError } from './client.ts';
import type { BriefingApi, DocumentDetail } from './contract.ts';
import { createDispatcher, type Handlers } from './dispatcher.ts';
import { ApiError } from './errors.ts';
import { memoryTransportPair } from './memory-transport.test-helper.ts';
import { apiMethods } from './methods.ts';
import { defaultSettings } from './settings-values.ts';

const doc: DocumentDetail = {
  id: 7,
  uri: 'urn:briefing:doc:7',
  title: '凝心聚力',
  unit: '西安高新区',
  kind: 'speech',
  participants: [],
  speaker: { name: '马巍安', role: '常务副主席' },
  position: 0,
  briefing: { id: 1, uri: 'urn:briefing:pack:1', title: null },
  annotationCount: 0,
  blocks: [{ id: 1, kind: 'paragraph', level: null, text: '正文' }],
  readingPosition: null,
};

const missing = (): never => {
  throw ApiError.of('not_found', { what: 'import' });
};

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    getAppInfo: () => ({ version: '1.0.0', libraryPath: '/tmp/x' }),
    getSettings: () => defaultSettings,
    updateSettings: (patch) => ({ ...defaultSettings, ...patch }),
    listBriefings: () => ({ briefings: [] }),
    renameBriefing: missing,
    deleteBriefing: missing,
    restoreBriefing: missing,
    listDocuments: () => ({ documents: [] }),
    listReadingPositions: () => ({ positions: [] }),
    saveReadingPosition: missing,
    getDocument: ({ id }) => {
      if (id !== 7) throw ApiError.of('not_found', { what: `urn:briefing:doc:${id}` });
      return doc;
    },
    startImport: missing,
    getImportJob: missing,
    reparseImport: missing,
    cancelImport: () => ({ cancelled: false }),
    previewImport: missing,
    importFiles: missing,
    importAnnotations: missing,
    commitImport: missing,
    searchLibrary: () => ({ total: 0, totalExact: true, groups: [], captions: { total: 0, hits: [] } }),
    createAnnotation: missing,
    updateAnnotation: missing,
    deleteAnnotation: missing,
    restoreAnnotation: missing,
    listAnnotations: () => ({ annotations: [] }),
    emptyBin: () => ({ removed: 0, briefings: 0 }),
    listTags: () => ({ tags: [] }),
    createTag: missing,
    updateTag: missing,
    mergeTags: missing,
    deleteTag: () => ({ deleted: false }),
    getReanchorReport: () => null,
    listSessions: () => ({ sessions: [] }),
    getSession: missing,
    createSession: missing,
    updateSession: missing,
    deleteSession: () => ({ deleted: false }),
    addToSession: missing,
    removeFromSession: missing,
    reorderSession: missing,
    startExport: missing,
    getExportJob: missing,
    cancelExport: () => ({ cancelled: false }),
    takeExport: missing,
    backupLibrary: missing,
    restoreLibrary: missing,
    exportPack: missing,
    ...overrides,
  };
}

let close = () => {};
afterEach(() => close());

function connect(h: Handlers, onUnexpected?: (err: unknown) => void) {
  const pair = memoryTransportPair(createDispatcher(h, onUnexpected ? { onUnexpected } : {}));
  close = pair.close;
  return { api: createClient(pair.call), call: pair.call };
}

describe('dispatcher over an in-memory transport', () => {
  it('carries a call and its result across the port', async () => {
    const { api } = connect(handlers());
    await expect(api.getDocument({ id: 7 })).resolves.toEqual(doc);
  });

  it('exposes exactly the methods of the contract', () => {
    const { api } = connect(handlers());
    expect(Object.keys(api).sort()).toEqual([...apiMethods].sort());
  });

  it('turns a handler ApiError into a typed error with zh-CN and en messages', async () => {
    const { api } = connect(handlers());
    const err = await api.getDocument({ id: 99 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('not_found');
    expect((err as ApiError).payload.message['zh-CN']).toContain('urn:briefing:doc:99');
    expect((err as ApiError).payload.message.en).toContain('not found');
  });

  it.each([
    ['a string id', { id: '7' }],
    ['a negative id', { id: -1 }],
    ['a fractional id', { id: 1.5 }],
    ['an extra key', { id: 7, sql: 'DROP TABLE blocks' }],
    ['no argument object', 'id=7'],
  ])('refuses %s before any handler runs', async (_name, arg) => {
    const getDocument = vi.fn(() => doc);
    const { call } = connect(handlers({ getDocument }));
    const envelope = await call('getDocument', arg);
    expect(envelope.ok).toBe(false);
    expect(!envelope.ok && envelope.error.code).toBe('invalid_argument');
    expect(getDocument).not.toHaveBeenCalled();
  });

  it.each(['deleteEverything', '__proto__', 'constructor', 'toString', 42, null])(
    'refuses the unknown method %s',
    async (method) => {
      const { call } = connect(handlers());
      const envelope = await call(method as string, {});
      expect(!envelope.ok && envelope.error.code).toBe('unknown_method');
    },
  );

  it('hides an unexpected failure behind a generic message and reports it', async () => {
    const onUnexpected = vi.fn();
    const { api } = connect(
      handlers({
        listDocuments: () => {
          throw new Error('SQLITE_CORRUPT at /home/secret/path');
        },
      }),
      onUnexpected,
    );
    const err = (await api.listDocuments({}).catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('internal');
    expect(JSON.stringify(err.payload)).not.toContain('secret');
    expect(onUnexpected).toHaveBeenCalledOnce();
  });

  it('validates what the handler receives: defaults and types come from the schema', async () => {
    const listDocuments = vi.fn<Handlers['listDocuments']>(() => ({ documents: [] }));
    const { api } = connect(handlers({ listDocuments }));
    await api.listDocuments({ briefingId: 3 });
    expect(listDocuments).toHaveBeenCalledWith({ briefingId: 3 });
  });
});

describe('errors that cross Electron’s contextBridge', () => {
  it('survive as a message and are recovered whole by toApiError', async () => {
    const pair = memoryTransportPair(createDispatcher(handlers()));
    close = pair.close;
    const api: BriefingApi = createClient(pair.call, { bridgeSafeErrors: true });
    const err = await api.getDocument({ id: 5 }).catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(ApiError);
    const bridged = new Error((err as Error).message);
    expect(toApiError(bridged).code).toBe('not_found');
  });

  it('report an unreachable service as unavailable', async () => {
    const api = createClient(() => Promise.reject(new Error('socket hang up')));
    expect(toApiError(await api.getSettings({}).catch((e: unknown) => e)).code).toBe('unavailable');
  });
});
