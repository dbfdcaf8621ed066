/**
 * A CJK font maps some glyphs to the radical blocks when the glyph is shared between
 * a radical and an ideograph (Chromium's and Skia's PDFs do this with Noto CJK), so
 * `一` comes out as `⼀` (KANGXI RADICAL ONE) and `长` as `⻓`. Kangxi radicals have
 * compatibility decompositions (NFKC); the radicals supplement mostly does not, and
 * these are its members that stand for a character of Chinese text, after
 * Unicode's EquivalentUnifiedIdeograph.txt.
 */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  '\u2e9c': '日', '\u2e9d': '月', '\u2ea0': '民', '\u2ec1': '虎', '\u2ec4': '西', '\u2ec5': '见', '\u2ec6': '角',
  '\u2ec8': '讠', '\u2ec9': '贝', '\u2ecb': '车', '\u2ecc': '辶', '\u2ecf': '阝', '\u2ed0': '钅', '\u2ed3': '长',
  '\u2ed4': '门', '\u2ed6': '阝', '\u2ed7': '雨', '\u2ed8': '青', '\u2ed9': '韦', '\u2eda': '页', '\u2edb': '风',
  '\u2edc': '飞', '\u2edd': '食', '\u2ee0': '饣', '\u2ee2': '马', '\u2ee3': '骨', '\u2ee4': '鬼', '\u2ee5': '鱼',
  '\u2ee6': '鸟', '\u2ee7': '卤', '\u2ee8': '麦', '\u2ee9': '黄', '\u2eea': '黾', '\u2eec': '齐', '\u2eee': '齿',
  '\u2ef0': '龙',
};

const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5]/gu;

export function unifyRadicals(text: string): string {
  return text.replace(RADICAL, (ch) => SUPPLEMENT[ch] ?? ch.normalize('NFKC'));
}
