import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const keyPart = "[\\w!*'()-][\\w!.*'()-]*";

const contribution: Contribution = {
  dependencies: ['@aws-sdk/client-s3', '@aws-sdk/s3-request-presigner', 'mime-types'],
  devDependencies: ['@types/mime-types', 's3rver'],
  env: [
    {
      name: 'APPDATA_BUCKET',
      schema: 'z.string().regex(/^[a-z\\d][a-z\\d.-]{1,61}[a-z\\d]$/).optional()',
      expects:
        'an S3 bucket name (3 to 63 lowercase letters, digits, . or -); unset keeps files under APPDATA_DIR',
      example: '',
      production:
        'the bucket files are kept in; or APPDATA_DIR on a volume that outlives the container',
    },
    {
      name: 'APPDATA_PREFIX',
      schema: `z.string().regex(/^(${keyPart}\\/)*$/).default('')`,
      expects:
        "the start of every key the service stores, such as my-service/ (parts of letters, digits and !-_.*'(), each ending in /)",
      example: '',
    },
    {
      name: 'APPDATA_ENDPOINT',
      schema: 'z.url({ protocol: /^https?$/ }).optional()',
      expects: 'an http(s) URL of an S3-compatible server (MinIO, Ceph, R2); unset uses AWS S3',
      example: '',
    },
    {
      name: 'APPDATA_REGION',
      schema: 'z.string().min(1).optional()',
      expects: "the bucket's AWS region such as eu-west-2; overrides the AWS default chain",
      example: '',
    },
    {
      name: 'APPDATA_ACCESS_KEY_ID',
      schema: 'z.string().min(1).optional()',
      expects:
        'an access key id for the bucket, with APPDATA_SECRET_ACCESS_KEY; unset uses the AWS default chain',
      example: '',
    },
    {
      name: 'APPDATA_SECRET_ACCESS_KEY',
      schema: 'z.string().min(1).optional()',
      expects: 'the secret of APPDATA_ACCESS_KEY_ID',
      example: '',
      secret: true,
    },
    {
      name: 'APPDATA_DIR',
      schema: 'z.string().min(1).optional()',
      expects: 'the folder files are kept in when APPDATA_BUCKET is unset; unset: .data/blobs',
      example: '.data/blobs',
      // Named in the stacks, so their production container may keep files on its own disk.
      docker: '.data/blobs',
    },
    {
      name: 'APPDATA_LINK_SECRET',
      schema: 'z.string().min(32).optional()',
      expects:
        "at least 32 characters that sign the file store's links; unset, links last as long as the process",
      example: '',
      secret: true,
    },
  ],
  envRules: [
    { name: 'blobCredentialsTogether', from: 'src/storage/blob-store.ts' },
    { name: 'blobsOutliveTheContainer', from: 'src/storage/blob-store.ts' },
  ],
  deps: [
    {
      name: 'blobs',
      type: 'BlobStore',
      factory: 'openBlobStore',
      from: 'src/storage/blob-store.ts',
      close: 'closeBlobStore',
    },
  ],
  startup: [{ name: 'checkBlobStore', from: 'src/storage/blob-store-startup.ts' }],
  plugins: [{ name: 'blobLinkRoutes', from: 'src/storage/blob-links.routes.ts' }],
  routeDocs: [{ name: 'blobLinkRouteDocs', from: 'src/storage/blob-links.docs.ts' }],
  errors: [
    { code: 'invalid_link', status: 403, message: 'This link is not valid, or it has expired' },
  ],
  testEnv: { APPDATA_DIR: '{tmp}/blobs' },
  dataFolders: ['.data'],
  layout: [{ path: 'src/storage/', holds: 'the blob store: S3, or files when no bucket is set' }],
  readme: [{ title: 'File storage', partial: 'storage-s3.md' }],
};

/** Files in S3 or an S3-compatible bucket, or under a folder when none is set. */
export default {
  summary:
    'A blob store for files: S3 or an S3-compatible server at APPDATA_BUCKET, files under .data/blobs without one',
  stage: 'platform',
  brings: ['startup-retry'],
  choice: {
    answer: 'adapters',
    value: 'storage-s3',
    label: 'S3 storage: files in a bucket (APPDATA_BUCKET), on disk without one',
  },
  contribution,
} satisfies FeatureDeclaration;
