import type { Knex } from 'knex';

// Knex join conditions are called `on`, and take column names, not listeners.
export class OrderStore {
  constructor(private readonly db: Knex) {}

  async withCustomers(): Promise<unknown[]> {
    return this.db('orders').leftJoin('customers', function () {
      this.on('orders.customer_id', 'customers.id').on(`orders.region`, `customers.region`);
    });
  }

  dispose(): void {}
}
