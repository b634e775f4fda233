export class BaseFormComponent {
  protected submitted = false;

  submit() {
    this.submitted = true;
  }
}
