import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** An error a client can fix: a stable code, an HTTP status, and a message saying what to change. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details?: Record<string, unknown>[]) { super(message); }
}

export interface ErrorBody { error: { code: string; message: string; details?: Record<string, unknown>[] } }

interface AjvIssue { instancePath: string; keyword: string; message?: string; params: Record<string, unknown>; parentSchema?: { description?: string } }

const WHERE: Record<string, string> = { querystring: 'query parameter', body: 'body field', params: 'path parameter', headers: 'header' };

/** One readable sentence per schema violation, naming the parameter and what it must be. */
export function describeIssue(context: string, issue: AjvIssue): string {
  const where = WHERE[context] ?? context;
  const name = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (issue.keyword === 'additionalProperties') {
    const extra = String(issue.params.additionalProperty);
    return `unknown ${where} "${extra}"; remove it or check its spelling`;
  }
  if (issue.keyword === 'required') return `${where} "${name ? name + '.' : ''}${String(issue.params.missingProperty)}" is required`;
  const label = name ? `${where} "${name}"` : context === 'body' ? 'the body' : where;
  const expected = issue.parentSchema?.description ? ` (expected ${issue.parentSchema.description})` : '';
  return `${label} ${issue.message ?? 'is invalid'}${expected}`;
}

function body(code: string, message: string, details?: Record<string, unknown>[]): ErrorBody {
  return { error: { code, message, ...(details?.length ? { details } : {}) } };
}

/** Fastify's own errors mapped to stable codes; anything else is a 500 whose details stay in the log. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | ApiError, req: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof ApiError) return reply.status(err.status).send(body(err.code, err.message, err.details));
    const fe = err as FastifyError & { validation?: AjvIssue[]; validationContext?: string };
    if (fe.validation) {
      const ctx = fe.validationContext ?? 'request';
      const messages = fe.validation.map((i) => describeIssue(ctx, i));
      return reply.status(400).send(body('invalid_request', messages.join('; '),
        fe.validation.map((i, k) => ({ in: ctx, path: i.instancePath, keyword: i.keyword, message: messages[k] }))));
    }
    switch (fe.code) {
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.status(415).send(body('unsupported_media_type', `content type "${req.headers['content-type'] ?? ''}" is not accepted here; send text/plain, application/x-ndjson or application/json`));
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_TYPE':
        return reply.status(400).send(body('invalid_json', 'the body is empty; send a JSON document'));
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return reply.status(400).send(body('invalid_json', `the body is not valid JSON: ${fe.message}`));
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply.status(413).send(body('payload_too_large', `the body is larger than ${Math.round(app.initialConfig.bodyLimit! / 1048576)} MiB; split the documents into several requests`));
    }
    if (err instanceof SyntaxError || fe.statusCode === 400) return reply.status(400).send(body('invalid_json', `the body could not be parsed: ${err.message}`));
    req.log.error(err);
    return reply.status(500).send(body('internal_error', 'the server failed on this request; it is logged, and retrying will not help until it is fixed'));
  });
  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send(body('route_not_found', `no route ${req.method} ${req.url.split('?')[0]}; see /openapi.json or /docs for the endpoints`));
  });
}
