/**
 * Sections 1 and 2: start-up of a start-only run (OIDC token → STS → StartBackupJob → DescribeBackupJob → outputs)
 * beside `node -e 0`, on each Node; the time to the first request from the sandbox's record; the bundle's size;
 * how much of the start-up is module loading (a run with no inputs, which fails on the first missing input
 * before any AWS code is imported); and a --cpu-prof breakdown of the Node 24 run.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSandbox, type RecordedRequest } from '../sandbox/sandbox.js'
import { bundleSection, type LoadFigures } from './bundle.js'
import { summariseProfiles, type ProfileSummary } from './cpuProfile.js'
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
}

const PHASES = ['GetIdToken', 'AssumeRoleWithWebIdentity', 'StartBackupJob', 'DescribeBackupJob'] as const

export async function startupSections(nodes: readonly NodeBinary[]): Promise<string> {
  const sandbox = await startSandbox({ trustedRoleArns: [ROLE_TO_ASSUME] })
  const dir = await actionDir()
  const samples = new Map<string, Samples>(
    nodes.map((n) => [n.label, { base: [], run: [], noInput: [], rssBase: [], rssRun: [], phases: new Map() }])
  )
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
        if (round < 0) continue
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
    const profile = await profileRuns(nodes.at(-1)!, sandbox.env(), dir)
    return [startupTable(nodes, samples), phaseTable(nodes, samples), await bundleSection(loadFigures(nodes, samples), profile)].join(
      '\n\n'
    )
  } finally {
    await dir.close()
    await sandbox.close()
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
