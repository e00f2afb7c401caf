/**
 * The operator's screen pop, end to end: the real server with its telephony application connected
 * to the ARI double (telephony/ari-double/), a caller dialling the service number through the IVR to
 * a queue, the operator's phone ringing and answering, and the operator console in a real browser.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DEFAULT_IVR_DEFINITION } from '../../core/telephony/ivr/default-ivr-definition.js';
import { IVR_PROMPTS } from '../../core/telephony/telephony-prompts.js';
import { AriDouble } from '../../telephony/ari-double/ari-double.js';
import { promptSounds, SOUND_PREFIX } from '../../telephony/test-support/telephony-harness.js';
import type { CallerCard, CurrentCall } from '../contract/telephony.js';
import type { TicketDetail } from '../contract/tickets.js';
import { apiAs } from './support/api-as.js';
import { startE2eApp, type E2eApp } from './support/e2e-app.js';

/** Mina Asadi, accountant in finance (README), calling from her mobile. */
const MINA_MOBILE = '09123346071';
/** The demo `operator` (Zahra Ahmadi) has extension 2101: the console logs her in with PJSIP/2101. */
const OPERATOR_PHONE = '2101';


const toPersianDigits = (text: string) => text.replace(/\d/g, (digit) => '۰۱۲۳۴۵۶۷۸۹'[Number(digit)]!);

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('operator screen pop (real server, ARI double)', () => {
  let double: AriDouble;
  let app: E2eApp;
  let filesDir: string;

  before(async () => {
    // Real time (speed 1), as the server runs; short prompts keep the IVR quick.
    double = await AriDouble.start({ speed: 1, sounds: promptSounds(1500) });
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pishkhan-e2e-files-'));
    app = await startE2eApp({
      env: { ARI_URL: double.url, ARI_USERNAME: double.username, ARI_PASSWORD: double.password, ARI_APP: 'pishkhan', ARI_SOUND_PREFIX: SOUND_PREFIX, FILES_DIR: filesDir },
    });
    await until(() => double.openEventConnections > 0, 'the telephony application connected to the ARI double', 30_000);
  });
  after(async () => {
    await app?.stop();
    await double?.stop();
    if (filesDir) fs.rmSync(filesDir, { recursive: true, force: true });
  });

  /**
   * The demo calendar may be closed at the hour the test runs (Tehran time), and the default IVR
   * sends callers to voicemail then: the administrator puts in force a version that takes calls at
   * any hour, as an installation with a round-the-clock desk would.
   */
  async function openAroundTheClock(): Promise<void> {
    const context = await app.browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.250' } });
    try {
      const page = await context.newPage();
      await app.signIn(page, 'admin');
      const definition = { ...DEFAULT_IVR_DEFINITION, afterHours: { ...DEFAULT_IVR_DEFINITION.afterHours, enabled: false } };
      const stored = await apiAs<{ version: number }>(page, app.server.baseUrl, 'POST', '/api/telephony/ivr/versions', { definition, comment: 'round the clock' });
      await apiAs(page, app.server.baseUrl, 'POST', `/api/telephony/ivr/versions/${stored.version}/activate`);
    } finally {
      await context.close();
    }
  }

  const playing = (channelId: string, prompt: string) => double.channel(channelId)?.playing === `sound:${SOUND_PREFIX}${prompt}`;
  const operatorChannel = () => double.state().channels.find((channel) => channel.name.startsWith(`PJSIP/${OPERATOR_PHONE}-`));

  it('given an operator logged in to the queues, when a known caller comes through the IVR and the operator answers, then the caller’s card and number fill the console by themselves, and the request registered from it is linked to the call and its recording', async () => {
    await openAroundTheClock();
    double.setEndpoint(OPERATOR_PHONE, { state: 'online', behaviour: { kind: 'manual' } });

    await app.withPage(async (page: Page) => {
      await app.signIn(page, 'operator');
      await page.goto(app.url('/operator-console'));
      await page.getByRole('heading', { name: 'میز اپراتور' }).waitFor();
      const status = page.getByTestId('presence-status');
      await page.getByRole('button', { name: 'ورود به صف‌ها' }).click();
      await status.filter({ hasText: 'آماده پاسخ' }).waitFor();
      assert.equal(await page.getByLabel('شمارهٔ تماس‌گیرنده').inputValue(), '', 'nothing typed before the call');
      const expected = await apiAs<CallerCard>(page, app.server.baseUrl, 'GET', `/api/telephony/callers/${MINA_MOBILE}`);
      assert.ok(expected.person !== null, 'the demo knows Mina by her mobile');

      // Mina dials in: support (1), hardware and network (3).
      const call = double.placeCall({ to: '1500', callerNumber: MINA_MOBILE });
      assert.ok(call.enteredStasis, 'the call reached the application');
      await until(() => playing(call.channelId, IVR_PROMPTS.mainMenu), 'the main menu');
      await double.pressDigits(call.channelId, '1');
      await until(() => playing(call.channelId, IVR_PROMPTS.supportMenu), 'the support menu');
      await double.pressDigits(call.channelId, '3');

      await until(() => operatorChannel()?.state === 'Ringing', 'the operator’s phone ringing');
      await page.locator('.call-state[data-state="ringing"]').waitFor();
      assert.ok(double.answerRinging(operatorChannel()!.id), 'the operator picks up');
      await until(() => double.channel(call.channelId)?.bridgeId !== undefined, 'the caller and operator bridged');

      // The screen pop: no key pressed in the console.
      const callState = page.locator('.call-state[data-state="answered"]');
      await callState.waitFor();
      assert.match((await callState.textContent()) ?? '', /در حال گفت‌وگو با/);
      const card = page.getByTestId('caller-card');
      await card.getByTestId('caller-name').filter({ hasText: expected.person!.name }).waitFor();
      assert.equal(expected.person!.name, 'مینا اسدی');
      if (expected.person!.unit) assert.equal((await card.getByTestId('caller-unit').textContent())?.trim(), expected.person!.unit);
      for (const fact of [expected.person!.position, expected.person!.location]) if (fact) await card.getByText(fact, { exact: true }).first().waitFor();
      const pastRequests = [...expected.openRequests, ...expected.recentRequests];
      const requestsList = card.getByTestId('caller-requests');
      assert.ok(pastRequests.length > 0, 'the demo gives Mina past requests');
      for (const request of pastRequests.slice(0, 2)) await requestsList.getByText(toPersianDigits(request.trackingCode), { exact: true }).first().waitFor();
      assert.equal(await page.getByLabel('شمارهٔ تماس‌گیرنده').inputValue(), MINA_MOBILE, 'the phone field is filled from caller ID');
      await page.waitForFunction(() => document.activeElement?.id === 'op-category');

      // Registering from the pop.
      await page.keyboard.type('اتصال vpn');
      await page.getByRole('option', { name: /اتصال VPN/ }).waitFor();
      await page.keyboard.press('Enter');
      await page.getByLabel('شرح درخواست').fill('VPN از خانه وصل نمی‌شود');
      await page.getByRole('button', { name: 'ثبت درخواست' }).click();
      await page.getByTestId('tracking-code').waitFor();
      const inProgress = await apiAs<CurrentCall | undefined>(page, app.server.baseUrl, 'GET', '/api/telephony/me/call');
      assert.ok(inProgress !== undefined, 'the operator is in the call');

      // The caller hangs up; the conversation's recording is stored with the call.
      double.hangUpFromRemote(call.channelId);
      await page.locator('.call-state[data-state="ended"]').waitFor();

      await page.getByRole('link', { name: 'مشاهدهٔ درخواست' }).click();
      await page.waitForURL(/\/tickets\/\d+$/);
      const ticketId = Number(new URL(page.url()).pathname.split('/').pop());
      const detail = await apiAs<TicketDetail>(page, app.server.baseUrl, 'GET', `/api/tickets/${ticketId}`);
      assert.equal(detail.requester.name, 'مینا اسدی');
      assert.equal(detail.channel, 'phone');
      let recordingUrl: string | null = detail.recordingUrl;
      await until(async () => (recordingUrl = (await apiAs<TicketDetail>(page, app.server.baseUrl, 'GET', `/api/tickets/${ticketId}`)).recordingUrl) !== null, 'the call’s recording stored');
      assert.equal(recordingUrl, `/api/telephony/calls/${inProgress.callId}/recording`, 'the ticket is linked to the operator’s call');
      await page.reload();
      const audio = page.getByTestId('ticket-recording');
      await audio.waitFor();
      assert.equal(await audio.getAttribute('src'), recordingUrl);
      const recording = await page.request.get(app.url(recordingUrl!));
      assert.equal(recording.status(), 200);
      assert.match(recording.headers()['content-type'] ?? '', /audio/);
    });
  });
});
