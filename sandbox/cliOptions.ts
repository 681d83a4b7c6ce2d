/** Command-line handling of sandbox/cli.ts, kept apart so it can be tested without starting a process. */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { randomKeyChars } from './http.js'
import { parseRateSpec } from './quotas.js'
import type { Sandbox } from './sandbox.js'
import type { RateQuota, RecordedRequest, SandboxOptions } from './types.js'

export const USAGE = `Usage: cli [options]            (or: cli run --help, to run the action against it with your inputs)
Starts the loopback AWS sandbox and prints its environment as KEY=value lines; runs until SIGINT/SIGTERM.
  --port N                 listen port (default: a free one)
  --region R               default us-east-1
  --account ID             default 123456789012
  --config FILE            JSON SandboxOptions (timeline, vaults, passableRoles, trust, rateQuotas, copyTimeline,
                           destinationVaults, crossAccountCopy, ... ; globs instead of RegExps)
  --access-key-id ID       static (ambient) keys the Backup API accepts; default: random
  --secret-access-key KEY
  --ambient                also print them as AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY with AWS_REGION
  --request-token T        the OIDC bearer token (default: random)
  --subject S              the OIDC token's sub
  --credentials-ttl S      lifetime of STS credentials in seconds
  --latency MS             added to every answer
  --list-lag MS            a job shows in ListBackupJobs/ListCopyJobs this long after its creation
  --rate OP=N[:BURST]      request-rate quota of a Backup operation per account and region, in requests per
                           second (repeat or join with commas: --rate StartBackupJob=10,ListBackupJobs=5)
  --verbose                log each request to stderr`

export interface CliSettings {
  readonly options: SandboxOptions
  readonly ambient: boolean
  readonly verbose: boolean
  readonly help: boolean
}

export function parseCliArgs(argv: readonly string[], readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')): CliSettings {
  const flags = new Map<string, string>()
  const switches = new Set<string>()
  const rates: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (['--ambient', '--verbose', '--help', '-h'].includes(arg)) {
      switches.add(arg)
      continue
    }
    const value = argv[i + 1]
    if (!arg.startsWith('--') || value === undefined) throw new Error(`Unexpected argument: ${arg}\n${USAGE}`)
    if (arg === '--rate') rates.push(value)
    else flags.set(arg.slice(2), value)
    i++
  }
  const config = flags.has('config') ? (JSON.parse(readFile(flags.get('config') ?? '')) as SandboxOptions) : {}
  const number = (name: string): number | undefined => {
    const raw = flags.get(name)
    if (raw === undefined) return undefined
    const n = Number(raw)
    if (!Number.isFinite(n)) throw new Error(`--${name} needs a number, got ${raw}`)
    return n
  }
  const port = number('port')
  const ttl = number('credentials-ttl')
  const latency = number('latency')
  const listLag = number('list-lag')
  const requestToken = flags.get('request-token')
  const subject = flags.get('subject')
  // --rate flags add to (and override per operation) the config file's quotas.
  const rateQuotas: Record<string, number | RateQuota> = { ...config.rateQuotas }
  for (const spec of rates) Object.assign(rateQuotas, parseRateSpec(spec))
  const options: SandboxOptions = {
    ...config,
    ...(port !== undefined ? { port } : {}),
    ...(flags.has('region') ? { region: flags.get('region') ?? '' } : {}),
    ...(flags.has('account') ? { accountId: flags.get('account') ?? '' } : {}),
    ...(ttl !== undefined ? { credentialsTtlSeconds: ttl } : {}),
    ...(latency !== undefined ? { latencyMs: latency } : {}),
    ...(listLag !== undefined ? { listLagMs: listLag } : {}),
    ...(rates.length > 0 ? { rateQuotas } : {}),
    oidc: { ...config.oidc, ...(requestToken !== undefined ? { requestToken } : {}), ...(subject !== undefined ? { subject } : {}) },
    // A CLI user needs keys they can see; the config file's own keys win.
    staticCredentials: config.staticCredentials ?? {
      accessKeyId: flags.get('access-key-id') ?? `AKIA${randomKeyChars(16)}`,
      secretAccessKey: flags.get('secret-access-key') ?? randomBytes(30).toString('base64')
    }
  }
  return {
    options,
    ambient: switches.has('--ambient'),
    verbose: switches.has('--verbose'),
    help: switches.has('--help') || switches.has('-h')
  }
}

export function envLines(sandbox: Sandbox, ambient: boolean): string[] {
  const keys = sandbox.issuedSecrets()
  const env: Record<string, string> = {
    SANDBOX_URL: sandbox.url,
    ...sandbox.env(ambient ? { staticCredentials: true, region: true } : {}),
    ...(keys.accessKeyIds[0] !== undefined ? { SANDBOX_ACCESS_KEY_ID: keys.accessKeyIds[0] } : {}),
    ...(keys.secretAccessKeys[0] !== undefined ? { SANDBOX_SECRET_ACCESS_KEY: keys.secretAccessKeys[0] } : {}),
    SANDBOX_REGION: sandbox.region
  }
  return Object.entries(env).map(([k, v]) => `${k}=${v}`)
}

export function describeRequest(r: RecordedRequest): string {
  const outcome = r.dropped ? 'dropped' : `${r.status}${r.errorCode !== undefined ? ` ${r.errorCode}` : ''}`
  return `${r.time.toISOString()} ${r.service} ${r.operation} ${r.method} ${r.path} -> ${outcome}${r.fault !== undefined ? ` [fault: ${r.fault}]` : ''} (${r.durationMs} ms)`
}
