import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import path from 'node:path';
import checklistsPlugin from './src/plugins/checklists';
import localSearchPlugin from './src/plugins/local-search';
import mobileMenuPlugin from './src/plugins/mobile-menu';
import securityTxtPlugin from './src/plugins/security-txt';

/**
 * The public URL of the site. Feeds, the sitemap and the email editions need
 * absolute links, so set SITE_URL when you deploy elsewhere.
 */
const siteUrl = process.env.SITE_URL ?? 'https://kennisbank.bot075.nl';

/**
 * Search: Pagefind (local, nothing leaves the site) unless all three ALGOLIA_*
 * variables are set at build time; then the preset's Algolia DocSearch UI is
 * used instead. See README, "Search".
 */
const algolia =
  process.env.ALGOLIA_APP_ID && process.env.ALGOLIA_SEARCH_API_KEY && process.env.ALGOLIA_INDEX_NAME
    ? {
        appId: process.env.ALGOLIA_APP_ID,
        apiKey: process.env.ALGOLIA_SEARCH_API_KEY,
        indexName: process.env.ALGOLIA_INDEX_NAME,
        contextualSearch: false,
        insights: false,
        searchPagePath: false as const,
        translations: {
          button: { buttonText: 'Zoeken', buttonAriaLabel: 'Zoeken in de kennisbank' },
        },
      }
    : undefined;

const config = {
  title: 'BOT Kennisbank',
  tagline:
    'Back on Track in 075: de Zaanse aanpak van ondermijnende jeugdcriminaliteit, met plannen van andere gemeenten en rekenhulpen voor uw eigen aanpak.',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl: '/',
  trailingSlash: false,

  future: {
    v4: true,
    faster: true,
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  i18n: {
    defaultLocale: 'nl',
    locales: ['nl'],
    localeConfigs: {
      nl: { label: 'Nederlands', htmlLang: 'nl-NL' },
    },
  },

  markdown: {
    format: 'detect',
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  // Newsletter subscription (issues #5 and #8): the subscribe form posts to
  // NEWSLETTER_FORM_ACTION (also the CSP's form-action); without it the block
  // offers the feeds and an address.
  customFields: {
    newsletter: {
      formAction: process.env.NEWSLETTER_FORM_ACTION ?? null,
      emailFieldName: process.env.NEWSLETTER_EMAIL_FIELD ?? 'email',
    },
  },

  // Peer plans: validation and open data (#4). Newsletter: email edition of every
  // issue (#5). Checklists: data files and their links (#7). security.txt (#8).
  // Local search (#8) unless Algolia is configured.
  plugins: [
    './src/plugins/peer-plans/index.ts',
    './src/plugins/newsletter/index.ts',
    checklistsPlugin,
    securityTxtPlugin,
    mobileMenuPlugin,
    ...(algolia ? [] : [localSearchPlugin]),
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: false,
        },
        blog: {
          routeBasePath: 'nieuwsbrief',
          path: 'blog',
          blogTitle: 'Nieuwsbrief BOT in 075',
          blogDescription:
            'De periodieke nieuwsbrief over de Zaanse aanpak Back on Track in 075 en de regionale aanpak van jeugdcriminaliteit.',
          blogSidebarTitle: 'Recente nummers',
          blogSidebarCount: 10,
          postsPerPage: 10,
          showReadingTime: true,
          onInlineAuthors: 'throw',
          onInlineTags: 'throw',
          tags: 'tags.yml',
          onUntruncatedBlogPosts: 'throw',
          archiveBasePath: 'archief',
          tagsBasePath: 'onderwerpen',
          authorsBasePath: 'auteurs',
          // Newsletter feeds (issue #5): RSS, Atom and JSON Feed with every issue in
          // full. The XSLT files in static/nieuwsbrief/ make RSS and Atom readable
          // in a browser; the blog plugin links all three from every page's <head>.
          feedOptions: {
            type: 'all',
            limit: false,
            title: 'Nieuwsbrief BOT in 075',
            description: 'De periodieke nieuwsbrief over de Zaanse aanpak Back on Track in 075.',
            language: 'nl',
            copyright: `Gemeente Zaanstad, ${new Date().getFullYear()}`,
            xslt: {
              rss: path.resolve(__dirname, 'static/nieuwsbrief/rss.xsl'),
              atom: path.resolve(__dirname, 'static/nieuwsbrief/atom.xsl'),
            },
          },
        },
        theme: {
          customCss: ['./src/css/custom.css', './src/css/print.css'],
        },
        sitemap: {
          changefreq: null,
          priority: null,
          lastmod: null,
        },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    ...(algolia ? { algolia } : {}),
    metadata: [
      {
        name: 'description',
        content: 'Kennisbank en toolkit van Back on Track in 075 (Zaanstad).',
      },
    ],
    colorMode: {
      defaultMode: 'light',
      respectPrefersColorScheme: true,
    },
    navbar: {
      title: 'BOT Kennisbank',
      logo: {
        alt: 'BOT Kennisbank, naar de startpagina',
        src: 'img/logo.svg',
      },
      items: [
        { type: 'docSidebar', sidebarId: 'aanpak', label: 'Aanpak', position: 'left' },
        { type: 'docSidebar', sidebarId: 'gemeenten', label: 'Gemeenten', position: 'left' },
        { to: '/nieuwsbrief', label: 'Nieuwsbrief', position: 'left' },
        { type: 'docSidebar', sidebarId: 'toolkit', label: 'Toolkit', position: 'left' },
        { type: 'doc', docId: 'downloads/index', label: 'Downloads', position: 'left' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Kennisbank',
          items: [
            { label: 'Aanpak', to: '/aanpak' },
            { label: 'Gemeenten', to: '/gemeenten' },
            { label: 'Nieuwsbrief', to: '/nieuwsbrief' },
            { label: 'Toolkit', to: '/toolkit' },
            { label: 'Downloads', to: '/downloads' },
          ],
        },
        {
          title: 'Over deze site',
          items: [
            { label: 'Toegankelijkheid', to: '/over/toegankelijkheid' },
            { label: 'Privacy', to: '/over/privacy' },
            { label: 'Bronnen', to: '/over/bronnen' },
          ],
        },
      ],
      copyright: `Back on Track in 075 · gemeente Zaanstad. Inhoud gebaseerd op openbare bronnen; zie Bronnen.`,
    },
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
    },
    docs: {
      sidebar: { hideable: false },
    },
    tableOfContents: {
      minHeadingLevel: 2,
      maxHeadingLevel: 3,
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
