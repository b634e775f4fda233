import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  Input,
  OnInit,
  DestroyRef,
  inject
} from '@angular/core';
import { AccountService } from './account.service';
import { UserReview } from './user-review';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

// Kavita's review-card: the imports say `{ x }` and single quotes while the file's other strings
// are double-quoted. The multi-line import grows on a line of its own; the new field goes after
// the fields that open the class, before the constructor.
@Component({
  selector: "app-review-card",
  templateUrl: "./review-card.component.html",
  changeDetection: ChangeDetectionStrategy.OnPush
})
export class ReviewCardComponent implements OnInit {
  @Input({ required: true }) review!: UserReview;

  isMyReview: boolean = false;

  private readonly destroyRef = inject(DestroyRef);

  constructor(private readonly accountService: AccountService, private readonly cdRef: ChangeDetectorRef) {}

  ngOnInit() {
    this.accountService.currentUser$.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((user: { username: string } | undefined) => {
      if (user) {
        this.isMyReview = this.review.username === user.username;
        this.cdRef.markForCheck();
      }
    });
  }
}
