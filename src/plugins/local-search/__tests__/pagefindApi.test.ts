import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PagefindInstance, PagefindModule } from '../pagefindApi';

/** A stand-in for /pagefind/pagefind.js that records what the loader asks of it. */
function fakePagefind() {
  const calls: string[] = [];
  const instance: PagefindInstance = {
    init: async () => void calls.push('init'),
    preload: async (term) => void calls.push(`preload(${JSON.stringify(term)})`),
    search: async (term) => {
      calls.push(`search(${JSON.stringify(term)})`);
      return { results: [] };
    },
    debouncedSearch: async () => ({ results: [] }),
  };
  const module: PagefindModule = {
    createInstance: (options) => {
      calls.push(`createInstance(${JSON.stringify(options)})`);
      return instance;
    },
  };
  return { calls, instance, module };
}

// A fresh module for each test: the loader keeps its instance in module state.
let loadPagefind: typeof import('../pagefindApi').loadPagefind;
beforeEach(async () => {
  vi.resetModules();
  ({ loadPagefind } = await import('../pagefindApi'));
});

describe('loadPagefind', () => {
  it('loads the script under the base URL and waits until Pagefind is ready and warm', async () => {
    const fake = fakePagefind();
    const urls: string[] = [];
    const instance = await loadPagefind('/kennisbank/', async (url) => {
      urls.push(url);
      return fake.module;
    });

    expect(urls).toEqual(['/kennisbank/pagefind/pagefind.js']);
    expect(instance).toBe(fake.instance);
    expect(fake.calls).toEqual([
      'createInstance({"baseUrl":"/kennisbank/","excerptLength":24,"noWorker":true})',
      'init',
      'preload("")',
      'search(null)',
    ]);
  });

  it('loads once, however often the search box asks', async () => {
    const fake = fakePagefind();
    const load = vi.fn(async () => fake.module);
    const [first, second] = await Promise.all([loadPagefind('/', load), loadPagefind('/', load)]);
    const third = await loadPagefind('/', load);

    expect(load).toHaveBeenCalledTimes(1);
    expect(second).toBe(first);
    expect(third).toBe(first);
  });

  it('tries again on the next use after a failed load', async () => {
    const fake = fakePagefind();
    const load = vi
      .fn<(url: string) => Promise<PagefindModule>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(fake.module);

    await expect(loadPagefind('/', load)).rejects.toThrow('offline');
    await expect(loadPagefind('/', load)).resolves.toBe(fake.instance);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
