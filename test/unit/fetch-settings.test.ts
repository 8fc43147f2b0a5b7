// Both background fetchers (the evidence finder, the freshness check) keep to the hosts FETCH_ONLY_HOSTS names.
import { describe, expect, it } from 'vitest';
import type { Env } from '../../worker/env';
import { finderSettings } from '../../worker/finder/settings';
import { freshnessSettings } from '../../worker/jobs/freshness-settings';

const env = (vars: Partial<Env>) => vars as Env;

describe('FETCH_ONLY_HOSTS', () => {
  it('narrows the finder and the freshness check alike', () => {
    const vars = env({ FETCH_ONLY_HOSTS: ' 127.0.0.1 , *.Example.test ' });
    expect(finderSettings(vars).onlyHosts).toEqual(['127.0.0.1', '*.example.test']);
    expect(freshnessSettings(vars).onlyHosts).toEqual(['127.0.0.1', '*.example.test']);
  });

  it('leaves every public host open when unset (a deployed worker)', () => {
    expect(finderSettings(env({})).onlyHosts).toEqual([]);
    expect(freshnessSettings(env({})).onlyHosts).toEqual([]);
  });
});
