/**
 * Reads `node --cpu-prof` profiles of dist/index.js runs and says where the CPU time went: by class (compiling
 * dist files, loading Node builtins, bundled modules' top-level code, the run itself…), by package (frames in
 * dist/*.js mapped back through their source maps), the hottest functions, and when each dist file first ran.
 */
import { readFileSync } from 'node:fs'
import { SourceMap } from 'node:module'
import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'
import { median } from './lib.js'
import { packageOf } from './packages.js'

interface CallFrame {
  readonly functionName: string
  readonly url: string
  readonly lineNumber: number
  readonly columnNumber: number
}
interface ProfileNode {
  readonly id: number
  readonly callFrame: CallFrame
  readonly children?: readonly number[]
}
interface Profile {
  readonly nodes: readonly ProfileNode[]
  readonly samples: readonly number[]
  readonly timeDeltas: readonly number[]
  readonly startTime: number
  readonly endTime: number
}

export interface ProfileSummary {
  readonly runs: number
  /** Per run, in ms: from the profile's start to its end. */
  readonly profiledMs: number
  /** Class → ms per run. */
  readonly classes: ReadonlyMap<string, number>
  /** Package → ms per run: self time, with Node internals charged to the nearest package that called them. */
  readonly packages: ReadonlyMap<string, number>
  /** Package → ms per run of every sample with the package anywhere on its stack (overlapping: not additive). */
  readonly inclusive: ReadonlyMap<string, number>
  /** "function (source:line)" → ms per run, own self time. */
  readonly functions: ReadonlyMap<string, number>
  /** Event → median ms after the profile's start: each dist file's first code, compile bursts, first TCP connect. */
  readonly timeline: ReadonlyMap<string, number>
}

export const COMPILE = 'V8 compiling dist/*.js (ESM loader, compileSourceTextModule)'
export const BUILTINS = 'loading Node builtins on first require (http2, tls, zlib, crypto…)'
export const TOP_LEVEL = "bundled modules' top-level code (under __nccwpck_require__)"
export const LOADER = "other module loading (Node's loader: resolve, read, link)"
export const RUN = 'the run itself (inputs, SDK clients, signing, HTTP, outputs)'
export const NODE_ONLY = 'Node alone, no dist code on the stack (bootstrap, I/O callbacks, exit; partly in `node -e 0` too)'

const maps = new Map<string, SourceMap | null>()

