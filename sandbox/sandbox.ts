/**
 * A loopback AWS for tests: GitHub's OIDC token endpoint, STS AssumeRoleWithWebIdentity and AWS Backup's job
 * API on one HTTP server on 127.0.0.1, with scripted job timelines, fault injection and a record of every call.
 */
import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { BackupOperation } from './backupService.js'
import { BackupService } from './backupService.js'
import type { CopyAccessors } from './copySetup.js'
import { createCopies } from './copySetup.js'
import type { CopyOperation } from './copyService.js'
import { CredentialStore } from './credentials.js'
import { FaultBook, answerReply, faultReply } from './faults.js'
import type { Reply, RequestContext } from './http.js'
import { jsonReply, readContext, sleep } from './http.js'
import { JobStore, toSnapshot } from './jobs.js'
import type { MintOptions } from './oidc.js'
import { DEFAULT_ISSUER, DEFAULT_SUBJECT, OidcIssuer } from './oidc.js'
import type { Route } from './routes.js'
import { classify } from './routes.js'
import { RateLimiter } from './quotas.js'
import { StsService } from './sts.js'
import type {
  FaultHandle,
  FaultRule,
  IssuedCredentials,
  IssuedSecrets,
  JobSnapshot,
  RateQuotas,
  RecordedRequest,
  SandboxOptions,
  StaticCredentials,
  TimelineOption
} from './types.js'

export type * from './types.js'
export type * from './copyTypes.js'
export { signRequest } from './sigv4.js'

export interface JobFilter {
  readonly resourceArn?: string
  readonly state?: string
  readonly region?: string
  readonly parentJobId?: string
}

export interface Sandbox extends CopyAccessors {
  /** http://127.0.0.1:PORT */
  readonly url: string
  readonly port: number
  readonly region: string
  readonly accountId: string
  /** Every request answered (or dropped), oldest first. Live: read it after the calls you care about. */
  readonly requests: readonly RecordedRequest[]
  /**
   * AWS_ENDPOINT_URL_BACKUP, AWS_ENDPOINT_URL_STS, ACTIONS_ID_TOKEN_REQUEST_URL (with ?api-version=2.0) and
   * ACTIONS_ID_TOKEN_REQUEST_TOKEN; optionally the first static credentials and the region too.
   */
  env(options?: { readonly staticCredentials?: boolean; readonly region?: boolean }): Record<string, string>
  /** Jobs as they are now, oldest first. */
  jobs(filter?: JobFilter): JobSnapshot[]
  job(backupJobId: string): JobSnapshot | undefined
  fault(rule: FaultRule): FaultHandle
  clearFaults(): void
  /** Applies to jobs started from now on. */
  setTimeline(timeline: TimelineOption | undefined): void
  setLatency(ms: number): void
  /** Replaces the request-rate quotas (undefined: none); every bucket starts full. */
  setRateQuotas(quotas: RateQuotas | undefined): void
  /** An ID token exactly like the OIDC endpoint's, e.g. an expired one for a test. */
  idToken(options?: MintOptions): string
  /** Credentials as STS would issue them, without the round trip. */
  issueCredentials(options?: { readonly roleArn?: string; readonly ttlSeconds?: number; readonly sessionName?: string }): IssuedCredentials
  issuedSecrets(): IssuedSecrets
  /** Every secret value handed out or configured (secret keys, session tokens, ID tokens, the request token). */
  secrets(): string[]
  close(): Promise<void>
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const region = options.region ?? 'us-east-1'
  const accountId = options.accountId ?? '123456789012'
  const sc = options.staticCredentials
  const statics: readonly StaticCredentials[] = sc === undefined ? [] : isList(sc) ? sc : [sc]
  let timeline = options.timeline
  let latencyMs = options.latencyMs ?? 0

