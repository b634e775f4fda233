import { Component, ElementRef, inject, type OnDestroy, type OnInit } from '@angular/core';

// Each input's listener is removed in ngOnDestroy, through the array the inputs were collected in.
@Component({ selector: 'app-item-list', template: '<input /><button type="button">Go</button>' })
export class ItemListComponent implements OnInit, OnDestroy {
  private readonly host = inject(ElementRef<HTMLElement>);
  private readonly processedInputs: HTMLInputElement[] = [];
  private readonly processedButtons: HTMLButtonElement[] = [];
  private readonly removeListeners: (() => void)[] = [];

  ngOnInit(): void {
    for (const input of this.host.nativeElement.querySelectorAll('input')) {
      input.addEventListener('change', this.onChange);
      this.processedInputs.push(input);
    }
    for (const button of this.host.nativeElement.querySelectorAll('button')) {
      // Still a finding: ngOnDestroy removes another handler from the buttons.
      button.addEventListener('click', this.onClick);
      this.removeListeners.push(() => button.removeEventListener('click', this.onClick));
      this.processedButtons.push(button);
    }
  }

  ngOnDestroy(): void {
    for (const item of this.processedInputs) {
      item.removeEventListener('change', this.onChange);
    }
    this.processedButtons.forEach((item) => item.removeEventListener('click', this.onChange));
    for (const removeListener of this.removeListeners.splice(0)) removeListener();
  }

  private readonly onChange = (event: Event): void => console.log('change', event.type);
  private readonly onClick = (event: Event): void => console.log('click', event.type);
}
