/**
 * Sections 1 and 2: start-up of a start-only run (OIDC token → STS → StartBackupJob → DescribeBackupJob → outputs)
 * beside `node -e 0`, on each Node; the time to the first request from the sandbox's record; the bundle's size;
 * how much of the start-up is module loading (a run with no inputs, which fails on the first missing input
 * before any AWS code is imported); a --cpu-prof breakdown of the Node 24 run; and, in the same rounds on Node 24,
 * the references of bench/reference/ (the AWS SDK alone; the run written with static imports; the same without
 * @actions/core).
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSandbox, type RecordedRequest } from '../sandbox/sandbox.js'
import { bundleSection, type LoadFigures } from './bundle.js'
import { summariseProfiles, type ProfileSummary } from './cpuProfile.js'
import { buildReferences } from './references.js'
import {
  DIST,
  ROLE_TO_ASSUME,
  RUNS,
  WARMUPS,
  actionDir,
  bareEnv,
  expectSuccess,
  mb,
  measure,
  type Measured,
  median,
  ms,
  ratio,
  rssMethod,
  startInputs,
  table,
  verdict
} from './lib.js'

export interface NodeBinary {
  readonly label: string
  readonly path: string
}

interface Samples {
  base: number[]
  run: number[]
  noInput: number[]
  rssBase: number[]
  rssRun: number[]
  /** Arrival of each request (by operation) relative to the spawn, and the exit. */
  phases: Map<string, number[]>
  /** The references' runs (last Node only). */
  references: Map<ReferenceName, ReferenceSamples>
  /** The start-only run with tag-recovery-points-with-run: false, which never loads @actions/github (last Node only). */
  untagged: number[]
  rssUntagged: number[]
}

type ReferenceName = 'sdkOnly' | 'straightforward' | 'withoutCore'
interface ReferenceSamples {
  wall: number[]
  rss: number[]
  /** Spawn → first request in the sandbox's record. */
  first: number[]
}

// Static keys the sandbox accepts, for the SDK-only reference (the action and the other reference use OIDC).
const REFERENCE_KEYS = { accessKeyId: 'AKIABENCHREFERENCE01', secretAccessKey: 'bench-reference-secret-key' }

const PHASES = ['GetIdToken', 'AssumeRoleWithWebIdentity', 'StartBackupJob', 'DescribeBackupJob'] as const

