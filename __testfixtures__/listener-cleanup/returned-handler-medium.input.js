// Each button's body listener is handed back with the button: the caller's cleanup removes them.
export function renderButtons(buttons, modal) {
  const rows = buttons.map((button) => {
    const onBodyClick = (event) => {
      if (!button.contains(event.target)) modal.hide();
    };
    document.body.addEventListener('click', onBodyClick);
    return [button, onBodyClick];
  });
  return () => {
    for (const [, onBodyClick] of rows) document.body.removeEventListener('click', onBodyClick);
  };
}

// The real leak next to it: the handler is kept nowhere, so nothing can remove it.
export function renderLinks(links, modal) {
  links.forEach((link) => {
    const onBodyClick = (event) => {
      if (!link.contains(event.target)) modal.hide();
    };
    document.body.addEventListener('click', onBodyClick);
  });
}
