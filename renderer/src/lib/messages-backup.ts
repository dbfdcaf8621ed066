/** The library backup panel's interface text; messages.ts merges it into the one catalogue `t()` reads. */
export const backupZh = {
  backupHeading: '资料库备份',
  backupIntro: '备份文件包含全部简报、批注、标签和学习记录。恢复前，现有资料库会先另存一份备份。',
  backupDownload: '备份资料库',
  backupRunning: '正在备份…',
  backupDone: '已生成备份“{file}”。',
  backupRestore: '从备份恢复…',
  backupConfirm: '用“{file}”替换当前资料库的全部内容？现有资料库会先另存一份备份。',
  backupConfirmAction: '恢复',
  backupRestoring: '正在恢复…',
  backupRestored: '已从“{file}”恢复。原资料库已另存为：{safety}',
  backupRestoredHolds: '现在资料库中有 {briefings} 份简报、{documents} 篇文件、{annotations} 条批注。',
  backupTooLarge: '无法恢复“{file}”：文件过大（上限 256 MB）。资料库未作任何改动。',
};

export const backupEn: Record<keyof typeof backupZh, string> = {
  backupHeading: 'Library backup',
  backupIntro: 'A backup holds every briefing, annotation, tag and session. Before a restore, the current library is backed up first.',
  backupDownload: 'Back up library',
  backupRunning: 'Backing up…',
  backupDone: 'Backup “{file}” created.',
  backupRestore: 'Restore from backup…',
  backupConfirm: 'Replace everything in the current library with “{file}”? The current library is backed up first.',
  backupConfirmAction: 'Restore',
  backupRestoring: 'Restoring…',
  backupRestored: 'Restored from “{file}”. The library it replaced was saved as: {safety}',
  backupRestoredHolds: 'The library now holds {briefings} {briefings|briefing|briefings}, {documents} {documents|document|documents} and {annotations} {annotations|annotation|annotations}.',
  backupTooLarge: 'Cannot restore “{file}”: the file is too large (limit 256 MB). The library was not changed.',
};
