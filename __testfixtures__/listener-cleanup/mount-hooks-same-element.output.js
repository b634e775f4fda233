// A view library's mount hooks (and Vue directive hooks) are handed the same element.
export function dropdown(t, close) {
  const documentEvents = {
    click: () => close(),
    keydown: (e) => e.key === 'Escape' && close(),
  };
  return t.div({
    className: 'dropdown',
    onmount: (el) => {
      el._updatePosition = () => el.scrollIntoView({ block: 'nearest' });
      window.addEventListener('resize', el._updatePosition);
      for (let event in documentEvents) {
        document.addEventListener(event, documentEvents[event]);
      }
    },
    onunmount: (el) => {
      window.removeEventListener('resize', el._updatePosition);
      for (let event in documentEvents) {
        document.removeEventListener(event, documentEvents[event]);
      }
    },
  });
}

export const vAutoFocus = {
  mounted(el) {
    el._onFocusIn = () => el.classList.add('focused');
    window.addEventListener('focusin', el._onFocusIn);
    // Still a finding: nothing removes this one.
    window.addEventListener('focusout', el._onFocusOut);
  },
  unmounted(el) {
    window.removeEventListener('focusin', el._onFocusIn);
  },
};
