/**
 * Where the email edition of a newsletter issue lives in the build. Shared by
 * the build plugin (which writes the files) and the issue page (which links to
 * them), so the two can never disagree. Pure: no Node or browser APIs.
 */

/** Folder under the site root that holds the email editions. */
export const EMAIL_EDITION_DIR = 'nieuwsbrief/email';

/** Paths (from the site root, without base URL) of an issue's email edition. */
export interface EmailEditionPaths {
  /** The slug: the last segment of its permalink. */
  slug: string;
  /** Standalone HTML email, e.g. `/nieuwsbrief/email/resultaten-2021.html`. */
  html: string;
  /** Plain-text version, e.g. `/nieuwsbrief/email/resultaten-2021.txt`. */
  text: string;
}

/**
 * The email edition paths for an issue, from its permalink
 * (`/nieuwsbrief/resultaten-2021` → `/nieuwsbrief/email/resultaten-2021.html`).
 */
export function emailEditionPaths(permalink: string): EmailEditionPaths {
  const slug = permalink.replace(/\/+$/, '').split('/').pop() ?? '';
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
    throw new Error(`Cannot derive an email edition file name from permalink "${permalink}"`);
  }
  return {
    slug,
    html: `/${EMAIL_EDITION_DIR}/${slug}.html`,
    text: `/${EMAIL_EDITION_DIR}/${slug}.txt`,
  };
}
