/**
 * `npm run sandbox -- run --input name=value …`: the committed dist/index.js against a fresh sandbox with your own
 * inputs, without editing a tracked file. Your inputs go over a working set (one EBS volume, role-to-assume through
 * the sandbox's OIDC, wait: true); the log is shown as the runner shows it, then the outputs and the step summary.
 * `--env NAME=value` sets a variable of the step (GITHUB_SHA, AWS_REGION, …); `--config FILE` takes SandboxOptions
 * as for the sandbox alone (a timeline, vaults, …). Exits with the step's exit code.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runStep, shownLine } from './runner.js'
import { startSandbox, type SandboxOptions } from './sandbox.js'

const ROLE = 'arn:aws:iam::123456789012:role/github-backup'

export const TRY_USAGE = `Usage: npm run sandbox -- run [--input name=value]… [--env NAME=value]… [--config FILE]
Runs dist/index.js against a fresh loopback sandbox and shows its log, outputs and step summary.
  --input name=value   an input of action.yml (repeat; a value may hold "="; "\\n" in it starts a new line)
  --env NAME=value     a variable of the step's environment (repeat)
  --config FILE        JSON SandboxOptions for the sandbox (timeline, vaults, passableRoles, ...)
Without inputs it backs up one EBS volume with wait: true, as npm start does.`

export const DEFAULT_INPUTS: Readonly<Record<string, string>> = {
  'resource-arn': 'arn:aws:ec2:us-east-1:123456789012:volume/vol-0123456789abcdef0',
  'backup-vault-name': 'Default',
  'iam-role-arn': 'arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole',
  'role-to-assume': ROLE,
  wait: 'true',
  'poll-interval-seconds': '1'
}

export interface TryArgs {
  readonly inputs: Record<string, string>
  readonly env: Record<string, string>
  readonly config?: SandboxOptions
}

/** Reads the arguments after "run"; throws with the usage on anything else. */
export function parseTryArgs(argv: readonly string[], readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')): TryArgs {
  const inputs: Record<string, string> = { ...DEFAULT_INPUTS }
  const env: Record<string, string> = {}
  let config: SandboxOptions | undefined
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i]
    const value = argv[i + 1]
    if (value === undefined) throw new Error(`${flag} needs a value\n${TRY_USAGE}`)
    if (flag === '--config') {
      config = JSON.parse(readFile(value)) as SandboxOptions
      continue
    }
    const at = value.indexOf('=')
    if ((flag !== '--input' && flag !== '--env') || at <= 0) throw new Error(`Unexpected argument: ${flag} ${value}\n${TRY_USAGE}`)
    const name = value.slice(0, at)
    const text = value.slice(at + 1).replace(/\\n/g, '\n')
    if (flag === '--input') inputs[name] = text
    else env[name] = text
  }
  return { inputs, env, ...(config !== undefined && { config }) }
}

/** Runs the step; resolves to its exit code. */
export async function tryRun(args: TryArgs, root: string, say: (line: string) => void): Promise<number> {
  const sandbox = await startSandbox({ trustedRoleArns: [ROLE], ...args.config })
  try {
    say(`Sandbox on ${sandbox.url}; running dist/index.js with:`)
    for (const [name, value] of Object.entries(args.inputs)) say(`  ${name}: ${value.replace(/\n/g, '\n    ')}`)
    say('')
    const run = await runStep({
      actionYml: join(root, 'action.yml'),
      bundle: join(root, 'dist', 'index.js'),
      inputs: args.inputs,
      env: { ...sandbox.env(), ...args.env },
      run: { runId: String(Date.now()), workflow: 'sandbox run' },
      onStdoutLine: (line) => {
        const shown = shownLine(line)
        if (shown !== undefined) say(shown)
      },
      onStderr: (text) => void process.stderr.write(text),
      timeoutMs: 60 * 60_000
    })
    say(`\nThe step exited with code ${run.code}. Its outputs:`)
    for (const [output, value] of Object.entries(run.outputs)) say(`  ${output}: ${value.replace(/\n/g, '\n    ')}`)
    say('\nIts step summary (markdown as GitHub receives it):\n')
    say(run.summary)
    return run.code ?? 1
  } finally {
    await sandbox.close()
  }
}

export const ROOT = resolve(import.meta.dirname, '..', '..', '..')
