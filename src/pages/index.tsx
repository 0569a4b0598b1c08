import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import HomeSections from '@site/src/components/HomeSections';
import styles from './index.module.css';

export default function Home(): ReactNode {
  return (
    <Layout
      title="Kennisbank en toolkit"
      description="Leer van Back on Track in 075, de Zaanse aanpak van ondermijnende jeugdcriminaliteit, en van plannen van andere gemeenten."
    >
      <main data-pagefind-body data-pagefind-meta="type:Startpagina">
        <header className={styles.hero}>
          <div className="container">
            <Heading as="h1" className={styles.title}>
              BOT Kennisbank
            </Heading>
            <p className={styles.lead}>
              Back on Track in 075 (BOT) is de aanpak van de gemeente Zaanstad om te voorkomen dat
              jongeren op jonge leeftijd in de ondermijnende criminaliteit terechtkomen. Hier leest
              u hoe die aanpak werkt, wat andere gemeenten doen, en rekent u uw eigen plan door.
            </p>
            <div className={styles.actions}>
              <Link className="button button--primary button--lg" to="/aanpak">
                Bekijk de aanpak
              </Link>{' '}
              <Link className="button button--secondary button--lg" to="/toolkit">
                Naar de toolkit
              </Link>
            </div>
          </div>
        </header>
        <HomeSections />
      </main>
    </Layout>
  );
}
