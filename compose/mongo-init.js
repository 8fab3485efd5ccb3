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
