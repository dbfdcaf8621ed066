import type { LibrarySort } from './library-arrange.ts';

/** Kept for the session, so coming back from a document finds the library as it was left. */
export const libraryControls = $state<{ sort: LibrarySort; query: string }>({ sort: 'newest', query: '' });
