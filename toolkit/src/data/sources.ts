/**
 * The five source documents of the BOT Kennisbank (the only place facts may
 * come from). Every content page names the sources it draws from with these
 * ids; the Bronnen page lists them all.
 *
 * To add a source: add its id to `SourceId`, an entry below, and a test
 * expectation in `__tests__/sources.test.ts`.
 */

/** Ids of the source documents: the number their file name starts with. */
export type SourceId = '000' | '001' | '002' | '003' | '004';

export interface Source {
  id: SourceId;
  /** Short Dutch title, as shown in every page's source list. */
  title: string;
  /** What kind of document it is (Dutch). */
  kind: string;
  /** Who published it, or `null` when the document does not say. */
  publisher: string | null;
  /** One or two Dutch sentences on what the document contains. */
  description: string;
}

export const sources: Record<SourceId, Source> = {
  '000': {
    id: '000',
    title: 'Persbericht: raad ontvangt implementatieplan 2021 van Back on Track',
    kind: 'Persbericht',
    publisher: 'Gemeente Zaanstad',
    description:
      'Het college stuurt de acties die voor 2021 gepland staan naar de gemeenteraad, met een citaat van burgemeester Jan Hamming.',
  },
  '001': {
    id: '001',
    title: 'Projectplan "BOT! Back on Track in 075"',
    kind: 'Projectplan',
    publisher: 'Gemeente Zaanstad (geschreven door adviesbureau NCOD THOP)',
    description:
      'Het volledige projectplan voor de BOTOC-aanvraag: huidige situatie, bevindingen uit 25 interviews, de vijf pijlers met doelen, interventies, doelgroepen, indicatoren en budgetten, de financiële tabel 2020–2022, de cofinanciering en een bijlage met bestaande initiatieven.',
  },
  '002': {
    id: '002',
    title: 'Infographic "Back on Track in 075 (2021)"',
    kind: 'Infographic',
    publisher: null,
    description:
      'De belangrijkste resultaten en acties van 2021 per projectpijler (vier pijlers in de indeling van dat jaar), de focusgebieden en de campagnecijfers, met een citaat van minister Grapperhaus.',
  },
  '003': {
    id: '003',
    title: 'Nieuwsbericht: Jeugd & Veiligheid Beverwijk en Heemskerk wordt structureel',
    kind: 'Nieuwsbericht',
    publisher: null,
    description:
      'Het programma Jeugd & Veiligheid van Beverwijk en Heemskerk wordt een structurele aanpak.',
  },
  '004': {
    id: '004',
    title: 'Webpagina "Plannen van aanpak ondermijning en jongeren"',
    kind: 'Webpagina',
    publisher: null,
    description:
      'Plannen van gemeenten die BOTOC- of "Preventie met Gezag"-subsidie kregen: Utrecht, Zaanstad, Arnhem, Rotterdam-Zuid, Groningen en Schiedam.',
  },
};

/** The sources in their numeric order. */
export const sourceIds: readonly SourceId[] = ['000', '001', '002', '003', '004'];
