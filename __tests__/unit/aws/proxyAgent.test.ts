import { describe, expect, it } from '@jest/globals'
import { bypassesProxy, proxyFor, proxySecrets } from '../../../src/aws/proxyAgent.js'

// The rules are @actions/http-client's, so the OIDC token request and the AWS calls always go the same way.
describe('proxyFor', () => {
  const env = { HTTPS_PROXY: 'http://proxy.corp:3128', HTTP_PROXY: 'http://plain.corp:8080' }

  it('takes HTTPS_PROXY for https and HTTP_PROXY for http, lower-case variables first', () => {
    expect(proxyFor('https:', 'backup.us-east-1.amazonaws.com', 443, env)?.host).toBe('proxy.corp:3128')
    expect(proxyFor('http:', 'example.com', 80, env)?.host).toBe('plain.corp:8080')
    expect(proxyFor('https:', 'sts.amazonaws.com', 443, { ...env, https_proxy: 'http://lower.corp:1' })?.host).toBe('lower.corp:1')
    expect(proxyFor('https:', 'sts.amazonaws.com', 443, { HTTP_PROXY: 'http://plain.corp:8080' })).toBeUndefined()
  })

  it('reads a proxy without a scheme as a plain HTTP proxy, and keeps its credentials', () => {
    expect(proxyFor('https:', 'sts.amazonaws.com', 443, { HTTPS_PROXY: 'proxy.corp:3128' })?.href).toBe('http://proxy.corp:3128/')
    const withAuth = proxyFor('https:', 'sts.amazonaws.com', 443, { HTTPS_PROXY: 'http://me:p%40ss@proxy.corp:3128' })
    expect([withAuth?.username, withAuth?.password]).toEqual(['me', 'p%40ss'])
  })

  it('ignores a proxy variable that is not a URL', () => {
    expect(proxyFor('https:', 'sts.amazonaws.com', 443, { HTTPS_PROXY: 'http://' })).toBeUndefined()
  })
})

describe('bypassesProxy', () => {
  it.each([
    ['localhost', ''],
    ['127.0.0.1', ''],
    ['127.1.2.3', ''],
    ['::1', ''],
    ['[::1]', ''],
    ['backup.us-east-1.amazonaws.com', '*'],
    ['backup.us-east-1.amazonaws.com', 'amazonaws.com'],
    ['backup.us-east-1.amazonaws.com', '.amazonaws.com'],
    ['backup.us-east-1.amazonaws.com', 'example.com, AMAZONAWS.COM'],
    ['backup.us-east-1.amazonaws.com', 'backup.us-east-1.amazonaws.com:443']
  ])('connects to %s directly with NO_PROXY=%j', (host, noProxy) => {
    expect(bypassesProxy(host, 443, noProxy)).toBe(true)
  })

  it.each([
    ['backup.us-east-1.amazonaws.com', ''],
    ['backup.us-east-1.amazonaws.com', 'example.com'],
    ['backup.us-east-1.amazonaws.com', 'ws.com'],
    ['backup.us-east-1.amazonaws.com', 'backup.us-east-1.amazonaws.com:8443'],
    ['10.0.0.1', '10.0.0.0/8']
  ])('sends %s through the proxy with NO_PROXY=%j', (host, noProxy) => {
    expect(bypassesProxy(host, 443, noProxy)).toBe(false)
  })
})

describe('proxySecrets', () => {
  it.each([
    [
      'a password in HTTPS_PROXY',
      { HTTPS_PROXY: 'http://octo:s%40cret@proxy:3128' },
      ['s@cret', Buffer.from('octo:s@cret').toString('base64')]
    ],
    ['no password', { HTTPS_PROXY: 'http://proxy:3128', http_proxy: 'proxy.corp:8080' }, []],
    ['a value that is not a URL', { HTTP_PROXY: 'http://[::1' }, []]
  ])('%s', (_, env, secrets) => {
    expect(proxySecrets(env)).toEqual(secrets)
  })
})
