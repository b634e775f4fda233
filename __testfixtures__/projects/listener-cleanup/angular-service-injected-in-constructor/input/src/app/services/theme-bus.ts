import { Injectable } from '@angular/core';
import { BehaviorSubject } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class ThemeBus {
  readonly changes$ = new BehaviorSubject<boolean>(false);
}
