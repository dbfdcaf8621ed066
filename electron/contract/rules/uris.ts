/**
 * The names the app gives what it holds, `urn:briefing:<kind>:<id>`: in the API's
 * answers, the CLI's arguments, exports, packs and imported annotations. Each kind is
 * written and read here only.
 */

/**
 * Each kind and the word its URIs spell. A briefing's is `pack`, from before "pack" came
 * to mean the `.briefing` file; URIs already in libraries, exports and packs keep it.
 */
const spelled = { doc: 'doc', briefing: 'pack', annotation: 'annotation', session: 'session' } as const;
export type UriKind = keyof typeof spelled;

const PREFIX = 'urn:briefing:';
/** Ids are SQLite rowids; 15 digits keep them exact in a JavaScript number. */
const ID = String.raw`\d{1,15}`;

const uriOf =
  (kind: UriKind) =>
  (id: number): string =>
    `${PREFIX}${spelled[kind]}:${id}`;

export const documentUri = uriOf('doc');
export const briefingUri = uriOf('briefing');
export const annotationUri = uriOf('annotation');
export const sessionUri = uriOf('session');

/** The whole of a URI of this kind, for a schema that checks one. */
export const uriPattern = (kind: UriKind): RegExp => new RegExp(`^${PREFIX}${spelled[kind]}:${ID}$`, 'u');

/** The id a URI of this kind names; null when it is not one. */
export function idOfUri(kind: UriKind, uri: string): number | null {
  const match = new RegExp(`^${PREFIX}${spelled[kind]}:(${ID})$`, 'u').exec(uri);
  return match ? Number(match[1]) : null;
}

/** An export's collection, for JSON-LD: everything, a document's notes, a tag's. */
export const collectionUris = {
  all: `${PREFIX}annotations`,
  document: (id: number): string => `${PREFIX}annotations:doc:${id}`,
  tag: (id: number): string => `${PREFIX}annotations:tag:${id}`,
};
