import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import checklistsPlugin from './src/plugins/checklists';

/**
 * The public URL of the site. Feeds, the sitemap and the email editions need
 * absolute links, so set SITE_URL when you deploy elsewhere.
 */
const siteUrl = process.env.SITE_URL ?? 'https://kennisbank.bot075.nl';

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

  // Validates the checklist data files and their links (issue 7).
  plugins: [checklistsPlugin],

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
          onUntruncatedBlogPosts: 'throw',
          feedOptions: {
            type: 'all',
            title: 'Nieuwsbrief BOT in 075',
            description: 'De periodieke nieuwsbrief over de Zaanse aanpak Back on Track in 075.',
            language: 'nl',
            copyright: `Gemeente Zaanstad, ${new Date().getFullYear()}`,
          },
        },
        theme: {
          customCss: './src/css/custom.css',
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
