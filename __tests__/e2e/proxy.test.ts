import { afterEach, describe, expect, it } from '@jest/globals'
import type { Sandbox } from '../../sandbox/sandbox.js'
import { errorAnnotations, nodeBinaries } from './runAction.js'
import { FAKE_DOMAIN, silentServer, startLoopbackProxy, startTlsFront, type LoopbackProxy, type TlsFront } from './loopbackProxy.js'
import { INPUTS, OIDC_INPUTS, ROLE_TO_ASSUME, STATIC, calls, runChecked, withSandbox } from './scenario.js'

/**
 * A self-hosted runner behind a proxy: HTTP_PROXY / HTTPS_PROXY / NO_PROXY are honoured for the OIDC token request
 * and for every AWS call. The endpoints are named under .sandbox.invalid, which never resolves: only a request that
 * went through the proxy can reach the sandbox at all.
 */

const AWS_HOST = `aws.${FAKE_DOMAIN}`
const OIDC_HOST = `oidc.${FAKE_DOMAIN}`
const TRUSTED = { trustedRoleArns: [ROLE_TO_ASSUME], timeline: { pendingAfterMs: 10, runningAfterMs: 30, endAfterMs: 1_000 } }
const AMBIENT = { AWS_ACCESS_KEY_ID: STATIC.accessKeyId, AWS_SECRET_ACCESS_KEY: STATIC.secretAccessKey }
// What a runner's NO_PROXY often holds; none of it names the sandbox's hosts.
const RUNNER_NO_PROXY = 'localhost,127.0.0.1,.corp.example,169.254.169.254'
const PASSWORD = 'pr0xy-s3cret'

/** The sandbox under fake host names, over http or https. */
function endpoints(sandbox: Sandbox, scheme: 'http' | 'https', port = sandbox.port): Record<string, string> {
  return {
    AWS_ENDPOINT_URL_BACKUP: `${scheme}://${AWS_HOST}:${port}`,
    AWS_ENDPOINT_URL_STS: `${scheme}://${AWS_HOST}:${port}`,
    ACTIONS_ID_TOKEN_REQUEST_URL: `${scheme}://${OIDC_HOST}:${port}/oidc/token?api-version=2.0`
  }
}

