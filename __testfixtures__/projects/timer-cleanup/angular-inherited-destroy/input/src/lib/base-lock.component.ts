export class BaseLockComponent {
  protected locked = true;

  ngOnDestroy() {
    this.locked = false;
  }
}
