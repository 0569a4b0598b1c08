import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

// theme-classic's phone menu opens over the page but leaves focus behind it:
// on the menu button, which the menu covers, and Tab walks on into the page.
// This module treats the open menu as a modal: focus moves in, Tab stays in,
// Escape closes it, and closing returns focus to the menu button.

const openClass = 'navbar-sidebar--show';
const focusable =
  'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

function menuIsOpen(): boolean {
  return document.querySelector(`.${openClass}`) !== null;
}

function menuButton(): HTMLButtonElement | null {
  return document.querySelector<HTMLButtonElement>('.navbar__toggle');
}

/** The controls a visitor can reach in the open menu: visible and not in the panel slid aside. */
function menuControls(): HTMLElement[] {
  const sidebar = document.querySelector<HTMLElement>('.navbar-sidebar');
  if (sidebar === null) return [];
  const bounds = sidebar.getBoundingClientRect();
  return Array.from(sidebar.querySelectorAll<HTMLElement>(focusable)).filter((element) => {
    const box = element.getBoundingClientRect();
    const visible =
      box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    return visible && box.left < bounds.right && box.right > bounds.left;
  });
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || !menuIsOpen()) return;
  if (event.key === 'Escape') {
    event.preventDefault();
    // The menu's own close button, so the theme's state stays right.
    document.querySelector<HTMLButtonElement>('.navbar-sidebar__close')?.click();
    return;
  }
  if (event.key !== 'Tab') return;
  const controls = menuControls();
  if (controls.length === 0) return;
  const first = controls[0]!;
  const last = controls[controls.length - 1]!;
  const current = document.activeElement;
  const inside = current instanceof HTMLElement && controls.includes(current);
  if (!inside || (event.shiftKey && current === first) || (!event.shiftKey && current === last)) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}

/**
 * The menu renders its items and fades in over a few frames; until then its
 * controls are hidden and cannot take focus. Tries each frame, for up to a second.
 */
function focusMenuWhenShown(framesLeft = 60): void {
  if (!menuIsOpen()) return;
  const first = menuControls()[0];
  if (first) {
    first.focus();
    if (document.activeElement === first) return;
  }
  if (framesLeft > 0) requestAnimationFrame(() => focusMenuWhenShown(framesLeft - 1));
}

function watchMenu(): void {
  let wasOpen = menuIsOpen();
  new MutationObserver(() => {
    const isOpen = menuIsOpen();
    if (isOpen === wasOpen) return;
    wasOpen = isOpen;
    if (isOpen) {
      focusMenuWhenShown();
    } else {
      const active = document.activeElement;
      const lostFocus = active === null || active === document.body;
      const inMenu = active instanceof HTMLElement && active.closest('.navbar-sidebar') !== null;
      if (lostFocus || inMenu) menuButton()?.focus();
    }
  }).observe(document.body, { attributes: true, attributeFilter: ['class'], subtree: true });
}

if (ExecutionEnvironment.canUseDOM) {
  document.addEventListener('keydown', onKeyDown);
  watchMenu();
}
