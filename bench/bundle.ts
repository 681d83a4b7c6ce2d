/**
 * What dist/*.js is made of: each line of a dist file is charged to the package its source map says it comes from
 * (node_modules/<package>, src/, a Node builtin stub, or the ncc/webpack runtime).
 */
import { existsSync, readFileSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { SourceMap } from 'node:module'
import { join } from 'node:path'
import type { ProfileSummary } from './cpuProfile.js'
import { ROOT, ms, table } from './lib.js'
import { packageOf } from './packages.js'

export interface Composition {
  /** Package → bytes, per dist file. */
  readonly byFile: ReadonlyMap<string, ReadonlyMap<string, number>>
}

export function composition(distDir: string, files: readonly string[]): Composition {
  const byFile = new Map<string, Map<string, number>>()
  for (const file of files) {
    const path = join(distDir, file)
    if (!existsSync(`${path}.map`)) continue
    const map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')))
    const sizes = new Map<string, number>()
    let current = 'ncc/webpack runtime'
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        // Webpack concatenates ES modules into one block, so each line is charged on its own: to the source its
        // first mapped column comes from, else to the line before's.
        if (/^\/\*\*\*\/ \d+:$/.test(line) || line.startsWith('/******/')) current = 'ncc/webpack runtime'
        const col = line.search(/\S/)
        if (col >= 0) {
          // findEntry answers with the nearest mapping before the position: only one on this very line counts.
          const entry = map.findEntry(i, col) as { originalSource?: string; generatedLine?: number }
          if (entry.originalSource && entry.generatedLine === i) current = packageOf(entry.originalSource)
        }
        sizes.set(current, (sizes.get(current) ?? 0) + Buffer.byteLength(line) + 1)
      })
    byFile.set(file, sizes)
  }
  return { byFile }
}

export interface LoadFigures {
  readonly label: string
  readonly baseMs: number
  readonly noInputMs: number
  readonly runMs: number
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`

/** Section 2: sizes and make-up of dist/, module loading by the no-input run, and the --cpu-prof breakdown. */
export async function bundleSection(
  load: readonly LoadFigures[],
  profile: { node: { label: string }; summary: ProfileSummary }
): Promise<string> {
  const dist = join(ROOT, 'dist')
  const files = (await readdir(dist))
    .filter((f) => f.endsWith('.js') || f.endsWith('.cjs'))
    .sort((a, b) => (a === 'index.js' ? -1 : b === 'index.js' ? 1 : a < b ? -1 : 1))
  const sizes = await Promise.all(files.map(async (f) => [f, (await stat(join(dist, f))).size] as const))
  const total = sizes.reduce((sum, [, size]) => sum + size, 0)
  const made = composition(dist, files)
  const sizeRows = sizes.map(([f, size]) => {
    const role =
      f === 'index.js'
        ? 'entry, loaded at start'
        : f.endsWith('.cjs')
          ? 'source-map support, imported by index.js at start'
          : 'chunk, loaded by a dynamic import()'
    const parts = [...(made.byFile.get(f) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]).filter(([, b]) => b >= 4096)
    return [
      `dist/${f}`,
      kib(size),
      role,
      parts
        .slice(0, 6)
        .map(([p, b]) => `${p} ${kib(b)}`)
        .join(', ')
    ]
  })
  const loadRows = load.map((l) => [
    l.label,
    ms(l.baseMs),
    ms(l.noInputMs),
    ms(l.runMs),
    ms(l.noInputMs - l.baseMs),
    `${((100 * (l.noInputMs - l.baseMs)) / (l.runMs - l.baseMs)).toFixed(0)} %`
  ])
  const { summary } = profile
  const share = (v: number): string => `${((100 * v) / summary.profiledMs).toFixed(0)} %`
  const rows = (m: ReadonlyMap<string, number>, top: number): string[][] => [...m].slice(0, top).map(([k, v]) => [k, ms(v), share(v)])
  return [
    '## 2. Bundle',
    '',
    table(['file', 'size', 'role', 'largest parts (by source map, ≥ 4 KiB)'], [...sizeRows, ['total', kib(total), '', '']]),
    '',
    'Module loading, method 1: `node dist/index.js` with no inputs set fails on the first missing input, before any AWS code is imported, so its time over `node -e 0` is the cost of loading dist/index.js and what it imports statically. The dynamic chunks load later, during the run (method 2 shows when).',
    '',
    table(
      [
        'Node',
        '`node -e 0`',
        'no-input run',
        'start-only run',
        'static load (no-input − baseline)',
        "share of the run's time over baseline"
      ],
      loadRows
    ),
    '',
    `Method 2: \`node --cpu-prof --cpu-prof-interval 100\` on ${profile.node.label}, ${summary.runs} start-only runs, CPU per run (${ms(summary.profiledMs)} profiled per run; the profiler slows the process, so read shares and order rather than absolute times). Each sample is classed by its stack (bench/cpuProfile.ts).`,
    '',
    table(['class', 'CPU per run', 'share'], rows(summary.classes, 10)),
    '',
    'By package: self time of frames in dist/*.js mapped through the source maps, with Node internals charged to the nearest package that called them, except compiling dist files and loading Node builtins (charged to the builtin\'s stub, i.e. to the first module that required it). Inclusive: every sample with the package anywhere on its stack (what its loading and calls cost, what it calls included; overlapping, so not additive; compiling its bytes not included; webpack concatenates ES modules such as src/ and @actions/* into one factory, so those frames and what they import are charged to src/ or "unmapped").',
    '',
    table(
      ['package', 'self CPU per run', 'share', 'inclusive'],
      [...summary.packages]
        .slice(0, 20)
        .map(([k, v]) => [k, ms(v), share(v), summary.inclusive.has(k) ? ms(summary.inclusive.get(k)!) : '—'])
    ),
    '',
    'Hottest functions (own self time):',
    '',
    table(['function (original source:line)', 'CPU per run', 'share'], rows(summary.functions, 12)),
    '',
    'Timeline of the profiled run (ms after the profile starts, medians): when code from each dist file first ran, the compile bursts, and the first outgoing TCP connection (the OIDC token request).',
    '',
    table(
      ['event', 't'],
      [...summary.timeline].map(([k, v]) => [k, ms(v)])
    )
  ].join('\n')
}
