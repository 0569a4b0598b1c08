/** The part of Pagefind's browser API (`/pagefind/pagefind.js`) the search box uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; type?: string };
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface PagefindInstance {
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  search: (term: string | null) => Promise<PagefindSearch>;
  debouncedSearch: (
    term: string,
    options?: object,
    timeoutMs?: number,
  ) => Promise<PagefindSearch | null>;
}

export interface PagefindModule {
  createInstance: (options: {
    baseUrl?: string;
    excerptLength?: number;
    noWorker?: boolean;
  }) => PagefindInstance;
}

/** Loads `/pagefind/pagefind.js`; the bundler must not touch it (it exists only after a build). */
function importPagefind(url: string): Promise<PagefindModule> {
  return import(/* webpackIgnore: true */ url) as Promise<PagefindModule>;
}

let loading: Promise<PagefindInstance> | null = null;

/**
 * Loads Pagefind once, on first use, and gets it ready for a fast first query.
 *
 * - On the main thread, not in Pagefind's web worker: at 2,000 pages a query
 *   answers 17–52 ms sooner without copying every hit between threads
 *   (`npm run bench:search`, README "Performance").
 * - `init()` returns before the wasm and the metadata have arrived; an empty
 *   preload waits for them.
 * - One filter-only search runs Pagefind's ranking code once, so the visitor's
 *   first query does not pay for compiling it.
 *
 * `bench/search.mjs` takes the same steps; keep the two in step.
 */
export function loadPagefind(
  baseUrl: string,
  load: (url: string) => Promise<PagefindModule> = importPagefind,
): Promise<PagefindInstance> {
  loading ??= (async () => {
    const pagefind = await load(`${baseUrl}pagefind/pagefind.js`);
    const instance = pagefind.createInstance({ baseUrl, excerptLength: 24, noWorker: true });
    await instance.init();
    await instance.preload('');
    await instance.search(null);
    return instance;
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
