import type { TextPositionSelector, TextQuoteSelector } from '@contract/contract.ts';
import type { ExportItem, ExportModel } from './model.ts';
import { PALETTE } from './palette.ts';
import { Progress, stepsFor, type RenderOptions } from './progress.ts';

/**
 * The W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/): an
 * AnnotationCollection whose one page holds every annotation, each targeting its
 * document by `urn:briefing:doc:<id>` with the stored quote and position selectors.
 * Positions count Unicode code points, as the model says. The colour and style of a
 * highlight travel as the model's styling (`target.styleClass` `<style>-<colour>`, e.g.
 * `underline-green`, and the CSS painting it); a tag's colour as `schema:color` on its
 * tagging body. annotations/interchange.ts reads all of it back.
 */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/plain';
  /** A tag's colour, `#rrggbb` (http://schema.org/color; `schema:` is a prefix of the anno.jsonld context). */
  'schema:color'?: string;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting' | 'bookmarking';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: { source: string; selector?: (TextQuoteSelector | TextPositionSelector)[]; styleClass?: string };
  stylesheet?: { type: 'CssStylesheet'; value: string };
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  creator?: { type: 'Person'; name: string };
  generator: { type: 'Software'; name: string };
  generated: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

const MOTIVATION: Readonly<Record<ExportItem['kind'], WebAnnotation['motivation']>> = {
  highlight: 'highlighting',
  note: 'commenting',
  bookmark: 'bookmarking',
};

/** The colour travels as the model intends: a class on the target and the CSS that paints it. */
function style(item: ExportItem): Pick<WebAnnotation, 'stylesheet'> & { styleClass?: string } {
  if (!item.color || !item.style) return {};
  const swatch = PALETTE[item.color];
  const styleClass = `${item.style}-${item.color}`;
  const rule = item.style === 'underline' ? `text-decoration: underline #${swatch.ink}` : `background-color: #${swatch.fill}`;
  return { styleClass, stylesheet: { type: 'CssStylesheet', value: `.${styleClass} { ${rule}; }` } };
}

export function toWebAnnotation(item: ExportItem): WebAnnotation {
  const body: TextualBody[] = [
    ...(item.note ? [{ type: 'TextualBody' as const, value: item.note, format: 'text/plain' as const, purpose: 'commenting' as const }] : []),
    ...item.tags.map((t) => ({ type: 'TextualBody' as const, value: t.name, purpose: 'tagging' as const, 'schema:color': t.color })),
  ];
  // An orphan's position no longer points at its passage; its quote still finds it.
  const selector = [item.selectors.quote, item.orphan ? null : item.selectors.codePoints].filter((s) => s !== null);
  const { styleClass, stylesheet } = style(item);
  return {
    id: item.uri,
    type: 'Annotation',
    motivation: MOTIVATION[item.kind],
    created: item.createdAt,
    modified: item.updatedAt,
    ...(body.length > 0 ? { body } : {}),
    target: { source: item.document.uri, ...(selector.length > 0 ? { selector } : {}), ...(styleClass ? { styleClass } : {}) },
    ...(stylesheet ? { stylesheet } : {}),
  };
}

export async function renderJsonLd(model: ExportModel, options: RenderOptions & { generated?: Date } = {}): Promise<string> {
  const progress = new Progress(stepsFor(model.items.length), options);
  const items: WebAnnotation[] = [];
  for (const item of model.items) {
    items.push(toWebAnnotation(item));
    await progress.step();
  }
  const collection: AnnotationCollection = {
    '@context': ANNOTATION_CONTEXT,
    id: model.collectionId,
    type: 'AnnotationCollection',
    label: model.cover.title,
    ...(model.cover.trainee ? { creator: { type: 'Person' as const, name: model.cover.trainee } } : {}),
    generator: { type: 'Software', name: '研读 Briefing Reader' },
    generated: (options.generated ?? new Date()).toISOString(),
    total: items.length,
    first: { id: `${model.collectionId}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  progress.finish();
  return `${JSON.stringify(collection, null, 2)}\n`;
}
