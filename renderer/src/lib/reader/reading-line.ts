/**
 * Reports the block at the reading line, a line just below the reader's toolbar: it is
 * the position remembered and decides the section marked in the outline.
 *
 * An IntersectionObserver whose root is a one-pixel band at that line sees every block
 * that comes to rest across it, however fast or far the scroll (an outline jump, End),
 * without measuring thousands of blocks on each scroll event. Blocks are padded rather
 * than spaced by margins, so the band always lies over one once the text has reached
 * it. Above that, at the title, the first block counts; at the very bottom, where the
 * last blocks can never reach the line, the last one does.
 */
export function watchReadingLine(blocks: readonly Element[], lineTop: number, onChange: (index: number) => void): () => void {
  const indexOf = new Map(blocks.map((el, i) => [el, i]));
  const first = blocks[0];
  let atLine = -1;
  let reported = -1;

  const report = () => {
    let index = atLine;
    if (scrolledToEnd()) index = blocks.length - 1;
    else if (first && first.getBoundingClientRect().top > lineTop) index = 0;
    if (index >= 0 && index !== reported) {
      reported = index;
      onChange(index);
    }
  };

  const below = Math.max(0, window.innerHeight - lineTop - 1);
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) atLine = indexOf.get(entry.target) ?? atLine;
      report();
    },
    { rootMargin: `-${lineTop}px 0px -${below}px 0px` },
  );
  for (const block of blocks) observer.observe(block);
  window.addEventListener('scroll', report, { passive: true });
  return () => {
    observer.disconnect();
    window.removeEventListener('scroll', report);
  };
}

function scrolledToEnd(): boolean {
  const { scrollHeight } = document.documentElement;
  return window.scrollY > 0 && window.innerHeight + window.scrollY >= scrollHeight - 2;
}
