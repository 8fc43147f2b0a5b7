// drizzle-kit reads the schema and writes numbered SQL migrations that wrangler applies.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './worker/db/schema.ts',
  out: './worker/migrations',
});
