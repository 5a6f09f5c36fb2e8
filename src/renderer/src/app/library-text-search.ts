/**
 * The library's search box also looks in the texts: the words typed are searched
 * (with the same folding) through a search client of its own, so a corpus search
 * in the search view is never cancelled by typing in the library. Both clients
 * share one worker (platform/search-client.ts), so the texts it caches are held once.
 */
import { useCallback, useEffect, useState } from 'react';
import { parseQueryText } from '../../../shared/search';
import { SearchClient, type SearchDoc } from '../platform/search-client';
import { getDb } from '../storage/instance';

let client: SearchClient | null = null;
function libraryClient(): SearchClient {
  const name = getDb().name;
  if (!client || client.dbName !== name) {
    client?.dispose();
    client = new SearchClient(name);
  }
  return client;
}

/** `[onQueryChange, textMatches]` for the library table; the texts are searched 250 ms after typing stops. */
export function useLibraryTextSearch(docs: readonly SearchDoc[]): [(q: string) => void, ReadonlySet<string> | null] {
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<{ query: string; ids: ReadonlySet<string> } | null>(null);
  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    let live = true;
    const timer = window.setTimeout(() => {
      const found = new Set<string>();
      void libraryClient()
        .search(docs, parseQueryText(q), (chunk) => chunk.perDoc.forEach(([id]) => found.add(id)), 0)
        .then((r) => r && live && setMatches({ query: q, ids: found }));
    }, 250);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query, docs]);
  const onQueryChange = useCallback((q: string) => setQuery(q), []);
  return [onQueryChange, matches && matches.query === query.trim() ? matches.ids : null];
}
