import type { LocalizedText } from '../../contract/reports.js';
import type { ReportReference } from '../../../database/repositories/reports/report-reference.js';
import { NO_CATEGORY, NO_UNIT, UNKNOWN } from './report-labels.js';
import { text } from './localized.js';

/** Names of the things report rows are about, from the reference data, in both languages. */
export class RowNames {
  constructor(private readonly reference: ReportReference) {}

  unit(unitId: number | null): LocalizedText {
    if (unitId === null) return NO_UNIT;
    return this.reference.units.get(unitId)?.name ?? UNKNOWN;
  }

  /** The category with its path: «سخت‌افزار و شبکه › چاپگر». */
  category(categoryId: number | null): LocalizedText {
    if (categoryId === null) return NO_CATEGORY;
    const category = this.reference.categories.get(categoryId);
    if (category === undefined) return UNKNOWN;
    const names = category.path.map((id) => this.reference.categories.get(id)?.name ?? UNKNOWN);
    return text(names.map((name) => name.fa).join(' › '), names.map((name) => name.en).join(' › '));
  }

  position(positionId: number): LocalizedText {
    return this.reference.positions.get(positionId)?.title ?? UNKNOWN;
  }

  /** The unit a position belongs to. */
  positionUnit(positionId: number): LocalizedText {
    const position = this.reference.positions.get(positionId);
    return position === undefined ? UNKNOWN : this.unit(position.unitId);
  }

  person(personId: number): LocalizedText {
    return this.reference.people.get(personId)?.name ?? UNKNOWN;
  }

  /** Everyone holding a position, separated by commas. */
  holders(positionId: number): LocalizedText {
    const names = (this.reference.holders.get(positionId) ?? []).map((personId) => this.person(personId));
    return text(names.map((name) => name.fa).join('، '), names.map((name) => name.en).join(', '));
  }

  /** A user by their person's name, or their display name. */
  user(userId: number): LocalizedText {
    const user = this.reference.users.get(userId);
    if (user === undefined) return UNKNOWN;
    return user.personId === null ? text(user.displayName, user.displayName) : this.person(user.personId);
  }

  contractor(contractorId: number): LocalizedText {
    return this.reference.contractors.get(contractorId) ?? UNKNOWN;
  }

  priority(code: string): LocalizedText {
    return this.reference.priorities.find((priority) => priority.code === code)?.name ?? text(code, code);
  }

  /** The priority's colour as the administrator chose it, for charts. */
  priorityColor(code: string): string | null {
    return this.reference.priorities.find((priority) => priority.code === code)?.color ?? null;
  }
}
