import { Injectable } from '@angular/core';
import { ResourceService } from './resource.service';

export interface Tag {
  id: number;
  name: string;
}

// No HttpClient in this file: its requests are the base class's.
@Injectable({ providedIn: 'root' })
export class TagService extends ResourceService<Tag> {
  protected readonly path = 'tags';
}
