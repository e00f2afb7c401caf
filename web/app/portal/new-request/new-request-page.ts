import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { CatalogueCategory } from '../../../contract/catalogue';
import type { RegisteredTicket } from '../../../contract/tickets';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ApiErrorMessage } from '../../shared/api-error-message/api-error-message';
import { localName } from '../../shared/local-name/local-name';
import { ACCEPTED_ATTACHMENTS, attachmentProblem, type AttachmentProblem } from '../attachment-check';
import { PortalApi } from '../portal-api';

interface ChosenFile {
  readonly file: File;
  readonly problem: AttachmentProblem | null;
}

interface FailedUpload {
  readonly name: string;
  readonly error: unknown;
}

/**
 * A requester's new request: the category picked level by level (system, subsystem, subject), an
 * optional subject, the description and files. The files are sent once the request is registered;
 * a file the server refuses is named with its reason, and the request stands.
 */
@Component({
  selector: 'pk-new-request-page',
  imports: [ApiErrorMessage, ReactiveFormsModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './new-request-page.html',
  styleUrl: '../portal.css',
})
export class NewRequestPage {
  private readonly api = inject(PortalApi);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);
  protected readonly accept = ACCEPTED_ATTACHMENTS;

  protected readonly form = new FormGroup({
    level1: new FormControl<number | null>(null, Validators.required),
    level2: new FormControl<number | null>(null),
    level3: new FormControl<number | null>(null),
    subject: new FormControl('', { nonNullable: true, validators: Validators.maxLength(300) }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(20_000)] }),
  });
  private readonly categories = signal<readonly CatalogueCategory[]>([]);
  protected readonly catalogueError = signal<unknown>(null);
  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly level1 = computed(() => this.childrenOf(null));
  protected readonly level2 = computed(() => {
    const parent = this.values().level1;
    return parent === null || parent === undefined ? [] : this.childrenOf(parent);
  });
  protected readonly level3 = computed(() => {
    const parent = this.values().level2;
    return parent === null || parent === undefined ? [] : this.childrenOf(parent);
  });
  protected readonly files = signal<readonly ChosenFile[]>([]);
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<unknown>(null);
  protected readonly registered = signal<RegisteredTicket | null>(null);
  protected readonly failedUploads = signal<readonly FailedUpload[]>([]);
  /** One key per request written, so that a retried submission is registered once. */
  private idempotencyKey = crypto.randomUUID();

  constructor() {
    void this.api.catalogue().then(
      (catalogue) => this.categories.set(catalogue.categories),
      (error: unknown) => this.catalogueError.set(error),
    );
    this.form.controls.level1.valueChanges.subscribe(() => this.form.patchValue({ level2: null, level3: null }, { emitEvent: false }));
    this.form.controls.level2.valueChanges.subscribe(() => this.form.patchValue({ level3: null }, { emitEvent: false }));
  }

  protected name(category: CatalogueCategory): string {
    return localName(category, this.i18n.language());
  }

  protected chooseFiles(event: Event): void {
    const input = event.target as HTMLInputElement;
    const chosen = [...(input.files ?? [])].map((file) => ({ file, problem: attachmentProblem(file) }));
    this.files.update((files) => [...files, ...chosen]);
    input.value = '';
  }

  protected removeFile(index: number): void {
    this.files.update((files) => files.filter((_, at) => at !== index));
  }

  protected problemMessage(problem: AttachmentProblem): string {
    return problem.kind === 'tooLarge' ? this.i18n.translate('portal.new.file.tooLarge', { max: problem.max }) : this.i18n.translate('portal.new.file.type');
  }

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    const value = this.form.getRawValue();
    const categoryId = value.level3 ?? value.level2 ?? value.level1;
    if (this.form.invalid || categoryId === null || value.description.trim() === '' || this.files().some((file) => file.problem !== null) || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const subject = value.subject.trim();
      const ticket = await this.api.register({ categoryId, description: value.description.trim(), ...(subject === '' ? {} : { subject }) }, this.idempotencyKey);
      this.registered.set(ticket);
      const failed: FailedUpload[] = [];
      for (const { file } of this.files()) {
        try {
          await this.api.attach(ticket.ticketId, file);
        } catch (error) {
          failed.push({ name: file.name, error });
        }
      }
      this.idempotencyKey = crypto.randomUUID();
      if (failed.length === 0) void this.router.navigate(['/portal/requests', ticket.ticketId], { queryParams: { registered: 1 } });
      else this.failedUploads.set(failed);
    } catch (error) {
      this.error.set(error);
    } finally {
      this.busy.set(false);
    }
  }

  private childrenOf(parentId: number | null): CatalogueCategory[] {
    return this.categories().filter((category) => category.parentId === parentId);
  }
}
