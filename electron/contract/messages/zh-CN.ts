/**
 * What the server says to the user, in Chinese: the API's errors and the details they
 * name, for every transport. en.ts has the same keys. Words as in docs/glossary.md
 * (批注 annotation, 高亮 highlight, 划线 underline, 笔记 note, 学习记录 study session).
 * `{name}` is filled from the message's parameters.
 */
export const zhCN = {
  errors: {
    invalid_argument: '请求的参数不正确：{what}',
    unknown_method: '不支持的操作：{method}',
    not_found: '找不到{what}，它可能已被删除。',
    library_too_new: '资料库由更新版本的研读创建（版本 {found}，本程序支持到 {supported}）。请升级研读后再打开；资料库未作任何改动。',
    backup_invalid: '无法从“{file}”恢复：{reason}资料库未作任何改动。',
    export_failed: '无法导出：{reason}',
    import_failed: '无法导入“{file}”：{reason}资料库未作任何改动。',
    tag_exists: '已有名为“{name}”的标签。',
    invalid_range: '所选的文字不在这篇文件中，或文件已经改变。请重新选择后再试。',
    forbidden: '拒绝访问：{why}',
    unavailable: '无法连接到研读服务，请确认程序仍在运行。',
    internal: '发生了意外错误，操作未完成，资料库保持原样。',
  },
  annotations: {
    freeNoteHasNoRange: '独立笔记不能指定文字范围',
    rangeNeeded: '高亮和书签需要指定文字范围',
    onlyHighlightHasStyle: '只有高亮可以选择样式',
    inBin: '这条批注在回收站中，请先恢复',
    organizerNoteReadOnly: '组织者批注的内容不能修改',
    noteTooLong: '笔记超过 {max} 字',
    missingTags: '标签 {ids}',
    missingAnnotations: '批注 {ids}',
    missingDocuments: '文档 {ids}',
  },
  tags: {
    tag: '标签 {id}',
    badName: '标签名须为 1–{max} 个字且不能换行',
    badColor: '颜色须为 #rrggbb 格式',
    mergeIntoItself: '不能把标签合并到它自己',
  },
  interchange: {
    notWebAnnotations: '不是 W3C 网络批注（JSON-LD）文件：{why}',
    topLevelNotObject: '顶层不是对象',
    collectionWithoutItems: '集合缺少 first.items',
    pageWithoutItems: '页面缺少 items',
    badAnnotation: '第 {n} 条批注的 {where} 有误',
    notJson: '不是有效的 JSON',
  },
  sessions: {
    orderMustListEveryItem: '排序须恰好列出本次学习记录的每一项',
  },
  backup: {
    missing: '文件不存在。',
    not_sqlite: '这不是研读资料库文件。',
    not_library: '这不是研读资料库文件。',
    corrupt: '文件已损坏。',
    too_new: '它由更新版本的研读创建，请先升级研读。',
  },
  import: {
    empty: '文件是空的。',
    binary: '文件不是文本，可能是图片或程序文件。',
    'unsupported-format': '不支持这种文件格式，请使用 txt、md、html、mhtml、docx 或 pdf。',
    corrupt: '文件已损坏或不完整。',
    encrypted: '文件有密码保护，请先取消密码。',
    'too-large': '文件过大（上限 64 MB）。',
    'no-text': '文件中没有可读取的文字（扫描版 PDF 需先做文字识别）。',
    'not-a-pack': '文件不是研读资料包（.briefing）。',
    'pack-too-new': '资料包由更新版本的研读制作，请升级研读后再导入。',
    'pack-too-large': '资料包解压后过大（上限 256 MB），文件可能已损坏或被篡改。',
    'pack-invalid': '资料包的内容不符合格式，可能已损坏。',
  },
  export: {
    'no-chromium': '生成 PDF 需要 Chrome、Edge 或 Chromium 浏览器，但本机没有找到。请安装其中之一，或先导出 Word 文件再另存为 PDF。',
    'pdf-failed': '浏览器未能生成 PDF，请重试；若仍不成功，可先导出 Word 文件。',
    'not-found': '要导出的内容已不存在，可能已被删除。',
  },
};
