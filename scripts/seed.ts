// `npm run db:seed`: migrates the local D1 and seeds the demo world into it (once).
import { demoWorldSpec } from './demo/world';
import { applyMigrations, seedLocal } from './lib/wrangler';

await applyMigrations();
console.log((await seedLocal(demoWorldSpec)) ? 'Seeded the demo world.' : 'The local database already holds a round; nothing seeded.');
