import argon2 from 'argon2';
import type { Role } from '../../../core/access/role.js';
import type { Database } from '../../../database/database.js';
import { modelsOf } from '../../../database/models/index.js';

/**
 * A small organization for API tests:
 *
 *   IT director (itDirector)
 *   ├─ service desk head (deskHead)
 *   │  ├─ operator (operatorPost)
 *   │  └─ feedback agents (feedbackPost)
 *   ├─ network head (networkHead)  ← supervised by `netsuper`
 *   │  └─ network expert (networkExpert)  ← held by `netstaff`
 *   └─ software expert (softwareExpert)  ← held by `swstaff`
 *
 * Users (password `<username>-password`): admin, operator, netstaff, netsuper, swstaff, feedback,
 * requester, requester2, auditor, designer.
 */
export interface TestOrg {
  readonly unitId: number;
  readonly positions: Readonly<Record<'itDirector' | 'deskHead' | 'operatorPost' | 'feedbackPost' | 'networkHead' | 'networkExpert' | 'softwareExpert', number>>;
  readonly people: Readonly<Record<TestUsername, number>>;
  readonly users: Readonly<Record<TestUsername, number>>;
  readonly locations: Readonly<Record<'tehran' | 'hq' | 'isfahan', number>>;
  readonly categories: Readonly<Record<'software' | 'office' | 'reports' | 'network', number>>;
  /** The requester's mobile, as stored (E.164). */
  readonly requesterPhone: string;
}

export type TestUsername = 'admin' | 'operator' | 'netstaff' | 'netsuper' | 'swstaff' | 'feedback' | 'requester' | 'requester2' | 'auditor' | 'designer';

const USERS: ReadonlyArray<{ username: TestUsername; roles: Role[]; position?: keyof TestOrg['positions']; phone?: string }> = [
  { username: 'admin', roles: ['admin'] },
  { username: 'operator', roles: ['operator'], position: 'operatorPost' },
  { username: 'netstaff', roles: ['staff'], position: 'networkExpert' },
  { username: 'netsuper', roles: ['staff', 'supervisor'], position: 'networkHead' },
  { username: 'swstaff', roles: ['staff'], position: 'softwareExpert' },
  { username: 'feedback', roles: ['feedbackAgent'], position: 'feedbackPost' },
  { username: 'requester', roles: ['requester'], phone: '+989121234567' },
  { username: 'requester2', roles: ['requester'], phone: '+989351112233' },
  { username: 'auditor', roles: ['auditor'] },
  { username: 'designer', roles: ['designer'] },
];

/** Cheap argon2id parameters: tests hash many passwords; verification reads the parameters from the hash. */
export function testPasswordHash(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 });
}

export async function createTestOrg(db: Database, now = new Date('2026-11-23T06:00:00Z')): Promise<TestOrg> {
  const m = modelsOf(db);
  const stamps = { createdAt: now, updatedAt: now };
  const hashes = await Promise.all(USERS.map((user) => testPasswordHash(`${user.username}-password`)));
  return db.transaction(async (tx) => {
    const options = { transaction: tx.transaction };
    const unitId = (await m.OrgUnit.create({ nameFa: 'فناوری اطلاعات', nameEn: 'IT', ...stamps }, options)).get().id;
    const position = async (titleEn: string, titleFa: string, parentId: number | null) =>
      (await m.Position.create({ unitId, parentId, titleEn, titleFa, ...stamps }, options)).get().id;
    const itDirector = await position('IT director', 'مدیر فناوری اطلاعات', null);
    const deskHead = await position('Service desk head', 'رئیس میز خدمت', itDirector);
    const operatorPost = await position('Operator', 'اپراتور', deskHead);
    const feedbackPost = await position('Feedback agents', 'کارشناسان نظرسنجی', deskHead);
    const networkHead = await position('Network head', 'رئیس شبکه', itDirector);
    const networkExpert = await position('Network expert', 'کارشناس شبکه', networkHead);
    const softwareExpert = await position('Software expert', 'کارشناس نرم‌افزار', itDirector);
    const positions = { itDirector, deskHead, operatorPost, feedbackPost, networkHead, networkExpert, softwareExpert };

    const location = async (kind: string, nameEn: string, nameFa: string, parentId: number | null) =>
      (await m.Location.create({ kind, nameEn, nameFa, parentId, ...stamps }, options)).get().id;
    const tehran = await location('province', 'Tehran', 'تهران', null);
    const hq = await location('building', 'Head office', 'ساختمان مرکزی', tehran);
    const isfahan = await location('province', 'Isfahan', 'اصفهان', null);

    const category = async (nameEn: string, nameFa: string, parentId: number | null) =>
      (await m.Category.create({ nameEn, nameFa, parentId, requestType: 'incident', ...stamps }, options)).get().id;
    const software = await category('Software', 'نرم‌افزار', null);
    const office = await category('Office automation', 'سامانه اتوماسیون', software);
    const reports = await category('Reports', 'گزارش‌گیری', office);
    const network = await category('Network', 'شبکه', null);

    for (const [rank, code, color] of [[1, 'critical', '#c62828'], [2, 'high', '#ef6c00'], [3, 'medium', '#f9a825'], [4, 'low', '#2e7d32']] as const) {
      await m.Priority.create({ code, nameFa: code, nameEn: code, color, rankOrder: rank, isDefault: code === 'medium', ...stamps }, options);
    }

    const people = {} as Record<TestUsername, number>;
    const users = {} as Record<TestUsername, number>;
    for (const [index, user] of USERS.entries()) {
      const personId = (await m.Person.create({ personnelCode: `T${1000 + index}`, firstName: user.username, lastName: 'Test', ...stamps }, options)).get().id;
      people[user.username] = personId;
      if (user.phone !== undefined) await m.PersonPhone.create({ personId, phone: user.phone, kind: 'mobile' }, options);
      if (user.position !== undefined) await m.PersonPosition.create({ personId, positionId: positions[user.position], isPrimary: true }, options);
      const userId = (await m.User.create({ username: user.username, passwordHash: hashes[index] as string, personId, displayName: user.username, language: 'fa', ...stamps }, options)).get().id;
      users[user.username] = userId;
      for (const role of user.roles) await m.UserRole.create({ userId, role }, options);
    }
    return {
      unitId,
      positions,
      people,
      users,
      locations: { tehran, hq, isfahan },
      categories: { software, office, reports, network },
      requesterPhone: '+989121234567',
    };
  });
}
