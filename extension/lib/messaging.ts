// The extension's one message protocol between background, content script and pages.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CapturedSelection, ClipChoice, ClipDraft } from '../../shared/schemas/clip';
import type { Evidence } from '../../shared/schemas/evidence';
import type { EnterpriseSummary } from '../../shared/schemas/enterprise';
import type { IndicatorNode, Round } from '../../shared/schemas/round';
import type { Result } from './result';

/** What the picker needs to offer a clip's targets. */
export type ClipContext = {
  round: Round;
  indicators: IndicatorNode[];
  /** Enterprises whose registered domains match the page's host, most specific first. */
  detected: EnterpriseSummary[];
  /** The enterprise last clipped to from this site, for sites no enterprise registered. */
  remembered: { id: number; name: string } | null;
  lastIndicatorId: number | null;
};

interface ProtocolMap {
  /** background → content: read the current selection with its context. */
  captureSelection(): CapturedSelection | null;
  /** background → content: show the picker for a draft. */
  openPicker(data: { draftId: string }): void;
  /** background → content: remove the picker. */
  closePicker(): void;
  /** picker → background */
  getDraft(data: { draftId: string }): ClipDraft | null;
  getClipContext(data: { url: string }): Result<ClipContext>;
  searchEnterprises(data: { roundId: number; q: string }): Result<EnterpriseSummary[]>;
  saveClip(data: ClipChoice): Result<Evidence>;
  dismissPicker(data: { draftId: string }): void;
  /** popup → background: clip the selection of the active tab, as the context menu does. */
  clipActiveTab(): Result<null>;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
