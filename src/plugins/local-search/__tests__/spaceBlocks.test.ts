import { describe, expect, it } from 'vitest';
import { spaceBlocks } from '../spaceBlocks.mjs';

/** The text a reader of the markup gets: tags dropped, runs of space collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('spaceBlocks', () => {
  it('separates the words of touching table cells and list items', () => {
    const html =
      '<table><tr><th>Onderdeel</th><th>Totaal</th></tr><tr><td>Subtotaal</td><td>€ 38.650</td></tr></table>' +
      '<ul><li>regie op.</li><li>Voor wie</li></ul>';
    expect(text(html)).toBe('OnderdeelTotaalSubtotaal€ 38.650regie op.Voor wie');
    expect(text(spaceBlocks(html))).toBe('Onderdeel Totaal Subtotaal € 38.650 regie op. Voor wie');
  });

  it('leaves inline markup alone, so punctuation stays against its word', () => {
    const html = '<p>De <strong>straatcoaches</strong>, <a href="/x">zie hier</a>.</p>';
    expect(text(spaceBlocks(html))).toBe('De straatcoaches, zie hier.');
  });

  it('does not mistake tags that only start like a block tag', () => {
    expect(spaceBlocks('<picture><path d="M0"/></picture><tdx>')).toBe(
      '<picture><path d="M0"/></picture><tdx>',
    );
  });

  it('keeps attributes, including Pagefind markers, intact', () => {
    expect(spaceBlocks('<div data-pagefind-body class="a">x</div>')).toBe(
      ' <div data-pagefind-body class="a">x</div> ',
    );
  });
});
