#!/usr/bin/env node
/**
 * Renders a step summary as GitHub shows it on a run's page, and takes a screenshot of it: the README's picture.
 *
 *   node script/render-summary.mjs [summary.md] [out.png]     (default docs/summary-example.md → docs/summary.png)
 *
 * GitHub's own renderer is not available offline, so this comes close with what it is made of: GitHub Flavored
 * Markdown by `marked` (tables, details, links with titles), GitHub's markdown stylesheet (`github-markdown-css`,
 * its light theme), Mermaid for ```mermaid blocks (GitHub draws them with Mermaid too; the package's self-contained
 * dist/mermaid.min.js, fetched once with `npm pack` into .build/, since the package would install 200 MB of
 * dependencies that only this script needs), and the frame of a job summary around it. Debian's chromium takes the
 * screenshot (`apt-get install chromium`). The PNG is not checked in CI (there may be no chromium there); the
 * markdown it shows is: __tests__/unit/report/summaryExample.test.ts fails when docs/summary-example.md is not what
 * the code writes now.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { marked } from 'marked'

const MERMAID_VERSION = '12.3.0'
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const input = resolve(process.argv[2] ?? join(root, 'docs', 'summary-example.md'))
const output = resolve(process.argv[3] ?? join(root, 'docs', 'summary.png'))
const build = join(root, '.build', 'render-summary')
mkdirSync(build, { recursive: true })

const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find((name) => {
  try {
    execFileSync('which', [name], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})
if (!chromium) {
  process.stderr.write("render-summary: no chromium on the PATH; install Debian's: apt-get install -y chromium\n")
  process.exit(2)
}

function mermaidScript() {
  const file = join(build, 'package', 'dist', 'mermaid.min.js')
  if (!existsSync(file)) {
    const tarball = execFileSync('npm', ['pack', `mermaid@${MERMAID_VERSION}`, '--silent', '--pack-destination', build], {
      encoding: 'utf8'
    }).trim()
    execFileSync('tar', ['-xzf', join(build, tarball.split('\n').pop()), '-C', build, 'package/dist/mermaid.min.js'])
  }
  return file
}

// Mermaid blocks become <pre class="mermaid">, as GitHub hands them to Mermaid; everything else is GFM.
const renderer = new marked.Renderer()
const code = renderer.code.bind(renderer)
renderer.code = (token) => (token.lang === 'mermaid' ? `<pre class="mermaid">${escapeHtml(token.text)}</pre>` : code(token))
const body = marked.parse(readFileSync(input, 'utf8'), { gfm: true, renderer })

const css = readFileSync(join(root, 'node_modules', 'github-markdown-css', 'github-markdown-light.css'), 'utf8')
const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>summary</title>
<style>${css}</style>
<style>
  /* The frame GitHub puts around a job's summary on the run's page (primer's light colours). */
  body { margin: 0; padding: 24px; background: #f6f8fa; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
  .summary { max-width: 1180px; margin: 0 auto; background: #ffffff; border: 1px solid #d1d9e0; border-radius: 6px; }
  .summary > header { padding: 16px 24px; border-bottom: 1px solid #d1d9e0; font-size: 14px; font-weight: 600; color: #1f2328; }
  .summary > header span { font-weight: 400; color: #59636e; }
  .markdown-body { padding: 24px 32px; font-size: 14px; }
  .markdown-body table { font-size: 13px; }
  pre.mermaid { background: #ffffff; text-align: center; }
</style></head>
<body><div class="summary"><header>backup summary <span>· Nightly backups</span></header>
<article class="markdown-body">${body}</article></div>
<script src="file://${mermaidScript()}"></script>
<script>mermaid.initialize({ startOnLoad: true, theme: 'default', gantt: { useWidth: 1100 } })</script>
</body></html>
`
const page = join(build, 'summary.html')
writeFileSync(page, html)
const [width, height] = (process.env.SUMMARY_WINDOW ?? '1280,880').split(',')
execFileSync(
  chromium,
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--hide-scrollbars',
    '--allow-file-access-from-files',
    `--window-size=${width},${height}`,
    // Lets Mermaid draw before the picture is taken.
    '--virtual-time-budget=10000',
    `--screenshot=${output}`,
    `file://${page}`
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] }
)
process.stdout.write(`render-summary: ${output} (${width}×${height}) from ${input}\n`)

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
