// The one instance is made while the module loads; its constructor calls a private method that
// watches the page: set up once per page, so no finding.
class MeetingWatcher {
  private found = false;

  constructor() {
    this.watch();
  }

  private watch(): void {
    window.addEventListener('DOMContentLoaded', () => {
      this.found = document.querySelector('iframe') !== null;
    });
  }

  dispose(): void {
    this.found = false;
  }
}

export const meetingWatcher = new MeetingWatcher();

// Made on every call of openPanel(): each instance's private set-up adds a listener nothing removes.
class PanelWatcher {
  private width = 0;

  constructor() {
    this.watch();
  }

  private watch(): void {
    window.addEventListener('resize', () => {
      this.width = window.innerWidth;
    });
  }

  dispose(): void {
    this.width = 0;
  }
}

export function openPanel(): PanelWatcher {
  return new PanelWatcher();
}