function sourceOf(frame: CallFrame): { pkg: string; where: string } | undefined {
  if (!/\/dist\/[^/]*\.js$/.test(frame.url)) return undefined
  if (!maps.has(frame.url)) {
    let map: SourceMap | null = null
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(frame.url)}.map`, 'utf8')))
    } catch {
      map = null
    }
    maps.set(frame.url, map)
  }
  const entry = maps.get(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber) as
    { originalSource?: string; originalLine?: number } | undefined
  const source = entry?.originalSource
  if (!source) return { pkg: `dist/${basename(frame.url)} (unmapped)`, where: `dist/${basename(frame.url)}:${frame.lineNumber + 1}` }
  return {
    pkg: packageOf(source),
    where: `${source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+\.?\/?/, '')}:${(entry?.originalLine ?? 0) + 1}`
  }
}

/** Where a frame's code comes from: a package, src/, Node itself, or one of V8's pseudo-frames. */
function origin(frame: CallFrame): string {
  const { url, functionName } = frame
  if (functionName === '(garbage collector)') return '(garbage collector)'
  if (functionName === '(program)') return '(program: V8/native work outside JS)'
  if (functionName === '(idle)') return '(idle: waiting for I/O)'
  if (functionName === '(root)') return '(root)'
  if (url.endsWith('sourcemap-register.cjs')) return 'source-map-support (dist/sourcemap-register.cjs)'
  return sourceOf(frame)?.pkg ?? 'node (internals & natives)'
}

const isNode = (o: string): boolean => o === 'node (internals & natives)'

export function summariseProfiles(files: readonly string[]): ProfileSummary {
  const classes = new Map<string, number>()
  const packages = new Map<string, number>()
  const inclusive = new Map<string, number>()
  const functions = new Map<string, number>()
  const events = new Map<string, number[]>()
  const add = (m: Map<string, number>, key: string, value: number): void => void m.set(key, (m.get(key) ?? 0) + value)
  let profiled = 0
  files.forEach((file, fileIndex) => {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
    profiled += (profile.endTime - profile.startTime) / 1000
    const byId = new Map(profile.nodes.map((n) => [n.id, n]))
    const parent = new Map<number, number>()
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
    type Sample = { cls: string; charged: string; fn: string; files: string[]; within: string[] }
    const cache = new Map<number, Sample>()
    const classify = (id: number): Sample => {
      const hit = cache.get(id)
      if (hit) return hit
      const stack: CallFrame[] = []
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!.callFrame)
      const origins = stack.map(origin)
      const own = origins[0]!
      const has = (name: string): boolean => stack.some((f) => f.functionName === name)
      const req = stack.findIndex((f) => f.functionName === '__nccwpck_require__')
      // The entry module's top level calls run(): what runs under it is the run, not module loading.
      const inRun = stack.some((f, i) => f.functionName === 'run' && origins[i]!.startsWith('src/') && (req < 0 || i < req))
      let cls: string
      let charged = isNode(own)
        ? (origins.find((o) => !isNode(o) && o !== '(root)') ?? "Node's loader & bootstrap (no package on the stack)")
        : own
      if (own.startsWith('(')) cls = own
      else if (stack[0]!.functionName === 'compileSourceTextModule') [cls, charged] = [COMPILE, COMPILE]
      else if (has('compileForInternalLoader') || has('compileForPublicLoader')) {
        cls = BUILTINS
        charged = origins.find((o) => o.startsWith('Node builtin')) ?? `Node builtins required by ${charged}`
      } else if (inRun) cls = RUN
      else if (req >= 0) cls = TOP_LEVEL
      else if (stack.some((f) => f.url.startsWith('node:internal/modules/'))) cls = LOADER
      else if (own.startsWith('source-map-support')) cls = own
      else if (origins.every((o) => isNode(o) || o === '(root)')) cls = NODE_ONLY
      else cls = RUN
      const mapped = sourceOf(stack[0]!)
      const fn = `${stack[0]!.functionName || '(anonymous)'} (${mapped?.where ?? (stack[0]!.url.replace(/^.*\//, '') || 'native')})`
      const distFiles = [...new Set(stack.flatMap((f) => (/\/dist\/[^/]*\.(c?js)$/.test(f.url) ? [basename(f.url)] : [])))]
      if (stack.some((f) => f.functionName === 'internalConnect')) distFiles.push('first TCP connect (node:net internalConnect)')
      const within = [...new Set(origins.filter((o) => !isNode(o) && !o.startsWith('(')))]
      const result = { cls, charged, fn, files: distFiles, within }
      cache.set(id, result)
      return result
    }
    const mean = profile.timeDeltas.length > 0 ? (profile.endTime - profile.startTime) / profile.timeDeltas.length : 0
    const firstSeen = new Map<string, number>()
    const bursts: Array<[number, number]> = []
    let t = 0
    profile.samples.forEach((id, i) => {
      t += (profile.timeDeltas[i] ?? 0) / 1000
      const dt = (profile.timeDeltas[i + 1] ?? mean) / 1000
      const c = classify(id)
      add(classes, c.cls, dt)
      add(packages, c.charged, dt)
      add(functions, c.fn, dt)
      for (const pkg of c.within) add(inclusive, pkg, dt)
      for (const f of c.files) if (!firstSeen.has(f)) firstSeen.set(f, t)
      if (c.cls === COMPILE) {
        const last = bursts.at(-1)
        if (last && t - (last[0] + last[1]) < 1.5) last[1] = t + dt - last[0]
        else bursts.push([t, dt])
      }
    })
    for (const [f, at] of firstSeen) {
      const key = f.startsWith('first') ? f : `first code run from dist/${f}`
      events.set(key, [...(events.get(key) ?? []), at])
    }
    // Bursts differ in number from run to run: the first run's are shown as they were.
    if (fileIndex === 0) bursts.forEach(([at, d], i) => events.set(`compile burst ${i + 1} (first run): ${d.toFixed(1)} ms`, [at]))
  })
  const perRun = (m: Map<string, number>): Map<string, number> =>
    new Map([...m].map(([k, v]) => [k, v / files.length] as [string, number]).sort((a, b) => b[1] - a[1]))
  const timeline = new Map([...events].map(([k, v]) => [k, median(v)] as [string, number]).sort((a, b) => a[1] - b[1]))
  return {
    runs: files.length,
    profiledMs: profiled / files.length,
    classes: perRun(classes),
    packages: perRun(packages),
    inclusive: perRun(inclusive),
    functions: perRun(functions),
    timeline
  }
}
