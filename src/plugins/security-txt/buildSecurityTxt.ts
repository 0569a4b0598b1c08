export interface SecurityTxtInput {
  /** The site's public URL, without trailing slash. */
  siteUrl: string;
  /** A `mailto:` or `https:` address for reports; the privacy page when unset. */
  contact: string | null;
  /** When the file is written; it expires a year later, as RFC 9116 asks. */
  now: Date;
}

/** The text of `/.well-known/security.txt` (RFC 9116). */
export function buildSecurityTxt({ siteUrl, contact, now }: SecurityTxtInput): string {
  const expires = new Date(now);
  expires.setUTCFullYear(expires.getUTCFullYear() + 1);
  const base = siteUrl.replace(/\/$/, '');
  return [
    `Contact: ${contact ?? `${base}/over/privacy#contact`}`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    'Preferred-Languages: nl, en',
    `Canonical: ${base}/.well-known/security.txt`,
    `Policy: ${base}/over/privacy#contact`,
    '',
  ].join('\n');
}
