import { Component, OnInit, inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { MatDialog } from '@angular/material/dialog';
import { ActivatedRoute } from '@angular/router';
import { catchError, map, of } from 'rxjs';

interface User {
  name: string;
}

@Component({ selector: 'app-user', template: '' })
export class UserComponent implements OnInit {
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  name = '';

  constructor(private readonly http: HttpClient) {}

  ngOnInit(): void {
    this.route.paramMap.subscribe((params) => this.load(params.get('id') ?? ''));
    this.route.queryParams.subscribe((query) => console.log(query));
  }

  load(id: string): void {
    this.http
      .get<User>(`/api/users/${id}`)
      .pipe(
        map((user) => user.name),
        catchError(() => of('unknown')),
      )
      .subscribe((name) => (this.name = name));
  }

  rename(): void {
    this.dialog.open(UserComponent).afterClosed().subscribe((result) => console.log(result));
    this.http.put('/api/users/me', { name: this.name }).subscribe();
  }
}
