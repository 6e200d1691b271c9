/**
 * THE notification port: every message to a resident (codes, receipts, "your case was resolved")
 * goes through `send(message)`. Services name a template and its params (domain/message-templates.ts),
 * never a text. Where the text goes is an adapter (`SmsGateway`): the local sink, which records each
 * message in cases.notification (readable through `notificationOutbox` in demo and test mode), or a
 * carrier's SMS gateway plugged in at start (`casesService.start` → `createNotifier`).
 *
 * Nothing here logs a recipient, a code or a text: a failed delivery is logged by template and case.
 */
import crypto from 'node:crypto';
import { createLogger } from '@zz/common';
import { MESSAGE_TEMPLATES, renderMessage, type TemplateKey } from '../domain/message-templates';
import type { ResidentStore } from '../store/resident-store';

export interface OutgoingMessage {
  /** The resident's mobile number (normalised, 11 digits). */
  to: string;
  template: TemplateKey;
  params: Readonly<Record<string, string>>;
  /** The case the message is about (null for a verification code): its region scopes who may read the sink. */
  caseId?: string | null;
  regionCode?: string | null;
}

export interface NotificationPort {
  send(message: OutgoingMessage): Promise<void>;
}

/** What a real SMS gateway implements: deliver one text (its carrier template id beside it) to one number. */
export interface SmsGateway {
  readonly name: string;
  deliver(delivery: { to: string; templateId: string; params: Readonly<Record<string, string>>; text: string; caseId: string | null; regionCode: string | null; at: Date }): Promise<void>;
}

/** The local sink: records the message as it would have been sent (demo mode, tests). */
export class LocalSmsSink implements SmsGateway {
  readonly name = 'local';
  constructor(private readonly store: ResidentStore) {}
  async deliver(d: Parameters<SmsGateway['deliver']>[0]): Promise<void> {
    await this.store.insertNotification({
      id: crypto.randomUUID(), createdAt: d.at, channel: 'SMS', recipient: d.to, template: d.templateId, body: d.text,
      caseId: d.caseId, regionCode: d.regionCode, gateway: this.name,
    });
  }
}

const log = createLogger('cases:notify');

export class Notifier implements NotificationPort {
  constructor(private readonly gateway: SmsGateway, private readonly clock: () => Date = () => new Date()) {}

  /** Fails loudly for a verification code (the resident must know it did not go out); other messages are best effort. */
  async send(message: OutgoingMessage): Promise<void> {
    const template = MESSAGE_TEMPLATES[message.template];
    const text = renderMessage(message.template, message.params);
    try {
      await this.gateway.deliver({
        to: message.to, templateId: template.id, params: message.params, text, caseId: message.caseId ?? null, regionCode: message.regionCode ?? null, at: this.clock(),
      });
    } catch (err) {
      log.warn('notification not delivered', { template: message.template, caseId: message.caseId ?? null, gateway: this.gateway.name, error: (err as Error).name });
      if (message.template === 'VERIFICATION_CODE') throw err;
    }
  }
}

export const gatewayIsLocal = (gateway: SmsGateway) => gateway instanceof LocalSmsSink;
