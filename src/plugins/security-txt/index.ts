import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { buildSecurityTxt } from './buildSecurityTxt';

/**
 * Writes `/.well-known/security.txt` into the build. Set SECURITY_CONTACT
 * (`mailto:…` or `https://…`) to the publisher's address for security reports.
 */
export default function securityTxtPlugin(context: LoadContext): Plugin {
  return {
    name: 'security-txt',
    postBuild({ outDir }) {
      const dir = path.join(outDir, '.well-known');
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        path.join(dir, 'security.txt'),
        buildSecurityTxt({
          siteUrl: context.siteConfig.url,
          contact: process.env.SECURITY_CONTACT || null,
          now: new Date(),
        }),
      );
      return Promise.resolve();
    },
  };
}
