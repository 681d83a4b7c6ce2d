/**
 * What the GitHub runner does around an action, for running a bundle (dist/index.js, or another action's) locally,
 * in one place for the e2e tests, the bench and the demo:
 *
 * - action.yml: its input names, input defaults (the runner fills them in, not the action) and output names;
 * - the step: the command files (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY), a clean environment with the
 *   run's identity, inputs as INPUT_* variables; `runStep` runs `node <bundle>` in it, asynchronously (a sandbox
 *   living in the same process keeps answering), and reads the files back;
 * - the log: workflow commands (`::error title=…::message`) decoded with the runner's unescaping, and the log as
 *   the runner shows it.
 *
 * Nothing here names a bundle: callers pass the paths of the action.yml and of the bundle.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

// ---------------------------------------------------------------------------------------------------------------
// action.yml

export interface ActionInput {
  readonly name: string
  readonly required: boolean
  /** The default the runner fills in when the workflow gives no value; undefined when action.yml declares none. */
  readonly default?: string
}

export interface ActionMetadata {
  /** In the order action.yml declares them. */
  readonly inputs: readonly ActionInput[]
  readonly outputs: readonly string[]
}

/**
 * Reads the `inputs:` and `outputs:` sections of an action.yml, line by line: each name is a key indented by two
 * spaces under its section, and an input's `default:` and `required:` are keys indented by four, with a plain,
 * single-quoted or double-quoted scalar on the same line (other keys, such as description, are skipped). A line two
 * spaces in that is not a bare key, a default or required that is not such a scalar (a block scalar, a flow
 * collection), or a section written inline throws, so a change to the file's shape fails loudly instead of leaving
 * an input out.
 */
export function parseActionMetadata(text: string): ActionMetadata {
  const inputs: Array<{ name: string; required: boolean; default?: string }> = []
  const outputs: string[] = []
  let section: 'inputs' | 'outputs' | undefined
  let current: { name: string; required: boolean; default?: string } | undefined
  text.split(/\r?\n/).forEach((line, index) => {
    const fail = (why: string): never => {
      throw new Error(`action.yml line ${index + 1}: ${why}: ${JSON.stringify(line)}`)
    }
    if (/^\s*(#.*)?$/.test(line)) return
    if (/^\S/.test(line)) {
      const top = /^([A-Za-z0-9_-]+):(.*)$/.exec(line)
      section = top?.[1] === 'inputs' || top?.[1] === 'outputs' ? top[1] : undefined
      current = undefined
      if (section && !/^\s*(#.*)?$/.test(top?.[2] ?? '')) fail(`expected "${section}:" alone on its line`)
      return
    }
    if (!section) return
    if (/^ {2}\S/.test(line)) {
      const key = /^ {2}(?:'([^']+)'|"([^"\\]+)"|([A-Za-z0-9_][A-Za-z0-9_. -]*?)):\s*(#.*)?$/.exec(line)
      if (!key) return fail(`expected ${section === 'inputs' ? 'an input' : 'an output'} name`)
      const name = key[1] ?? key[2] ?? key[3] ?? ''
      if (section === 'outputs') {
        outputs.push(name)
        current = undefined
      } else {
        current = { name, required: false }
        inputs.push(current)
      }
      return
    }
    const field = /^ {4}(default|required):(.*)$/.exec(line)
    if (!field || !current) return
    const value = scalar(field[2] ?? '') ?? fail(`cannot read the ${field[1]} on one line`)
    if (field[1] === 'default') current.default = value
    else current.required = value === 'true'
  })
  return { inputs, outputs }
}

/** A YAML scalar written on one line: 'single' (with '' for a quote), "double" (with backslash escapes) or plain. */
function scalar(raw: string): string | undefined {
  const text = raw.trim()
  const single = /^'((?:[^']|'')*)'\s*(#.*)?$/.exec(text)
  if (single) return (single[1] ?? '').replace(/''/g, "'")
  const double = /^"((?:[^"\\]|\\.)*)"\s*(#.*)?$/.exec(text)
  if (double) {
    const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', '/': '/', '0': '\0' }
    return (double[1] ?? '').replace(/\\(.)/g, (_, c: string) => escapes[c] ?? `\\${c}`)
  }
  if (/^[|>"'[{&*!%@`]/.test(text)) return undefined
  return text.replace(/\s+#.*$/, '')
}

export function readActionMetadata(actionYmlPath: string): ActionMetadata {
  return parseActionMetadata(readFileSync(actionYmlPath, 'utf8'))
}

/** action.yml's input defaults, for the inputs that declare one. */
export function actionDefaults(actionYmlPath: string): Record<string, string> {
  return Object.fromEntries(
    readActionMetadata(actionYmlPath).inputs.flatMap((input) => (input.default === undefined ? [] : [[input.name, input.default]]))
  )
}

/** The names of the inputs action.yml declares, in its order. */
export function actionInputNames(actionYmlPath: string): string[] {
  return readActionMetadata(actionYmlPath).inputs.map((input) => input.name)
}

/** The names of the outputs action.yml declares, in its order. */
export function actionOutputNames(actionYmlPath: string): string[] {
  return [...readActionMetadata(actionYmlPath).outputs]
}

// ---------------------------------------------------------------------------------------------------------------
// The step's environment and files

/** Inputs as the runner passes them: INPUT_<NAME> with spaces as underscores, upper case, hyphens kept. */
export function inputVariables(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]))
}

