import type { IconName } from '../icon/icon-paths';

/** One node of `<pk-tree-view>`: where it hangs and how it looks. */
export interface TreeViewNode {
  readonly key: string;
  /** `null` at the top; a key not among the nodes counts as the top too. */
  readonly parentKey: string | null;
  readonly label: string;
  readonly icon?: IconName;
  /** A short tag after the label: a kind, a code, "inactive". */
  readonly badge?: string;
  /** Quieter text after the badge. */
  readonly detail?: string;
  /** Shown dimmed, e.g. deactivated. */
  readonly muted?: boolean;
  /** A colour swatch before the label (`#RRGGBB`). */
  readonly color?: string;
}
