import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  ShadingType,
  TextRun,
  UnderlineType,
  type IFontAttributesProperties,
  type IParagraphOptions,
  type IRunOptions,
  type IStylesOptions,
} from 'docx';
import { gridTrackingPt, LAYOUTS, linePitchPt, MM_PER_INCH, onGrid, type ExportTemplate, type TemplateLayout, type TextRole } from './layout.ts';
import type { Swatch } from './palette.ts';

/** A face for Latin text and one for Chinese: Word picks per character between them. */
export interface Faces {
  latin: string;
  eastAsia: string;
}

export type FaceSet = Readonly<Record<TextRole, Faces>>;

const TIMES = 'Times New Roman';
const face = (eastAsia: string, latin = TIMES): Faces => ({ latin, eastAsia });

/**
 * Word writes a face's name and the reader's machine supplies it, so these are the
 * names Chinese Windows ships (黑体 SimHei, 楷体 KaiTi, 仿宋 FangSong, 宋体 SimSun since
 * Vista) — except 方正小标宋简体, the face GB/T 9704 titles are set in, which government
 * machines carry and for which Word substitutes a Song face elsewhere.
 */
export const WORD_FACES: Readonly<Record<ExportTemplate, FaceSet>> = {
  official: {
    title: face('方正小标宋简体'),
    cover: face('楷体'),
    heading1: face('黑体'),
    heading2: face('楷体'),
    body: face('仿宋'),
    quote: face('仿宋'),
    note: face('仿宋'),
    small: face('仿宋'),
    header: face('仿宋'),
    // GB/T 9704 7.5: 4号半角宋体阿拉伯数字.
    pageNumber: face('宋体', 'SimSun'),
  },
  handout: {
    title: face('黑体', 'Arial'),
    cover: face('宋体'),
    heading1: face('黑体', 'Arial'),
    heading2: face('黑体', 'Arial'),
    body: face('宋体'),
    quote: face('宋体'),
    // The trainee's own words in 楷体, apart from the speaker's in 宋体, as on a marked-up page.
    note: face('楷体'),
    small: face('宋体'),
    header: face('宋体'),
    pageNumber: face('宋体'),
  },
};

export const twips = (pt: number): number => Math.round(pt * 20);
export const mmToTwips = (mm: number): number => Math.round((mm / MM_PER_INCH) * 1440);

/**
 * `w:rFonts` for a run. The eastAsia hint makes Word set the characters both scripts
 * share — “” ‘’ … — in the Chinese face, full-width, as Chinese text wants them.
 */
export const fontsOf = (f: Faces): IFontAttributesProperties => ({ ascii: f.latin, hAnsi: f.latin, cs: f.latin, eastAsia: f.eastAsia, hint: 'eastAsia' });

/** What the Word renderer knows of its template. */
export interface WordStyle {
  layout: TemplateLayout;
  faces: FaceSet;
}

export const wordStyle = (template: ExportTemplate, faces: Partial<FaceSet> = {}): WordStyle => ({
  layout: LAYOUTS[template],
  faces: { ...WORD_FACES[template], ...faces },
});

export const INK = '000000';
export const GREY = '595959';

/**
 * Every run names its East-Asian face: without `w:eastAsia`, Word sets Chinese in the
 * document's default (often 等线 or 宋体), whatever the Latin face says.
 */
export function run(style: WordStyle, role: TextRole, text: string, extra: IRunOptions = {}): TextRun {
  const f = style.faces[role];
  return new TextRun({
    ...extra,
    text,
    font: fontsOf(f),
    size: extra.size ?? Math.round(style.layout.sizePt[role] * 2),
    ...(onGrid(style.layout, role) ? { characterSpacing: twips(gridTrackingPt(style.layout)) } : {}),
    color: extra.color ?? (role === 'small' || role === 'header' || (role === 'heading2' && style.layout.template === 'handout') ? GREY : INK),
  });
}

/** A run marked as the reader marks it: tinted for a highlight, underlined in the ink for an underline. */
export function markedRun(style: WordStyle, text: string, swatch: Swatch, kind: 'highlight' | 'underline'): TextRun {
  return run(style, 'quote', text, kind === 'underline' ? { underline: { type: UnderlineType.SINGLE, color: swatch.ink } } : {});
}

/** Fixed line pitch: on the official grid, 22 lines a page whatever the face's own metrics. */
export function lines(style: WordStyle, role: TextRole, before = 0, after = 0): NonNullable<IParagraphOptions['spacing']> {
  return { line: twips(linePitchPt(style.layout, role)), lineRule: LineRuleType.EXACT, before: twips(before), after: twips(after) };
}

/** Two characters' first-line indent, as Chinese paragraphs (and 公文 headings) have. */
export function indent2(style: WordStyle, role: TextRole): NonNullable<IParagraphOptions['indent']> {
  const pitch = style.layout.sizePt[role] + (onGrid(style.layout, role) ? gridTrackingPt(style.layout) : 0);
  return { firstLine: twips(2 * pitch), firstLineChars: 200 };
}

/** A quote's colour mark: a bar in the ink (dark in greyscale too) on a tinted ground for highlights. */
export function quoteMark(style: WordStyle, swatch: Swatch, kind: 'highlight' | 'underline'): Pick<IParagraphOptions, 'border' | 'shading' | 'indent'> {
  const bar = { style: BorderStyle.SINGLE, size: 24, color: swatch.ink, space: 6 };
  const pad = twips(style.layout.sizePt.body * 0.75);
  return {
    border: { left: bar },
    ...(kind === 'highlight' ? { shading: { type: ShadingType.CLEAR, fill: swatch.fill, color: 'auto' } } : {}),
    indent: { left: pad, right: twips(style.layout.sizePt.body * 0.25) },
  };
}

/** Document defaults and the heading styles (so Word's navigation pane lists them), in the template's faces. */
export function documentStyles(style: WordStyle): IStylesOptions {
  const fontOf = (role: TextRole): IFontAttributesProperties => fontsOf(style.faces[role]);
  const heading = (role: TextRole, outlineLevel: number) => ({
    run: { font: fontOf(role), size: Math.round(style.layout.sizePt[role] * 2), bold: false, color: INK },
    paragraph: { outlineLevel, spacing: lines(style, role), keepNext: true },
  });
  return {
    default: {
      document: {
        run: { font: fontOf('body'), size: Math.round(style.layout.sizePt.body * 2), language: { value: 'en-US', eastAsia: 'zh-CN' } },
        paragraph: { spacing: lines(style, 'body'), alignment: AlignmentType.JUSTIFIED },
      },
      title: heading('title', 0),
      heading1: heading('heading1', 1),
      heading2: heading('heading2', 2),
    },
  };
}
