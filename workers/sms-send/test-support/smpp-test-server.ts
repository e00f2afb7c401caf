import type { AddressInfo } from 'node:net';
import smpp, { type Pdu, type Server, type Session } from 'smpp';

export interface SubmittedMessage {
  readonly messageId: string;
  readonly destination: string;
  readonly source: string;
  readonly text: string;
  readonly registeredDelivery: number;
}

/**
 * A real SMPP server on loopback, built with the `smpp` package's server side: it binds
 * transceivers with one system id and password, acknowledges `submit_sm` with message ids and can
 * send delivery receipts back as `deliver_sm`. `mode` makes it throttle or drop the connection
 * after taking a message without acknowledging it.
 */
export class SmppTestServer {
  readonly submitted: SubmittedMessage[] = [];
  mode: 'normal' | 'throttle' | 'takeThenDrop' = 'normal';
  private server: Server | undefined;
  private sessions: Session[] = [];
  private nextId = 1;

  constructor(
    private readonly systemId: string,
    private readonly password: string,
  ) {}

  get url(): string {
    return `smpp://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<void> {
    this.server = smpp.createServer((session) => this.accept(session));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
  }

  async stop(): Promise<void> {
    for (const session of this.sessions) session.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** Sends a delivery receipt for a message, in the text form SMSCs use, with the receipted_message_id TLV. */
  receipt(messageId: string, stat: 'DELIVRD' | 'UNDELIV'): void {
    const message = this.submitted.find((candidate) => candidate.messageId === messageId);
    for (const session of this.sessions) {
      session.deliver_sm({
        source_addr: message?.destination ?? '',
        destination_addr: message?.source ?? '',
        esm_class: 0x04,
        short_message: `id:${messageId} sub:001 dlvrd:${stat === 'DELIVRD' ? '001' : '000'} submit date:2601031000 done date:2601031001 stat:${stat} err:000 text:`,
        receipted_message_id: messageId,
        message_state: stat === 'DELIVRD' ? 2 : 5,
      });
    }
  }

  private accept(session: Session): void {
    this.sessions.push(session);
    session.on('close', () => (this.sessions = this.sessions.filter((candidate) => candidate !== session)));
    session.on('error', () => undefined);
    session.on('bind_transceiver', (pdu: Pdu) => {
      const ok = pdu.system_id === this.systemId && pdu.password === this.password;
      session.send(pdu.response({ command_status: ok ? smpp.ESME_ROK : smpp.ESME_RBINDFAIL, system_id: 'pishkhan-test-smsc' }));
      if (!ok) session.close();
    });
    session.on('enquire_link', (pdu: Pdu) => session.send(pdu.response()));
    session.on('unbind', (pdu: Pdu) => {
      session.send(pdu.response());
      session.close();
    });
    session.on('submit_sm', (pdu: Pdu) => {
      if (this.mode === 'throttle') {
        session.send(pdu.response({ command_status: smpp.ESME_RTHROTTLED }));
        return;
      }
      const payload = (pdu.message_payload ?? pdu.short_message) as { message?: unknown } | undefined;
      const messageId = `MSG${this.nextId++}`;
      this.submitted.push({
        messageId,
        destination: String(pdu.destination_addr),
        source: String(pdu.source_addr),
        text: typeof payload?.message === 'string' ? payload.message : '',
        registeredDelivery: Number(pdu.registered_delivery),
      });
      if (this.mode === 'takeThenDrop') {
        session.destroy();
        return;
      }
      session.send(pdu.response({ message_id: messageId }));
    });
  }
}
