// A spec that drives `cy`: helpers return Cypress chains, whose `.then` is a queued command (a
// failure in it fails the test), not a promise nobody receives.
import { createQueryAndAddWidget, shareDashboard } from '../../support/dashboard';

describe('Dashboard sharing', () => {
  it('shares a dashboard', function () {
    createQueryAndAddWidget(this.dashboardId, { query: 'select 1' })
      .then(() => {
        cy.visit(this.dashboardUrl);
        return shareDashboard();
      })
      .then((secretAddress) => {
        cy.logout();
        cy.visit(secretAddress);
      });
  });
});
