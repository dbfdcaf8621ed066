import { describe, expect, it, vi } from 'vitest';
import type { ImportJob } from '@contract/contract.ts';
import { ApiError } from '@contract/errors.ts';
import { maxImportBytes } from '@contract/rules/limits.ts';
import { droppedFilesToImport, openedFile, startImportFromFile } from './import-file.ts';

const job: ImportJob = { id: 'j1', fileName: '简报.txt', state: 'reading', progress: null, draft: null, repairs: [], duplicates: [], error: null };

describe('startImportFromFile', () => {
  it('sends the file’s name and its bytes in base64', async () => {
    const startImport = vi.fn(async () => job);
    const file = new File([new TextEncoder().encode('研读\n')], '简报.txt');
    expect(await startImportFromFile({ startImport }, file)).toBe(job);
    expect(startImport).toHaveBeenCalledWith({ fileName: '简报.txt', data: '56CU6K+7Cg==' });
  });

  it('refuses a file over the limit in both languages without reading or sending it', async () => {
    const startImport = vi.fn(async () => job);
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    const error = await startImportFromFile({ startImport }, { name: 'big.pdf', size: maxImportBytes + 1, arrayBuffer }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).payload.message['zh-CN']).toContain('“big.pdf”：文件过大');
    expect((error as ApiError).payload.message.en).toContain('“big.pdf”: the file is too large');
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(startImport).not.toHaveBeenCalled();
  });
});

describe('droppedFilesToImport', () => {
  it('takes every dropped file the importer reads, in order, else the first, for its refusal', () => {
    const named = (...names: string[]) => names.map((name) => ({ name }));
    expect(droppedFilesToImport(named('照片.jpg', '讲话.markdown', 'b.pdf')).map((f) => f.name)).toEqual(['讲话.markdown', 'b.pdf']);
    expect(droppedFilesToImport(named('照片.jpg', '表格.xlsx')).map((f) => f.name)).toEqual(['照片.jpg']);
    expect(droppedFilesToImport(undefined)).toEqual([]);
  });
});

describe('a file opened from the desktop', () => {
  it('imports through the same flow as a chosen file', async () => {
    const startImport = vi.fn(async () => job);
    const bytes = new TextEncoder().encode('研读\n');
    await startImportFromFile({ startImport }, openedFile({ type: 'import', name: '简报.txt', size: bytes.length, bytes }));
    expect(startImport).toHaveBeenCalledWith({ fileName: '简报.txt', data: '56CU6K+7Cg==' });
  });

  it('past the limit is refused by its size, unread', async () => {
    const startImport = vi.fn(async () => job);
    const error = await startImportFromFile({ startImport }, openedFile({ type: 'import', name: 'big.pdf', size: maxImportBytes + 1, bytes: null })).catch(
      (e: unknown) => e,
    );
    expect((error as ApiError).payload.message['zh-CN']).toContain('文件过大');
    expect(startImport).not.toHaveBeenCalled();
  });
});