export async function startupSections(nodes: readonly NodeBinary[]): Promise<string> {
  const references = await buildReferences()
  const sandbox = await startSandbox({ trustedRoleArns: [ROLE_TO_ASSUME], staticCredentials: REFERENCE_KEYS })
  const dir = await actionDir()
  const samples = new Map<string, Samples>(
    nodes.map((n) => [
      n.label,
      {
        base: [],
        run: [],
        noInput: [],
        rssBase: [],
        rssRun: [],
        phases: new Map(),
        references: new Map(),
        untagged: [],
        rssUntagged: []
      }
    ])
  )
  const last = nodes.at(-1)!
  try {
    // Interleaved, so drift in the machine's load touches every figure alike.
    for (let round = -WARMUPS; round < RUNS; round++) {
      for (const node of nodes) {
        const s = samples.get(node.label)!
        const base = await measure(node.path, ['-e', '0'], bareEnv(dir.dir), dir.dir)
        const noInput = await measure(node.path, [DIST], bareEnv(dir.dir), dir.dir)
        if (noInput.code !== 1 || !noInput.stdout.includes('::error::'))
          throw new Error(`no-input run: exit ${noInput.code}\n${noInput.stdout}${noInput.stderr}`)
        const before = sandbox.requests.length
        const env = await dir.prepare(startInputs(1), sandbox.env())
        const run = await measure(node.path, [DIST], env, dir.dir)
        expectSuccess(run, await dir.outputs(), 1, `start-only run on ${node.label}`)
        const referenceRuns = node === last ? await measureReferences(node) : []
        const untagged = node === last ? await measureUntagged(node) : undefined
        if (round < 0) continue
        if (untagged) {
          s.untagged.push(untagged.wallMs)
          s.rssUntagged.push(untagged.maxRssKb)
        }
        for (const { name, run: ref, first } of referenceRuns) {
          const r = s.references.get(name) ?? { wall: [], rss: [], first: [] }
          r.wall.push(ref.wallMs)
          r.rss.push(ref.maxRssKb)
          r.first.push(first)
          s.references.set(name, r)
        }
        s.base.push(base.wallMs)
        s.rssBase.push(base.maxRssKb)
        s.noInput.push(noInput.wallMs)
        s.run.push(run.wallMs)
        s.rssRun.push(run.maxRssKb)
        const requests = sandbox.requests.slice(before)
        const at = (r: RecordedRequest): number => r.time.getTime() - run.spawnedAt
        const push = (key: string, value: number): void => void s.phases.set(key, [...(s.phases.get(key) ?? []), value])
        push('first request', Math.min(...requests.map(at)))
        for (const op of PHASES) {
          const first = requests.find((r) => r.operation === op)
          if (first) push(op, at(first))
        }
        push('exit', run.wallMs)
      }
    }
    const profile = await profileRuns(last, sandbox.env(), dir)
    return [
      startupTable(nodes, samples),
      referenceTable(last, samples.get(last.label)!),
      phaseTable(nodes, samples),
      await bundleSection(loadFigures(nodes, samples), profile)
    ].join('\n\n')
  } finally {
    await dir.close()
    await sandbox.close()
    await references.close()
  }

  async function measureUntagged(node: NodeBinary): Promise<Measured> {
    const env = await dir.prepare({ ...startInputs(1), 'tag-recovery-points-with-run': 'false' }, sandbox.env())
    const run = await measure(node.path, [DIST], env, dir.dir)
    expectSuccess(run, await dir.outputs(), 1, 'start-only run without run tags')
    return run
  }

  async function measureReferences(node: NodeBinary): Promise<{ name: ReferenceName; run: Measured; first: number }[]> {
    const one = async (
      name: ReferenceName,
      sandboxEnv: Record<string, string>
    ): Promise<{ name: ReferenceName; run: Measured; first: number }> => {
      const before = sandbox.requests.length
      const run = await measure(node.path, [references[name]], await dir.prepare(startInputs(1), sandboxEnv), dir.dir)
      if (name === 'sdkOnly') {
        if (run.code !== 0 || !/^\S+ [A-Z]+$/m.test(run.stdout))
          throw new Error(`SDK-only reference: exit ${run.code}\n${run.stdout}${run.stderr}`)
      } else {
        expectSuccess(run, await dir.outputs(), 1, `reference ${name}`)
      }
      const first = Math.min(...sandbox.requests.slice(before).map((r) => r.time.getTime())) - run.spawnedAt
      return { name, run, first }
    }
    return [
      await one('sdkOnly', sandbox.env({ staticCredentials: true })),
      await one('straightforward', sandbox.env()),
      await one('withoutCore', sandbox.env())
    ]
  }

  async function profileRuns(
    node: NodeBinary,
    sandboxEnv: Record<string, string>,
    d: typeof dir
  ): Promise<{ node: NodeBinary; summary: ProfileSummary }> {
    const out = await mkdtemp(join(tmpdir(), 'backup-action-prof-'))
    try {
      for (let i = 0; i < 3; i++) {
        const env = await d.prepare(startInputs(1), sandboxEnv)
        const run = await measure(node.path, ['--cpu-prof', '--cpu-prof-dir', out, '--cpu-prof-interval', '100', DIST], env, d.dir)
        expectSuccess(run, await d.outputs(), 1, 'profiled run')
      }
      const files = (await readdir(out)).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(out, f))
      return { node, summary: summariseProfiles(files) }
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  }
}

function startupTable(nodes: readonly NodeBinary[], samples: Map<string, Samples>): string {
  const rows: string[][] = []
  for (const node of nodes) {
    const s = samples.get(node.label)!
    const base = median(s.base)
    const run = median(s.run)
    const rss = median(s.rssRun)
    const is24 = node.label.startsWith('Node 24')
    rows.push([node.label, '`node -e 0` (baseline)', ms(base), '1.00×', mb(median(s.rssBase)), '—'])
    rows.push([
      node.label,
      'start-only run of dist/index.js',
      ms(run),
      ratio(run, base),
      mb(rss),
      is24 ? `${verdict(run / base <= 4, '≤ 4×; aim 3×')}; ${verdict(rss <= 80 * 1024, 'RSS ≤ 80 MB')}` : '— (informative)'
    ])
    const first = median(s.phases.get('first request') ?? [])
    rows.push([node.label, 'spawn → first request reaches the sandbox', ms(first), ratio(first, base), '—', '—'])
  }
  return [
    '## 1. Start-up (one EBS volume, role-to-assume via OIDC, `wait: false`)',
    '',
    `Medians of ${RUNS} runs each (after ${WARMUPS} warm-ups), interleaved. Wall time: spawn → exit, seen by the parent. Peak RSS: ${
      rssMethod === 'gnu-time'
        ? '`/usr/bin/time -f %M` around the node process'
        : 'process.resourceUsage().maxRSS, printed at exit by a `--import` preload (bench/maxrss.ts)'
    }. Ratios against \`node -e 0\` of the same Node, measured in the same rounds. The first request is the OIDC token request; its time is its arrival in the sandbox's record minus the spawn time.`,
    '',
    table(['Node', 'what', 'wall (median)', 'vs `node -e 0`', 'peak RSS (median)', 'target'], rows)
  ].join('\n')
}

