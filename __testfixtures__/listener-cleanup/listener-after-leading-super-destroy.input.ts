import { Widget } from './widget';

// A `super.destroy()` that comes first is the base's teardown the class runs before its own:
// the removal goes at the end, after the class's own statements.
export class ResizeLabel extends Widget {
  private cache = new Map<string, number>();

  private readonly onResize = () => {
    this.cache.set('width', window.innerWidth);
  };

  mount(): void {
    window.addEventListener('resize', this.onResize);
  }

  destroy(): void {
    super.destroy();
    this.cache.clear();
  }
}
