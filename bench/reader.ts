/**
 * open_doc_ms, annotate_ms, renderer_heap_mb: the reader in Chromium against the
 * service's browser host, timed in the page itself.
 *
 * A screen counts as painted and interactive when, after the frame in which it first
 * shows, the page runs its next task: the frame has been presented and the main
 * thread is free for input.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/support/browser.ts';
import type { ServiceHost } from './host.ts';
import { median, type Figure } from './metrics.ts';

declare global {
  interface Window {
    /** Resolves after the first frame in which `ready()` holds has been painted; performance.now() then. */
    benchPainted?: (ready: () => boolean) => Promise<number>;
    /** From the key press to the painted highlight, and to the API's answer. */
    benchHighlighted?: Promise<{ ms: number; apiMs: number }>;
  }
}

/** Installed in the page: a check every frame, then a task after that frame's paint. */
function installPaintProbe(): void {
  window.benchPainted = (ready) =>
    new Promise((resolve) => {
      const frame = () => {
        if (!ready()) return requestAnimationFrame(frame);
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(frame);
    });
}

/** Ranges painted for annotations (the reader draws them with the CSS Custom Highlight API). */
const paintedAnnotations = (page: Page) =>
  page.evaluate(() => [...CSS.highlights].filter(([k]) => k.startsWith('annotation-')).reduce((n, [, h]) => n + h.size, 0));

async function toLibrary(page: Page): Promise<void> {
  await page.evaluate(() => (location.hash = '#/'));
  await page.getByRole('heading', { name: '我的简报', level: 1 }).waitFor();
}

/** A reader action timed to its painted frame, and to the last API answer it waited for. */
interface Timing {
  ms: number;
  apiMs: number;
}

/**
 * From the hash change to the first painted screen of the document with its annotations:
 * the reader renders a long document a screen first and the rest while idle, so the
 * screen counts as shown once its blocks reach past the window's bottom (or all are
 * there) and every highlight in the blocks rendered so far is painted. `ends[i]` is the
 * index of the block where the i-th highlight ends. Also timed: until every block and
 * every highlight is there.
 */
async function openDocument(page: Page, documentId: number, ends: readonly number[], total: number): Promise<Timing & { wholeMs: number }> {
  return page.evaluate(
    async ([id, ends, total]) => {
      performance.clearResourceTimings();
      const started = performance.now();
      location.hash = `#/doc/${id}`;
      const painted = () => [...CSS.highlights].filter(([k]) => k.startsWith('annotation-')).reduce((n, [, h]) => n + h.size, 0);
      const rendered = () => document.querySelector('article.document .doc-body')?.children ?? null;
      const screenShown = () => {
        const blocks = rendered();
        if (!blocks || blocks.length === 0) return false;
        const covered = blocks.length === total || blocks[blocks.length - 1]!.getBoundingClientRect().top >= innerHeight;
        return covered && painted() >= ends.filter((e) => e < blocks.length).length;
      };
      const shownAt = await window.benchPainted!(screenShown);
      const answered = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/api/') && e.startTime >= started && e.startTime < shownAt)
        .reduce((last, e) => Math.max(last, (e as PerformanceResourceTiming).responseEnd), started);
      const wholeAt = await window.benchPainted!(() => rendered()?.length === total && painted() >= ends.length);
      return { ms: shownAt - started, apiMs: answered - started, wholeMs: wholeAt - started };
    },
    [documentId, ends, total] as const,
  );
}

/**
 * Selects a few characters of the n-th paragraph on screen in code, presses 1 (yellow
 * highlight) and times from the key's event to the painted highlight. The reader
 * paints a new highlight only once the API has returned it, so the write has committed.
 */
async function annotateOnce(page: Page, n: number): Promise<Timing> {
  const before = await paintedAnnotations(page);
  await page.evaluate((i) => {
    const paragraphs = [...document.querySelectorAll<HTMLElement>('article.document .block.paragraph p.text')];
    const p = paragraphs[(i * 7) % paragraphs.length]!;
    p.scrollIntoView({ block: 'center' });
    const text = p.firstChild!;
    const start = Math.min(4, text.textContent!.length - 8);
    document.getSelection()!.setBaseAndExtent(text, start, text, start + 6);
  }, n);
  await page.getByRole('toolbar', { name: '选中文字' }).waitFor();
  // The listener is in place before the key is pressed; the page keeps the promise.
  await page.evaluate((count) => {
    performance.clearResourceTimings();
    window.benchHighlighted = new Promise((resolve) => {
      addEventListener(
        'keydown',
        (e) => {
          const pressed = e.timeStamp;
          const painted = () => [...CSS.highlights].filter(([k]) => k.startsWith('annotation-')).reduce((s, [, h]) => s + h.size, 0) > count;
          void window.benchPainted!(painted).then((at) => {
            const stored = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/api/createAnnotation')) as PerformanceResourceTiming | undefined;
            resolve({ ms: at - pressed, apiMs: (stored?.responseEnd ?? at) - pressed });
          });
        },
        { once: true, capture: true },
      );
    });
  }, before);
  await page.keyboard.press('1');
  return page.evaluate(() => window.benchHighlighted!);
}

export async function measureReader(
  host: ServiceHost,
  documentId: number,
  annotations: number,
  options: { opens: number; highlights: number },
  log: (line: string) => void,
): Promise<Figure[]> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
    // tsx compiles the functions handed to the page with esbuild's keepNames, which calls __name.
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await context.addInitScript(installPaintProbe);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(host.url);
    await page.getByRole('heading', { name: '我的简报', level: 1 }).waitFor();

    const { blocks } = await host.call('getDocument', { id: documentId });
    const order = new Map(blocks.map((b, i) => [b.id, i]));
    const highlights = (await host.call('listAnnotations', { documentId })).annotations.filter((a) => a.kind === 'highlight' && a.range);
    if (highlights.length !== annotations) throw new Error(`the document has ${highlights.length} highlights, not ${annotations}`);
    const ends = highlights.map((a) => order.get(a.range!.end.blockId)!);

    const opens: (Timing & { wholeMs: number })[] = [];
    for (let i = 0; i < options.opens; i++) {
      await toLibrary(page);
      opens.push(await openDocument(page, documentId, ends, blocks.length));
    }
    log(`  opening: ${opens.map((o) => `${o.ms.toFixed(0)} ms (API answered by ${o.apiMs.toFixed(0)} ms; every block and highlight by ${o.wholeMs.toFixed(0)} ms)`).join(', ')}`);

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 1024 / 1024;

    const made: Timing[] = [];
    for (let i = 0; i < options.highlights; i++) made.push(await annotateOnce(page, i));
    log(`  highlighting: median ${median(made.map((h) => h.ms)).toFixed(0)} ms, the API answered by ${median(made.map((h) => h.apiMs)).toFixed(0)} ms`);
    if (errors.length) throw new Error(`the page failed: ${errors.join('\n')}`);
    return [
      { metric: 'open_doc_ms', value: median(opens.map((o) => o.ms)), unit: 'ms', target: { op: '<=', value: 300 } },
      { metric: 'annotate_ms', value: median(made.map((h) => h.ms)), unit: 'ms', target: { op: '<=', value: 16 } },
      { metric: 'renderer_heap_mb', value: heap, unit: 'MB', target: { op: '<=', value: 150 } },
    ];
  } finally {
    await browser.close();
  }
}
