export * from './service.helpers';
export * from './genre.service';
