import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { useApp } from './support/app.ts';
import { snapshot } from './support/browser.ts';
import { projectRoot } from './support/host.ts';
import { sampleSpeeches } from './support/sample.ts';

const fixtures = join(projectRoot, 'electron', 'core', 'import', 'parse', 'fixtures');
const docx = join(fixtures, 'sample-briefing.docx');

const speeches = sampleSpeeches;
const hanchengTitle = '全力凝聚韩城高质量发展的主力军力量 紧扣“四个突出” 抓好“四个融合”';

const app = useApp();
let page: Page;

beforeAll(async () => {
  page = await app.open();
});

const libraryLinks = () => page.getByRole('main').getByRole('list').getByRole('link');
const documentGroups = () => page.getByRole('main').getByRole('group', { name: /^第 \d+ 篇$/ });
const documentGroup = (n: number) => page.getByRole('group', { name: `第 ${n} 篇`, exact: true });
const field = (group: Locator, name: string) => group.getByRole('textbox', { name, exact: true });
const repair = (text: string) => page.getByRole('complementary').getByRole('listitem').filter({ hasText: text });

async function libraryCount(): Promise<number> {
  await page.getByRole('heading', { name: '我的简报', level: 1 }).waitFor();
  await libraryLinks().first().waitFor();
  return libraryLinks().count();
}

async function chooseFile(files: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入简报' }).click();
  await (await chooser).setFiles(files);
}

/**
 * Makes the host's answers about a job say it is still being read (a small file is
 * read in milliseconds), so the reading screen stays up until the returned undo.
 */
async function keepReading(progress: { done: number; total: number } | null = null): Promise<() => Promise<void>> {
  const handler = async (route: Route) => {
    const response = await route.fetch();
    const envelope = (await response.json()) as { ok: boolean; value?: object };
    if (envelope.value) envelope.value = { ...envelope.value, state: 'reading', progress, draft: null, repairs: [] };
    await route.fulfill({ response, json: envelope });
  };
  await page.route('**/api/getImportJob', handler);
  return () => page.unroute('**/api/getImportJob', handler);
}

