import { afterEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '@actions/core'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  actionDefaults,
  actionInputNames,
  actionOutputNames,
  annotations,
  commandFiles,
  inputVariables,
  parseActionMetadata,
  parseOutputFile,
  parseWorkflowCommand,
  plainLines,
  runProcess,
  runStep,
  runnerEnvironment,
  shownLine,
  stepDir,
  unescapeData,
  unescapeProperty,
  workflowCommands
} from '../../sandbox/runner.js'

/** The shared runner (sandbox/runner.ts) that the e2e tests, the bench and the demo run bundles with. */

const ROOT = join(import.meta.dirname, '..', '..')
const ACTION_YML = join(ROOT, 'action.yml')

/** What @actions/core writes to stdout for `issue`, as the bundle would print it. */
function printed(issue: () => void): string {
  let out = ''
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += chunk.toString()
    return true
  })
  try {
    issue()
  } finally {
    write.mockRestore()
  }
  return out
}

const temporary: string[] = []
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'runner-test-'))
  temporary.push(dir)
  return dir
}
afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('reading action.yml', () => {
  const FIXTURE = [
    'name: Fixture',
    '# a comment',
    'inputs:',
    '  plain:',
    '    description: A plain default: with a colon, and more text',
    '      continued on the next line',
    '    required: true',
    '  quoted:',
    "    default: 'it''s 15'",
    '  double:',
    '    default: "a\\tb \\"c\\""   # trailing comment',
    '  bare:',
    '    default: sts.amazonaws.com # a comment',
    '  empty:',
    "    default: ''",
    '  none:',
    '    required: false',
    '',
    "  'odd name':",
    '    default: x',
    'outputs:',
    '  first:',
    '    description: one',
    '  second-one:',
    '    description: two',
    'runs:',
    '  using: node24',
    '  main: dist/index.js'
  ].join('\n')

  it('gives every input in order, with its default and whether it is required, and every output', () => {
    expect(parseActionMetadata(FIXTURE)).toEqual({
      inputs: [
        { name: 'plain', required: true },
        { name: 'quoted', required: false, default: "it's 15" },
        { name: 'double', required: false, default: 'a\tb "c"' },
        { name: 'bare', required: false, default: 'sts.amazonaws.com' },
        { name: 'empty', required: false, default: '' },
        { name: 'none', required: false },
        { name: 'odd name', required: false, default: 'x' }
      ],
      outputs: ['first', 'second-one']
    })
  })

  it.each([
    ['a default written as a block scalar', 'inputs:\n  a:\n    default: |\n      text', /line 3: cannot read the default/],
    ['a default in flow style', 'inputs:\n  a:\n    default: [1, 2]', /line 3: cannot read the default/],
    ['a name with a value on its line', 'inputs:\n  a: {}\n', /line 2: expected an input name/],
    ['an inline section', 'outputs: {}\n', /line 1: expected "outputs:" alone/]
  ])('fails loudly on a shape it cannot read: %s', (_, text, error) => {
    expect(() => parseActionMetadata(text)).toThrow(error)
  })

  it("reads this repository's action.yml: its inputs, required ones, defaults and outputs", () => {
    const { inputs, outputs } = parseActionMetadata(readFileSync(ACTION_YML, 'utf8'))
    expect(inputs.filter((i) => i.required).map((i) => i.name)).toEqual(['resource-arn', 'backup-vault-name', 'iam-role-arn'])
    expect(actionInputNames(ACTION_YML)).toEqual(inputs.map((i) => i.name))
    // As many as the lines that open an entry, two spaces in, in each section: none left out.
    const text = readFileSync(ACTION_YML, 'utf8')
    const entries = (section: string) => /^[a-z]+:/m.exec(text.split(`\n${section}:\n`)[1] ?? '')?.index ?? 0
    const opened = (section: string) =>
      (text.split(`\n${section}:\n`)[1] ?? '').slice(0, entries(section)).match(/^ {2}[a-z0-9-]+:\s*$/gm)?.length
    expect(actionInputNames(ACTION_YML)).toHaveLength(opened('inputs') ?? -1)
    expect(actionOutputNames(ACTION_YML)).toEqual(outputs)
    expect(outputs).toHaveLength(opened('outputs') ?? -1)
    expect(outputs).toEqual(expect.arrayContaining(['backup-job-id', 'backup-jobs', 'state']))
    expect(actionDefaults(ACTION_YML)).toEqual({
      audience: 'sts.amazonaws.com',
      'role-duration-seconds': '3600',
      wait: 'false',
      'wait-timeout-minutes': '60',
      'poll-interval-seconds': '15',
      'allow-partial': 'false',
      'stop-job-on-timeout': 'false',
      'retry-max-attempts': '5',
      'mask-aws-account-id': 'false',
      'tag-recovery-points-with-run': 'true'
    })
  })

  it('names as many inputs and outputs as action.yml has keys two spaces in under each section', () => {
    const text = readFileSync(ACTION_YML, 'utf8')
    const keysUnder = (section: string): number =>
      (new RegExp(`^${section}:\\n((?: .*\\n|\\n)*)`, 'm').exec(text)?.[1] ?? '').split('\n').filter((l) => /^ {2}\S/.test(l)).length
    expect(actionInputNames(ACTION_YML)).toHaveLength(keysUnder('inputs'))
    expect(actionOutputNames(ACTION_YML)).toHaveLength(keysUnder('outputs'))
  })
})

