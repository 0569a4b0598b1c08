/**
 * Quotes about BOT, exactly as the sources print them, with who said them
 * and where. Only text the source marks as a quote belongs here.
 */
import type { SourceId } from '../sources';

export interface Quote {
  key: string;
  /** The quoted text, one string per paragraph, exactly as in the source. */
  paragraphs: string[];
  /** Name and role as the source gives them. */
  speaker: string;
  role: string;
  /** The document the quote comes from. */
  source: SourceId;
  /** When or where it was said, as far as the source tells. */
  context: string;
}

export const zaanstadQuotes: readonly Quote[] = [
  {
    key: 'hamming',
    paragraphs: [
      'Alle kinderen zouden gelijke kansen moeten hebben om hun dromen waar te maken en daarom komen we in actie.',
      'In Zaanstad werken de meeste kinderen en jongeren dagelijks keihard aan een mooie toekomst. Voor sommigen van hen is dit erg moeilijk. Ze groeien op onder lastige omstandigheden of in een omgeving waar de criminaliteit een aantrekkelijk alternatief lijkt te bieden. Wij vinden het heel belangrijk om juist deze jongeren kansen te bieden om hun dromen waar te maken. Daarom ben ik ook heel blij met dit plan en de extra inzet die we, samen met onze partners, willen leveren voor onze jeugd.',
    ],
    speaker: 'Jan Hamming',
    role: 'burgemeester van Zaanstad',
    source: '000',
    context: 'in het persbericht over het implementatieplan 2021',
  },
  {
    key: 'grapperhaus',
    paragraphs: [
      'Wat ik goed vind aan de Zaanse aanpak is het beginnen op jonge leeftijd. Juist dan kunnen we kinderen handvatten bieden om de juiste keuzes te maken. Preventie begint niet op 16-jarige leeftijd, maar veel eerder, namelijk in de laatste jaren van de basisschool.',
    ],
    speaker: 'Grapperhaus',
    role: 'minister',
    source: '002',
    context: 'in de infographic over 2021',
  },
];
