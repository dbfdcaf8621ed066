import type { Locale } from '../../../electron/api/contract.ts';

const zh = {
  appName: '研读',
  appTagline: '简报阅读与学习',
  library: '资料库',
  libraryHeading: '我的简报',
  documentsCount: '{count} 篇',
  noDocuments: '资料库中还没有文件。',
  unit: '单位',
  speaker: '发言人',
  back: '返回资料库',
  language: '界面语言',
  loading: '正在加载…',
  retry: '重试',
  preface: '编者按',
  openDocument: '打开《{title}》',
  documentOutline: '正文',
  untitledBriefing: '未命名简报',
  importedFrom: '来源：{name}',
};

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  appName: 'Briefing Reader',
  appTagline: 'Read and study briefings',
  library: 'Library',
  libraryHeading: 'My briefings',
  documentsCount: '{count} documents',
  noDocuments: 'The library has no documents yet.',
  unit: 'Unit',
  speaker: 'Speaker',
  back: 'Back to library',
  language: 'Interface language',
  loading: 'Loading…',
  retry: 'Retry',
  preface: "Editor's note",
  openDocument: 'Open “{title}”',
  documentOutline: 'Text',
  untitledBriefing: 'Untitled briefing',
  importedFrom: 'Source: {name}',
};

export const messages: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zh, en };

export const localeNames: Record<Locale, string> = { 'zh-CN': '简体中文', en: 'English' };
