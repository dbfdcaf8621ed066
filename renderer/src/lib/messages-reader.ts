/** The reader's moving-through text; messages.ts merges it into the one catalogue `t()` reads. */
export const readerZh = {
  speechNavigation: '上一篇与下一篇',
  previousSpeech: '上一篇',
  nextSpeech: '下一篇',
  previousSpeechOf: '上一篇：《{title}》',
  nextSpeechOf: '下一篇：《{title}》',
  firstSpeech: '已是本简报第一篇',
  lastSpeech: '已是本简报最后一篇',
};

export const readerEn: Record<keyof typeof readerZh, string> = {
  speechNavigation: 'Previous and next speech',
  previousSpeech: 'Previous',
  nextSpeech: 'Next',
  previousSpeechOf: 'Previous: “{title}”',
  nextSpeechOf: 'Next: “{title}”',
  firstSpeech: 'The first speech in this briefing',
  lastSpeech: 'The last speech in this briefing',
};
