import { Subject } from 'rxjs';
import { DataService } from './data.service';

// An undecorated base class of Angular detail components, with its own destroy().
export abstract class BaseDetail {
  protected destroy$ = new Subject<void>();
  private baseDetailSubscription?: { unsubscribe: () => void };

  protected constructor(protected dataService: DataService) {}

  init() {
    // A stream of the service, with a callback: ended in destroy().
    this.baseDetailSubscription = this.dataService.client.uiState().subscribe((state: unknown) => this.apply(state));
  }

  destroy() {
    this.destroy$.next();
    this.destroy$.complete();
    this.baseDetailSubscription?.unsubscribe();
  }

  // A mutation through a part of the injected service, with nothing to call back: ending it in
  // destroy() could cancel the write.
  setLanguage(code: string) {
    this.dataService.client.setContentLanguage(code).subscribe();
  }

  protected apply(state: unknown) {}
}
