/**
 * A dialog the page removes when it closes takes the focus with it, to the page's body:
 * keyboard users then start again from the top. Call this as the dialog opens; the
 * function it returns puts focus back on what had it (the button that opened the
 * dialog), if that is still on the page and focus has not gone anywhere else meanwhile.
 */
export function focusReturn(doc: Document = document): () => void {
  const opener = doc.activeElement instanceof HTMLElement && doc.activeElement !== doc.body ? doc.activeElement : null;
  return () => {
    const now = doc.activeElement;
    const adrift = now === null || now === doc.body || !now.isConnected || now.closest('dialog') !== null;
    if (opener?.isConnected && adrift) opener.focus();
  };
}
