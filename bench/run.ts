/**
 * `npm run bench`: measures the committed dist/index.js against the loopback sandbox and the wait schedule in
 * simulation, and prints the results as markdown; also to .build/bench-results.md. The committed bench/results.md
 * is written only when asked: `npm run bench -- --write`. `--only startup` (or many-resources, wait) runs one
 * section. BENCH_RUNS sets the runs per figure (at least 10, default 20: the start-up figures of a busy 2-core
 * machine vary by ±15 % from run to run).
 */
import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ROOT, RUNS, TIME_BIN, rssMethod } from './lib.js'
import { manyResourcesSection } from './manyResources.js'
import { startupSections, type NodeBinary } from './startup.js'
import { waitSection } from './waitSim.js'
import { silentEndpointsSection } from './silentEndpoints.js'

const run = promisify(execFile)
const started = Date.now()

async function version(path: string): Promise<string> {
  return (await run(path, ['--version'])).stdout.trim()
}

/** Node 20: this process's node if it is a 20, else `node` on the PATH if that is; Node 24: script/ensure-node24.sh. */
async function binaries(): Promise<NodeBinary[]> {
  const found: NodeBinary[] = []
  const candidates = [process.execPath, 'node']
  for (const path of candidates) {
    const v = await version(path).catch(() => '')
    if (v.startsWith('v20.')) {
      found.push({ label: `Node 20 (${v})`, path })
      break
    }
  }
  const node24 = (await run(join(ROOT, 'script', 'ensure-node24.sh'))).stdout.trim()
  found.push({ label: `Node 24 (${await version(node24)})`, path: node24 })
  return found
}

const SECTIONS = ['startup', 'many-resources', 'wait', 'silent'] as const
const args = process.argv.slice(2)
const write = args.includes('--write')
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined
if (only !== undefined && !(SECTIONS as readonly string[]).includes(only)) {
  process.stderr.write(`bench: --only takes one of ${SECTIONS.join(', ')}\n`)
  process.exit(2)
}
if (write && only !== undefined) {
  process.stderr.write('bench: --write writes the whole of bench/results.md, so it runs every section: leave out --only\n')
  process.exit(2)
}
const wanted = (section: (typeof SECTIONS)[number]): boolean => only === undefined || only === section

const nodes = await binaries()
const log = (line: string): void => void process.stderr.write(`${line}\n`)
log(`bench: ${nodes.map((n) => n.label).join(', ')}; ${RUNS} runs per figure…`)
const sections: string[] = []
if (wanted('startup')) {
  log('bench: 1–2. start-up and bundle')
  sections.push(await startupSections(nodes))
}
if (wanted('many-resources')) {
  log('bench: 3. many resources')
  sections.push(await manyResourcesSection(nodes.at(-1)!))
}
if (wanted('wait')) {
  log('bench: 4. wait schedule (simulated)')
  sections.push(await waitSection())
}
if (wanted('silent')) {
  log('bench: 5. silent endpoints (about 3 minutes: the reference waits out its own timeout)')
  sections.push(await silentEndpointsSection(nodes.at(-1)!))
}

const cpu = cpus()
const header = [
  '# Benchmark results',
  '',
  `Machine: ${nodes.map((n) => n.label).join(', ')} · ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}) · ${process.platform} ${process.arch} · peak RSS via ${
    rssMethod === 'gnu-time' ? TIME_BIN : 'a --import preload'
  } · ${new Date().toISOString().slice(0, 10)}`,
  '',
  'Produced by `npm run bench` (bench/run.ts) against the loopback sandbox (sandbox/), measuring the committed dist/index.js. Times are medians; every ratio is against a baseline measured in the same run.'
].join('\n')
const markdown = `${[header, ...sections].join('\n\n')}\n\n_${only === undefined ? 'Whole bench' : `Section ${only}`}: ${((Date.now() - started) / 1000).toFixed(0)} s._\n`
await mkdir(join(ROOT, '.build'), { recursive: true })
await writeFile(join(ROOT, '.build', 'bench-results.md'), markdown)
if (write) await writeFile(join(ROOT, 'bench', 'results.md'), markdown)
process.stdout.write(markdown)
log(write ? 'bench: wrote bench/results.md' : 'bench: wrote .build/bench-results.md (bench/results.md is written with --write)')
