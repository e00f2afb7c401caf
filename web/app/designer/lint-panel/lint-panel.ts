import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { LintProblem } from '../../../contract/processes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../shared/icon/icon';

/** The problems the Camunda rules (or the engine) found, worst first; picking one selects its element. */
@Component({
  selector: 'pk-lint-panel',
  imports: [Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lint-panel.html',
  styleUrl: './lint-panel.css',
})
export class LintPanel {
  readonly problems = input.required<readonly LintProblem[]>();
  /** `8.6`: the Camunda version the model was checked against. */
  readonly platformVersion = input<string | null>(null);
  readonly checking = input(false);
  readonly elementPicked = output<string>();

  protected readonly errors = computed(() => this.problems().filter((problem) => problem.severity === 'error').length);
  protected readonly warnings = computed(() => this.problems().filter((problem) => problem.severity !== 'error').length);

  protected pick(problem: LintProblem): void {
    if (problem.elementId !== '(file)') this.elementPicked.emit(problem.elementId);
  }
}
