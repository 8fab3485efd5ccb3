// The demo tenant in Conduct's tenant registry (conduct_control.tenants), in the shape of
// io.conduct.platform.tenancy.Tenant. Idempotent: run on every `docker compose up`.
const now = new Date();
db.tenants.updateOne(
  { _id: 'acme' },
  {
    $setOnInsert: {
      name: 'Acme Holdings Inc.',
      parentKey: null,
      country: 'US',
      jurisdictions: ['US-SOX'],
      defaultLocale: 'en-US',
      timeZone: 'America/New_York',
      dataRegion: 'us',
      currency: 'USD',
      fiscalYearStartMonth: 1,
      lastFiscalYearRevenue: { amount: '1200000000', currency: 'USD' },
      issuerUri: 'http://localhost:8081/realms/acme',
      publicIntakeKey: 'compose-demo-' + UUID().toString('hex'),
      status: 'ACTIVE',
      createdAt: now,
      updatedAt: now,
      _class: 'io.conduct.platform.tenancy.Tenant',
    },
  },
  { upsert: true },
);
print('tenant acme registered');

// The demo realm's people in the tenant's directory, which decides who holds which role
// (the reconciliation takes Conduct roles away from accounts it does not know). The
// subjects are the fixed ids of compose/keycloak/acme-realm.json's users; PLATFORM_ADMIN is
// the operator's, granted in the realm alone.
const people = [
  { id: '5f2a1c7e-0c4b-4e57-9a3c-1f0d2b6e7a01', username: 'operator', givenName: 'Olivia', familyName: 'Operator', roles: ['EMPLOYEE', 'TENANT_ADMIN'] },
  { id: '5f2a1c7e-0c4b-4e57-9a3c-1f0d2b6e7a02', username: 'cfo', givenName: 'Casey', familyName: 'Cfo', roles: ['EMPLOYEE', 'CFO_CAO'], type: 'EXECUTIVE_OFFICER' },
  { id: '5f2a1c7e-0c4b-4e57-9a3c-1f0d2b6e7a03', username: 'employee', givenName: 'Erin', familyName: 'Employee', roles: ['EMPLOYEE'] },
];
const directory = db.getSiblingDB('conduct_t_acme');
for (const person of people) {
  directory.people.updateOne(
    { subject: person.id },
    {
      $setOnInsert: {
        _id: 'compose-' + person.username,
        givenName: person.givenName,
        familyName: person.familyName,
        sortName: (person.familyName + ' ' + person.givenName).toLowerCase(),
        subject: person.id,
        username: person.username,
        roles: person.roles,
        email: person.username + '@acme.example',
        locale: 'en-US',
        country: 'US',
        type: person.type || 'EMPLOYEE',
        status: 'ACTIVE',
        relatives: [],
        createdAt: now,
        updatedAt: now,
        version: NumberLong(0),
        _class: 'io.conduct.people.Person',
      },
    },
    { upsert: true },
  );
}
print('directory of acme: ' + people.length + ' people');
