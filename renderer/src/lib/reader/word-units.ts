/**
 * Splits a Chinese title or caption into the pieces a line may break between, so that a
 * line never ends inside a word, a name or a title of office (`产业工人`, `常务副主席`).
 * Intl.Segmenter's dictionary cuts finer than a reader would (`产业|工人`, `常务|副主席`,
 * a name as single characters), so its words are glued back where Chinese binds them.
 */

/** Words that lean on the next one: ranks and qualifiers of an office. */
const BOUND_BEFORE = new Set(['常务', '专职', '兼职', '执行', '第一', '党组', '党委', '副', '原', '名誉', '首席', '一级', '二级', '三级']);

/** Words that close the one before into a compound: heads of offices and of collective nouns. */
const BOUND_AFTER = new Set([
  '工人', '职工', '农民', '干部', '代表', '委员', '主席', '副主席', '书记', '副书记', '主任', '副主任', '部长', '副部长', '会长',
  '副会长', '组长', '队长', '厂长', '院长', '校长', '局长', '市长', '县长', '区长', '镇长', '经理', '总经理', '董事长', '工匠',
]);

const CJK = /\p{Script=Han}/u;
const isSingleHan = (s: string) => s.length === 1 && CJK.test(s);

export function wordUnits(text: string, locale = 'zh'): string[] {
  const words = [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)].map((s) => s.segment);
  const units: string[] = [];
  let glueNext = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const prev = units.length > 0 ? units[units.length - 1]! : null;
    const joins =
      prev !== null &&
      (glueNext ||
        (CJK.test(word) && BOUND_AFTER.has(word) && CJK.test(prev.slice(-1))) ||
        // A run of single characters is a name or an abbreviation the dictionary did not know.
        (isSingleHan(word) && isSingleHan(words[i - 1]!)));
    if (joins) units[units.length - 1] = prev + word;
    else units.push(word);
    // A lone character before a word (`区|总|工会`) or a qualifier (`常务`) belongs to what follows.
    const next = words[i + 1];
    glueNext = next !== undefined && CJK.test(next) && (BOUND_BEFORE.has(word) || (isSingleHan(word) && !isSingleHan(next)));
  }
  return units;
}
