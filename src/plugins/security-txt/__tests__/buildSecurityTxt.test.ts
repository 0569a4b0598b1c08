import { describe, expect, it } from 'vitest';
import { buildSecurityTxt } from '../buildSecurityTxt';

describe('buildSecurityTxt', () => {
  const now = new Date('2026-12-01T16:00:00.123Z');

  it('has the required fields and expires a year later', () => {
    const text = buildSecurityTxt({ siteUrl: 'https://example.nl/', contact: null, now });
    expect(text).toContain('Contact: https://example.nl/over/privacy#contact\n');
    expect(text).toContain('Expires: 2027-12-01T16:00:00Z\n');
    expect(text).toContain('Canonical: https://example.nl/.well-known/security.txt\n');
  });

  it('uses SECURITY_CONTACT when given', () => {
    const text = buildSecurityTxt({
      siteUrl: 'https://example.nl',
      contact: 'mailto:security@example.nl',
      now,
    });
    expect(text.startsWith('Contact: mailto:security@example.nl\n')).toBe(true);
  });
});
