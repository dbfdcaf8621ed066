import type { ApiMethod } from './contract.ts';

/** The method names at run time, for transports that must build the API object up front. */
export const apiMethods = [
  'getAppInfo',
  'getSettings',
  'updateSettings',
  'listBriefings',
  'renameBriefing',
  'deleteBriefing',
  'restoreBriefing',
  'listDocuments',
  'getDocument',
  'listReadingPositions',
  'saveReadingPosition',
  'startImport',
  'getImportJob',
  'reparseImport',
  'cancelImport',
  'previewImport',
  'importFiles',
  'importAnnotations',
  'commitImport',
  'searchLibrary',
  'createAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'restoreAnnotation',
  'listAnnotations',
  'emptyBin',
  'listTags',
  'createTag',
  'updateTag',
  'mergeTags',
  'deleteTag',
  'getReanchorReport',
  'startExport',
  'getExportJob',
  'cancelExport',
  'takeExport',
  'listSessions',
  'getSession',
  'createSession',
  'updateSession',
  'deleteSession',
  'addToSession',
  'removeFromSession',
  'reorderSession',
  'backupLibrary',
  'restoreLibrary',
  'exportPack',
] as const satisfies readonly ApiMethod[];

type Missing = Exclude<ApiMethod, (typeof apiMethods)[number]>;
/** @public Fails to compile when the contract gains a method this list lacks; nothing reads it. */
export const everyMethodListed: [Missing] extends [never] ? true : Missing = true;

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (apiMethods as readonly string[]).includes(name);
}
