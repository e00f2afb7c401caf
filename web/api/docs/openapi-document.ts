import { z } from 'zod';
import type { RouteSpec } from '../http/route-spec.js';

type JsonSchema = Record<string, unknown>;

/** The request schemas as JSON Schema (draft 2020-12, which OpenAPI 3.1 uses), from the side a client writes. */
function jsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** `/admin/positions/:id` → `/api/admin/positions/{id}` */
export function openApiPath(expressPath: string): string {
  return `/api${expressPath.replace(/:(\w+)/g, '{$1}')}`;
}

function parameters(schema: z.ZodType | undefined, location: 'path' | 'query'): JsonSchema[] {
  if (schema === undefined) return [];
  const object = jsonSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: location,
      required: location === 'path' || (object.required ?? []).includes(name),
      schema: rest,
      ...(description === undefined ? {} : { description }),
    };
  });
}

const problem = {
  type: 'object',
  required: ['field', 'messageKey'],
  properties: {
    field: { type: 'string', examples: ['targets[0].responseMinutes'] },
    messageKey: { type: 'string', examples: ['sla.target.minutesNotPositive'] },
    params: { type: 'object', additionalProperties: { type: ['string', 'number'] } },
    message: { type: 'string', description: 'In the language of Accept-Language (fa by default).' },
  },
};

const errorBody = (kind: string, properties: JsonSchema = {}) => ({ type: 'object', required: ['error'], properties: { error: { const: kind }, ...properties } });

const COMPONENTS = {
  schemas: {
    FieldProblem: problem,
    ValidationError: errorBody('validation', { problems: { type: 'array', items: { $ref: '#/components/schemas/FieldProblem' } } }),
    Unauthenticated: errorBody('unauthenticated', { reason: { const: 'login_failed' }, message: { type: 'string' } }),
    Forbidden: errorBody('forbidden', { reason: { const: 'csrf' }, message: { type: 'string' } }),
    NotFound: errorBody('not_found', { what: { type: 'string' } }),
    BusinessRule: errorBody('business_rule', { code: { type: 'string' }, message: { type: 'string' } }),
    RateLimited: errorBody('rate_limited', { retryAfterSeconds: { type: 'integer' }, message: { type: 'string' } }),
    Internal: errorBody('internal', { errorId: { type: 'string' } }),
  },
  securitySchemes: {
    session: {
      type: 'apiKey',
      in: 'cookie',
      name: 'pishkhan_session',
      description: 'Set by POST /api/auth/login. Requests that change state must also send the XSRF-TOKEN cookie’s value in the X-XSRF-TOKEN header.',
    },
    apiKey: { type: 'http', scheme: 'bearer', description: 'An API key for CRM systems: `Authorization: Bearer pk_…` (created under /api/admin/api-keys).' },
  },
};

const json = (ref: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } });

function responses(spec: RouteSpec): Record<string, unknown> {
  const success = spec.success ?? 200;
  const answers: Record<string, unknown> = {
    [String(success)]:
      spec.produces === undefined
        ? { description: success === 204 ? 'Done' : 'The answer (types in web/contract/)' }
        : { description: spec.produces === 'text/event-stream' ? 'An event stream (web/contract/live-events.ts)' : 'A file', content: { [spec.produces]: { schema: { type: 'string' } } } },
  };
  if (spec.params !== undefined || spec.query !== undefined || spec.body !== undefined) answers['400'] = { description: 'Invalid input, per field', content: json('ValidationError') };
  if (spec.access !== 'public') {
    answers['401'] = { description: 'No valid session or API key', content: json('Unauthenticated') };
    answers['403'] = { description: 'The caller may not do this, or the CSRF header is missing', content: json('Forbidden') };
  }
  if (spec.params !== undefined) answers['404'] = { description: 'Not found', content: json('NotFound') };
  if (spec.method !== 'get') answers['422'] = { description: 'Refused by a business rule', content: json('BusinessRule') };
  if (spec.rateLimited === true) answers['429'] = { description: 'Too many requests (with Retry-After)', content: json('RateLimited') };
  answers['500'] = { description: 'Unexpected failure, logged under errorId', content: json('Internal') };
  return answers;
}

function accessText(spec: RouteSpec): string {
  if (spec.access === 'public') return 'Public.';
  if (spec.access === 'authenticated') return 'Any signed-in user or API key.';
  return `Roles: ${spec.access.join(', ')}.`;
}

/** The OpenAPI 3.1 document of the routes, built from the zod schemas they validate their input with. */
export function buildOpenApiDocument(specs: readonly RouteSpec[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const path = openApiPath(spec.path);
    paths[path] ??= {};
    paths[path][spec.method] = {
      tags: [spec.tag],
      summary: spec.summary,
      description: accessText(spec),
      operationId: `${spec.method}${path.replace(/[^A-Za-z0-9]+(\w?)/g, (_match, next: string) => next.toUpperCase())}`,
      'x-access': spec.access,
      ...(spec.access === 'public' ? { security: [] } : {}),
      parameters: [...parameters(spec.params, 'path'), ...parameters(spec.query, 'query'), { $ref: '#/components/parameters/AcceptLanguage' }],
      ...(spec.body === undefined ? {} : { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(spec.body) } } } }),
      responses: responses(spec),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Pishkhan API',
      version,
      description: 'The service desk’s HTTP API. Validation messages come in the language of Accept-Language (Persian by default, English).',
    },
    servers: [{ url: '/' }],
    security: [{ session: [] }, { apiKey: [] }],
    paths,
    components: {
      ...COMPONENTS,
      parameters: { AcceptLanguage: { name: 'Accept-Language', in: 'header', required: false, schema: { type: 'string', examples: ['fa', 'en'] } } },
    },
  };
}
