/**
 * Shared helpers of the benchmark: statistics, markdown tables, and running dist/index.js (or any command)
 * as a child process with its wall time and peak RSS measured. Children are spawned by sandbox/runner.ts, as the
 * e2e tests and the demo spawn them: asynchronously, so the sandbox living in this process keeps answering.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { runProcess, stepDir } from '../sandbox/runner.js'

export const ROOT = resolve(import.meta.dirname, '..', '..', '..')
export const DIST = join(ROOT, 'dist', 'index.js')
export const RUNS = Math.max(10, Number(process.env.BENCH_RUNS ?? 20) || 20)
export const WARMUPS = 2
export const ACCOUNT = '123456789012'
export const ROLE_TO_ASSUME = `arn:aws:iam::${ACCOUNT}:role/github-backup`
export const BACKUP_ROLE = `arn:aws:iam::${ACCOUNT}:role/service-role/AWSBackupDefaultServiceRole`
export const TIME_BIN = '/usr/bin/time'
const MAXRSS_PRELOAD = join(import.meta.dirname, 'maxrss.js')

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export const max = (values: readonly number[]): number => Math.max(...values)
export const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`
export const mb = (kb: number): string => `${(kb / 1024).toFixed(1)} MB`
export const ratio = (value: number, base: number): string => `${(value / base).toFixed(2)}×`
export const verdict = (ok: boolean, what: string): string => `${ok ? 'PASS' : 'FAIL'} (${what})`

export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')
}

/** EBS volume ARNs in us-east-1, distinct per index. */
export function volumeArn(i: number): string {
  return `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-0bec${i.toString(16).padStart(13, '0')}`
}

export interface Measured {
  readonly wallMs: number
  /** Peak RSS of the measured process in KiB. */
  readonly maxRssKb: number
  /** Date.now() just before spawning, to place the sandbox's record of the run. */
  readonly spawnedAt: number
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** How peak RSS is measured: GNU time when present, else a preload printing process.resourceUsage().maxRSS at exit. */
export const rssMethod = existsSync(TIME_BIN) ? 'gnu-time' : 'preload'

/** Runs `node args…` with the given environment; wall time from spawn to exit, peak RSS of the node process itself. */
export async function measure(node: string, args: readonly string[], env: NodeJS.ProcessEnv, dir: string): Promise<Measured> {
  const rssFile = join(dir, 'maxrss')
  const run = await runProcess(
    rssMethod === 'gnu-time'
      ? { prefix: [TIME_BIN, '-f', '%M', '-o', rssFile], command: node, args, env, cwd: ROOT }
      : { command: node, args: ['--import', `file://${MAXRSS_PRELOAD}`, ...args], env, cwd: ROOT }
  )
  let maxRssKb: number
  if (rssMethod === 'gnu-time') {
    // With -o, GNU time may put "Command exited with non-zero status N" before the figure.
    maxRssKb = Number((await readFile(rssFile, 'utf8')).trim().split('\n').pop())
  } else {
    maxRssKb = Number(/maxrss=(\d+)/.exec(run.stderr)?.[1] ?? NaN)
  }
  const { wallMs, spawnedAt, code, stdout, stderr } = run
  return { wallMs, maxRssKb, spawnedAt, code, stdout, stderr }
}

export interface ActionDir {
  readonly dir: string
  /** Fresh GITHUB_OUTPUT/STATE/STEP_SUMMARY files and the environment of one run (its own run id, so its own tokens). */
  prepare(inputs: Record<string, string>, sandboxEnv: Record<string, string>): Promise<NodeJS.ProcessEnv>
  outputs(): Promise<Record<string, string>>
  close(): Promise<void>
}

let runId = Date.now() % 1_000_000_000

/** The runner's side of a run, as sandbox/runner.ts gives it: INPUT_* with action.yml's defaults, command files, a clean env. */
export async function actionDir(): Promise<ActionDir> {
  const step = await stepDir(join(ROOT, 'action.yml'), 'backup-action-bench-')
  return {
    dir: step.dir,
    prepare: (inputs, sandboxEnv) => step.prepare({ inputs, env: sandboxEnv, run: { runId: String(++runId), workflow: 'bench' } }),
    outputs: async () => (await step.read()).outputs,
    close: () => step.close()
  }
}

/** A minimal environment for the baselines and the no-input load run: no INPUT_*, no sandbox. */
export function bareEnv(dir: string): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '', HOME: dir }
}

/** The start-only inputs: OIDC role, `wait: false`, one line per resource. */
export function startInputs(resources: number): Record<string, string> {
  return {
    'resource-arn': Array.from({ length: resources }, (_, i) => volumeArn(i)).join('\n'),
    'backup-vault-name': 'Default',
    'iam-role-arn': BACKUP_ROLE,
    'role-to-assume': ROLE_TO_ASSUME,
    wait: 'false'
  }
}

/** Fails the bench loudly when a run did not do what it is supposed to measure. */
export function expectSuccess(run: Measured, outputs: Record<string, string>, resources: number, what: string): void {
  const ids = (outputs['backup-job-id'] ?? '').split('\n').filter(Boolean)
  if (run.code !== 0 || ids.length !== resources) {
    throw new Error(
      `${what}: exit code ${run.code}, ${ids.length} job ids for ${resources} resources\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`
    )
  }
}
