import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { load } from 'cheerio';
import { NEWSLETTER_CONTACT, SubscribeBlock, type SubscribeBlockProps } from '../SubscribeBlock';

const base: Omit<SubscribeBlockProps, 'formAction' | 'emailFieldName'> = {
  feeds: {
    rss: '/nieuwsbrief/rss.xml',
    atom: '/nieuwsbrief/atom.xml',
    json: '/nieuwsbrief/feed.json',
  },
  archiveUrl: '/nieuwsbrief/archief',
  topicsUrl: '/nieuwsbrief/onderwerpen',
  privacyUrl: '/over/privacy',
};

function render(props: Pick<SubscribeBlockProps, 'formAction' | 'emailFieldName'>) {
  return load(renderToStaticMarkup(<SubscribeBlock {...base} {...props} />));
}

describe('SubscribeBlock', () => {
  it('with a form endpoint: a plain form that posts the email field there', () => {
    const $ = render({ formAction: 'https://lijst.example.nl/aanmelden', emailFieldName: 'EMAIL' });
    const form = $('form');
    expect(form.attr('action')).toBe('https://lijst.example.nl/aanmelden');
    expect(form.attr('method')).toBe('post');
    const input = form.find('input[type="email"]');
    expect(input.attr('name')).toBe('EMAIL');
    expect(input.attr('required')).toBeDefined();
    expect($(`label[for="${input.attr('id')}"]`).text()).toBe('Uw e-mailadres');
    expect($(`#${input.attr('aria-describedby')}`).text()).toContain('privacy');
    expect($('script')).toHaveLength(0);
    expect($('[data-testid="newsletter-contact"]')).toHaveLength(0);
  });

  it('without a form endpoint: no form, but the address and the feeds', () => {
    const $ = render({ formAction: null, emailFieldName: 'email' });
    expect($('form')).toHaveLength(0);
    expect($(`a[href^="mailto:${NEWSLETTER_CONTACT.email}"]`).text()).toBe(
      NEWSLETTER_CONTACT.email,
    );
  });

  it('offers the three feeds in both modes', () => {
    for (const formAction of [null, 'https://lijst.example.nl/aanmelden']) {
      const $ = render({ formAction, emailFieldName: 'email' });
      const hrefs = $('a')
        .map((_, el) => $(el).attr('href'))
        .get();
      expect(hrefs).toEqual(
        expect.arrayContaining([
          '/nieuwsbrief/rss.xml',
          '/nieuwsbrief/atom.xml',
          '/nieuwsbrief/feed.json',
          '/nieuwsbrief/archief',
        ]),
      );
    }
  });
});