  const credentials = new CredentialStore(accountId, statics)
  const oidc = new OidcIssuer({
    requestToken: options.oidc?.requestToken ?? randomBytes(24).toString('hex'),
    subject: options.oidc?.subject ?? DEFAULT_SUBJECT,
    issuer: options.oidc?.issuer ?? DEFAULT_ISSUER,
    claims: options.oidc?.claims ?? {},
    ttlSeconds: options.idTokenTtlSeconds ?? 300
  })
  const sts = new StsService(
    {
      audiences: options.stsAudiences ?? ['sts.amazonaws.com'],
      ...(options.trustedRoleArns !== undefined ? { trustedRoleArns: options.trustedRoleArns } : {}),
      ...(options.trustedSubjects !== undefined ? { trustedSubjects: options.trustedSubjects } : {}),
      ...(options.trust !== undefined ? { trust: options.trust } : {}),
      ...(options.credentialsTtlSeconds !== undefined ? { credentialsTtlSeconds: options.credentialsTtlSeconds } : {})
    },
    oidc,
    credentials
  )
  const jobs = new JobStore()
  const rateLimiter = new RateLimiter(options.rateQuotas)
  const copies = createCopies(options, jobs)
  const backup = new BackupService(
    {
      ...(options.vaults !== undefined ? { vaults: options.vaults.map((v) => (typeof v === 'string' ? { name: v } : v)) } : {}),
      ...(options.passableRoles !== undefined ? { passableRoles: options.passableRoles } : {}),
      msPerMinute: options.msPerMinute ?? 60_000,
      timeline: () => timeline,
      rateLimiter,
      copies: copies.service,
      ...(options.listLagMs !== undefined ? { listLagMs: options.listLagMs } : {})
    },
    credentials,
    jobs,
    accountId
  )
  const faults = new FaultBook()
  const requests: RecordedRequest[] = []
  let seq = 0

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const arrived = Date.now()
    const n = ++seq
    let ctx = await readContext(req, arrived)
    const route = classify(ctx)
    await sleep(latencyMs)
    const decision =
      route.service === 'unknown'
        ? { delayMs: 0 }
        : faults.take({
            service: route.service,
            operation: route.operation,
            method: ctx.method,
            path: ctx.rawPath,
            query: ctx.query,
            headers: ctx.headers,
            body: route.body
          })
    await sleep(decision.delayMs)
    // Decisions that depend on time (signing skew, expiry, job states) use the moment the request takes effect.
    ctx = { ...ctx, now: Date.now() }
    const action = decision.action
    let reply: Reply
    if (action?.kind === 'drop' && action.beforeProcessing === true) reply = { status: 0 }
    else if (action?.kind === 'answer') {
      // The service's own answer, when the request is processed, is thrown away: only its effect remains.
      if (action.processed === true) dispatch(ctx, route)
      reply = answerReply(action)
    } else if (action !== undefined && action.kind !== 'drop' && route.service !== 'unknown') reply = faultReply(route.service, action)
    else reply = dispatch(ctx, route)
    const dropped = action?.kind === 'drop'
    const faultKind = action?.kind ?? (decision.delayMs > 0 ? 'delay' : undefined)

