import { atTehran } from '../../calendar/test-support/at-tehran.js';
import { systemPrincipal } from '../../access/principal.js';
import { registerTicket } from '../register-ticket.js';
import type { TicketDeps } from '../ticket-deps.js';
import type { TicketSettings } from '../ticket-settings.js';
import { routeTicket } from '../route-ticket.js';
import { InMemoryTicketStore } from './in-memory-ticket-store.js';
import { P, samplePolicy } from './sample-policy.js';
import { user } from './principals.js';

/** People and users of the sample organization. */
export const sara = { personId: '100' } as const;
export const operator = user(1, ['operator'], { personId: 200, positions: [Number(P.messageCenter)] });
export const expert = user(2, ['staff'], { personId: 201, positions: [Number(P.networkExpert)] });
export const lead = user(3, ['staff', 'supervisor'], { personId: 202, positions: [Number(P.networkLead)], visible: [Number(P.networkLead), Number(P.networkExpert)] });
export const printerExpert = user(4, ['staff'], { personId: 203, positions: [Number(P.printerExpert)] });
export const feedbackAgent = user(5, ['feedbackAgent'], { personId: 204 });
export const requesterSara = user(6, ['requester'], { personId: 100 });
export const outsider = user(7, ['staff'], { personId: 205, positions: [Number(P.printerExpert) + 100] });

/** A test clock that starts on Saturday 1403/08/26 10:00 Tehran time and moves only when told. */
export class TestClock {
  private time = atTehran('1403/08/26 10:00').getTime();
  now = (): Date => new Date(this.time);
  advanceMinutes(minutes: number): void {
    this.time += minutes * 60_000;
  }
  set(at: Date): void {
    this.time = at.getTime();
  }
}

export interface Fixture {
  readonly store: InMemoryTicketStore;
  readonly clock: TestClock;
  readonly deps: TicketDeps;
}

export function fixture(settings: Partial<TicketSettings> = {}): Fixture {
  const store = new InMemoryTicketStore(samplePolicy(settings));
  store.people.push({ id: '100', fullName: 'سارا احمدی', active: true, locationId: 'hq', phoneNumbers: ['+989121234567'] });
  store.contacts.push(
    { personId: '100', fullName: 'سارا احمدی', mobile: '+989121234567', language: 'fa', positionIds: [] },
    { personId: '201', fullName: 'رضا کریمی', mobile: '+989131111111', language: 'fa', positionIds: [P.networkExpert] },
    { personId: '202', fullName: 'مریم نوری', mobile: '+989132222222', language: 'en', positionIds: [P.networkLead] },
  );
  const clock = new TestClock();
  return { store, clock, deps: store.deps(clock.now) };
}

/** A VPN ticket of Sara's registered by the operator and routed to the network expert. */
export async function routedVpnTicket(f: Fixture): Promise<number> {
  const { ticketId } = await registerTicket(f.deps, { requester: sara, channel: 'phone', categoryId: 'vpn', description: 'وی‌پی‌ان وصل نمی‌شود', actor: operator });
  await routeTicket(f.deps, { ticketId, actor: systemPrincipal });
  return ticketId;
}
