// Docusaurus minifies its HTML, so table cells, list items and other blocks
// touch (`<td>Onderdeel</td><td>Totaal</td>`). Pagefind joins the text of
// touching elements, which glues words together in search excerpts
// ("OnderdeelTotaal2020€ 38.650"). Spaces around block elements fix that.
// Only the copy Pagefind reads is changed, never the served page.

const blockTags = [
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'button',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'label',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
].join('|');
const blockOpening = new RegExp(`<(?:${blockTags})(?=[\\s/>])`, 'gi');
const blockClosing = new RegExp(`</(?:${blockTags})\\s*>`, 'gi');

/**
 * Puts a space before every opening and after every closing block-level tag.
 * @param {string} html
 * @returns {string}
 */
export function spaceBlocks(html) {
  return html.replace(blockOpening, ' $&').replace(blockClosing, '$& ');
}
