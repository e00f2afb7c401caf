import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentByDouble {
  readonly messageid: number;
  readonly localid: string | null;
  readonly receptor: string;
  readonly sender: string;
  readonly message: string;
  status: number;
}

/**
 * A local stand-in for Kavenegar's REST API as documented (POST /v1/{API-KEY}/sms/{method}.json,
 * form fields, answers `{ return: { status, message }, entries }` with the HTTP status equal to
 * `return.status`): `send` (receptor, sender, message, localid; a localid seen before is not sent
 * again and its entry is returned), `status` (messageid list), `statuslocalmessageid` (localid; 100
 * for one never seen). Error codes: 403 bad key, 411 bad receptor, 412 bad sender, 418 no credit.
 * `mode` makes it misbehave the way a network does.
 */
export class KavenegarDouble {
  readonly sent: SentByDouble[] = [];
  /** Every send request that reached the double, duplicates included. */
  sendRequests = 0;
  mode: 'normal' | 'noCredit' | 'acceptThenHangUp' | 'serverError' = 'normal';
  private server: http.Server | undefined;
  private nextId = 8_792_343;

  constructor(
    private readonly apiKey: string,
    private readonly sender: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<void> {
    this.server = http.createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  deliver(messageid: number, status = 10): void {
    const entry = this.sent.find((candidate) => candidate.messageid === messageid);
    if (entry) entry.status = status;
  }

  private answer(response: http.ServerResponse, status: number, message: string, entries: unknown[] | null): void {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify({ return: { status, message }, entries }));
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of request) body += chunk;
    const form = new URLSearchParams(body);
    const match = /^\/v1\/([^/]+)\/sms\/(\w+)\.json$/.exec(request.url ?? '');
    if (request.method !== 'POST' || !match) return this.answer(response, 404, 'متد یافت نشد', null);
    if (decodeURIComponent(match[1]!) !== this.apiKey) return this.answer(response, 403, 'کد شناسائی API-Key معتبر نمی‌باشد', null);
    const method = match[2];
    if (method === 'send') {
      this.sendRequests += 1;
      if (this.mode === 'serverError') return this.answer(response, 500, 'خطای سرور', null);
      if (this.mode === 'noCredit') return this.answer(response, 418, 'اعتبار حساب شما کافی نیست', null);
      const receptor = form.get('receptor') ?? '';
      if (!/^09\d{9}$/.test(receptor)) return this.answer(response, 411, 'گیرنده نامعتبر است', null);
      if (form.get('sender') !== this.sender) return this.answer(response, 412, 'ارسال کننده نامعتبر است', null);
      const localid = form.get('localid');
      const earlier = localid === null ? undefined : this.sent.find((entry) => entry.localid === localid);
      const entry = earlier ?? { messageid: this.nextId++, localid, receptor, sender: this.sender, message: form.get('message') ?? '', status: 1 };
      if (!earlier) this.sent.push(entry);
      if (this.mode === 'acceptThenHangUp') {
        request.socket.destroy();
        return;
      }
      return this.answer(response, 200, 'تایید شد', [{ messageid: entry.messageid, message: entry.message, status: entry.status, statustext: 'در صف ارسال', sender: entry.sender, receptor: entry.receptor, date: 1356619709, cost: 120 }]);
    }
    if (method === 'status') {
      const ids = (form.get('messageid') ?? '').split(',').map(Number);
      return this.answer(response, 200, 'تایید شد', ids.map((id) => {
        const entry = this.sent.find((candidate) => candidate.messageid === id);
        return { messageid: id, status: entry?.status ?? 100, statustext: entry ? 'وضعیت' : 'شناسه نامعتبر' };
      }));
    }
    if (method === 'statuslocalmessageid') {
      const localid = form.get('localid');
      const entry = this.sent.find((candidate) => candidate.localid === localid);
      return this.answer(response, 200, 'تایید شد', [entry ? { messageid: entry.messageid, localid, status: entry.status, statustext: 'وضعیت' } : { messageid: 0, localid, status: 100, statustext: 'شناسه نامعتبر' }]);
    }
    return this.answer(response, 404, 'متد یافت نشد', null);
  }
}
