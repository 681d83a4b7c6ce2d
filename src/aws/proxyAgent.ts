import * as http from 'node:http'
import * as https from 'node:https'
import * as net from 'node:net'
import * as tls from 'node:tls'
import type { Duplex } from 'node:stream'

/**
 * HTTP_PROXY, HTTPS_PROXY and NO_PROXY for the AWS SDK, which ignores them. The rules are @actions/http-client's,
 * which already routes the OIDC token request, so both go the same way: lower-case variables first, loopback
 * never proxied, NO_PROXY entries matched against the host (or host:port) and its parent domains, `*` for all.
 * Like @actions/http-client, every proxied request goes through a CONNECT tunnel, http:// targets included.
 */

type Env = Readonly<Record<string, string | undefined>>
type Done = (error: Error | null, stream: Duplex) => void

/** The proxy for a request to `protocol//hostname:port`, or undefined to connect directly. */
export function proxyFor(protocol: string, hostname: string, port: number, env: Env): URL | undefined {
  const raw = protocol === 'https:' ? (env.https_proxy ?? env.HTTPS_PROXY) : (env.http_proxy ?? env.HTTP_PROXY)
  if (!raw || bypassesProxy(hostname, port, env.no_proxy ?? env.NO_PROXY ?? '')) return undefined
  try {
    // "proxy.corp:3128" is read as curl reads it: a plain HTTP proxy.
    const url = new URL(raw.includes('://') ? raw : `http://${raw}`)
    return url.hostname ? url : undefined
  } catch {
    return undefined
  }
}

export function bypassesProxy(hostname: string, port: number, noProxy: string): boolean {
  const host = hostname.toUpperCase().replace(/^\[(.*)\]$/, '$1')
  if (host === 'LOCALHOST' || host.startsWith('127.') || host === '::1' || host === '0:0:0:0:0:0:0:1') return true
  const candidates = [host, `${host}:${port}`]
  return noProxy
    .split(',')
    .map((entry) => entry.trim().toUpperCase())
    .filter((entry) => entry !== '')
    .some(
      (entry) =>
        entry === '*' || candidates.some((c) => c === entry || c.endsWith(`.${entry}`) || (entry.startsWith('.') && c.endsWith(entry)))
    )
}

/**
 * The secrets in the proxy variables: each URL's password, and the Basic credentials made of it, which a proxy
 * that refuses a tunnel may echo back in its answer.
 */
export function proxySecrets(env: Env): string[] {
  return ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].flatMap((name) => {
    const raw = env[name]
    if (!raw) return []
    try {
      const url = new URL(raw.includes('://') ? raw : `http://${raw}`)
      if (!url.password) return []
      const [user, password] = [decodeURIComponent(url.username), decodeURIComponent(url.password)]
      return [password, Buffer.from(`${user}:${password}`).toString('base64')]
    } catch {
      return []
    }
  })
}

/** Agents for the SDK's request handler that tunnel through the proxy the environment names, per target host. */
export function proxyAgents(env: Env, connectTimeoutMs: number): { httpAgent: http.Agent; httpsAgent: https.Agent } {
  const options = { keepAlive: true, maxSockets: 50 }
  class HttpAgent extends http.Agent {
    override createConnection(target: http.ClientRequestArgs, done: Done): Duplex | null | undefined {
      const { host, port } = endpoint(target, 80)
      const proxy = proxyFor('http:', host, port, env)
      if (!proxy) return super.createConnection(target, done)
      openTunnel(proxy, host, port, connectTimeoutMs, done)
      return undefined
    }
  }
  class HttpsAgent extends https.Agent {
    override createConnection(target: https.RequestOptions, done: Done): Duplex | null | undefined {
      const { host, port } = endpoint(target, 443)
      const proxy = proxyFor('https:', host, port, env)
      if (!proxy) return super.createConnection(target, done)
      openTunnel(proxy, host, port, connectTimeoutMs, (error, socket) => {
        if (error) return done(error, socket)
        // TLS runs end to end through the tunnel: the proxy sees only the host name it was asked to connect to.
        done(null, tls.connect({ ...(target as tls.ConnectionOptions), socket, servername: net.isIP(host) ? undefined : host }))
      })
      return undefined
    }
  }
  return { httpAgent: new HttpAgent(options), httpsAgent: new HttpsAgent(options) }
}

function endpoint(target: http.ClientRequestArgs, defaultPort: number): { host: string; port: number } {
  return { host: target.hostname ?? target.host ?? 'localhost', port: Number(target.port) || defaultPort }
}

/** A raw TCP stream to host:port through the proxy, opened with CONNECT; bounded so a silent proxy cannot hold the step. */
function openTunnel(proxy: URL, host: string, port: number, timeoutMs: number, done: Done): void {
  const authority = `${host.includes(':') ? `[${host}]` : host}:${port}`
  const user = decodeURIComponent(proxy.username)
  const headers: Record<string, string> = { host: authority }
  if (user || proxy.password) {
    headers['proxy-authorization'] = `Basic ${Buffer.from(`${user}:${decodeURIComponent(proxy.password)}`).toString('base64')}`
  }
  const secure = proxy.protocol === 'https:'
  const request = (secure ? https : http).request({
    host: proxy.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: Number(proxy.port) || (secure ? 443 : 80),
    method: 'CONNECT',
    path: authority,
    headers,
    agent: false,
    timeout: timeoutMs
  })
  let settled = false
  const finish = (error: Error | null, socket?: net.Socket): void => {
    if (settled) return
    settled = true
    done(error, socket as Duplex)
  }
  request.once('connect', (response, socket, head) => {
    socket.setTimeout(0)
    if (response.statusCode !== 200) {
      socket.destroy()
      // The proxy's host only: its URL may hold credentials.
      return finish(
        new Error(
          `The proxy ${proxy.host} refused to connect to ${authority}: ${response.statusCode} ${response.statusMessage ?? ''}`.trim()
        )
      )
    }
    if (head.length > 0) socket.unshift(head)
    finish(null, socket)
  })
  request.once('timeout', () => {
    request.destroy(
      Object.assign(new Error(`The proxy ${proxy.host} did not open a connection to ${authority} within ${timeoutMs / 1000} s.`), {
        code: 'ETIMEDOUT'
      })
    )
  })
  request.on('error', (error) => finish(error))
  request.end()
}
