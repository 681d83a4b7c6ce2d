import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

/**
 * The data flows one way: inputs → credentials and AWS calls → start → wait → report, each stage handing its results
 * on through the entry point (main.ts) rather than reaching into another stage. So a folder may import only from
 * itself and the folders named here; the wait engine knows nothing of backup jobs. The entry points at the top of
 * src/ wire the stages together and may import any of them.
 */
const SRC = resolve(import.meta.dirname, '..', '..', 'src')
const MAY_IMPORT: Record<string, readonly string[]> = {
  shared: [],
  inputs: ['shared'],
  aws: ['shared', 'inputs'],
  start: ['shared', 'inputs', 'aws'],
  wait: ['shared', 'inputs', 'aws'],
  'wait/engine': ['shared'],
  report: ['shared']
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []
  )
}

/** Every relative import of the project's modules, static or dynamic, as [from, to] paths inside src/. */
export function imports(): Array<[string, string]> {
  return sourceFiles(SRC).flatMap((file) => {
    const text = readFileSync(file, 'utf8')
    const specifiers = [...text.matchAll(/(?:from\s+|import\(\s*)'(\.{1,2}\/[^']+)\.js'/g)].map((m) => m[1] as string)
    return specifiers.map((spec): [string, string] => [relative(SRC, file), relative(SRC, resolve(dirname(file), `${spec}.ts`))])
  })
}

/** The folder a module sits in ('' for the entry points at the top of src/). */
const folderOf = (path: string): string => (path.includes('/') ? dirname(path) : '')

export function importsAgainstTheFlow(edges: ReadonlyArray<[string, string]>): string[] {
  return edges.flatMap(([from, to]) => {
    const [source, target] = [folderOf(from), folderOf(to)]
    if (source === '' || source === target) return []
    const allowed = MAY_IMPORT[source] ?? []
    // A subfolder's own rule (wait/engine) is stricter than its parent's; a folder may import its subfolders.
    if (allowed.includes(target) || target.startsWith(`${source}/`)) return []
    return [`${from} imports ${to}: ${source}/ may import only ${allowed.map((f) => `${f}/`).join(', ') || 'nothing outside itself'}`]
  })
}

describe('the layout of src/', () => {
  const edges = imports()

  it('puts every module in a stage of the flow or at the top as an entry point', () => {
    const misplaced = sourceFiles(SRC)
      .map((file) => relative(SRC, file))
      .filter((path) => folderOf(path) !== '' && MAY_IMPORT[folderOf(path)] === undefined)
    expect(misplaced).toEqual([])
  })

  it('has no import against the flow', () => {
    expect(edges.length).toBeGreaterThan(50)
    expect(importsAgainstTheFlow(edges)).toEqual([])
  })

  it.each<[string, [string, string]]>([
    ['the wait importing the start', ['wait/waitForBackupJobs.ts', 'start/startBackupJobs.ts']],
    ['the inputs importing an AWS module', ['inputs/settings.ts', 'aws/backupApi.ts']],
    ['the wait importing the report', ['wait/backupJobKind.ts', 'report/jobReport.ts']],
    ['the report importing the wait', ['report/stepSummary.ts', 'wait/backupVerdicts.ts']],
    ['the wait engine importing backup jobs', ['wait/engine/awaitJobs.ts', 'wait/backupJobKind.ts']],
    ['a stage importing an entry point', ['start/statusOnce.ts', 'runtime.ts']]
  ])('would catch %s', (_, edge) => {
    expect(importsAgainstTheFlow([edge])).toHaveLength(1)
  })
})
