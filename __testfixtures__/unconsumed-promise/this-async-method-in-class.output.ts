export class Draft {
  private text = '';

  async persist(): Promise<void> {
    localStorage.setItem('draft', this.text);
  }

  update(text: string) {
    this.text = text;
    void this.persist().catch((error) => console.error(error));
  }
}
