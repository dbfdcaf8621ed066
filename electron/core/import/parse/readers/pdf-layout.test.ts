import { describe, expect, it } from 'vitest';
import { pagesToLines, type PdfItem, type PdfPage } from './pdf-layout.ts';

const SIZE = 10;
const LEFT = 50;

/** One item per line of text, the width of its characters, at a baseline y. */
function line(str: string, y: number, x = LEFT, charWidth = SIZE): PdfItem {
  return { str, x, y, width: [...str].length * charWidth, size: SIZE };
}

/** A full-width Chinese line: fifty characters of ten units from the left margin to the right. */
const full = (seed: string): string => seed.repeat(50).slice(0, 50);

describe('pagesToLines', () => {
  it('joins the lines of a paragraph and splits paragraphs on a wider gap', () => {
    const page: PdfPage = {
      items: [line(full('甲'), 700), line(full('乙'), 686), line('丙结束。', 672), line(full('丁'), 644), line('戊。', 630)],
    };
    expect(pagesToLines([page]).map((l) => l.text)).toEqual([`${full('甲')}${full('乙')}丙结束。`, `${full('丁')}戊。`]);
  });

  it('starts a paragraph after a short last line or at an indent, with no gap at all', () => {
    const page: PdfPage = {
      items: [
        line('短标题', 700),
        line(full('甲'), 686),
        line('结束。', 672),
        line(full('乙').slice(2), 658, LEFT + 2 * SIZE),
        line(full('丙'), 644),
      ],
    };
    expect(pagesToLines([page]).map((l) => l.text)).toEqual(['短标题', `${full('甲')}结束。`, `${full('乙').slice(2)}${full('丙')}`]);
  });

  it('does not break where a closing mark pushed two characters to the next line', () => {
    const page: PdfPage = { items: [line(full('甲'), 700), line(`${full('乙').slice(0, 48)}`, 686), line('“丙”。', 672), line(full('丁'), 658)] };
    expect(pagesToLines([page]).map((l) => l.text)[0]).toBe(`${full('甲')}${full('乙').slice(0, 48)}“丙”。`);
  });

  it('continues a paragraph across a page break after a full line', () => {
    const pages: PdfPage[] = [{ items: [line(full('甲'), 700), line(full('乙'), 686)] }, { items: [line('丙。', 700), line(full('丁'), 672)] }];
    expect(pagesToLines(pages).map((l) => l.text)).toEqual([`${full('甲')}${full('乙')}丙。`, full('丁')]);
  });

  it('joins Latin lines with a space and rebuilds word spaces from gaps', () => {
    const first = [line('The', 700, LEFT, 5), line('meeting', 700, LEFT + 20, 5), line('x'.repeat(86), 700, LEFT + 60, 5)];
    const page: PdfPage = { items: [...first, line('y'.repeat(100), 686, LEFT, 5), line('ends.', 672, LEFT, 5)] };
    expect(pagesToLines([page]).map((l) => l.text)).toEqual([`The meeting ${'x'.repeat(86)} ${'y'.repeat(100)} ends.`]);
  });

  it('drops autospacing between Chinese and digits but keeps real spaces', () => {
    const items: PdfItem[] = [
      { str: '投资', x: LEFT, y: 700, width: 20, size: SIZE },
      { str: ' ', x: LEFT + 20, y: 700, width: 2, size: SIZE },
      { str: '135', x: LEFT + 22, y: 700, width: 18, size: SIZE },
      { str: ' ', x: LEFT + 40, y: 700, width: 2, size: SIZE },
      { str: '万元。凝心聚力 扩面提质', x: LEFT + 42, y: 700, width: 120, size: SIZE },
    ];
    expect(pagesToLines([{ items }]).map((l) => l.text)).toEqual(['投资135万元。凝心聚力 扩面提质']);
  });

  it('drops page numbers and running heads and footers, not body lines', () => {
    const page = (n: number, body: string): PdfPage => ({
      items: [line('某某日报 2024年8月7日', 800), line(full(body), 700), line(`${body}。`, 686), line(`第 ${n} 页`, 40)],
    });
    const numbered = (n: number, body: string): PdfPage => ({ items: [line(full(body), 700), line(`${body}。`, 686), line(`- ${n} -`, 40)] });
    expect(pagesToLines([page(1, '甲'), page(2, '乙'), page(3, '丙')]).map((l) => l.text)).toEqual(
      ['甲', '乙', '丙'].map((c) => `${full(c)}${c}。`),
    );
    expect(pagesToLines([numbered(1, '甲'), numbered(2, '乙')]).map((l) => l.text)).toEqual([`${full('甲')}甲。`, `${full('乙')}乙。`]);
    expect(pagesToLines([{ items: [line('标题', 800), line('正文。', 700)] }]).map((l) => l.text)).toEqual(['标题', '正文。']);
  });

  it('returns nothing for a text layer without text', () => {
    expect(pagesToLines([{ items: [] }, { items: [line(' ', 700)] }])).toEqual([]);
  });
});
