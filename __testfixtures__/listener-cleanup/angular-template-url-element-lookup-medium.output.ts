import { Component, EventEmitter, OnInit, Output } from '@angular/core';

// The element is looked up by id and the template is in another file: it may be the component's
// own element (gone with its view), which this file cannot show: medium.
@Component({
  selector: 'app-captcha',
  templateUrl: './captcha.component.html',
})
export class CaptchaComponent implements OnInit {
  @Output() payload = new EventEmitter<string>();

  ngOnInit(): void {
    document.querySelector('#captcha-widget')!.addEventListener('statechange', (ev: any) => {
      this.payload.emit(ev.detail.payload);
    });
  }
}

// The real leak next to it: the template is inline and renders no such element.
@Component({
  selector: 'app-captcha-inline',
  template: '<p>captcha</p>',
})
export class InlineCaptchaComponent implements OnInit {
  @Output() payload = new EventEmitter<string>();

  ngOnInit(): void {
    document.querySelector('#captcha-widget')!.addEventListener('statechange', (ev: any) => {
      this.payload.emit(ev.detail.payload);
    });
  }
}
