import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer, request, type IncomingMessage } from 'node:http'
import { connect, createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer as createTlsServer } from 'node:tls'

/**
 * A forward proxy on loopback, as a self-hosted runner's HTTP(S)_PROXY names: it handles CONNECT tunnels and
 * absolute-URI requests and records each. Host names under `.sandbox.invalid` (which never resolve, so only a
 * request through this proxy can reach them) lead to 127.0.0.1.
 */

export const FAKE_DOMAIN = 'sandbox.invalid'

export interface ProxiedRequest {
  /** CONNECT, or the method of an absolute-URI request. */
  readonly method: string
  /** host:port asked for. */
  readonly target: string
  readonly proxyAuthorization?: string
}

export interface LoopbackProxy {
  readonly url: string
  readonly port: number
  readonly seen: ProxiedRequest[]
  close(): Promise<void>
}

function resolveHost(host: string): string {
  return host === FAKE_DOMAIN || host.endsWith(`.${FAKE_DOMAIN}`) ? '127.0.0.1' : host
}

/**
 * `requiredAuth` ("user:password"): anything else gets 407, as an authenticating proxy answers; `refusalReason`
 * makes the reason phrase of a refused CONNECT, e.g. one that echoes the request's Proxy-Authorization back.
 */
export async function startLoopbackProxy(
  requiredAuth?: string,
  { refusalReason = () => 'Proxy Authentication Required' }: { readonly refusalReason?: (request: IncomingMessage) => string } = {}
): Promise<LoopbackProxy> {
  const seen: ProxiedRequest[] = []
  const sockets = new Set<Socket>()
  const expected = requiredAuth === undefined ? undefined : `Basic ${Buffer.from(requiredAuth).toString('base64')}`
  const record = (req: IncomingMessage, target: string): boolean => {
    const auth = req.headers['proxy-authorization']
    seen.push({ method: req.method ?? '', target, ...(auth !== undefined ? { proxyAuthorization: auth } : {}) })
    return expected === undefined || auth === expected
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '')
    if (!record(req, url.host)) {
      res.writeHead(407, { 'proxy-authenticate': 'Basic realm="test"' }).end()
      return
    }
    const headers = { ...req.headers }
    delete headers['proxy-authorization']
    const upstream = request(
      { host: resolveHost(url.hostname), port: url.port || 80, method: req.method, path: `${url.pathname}${url.search}`, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    upstream.on('error', () => res.writeHead(502).end())
    req.pipe(upstream)
  })
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client)
    client.on('error', () => undefined)
    if (!record(req, req.url ?? '')) {
      client.end(`HTTP/1.1 407 ${refusalReason(req)}\r\nProxy-Authenticate: Basic realm="test"\r\n\r\n`)
      return
    }
    const [host = '', port = '443'] = (req.url ?? '').split(/:(?=\d+$)/)
    const upstream = connect(Number(port), resolveHost(host), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    sockets.add(upstream)
    upstream.on('error', () => client.destroy())
  })
  server.on('connection', (socket: Socket) => sockets.add(socket))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seen,
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((s) => s.destroy())
        server.close(() => resolve())
      })
  }
}

export interface TlsFront {
  readonly port: number
  /** A PEM file to give the action as NODE_EXTRA_CA_CERTS, so it trusts the front's certificate. */
  readonly caFile: string
  close(): Promise<void>
}

/**
 * HTTPS in front of the (plain HTTP) sandbox, for host names under `.sandbox.invalid`, with a self-signed
 * certificate made by openssl for the test: AWS endpoints are HTTPS, so this is the path real traffic takes.
 */
export async function startTlsFront(sandboxPort: number, hosts: readonly string[]): Promise<TlsFront> {
  const dir = mkdtempSync(join(tmpdir(), 'backup-action-tls-'))
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')]
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      `/CN=${hosts[0]}`,
      '-addext',
      `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`
    ],
    { stdio: 'ignore' }
  )
  const sockets = new Set<Socket>()
  const server = createTlsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (clear) => {
    const upstream = connect(sandboxPort, '127.0.0.1')
    sockets.add(upstream)
    clear.on('error', () => upstream.destroy())
    upstream.on('error', () => clear.destroy())
    clear.pipe(upstream).pipe(clear)
  })
  server.on('connection', (socket: Socket) => sockets.add(socket))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    caFile: cert,
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((s) => s.destroy())
        server.close(() => resolve())
      })
  }
}

/** A TCP server that accepts every connection and never writes a byte: an endpoint (or proxy) gone silent. */
export async function silentServer(): Promise<{ url: string; requestsSeen: () => number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>()
  let requests = 0
  const server = createTcpServer((socket) => {
    sockets.add(socket)
    socket.on('data', (chunk: Buffer) => (requests += chunk.toString('latin1').match(/^[A-Z]+ \S+ HTTP\/1\.1\r$/gm)?.length ?? 0))
    socket.on('error', () => undefined)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requestsSeen: () => requests,
    close: () => new Promise((resolve) => (sockets.forEach((s) => s.destroy()), server.close(() => resolve())))
  }
}
