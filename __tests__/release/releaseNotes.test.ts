import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** script/release-notes.mjs, which the Release workflow and script/release read the version and its notes with. */

const ROOT = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..')
const SCRIPT = join(ROOT, 'script', 'release-notes.mjs')

const CHANGELOG = `# Changelog

## [Unreleased]

- Something not released yet.

## [1.2.0-rc.1] - 2026-02-01

### Fixed

- The fix.

## [1.1.0] - 2026-01-31

### Added

- The feature.

## 1.0.1

## [1.0.0] - 2026-01-01

- First.
`

let dir: string

function notes(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const { status, stdout, stderr } = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', NODE_OPTIONS: '', ...env }
  })
  return { status, stdout, stderr }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'release-notes-'))
  writeFileSync(join(dir, 'CHANGELOG.md'), CHANGELOG)
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('release-notes', () => {
  it.each([
    ['1.1.0', '### Added\n\n- The feature.\n'],
    ['v1.1.0', '### Added\n\n- The feature.\n'],
    ['1.2.0-rc.1', '### Fixed\n\n- The fix.\n'],
    ['1.0.0', '- First.\n']
  ])('prints the section of %s, without its heading', (version, expected) => {
    expect(notes([version])).toEqual({ status: 0, stdout: expected, stderr: '' })
  })

  it.each([
    ['1.2', '"1.2" is not a semantic version'],
    ['01.2.3', '"01.2.3" is not a semantic version'],
    ['Unreleased', '"Unreleased" is not a semantic version'],
    ['1.1.0\n::error::x', 'is not a semantic version'],
    ['2.0.0', 'CHANGELOG.md has no section for 2.0.0: add a heading "## [2.0.0] - YYYY-MM-DD".'],
    ['1.1', 'is not a semantic version'],
    ['1.0.1', 'CHANGELOG.md has a section for 1.0.1, but it is empty']
  ])('fails on %j', (version, message) => {
    const { status, stdout, stderr } = notes([version])
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toContain(message)
  })

  it('writes the notes to a file, and the version, tags and pre-release flag to GITHUB_OUTPUT', () => {
    const output = join(dir, 'output')
    writeFileSync(output, '')

    expect(notes(['v1.2.0-rc.1', '--notes-file', 'notes.md', '--github-output'], { GITHUB_OUTPUT: output })).toEqual({
      status: 0,
      stdout: '',
      stderr: ''
    })
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('### Fixed\n\n- The fix.\n')
    expect(readFileSync(output, 'utf8')).toBe('version=1.2.0-rc.1\ntag=v1.2.0-rc.1\nmajor-tag=v1\nprerelease=true\n')

    writeFileSync(output, '')
    expect(notes(['1.1.0', '--notes-file', 'notes.md', '--github-output'], { GITHUB_OUTPUT: output }).status).toBe(0)
    expect(readFileSync(output, 'utf8')).toBe('version=1.1.0\ntag=v1.1.0\nmajor-tag=v1\nprerelease=false\n')
  })

  it('fails as an error annotation in GitHub Actions, with the value escaped', () => {
    const { status, stderr } = notes(['1.1\n::warning::x'], { GITHUB_ACTIONS: 'true' })
    expect(status).toBe(1)
    expect(stderr).toBe('::error title=Release::"1.1%0A::warning::x" is not a semantic version: give MAJOR.MINOR.PATCH, such as 1.2.3.\n')
  })
})
