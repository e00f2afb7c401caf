import type { BusinessCalendar } from '../../../core/calendar/business-calendar.js';

export interface Names {
  readonly fa: string;
  readonly en: string;
}

export interface ReferenceUnit {
  readonly id: number;
  readonly parentId: number | null;
  readonly name: Names;
}

export interface ReferenceCategory {
  readonly id: number;
  readonly parentId: number | null;
  readonly name: Names;
  /** 1 for a system, 2 for a subsystem, 3 for a subject. */
  readonly level: number;
  /** Root first, itself last. */
  readonly path: readonly number[];
}

export interface ReferencePosition {
  readonly id: number;
  readonly parentId: number | null;
  readonly unitId: number;
  readonly title: Names;
}

export interface ReferencePriority {
  readonly code: string;
  readonly name: Names;
  readonly color: string;
  readonly rank: number;
}

export interface ReferencePerson {
  readonly id: number;
  readonly name: Names;
  readonly unitId: number | null;
}

export interface ReferenceUser {
  readonly id: number;
  readonly personId: number | null;
  readonly displayName: string;
  readonly roles: readonly string[];
}

/** The names and trees the reports label their rows with, and the business calendar. */
export interface ReportReference {
  readonly units: ReadonlyMap<number, ReferenceUnit>;
  readonly categories: ReadonlyMap<number, ReferenceCategory>;
  readonly positions: ReadonlyMap<number, ReferencePosition>;
  readonly priorities: readonly ReferencePriority[];
  readonly contractors: ReadonlyMap<number, Names>;
  readonly people: ReadonlyMap<number, ReferencePerson>;
  /** Who holds each position. */
  readonly holders: ReadonlyMap<number, readonly number[]>;
  readonly users: ReadonlyMap<number, ReferenceUser>;
  readonly calendar: BusinessCalendar;
}
