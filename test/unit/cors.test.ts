import { describe, expect, it } from 'vitest';
import { originAllowed } from '../../worker/middleware/cors';

const configured = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop, https://console.example.gov.cn/';

describe('originAllowed', () => {
  it.each([
    ['the configured console', 'https://console.example.gov.cn', 'false', true],
    ['the configured Chrome extension', 'chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'false', true],
    ['another Chrome extension', 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba', 'false', false],
    ['another Chrome extension in development', 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba', 'true', true],
    ['a Firefox extension in development', 'moz-extension://0f4c2a1e-93b4-4c8e-a0d1-7c2f0d3b9e11', 'true', true],
    ['a web page in development', 'http://localhost:5173', 'true', false],
    ['the console over http', 'http://console.example.gov.cn', 'false', false],
    ['a look-alike host', 'https://console.example.gov.cn.evil.example', 'false', false],
    ['no origin', '', 'true', false],
    ['the literal null origin', 'null', 'true', false],
  ])('%s', (_name, origin, dev, allowed) => {
    expect(originAllowed(origin, { ALLOWED_ORIGINS: configured, DEV: dev })).toBe(allowed);
  });
});
