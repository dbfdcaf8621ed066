import type { ExportTemplate, TextRole } from './layout.ts';

/**
 * Font stacks for the printable HTML. Chromium takes the first face installed, so each
 * stack names the 公文 face as Windows and government machines call it, then the macOS
 * and Linux (Noto/Source Han) faces nearest to it. The PDF embeds whatever was used.
 *
 * Latin letters and digits come first from a Latin face limited to Latin code points by
 * `unicode-range`, so digits read as in Word (Times New Roman) while Chinese quotation
 * marks “” stay full-width in the Chinese face.
 */
const FANGSONG = ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', 'STFangsong', '华文仿宋', 'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'SimSun'];
const KAITI = ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', 'STKaiti', '华文楷体', 'Kaiti SC', 'AR PL UKai CN', 'Noto Serif CJK SC', 'Source Han Serif SC'];
const HEITI = ['黑体', 'SimHei', 'Heiti SC', 'STHeiti', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC'];
const SONGTI = ['宋体', 'SimSun', 'Songti SC', 'STSong', 'Noto Serif CJK SC', 'Source Han Serif SC'];
/** 小标宋 is a heavy Song; where it is missing, the nearest is a bold Song, picked by its own name. */
const XIAOBIAOSONG = ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '方正小标宋_GBK', '华文中宋', 'STZhongsong', 'BR Heavy Song', 'Songti SC'];

const LATIN_SERIF = 'BR Latin Serif';
const LATIN_SANS = 'BR Latin Sans';

const LATIN_RANGE = 'U+0020-007E, U+00A0-00FF';

/** Only `local()` sources: nothing is fetched. */
export const FONT_FACES = `
@font-face { font-family: "${LATIN_SERIF}"; src: local("Times New Roman"), local("TimesNewRomanPSMT"), local("Liberation Serif"), local("LiberationSerif"), local("Tinos"); unicode-range: ${LATIN_RANGE}; }
@font-face { font-family: "${LATIN_SANS}"; src: local("Arial"), local("ArialMT"), local("Liberation Sans"), local("LiberationSans"), local("Helvetica"), local("Arimo"); unicode-range: ${LATIN_RANGE}; }
@font-face { font-family: "BR Heavy Song"; src: local("Noto Serif CJK SC Black"), local("NotoSerifCJKsc-Black"), local("Noto Serif CJK SC Bold"), local("NotoSerifCJKsc-Bold"), local("Source Han Serif SC Heavy"), local("SourceHanSerifSC-Heavy"), local("Source Han Serif SC Bold"), local("SourceHanSerifSC-Bold"), local("STSongti-SC-Black"), local("STSongti-SC-Bold"); }
`;

const stack = (latin: string, faces: string[], generic: 'serif' | 'sans-serif'): string =>
  [latin, ...faces].map((f) => `"${f}"`).join(', ') + `, ${generic}`;

const serif = (faces: string[]): string => stack(LATIN_SERIF, faces, 'serif');
const sans = (faces: string[]): string => stack(LATIN_SANS, faces, 'sans-serif');

/**
 * Chromium draws PDF headers and footers as separate little pages without the
 * document's @font-face rules, so they name installed faces only.
 */
export const MARGIN_FONTS: Readonly<Record<ExportTemplate, { header: string; pageNumber: string }>> = {
  official: { header: stack('Times New Roman', FANGSONG, 'serif'), pageNumber: stack('宋体', SONGTI, 'serif') },
  handout: { header: stack('Times New Roman', SONGTI, 'serif'), pageNumber: stack('Times New Roman', SONGTI, 'serif') },
};

/** The same faces per role as Word's (docx-styles.ts WORD_FACES). */
export const CSS_FONTS: Readonly<Record<ExportTemplate, Readonly<Record<TextRole, string>>>> = {
  official: {
    title: serif(XIAOBIAOSONG),
    cover: serif(KAITI),
    heading1: sans(HEITI),
    heading2: serif(KAITI),
    body: serif(FANGSONG),
    quote: serif(FANGSONG),
    note: serif(FANGSONG),
    small: serif(FANGSONG),
    header: serif(FANGSONG),
    pageNumber: serif(SONGTI),
  },
  handout: {
    title: sans(HEITI),
    cover: serif(SONGTI),
    heading1: sans(HEITI),
    heading2: sans(HEITI),
    body: serif(SONGTI),
    quote: serif(SONGTI),
    note: serif(KAITI),
    small: serif(SONGTI),
    header: serif(SONGTI),
    pageNumber: serif(SONGTI),
  },
};
