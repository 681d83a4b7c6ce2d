import { describe, expect, it } from '@jest/globals'
import { IdTokenError, idTokenFailure } from '../../../src/aws/idToken.js'

const HOST = 'pipelines.actions.githubusercontent.com'
const NETWORK = "check the runner's network and, behind a proxy, HTTPS_PROXY and NO_PROXY."

describe('idTokenFailure: one sentence per way the OIDC token request fails, none of them blaming permissions', () => {
  it.each([
    [
      'no answer within the timeout',
      new IdTokenError('Request timeout: /token', HOST, undefined, true),
      `The GitHub OIDC token endpoint (${HOST}) did not answer within 10 s; GitHub's token service may be slow or down: run the job again later, and ${NETWORK}`
    ],
    [
      'a refused connection',
      Object.assign(new IdTokenError('connect ECONNREFUSED 10.0.0.1:443', HOST), { code: 'ECONNREFUSED' }),
      `Could not reach the GitHub OIDC token endpoint (${HOST}): connect ECONNREFUSED 10.0.0.1:443; ${NETWORK}`
    ],
    [
      'a name that does not resolve',
      Object.assign(new IdTokenError(`getaddrinfo ENOTFOUND ${HOST}`, HOST), { code: 'ENOTFOUND' }),
      `Could not reach the GitHub OIDC token endpoint (${HOST}): getaddrinfo ENOTFOUND ${HOST}; ${NETWORK}`
    ],
    [
      'a 401',
      new IdTokenError('Bad credentials', HOST, 401),
      `The GitHub OIDC token endpoint (${HOST}) refused the runner's token request token (HTTP 401: "Bad credentials"); ACTIONS_ID_TOKEN_REQUEST_TOKEN must be the one the runner set for this job, so do not set it yourself.`
    ],
    [
      'a 500 after the retries',
      new IdTokenError('Failed request: (500)', HOST, 500),
      `The GitHub OIDC token endpoint (${HOST}) failed (HTTP 500: "Failed request: (500)"); this is on GitHub's side: run the job again later.`
    ],
    [
      'a 200 without a token',
      new IdTokenError('', HOST, 200),
      `The GitHub OIDC token endpoint (${HOST}) answered HTTP 200 without a token; something other than GitHub, such as a proxy, may have answered.`
    ],
    [
      'a 404',
      new IdTokenError('', HOST, 404),
      `The GitHub OIDC token endpoint (${HOST}) answered HTTP 404 to the request for audience "sts.amazonaws.com"; check the audience input.`
    ],
    ['anything else', new Error('boom'), 'Could not get a GitHub OIDC token for audience "sts.amazonaws.com": boom.']
  ])('%s', (_, error, expected) => {
    expect(idTokenFailure(error, 'sts.amazonaws.com')).toBe(expected)
  })
})
