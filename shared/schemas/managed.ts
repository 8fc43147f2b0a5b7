// What a district's IT may set for the extension by policy (chrome.storage.managed); the address rule is
// domain/server-address.ts.
import { z } from 'zod';

/** The worker's origin, as users type it and policies set it: http(s), host and port, no path. */
export const ServerUrl = z
  .string()
  .trim()
  .transform((url) => url.replace(/\/+$/, ''))
  .pipe(z.string().regex(/^https?:\/\/[^/\s]+$/i));

/** Chrome/Edge: `3rdparty.extensions.<id>` in the policy; Firefox: `3rdparty.Extensions.<id>` in policies.json. */
export const ManagedSettings = z
  .object({
    serverUrl: ServerUrl.optional().meta({
      title: 'Server address',
      description: "The evaluation platform's address, e.g. https://csr.example.gov.cn (no path).",
    }),
    allowServerChange: z.boolean().optional().meta({
      title: 'Users may change the server address',
      description: 'When false or absent, the options page shows serverUrl locked; when true it is only the default.',
    }),
  })
  .meta({ title: 'CSR Clipper', description: 'Settings a district sets for every user of the extension.' });
export type ManagedSettings = z.infer<typeof ManagedSettings>;

/** The schema Chrome and Edge validate a policy against (`storage.managed_schema`), from the zod schema above. */
export function managedSchemaJson(): string {
  const { $schema: _, ...schema } = z.toJSONSchema(ManagedSettings, { io: 'input' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
