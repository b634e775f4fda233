import { Component, DestroyRef, Input, OnInit, inject } from '@angular/core';
import { FormBuilder, FormControl, FormGroup } from '@angular/forms';
import { BehaviorSubject, Observable, Subject } from 'rxjs';
import { debounceTime, map, switchMap } from 'rxjs/operators';
import { SortService } from './sort.service';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

// Subjects and forms the component makes and keeps only on itself die with it: subscribing to
// them, directly, through asObservable() or a pipe of plain operators, or to a form's
// valueChanges, is not a leak. What the component is handed, hands out, or pipes into an outside
// source stays a finding.
@Component({ selector: 'app-media-issues', template: '' })
export class MediaIssuesComponent implements OnInit {
  private readonly destroyRef = inject(DestroyRef);
  @Input() filterForm: FormGroup | undefined;
  currentSort = new BehaviorSubject<string>('name');
  currentSort$: Observable<string> = this.currentSort.asObservable();
  readonly search = new Subject<string>();
  readonly shared = new Subject<number>();
  readonly ticks = new Observable<number>((subscriber: { next(value: number): void }) => {
    const id = setInterval(() => subscriber.next(1), 1000);
    return () => clearInterval(id);
  });
  restrictionForm: FormGroup | undefined;
  private readonly fb = inject(FormBuilder);
  settingsForm = this.fb.group({ name: [''] });
  title = new FormControl('');
  sort = '';

  constructor(private readonly sortService: SortService) {}

  ngOnInit(): void {
    this.restrictionForm = new FormGroup({ ageRating: new FormControl(0) });
    this.currentSort$.subscribe((sort: string) => (this.sort = sort));
    this.search.pipe(debounceTime(300), map((text: string) => text.trim())).subscribe((text: string) => (this.sort = text));
    this.restrictionForm.get('ageRating')?.valueChanges.subscribe((rating: number) => {
      this.restrictionForm!.get('ageRating')?.setValue(rating);
    });
    this.settingsForm.controls.name.valueChanges.subscribe((name: string) => console.log(name));
    this.title.valueChanges.pipe(map((title: string | null) => title ?? '')).subscribe((title: string) => console.log(title));

    // Findings: an injected service's observable, a form handed in through an @Input, a pipe that
    // subscribes to the service, a subject the component hands out, a cold observable.
    this.sortService.sort$.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((sort: string) => (this.sort = sort));
    this.filterForm?.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((value: unknown) => console.log(value));
    this.search.pipe(switchMap(() => this.sortService.sort$), takeUntilDestroyed(this.destroyRef)).subscribe((sort: string) => (this.sort = sort));
    this.shared.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((value: unknown) => console.log(value));
    this.sortService.register(this.shared);
    this.ticks.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((tick: number) => console.log(tick));
  }

  onSort(sort: string): void {
    this.currentSort.next(sort);
  }
}