    const entry: RecordedRequest = {
      seq: n,
      time: new Date(arrived),
      durationMs: Date.now() - arrived,
      service: route.service,
      operation: route.operation,
      method: ctx.method,
      path: ctx.rawPath,
      query: ctx.query,
      body: route.body,
      headers: ctx.headers,
      ...(reply.accessKeyId !== undefined ? { accessKeyId: reply.accessKeyId } : {}),
      ...(reply.signingRegion !== undefined ? { signingRegion: reply.signingRegion } : {}),
      status: reply.status,
      ...(reply.errorCode !== undefined ? { errorCode: reply.errorCode } : {}),
      ...(faultKind !== undefined ? { fault: faultKind } : {}),
      dropped
    }
    requests.push(entry)
    options.onRequest?.(entry)
    if (dropped) {
      // The side effect (if any) has happened; the client only sees the connection die.
      req.socket.destroy()
      return
    }
    res.writeHead(reply.status, { ...reply.headers })
    res.end(reply.body ?? '')
  }

  const dispatch = (ctx: RequestContext, route: Route): Reply => {
    switch (route.service) {
      case 'oidc':
        return oidc.handle(ctx)
      case 'sts':
        return sts.handle(ctx, route.body as Record<string, string>)
      case 'backup':
        return backup.handle(
          ctx,
          { operation: route.operation as BackupOperation | CopyOperation, ...(route.jobId !== undefined ? { jobId: route.jobId } : {}) },
          route.body
        )
      case 'unknown':
        return {
          ...jsonReply(
            404,
            { message: `No sandbox route for ${ctx.method} ${ctx.rawPath}` },
            { 'x-amzn-errortype': 'UnknownOperationException' }
          ),
          errorCode: 'UnknownOperationException'
        }
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json', 'x-amzn-errortype': 'InternalFailure' })
        res.end(JSON.stringify({ message: `Sandbox error: ${String(err)}` }))
      }
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  const url = `http://127.0.0.1:${port}`

  const issuedSecrets = (): IssuedSecrets => {
    const issued = credentials.issued()
    return {
      accessKeyIds: [...statics.map((c) => c.accessKeyId), ...issued.map((c) => c.accessKeyId)],
      secretAccessKeys: [...statics.map((c) => c.secretAccessKey), ...issued.map((c) => c.secretAccessKey)],
      sessionTokens: [
        ...statics.flatMap((c) => (c.sessionToken !== undefined ? [c.sessionToken] : [])),
        ...issued.map((c) => c.sessionToken)
      ],
      idTokens: [...oidc.tokens()],
      requestToken: oidc.config.requestToken
    }
  }

  return {
    url,
    port,
    region,
    accountId,
    requests,
    env(opts = {}) {
      const env: Record<string, string> = {
        AWS_ENDPOINT_URL_BACKUP: url,
        AWS_ENDPOINT_URL_STS: url,
        ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/oidc/token?api-version=2.0`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.config.requestToken
      }
      const first = statics[0]
      if (opts.staticCredentials === true && first !== undefined) {
        env['AWS_ACCESS_KEY_ID'] = first.accessKeyId
        env['AWS_SECRET_ACCESS_KEY'] = first.secretAccessKey
        if (first.sessionToken !== undefined) env['AWS_SESSION_TOKEN'] = first.sessionToken
      }
      if (opts.region === true) {
        env['AWS_REGION'] = region
        env['AWS_DEFAULT_REGION'] = region
      }
      return env
    },
    jobs(filter = {}) {
      return [...jobs.evaluate(Date.now()).values()]
        .sort((a, b) => a.job.seq - b.job.seq)
        .filter(
          (v) =>
            (filter.resourceArn === undefined || v.job.resourceArn === filter.resourceArn) &&
            (filter.state === undefined || v.state === filter.state) &&
            (filter.region === undefined || v.job.region === filter.region) &&
            (filter.parentJobId === undefined || v.job.parentId === filter.parentJobId)
        )
        .map(toSnapshot)
    },
    job(id) {
      const view = jobs.view(id, Date.now())
      return view === undefined ? undefined : toSnapshot(view)
    },
    ...copies.accessors,
    fault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    setTimeline(t) {
      timeline = t
    },
    setLatency(ms) {
      latencyMs = ms
    },
    setRateQuotas: (quotas) => rateLimiter.set(quotas),
    idToken: (opts) => oidc.mint(Date.now(), opts),
    issueCredentials(opts = {}) {
      const roleArn = opts.roleArn ?? `arn:aws:iam::${accountId}:role/sandbox-role`
      return credentials.issue(roleArn, opts.sessionName ?? 'sandbox-session', (opts.ttlSeconds ?? 3600) * 1000, Date.now())
    },
    issuedSecrets,
    secrets() {
      const s = issuedSecrets()
      return [...s.secretAccessKeys, ...s.sessionTokens, ...s.idTokens, s.requestToken]
    },
    async close() {
      faults.clear()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        // Keep-alive sockets from SDK clients would otherwise hold close() open.
        server.closeAllConnections()
      })
    }
  }
}

function isList(c: StaticCredentials | readonly StaticCredentials[]): c is readonly StaticCredentials[] {
  return Array.isArray(c)
}
