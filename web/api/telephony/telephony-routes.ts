import type { Router } from 'express';
import { z } from 'zod';
import type { ApiDeps } from '../api-deps.js';
import { ApiRouter } from '../http/api-router.js';
import { callRecordingFile } from './call-recording-file.js';
import { controlCall, currentCallOf, lookUpCaller } from './call-control-use-cases.js';
import { ivrDefinitionSchema } from './ivr-definition-schema.js';
import { activateIvrDefinitionVersion, createIvrDefinitionVersion, ivrVersionDetail, listIvrVersionSummaries, recordedPrompts } from './ivr-version-use-cases.js';
import { changePresence, myPresence } from './operator-presence-use-cases.js';

const tag = 'telephony';
const endpoint = z.string().regex(/^[A-Za-z]+\/[^\s]{1,80}$/);
const loginBody = z.object({ endpoint: endpoint.optional(), queueIds: z.array(z.string().min(1).max(64)).max(50).optional() });
const pauseBody = z.object({ reason: z.string().max(200).optional() });
const transferBody = z.object({ toUserId: z.number().int().positive() });
const numberParams = z.object({ number: z.string().min(3).max(32) });
const callParams = z.object({ callId: z.coerce.number().int().positive() });
const versionParams = z.object({ version: z.coerce.number().int().positive() });
const versionBody = z.object({ definition: ivrDefinitionSchema, comment: z.string().max(500).optional() });

/**
 * /api/telephony: the operator's presence (log in, pause, resume, log out), the call in progress
 * (with the caller's card; transfer, hold, resume), caller lookup, call recordings for those who may
 * hear them, and the administrator's versioned IVR definitions. The telephony process carries out
 * presence and call controls; the screen pop itself arrives on /api/events.
 */
export function telephonyRoutes(deps: ApiDeps): Router {
  const routes = new ApiRouter();
  const operator = ['operator'] as const;

  routes.route({ method: 'get', path: '/telephony/me', tag, summary: 'The operator’s presence and the call they are in', access: operator }, async ({ principal }) => ({
    presence: await myPresence(deps, principal),
    call: await currentCallOf(deps, principal),
  }));
  routes.route({ method: 'post', path: '/telephony/me/login', tag, summary: 'Log in to the queues (phone and queues default to the extension and every queue)', access: operator, body: loginBody }, ({ principal, body }) =>
    changePresence(deps, principal, { kind: 'login', endpoint: body.endpoint, queueIds: body.queueIds }),
  );
  routes.route({ method: 'post', path: '/telephony/me/logout', tag, summary: 'Log out of the queues (after the call in progress)', access: operator }, ({ principal }) => changePresence(deps, principal, { kind: 'logout' }));
  routes.route({ method: 'post', path: '/telephony/me/pause', tag, summary: 'Pause: no calls are offered (after the call in progress)', access: operator, body: pauseBody }, ({ principal, body }) =>
    changePresence(deps, principal, { kind: 'pause', reason: body.reason }),
  );
  routes.route({ method: 'post', path: '/telephony/me/resume', tag, summary: 'Resume taking calls after a pause', access: operator }, ({ principal }) => changePresence(deps, principal, { kind: 'resume' }));

  routes.route({ method: 'get', path: '/telephony/me/call', tag, summary: 'The call in progress with the caller’s card (204 between calls)', access: operator }, async ({ principal }) => (await currentCallOf(deps, principal)) ?? undefined);
  routes.route({ method: 'post', path: '/telephony/me/call/transfer', tag, summary: 'Transfer the call to an available colleague', access: operator, body: transferBody, success: 202 }, ({ principal, body }) =>
    controlCall(deps, principal, { kind: 'transfer', toUserId: body.toUserId }),
  );
  routes.route({ method: 'post', path: '/telephony/me/call/hold', tag, summary: 'Put the caller on hold with music', access: operator, success: 202 }, ({ principal }) => controlCall(deps, principal, { kind: 'hold' }));
  routes.route({ method: 'post', path: '/telephony/me/call/resume', tag, summary: 'Take the caller off hold', access: operator, success: 202 }, ({ principal }) => controlCall(deps, principal, { kind: 'resume' }));

  routes.route({ method: 'get', path: '/telephony/callers/:number', tag, summary: 'The card of whoever has this phone number', access: ['operator', 'supervisor', 'admin'], params: numberParams }, ({ principal, params }) =>
    lookUpCaller(deps, principal, params.number),
  );
  routes.route(
    { method: 'get', path: '/telephony/calls/:callId/recording', tag, summary: 'A call’s recording (WAV), for its operator and those who may see its tickets', access: 'authenticated', params: callParams, produces: 'audio/wav' },
    async ({ principal, params, response }) => {
      const file = await callRecordingFile(deps, principal, params.callId);
      await new Promise<void>((resolve, reject) =>
        response.sendFile(file.absolutePath, { headers: { 'Content-Type': 'audio/wav', 'Content-Disposition': `inline; filename="${file.fileName}"`, 'Cache-Control': 'private, no-store' } }, (error) =>
          error ? reject(error) : resolve(),
        ),
      );
    },
  );

  const admin = ['admin'] as const;
  routes.route({ method: 'get', path: '/telephony/ivr/versions', tag, summary: 'The IVR definition’s versions, newest first', access: admin }, ({ principal }) => listIvrVersionSummaries(deps, principal));
  routes.route({ method: 'get', path: '/telephony/ivr/versions/:version', tag, summary: 'One IVR version with its definition', access: admin, params: versionParams }, ({ principal, params }) =>
    ivrVersionDetail(deps, principal, params.version),
  );
  routes.route({ method: 'post', path: '/telephony/ivr/versions', tag, summary: 'Store an edited IVR definition as a new version (not yet in force)', access: admin, body: versionBody, success: 201 }, ({ principal, body }) =>
    createIvrDefinitionVersion(deps, principal, body),
  );
  routes.route({ method: 'post', path: '/telephony/ivr/versions/:version/activate', tag, summary: 'Put an IVR version in force for calls from now on', access: admin, params: versionParams }, ({ principal, params }) =>
    activateIvrDefinitionVersion(deps, principal, params.version),
  );
  routes.route({ method: 'get', path: '/telephony/ivr/prompts', tag, summary: 'The recorded prompts a definition may name, with their Persian text', access: admin }, ({ principal }) => recordedPrompts(principal));
  return routes.router;
}