describe('importing a briefing through the review, in the browser host', () => {
  let before: number;

  it('shows progress while the file is read', async () => {
    before = await libraryCount();
    const release = await keepReading({ done: 2, total: 5 });
    await chooseFile(docx);
    await expect.poll(() => page.url()).toMatch(/#\/import\/[\w-]+$/);
    const bar = page.getByRole('progressbar', { name: '读取进度' });
    await bar.waitFor();
    await expect.poll(() => bar.getAttribute('aria-valuenow')).toBe('2');
    expect(await bar.getAttribute('aria-valuemax')).toBe('5');
    expect(await page.getByText('已读取 2/5').count()).toBe(1);
    await release();
  });

  it('lists the five documents with their units and speakers, and the repairs made', async () => {
    await page.getByRole('heading', { name: '核对导入内容', level: 1 }).waitFor();
    await expect.poll(() => documentGroups().count()).toBe(5);
    for (const [i, s] of speeches.entries()) {
      const group = documentGroup(i + 1);
      expect(await field(group, '单位').inputValue()).toBe(s.unit);
      expect(await field(group, '发言人').inputValue()).toBe(s.speaker);
    }
    expect(await documentGroup(1).getByText('13 个小标题，12 个段落').count()).toBe(1);
    expect(await page.getByText('□本版图片由本报记者鲜康摄', { exact: true }).count()).toBe(1);
    expect(await repair('移入讲话人信息').count()).toBe(2);
    expect(await repair('重排印刷顺序错乱').count()).toBe(1);
    await snapshot(page, 'import-review-zh-light');
    await documentGroup(1).getByText('预览正文').click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(26, 25, 23)');
    await snapshot(page, 'import-review-zh-dark');
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await documentGroup(1).getByText('预览正文').click();
  });

  it('undoes a repair and redoes it, keeping the edits made before', async () => {
    await field(documentGroup(1), '标题').fill('凝心聚力 扩面提质（审校）');
    const shenmu = repair('神木市总工会常务副主席刘文军');
    await shenmu.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => field(documentGroup(5), '发言人').inputValue()).toBe('');
    await shenmu.getByText('已撤销').waitFor();
    // Joining the orphaned line needed the caption moved out of its way, so it went unmade too, and is not the user's to redo.
    const orphan = repair('广大职工积极投身发展新质生产力');
    await orphan.getByText('本次未执行：它依赖已撤销的修复').waitFor();
    expect(await orphan.getByRole('button').count()).toBe(0);
    expect(await field(documentGroup(5), '职务').inputValue()).toBe('');
    expect(await field(documentGroup(1), '标题').inputValue()).toBe('凝心聚力 扩面提质（审校）');

    await shenmu.getByRole('button', { name: '恢复' }).click();
    await expect.poll(() => field(documentGroup(5), '发言人').inputValue()).toBe('刘文军');
    await orphan.getByRole('button', { name: '撤销' }).waitFor();
    expect(await field(documentGroup(5), '职务').inputValue()).toBe('神木市总工会常务副主席');
    expect(await field(documentGroup(1), '标题').inputValue()).toBe('凝心聚力 扩面提质（审校）');
    expect(await shenmu.getByRole('button', { name: '撤销' }).count()).toBe(1);
  });

  it('merges two documents and splits them back, unit and speaker included', async () => {
    await documentGroup(2).getByRole('button', { name: '与上一篇合并' }).click();
    await expect.poll(() => documentGroups().count()).toBe(4);
    expect(await field(documentGroup(2), '单位').inputValue()).toBe('宝鸡市渭滨区');

    await documentGroup(1).getByText('预览正文').click();
    await documentGroup(1).getByRole('button', { name: `在此拆分：${hanchengTitle}` }).click();
    await expect.poll(() => documentGroups().count()).toBe(5);
    const hancheng = documentGroup(2);
    expect(await field(hancheng, '标题').inputValue()).toBe(hanchengTitle);
    expect(await field(hancheng, '单位').inputValue()).toBe('韩城市');
    expect(await field(hancheng, '发言人').inputValue()).toBe('孙长虹');
  });

  it('will not save a document without a title', async () => {
    const save = page.getByRole('button', { name: '导入', exact: true });
    const third = documentGroup(3);
    const title = await field(third, '标题').inputValue();
    await field(third, '标题').fill('  ');
    await third.getByText('请填写标题。').waitFor();
    expect(await field(third, '标题').getAttribute('aria-invalid')).toBe('true');
    expect(await save.isDisabled()).toBe(true);
    await field(third, '标题').fill(title);
    await expect.poll(() => save.isDisabled()).toBe(false);
  });

  it('saves the reviewed briefing and shows it in the library', async () => {
    await page.getByRole('textbox', { name: '简报标题' }).fill('产改经验交流（审校）');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/#\/imported\/\d+$/);
    await page.getByRole('heading', { name: '产改经验交流（审校）', level: 2 }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: '已导入《产改经验交流（审校）》，共 5 篇。' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: /凝心聚力 扩面提质（审校）/ }).count()).toBe(1);
    expect(await libraryCount()).toBe(before + 5);
  });

  it('warns about a file imported before, and can replace that briefing', async () => {
    await chooseFile(docx);
    await page.getByRole('heading', { name: '这个文件已经导入过' }).waitFor();
    // Replacing is the default; a second copy and opening the existing one are offered, each saying what it does.
    const replace = page.getByRole('radio', { name: /^替换《产改经验交流（审校）》：用这个文件更新它，批注重新定位/ });
    expect(await replace.isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /^导入为新的副本/ }).isChecked()).toBe(false);
    await page.getByRole('button', { name: '不导入，打开已有的《产改经验交流（审校）》' }).waitFor();
    await snapshot(page, 'import-duplicate-zh-light');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/#\/imported\/\d+$/);
    await page.getByRole('heading', { name: 'sample-briefing', level: 2 }).waitFor();
    expect(await page.getByRole('heading', { name: '产改经验交流（审校）' }).count()).toBe(0);
    expect(await libraryCount()).toBe(before + 5);
  });
});

