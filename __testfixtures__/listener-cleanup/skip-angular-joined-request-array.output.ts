import { Component, Injectable, inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { BehaviorSubject, forkJoin, Observable } from 'rxjs';
import { take } from 'rxjs/operators';

@Injectable({ providedIn: 'root' })
export class RecipeService {
  private readonly http = inject(HttpClient);
  readonly favourites$ = new BehaviorSubject<string[]>([]);

  save(name: string) {
    return this.http.put<void>(`/recipes/${name}`, {});
  }

  uploadPhoto(name: string, photo: string) {
    return this.http.post<void>(`/recipes/${name}/photo`, { photo });
  }

  tags() {
    return this.http.get<string[]>('/tags');
  }
}

// Each combination joins requests that complete (the service's methods return HttpClient
// requests; `take(1)` ends the stream it is piped on), gathered in an array the method fills
// itself: the join completes with them. No finding.
@Component({ selector: 'app-recipe-editor', template: '' })
export class RecipeEditorComponent {
  private readonly recipes = inject(RecipeService);
  saved = false;
  photo = '';
  names: string[] = [];
  favourites: string[] = [];
  tags: string[] = [];

  save(name: string): void {
    const requests: Observable<void>[] = [this.recipes.save(name)];
    if (this.photo) {
      requests.push(this.recipes.uploadPhoto(name, this.photo));
    }
    forkJoin(requests).subscribe(() => (this.saved = true));
  }

  saveAll(): void {
    let batch: Observable<void>[] = [];
    for (const name of this.names) batch.push(this.recipes.save(name));
    forkJoin(batch).subscribe(() => (this.saved = true));
  }

  load(): void {
    forkJoin({ favourites: this.recipes.favourites$.pipe(take(1)), tags: this.recipes.tags() }).subscribe((loaded) => {
      this.favourites = loaded.favourites;
      this.tags = loaded.tags;
    });
  }
}
