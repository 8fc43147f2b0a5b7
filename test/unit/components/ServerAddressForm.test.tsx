// @vitest-environment happy-dom
// The server address in the options page: the user's, or locked by a district's policy (chrome.storage.managed).
import './i18n';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ServerAddressForm } from '../../../extension/components/ServerAddressForm';
import { apiClient } from '../../../extension/lib/api';
import { serverUrl } from '../../../extension/lib/storage';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const input = () => screen.findByLabelText<HTMLInputElement>('Server address');
/** The address the extension's requests go to, as its one API client builds them. */
const requestsGoTo = async () => new URL((await apiClient({ anonymous: true })).api.v1.health.$url()).origin;

describe('ServerAddressForm', () => {
  it('saves the address the user types, which requests then use', async () => {
    render(<ServerAddressForm />);
    const field = await input();
    expect(field.value).toBe('http://127.0.0.1:8787');
    fireEvent.input(field, { target: { value: 'https://csr.example.gov.cn/' } });
    fireEvent.submit(field.form!);
    await screen.findByText('Server address saved');
    expect(await serverUrl.getValue()).toBe('https://csr.example.gov.cn');
    expect(await requestsGoTo()).toBe('https://csr.example.gov.cn');
  });

  it('refuses an address with a path', async () => {
    render(<ServerAddressForm />);
    const field = await input();
    fireEvent.input(field, { target: { value: 'https://csr.example.gov.cn/api' } });
    fireEvent.submit(field.form!);
    await screen.findByText('Enter an address starting with http or https');
    expect(await serverUrl.getValue()).toBeNull();
  });

  it("shows the policy's address locked, and requests use it whatever the user had saved", async () => {
    await serverUrl.setValue('http://127.0.0.1:9999');
    await fakeBrowser.storage.managed.set({ serverUrl: 'https://csr.jiading.gov.cn' });
    render(<ServerAddressForm />);
    await waitFor(async () => expect((await input()).value).toBe('https://csr.jiading.gov.cn'));
    expect((await input()).readOnly).toBe(true);
    expect(screen.getByTestId('server-locked').textContent).toContain("organisation's policy");
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(await requestsGoTo()).toBe('https://csr.jiading.gov.cn');
  });

  it("takes the policy's address as a default the user may change when the policy allows it", async () => {
    await fakeBrowser.storage.managed.set({ serverUrl: 'https://csr.jiading.gov.cn', allowServerChange: true });
    render(<ServerAddressForm />);
    await waitFor(async () => expect((await input()).value).toBe('https://csr.jiading.gov.cn'));
    expect((await input()).readOnly).toBe(false);
    expect(await requestsGoTo()).toBe('https://csr.jiading.gov.cn');
    await serverUrl.setValue('http://127.0.0.1:9999');
    expect(await requestsGoTo()).toBe('http://127.0.0.1:9999');
  });

  it('ignores a policy it cannot read, and says so', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await serverUrl.setValue('http://127.0.0.1:9999');
    await fakeBrowser.storage.managed.set({ serverUrl: 'csr.jiading.gov.cn/api' });
    render(<ServerAddressForm />);
    expect((await screen.findByRole('alert')).textContent).toContain('not valid and is ignored');
    expect((await input()).readOnly).toBe(false);
    expect(await requestsGoTo()).toBe('http://127.0.0.1:9999');
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});
