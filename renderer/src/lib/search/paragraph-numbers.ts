import type { DocumentDetail } from '@contract/contract.ts';
import { documentStructure } from '../reader/structure.ts';

/**
 * ¶ numbers of the documents hits lie in, as the reader numbers them (paragraphs only).
 * A hit gives its block's position, not its ¶, so each document is read once and only
 * its numbers are kept; a failed read is forgotten, to be tried again.
 */
export function createParagraphNumbers(getDocument: (id: number) => Promise<Pick<DocumentDetail, 'blocks'>>): (documentId: number) => Promise<(number | null)[]> {
  const known = new Map<number, Promise<(number | null)[]>>();
  return (documentId) => {
    let numbers = known.get(documentId);
    if (!numbers) {
      numbers = getDocument(documentId).then((doc) => documentStructure(doc.blocks).paragraphNumbers);
      known.set(documentId, numbers);
      numbers.catch(() => known.delete(documentId));
    }
    return numbers;
  };
}
