// Checks that every package bundled into dist/ has a licence on the allowlist (script/licence-allowlist.txt).
//
//   node script/check-licences.mjs [--allowlist FILE] [PATH ...]     (npm run check:licences)
//
// PATH is a directory (default: dist) or one licenses.txt file. Under a directory, every licenses.txt is read, at any
// depth: ncc writes one beside each bundle it builds with `--license licenses.txt`, listing the packages in order of
// name, each as its name on one line, its licence (an SPDX expression) on the next, then the licence's text, with a
// blank line between packages. A line that opens the file or follows a blank line, and is a package name, starts an
// entry: a licence text can at worst add a spurious entry (most likely failing the check), never hide a real one.
//
// ncc's list is not the whole bundle: it leaves out the packages of the entry chunk itself (for dist/index.js:
// @actions/core, @actions/http-client, undici, tunnel, ...). So the source maps (*.js.map) under the directory are
// read too, and every package their sources come from that no licenses.txt names is checked with the licence in its
// package.json, found where the source map points (node_modules: run `npm ci` first).
//
// An SPDX expression passes when the licences it requires are allowed: `A OR B` needs one of them, `A AND B` both,
// and `A WITH exception` needs A (an exception only grants more). Exit status 1 lists every package that fails.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const USAGE = 'Usage: node script/check-licences.mjs [--allowlist FILE] [PATH ...]   (PATH: a directory or a licenses.txt)'

// npm's rule for new package names: lower case, URL-safe, optionally scoped.
const PACKAGE_NAME = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/
const SPDX_ID = /^[A-Za-z0-9.+:-]+$/
const OPERATORS = new Set(['AND', 'OR', 'WITH'])
const BUNDLES = new Set(['index.js', 'index.mjs', 'index.cjs'])

const shown = (path) => relative(process.cwd(), path) || '.'
const isPackageName = (line) => line.length <= 214 && PACKAGE_NAME.test(line) && /[a-z0-9]/.test(line)

function readAllowlist(file) {
  const ids = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean)
  for (const id of ids) {
    if (!SPDX_ID.test(id)) throw new Error(`${shown(file)}: "${id}" is not an SPDX licence id`)
  }
  return new Set(ids.map((id) => id.toLowerCase()))
}

/** Whether the SPDX expression is met by the allowed ids; false for anything that is not an SPDX expression. */
function isAllowed(expression, allowed) {
  const tokens = expression.replace(/[()]/g, ' $& ').trim().split(/\s+/).filter(Boolean)
  let at = 0
  const next = () => tokens[at]?.toUpperCase()
  const id = () => {
    const token = tokens[at++]
    if (token === undefined || !SPDX_ID.test(token) || OPERATORS.has(token.toUpperCase())) throw new SyntaxError()
    return token
  }
  const atom = () => {
    if (tokens[at] === '(') {
      at++
      const ok = any()
      if (tokens[at++] !== ')') throw new SyntaxError()
      return ok
    }
    const licence = id()
    if (next() === 'WITH') {
      at++
      id()
    }
    return allowed.has(licence.toLowerCase())
  }
  const all = () => {
    let ok = atom()
    while (next() === 'AND') {
      at++
      ok = atom() && ok
    }
    return ok
  }
  const any = () => {
    let ok = all()
    while (next() === 'OR') {
      at++
      ok = all() || ok
    }
    return ok
  }
  try {
    const ok = any()
    return ok && at === tokens.length
  } catch {
    return false
  }
}

/** The entries of an ncc licenses.txt: each package's name, its licence (the next line) and where it is. */
function readLicensesTxt(file) {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/)
  const entries = []
  lines.forEach((line, i) => {
    if ((i === 0 || lines[i - 1].trim() === '') && isPackageName(line)) {
      entries.push({ name: line, licence: (lines[i + 1] ?? '').trim(), where: `${shown(file)}:${i + 1}` })
    }
  })
  return entries
}

/**
 * The packages a source map's sources come from: package directory → name. ncc writes the sources relative to the
 * project, whatever folder the bundle is in (dist/wait/index.js.map says ".././node_modules/…" too), so they are
 * found in the project's node_modules beside dist/.
 */
