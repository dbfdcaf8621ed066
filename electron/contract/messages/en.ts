import type { zhCN } from './zh-CN.ts';

/** Same keys as the Chinese catalogue, every one a string: a missing or extra key does not compile. */
export type Catalogue = { [G in keyof typeof zhCN]: { [K in keyof (typeof zhCN)[G]]: string } };

/** What the server says to the user, in English; see zh-CN.ts. */
export const en: Catalogue = {
  errors: {
    invalid_argument: 'The request had invalid arguments: {what}',
    unknown_method: 'Unsupported operation: {method}',
    not_found: 'The {what} was not found; it may have been deleted.',
    library_too_new: 'This library was made by a newer Briefing Reader (schema {found}; this app supports {supported}). Upgrade the app to open it; the library was not changed.',
    backup_invalid: 'Cannot restore from "{file}": {reason} The library was not changed.',
    export_failed: 'Cannot export: {reason}',
    import_failed: 'Cannot import "{file}": {reason} The library was not changed.',
    tag_exists: 'A tag named "{name}" already exists.',
    invalid_range: 'The selected text is not in this document, or the document has changed. Select it again and retry.',
    forbidden: 'Access refused: {why}',
    unavailable: 'Cannot reach the Briefing Reader service; make sure it is still running.',
    internal: 'An unexpected error stopped the operation; the library is unchanged.',
  },
  annotations: {
    freeNoteHasNoRange: 'a free-standing note has no range',
    rangeNeeded: 'a highlight or bookmark needs a range',
    onlyHighlightHasStyle: 'only a highlight has a style',
    inBin: 'the annotation is in the bin; restore it first',
    organizerNoteReadOnly: 'an organizer note’s text cannot be changed',
    noteTooLong: 'the note is longer than {max} characters',
    missingTags: 'tag {ids}',
    missingAnnotations: 'annotation {ids}',
    missingDocuments: 'document {ids}',
  },
  tags: {
    tag: 'tag {id}',
    badName: 'a tag name is 1–{max} characters on one line',
    badColor: 'a colour is #rrggbb',
    mergeIntoItself: 'a tag cannot be merged into itself',
  },
  interchange: {
    notWebAnnotations: 'not a W3C Web Annotation (JSON-LD) file: {why}',
    topLevelNotObject: 'the top level is not an object',
    collectionWithoutItems: 'the collection has no first.items',
    pageWithoutItems: 'the page has no items',
    badAnnotation: 'annotation {n}: {where} is wrong',
    notJson: 'not valid JSON',
  },
  sessions: {
    orderMustListEveryItem: 'the order must list every item of the session exactly once',
  },
  backup: {
    missing: 'the file does not exist.',
    not_sqlite: 'it is not a Briefing Reader library file.',
    not_library: 'it is not a Briefing Reader library file.',
    corrupt: 'the file is damaged.',
    too_new: 'it was made by a newer Briefing Reader; upgrade the app first.',
  },
  import: {
    empty: 'The file is empty.',
    binary: 'The file is not text; it may be an image or a program.',
    'unsupported-format': 'This file format is not supported; use txt, md, html, mhtml, docx or pdf.',
    corrupt: 'The file is damaged or incomplete.',
    encrypted: 'The file is password-protected; remove the password first.',
    'too-large': 'The file is too large (the limit is 64 MB).',
    'no-text': 'The file has no readable text (a scanned PDF needs text recognition first).',
    'not-a-pack': 'The file is not a Briefing Reader pack (.briefing).',
    'pack-too-new': 'The pack was made by a newer Briefing Reader; upgrade the app to import it.',
    'pack-too-large': 'The pack unpacks to more than 256 MB; the file may be damaged or tampered with.',
    'pack-invalid': 'The pack’s content does not follow the format; it may be damaged.',
  },
  export: {
    'no-chromium': 'Making a PDF needs Chrome, Edge or Chromium, and none was found on this computer. Install one, or export to Word and save that as PDF.',
    'pdf-failed': 'The browser could not make the PDF. Try again; if it still fails, export to Word instead.',
    'not-found': 'What was to be exported no longer exists; it may have been deleted.',
  },
};
