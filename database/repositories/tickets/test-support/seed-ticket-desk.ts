import type { Principal } from '../../../../core/access/principal.js';
import type { Role } from '../../../../core/access/role.js';
import type { Database } from '../../../database.js';
import { modelsOf } from '../../../models/index.js';

/** Ids of the small organization tests run tickets through. */
export interface TicketDesk {
  readonly positions: { ceo: number; itManager: number; networkLead: number; networkExpert: number; messageCenter: number; printerExpert: number };
  readonly people: { sara: number; reza: number; maryam: number; ali: number; nima: number; parisa: number; hoda: number; omid: number };
  readonly categories: { software: number; automation: number; reports: number; network: number; vpn: number; hardware: number; printer: number };
  readonly locations: { tehran: number; hq: number; shiraz: number };
  readonly contractorId: number;
  readonly principals: {
    operator: Principal;
    expert: Principal;
    lead: Principal;
    manager: Principal;
    printerExpert: Principal;
    feedbackAgent: Principal;
    sara: Principal;
    admin: Principal;
    auditor: Principal;
  };
}

/**
 * Seeds a small organization:
 *   ceo (علی) ── itManager ─┬─ networkLead (مریم) ── networkExpert (رضا)
 *                           ├─ messageCenter (نیما, operator)
 *                           └─ printerExpert (پریسا), supervising the printer contractor
 * VPN tickets go to the network expert, printer tickets to the contractor; everything else to the
 * message center. One SLA for all: respond in 60, resolve in 480 business minutes.
 */