function readSourceMap(file, projectDir) {
  const map = JSON.parse(readFileSync(file, 'utf8'))
  const packages = new Map()
  for (const source of map.sources ?? []) {
    const parts = String(source)
      .replace(/^webpack:\/\/[^/]*\//, '')
      .split('/')
    const at = parts.lastIndexOf('node_modules')
    if (at < 0 || at + 1 >= parts.length - 1) continue
    const length = parts[at + 1].startsWith('@') ? 2 : 1
    const name = parts.slice(at + 1, at + 1 + length).join('/')
    packages.set(join(projectDir, ...parts.slice(0, at + 1 + length).filter((part) => part !== '.' && part !== '..')), name)
  }
  return packages
}

/** The licence a package.json declares, as an SPDX expression ('' when it declares none). */
function licenceOfPackage(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  const { license, licenses } = manifest
  if (typeof license === 'string') return license.trim()
  if (license && typeof license.type === 'string') return license.type.trim()
  if (Array.isArray(licenses)) return licenses.map((l) => (typeof l === 'string' ? l : l?.type)).join(' OR ')
  return ''
}

function walk(dir, files = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) walk(path, files)
    else if (entry.isFile()) files.push(path)
  }
  return files
}

function main(argv) {
  let allowlistFile = join(ROOT, 'script', 'licence-allowlist.txt')
  const paths = []
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '-h' || argv[i] === '--help') {
      console.log(USAGE)
      return 0
    } else if (argv[i] === '--allowlist' && argv[i + 1] !== undefined) allowlistFile = resolve(argv[++i])
    else if (argv[i].startsWith('-')) {
      console.error(USAGE)
      return 2
    } else paths.push(resolve(argv[i]))
  }
  if (paths.length === 0) paths.push(join(ROOT, 'dist'))

  const allowed = readAllowlist(allowlistFile)
  const problems = []
  const checked = []
  const licenseFiles = []
  const mapped = new Map()
  for (const path of paths) {
    if (!existsSync(path)) {
      problems.push(`${shown(path)} does not exist: build the bundle first (npm run build).`)
      continue
    }
    if (statSync(path).isFile()) {
      licenseFiles.push(path)
      continue
    }
    const files = walk(path)
    const found = files.filter((file) => file.endsWith(`${sep}licenses.txt`))
    if (found.length === 0) {
      problems.push(`${shown(path)} holds no licenses.txt: build with ncc's --license licenses.txt (npm run build).`)
    }
    licenseFiles.push(...found)
    for (const bundle of files.filter((file) => BUNDLES.has(file.slice(file.lastIndexOf(sep) + 1)))) {
      if (!existsSync(join(dirname(bundle), 'licenses.txt'))) {
        problems.push(`${shown(bundle)} has no licenses.txt beside it: build it with ncc's --license licenses.txt.`)
      }
    }
    for (const map of files.filter((file) => file.endsWith('.js.map'))) {
      for (const [dir, name] of readSourceMap(map, dirname(path))) mapped.set(dir, name)
    }
  }

  const listed = new Set()
  let fromMaps = 0
  for (const file of licenseFiles) {
    for (const entry of readLicensesTxt(file)) {
      listed.add(entry.name)
      checked.push(entry)
    }
  }
  for (const [dir, name] of mapped) {
    if (listed.has(name)) continue
    const where = `${shown(join(dir, 'package.json'))}, bundled but not in licenses.txt`
    if (!existsSync(join(dir, 'package.json'))) {
      problems.push(`Package "${name}" is bundled, but ${shown(dir)} is not installed to read its licence: run npm ci first.`)
      continue
    }
    checked.push({ name, licence: licenceOfPackage(dir), where })
    fromMaps++
  }

  const tally = new Map()
  for (const { name, licence, where } of checked) {
    if (licence === '') {
      problems.push(
        `Package "${name}" (${where}) declares no licence: replace the package, or find its licence and ask its authors to declare it.`
      )
    } else if (!isAllowed(licence, allowed)) {
      problems.push(
        `Package "${name}" (${where}) has the licence "${licence}", which is not on the allowlist ` +
          `(${shown(allowlistFile)}): remove or replace the package, or add the licence to the allowlist if its ` +
          'terms let the action bundle and redistribute it.'
      )
    } else tally.set(licence, (tally.get(licence) ?? 0) + 1)
  }

  if (problems.length > 0) {
    const annotate = process.env.GITHUB_ACTIONS === 'true'
    for (const problem of problems) {
      const escaped = problem.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
      console.error(annotate ? `::error title=Licence check::${escaped}` : problem)
    }
    return 1
  }
  const counts = [...tally].map(([licence, n]) => `${licence} ${n}`).join(', ')
  console.log(
    `Licences: ${checked.length} bundled packages (${licenseFiles.length} licenses.txt` +
      `${fromMaps > 0 ? `, ${fromMaps} more from the source maps` : ''}), all on the allowlist: ${counts}.`
  )
  return 0
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  console.error(`check-licences: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 2
}
