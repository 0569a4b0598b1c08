import type { ReactNode } from 'react';
import styles from './styles.module.css';

/** Where people can ask for the newsletter when no form endpoint is configured. */
export const NEWSLETTER_CONTACT = {
  /** From the project plan's colophon: gemeente Zaanstad, afdeling Communicatie (bron 001). */
  email: 'antwoord@zaanstad.nl',
  organisation: 'gemeente Zaanstad, afdeling Communicatie',
  subject: 'Aanmelden Nieuwsbrief BOT in 075',
} as const;

export interface SubscribeBlockProps {
  /** The mailing-list provider's endpoint; null shows the feeds-and-address variant. */
  formAction: string | null;
  /** Name of the email field the provider expects. */
  emailFieldName: string;
  /** URLs of the feeds (with base URL). */
  feeds: { rss: string; atom: string; json: string };
  /** URLs of the archive and the topics overview (with base URL). */
  archiveUrl: string;
  topicsUrl: string;
  privacyUrl: string;
}

/**
 * The subscribe block shown on every newsletter page. Pure view: the wrapper in
 * index.tsx reads the site config. With a form endpoint it is a plain HTML form
 * (no script, nothing loaded from the provider until someone submits it);
 * without one it offers the feeds and an address to ask for the newsletter.
 */
export function SubscribeBlock({
  formAction,
  emailFieldName,
  feeds,
  archiveUrl,
  topicsUrl,
  privacyUrl,
}: SubscribeBlockProps): ReactNode {
  const mailto = `mailto:${NEWSLETTER_CONTACT.email}?subject=${encodeURIComponent(
    NEWSLETTER_CONTACT.subject,
  )}`;
  return (
    <section className={styles.block} aria-labelledby="nieuwsbrief-aanmelden">
      <h2 id="nieuwsbrief-aanmelden" className={styles.title}>
        Nieuwsbrief ontvangen
      </h2>
      {formAction ? (
        <form
          className={styles.form}
          action={formAction}
          method="post"
          data-testid="newsletter-form"
        >
          <label htmlFor="nieuwsbrief-email" className={styles.label}>
            Uw e-mailadres
          </label>
          <p id="nieuwsbrief-email-uitleg" className={styles.hint}>
            Bijvoorbeeld naam@gemeente.nl. Met dit formulier stuurt u uw e-mailadres naar de
            nieuwsbriefdienst van de gemeente; deze site bewaart het niet. Zie{' '}
            <a href={privacyUrl}>privacy</a>.
          </p>
          <div className={styles.row}>
            <input
              id="nieuwsbrief-email"
              className={styles.input}
              type="email"
              name={emailFieldName}
              autoComplete="email"
              required
              aria-describedby="nieuwsbrief-email-uitleg"
            />
            <button type="submit" className="button button--primary">
              Aanmelden
            </button>
          </div>
        </form>
      ) : (
        <p data-testid="newsletter-contact">
          Wilt u de nieuwsbrief per e-mail ontvangen? Vraag erom bij de{' '}
          {NEWSLETTER_CONTACT.organisation}: <a href={mailto}>{NEWSLETTER_CONTACT.email}</a>.
        </p>
      )}
      <p className={styles.feedsIntro}>Of volg nieuwe nummers in uw feedlezer:</p>
      <ul className={styles.feeds}>
        <li>
          <a href={feeds.rss} type="application/rss+xml">
            RSS-feed
          </a>
        </li>
        <li>
          <a href={feeds.atom} type="application/atom+xml">
            Atom-feed
          </a>
        </li>
        <li>
          <a href={feeds.json} type="application/feed+json">
            JSON Feed
          </a>
        </li>
      </ul>
      <p className={styles.more}>
        Alle nummers per jaar staan in het <a href={archiveUrl}>archief</a>; per pijler en gemeente
        bij de <a href={topicsUrl}>onderwerpen</a>.
      </p>
    </section>
  );
}
