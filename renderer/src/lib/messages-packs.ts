/** Briefing packs' interface text; messages.ts merges it into the one catalogue `t()` reads. */
export const packsZh = {
  packExport: '导出资料包…',
  packExportOf: '导出《{title}》的资料包',
  packHeading: '导出资料包',
  packIntro: '资料包（.briefing）包含这份简报的全部文件，可发给学员，在研读中打开即可导入。',
  packWithNotes: '包含我的批注（作为组织者批注）',
  packWithNotesHint: '学员看到的是带“组织者批注”标记的只读批注；标签不随资料包发出。',
  packStart: '导出',
  packRunning: '正在导出…',
  packDone: '已生成资料包“{file}”。',
  packClose: '关闭',
  organizerNote: '组织者批注',
  organizerNoteReadOnly: '组织者批注的内容不能修改，可以改颜色、加标签或移到回收站。',
  organizerLegendSample: '组织者批注',
  organizerLegend: '文中虚线标出的是组织者的批注，你自己的标注用彩色。',
};

export const packsEn: Record<keyof typeof packsZh, string> = {
  packExport: 'Export pack…',
  packExportOf: 'Export a pack of “{title}”',
  packHeading: 'Export briefing pack',
  packIntro: 'A pack (.briefing) holds every document of this briefing; send it to trainees, who open it in Briefing Reader to import it.',
  packWithNotes: 'Include my annotations (as organizer notes)',
  packWithNotesHint: 'Trainees see them read-only, labelled “Organizer note”; tags are not sent.',
  packStart: 'Export',
  packRunning: 'Exporting…',
  packDone: 'Pack “{file}” created.',
  packClose: 'Close',
  organizerNote: 'Organizer note',
  organizerNoteReadOnly: 'An organizer note’s text cannot be changed; you may recolour it, tag it or move it to the bin.',
  organizerLegendSample: 'Organizer note',
  organizerLegend: 'Dashed underlines in the text are the organizer’s notes; your own marks are in colour.',
};
