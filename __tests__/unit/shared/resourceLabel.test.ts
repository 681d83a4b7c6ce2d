import { describe, expect, it } from '@jest/globals'
import { resourceLabel, shortId } from '../../../src/shared/resourceLabel.js'

describe('resourceLabel: a type and a name instead of an ARN', () => {
  it.each([
    ['arn:aws:rds:us-east-1:123456789012:db:orders', 'RDS database orders'],
    ['arn:aws:rds:us-east-1:123456789012:cluster:shop', 'RDS cluster shop'],
    ['arn:aws:dynamodb:eu-west-1:123456789012:table/users', 'DynamoDB table users'],
    ['arn:aws:ec2:us-east-1:123456789012:volume/vol-0123456789abcdef0', 'EBS volume vol-0123456789abcdef0'],
    ['arn:aws:ec2:us-east-1:123456789012:instance/i-0abc', 'EC2 instance i-0abc'],
    ['arn:aws:elasticfilesystem:eu-west-1:123456789012:file-system/fs-0123', 'EFS file system fs-0123'],
    ['arn:aws:s3:::my-bucket', 'S3 bucket my-bucket'],
    ['arn:aws-cn:dynamodb:cn-north-1:123456789012:table/t', 'DynamoDB table t'],
    ['arn:aws:neptune-graph:us-east-1:123456789012:graph/g-1', 'neptune-graph graph g-1'],
    ['arn:aws:somesvc:us-east-1:123456789012:thing', 'somesvc thing'],
    ['not-an-arn', 'not-an-arn']
  ])('%s → %s', (arn, label) => {
    expect(resourceLabel(arn)).toBe(label)
  })
})

describe('shortId', () => {
  it.each([
    ['arn:aws:backup:us-east-1:123456789012:recovery-point:1EB3B5E7-9EB0-435A-A80B-108B488B0D45', '1EB3B5E7-9EB0…'],
    ['arn:aws:ec2:us-east-1::snapshot/snap-0abc', 'snap-0abc'],
    ['arn:aws:rds:us-east-1:123456789012:snapshot:awsbackup:job-1', 'job-1']
  ])('%s → %s', (arn, id) => {
    expect(shortId(arn)).toBe(id)
  })
})
