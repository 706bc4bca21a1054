import { stringify } from 'yaml';
import type { CiStep, ComposeService } from '../lib/contribution.js';

const setup = [
  { uses: 'actions/checkout@v4' },
  { uses: 'actions/setup-node@v4', with: { 'node-version-file': '.nvmrc', cache: 'npm' } },
  { run: 'npm ci' },
];

/** A backing service as a GitHub Actions service container, healthy before the steps run. */
function serviceContainer(service: ComposeService) {
  const health = `--health-cmd ${JSON.stringify(service.healthcheck)} --health-interval 5s --health-retries 20`;
  return {
    image: service.image,
    ports: [`${service.port}:${service.port}`],
    ...(service.environment && { env: service.environment }),
    options: health,
  };
}

/**
 * ci.yml: lint and type-check, then every test tier that needs no deployed
 * service and the steps features add, with the project's database and Redis
 * as service containers so the real-server tests run too. Built as data,
 * written as YAML.
 */
export function ciWorkflow(
  composeServices: readonly ComposeService[],
  ciSteps: readonly CiStep[] = [],
): string {
  const env = Object.assign({}, ...composeServices.map((service) => service.ciEnv)) as Record<
    string,
    string
  >;
  const workflow = {
    name: 'CI',
    on: { push: { branches: ['main'] }, pull_request: {} },
    jobs: {
      checks: {
        'runs-on': 'ubuntu-24.04',
        steps: [...setup, { run: 'npm run lint' }, { run: 'npm run typecheck' }],
      },
      tests: {
        'runs-on': 'ubuntu-24.04',
        ...(composeServices.length > 0 && {
          services: Object.fromEntries(
            composeServices.map((service) => [service.name, serviceContainer(service)]),
          ),
          env,
        }),
        steps: [
          ...setup,
          ...['unit', 'integration', 'acceptance', 'smoke'].map((tier) => ({
            name: `${tier} tests`,
            run: `npm run test:${tier}`,
          })),
          ...ciSteps,
        ],
      },
    },
  };
  // No anchors for the repeated setup steps: linters and older runners read them as errors.
  return stringify(workflow, { aliasDuplicateObjects: false, lineWidth: 100, singleQuote: true });
}
