import { LabelStore } from '../services/label-store';

export abstract class BaseEditor {
  protected store!: LabelStore;
  title = '';
}