describe('the step environment and files', () => {
  it('passes inputs as INPUT_<NAME>, upper case, spaces as underscores, hyphens kept', () => {
    expect(inputVariables({ 'resource-arn': 'a', 'odd name': 'b' })).toEqual({ 'INPUT_RESOURCE-ARN': 'a', INPUT_ODD_NAME: 'b' })
  })

  it('gives a clean environment with the run identity and the command files', () => {
    const env = runnerEnvironment('/tmp/step', { runId: '7', workflow: 'wf' })
    expect(env).toMatchObject({
      HOME: '/tmp/step',
      GITHUB_ACTIONS: 'true',
      GITHUB_RUN_ID: '7',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW: 'wf',
      AWS_EC2_METADATA_DISABLED: 'true',
      ...commandFiles('/tmp/step')
    })
    expect(
      Object.keys(env).filter((k) => k.startsWith('AWS_') && !/^AWS_(CONFIG_FILE|SHARED_CREDENTIALS_FILE|EC2_METADATA_DISABLED)$/.test(k))
    ).toEqual([])
  })

  it('reads back what @actions/core writes to GITHUB_OUTPUT: multi-line, empty and look-alike values', async () => {
    const file = join(await tempDir(), 'output')
    await writeFile(file, '')
    const saved = process.env['GITHUB_OUTPUT']
    process.env['GITHUB_OUTPUT'] = file
    try {
      core.setOutput('one', 'line')
      core.setOutput('many', 'first\nsecond\n\nfourth')
      core.setOutput('empty', '')
      core.setOutput('tricky', 'x<<EOF\nEOF')
    } finally {
      if (saved === undefined) delete process.env['GITHUB_OUTPUT']
      else process.env['GITHUB_OUTPUT'] = saved
    }
    expect(parseOutputFile(await readFile(file, 'utf8'))).toEqual({
      one: 'line',
      many: 'first\nsecond\n\nfourth',
      empty: '',
      tricky: 'x<<EOF\nEOF'
    })
  })

  it('prepares a step dir: empty command files, defaults under given inputs, env over all; reads and removes them', async () => {
    const step = await stepDir(ACTION_YML)
    await writeFile(step.files.GITHUB_OUTPUT, 'stale<<X\nold\nX\n')
    const env = await step.prepare({
      inputs: { wait: 'true' },
      env: { GITHUB_RUN_ATTEMPT: '3', INPUT_AUDIENCE: 'mine' },
      run: { runId: '9' }
    })
    expect(env).toMatchObject({
      INPUT_WAIT: 'true',
      'INPUT_RETRY-MAX-ATTEMPTS': '5',
      INPUT_AUDIENCE: 'mine',
      GITHUB_RUN_ID: '9',
      GITHUB_RUN_ATTEMPT: '3'
    })
    expect(await step.read()).toEqual({ outputs: {}, state: '', summary: '' })
    await step.close()
    expect(existsSync(step.dir)).toBe(false)
  })
})

describe('workflow commands', () => {
  const HARD = 'a %0A b\r\nc % d%25 :: e, f'

  it("decodes what @actions/core prints, with the toolkit's escaping undone", () => {
    const out = printed(() => {
      core.error(HARD)
      core.warning('w', { title: 'T: one, two', file: 'src/x.ts', startLine: 3 })
      core.notice('n')
      core.setSecret('s3cr%t')
      core.debug('d\nd')
      core.info('a plain line')
    })
    expect(workflowCommands(out)).toEqual([
      { command: 'error', properties: {}, message: HARD },
      { command: 'warning', properties: { title: 'T: one, two', file: 'src/x.ts', line: '3' }, message: 'w' },
      { command: 'notice', properties: {}, message: 'n' },
      { command: 'add-mask', properties: {}, message: 's3cr%t' },
      { command: 'debug', properties: {}, message: 'd\nd' }
    ])
    expect(annotations(out, 'error')).toEqual([HARD])
    expect(annotations(out, 'warning')).toEqual(['w'])
    expect(plainLines(out)).toEqual(['a plain line'])
  })

  it('undoes %25 last, as the runner does, so an escaped "%0A" stays text', () => {
    expect(unescapeData('%250A%0D%0A%25')).toBe('%0A\r\n%')
    expect(unescapeProperty('a%3Ab%2Cc%252C')).toBe('a:b,c%2C')
  })

  it.each([
    ['::error::boom', { command: 'error', properties: {}, message: 'boom' }],
    ['   ::warning::indented', { command: 'warning', properties: {}, message: 'indented' }],
    ['::error title=Bad%3A input,line=4::x', { command: 'error', properties: { title: 'Bad: input', line: '4' }, message: 'x' }],
    ['::error ::empty properties', { command: 'error', properties: {}, message: 'empty properties' }],
    ['::notice::', { command: 'notice', properties: {}, message: '' }]
  ])('reads %j as a command', (line, command) => {
    expect(parseWorkflowCommand(line)).toEqual(command)
  })

  it.each(['plain text', '::error', '::unknown::x', 'text ::error::x', ''])('reads %j as a plain line', (line) => {
    expect(parseWorkflowCommand(line)).toBeUndefined()
  })

  it('shows the log as the runner does: annotations with their kind, masks and debug hidden', () => {
    expect(shownLine('Started.')).toBe('Started.')
    expect(shownLine('::error::one%0D%0Atwo')).toBe('Error: one\ntwo')
    expect(shownLine('::warning title=Slow::late')).toBe('Warning: Slow: late')
    expect(shownLine('::notice::n')).toBe('Notice: n')
    expect(shownLine('::add-mask::secret')).toBeUndefined()
    expect(shownLine('::debug::d')).toBeUndefined()
    expect(shownLine('::debug::d', { debug: true })).toBe('Debug: d')
  })
})

