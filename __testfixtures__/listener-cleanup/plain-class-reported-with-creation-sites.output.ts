export class ThemeWatcher {
  private dark = false;

  constructor(private readonly query: MediaQueryList) {
    query.addEventListener('change', this.onChange);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  private readonly onChange = (event: MediaQueryListEvent) => {
    this.dark = event.matches;
  };

  private readonly onVisibilityChange = () => {
    this.dark = this.query.matches;
  };
}
