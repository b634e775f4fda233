import { mixins } from 'vue-class-component';
import { Paging } from './paging';

export default class ResultList extends mixins(Paging) {
  mounted(): void {
    setInterval(() => this.refresh(), 10_000);
  }

  refresh(): void {}
}
