import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { Shell } from './core/layout/shell';

@Component({
  selector: 'pk-root',
  imports: [RouterOutlet, Shell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pk-shell><router-outlet /></pk-shell>`,
})
export class App {}
