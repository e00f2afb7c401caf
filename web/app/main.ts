import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app';
import { appConfig } from './app.config';

bootstrapApplication(App, appConfig).catch((error: unknown) => {
  // Nothing rendered: say so in the page itself, in both languages, since no logger exists yet.
  document.body.textContent = 'پیشخوان بارگذاری نشد. Pishkhan failed to start.';
  throw error;
});
