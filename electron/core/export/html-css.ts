import { CSS_FONTS, FONT_FACES } from './html-fonts.ts';
import { gridTrackingPt, LAYOUTS, linePitchPt, onGrid, textWidthMm, type ExportTemplate, type TextRole } from './layout.ts';
import { NEUTRAL, PALETTE } from './palette.ts';

const pt = (n: number): string => `${Number(n.toFixed(3))}pt`;

/** The stylesheet of one template: page, faces, sizes and the colour marks, print-exact. */
export function stylesheet(template: ExportTemplate): string {
  const layout = LAYOUTS[template];
  const official = template === 'official';
  const { top, right, bottom, left } = layout.marginMm;
  const font = (role: TextRole): string =>
    `font-family: ${CSS_FONTS[template][role]}; font-size: ${pt(layout.sizePt[role])}; line-height: ${pt(linePitchPt(layout, role))};` +
    (onGrid(layout, role) ? ` letter-spacing: ${pt(gridTrackingPt(layout))};` : ' letter-spacing: 0;');
  const indent = official ? `text-indent: ${pt(2 * (layout.sizePt.body + gridTrackingPt(layout)))};` : 'text-indent: 2em;';
  const gap = (lines: number): string => pt(official ? layout.linePt * lines : 6 * lines);
  const marks = Object.entries(PALETTE)
    .map(([color, swatch]) => `.mark-${color} .quote { border-left-color: #${swatch.ink}; background: #${swatch.fill}; }\n.mark-${color}.style-underline .quote p { text-decoration-color: #${swatch.ink}; }`)
    .join('\n');
  return `${FONT_FACES}
@page { size: ${layout.pageMm.width}mm ${layout.pageMm.height}mm; margin: ${top}mm ${right}mm ${bottom}mm ${left}mm; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; color: #000; background: #fff; }
body { margin: 0; ${font('body')} text-align: justify; line-break: strict; overflow-wrap: anywhere; font-kerning: none; }
@media screen { body { width: ${textWidthMm(layout)}mm; margin: 16mm auto; } }
h1, h2, h3, p, blockquote { margin: 0; }
h1, h2, h3 { font-weight: normal; break-after: avoid; break-inside: avoid; }
p { orphans: 2; widows: 2; }
.cover { text-align: center; margin-bottom: ${gap(1)};${official ? '' : ' padding-bottom: 4pt; border-bottom: 0.75pt solid #999;'} }
.cover h1 { ${font('title')} margin-bottom: ${official ? gap(1) : '4pt'}; text-align: center; }
.cover p { ${font('cover')} text-align: center; }
.group > h2 { ${font('heading1')} ${official ? indent : `margin-top: 10pt; padding-bottom: 2pt; border-bottom: 0.5pt solid #bbb;`} }
.group > h2 .swatch { letter-spacing: 0; }
.byline { ${font('small')} color: #595959; ${official ? indent : 'margin-bottom: 4pt;'} }
.item { margin-top: ${official ? '0' : '8pt'}; }
.item h3 { ${font('heading2')} ${official ? indent : 'color: #595959;'} }
.quote { ${font('quote')} border-left: 3pt solid #${NEUTRAL.ink}; padding: ${official ? '0' : '1pt'} 0.25em ${official ? '0' : '1pt'} 0.6em; break-inside: avoid; break-after: avoid; }
.style-underline .quote { background: none; }
.style-underline .quote p { text-decoration-line: underline; text-decoration-thickness: 1.2pt; text-underline-offset: 0.2em; text-decoration-skip-ink: none; }
${marks}
.source, .meta { ${font('small')} color: #595959; ${official ? indent : ''} break-inside: avoid; }
.note p { ${font('note')} ${indent} }
.label { font-family: ${CSS_FONTS[template].heading1}; }
.empty { text-align: center; }
.nobr { white-space: nowrap; }
.reflection h2 { ${font('heading1')} text-align: center; margin-top: ${gap(1)}; ${official ? '' : 'margin-bottom: 4pt;'} }
.reflection p { ${indent} }
`;
}