describe.each(nodeBinaries())('behind a proxy, real bundle on %s', (_, node) => {
  let proxy: LoopbackProxy | undefined
  let front: TlsFront | undefined
  afterEach(async () => {
    await Promise.all([proxy?.close(), front?.close()])
    proxy = front = undefined
  })

  it('sends the OIDC request and every AWS call through HTTP_PROXY (with credentials) for http:// endpoints', () =>
    withSandbox(TRUSTED, async (sandbox) => {
      proxy = await startLoopbackProxy(`octo:${PASSWORD}`)
      const env = {
        ...endpoints(sandbox, 'http'),
        HTTP_PROXY: `http://octo:${PASSWORD}@127.0.0.1:${proxy.port}`,
        NO_PROXY: RUNNER_NO_PROXY
      }
      const run = await runChecked(sandbox, { node, inputs: { ...OIDC_INPUTS, wait: 'true', 'poll-interval-seconds': '1' }, env })
      expect(errorAnnotations(run)).toEqual([])
      expect(run.code).toBe(0)
      expect(run.outputs.state).toBe('COMPLETED')
      // Every call the step makes reached the sandbox, and each could only have come through the proxy.
      expect([...new Set(sandbox.requests.map((r) => r.operation))].sort()).toEqual([
        'AssumeRoleWithWebIdentity',
        'GetIdToken',
        'ListBackupJobs',
        'StartBackupJob'
      ])
      expect(sandbox.requests.filter((r) => !r.headers.host?.endsWith(`.${FAKE_DOMAIN}:${sandbox.port}`))).toEqual([])
      expect(new Set(proxy.seen.map((r) => r.target))).toEqual(new Set([`${OIDC_HOST}:${sandbox.port}`, `${AWS_HOST}:${sandbox.port}`]))
      expect(proxy.seen.every((r) => r.proxyAuthorization === `Basic ${Buffer.from(`octo:${PASSWORD}`).toString('base64')}`)).toBe(true)
      // Registered with ::add-mask:: (which the runner never shows), and nowhere else.
      expect(run.stdout.split('\n')).toContain(`::add-mask::${PASSWORD}`)
      expect(`${run.stdout.replace(/^::add-mask::.*$/gm, '')}${run.stderr}`).not.toContain(PASSWORD)
    }))

  it('tunnels https:// endpoints (as real AWS is) through https_proxy with CONNECT, TLS end to end', () =>
    withSandbox(TRUSTED, async (sandbox) => {
      proxy = await startLoopbackProxy()
      front = await startTlsFront(sandbox.port, [AWS_HOST, OIDC_HOST])
      const env = {
        ...endpoints(sandbox, 'https', front.port),
        https_proxy: proxy.url,
        no_proxy: RUNNER_NO_PROXY,
        NODE_EXTRA_CA_CERTS: front.caFile
      }
      const run = await runChecked(sandbox, { node, inputs: OIDC_INPUTS, env })
      expect(errorAnnotations(run)).toEqual([])
      expect(run.code).toBe(0)
      expect(sandbox.requests.map((r) => r.operation)).toEqual([
        'GetIdToken',
        'AssumeRoleWithWebIdentity',
        'StartBackupJob',
        'DescribeBackupJob'
      ])
      // The proxy only ever saw which host to connect to, never a request in the clear.
      expect(proxy.seen.map((r) => r.method)).toEqual(proxy.seen.map(() => 'CONNECT'))
      expect(new Set(proxy.seen.map((r) => r.target))).toEqual(new Set([`${OIDC_HOST}:${front.port}`, `${AWS_HOST}:${front.port}`]))
    }))

  it('keeps loopback endpoints off the proxy, as the runner does', () =>
    withSandbox(TRUSTED, async (sandbox) => {
      proxy = await startLoopbackProxy()
      const env = { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: '.corp.example' }
      const run = await runChecked(sandbox, { node, inputs: OIDC_INPUTS, env })
      expect(run.code).toBe(0)
      expect(sandbox.requests).toHaveLength(4)
      expect(proxy.seen).toEqual([])
    }))

  it('connects directly to a host NO_PROXY names (here one that does not resolve, so the step fails saying so)', () =>
    withSandbox({ staticCredentials: STATIC }, async (sandbox) => {
      proxy = await startLoopbackProxy()
      const env = {
        ...AMBIENT,
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_BACKUP: `http://${AWS_HOST}:${sandbox.port}`,
        HTTP_PROXY: proxy.url,
        NO_PROXY: `localhost,.${FAKE_DOMAIN}`
      }
      const run = await runChecked(sandbox, { node, inputs: { ...INPUTS, 'retry-max-attempts': '1' }, env })
      expect(run.code).toBe(1)
      expect(errorAnnotations(run)).toEqual([
        expect.stringMatching(
          new RegExp(`failed: getaddrinfo (ENOTFOUND|EAI_AGAIN) ${AWS_HOST.replace(/\./g, '\\.')};.* could not be reached`)
        )
      ])
      expect(proxy.seen).toEqual([])
      expect(sandbox.requests).toEqual([])
    }))

  it('ends with a clear error within the 5 s connect timeout, and exits, when the proxy never answers', () =>
    withSandbox({ staticCredentials: STATIC }, async (sandbox) => {
      const silent = await silentServer()
      try {
        const env = {
          ...AMBIENT,
          AWS_REGION: 'us-east-1',
          AWS_ENDPOINT_URL_BACKUP: `http://${AWS_HOST}:${sandbox.port}`,
          HTTP_PROXY: silent.url
        }
        const run = await runChecked(sandbox, { node, inputs: { ...INPUTS, 'retry-max-attempts': '1' }, env })
        expect(run.signal).toBeNull()
        expect(run.code).toBe(1)
        expect(run.durationMs).toBeLessThan(5_000 + 5_000)
        expect(errorAnnotations(run)).toEqual([
          expect.stringMatching(
            /failed: .* (within 5 s|within the configured timeout of 5000 ms); AWS Backup in us-east-1 could not be reached \(1 attempt\): no request reached it, so no job was started;/
          )
        ])
        expect(silent.requestsSeen()).toBe(1)
      } finally {
        await silent.close()
      }
    }))

  it('fails at once, saying so, when the proxy refuses the connection (407)', () =>
    withSandbox({ staticCredentials: STATIC }, async (sandbox) => {
      proxy = await startLoopbackProxy(`octo:${PASSWORD}`)
      const env = {
        ...AMBIENT,
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_BACKUP: `http://${AWS_HOST}:${sandbox.port}`,
        HTTP_PROXY: proxy.url
      }
      const run = await runChecked(sandbox, { node, inputs: INPUTS, env })
      expect(run.code).toBe(1)
      expect(errorAnnotations(run)).toEqual([
        expect.stringContaining(
          `failed: The proxy 127.0.0.1:${proxy.port} refused to connect to ${AWS_HOST}:${sandbox.port}: 407 Proxy Authentication Required; AWS Backup in us-east-1 could not be reached`
        )
      ])
      expect(proxy.seen).toHaveLength(1)
      expect(calls(sandbox, 'StartBackupJob')).toEqual([])
    }))

  it('a proxy that refuses the tunnel and echoes the credentials it was sent: neither the password nor they reach the log', () =>
    withSandbox({ staticCredentials: STATIC }, async (sandbox) => {
      proxy = await startLoopbackProxy(`octo:${PASSWORD}`, { refusalReason: (req) => `Denied for ${req.headers['proxy-authorization']}` })
      const sent = 'wr0ng-s3cret-passw0rd'
      const env = {
        ...AMBIENT,
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_BACKUP: `http://${AWS_HOST}:${sandbox.port}`,
        HTTP_PROXY: `http://octo:${sent}@127.0.0.1:${proxy.port}`
      }
      const run = await runChecked(sandbox, { node, inputs: { ...INPUTS, 'retry-max-attempts': '1' }, env })
      expect(run.code).toBe(1)
      expect(errorAnnotations(run)).toEqual([
        expect.stringContaining(`refused to connect to ${AWS_HOST}:${sandbox.port}: 407 Denied for Basic ***`)
      ])
      const written = [run.stdout.replace(/^::add-mask::.*$/gm, ''), run.stderr, JSON.stringify(run.outputs), run.summary].join('\n')
      expect(written).not.toContain(sent)
      expect(written).not.toContain(Buffer.from(`octo:${sent}`).toString('base64'))
    }))
})
