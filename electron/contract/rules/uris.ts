/**
 * The names the app gives what it holds, `urn:briefing:<kind>:<id>`: in the API's
 * answers, the CLI's arguments, exports, packs and imported annotations. Each kind is
 * written and read here only. (`pack` names a briefing in the library, for history.)
 */

export type UriKind = 'doc' | 'pack' | 'annotation' | 'session';

const PREFIX = 'urn:briefing:';
/** Ids are SQLite rowids; 15 digits keep them exact in a JavaScript number. */
const ID = String.raw`\d{1,15}`;

const uriOf =
  (kind: UriKind) =>
  (id: number): string =>
    `${PREFIX}${kind}:${id}`;

export const documentUri = uriOf('doc');
export const briefingUri = uriOf('pack');
export const annotationUri = uriOf('annotation');
export const sessionUri = uriOf('session');

/** The whole of a URI of this kind, for a schema that checks one. */
export const uriPattern = (kind: UriKind): RegExp => new RegExp(`^${PREFIX}${kind}:${ID}$`, 'u');

/** The id a URI of this kind names; null when it is not one. */
export function idOfUri(kind: UriKind, uri: string): number | null {
  const match = new RegExp(`^${PREFIX}${kind}:(${ID})$`, 'u').exec(uri);
  return match ? Number(match[1]) : null;
}

/** An export's collection, for JSON-LD: everything, a document's notes, a tag's. */
export const collectionUris = {
  all: `${PREFIX}annotations`,
  document: (id: number): string => `${PREFIX}annotations:doc:${id}`,
  tag: (id: number): string => `${PREFIX}annotations:tag:${id}`,
};
