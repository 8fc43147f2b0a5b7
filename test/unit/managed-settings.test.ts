// A district's policy for the extension: which server address wins, the schema Chrome and Edge validate it with,
// and the policy examples in docs/ (which must say what the extension reads).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverAddressOf } from '../../shared/domain/server-address';
import { ManagedSettings, managedSchemaJson } from '../../shared/schemas/managed';

const examples = join(import.meta.dirname, '..', '..', 'docs', 'examples', 'policies');
const example = (name: string) => JSON.parse(readFileSync(join(examples, name), 'utf8'));
const fallback = 'http://127.0.0.1:8787';

describe('serverAddressOf', () => {
  it.each([
    ['no policy, nothing saved', null, null, { url: fallback, locked: false }],
    ['no policy, the user saved one', null, 'https://a.example', { url: 'https://a.example', locked: false }],
    ['a policy address, locked by default', { serverUrl: 'https://p.example' }, 'https://a.example', { url: 'https://p.example', locked: true }],
    ['a policy address, explicitly locked', { serverUrl: 'https://p.example', allowServerChange: false }, null, { url: 'https://p.example', locked: true }],
    ['a policy address as a default', { serverUrl: 'https://p.example', allowServerChange: true }, null, { url: 'https://p.example', locked: false }],
    ['a policy default the user changed', { serverUrl: 'https://p.example', allowServerChange: true }, 'https://a.example', { url: 'https://a.example', locked: false }],
    ['a policy without an address', { allowServerChange: false }, 'https://a.example', { url: 'https://a.example', locked: false }],
  ])('%s', (_, managed, stored, expected) => {
    expect(serverAddressOf(managed, stored, fallback)).toEqual(expected);
  });
});

describe('ManagedSettings', () => {
  it.each([
    ['https://csr.example.gov.cn/', 'https://csr.example.gov.cn'],
    ['  http://10.1.2.3:8787 ', 'http://10.1.2.3:8787'],
  ])('takes %j as %j', (serverUrl, expected) => {
    expect(ManagedSettings.parse({ serverUrl }).serverUrl).toBe(expected);
  });

  it.each(['csr.example.gov.cn', 'https://csr.example.gov.cn/api', 'ftp://csr.example.gov.cn', 'javascript:alert(1)'])('refuses %j', (serverUrl) => {
    expect(ManagedSettings.safeParse({ serverUrl }).success).toBe(false);
  });
});

describe('the managed schema (storage.managed_schema)', () => {
  it('names every setting with its type and a description, in the subset of JSON Schema Chrome reads', () => {
    const schema = JSON.parse(managedSchemaJson());
    expect(schema).not.toHaveProperty('$schema');
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(Object.keys(ManagedSettings.shape));
    expect(schema.properties.serverUrl).toMatchObject({ type: 'string', description: expect.any(String) });
    expect(schema.properties.allowServerChange).toMatchObject({ type: 'boolean', description: expect.any(String) });
  });
});

describe('the policy examples in docs/examples/policies', () => {
  it('Chrome and Edge on Linux: force-installs from the store and sets the settings the extension reads', () => {
    const policy = example('chrome-edge-linux.json');
    expect(policy.ExtensionInstallForcelist).toEqual(['CHROME_EXTENSION_ID;https://clients2.google.com/service/update2/crx']);
    expect(ManagedSettings.strict().parse(policy['3rdparty'].extensions.CHROME_EXTENSION_ID)).toEqual({ serverUrl: 'https://csr.example.gov.cn', allowServerChange: false });
  });

  it('Chrome and Edge on Windows: the same settings as registry values', () => {
    const reg = readFileSync(join(examples, 'chrome-edge-windows.reg'), 'utf8');
    for (const name of Object.keys(ManagedSettings.shape)) expect(reg.match(new RegExp(`^"${name}"=`, 'gm'))).toHaveLength(2);
  });

  it('Firefox: policies.json force-installs the add-on by its gecko id and sets the settings under 3rdparty', () => {
    const { policies } = example('firefox-policies.json');
    expect(Object.keys(policies.ExtensionSettings)).toEqual(['csr-clipper@jiading.gov.cn']);
    expect(policies.ExtensionSettings['csr-clipper@jiading.gov.cn'].installation_mode).toBe('force_installed');
    expect(ManagedSettings.strict().parse(policies['3rdparty'].Extensions['csr-clipper@jiading.gov.cn'])).toEqual({ serverUrl: 'https://csr.example.gov.cn', allowServerChange: false });
  });
});
