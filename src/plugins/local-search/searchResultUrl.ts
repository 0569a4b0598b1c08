/**
 * Turns the URL Pagefind stored for a page (`/aanpak/introductie.html`,
 * `/nieuwsbrief/x/index.html`) into the site's route (`/aanpak/introductie`),
 * since the site is built with `trailingSlash: false`.
 */
export function searchResultUrl(url: string): string {
  const [pathAndQuery = '', hash] = url.split('#');
  let route = pathAndQuery.replace(/\/index\.html$/, '/').replace(/\.html$/, '');
  if (route.length > 1 && route.endsWith('/')) route = route.slice(0, -1);
  return hash === undefined ? route : `${route}#${hash}`;
}
