import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import styles from './styles.module.css';

interface Section {
  title: string;
  to: string;
  description: string;
}

/** What the site offers, one card per section of the navigation. */
const sections: Section[] = [
  {
    title: 'Aanpak',
    to: '/aanpak',
    description:
      'De vijf pijlers van Back on Track in 075: doelen, interventies, doelgroepen, indicatoren en budget.',
  },
  {
    title: 'Gemeenten',
    to: '/gemeenten',
    description:
      'Plannen van andere gemeenten met BOTOC- of Preventie met Gezag-subsidie, naast elkaar gezet.',
  },
  {
    title: 'Nieuwsbrief',
    to: '/nieuwsbrief',
    description: 'Periodieke nummers over de Zaanse aanpak en regionale updates, ook als feed.',
  },
  {
    title: 'Toolkit',
    to: '/toolkit',
    description:
      'Rekenhulpen en checklists voor uw eigen plan: begroting, cofinanciering en criteria.',
  },
  {
    title: 'Downloads',
    to: '/downloads',
    description: 'Sjablonen en open data om zelf mee verder te werken.',
  },
];

export default function HomeSections(): ReactNode {
  return (
    <section className="container margin-vert--lg" aria-labelledby="home-sections-title">
      <Heading as="h2" id="home-sections-title">
        Wat u hier vindt
      </Heading>
      <ul className={styles.grid}>
        {sections.map((section) => (
          <li key={section.to} className={styles.card}>
            <Heading as="h3" className={styles.cardTitle}>
              <Link to={section.to}>{section.title}</Link>
            </Heading>
            <p>{section.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
