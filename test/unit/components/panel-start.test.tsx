// @vitest-environment happy-dom
// The side panel asks for what it shows as the page loads: the page's enterprise (remembered for the page or its site,
// else looked for, and remembered), then the enterprise's state and the framework's tree, which the panel's first ask takes over.
import './i18n';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { panelAnswer, panelTree, readPanelStart, rememberUnlessKnown } from '../../../extension/lib/panel-start';
import type { Result } from '../../../extension/lib/result';
import { currentRoundId, detectedPages, offlineCopies, siteDirectory } from '../../../extension/lib/storage';
import type { DetectedEnterprise } from '../../../shared/schemas/enterprise-detection';
import { panelState, standInWorker } from './panel-fixture';

const url = 'https://huaxin-auto.example/csr-2025.html';
const { tree, ...body } = panelState();
const round = body.round;
const found = { id: 10, name: 'Huaxin', basis: 'domain' } as unknown as DetectedEnterprise;

// The background's look at the tab (its only message here).
const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../../../extension/lib/messaging', () => ({ sendMessage }));

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ shouldAdvanceTime: true });
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: 5, url, active: true }]) as never);
  await Promise.all([offlineCopies.setValue({ rounds: { items: [round] } }), currentRoundId.setValue(round.id)]);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('readPanelStart', () => {
  it('looks at a page never seen, remembers it, and asks for its state and tree before the panel renders', async () => {
    const worker = await standInWorker();
    worker.reply(200, body);
    worker.reply(200, { items: tree });
    sendMessage.mockResolvedValue({ ok: true, value: [found] } satisfies Result<DetectedEnterprise[]>);

    const start = await readPanelStart();
    expect(start.enterprise).toEqual(found);
    expect(sendMessage).toHaveBeenCalledWith('detectTabEnterprise', { roundId: 1, tabId: 5 });
    expect((await detectedPages.getValue())[9]?.[`1 ${url}`]).toEqual(found);
    await vi.waitFor(() => expect(worker.sent.map((r) => r.path)).toEqual(['/api/v1/rounds/1/enterprises/10/panel', '/api/v1/rounds/1/indicators']));

    // The panel's first ask takes both answers; the next ask (with the version on screen) goes to the worker.
    expect(await panelAnswer(1, 10, null)).toEqual({ ok: true, value: body });
    expect(await panelTree(1, round.framework)).toEqual({ ok: true, value: tree });
    expect(worker.sent).toHaveLength(2);
    worker.reply(304);
    expect(await panelAnswer(1, 10, body.version)).toEqual({ ok: true, value: null });
    expect(worker.sent[2]!.headers.get('if-none-match')).toBe(body.version);
  });

  it('takes a page remembered from last time without asking the background', async () => {
    const worker = await standInWorker();
    worker.reply(200, body);
    worker.reply(200, { items: tree });
    await detectedPages.setValue({ 9: { [`1 ${url}`]: found } });

    expect((await readPanelStart()).enterprise).toEqual(found);
    expect(sendMessage).not.toHaveBeenCalled();
    expect(await panelAnswer(1, 10, null)).toEqual({ ok: true, value: body });
  });

  it('takes the page as remembered (by the background as it loaded) over what the directory says, and only the signed-in user’s', async () => {
    const worker = await standInWorker();
    worker.reply(200, body);
    worker.reply(200, { items: tree });
    const other = { id: 11, name: 'Other', basis: 'domain' } as unknown as DetectedEnterprise;
    await siteDirectory.setValue({ userId: 9, roundId: 1, fetchedAt: Date.now(), owners: { 'huaxin-auto.example': [11, 'Other'] } });
    await detectedPages.setValue({ 8: { [`1 ${url}`]: other }, 9: { [`1 ${url}`]: found } });

    expect((await readPanelStart()).enterprise).toEqual(found);
    await vi.waitFor(() => expect(worker.sent[0]?.path).toBe('/api/v1/rounds/1/enterprises/10/panel'));
  });

  it('takes what the site’s domain said on another of its pages at once, and remembers it for this page', async () => {
    const worker = await standInWorker();
    worker.reply(200, body);
    worker.reply(200, { items: tree });
    await offlineCopies.setValue({ rounds: { items: [round] }, 'detected:1:huaxin-auto.example': { items: [found] } });

    expect((await readPanelStart()).enterprise).toEqual(found);
    expect(sendMessage).not.toHaveBeenCalled();
    expect((await detectedPages.getValue())[9]?.[`1 ${url}`]).toEqual(found);
    expect(await panelAnswer(1, 10, null)).toEqual({ ok: true, value: body });
  });

  it('names a never-seen site from the directory of domains kept since sign-in, without looking at the page', async () => {
    const worker = await standInWorker();
    worker.reply(200, body);
    worker.reply(200, { items: tree });
    await siteDirectory.setValue({ userId: 9, roundId: 1, fetchedAt: Date.now(), owners: { 'huaxin-auto.example': [10, 'Huaxin'] } });

    const start = await readPanelStart();
    expect(start.enterprise).toEqual({ id: 10, name: 'Huaxin', basis: 'domain' });
    expect(sendMessage).not.toHaveBeenCalled();
    expect(await panelAnswer(1, 10, null)).toEqual({ ok: true, value: body });
  });

  it("looks at the page when the directory kept is another user's", async () => {
    await standInWorker();
    sendMessage.mockResolvedValue({ ok: true, value: [] } satisfies Result<DetectedEnterprise[]>);
    await siteDirectory.setValue({ userId: 8, roundId: 1, fetchedAt: Date.now(), owners: { 'huaxin-auto.example': [10, 'Huaxin'] } });

    expect((await readPanelStart()).enterprise).toBeNull();
    expect(sendMessage).toHaveBeenCalledWith('detectTabEnterprise', { roundId: 1, tabId: 5 });
  });

  it('renders without an enterprise when the look takes too long, and asks the worker for nothing', async () => {
    const worker = await standInWorker();
    sendMessage.mockReturnValue(new Promise(() => {}));
    const start = readPanelStart();
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await start).enterprise).toBeNull();
    expect(worker.sent).toEqual([]);
  });

  it('asks nothing before a round is kept on the device', async () => {
    const worker = await standInWorker();
    await offlineCopies.setValue({});
    expect(await readPanelStart()).toMatchObject({ round: null, enterprise: null });
    expect(sendMessage).not.toHaveBeenCalled();
    expect(worker.sent).toEqual([]);
  });
});

describe('rememberUnlessKnown', () => {
  it('remembers a page by its domain only when nothing is remembered for it: a look at the page knows better', async () => {
    const looked = { id: 12, name: 'Named on the page', basis: 'creditCode' } as unknown as DetectedEnterprise;
    await rememberUnlessKnown(9, `1 ${url}`, found);
    expect((await detectedPages.getValue())[9]).toEqual({ [`1 ${url}`]: found });

    await detectedPages.setValue({ 9: { [`1 ${url}`]: looked } });
    await rememberUnlessKnown(9, `1 ${url}`, found);
    await rememberUnlessKnown(8, `1 ${url}`, found);
    expect(await detectedPages.getValue()).toEqual({ 8: { [`1 ${url}`]: found }, 9: { [`1 ${url}`]: looked } });
  });
});