function referenceTable(node: NodeBinary, s: Samples): string {
  const base = median(s.base)
  const run = median(s.run)
  const ref = (name: ReferenceName): ReferenceSamples => s.references.get(name) ?? { wall: [], rss: [], first: [] }
  const sdkOnly = median(ref('sdkOnly').wall)
  const room = 4 * base - sdkOnly
  const row = (what: string, wall: number, rss: number, first?: number): string[] => [
    what,
    ms(wall),
    ratio(wall, base),
    mb(rss),
    first === undefined ? '—' : ms(first)
  ]
  const refRow = (what: string, name: ReferenceName): string[] =>
    row(what, median(ref(name).wall), median(ref(name).rss), median(ref(name).first))
  return [
    `The start-up target beside references, measured in the same rounds on ${node.label}, each bundled by ncc with the same flags as dist/ (bench/references.ts). First request: the OIDC token request, except for the SDK alone (StartBackupJob).`,
    '',
    table(
      ['what', 'wall (median)', 'vs `node -e 0`', 'peak RSS (median)', 'spawn → first request'],
      [
        row('`node -e 0` (baseline)', base, median(s.rssBase)),
        refRow(
          "the AWS SDK alone: `@aws-sdk/client-backup` making the run's StartBackupJob and DescribeBackupJob with static keys; no OIDC token, no STS, no `@actions/core` (bench/reference/sdkOnly.ts)",
          'sdkOnly'
        ),
        refRow(
          'the same start-only run written straightforwardly: `@actions/core`, `@aws-sdk/credential-providers` and `@aws-sdk/client-backup` imported statically (bench/reference/straightforward.ts)',
          'straightforward'
        ),
        refRow(
          'the same without `@actions/core`: inputs, the OIDC token request and outputs by hand with Node builtins (bench/reference/withoutCore.ts)',
          'withoutCore'
        ),
        row('this action: start-only run of dist/index.js', run, median(s.rssRun), median(s.phases.get('first request') ?? [])),
        row(
          'this action with `tag-recovery-points-with-run: false`: the same run without loading `@actions/github` for the run tags',
          median(s.untagged),
          median(s.rssUntagged)
        )
      ]
    ),
    '',
    `\`@actions/github\` (its \`context\`, for the run tags, loaded with Octokit while the OIDC token request is out) adds ${ms(run - median(s.untagged))} to the start-only run and ${mb(median(s.rssRun) - median(s.rssUntagged))} to its peak RSS.`,
    '',
    `4× \`node -e 0\` is ${ms(4 * base)} here: ${
      room >= 0 ? `the SDK alone leaves ${ms(room)} of it` : `the SDK alone already takes ${ms(-room)} more than that, with nothing left`
    } for the OIDC token, STS, \`@actions/core\` and the outputs, on which this action spends ${ms(run - sdkOnly)}.`
  ].join('\n')
}

function phaseTable(nodes: readonly NodeBinary[], samples: Map<string, Samples>): string {
  const keys = [...PHASES, 'exit']
  const rows = keys.map((key, i) => {
    const cells = nodes.map((node) => {
      const s = samples.get(node.label)!
      const at = median(s.phases.get(key) ?? [])
      const prev = i === 0 ? 0 : median(s.phases.get(keys[i - 1]!) ?? [])
      return `${ms(at)} (+${ms(at - prev)})`
    })
    return [key === 'exit' ? 'process exit' : `${key} arrives`, ...cells]
  })
  return [
    'Where the start-up goes: arrival of each request in the sandbox after the spawn (medians; in brackets, the gap since the previous line, which holds what the process did before sending that request, including the previous answer). Which code loads in which gap: see the profile timeline in section 2.',
    '',
    table(['request', ...nodes.map((n) => n.label)], rows)
  ].join('\n')
}

function loadFigures(nodes: readonly NodeBinary[], samples: Map<string, Samples>): LoadFigures[] {
  return nodes.map((node) => {
    const s = samples.get(node.label)!
    return { label: node.label, baseMs: median(s.base), noInputMs: median(s.noInput), runMs: median(s.run) }
  })
}
