import {Component, ElementRef, inject, Input, DestroyRef} from "@angular/core";
import {filter, fromEvent} from "rxjs";
import {SettingsService} from "./settings.service";
import {takeUntilDestroyed} from "@angular/core/rxjs-interop";

// Kavita's setting-item: the imports say `{x}` and double quotes, the rest of the file single
// quotes. The new import and the grown one are written like those imports; the new field goes
// after the last field, not next to the constructor.
@Component({
  selector: 'app-setting-item',
  templateUrl: './setting-item.component.html',
  styleUrl: './setting-item.component.scss'
})
export class SettingItemComponent {

  private readonly settings = inject(SettingsService);

  @Input() title: string = '';
  @Input() toggleOnViewClick: boolean = true;
  isEditMode: boolean = false;
  private readonly destroyRef = inject(DestroyRef);

  constructor(elementRef: ElementRef) {
    fromEvent(window, 'click')
      .pipe(filter((event: Event) => this.toggleOnViewClick && !elementRef.nativeElement.contains(event.target)), takeUntilDestroyed(this.destroyRef))
      .subscribe(() => (this.isEditMode = false));
  }

  save() {
    this.settings.save(this.title);
  }
}
