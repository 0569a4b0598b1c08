/** The Dutch name of the site section a route belongs to, shown beside a search result. */
const sections: Record<string, string> = {
  aanpak: 'Aanpak',
  gemeenten: 'Gemeenten',
  toolkit: 'Toolkit',
  downloads: 'Downloads',
  nieuwsbrief: 'Nieuwsbrief',
  over: 'Over deze site',
};

export function sectionLabel(pathname: string): string {
  const first = pathname.split('/').find((segment) => segment !== '') ?? '';
  return sections[first] ?? 'Kennisbank';
}
