import { FocusMonitor } from '@angular/cdk/a11y';
import { AutofillMonitor } from '@angular/cdk/text-field';
import { Directive, ElementRef, inject, OnDestroy } from '@angular/core';
import { map } from 'rxjs';

// The CDK completes what `monitor(el)` returned when `stopMonitoring(el)` is called: the
// subscriptions end in ngOnDestroy, no finding.
@Directive({ selector: '[appTrackedInput]' })
export class TrackedInputDirective implements OnDestroy {
  private readonly autofill = inject(AutofillMonitor);
  focused = false;
  filled = false;

  constructor(private readonly host: ElementRef<HTMLInputElement>, private readonly focus: FocusMonitor) {
    focus.monitor(this.host.nativeElement, true).subscribe((origin: string | null) => (this.focused = !!origin));
    this.autofill
      .monitor(this.host.nativeElement)
      .pipe(map((event) => event.isAutofilled))
      .subscribe((filled) => (this.filled = filled));
  }

  ngOnDestroy(): void {
    this.focus.stopMonitoring(this.host.nativeElement);
    this.autofill.stopMonitoring(this.host.nativeElement);
  }
}
