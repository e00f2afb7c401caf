import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Category, CategoryInput } from '../../../contract/admin/category';
import type { Contractor, ContractorInput } from '../../../contract/admin/contractor';
import type { Location, LocationInput } from '../../../contract/admin/location';
import type { OrgUnit, OrgUnitInput } from '../../../contract/admin/org-unit';
import type { Position, PositionInput } from '../../../contract/admin/position';
import type { Priority, PriorityInput } from '../../../contract/admin/priority';
import type { RoutingRule, RoutingRuleInput } from '../../../contract/admin/routing-rule';
import { AdminCollection } from './admin-collection';
import { EntityStore } from './entity-store';

/**
 * The organization and catalogue as the admin pages share them: each page shows and edits one of
 * these lists and picks from the others (a position's unit, a rule's category). Provided by the
 * admin area's layout, so it lives while the admin works there and is read afresh next time.
 */
@Injectable()
export class AdminDirectory {
  private readonly http = inject(HttpClient);

  readonly units = this.store<OrgUnit, OrgUnitInput>('org-units');
  readonly positions = this.store<Position, PositionInput>('positions');
  readonly locations = this.store<Location, LocationInput>('locations');
  readonly contractors = this.store<Contractor, ContractorInput>('contractors');
  readonly categories = this.store<Category, CategoryInput>('categories');
  readonly priorities = this.store<Priority, PriorityInput>('priorities');
  readonly routingRules = this.store<RoutingRule, RoutingRuleInput>('routing-rules');

  private store<T extends { readonly id: number }, I>(path: string): EntityStore<T, I> {
    return new EntityStore(new AdminCollection<T, I>(this.http, path));
  }
}
