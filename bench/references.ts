/**
 * The start-up references (bench/reference/*.ts), bundled with ncc and the same flags as dist/ into a temporary
 * directory, so that the action's start-up stands beside what the same calls cost written otherwise.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ROOT } from './lib.js'

export interface References {
  /** @aws-sdk/client-backup alone: StartBackupJob and DescribeBackupJob with static keys. */
  readonly sdkOnly: string
  /** The whole start-only run with every package imported statically. */
  readonly straightforward: string
  /** The same without @actions/core: inputs, the OIDC token request and outputs by hand. */
  readonly withoutCore: string
  close(): Promise<void>
}

/** Bundles bench/reference/<name>.ts with ncc and the flags of dist/ into `dir`; the path of its index.js. */
async function bundleInto(name: string, dir: string): Promise<string> {
  const ncc = join(ROOT, 'node_modules', '.bin', 'ncc')
  await promisify(execFile)(
    ncc,
    [
      'build',
      join(ROOT, 'bench', 'reference', `${name}.ts`),
      '--out',
      dir,
      '--source-map',
      '--license',
      'licenses.txt',
      '--target',
      'es2022',
      '--quiet'
    ],
    { cwd: ROOT }
  )
  return join(dir, 'index.js')
}

/** One reference bundled into a temporary directory, removed by close(). */
export async function bundleEntry(name: string): Promise<{ path: string; close(): Promise<void> }> {
  const out = await mkdtemp(join(tmpdir(), `backup-action-${name}-`))
  return { path: await bundleInto(name, out), close: () => rm(out, { recursive: true, force: true }) }
}

export async function buildReferences(): Promise<References> {
  const out = await mkdtemp(join(tmpdir(), 'backup-action-references-'))
  const build = (name: string): Promise<string> => bundleInto(name, join(out, name))
  // One after the other: each build type-checks the project and takes both cores.
  const sdkOnly = await build('sdkOnly')
  const straightforward = await build('straightforward')
  const withoutCore = await build('withoutCore')
  return { sdkOnly, straightforward, withoutCore, close: () => rm(out, { recursive: true, force: true }) }
}