describe('running a process and a step', () => {
  it('collects stdout and stderr, gives each stdout line as it comes (the last one unterminated too), and the times', async () => {
    const lines: string[] = []
    const run = await runProcess({
      command: process.execPath,
      args: [
        '-e',
        "process.stdout.write('a\\nb'); process.stderr.write('err'); setTimeout(() => { process.stdout.write('c\\nd'); process.exitCode = 3 }, 20)"
      ],
      env: { PATH: process.env['PATH'] ?? '' },
      onStdoutLine: (line) => lines.push(line)
    })
    expect(run).toMatchObject({ code: 3, signal: null, stdout: 'a\nbc\nd', stderr: 'err' })
    expect(lines).toEqual(['a', 'bc', 'd'])
    expect(run.wallMs).toBeGreaterThan(0)
    expect(run.durationMs).toBe(run.endedAt - run.spawnedAt)
  })

  it('runs the command after a prefix (as the bench wraps it in /usr/bin/time)', async () => {
    const run = await runProcess({
      prefix: ['/usr/bin/env', 'WRAPPED=yes'],
      command: process.execPath,
      args: ['-p', 'process.env.WRAPPED'],
      env: { PATH: process.env['PATH'] ?? '' }
    })
    expect(run.stdout).toBe('yes\n')
  })

  it('kills a process that outlives its timeout, and hands the child to onSpawn', async () => {
    let pid: number | undefined
    const run = await runProcess({
      command: process.execPath,
      args: ['-e', 'setTimeout(() => {}, 60_000)'],
      env: {},
      timeoutMs: 200,
      onSpawn: (child) => (pid = child.pid)
    })
    expect(pid).toBeGreaterThan(0)
    expect(run.signal).toBe('SIGKILL')
  })

  it('rejects when the command cannot start', async () => {
    await expect(runProcess({ command: '/nonexistent/node', args: [], env: {} })).rejects.toThrow(/ENOENT/)
  })

  it('runs a bundle as a step of the action whose action.yml it is given: inputs, defaults, outputs, state, summary', async () => {
    const dir = await tempDir()
    const actionYml = join(dir, 'action.yml')
    await writeFile(
      actionYml,
      [
        'name: t',
        'inputs:',
        '  who:',
        '    required: true',
        '  greeting:',
        "    default: 'hello'",
        'runs:',
        '  using: node24',
        '  main: main.js'
      ].join('\n')
    )
    const bundle = join(dir, 'main.js')
    await writeFile(
      bundle,
      [
        "const fs = require('node:fs')",
        'const text = `${process.env.INPUT_GREETING}, ${process.env.INPUT_WHO}`',
        "fs.appendFileSync(process.env.GITHUB_OUTPUT, 'said<<EOF\\n' + text + '\\nEOF\\n')",
        "fs.appendFileSync(process.env.GITHUB_STATE, 'seen<<EOF\\nyes\\nEOF\\n')",
        "fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, '# ' + text)",
        "console.log('::notice::' + text)",
        'console.log(process.env.GITHUB_RUN_ID + " " + process.env.EXTRA)'
      ].join('\n')
    )
    const run = await runStep({ actionYml, bundle, inputs: { who: 'world' }, env: { EXTRA: 'x' }, run: { runId: '11' } })
    expect(run.code).toBe(0)
    expect(run.outputs).toEqual({ said: 'hello, world' })
    expect(run.state).toBe('seen<<EOF\nyes\nEOF\n')
    expect(run.summary).toBe('# hello, world')
    expect(annotations(run.stdout, 'notice')).toEqual(['hello, world'])
    expect(plainLines(run.stdout)).toEqual(['11 x'])
  })
})
