/**
 * What the GitHub runner does around an action, for running dist/index.js locally: apply action.yml's input
 * defaults (the runner fills them in, not the action), pass inputs as INPUT_* variables, and read the
 * GITHUB_OUTPUT file format back.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** action.yml's input defaults. A line-based read: action.yml keeps to `  name:` / `    default: value`. */
export function actionDefaults(actionYmlPath: string): Record<string, string> {
  const defaults: Record<string, string> = {}
  let current: string | undefined
  let inInputs = false
  for (const line of readFileSync(actionYmlPath, 'utf8').split('\n')) {
    if (/^\S/.test(line)) inInputs = line.startsWith('inputs:')
    if (!inInputs) continue
    const name = /^ {2}([a-z0-9-]+):\s*$/.exec(line)
    if (name) current = name[1]
    const value = /^ {4}default:\s*'?([^']*)'?\s*$/.exec(line)
    if (value && current) defaults[current] = value[1] ?? ''
  }
  return defaults
}

/** Inputs as the runner passes them: INPUT_<NAME> with spaces as underscores, upper case, hyphens kept. */
export function inputVariables(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]))
}

/** Reads a GITHUB_OUTPUT file: name<<delimiter, value lines, delimiter. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const head = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!head) continue
    const [, name = '', delimiter] = head
    const value: string[] = []
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '')
    outputs[name] = value.join('\n')
  }
  return outputs
}

/** The files the runner gives a step for its commands (outputs, state, the step summary), inside `dir`. */
export function commandFiles(dir: string): { GITHUB_OUTPUT: string; GITHUB_STATE: string; GITHUB_STEP_SUMMARY: string } {
  return { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STATE: join(dir, 'state'), GITHUB_STEP_SUMMARY: join(dir, 'summary') }
}

/** Which run a step belongs to: the default idempotency token is made from these. */
export interface RunIdentity {
  readonly runId: string
  readonly runAttempt?: string
  readonly repository?: string
  readonly workflow?: string
  readonly job?: string
  readonly action?: string
}

/**
 * A clean environment, as the runner gives an action, for a step whose files live in `dir`: no AWS profile or
 * instance metadata of the developer's, the run's identity, the command files. Add INPUT_* and endpoints to it.
 */
export function runnerEnvironment(dir: string, run: RunIdentity): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    AWS_CONFIG_FILE: join(dir, 'aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_RUN_ID: run.runId,
    GITHUB_RUN_ATTEMPT: run.runAttempt ?? '1',
    GITHUB_REPOSITORY: run.repository ?? 'octo-org/octo-repo',
    GITHUB_WORKFLOW: run.workflow ?? 'backup',
    GITHUB_JOB: run.job ?? 'backup',
    GITHUB_ACTION: run.action ?? '__self',
    RUNNER_TEMP: dir,
    ...commandFiles(dir)
  }
}
