// Only the queue's tests use this client.
import { seedOrders } from './seed-orders.js';

export class AdminClient {
  constructor(adminUrl) {
    this.adminUrl = adminUrl;
  }

  async queueStats() {
    const response = await fetch(`${this.adminUrl}/stats`);
    return response.json();
  }

  seed(count) {
    return seedOrders(this.adminUrl, count);
  }
}
