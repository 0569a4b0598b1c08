import { describe, expect, it } from 'vitest';
import { parseExcerpt } from '../parseExcerpt';
import { searchResultUrl } from '../searchResultUrl';

describe('searchResultUrl', () => {
  it('drops .html and index.html for trailingSlash: false routes', () => {
    expect(searchResultUrl('/aanpak/introductie.html')).toBe('/aanpak/introductie');
    expect(searchResultUrl('/nieuwsbrief/plan/index.html')).toBe('/nieuwsbrief/plan');
    expect(searchResultUrl('/index.html')).toBe('/');
    expect(searchResultUrl('/')).toBe('/');
  });

  it('keeps the anchor of a sub-result', () => {
    expect(searchResultUrl('/aanpak/begroting.html#cofinanciering')).toBe(
      '/aanpak/begroting#cofinanciering',
    );
  });
});

describe('parseExcerpt', () => {
  it('splits marked hits from plain text and decodes entities', () => {
    expect(parseExcerpt('de <mark>straatcoaches</mark> &amp; jongeren &lt;12')).toEqual([
      { text: 'de ', marked: false },
      { text: 'straatcoaches', marked: true },
      { text: ' & jongeren <12', marked: false },
    ]);
  });

  it('never turns text into markup', () => {
    const parts = parseExcerpt('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(parts).toEqual([{ text: '<script>alert(1)</script>', marked: false }]);
  });
});
