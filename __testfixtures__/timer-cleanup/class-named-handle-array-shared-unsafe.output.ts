import { MenuItem } from './menu-item';

// A subclass of another file's class names its new members after itself. Timers started in two
// event handlers share the one array the first fix declared, under that name.
export class SettingsItem extends MenuItem {
  private opacity = '0';
  private readonly settingsItemTimeoutIds: ReturnType<typeof setTimeout>[] = [];

  constructor(button: HTMLElement) {
    super();
    button.addEventListener('click', () => {
      this.settingsItemTimeoutIds.push(setTimeout(() => {
        this.opacity = '1';
      }, 0));
    });
    window.addEventListener('resize', () => {
      this.settingsItemTimeoutIds.push(setTimeout(() => this.update(), 0));
    });
  }

  update(): void {
    this.opacity = '0';
  }

  dispose(): void {
    this.opacity = '0';
    for (const timeoutId of this.settingsItemTimeoutIds.splice(0)) clearTimeout(timeoutId);
    super.dispose();
  }
}

// A class of its own keeps the plain name, shared the same way.
export class Tooltip {
  private shown = false;
  private readonly timeoutIds: ReturnType<typeof setTimeout>[] = [];

  constructor(private readonly el: HTMLElement) {
    el.addEventListener('mouseenter', this.onEnter);
    el.addEventListener('mouseleave', this.onLeave);
  }

  private readonly onEnter = () => {
    this.timeoutIds.push(setTimeout(() => (this.shown = true), 300));
  };

  private readonly onLeave = () => {
    this.timeoutIds.push(setTimeout(() => (this.shown = false), 300));
  };

  dispose(): void {
    this.el.removeEventListener('mouseenter', this.onEnter);
    this.el.removeEventListener('mouseleave', this.onLeave);
    for (const timeoutId of this.timeoutIds.splice(0)) clearTimeout(timeoutId);
  }
}
