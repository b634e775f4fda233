import { FocusMonitor } from '@angular/cdk/a11y';
import { Directive, ElementRef, OnDestroy } from '@angular/core';
import { WatchService } from './watch.service';

// Still findings: the monitor stops watching another element than the one it monitors, and a
// service that merely has a method named `monitor` (no CDK contract behind its stopMonitoring).
@Directive({ selector: '[appFocusPair]' })
export class FocusPairDirective implements OnDestroy {
  focused = false;

  constructor(
    private readonly host: ElementRef<HTMLElement>,
    private readonly label: ElementRef<HTMLLabelElement>,
    private readonly focus: FocusMonitor,
    private readonly watch: WatchService,
  ) {
    this.focus.monitor(this.host.nativeElement).subscribe((origin: string | null) => (this.focused = !!origin));
    this.watch.monitor(this.host.nativeElement).subscribe(() => (this.focused = true));
  }

  ngOnDestroy(): void {
    this.focus.stopMonitoring(this.label.nativeElement);
    this.watch.stopMonitoring(this.host.nativeElement);
  }
}
