import type { ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { SubscribeBlock } from './SubscribeBlock';

/** `customFields.newsletter` in docusaurus.config.ts (shared with issue #8's CSP). */
interface NewsletterConfig {
  formAction: string | null;
  emailFieldName: string;
}

function readNewsletterConfig(customFields: Record<string, unknown> | undefined): NewsletterConfig {
  const value = (customFields?.newsletter ?? {}) as Partial<NewsletterConfig>;
  return {
    formAction: typeof value.formAction === 'string' && value.formAction ? value.formAction : null,
    emailFieldName:
      typeof value.emailFieldName === 'string' && value.emailFieldName
        ? value.emailFieldName
        : 'email',
  };
}

/** The subscribe block, configured from the site config (see README, "Nieuwsbrief"). */
export default function NewsletterSubscribe(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const { formAction, emailFieldName } = readNewsletterConfig(siteConfig.customFields);
  return (
    <SubscribeBlock
      formAction={formAction}
      emailFieldName={emailFieldName}
      feeds={{
        rss: useBaseUrl('/nieuwsbrief/rss.xml'),
        atom: useBaseUrl('/nieuwsbrief/atom.xml'),
        json: useBaseUrl('/nieuwsbrief/feed.json'),
      }}
      archiveUrl={useBaseUrl('/nieuwsbrief/archief')}
      topicsUrl={useBaseUrl('/nieuwsbrief/onderwerpen')}
      privacyUrl={useBaseUrl('/over/privacy')}
    />
  );
}
