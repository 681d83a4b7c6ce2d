// The release of a version: checks that it is a semantic version and that CHANGELOG.md has its section, then
// prints that section (the release notes). Used by the Release workflow and by script/release.
//
//   node script/release-notes.mjs <version> [--changelog FILE] [--notes-file FILE] [--github-output]
//
// <version> is 1.2.3 or v1.2.3 (pre-releases such as 1.2.3-rc.1 too). The section is the one under a Keep a Changelog
// heading for the version: "## [1.2.3] - 2026-01-31", "## [v1.2.3]", "## 1.2.3 - ...", up to the next "## " heading.
// --notes-file writes the notes to FILE instead of printing them; --github-output also appends version, tag,
// major-tag and prerelease (true or false) to the file named by $GITHUB_OUTPUT.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs'

const USAGE = 'Usage: node script/release-notes.mjs <version> [--changelog FILE] [--notes-file FILE] [--github-output]'
// Semantic Versioning 2.0.0: MAJOR.MINOR.PATCH without leading zeros, an optional -pre-release and +build.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/

class Failure extends Error {}

/** The lines of the version's section, without the heading and without blank lines at either end. */
function sectionOf(changelog, version) {
  const lines = changelog.split(/\r?\n/)
  const isHeading = (line) => {
    const match = /^## \[?v?([^\]\s]+)\]?(?:\s|$)/.exec(line)
    return match !== null && match[1] === version
  }
  const start = lines.findIndex(isHeading)
  if (start < 0) return undefined
  const rest = lines.slice(start + 1)
  const end = rest.findIndex((line) => line.startsWith('## '))
  const section = end < 0 ? rest : rest.slice(0, end)
  while (section.length > 0 && section[0].trim() === '') section.shift()
  while (section.length > 0 && section[section.length - 1].trim() === '') section.pop()
  return section
}

function main(argv) {
  let changelogFile = 'CHANGELOG.md'
  let notesFile
  let githubOutput = false
  const versions = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '-h' || arg === '--help') {
      console.log(USAGE)
      return 0
    } else if (arg === '--changelog' && argv[i + 1] !== undefined) changelogFile = argv[++i]
    else if (arg === '--notes-file' && argv[i + 1] !== undefined) notesFile = argv[++i]
    else if (arg === '--github-output') githubOutput = true
    else if (arg.startsWith('-') || versions.length > 0) throw new Failure(USAGE)
    else versions.push(arg)
  }
  if (versions.length === 0) throw new Failure(USAGE)

  const version = versions[0].replace(/^v/, '')
  const match = SEMVER.exec(version)
  if (match === null) {
    throw new Failure(`"${versions[0]}" is not a semantic version: give MAJOR.MINOR.PATCH, such as 1.2.3.`)
  }
  const section = sectionOf(readFileSync(changelogFile, 'utf8'), version)
  if (section === undefined) {
    throw new Failure(`${changelogFile} has no section for ${version}: add a heading "## [${version}] - YYYY-MM-DD".`)
  }
  if (section.length === 0) {
    throw new Failure(`${changelogFile} has a section for ${version}, but it is empty: list the release's changes.`)
  }

  const notes = `${section.join('\n')}\n`
  if (notesFile === undefined) process.stdout.write(notes)
  else writeFileSync(notesFile, notes)
  if (githubOutput) {
    if (!process.env.GITHUB_OUTPUT) throw new Failure('--github-output needs $GITHUB_OUTPUT (a GitHub Actions step).')
    const outputs = { version, tag: `v${version}`, 'major-tag': `v${match[1]}`, prerelease: String(match[4] !== undefined) }
    appendFileSync(
      process.env.GITHUB_OUTPUT,
      Object.entries(outputs)
        .map(([k, v]) => `${k}=${v}\n`)
        .join('')
    )
  }
  return 0
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  if (!(error instanceof Failure) && !(error instanceof Error && 'code' in error)) throw error
  const { message } = error
  const escaped = message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  console.error(process.env.GITHUB_ACTIONS === 'true' ? `::error title=Release::${escaped}` : `release-notes: ${message}`)
  process.exitCode = 1
}
