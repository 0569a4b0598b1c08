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

export interface PagefindApi {
  options: (options: { baseUrl?: string; excerptLength?: number }) => Promise<void>;
  init: () => Promise<void>;
  debouncedSearch: (
    term: string,
    options?: object,
    timeoutMs?: number,
  ) => Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<PagefindApi> | null = null;

/**
 * Loads Pagefind's script from the site once, on first use. The bundler must
 * not touch the import: the file only exists after `npm run build`.
 */
export function loadPagefind(baseUrl: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${baseUrl}pagefind/pagefind.js`;
    const api = (await import(/* webpackIgnore: true */ url)) as PagefindApi;
    await api.options({ baseUrl, excerptLength: 24 });
    await api.init();
    return api;
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
