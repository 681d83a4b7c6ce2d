import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'

/**
 * script/check-licences.mjs (npm run check:licences, in .ci/run) on made-up bundles in a temporary directory, with the
 * repository's allowlist (script/licence-allowlist.txt): each licenses.txt is written in ncc's format, one package
 * after another, each its name, its licence and its licence text, with a blank line between them.
 */

const ROOT = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..')
const SCRIPT = join(ROOT, 'script', 'check-licences.mjs')
const ALLOWLIST = join(ROOT, 'script', 'licence-allowlist.txt')

// Licence texts with blank lines, and lines after them that are no package names, as real ones have.
const MIT_TEXT = 'MIT License\n\nCopyright (c) 2024 Someone\n\nPermission is hereby granted, free of charge, ...\n'
const APACHE_TEXT = '                                 Apache License\n\n   TERMS AND CONDITIONS\n\n-----\n'

type Package = readonly [name: string, licence: string, text?: string]

/** A licenses.txt as ncc writes it. */
const licensesTxt = (packages: readonly Package[]): string =>
  packages.map(([name, licence, text]) => [name, licence, text].filter((x) => x !== undefined).join('\n')).join('\n\n') + '\n'

let dir: string

function write(path: string, content: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true })
  writeFileSync(join(dir, path), content)
}

function check(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const { status, stdout, stderr } = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', NODE_OPTIONS: '' }
  })
  return { status, stdout, stderr }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'licences-'))
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('check-licences', () => {
  it('fails on a package whose licence is not on the allowlist, naming the package, its licence and what to do', () => {
    write(
      'dist/licenses.txt',
      licensesTxt([
        ['@aws-sdk/client-backup', 'Apache-2.0', APACHE_TEXT],
        ['copyleft-thing', 'GPL-3.0', 'GNU GENERAL PUBLIC LICENSE\n\nVersion 3, 29 June 2007\n'],
        ['tiny-helper', 'MIT', MIT_TEXT]
      ])
    )
    write('dist/index.js', '')

    const { status, stdout, stderr } = check('dist')

    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr.trim().split('\n')).toEqual([
      `Package "copyleft-thing" (${join('dist', 'licenses.txt')}:10) has the licence "GPL-3.0", which is not on the ` +
        `allowlist (${relative(dir, ALLOWLIST)}): remove or replace the package, or add the licence to the allowlist ` +
        'if its terms let the action bundle and redistribute it.'
    ])
    expect(stderr).not.toContain('tiny-helper')
    expect(stderr).not.toContain('client-backup')
  })

  it('passes when every package has an allowed licence, and counts them', () => {
    write(
      'dist/licenses.txt',
      licensesTxt([
        ['@smithy/core', 'Apache-2.0', APACHE_TEXT],
        ['bowser', 'MIT', MIT_TEXT],
        ['dual', '(MIT OR Apache-2.0)'],
        ['either', 'GPL-3.0 OR MIT'],
        ['both', 'ISC AND BSD-3-Clause', 'ISC License\n\nCopyright\n'],
        ['exception', 'Apache-2.0 WITH LLVM-exception'],
        ['lower-case', 'bsd-2-clause']
      ])
    )
    write('dist/index.js', '')

    const { status, stdout, stderr } = check('dist')

    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect(stdout).toContain('7 bundled packages (1 licenses.txt), all on the allowlist')
  })

  it('reads every licenses.txt under the directory, the second bundle included', () => {
    write('dist/index.js', '')
    write('dist/licenses.txt', licensesTxt([['bowser', 'MIT', MIT_TEXT]]))
    write('dist/wait/index.js', '')
    write(
      'dist/wait/licenses.txt',
      licensesTxt([
        ['@actions/core', 'MIT'],
        ['lesser', 'LGPL-2.1-only']
      ])
    )

    const { status, stderr } = check('dist')

    expect(status).toBe(1)
    expect(stderr).toContain(`Package "lesser" (${join('dist', 'wait', 'licenses.txt')}:4) has the licence "LGPL-2.1-only"`)
    expect(stderr).not.toContain('bowser')
  })

  it('fails on a bundle without licenses.txt beside it, and on a directory without any', () => {
    write('dist/index.js', '')
    write('dist/licenses.txt', licensesTxt([['bowser', 'MIT']]))
    write('dist/wait/index.js', '')
    write('empty/index.js', '')

    const { status, stderr } = check('dist', 'empty')

    expect(status).toBe(1)
    expect(stderr).toContain(`${join('dist', 'wait', 'index.js')} has no licenses.txt beside it`)
    expect(stderr).toContain('empty holds no licenses.txt')
  })

  it('fails on a package that declares no licence, or something that is not an SPDX expression', () => {
    write(
      'licenses.txt',
      licensesTxt([
        ['bare', ''],
        ['prose', 'Permission is hereby granted (see below)'],
        ['ok', 'MIT']
      ])
    )

    const { status, stderr } = check('licenses.txt')

    expect(status).toBe(1)
    expect(stderr).toContain('Package "bare" (licenses.txt:1) declares no licence')
    expect(stderr).toContain('Package "prose" (licenses.txt:4) has the licence "Permission is hereby granted (see below)"')
    expect(stderr).not.toContain('"ok"')
  })

  it('checks, with its package.json, a bundled package that the source maps show but licenses.txt leaves out', () => {
    write('dist/licenses.txt', licensesTxt([['listed', 'MIT']]))
    write('dist/index.js', '')
    write(
      'dist/index.js.map',
      JSON.stringify({
        version: 3,
        sources: [
          '.././node_modules/listed/index.js',
          '.././node_modules/@scope/unlisted/lib/a.js',
          '.././node_modules/fine/index.js',
          '.././src/main.ts',
          '../external node-commonjs "os"'
        ]
      })
    )
    write('node_modules/@scope/unlisted/package.json', JSON.stringify({ name: '@scope/unlisted', license: 'AGPL-3.0' }))
    write('node_modules/fine/package.json', JSON.stringify({ name: 'fine', license: 'ISC' }))

    const { status, stderr } = check('dist')

    expect(status).toBe(1)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toContain(
      `Package "@scope/unlisted" (${join('node_modules', '@scope', 'unlisted', 'package.json')}, bundled but not in licenses.txt) has the licence "AGPL-3.0"`
    )

    write('node_modules/@scope/unlisted/package.json', JSON.stringify({ licenses: [{ type: 'MIT' }] }))
    const again = check('dist')
    expect(again.stderr).toBe('')
    expect(again.stdout).toContain('3 bundled packages (1 licenses.txt, 2 more from the source maps)')
  })

  it('writes each problem as an error annotation in GitHub Actions', () => {
    write('licenses.txt', licensesTxt([['copyleft-thing', 'GPL-3.0']]))

    const { status, stderr } = spawnSync(process.execPath, [SCRIPT, 'licenses.txt'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: 'true', NODE_OPTIONS: '' }
    })

    expect(status).toBe(1)
    expect(stderr).toMatch(/^::error title=Licence check::Package "copyleft-thing" \(licenses\.txt:1\) has the licence/)
  })

  it('passes on the committed dist/', () => {
    const { status, stdout, stderr } = spawnSync(process.execPath, [SCRIPT], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '', NODE_OPTIONS: '' }
    })

    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect(stdout).toMatch(/^Licences: \d+ bundled packages/)
  })
})
