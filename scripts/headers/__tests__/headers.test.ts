import { describe, expect, it } from 'vitest';
import {
  buildSecurityHeaders,
  renderNginxHeaders,
  type SecurityHeaderInput,
} from '../buildSecurityHeaders';
import { collectInlineSources, cspHash } from '../collectInlineSources';

describe('collectInlineSources', () => {
  it('finds inline scripts and style attributes, not data blocks or markup in scripts', () => {
    const html =
      '<html><head><script>a()</script><script src=/x.js></script>' +
      '<script type="application/ld+json">{"a":1}</script></head>' +
      '<body><svg style="display: none;"></svg><div style=color:red>x</div>' +
      '<script>document.write(\'<p style="font-weight: bold">\')</script></body></html>';
    const found = collectInlineSources(html);
    expect(found.scripts).toEqual(['a()', 'document.write(\'<p style="font-weight: bold">\')']);
    expect(found.styleAttributes).toEqual(['display: none;', 'color:red']);
    expect(found.styleElements).toEqual([]);
  });

  it('hashes as browsers do (sha256, base64)', () => {
    // echo -n 'alert(1)' | openssl sha256 -binary | base64
    expect(cspHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});

describe('buildSecurityHeaders', () => {
  const base: SecurityHeaderInput = {
    scriptHashes: ["'sha256-b'", "'sha256-a'"],
    styleHashes: [],
    styleAttributes: false,
    newsletterFormAction: null,
    algoliaAppId: null,
  };
  const csp = (input = base) =>
    buildSecurityHeaders(input).find((header) => header.name === 'Content-Security-Policy')!.value;

  it('allows scripts only from the site and by hash', () => {
    expect(csp()).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b';");
    expect(csp()).not.toContain('unsafe-inline');
    expect(csp()).toContain("style-src 'self';");
    expect(csp()).toContain("frame-ancestors 'none'");
  });

  it('adds the newsletter provider to form-action and Algolia to connect-src', () => {
    const value = csp({
      ...base,
      newsletterFormAction: 'https://lijst.example.nl/subscribe?x=1',
      algoliaAppId: 'ABC123',
    });
    expect(value).toContain("form-action 'self' https://lijst.example.nl;");
    expect(value).toContain(
      "connect-src 'self' https://abc123-dsn.algolia.net https://*.algolianet.com;",
    );
  });

  it('uses unsafe-hashes only for style attributes', () => {
    expect(csp({ ...base, styleHashes: ["'sha256-s'"], styleAttributes: true })).toContain(
      "style-src 'self' 'unsafe-hashes' 'sha256-s';",
    );
  });

  it('renders nginx add_header lines that always apply', () => {
    const text = renderNginxHeaders(buildSecurityHeaders(base), 'test');
    expect(text).toContain(
      'add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;',
    );
    expect(text).toContain('add_header X-Content-Type-Options "nosniff" always;');
  });
});
