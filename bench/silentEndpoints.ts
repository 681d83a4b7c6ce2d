/**
 * Section 5: how long the step takes to fail when an endpoint accepts the connection and never answers: StartBackupJob,
 * STS and the OIDC token request, each with one attempt and with the default five, beside @actions/core's
 * getIDToken against the same silent endpoint (the reason the action makes that request itself, with a timeout).
 * Every run waits on timers, not the CPU, so they all run at once; a few runs each, since the figures are timeouts.
 */
import { createServer, type AddressInfo, type Socket } from 'node:net'
import { startSandbox } from '../sandbox/sandbox.js'
import { runProcess } from '../sandbox/runner.js'
import type { NodeBinary } from './startup.js'
import { BACKUP_ROLE, DIST, ROLE_TO_ASSUME, ROOT, actionDir, measure, median, table, volumeArn, type Measured } from './lib.js'

const SILENT_RUNS = 3

interface Case {
  readonly what: string
  readonly attempts: string
  readonly env: (sandbox: Record<string, string>, silent: string) => Record<string, string>
}

const CASES: readonly Case[] = [
  { what: 'StartBackupJob', attempts: '1', env: (_, silent) => ({ AWS_ENDPOINT_URL_BACKUP: silent }) },
  { what: 'StartBackupJob', attempts: '5', env: (_, silent) => ({ AWS_ENDPOINT_URL_BACKUP: silent }) },
  { what: 'STS AssumeRoleWithWebIdentity', attempts: '1', env: (_, silent) => ({ AWS_ENDPOINT_URL_STS: silent }) },
  { what: 'STS AssumeRoleWithWebIdentity', attempts: '5', env: (_, silent) => ({ AWS_ENDPOINT_URL_STS: silent }) },
  {
    what: 'the GitHub OIDC token request',
    attempts: '5',
    env: (_, silent) => ({ ACTIONS_ID_TOKEN_REQUEST_URL: `${silent}/oidc/token?api-version=2.0` })
  }
]

export async function silentEndpointsSection(node: NodeBinary): Promise<string> {
  const silent = await silentServer()
  const sandbox = await startSandbox({ trustedRoleArns: [ROLE_TO_ASSUME] })
  try {
    const action = async (c: Case): Promise<Measured> => {
      const dir = await actionDir()
      try {
        const inputs = {
          'resource-arn': volumeArn(1),
          'backup-vault-name': 'Default',
          'iam-role-arn': BACKUP_ROLE,
          'role-to-assume': ROLE_TO_ASSUME,
          'retry-max-attempts': c.attempts
        }
        const env = await dir.prepare(inputs, { ...sandbox.env(), ...c.env(sandbox.env(), silent.url) })
        return await measure(node.path, [DIST], env, dir.dir)
      } finally {
        await dir.close()
      }
    }
    // The reference: core.getIDToken as an action would call it, against the same silent endpoint.
    const reference = (): Promise<Measured> =>
      runProcess({
        command: node.path,
        args: [
          '--input-type=module',
          '-e',
          "await import('@actions/core').then((core) => core.getIDToken('sts.amazonaws.com')).catch(() => process.exit(1))"
        ],
        env: {
          PATH: process.env.PATH ?? '',
          ACTIONS_ID_TOKEN_REQUEST_URL: `${silent.url}/oidc/token?api-version=2.0`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'bench'
        },
        cwd: ROOT,
        timeoutMs: 400_000
      }).then((run) => ({ ...run, maxRssKb: NaN }))
    const runs = await Promise.all([
      ...CASES.map((c) => Promise.all(Array.from({ length: SILENT_RUNS }, () => action(c)))),
      Promise.all([reference()])
    ])
    const rows = CASES.map((c, i) => {
      const measured = runs[i] ?? []
      const failed = measured.every((r) => r.code === 1)
      return [
        c.what,
        c.attempts,
        seconds(median(measured.map((r) => r.wallMs))),
        failed ? 'the step fails (exit code 1)' : 'UNEXPECTED exit code'
      ]
    })
    const [core] = runs.at(-1) ?? []
    rows.push([
      '`@actions/core` getIDToken alone (reference)',
      '—',
      core ? seconds(core.wallMs) : '—',
      core?.code === 1 ? 'rejects (exit code 1), on its 3-minute socket timeout' : 'UNEXPECTED exit code'
    ])
    return [
      `## 5. Endpoints that accept the connection and never answer (${node.label})`,
      '',
      `Wall time from spawn to exit of dist/index.js (role-to-assume via OIDC, one EBS volume), medians of ${SILENT_RUNS} runs run at once (they wait on timers, not on the CPU), and one run of the reference; the silent endpoint is a TCP server on 127.0.0.1 that reads and never writes. Each attempt has 5 s to connect and, to answer, 10 s for StartBackupJob, STS and the OIDC token request (src/aws/clientConfig.ts, src/aws/idToken.ts); between attempts the SDK backs off.`,
      '',
      table(['silent endpoint', 'retry-max-attempts', 'wall (median)', 'outcome'], rows)
    ].join('\n')
  } finally {
    await sandbox.close()
    await silent.close()
  }
}

function seconds(value: number): string {
  return `${(value / 1000).toFixed(1)} s`
}

async function silentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('error', () => undefined)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => (sockets.forEach((s) => s.destroy()), server.close(() => resolve())))
  }
}
