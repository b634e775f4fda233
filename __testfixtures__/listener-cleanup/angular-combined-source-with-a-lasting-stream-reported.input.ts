import { AfterViewInit, Component, EventEmitter, Injectable, Output, ViewChild } from '@angular/core';
import { FormControl } from '@angular/forms';
import { BehaviorSubject, combineLatest, merge } from 'rxjs';
import { tap } from 'rxjs/operators';

@Injectable({ providedIn: 'root' })
export class UnitsService {
  readonly unit$ = new BehaviorSubject<string>('m');
}

@Component({ selector: 'app-ruler', template: '' })
export class RulerComponent {
  @Output() moved = new EventEmitter<number>();
}

// One source outlives the component (a root service's stream): the combination's subscription
// is held by it, so each stays a finding.
@Component({ selector: 'app-canvas', template: '<app-ruler />' })
export class CanvasComponent implements AfterViewInit {
  @ViewChild(RulerComponent) ruler!: RulerComponent;
  scale = new FormControl(1);
  label = '';

  constructor(private units: UnitsService) {}

  ngAfterViewInit(): void {
    merge(this.ruler.moved, this.units.unit$)
      .pipe(tap(() => this.repaint()))
      .subscribe();
    combineLatest([this.scale.valueChanges, this.units.unit$]).subscribe(([scale, unit]: [number | null, string]) => {
      this.label = `${scale} ${unit}`;
    });
  }

  repaint(): void {
    this.label = '';
  }
}
