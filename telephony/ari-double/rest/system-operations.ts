import { AriHttpError } from '../http/ari-http-error.js';
import type { OperationRequest } from '../http/operation-request.js';
import type { Pbx } from '../pbx/pbx.js';
import type { StasisApp } from '../pbx/stasis-apps.js';
import { type AriOperation, noContent } from './operation-context.js';

function endpointJson(pbx: Pbx, resource: string) {
  const endpoint = pbx.endpoints.get(resource);
  if (endpoint === undefined) return undefined;
  const channelIds = [...pbx.channels.values()].filter((c) => c.name.startsWith(`PJSIP/${resource}-`)).map((c) => c.id);
  return { technology: 'PJSIP', resource, state: endpoint.state, channel_ids: channelIds };
}

function sounds(request: OperationRequest, pbx: Pbx) {
  const language = request.string('lang');
  const format = request.string('format');
  const found = pbx.options.sounds
    .map((sound) => ({
      id: sound.id,
      formats: sound.formats.filter((f) => (language === undefined || f.language === language) && (format === undefined || f.format === format)).map((f) => ({ language: f.language, format: f.format })),
    }))
    .filter((sound) => sound.formats.length > 0);
  if (found.length === 0) throw new AriHttpError(404, 'No sounds found that matched the query');
  return { status: 200, json: found };
}

function application(pbx: Pbx, name: string): StasisApp {
  const app = pbx.apps.get(name);
  if (app === undefined) throw new AriHttpError(404, 'Application not found');
  return app;
}

/** POST/DELETE /applications/{name}/subscription with `channel:…`, `bridge:…`, `endpoint:…`, `deviceState:…`. */
function subscription(subscribe: boolean): AriOperation {
  return (request, pbx) => {
    const sources = request.list('eventSource');
    if (sources.length === 0) throw new AriHttpError(400, 'Missing parameter eventSource');
    const app = application(pbx, request.path('applicationName'));
    for (const source of sources) {
      const colon = source.indexOf(':');
      const scheme = source.slice(0, colon);
      const id = source.slice(colon + 1);
      if (scheme === 'channel') {
        if (!pbx.channels.has(id)) throw new AriHttpError(422, 'Event source does not exist');
        if (subscribe) pbx.apps.subscribeChannel(app.name, id, 'explicit');
        else pbx.apps.unsubscribeChannel(app.name, id, 'explicit');
      } else if (scheme === 'bridge') {
        if (!pbx.bridges.has(id)) throw new AriHttpError(422, 'Event source does not exist');
        if (subscribe) app.bridgeIds.add(id);
        else app.bridgeIds.delete(id);
      } else if (scheme === 'endpoint') {
        const resource = id.split('/')[1];
        if (!id.startsWith('PJSIP') || (resource !== undefined && !pbx.endpoints.has(resource))) throw new AriHttpError(422, 'Event source does not exist');
        if (subscribe) app.endpointIds.add(id);
        else app.endpointIds.delete(id);
      } else if (scheme === 'deviceState') {
        if (subscribe) app.deviceNames.add(id);
        else app.deviceNames.delete(id);
      } else {
        throw new AriHttpError(400, 'Invalid event source URI scheme');
      }
    }
    return { status: 200, json: app.toJson() };
  };
}

function filter(request: OperationRequest, pbx: Pbx) {
  const app = application(pbx, request.path('applicationName'));
  const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as { allowed?: unknown; disallowed?: unknown };
  const list = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is { type: string } => typeof (v as { type?: unknown }).type === 'string') : undefined);
  if (body.allowed === undefined && body.disallowed === undefined) app.filter = { allowed: [], disallowed: [] };
  app.filter = { allowed: list(body.allowed) ?? app.filter.allowed, disallowed: list(body.disallowed) ?? app.filter.disallowed };
  return { status: 200, json: app.toJson() };
}

function asteriskInfo(request: OperationRequest, pbx: Pbx) {
  const only = request.list('only');
  const info = pbx.options.asteriskInfo;
  const json = only.length === 0 ? info : Object.fromEntries(Object.entries(info).filter(([key]) => only.includes(key)));
  return { status: 200, json };
}

export const systemOperations: Readonly<Record<string, AriOperation>> = {
  'asterisk.getInfo': asteriskInfo,
  'asterisk.ping': (_request, pbx) => ({ status: 200, json: { ping: 'pong', timestamp: pbx.timestamp(), asterisk_id: pbx.options.asteriskId } }),
  'asterisk.getGlobalVar': (request, pbx) => {
    const name = request.string('variable') ?? '';
    if (name === '') throw new AriHttpError(400, 'Variable name is required');
    return { status: 200, json: { value: pbx.globalVariables.get(name) ?? '' } };
  },
  'asterisk.setGlobalVar': (request, pbx) => {
    const name = request.string('variable') ?? '';
    if (name === '') throw new AriHttpError(400, 'Variable name is required');
    pbx.globalVariables.set(name, request.string('value') ?? '');
    return noContent;
  },
  'sounds.list': sounds,
  'sounds.get': (request, pbx) => {
    const sound = pbx.options.sounds.find((s) => s.id === request.path('soundId'));
    if (sound === undefined) throw new AriHttpError(404, 'Sound not found');
    return { status: 200, json: { id: sound.id, formats: sound.formats.map((f) => ({ language: f.language, format: f.format })) } };
  },
  'endpoints.list': (_request, pbx) => ({ status: 200, json: [...pbx.endpoints.keys()].map((resource) => endpointJson(pbx, resource)) }),
  'endpoints.listByTech': (request, pbx) => {
    const tech = request.path('tech');
    if (tech !== 'PJSIP') throw new AriHttpError(404, `No Endpoints found - invalid tech ${tech}`);
    return { status: 200, json: [...pbx.endpoints.keys()].map((resource) => endpointJson(pbx, resource)) };
  },
  'endpoints.get': (request, pbx) => {
    const json = request.path('tech') === 'PJSIP' ? endpointJson(pbx, request.path('resource')) : undefined;
    if (json === undefined) throw new AriHttpError(404, 'Endpoint not found');
    return { status: 200, json };
  },
  'deviceStates.list': (_request, pbx) => ({ status: 200, json: [...pbx.deviceStates].map(([name, state]) => ({ name, state })) }),
  'deviceStates.get': (request, pbx) => ({ status: 200, json: { name: request.path('deviceName'), state: pbx.deviceStates.get(request.path('deviceName')) ?? 'UNKNOWN' } }),
  'deviceStates.update': (request, pbx) => {
    pbx.deviceStates.set(request.path('deviceName'), request.string('deviceState') ?? 'UNKNOWN');
    return noContent;
  },
  'deviceStates.delete': (request, pbx) => {
    pbx.deviceStates.delete(request.path('deviceName'));
    return noContent;
  },
  'applications.list': (_request, pbx) => ({ status: 200, json: pbx.apps.all().filter((a) => a.active || a.channels.size > 0).map((a) => a.toJson()) }),
  'applications.get': (request, pbx) => ({ status: 200, json: application(pbx, request.path('applicationName')).toJson() }),
  'applications.subscribe': subscription(true),
  'applications.unsubscribe': subscription(false),
  'applications.filter': filter,
};
