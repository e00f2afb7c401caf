import { Router, type Request, type Response } from 'express';
import type { z } from 'zod';
import type { Principal } from '../../../core/access/principal.js';
import { requireAnyRole } from '../../../core/access/require-role.js';
import type { Language } from '../../../core/i18n/language.js';
import { optionalPrincipal, principalOf } from '../auth/principal-of.js';
import { requestLanguage } from '../i18n/request-language.js';
import { parseInput } from './parse-input.js';
import { recordRoute, type RouteSpec } from './route-spec.js';

type Parsed<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface RouteContext<S extends RouteSpec> {
  readonly params: Parsed<S['params']>;
  readonly query: Parsed<S['query']>;
  readonly body: Parsed<S['body']>;
  /** Present unless the route is public (then only when the caller happens to be signed in). */
  readonly principal: S['access'] extends 'public' ? Principal | undefined : Principal;
  readonly language: Language;
  readonly request: Request;
  readonly response: Response;
}

export type RouteHandler<S extends RouteSpec> = (context: RouteContext<S>) => unknown;

/**
 * A feature's routes. Each route checks who calls it (401, 403), parses its path parameters, query
 * and body with its zod schemas (400 with field problems), runs the handler and answers with what
 * the handler returns as JSON (or 204 when it returns nothing and wrote no answer itself). The
 * handler calls a use case, which checks permission again on its own.
 */
export class ApiRouter {
  readonly router = Router();

  route<const S extends RouteSpec>(spec: S, handler: RouteHandler<S>): void {
    recordRoute(this.router, spec);
    this.router[spec.method](spec.path, async (request: Request, response: Response) => {
      const principal = spec.access === 'public' ? optionalPrincipal(response) : principalOf(request, response);
      if (principal !== undefined && Array.isArray(spec.access)) requireAnyRole(principal, spec.access);
      const context = {
        params: spec.params === undefined ? undefined : parseInput(spec.params, request.params),
        query: spec.query === undefined ? undefined : parseInput(spec.query, request.query),
        body: spec.body === undefined ? undefined : parseInput(spec.body, request.body ?? {}),
        principal,
        language: request.headers['accept-language'] === undefined && principal !== undefined ? principal.language : requestLanguage(request),
        request,
        response,
      } as RouteContext<S>;
      const result = await handler(context);
      if (response.headersSent || response.writableEnded) return;
      if (result === undefined) response.status(spec.success ?? 204).end();
      else response.status(spec.success ?? 200).json(result);
    });
  }
}