/** Reads a GITHUB_OUTPUT (or GITHUB_STATE) file: name<<delimiter, value lines, delimiter. */
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

export interface CommandFiles {
  readonly GITHUB_OUTPUT: string
  readonly GITHUB_STATE: string
  readonly GITHUB_STEP_SUMMARY: string
}

/** The files the runner gives a step for its commands (outputs, state, the step summary), inside `dir`. */
export function commandFiles(dir: string): CommandFiles {
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

/** What a step left in its command files. */
export interface StepFiles {
  readonly outputs: Record<string, string>
  /** GITHUB_STATE as written, unparsed. */
  readonly state: string
  readonly summary: string
}

export interface StepSetup {
  /** Given inputs, over action.yml's defaults. */
  readonly inputs?: Record<string, string>
  /** Over everything else, e.g. the sandbox's endpoints, or GITHUB_RUN_ATTEMPT. */
  readonly env?: Record<string, string>
  readonly run?: RunIdentity
}

/** A directory for the steps of one action, reused from step to step (as the bench does). */
export interface StepDir {
  readonly dir: string
  readonly files: CommandFiles
  /** Empties the command files and gives one step's environment: the runner's, INPUT_* (defaults filled in), `env`. */
  prepare(setup: StepSetup): Promise<Record<string, string>>
  read(): Promise<StepFiles>
  close(): Promise<void>
}

export async function stepDir(actionYmlPath: string, prefix = 'action-step-'): Promise<StepDir> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  const files = commandFiles(dir)
  const defaults = actionDefaults(actionYmlPath)
  return {
    dir,
    files,
    async prepare({ inputs = {}, env = {}, run = { runId: '1' } }) {
      await Promise.all(Object.values(files).map((file) => writeFile(file, '')))
      return { ...runnerEnvironment(dir, run), ...inputVariables({ ...defaults, ...inputs }), ...env }
    },
    async read() {
      const [output, state, summary] = await Promise.all(
        [files.GITHUB_OUTPUT, files.GITHUB_STATE, files.GITHUB_STEP_SUMMARY].map((file) => readFile(file, 'utf8'))
      )
      return { outputs: parseOutputFile(output ?? ''), state: state ?? '', summary: summary ?? '' }
    },
    close: () => rm(dir, { recursive: true, force: true })
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Running a process, and a step

export interface ProcessOptions {
  readonly command: string
  readonly args: readonly string[]
  readonly env: NodeJS.ProcessEnv
  readonly cwd?: string
  /** Words run before the command, which becomes their argument: e.g. /usr/bin/time -f %M -o FILE, to measure it. */
  readonly prefix?: readonly string[]
  /** SIGKILL after this long; 60 s unless given. */
  readonly timeoutMs?: number
  /** Called once the process is running, e.g. to send it signals; `stdout` gives what it printed so far. */
  readonly onSpawn?: (child: ChildProcess, stdout: () => string) => void
  /** Each line of stdout as it comes (the line break left off), e.g. to show the log live. */
  readonly onStdoutLine?: (line: string) => void
  /** Each chunk of stderr as it comes. */
  readonly onStderr?: (text: string) => void
}

export interface ProcessRun {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
  /** Date.now() just before the spawn. */
  readonly spawnedAt: number
  /** From just before the spawn to the process's exit, by performance.now(): what a wall-time measure wants. */
  readonly wallMs: number
  /** Date.now() once the process exited and its output streams closed. */
  readonly endedAt: number
  /** endedAt − spawnedAt. */
  readonly durationMs: number
}

/** Spawns a process asynchronously and collects its output, without a shell. Rejects only if it cannot start. */
export async function runProcess(options: ProcessOptions): Promise<ProcessRun> {
  const [command, ...args] = [...(options.prefix ?? []), options.command, ...options.args] as [string, ...string[]]
  const spawnedAt = Date.now()
  const t0 = performance.now()
  const child = spawn(command, args, { env: options.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  let wallMs = NaN
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve(void (wallMs = performance.now() - t0))))
  const closed = new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code, signal) => resolve([code, signal]))
  })
  let stdout = ''
  let stderr = ''
  let partial = ''
  child.stdout.on('data', (chunk: Buffer) => {
    const text = chunk.toString()
    stdout += text
    if (!options.onStdoutLine) return
    const lines = (partial + text).split('\n')
    partial = lines.pop() ?? ''
    lines.forEach((line) => options.onStdoutLine?.(line))
  })
  child.stderr.on('data', (chunk: Buffer) => {
    const text = chunk.toString()
    stderr += text
    options.onStderr?.(text)
  })
  options.onSpawn?.(child, () => stdout)
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
  try {
    const [code, signal] = await closed
    await exited
    if (partial !== '') options.onStdoutLine?.(partial)
    const endedAt = Date.now()
    return { code, signal, stdout, stderr, spawnedAt, wallMs, endedAt, durationMs: endedAt - spawnedAt }
  } finally {
    clearTimeout(timer)
  }
}

