// A removal that repeats the target's call with the same function removes the listener when the
// call returns the same object (an element's root node while it stays in one tree): still
// reported, low, without the "another function" wording. The removal with another function
// stays a medium finding.
export class ShadowMenu extends HTMLElement {
  private onOutsideFocus = (): void => {
    this.removeAttribute('open');
  };

  show(): void {
    this.setAttribute('open', '');
    this.getRootNode().addEventListener('focusin', this.onOutsideFocus);
    this.getRootNode().addEventListener('pointerdown', this.onOutsideFocus);
  }

  hide(): void {
    this.removeAttribute('open');
    this.getRootNode().removeEventListener('focusin', this.onOutsideFocus);
    this.getRootNode().removeEventListener('pointerdown', () => this.onOutsideFocus());
  }
}