export async function seedTicketDesk(db: Database, settings: Record<string, unknown> = {}): Promise<TicketDesk> {
  const m = modelsOf(db);
  const now = new Date('2026-01-01T00:00:00Z');
  const stamps = { createdAt: now, updatedAt: now };
  return db.transaction(async (tx) => {
    const options = { transaction: tx.transaction };
    const unit = (await m.OrgUnit.create({ nameFa: 'فناوری اطلاعات', nameEn: 'IT', ...stamps }, options)).get().id;
    const position = async (titleFa: string, parentId: number | null, code: string | null = null) => (await m.Position.create({ unitId: unit, parentId, code, titleFa, titleEn: titleFa, ...stamps }, options)).get().id;
    const ceo = await position('مدیرعامل', null);
    const itManager = await position('مدیر فناوری اطلاعات', ceo);
    const networkLead = await position('سرپرست شبکه', itManager);
    const networkExpert = await position('کارشناس شبکه', networkLead);
    const messageCenter = await position('مرکز پیام', itManager, 'message-center');
    const printerExpert = await position('کارشناس چاپگر', itManager);

    const tehran = (await m.Location.create({ kind: 'province', nameFa: 'تهران', nameEn: 'Tehran', ...stamps }, options)).get().id;
    const hq = (await m.Location.create({ kind: 'building', parentId: tehran, nameFa: 'ساختمان مرکزی', nameEn: 'HQ', ...stamps }, options)).get().id;
    const shiraz = (await m.Location.create({ kind: 'city', nameFa: 'شیراز', nameEn: 'Shiraz', ...stamps }, options)).get().id;

    let code = 1000;
    const person = async (firstName: string, lastName: string, mobile: string | null, positionId: number | null, locationId: number | null = hq) => {
      const id = (await m.Person.create({ personnelCode: String(code++), firstName, lastName, locationId, ...stamps }, options)).get().id;
      if (mobile) await m.PersonPhone.create({ personId: id, phone: mobile, kind: 'mobile' }, options);
      if (positionId !== null) await m.PersonPosition.create({ personId: id, positionId, isPrimary: true }, options);
      return id;
    };
    const sara = await person('سارا', 'احمدی', '+989121234567', null);
    const reza = await person('رضا', 'کریمی', '+989131111111', networkExpert);
    const maryam = await person('مریم', 'نوری', '+989132222222', networkLead);
    const ali = await person('علی', 'رضایی', '+989133333333', itManager);
    const nima = await person('نیما', 'صادقی', '+989134444444', messageCenter);
    const parisa = await person('پریسا', 'موسوی', '+989135555555', printerExpert);
    const hoda = await person('هدی', 'کاظمی', '+989136666666', null);
    const omid = await person('امید', 'جلالی', '+989137777777', ceo);

    const users: Record<string, number> = {};
    const user = async (username: string, personId: number | null, roles: Role[], language = 'fa') => {
      const id = (await m.User.create({ username, passwordHash: 'x', personId, displayName: username, language, ...stamps }, options)).get().id;
      for (const role of roles) await m.UserRole.create({ userId: id, role }, options);
      users[username] = id;
      return id;
    };
    await user('nima', nima, ['operator', 'staff']);
    await user('reza', reza, ['staff']);
    await user('maryam', maryam, ['staff', 'supervisor'], 'en');
    await user('ali', ali, ['staff', 'supervisor']);
    await user('parisa', parisa, ['staff']);
    await user('hoda', hoda, ['feedbackAgent']);
    await user('sara', sara, ['requester']);
    await user('admin', null, ['admin']);
    await user('auditor', null, ['auditor']);

    const category = async (nameFa: string, parentId: number | null, defaultPriorityCode: string | null = null) =>
      (await m.Category.create({ parentId, nameFa, nameEn: nameFa, requestType: 'incident', defaultPriorityCode, ...stamps }, options)).get().id;
    const software = await category('نرم‌افزار', null);
    const automation = await category('سامانه اتوماسیون', software);
    const reports = await category('گزارش‌گیری', automation);
    const network = await category('شبکه', null);
    const vpn = await category('وی‌پی‌ان', network, 'high');
    const hardware = await category('سخت‌افزار', null);
    const printer = await category('چاپگر', hardware);

    for (const [index, priority] of ['critical', 'high', 'medium', 'low'].entries()) {
      await m.Priority.create({ code: priority, nameFa: priority, nameEn: priority, color: '#888888', rankOrder: index + 1, isDefault: priority === 'medium', ...stamps }, options);
    }
    const contractorId = (await m.Contractor.create({ nameFa: 'پارس چاپ', nameEn: 'Pars Print', ...stamps }, options)).get().id;
    await m.ContractorSupervisor.create({ contractorId, positionId: printerExpert }, options);
    const vpnRule = (await m.RoutingRule.create({ categoryId: network, targetKind: 'positions', ...stamps }, options)).get().id;
    await m.RoutingRulePosition.create({ ruleId: vpnRule, positionId: networkExpert }, options);
    await m.RoutingRule.create({ categoryId: hardware, targetKind: 'contractor', contractorId, ...stamps }, options);
    await m.SlaTarget.create({ responseMinutes: 60, resolutionMinutes: 480, ...stamps }, options);
    for (const [name, value] of Object.entries(settings)) await m.Setting.create({ name, value: JSON.stringify(value), updatedAt: now }, options);

    const principal = (username: string, personId: number | null, roles: Role[], positionIds: number[], visiblePositionIds = positionIds): Principal => ({
      kind: 'user',
      id: users[username]!,
      personId,
      roles: new Set(roles),
      positionIds,
      visiblePositionIds,
      language: 'fa',
    });
    return {
      positions: { ceo, itManager, networkLead, networkExpert, messageCenter, printerExpert },
      people: { sara, reza, maryam, ali, nima, parisa, hoda, omid },
      categories: { software, automation, reports, network, vpn, hardware, printer },
      locations: { tehran, hq, shiraz },
      contractorId,
      principals: {
        operator: principal('nima', nima, ['operator', 'staff'], [messageCenter]),
        expert: principal('reza', reza, ['staff'], [networkExpert]),
        lead: principal('maryam', maryam, ['staff', 'supervisor'], [networkLead], [networkLead, networkExpert]),
        manager: principal('ali', ali, ['staff', 'supervisor'], [itManager], [itManager, networkLead, networkExpert, messageCenter, printerExpert]),
        printerExpert: principal('parisa', parisa, ['staff'], [printerExpert]),
        feedbackAgent: principal('hoda', hoda, ['feedbackAgent'], []),
        sara: principal('sara', sara, ['requester'], []),
        admin: principal('admin', null, ['admin'], []),
        auditor: principal('auditor', null, ['auditor'], []),
      },
    };
  });
}
