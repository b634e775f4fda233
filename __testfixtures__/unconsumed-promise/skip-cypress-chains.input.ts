describe('api', () => {
  it('creates a user', () => {
    cy.fixture('users').then((users: unknown) => {
      cy.request({ method: 'POST', url: '/api/users', body: users }).then((response: { status: number }) => {
        expect(response.status).to.eq(200);
      });
    });
    cy.get('[data-test=name]').type('x').then(() => undefined);
  });
});

declare const cy: any;
declare const expect: any;
