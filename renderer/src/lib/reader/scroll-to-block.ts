const userScrolls = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;

/**
 * Scrolls a block to the top of the reading area, below the sticky bar, and keeps it there
 * while the page settles. Blocks skipped by `content-visibility` hold an estimated height until they
 * near the window; right after a long jump those around the target take their real
 * height, and the block just above it, which the browser anchors scrolling to, can
 * push the target down. This re-aligns for a few frames, and gives way at once when
 * the reader scrolls.
 */
export function scrollToBlock(block: HTMLElement, frames = 8): void {
  block.scrollIntoView({ block: 'start' });
  // Where the block should sit: just below the sticky bar, as its scroll margin says. Read each
  // frame, since on a document's first landing the bar's height reaches the margin a frame late.
  const target = () => parseFloat(getComputedStyle(block).scrollMarginTop) || 0;
  let left = frames;
  const stop = () => {
    left = 0;
    for (const type of userScrolls) window.removeEventListener(type, stop, true);
  };
  for (const type of userScrolls) window.addEventListener(type, stop, { capture: true, passive: true });
  const settle = () => {
    if (left <= 0) return;
    const drift = block.getBoundingClientRect().top - target();
    if (Math.abs(drift) > 1) window.scrollBy(0, drift);
    if (--left > 0) requestAnimationFrame(settle);
    else stop();
  };
  requestAnimationFrame(settle);
}