describe('the file picker', () => {
  it('offers every kind of file the importer reads, .markdown included, and reads a .markdown file', async () => {
    await page.goto(`${app.host.origin}/#/`);
    await libraryCount();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入简报' }).click();
    const picker = await chooser;
    const accept = (await picker.element().getAttribute('accept'))?.split(',') ?? [];
    expect(accept).toEqual(expect.arrayContaining(['.txt', '.md', '.markdown', '.html', '.htm', '.mhtml', '.docx', '.pdf', '.briefing']));
    await picker.setFiles({ name: '交流发言.markdown', mimeType: 'text/markdown', buffer: Buffer.from('# 交流发言\n\n第一段文字。\n\n第二段文字。\n') });
    await page.getByRole('heading', { name: '核对导入内容', level: 1 }).waitFor();
    await page.getByText('文件：交流发言.markdown').waitFor();
    expect(await page.getByText('文件：交流发言.markdown').count()).toBe(1);
    await page.getByRole('button', { name: '取消导入' }).click();
    await page.getByRole('heading', { name: '我的简报', level: 1 }).waitFor();
  });
});

describe('files the importer cannot read, and changing one’s mind', () => {
  it('shows why an empty file cannot be imported, in the interface language, and leaves the library alone', async () => {
    await page.goto(`${app.host.origin}/#/`);
    const before = await libraryCount();
    await chooseFile({ name: '空白.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await page.getByRole('heading', { name: '无法导入', level: 1 }).waitFor();
    const alert = page.getByRole('main').getByRole('alert');
    expect(await alert.innerText()).toBe('无法导入“空白.txt”：文件是空的。资料库未作任何改动。');
    await snapshot(page, 'import-error-zh-light');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    await expect.poll(() => alert.innerText()).toBe('Cannot import "空白.txt": The file is empty. The library was not changed.');
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('zh-CN');
    await page.getByRole('link', { name: '返回资料库' }).click();
    expect(await libraryCount()).toBe(before);
  });

  it('refuses a .pdf that is not a PDF', async () => {
    const before = await libraryCount();
    await chooseFile({ name: 'notice.pdf', mimeType: 'application/pdf', buffer: Buffer.from('这不是 PDF 文件') });
    const alert = page.getByRole('main').getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('不支持这种文件格式');
    await page.getByRole('link', { name: '返回资料库' }).click();
    expect(await libraryCount()).toBe(before);
  });

  it('says so when the file under review is no longer there', async () => {
    await page.goto(`${app.host.origin}/#/import/no-such-job`);
    await page.getByRole('heading', { name: '无法导入', level: 1 }).waitFor();
    expect(await page.getByRole('main').getByRole('alert').innerText()).toContain('找不到');
    await page.getByRole('link', { name: '返回资料库' }).click();
    await page.getByRole('heading', { name: '我的简报', level: 1 }).waitFor();
  });

  it('cancels while reading, back to the library, and the host forgets the file', async () => {
    const before = await libraryCount();
    const release = await keepReading();
    await chooseFile(docx);
    await page.getByRole('progressbar', { name: '读取进度' }).waitFor();
    const jobId = /#\/import\/([\w-]+)$/.exec(page.url())![1]!;
    await page.getByRole('button', { name: '取消导入' }).click();
    await page.getByRole('heading', { name: '我的简报', level: 1 }).waitFor();
    await release();
    const answer = await page.evaluate(
      (id) => window.briefing!.getImportJob({ id }).then(() => 'still there', (e: Error) => e.message),
      jobId,
    );
    expect(answer).toContain('not found');
    expect(await libraryCount()).toBe(before);
  });

  it('imports a file dropped onto the library', async () => {
    const text = readFileSync(join(fixtures, 'sample-briefing.txt'), 'utf8');
    const dataTransfer = await page.evaluateHandle((content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], '交流材料.txt', { type: 'text/plain' }));
      return dt;
    }, text);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await page.getByText('松开鼠标即可导入这个文件').waitFor();
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    await page.getByRole('heading', { name: '核对导入内容', level: 1 }).waitFor();
    await expect.poll(() => documentGroups().count()).toBe(5);
    await page.getByText('文件：交流材料.txt').waitFor();
    expect(await page.getByText('文件：交流材料.txt').count()).toBe(1);
    await page.getByRole('button', { name: '取消导入' }).click();
    await page.getByRole('heading', { name: '我的简报', level: 1 }).waitFor();
  });
});
