/** Which service and operation a request is for, and its body parsed the way that service encodes it. */
import { backupOperation } from './backupService.js'
import { copyOperation } from './copyService.js'
import type { RequestContext } from './http.js'
import { parseForm } from './sts.js'
import type { ServiceName } from './types.js'

export interface Route {
  readonly service: ServiceName | 'unknown'
  readonly operation: string
  readonly body: unknown
  readonly jobId?: string
}

/** Routing by path: /oidc/… is GitHub, /backup-jobs… and /copy-jobs… are AWS Backup, a form POST to / is STS. */
export function classify(ctx: RequestContext): Route {
  if (ctx.rawPath === '/oidc/token' || ctx.rawPath.startsWith('/oidc/'))
    return { service: 'oidc', operation: 'GetIdToken', body: undefined }
  const backupRoute = backupOperation(ctx.method, ctx.rawPath) ?? copyOperation(ctx.method, ctx.rawPath)
  if (backupRoute !== undefined) {
    return {
      service: 'backup',
      operation: backupRoute.operation,
      body: parseJson(ctx.body),
      ...(backupRoute.jobId !== undefined ? { jobId: backupRoute.jobId } : {})
    }
  }
  if (ctx.method === 'POST' && ctx.rawPath === '/') {
    const form = parseForm(ctx.body)
    return { service: 'sts', operation: form['Action'] ?? 'Unknown', body: form }
  }
  return { service: 'unknown', operation: 'Unknown', body: ctx.body.length > 0 ? ctx.body.toString('utf8') : undefined }
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return undefined
  try {
    return JSON.parse(body.toString('utf8')) as unknown
  } catch {
    return undefined
  }
}
