// `abstract` on a member of a class that is not abstract is an error only TypeScript's checker
// reports (silenced here, as subclasses declare the member): the file parses and is fixed.
export class BlocklistTable {
  // @ts-expect-error: "Abstract methods can only appear within an abstract class"
  abstract mode: 'account' | 'server';

  private width = 0;

  private readonly onResize = () => {
    this.width = window.innerWidth;
  };

  start(): void {
    window.addEventListener('resize', this.onResize);
  }

  dispose(): void {
    this.width = 0;
    window.removeEventListener('resize', this.onResize);
  }
}
