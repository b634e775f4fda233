import { AfterViewInit, Component, EventEmitter, OnInit, Output, ViewChild } from '@angular/core';
import { FormBuilder, FormControl, FormGroup } from '@angular/forms';
import { combineLatest, merge } from 'rxjs';
import { map, skip, tap } from 'rxjs/operators';

@Component({ selector: 'app-stepper-bar', template: '' })
export class StepperBarComponent {
  @Output() stepChange = new EventEmitter<number>();
}

@Component({ selector: 'app-zoom-bar', template: '' })
export class ZoomBarComponent {
  @Output() zoomed = new EventEmitter<number>();
}

// Every source of each combination needs no release of its own (an output of a child in the
// component's own view, a form control the component made): the combination only holds
// them, and goes with them. No finding.
@Component({ selector: 'app-plot', template: '<app-stepper-bar /><app-zoom-bar />' })
export class PlotComponent implements OnInit, AfterViewInit {
  @ViewChild(StepperBarComponent) stepper!: StepperBarComponent;
  @ViewChild(ZoomBarComponent) zoomBar!: ZoomBarComponent;
  width = new FormControl(0);
  height = new FormControl(0);
  sizes!: FormGroup;
  area = 0;
  redraws = 0;

  constructor(private builder: FormBuilder) {}

  ngOnInit(): void {
    this.sizes = this.builder.group({ rows: [1], columns: [1] });
    merge(this.width.valueChanges, this.height.valueChanges)
      .pipe(skip(1))
      .subscribe(() => (this.area = (this.width.value ?? 0) * (this.height.value ?? 0)));
    combineLatest([this.sizes.get('rows')!.valueChanges, this.sizes.get('columns')!.valueChanges])
      .pipe(map(([rows, columns]: [number, number]) => rows * columns))
      .subscribe((cells: number) => (this.area = cells));
  }

  ngAfterViewInit(): void {
    merge(this.stepper.stepChange, this.zoomBar.zoomed)
      .pipe(tap(() => this.redraw()))
      .subscribe();
  }

  redraw(): void {
    this.redraws += 1;
  }
}