export interface StepOptions extends StepSetup, Omit<ProcessOptions, 'command' | 'args' | 'env'> {
  /** The action's metadata: where the input defaults come from. */
  readonly actionYml: string
  /** The JavaScript file the action runs (its `runs.main`). */
  readonly bundle: string
  /** The node binary; this process's unless given. */
  readonly node?: string
  /** Node's own options, before the bundle (e.g. --cpu-prof). */
  readonly nodeArgs?: readonly string[]
  /** Where the command files live; a fresh temporary directory, removed afterwards, unless given. */
  readonly dir?: StepDir
}

export type StepRun = ProcessRun & StepFiles

/** Runs `node <bundle>` as the runner runs a step of the action: inputs as INPUT_*, command files, a clean env. */
export async function runStep(options: StepOptions): Promise<StepRun> {
  const { actionYml, bundle, node = process.execPath, nodeArgs = [], dir: given, inputs, env, run, ...spawning } = options
  const dir = given ?? (await stepDir(actionYml))
  try {
    const stepEnv = await dir.prepare({ inputs, env, run })
    const ran = await runProcess({ ...spawning, command: node, args: [...nodeArgs, bundle], env: stepEnv })
    return { ...ran, ...(await dir.read()) }
  } finally {
    if (!given) await dir.close()
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Workflow commands in the log

/** The commands the runner acts on (`stop-commands` and the older `##[name]` form are not modelled here). */
export const RUNNER_COMMANDS: ReadonlySet<string> = new Set([
  'add-mask',
  'debug',
  'error',
  'warning',
  'notice',
  'group',
  'endgroup',
  'echo',
  'add-matcher',
  'remove-matcher',
  'add-path',
  'set-output',
  'save-state',
  'set-env'
])

export interface WorkflowCommand {
  readonly command: string
  /** E.g. title, file, line of an annotation; unescaped. */
  readonly properties: Readonly<Record<string, string>>
  /** The data after the second `::`, unescaped. */
  readonly message: string
}

/** The runner's unescaping of a command's data, undoing the toolkit's escapeData (% first, then CR and LF). */
export function unescapeData(text: string): string {
  return text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%')
}

/** The runner's unescaping of a property value, undoing the toolkit's escapeProperty (which also escapes : and ,). */
export function unescapeProperty(text: string): string {
  return text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%')
}

/**
 * One log line read as the runner reads it: after leading white space, `::name::data` or `::name k=v,k=v::data`
 * with a name the runner knows; anything else is a plain log line (undefined).
 */
export function parseWorkflowCommand(line: string): WorkflowCommand | undefined {
  const text = line.trimStart()
  if (!text.startsWith('::')) return undefined
  const end = text.indexOf('::', 2)
  if (end < 0) return undefined
  const info = text.slice(2, end)
  const space = info.indexOf(' ')
  const command = space < 0 ? info : info.slice(0, space)
  if (!RUNNER_COMMANDS.has(command)) return undefined
  const properties: Record<string, string> = {}
  if (space >= 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')) {
      const eq = pair.indexOf('=')
      if (eq > 0 && eq < pair.length - 1) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
    }
  }
  return { command, properties, message: unescapeData(text.slice(end + 2)) }
}

/** stdout's lines (a trailing empty one left off). */
function logLinesOf(stdout: string): string[] {
  const lines = stdout.split('\n')
  if (lines.at(-1) === '') lines.pop()
  return lines
}

/** The workflow commands in a log, in order. */
export function workflowCommands(stdout: string): WorkflowCommand[] {
  return logLinesOf(stdout).flatMap((line) => parseWorkflowCommand(line) ?? [])
}

/** The messages of one kind of annotation (error, warning, notice), decoded. */
export function annotations(stdout: string, kind: 'error' | 'warning' | 'notice'): string[] {
  return workflowCommands(stdout)
    .filter((c) => c.command === kind)
    .map((c) => c.message)
}

/** The non-empty lines of a log that are not workflow commands. */
export function plainLines(stdout: string): string[] {
  return logLinesOf(stdout).filter((line) => line !== '' && parseWorkflowCommand(line) === undefined)
}

/**
 * A log line as the runner shows it in the step's log: plain lines as they are; annotations as "Error: …",
 * "Warning: …", "Notice: …" (with the title, if any, before the message); a group's title; masks, debug lines
 * (shown only with step debug on) and the other commands hidden (undefined).
 */
export function shownLine(line: string, { debug = false }: { readonly debug?: boolean } = {}): string | undefined {
  const command = parseWorkflowCommand(line)
  if (!command) return line
  const message = command.message.replace(/\r\n?/g, '\n')
  switch (command.command) {
    case 'error':
    case 'warning':
    case 'notice': {
      const kind = `${command.command[0]!.toUpperCase()}${command.command.slice(1)}`
      const title = command.properties['title']
      return `${kind}: ${title ? `${title}: ` : ''}${message}`
    }
    case 'debug':
      return debug ? `Debug: ${message}` : undefined
    case 'group':
      return message
    default:
      return undefined
  }
}
