#!/usr/bin/env node
// `npm create service-kit@latest my-service` runs this bin with the words
// after the initializer: the generator's own CLI, same arguments, same exit
// code. The two packages are released together at one version, so this
// one is always the generator it names.
await import('generator-service-kit/dist/cli/service-kit.js');
