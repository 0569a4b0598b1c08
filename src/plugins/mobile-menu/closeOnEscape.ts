import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

// Escape closes the open mobile menu with the menu's own close button (so the
// theme's state stays right) and puts focus back on the button that opened it.
if (ExecutionEnvironment.canUseDOM) {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (document.querySelector('.navbar-sidebar--show') === null) return;
    const close = document.querySelector<HTMLButtonElement>('.navbar-sidebar__close');
    if (close === null) return;
    event.preventDefault();
    close.click();
    document.querySelector<HTMLButtonElement>('.navbar__toggle')?.focus();
  });
}
