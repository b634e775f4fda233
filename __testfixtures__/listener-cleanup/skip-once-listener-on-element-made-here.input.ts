// A class with no lifecycle whose methods make an element, listen to it once and hand it to the
// page: the listener fires or goes with the element (LEAKS.md: `load` of an element created in scope).
export class AssetLoader {
  private loaded = 0;

  addScript(url: string): Promise<HTMLScriptElement> {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.addEventListener('error', () => reject(new Error(`Could not load ${url}`)), { once: true });
      script.addEventListener(
        'load',
        () => {
          this.loaded++;
          resolve(script);
        },
        { once: true },
      );
      script.src = url;
      document.head.append(script);
    });
  }

  addStyle(url?: string, content = ''): Promise<HTMLElement> {
    return new Promise((resolve, reject) => {
      let element: HTMLStyleElement | HTMLLinkElement;
      if (!url) {
        element = document.createElement('style');
        element.textContent = content;
      } else {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = url;
        element = link;
      }
      element.addEventListener('load', () => resolve(element), { once: true });
      element.addEventListener('error', () => reject(new Error('Could not load style')), { once: true });
      document.head.append(element);
    });
  }

  flash(x: number, y: number): void {
    const highlight = document.createElement('div');
    highlight.style.left = `${x}px`;
    highlight.style.top = `${y}px`;
    highlight.addEventListener('animationend', () => highlight.remove(), { once: true });
    document.body.append(highlight);
  }
}
