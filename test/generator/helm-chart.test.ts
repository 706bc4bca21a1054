import { parse, parseAllDocuments } from 'yaml';
import { ConfigMap, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { combinations, plannedFeatures, planOf } from '../helpers/combinations.js';
import { renderChart } from '../helpers/helm-subset.js';
import { projectFiles } from '../../generators/lib/project-files.js';

/**
 * The Kubernetes objects the generated Helm chart produces, rendered by the
 * Helm subset of test/helpers/helm-subset.ts (no helm binary can be had
 * here) and validated against the Kubernetes 1.27 schemas of
 * kubernetes-models, then held to what a cluster's operators ask of a
 * service: probes, a locked-down securityContext, resources, and
 * availability when it runs more than one pod.
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
  let templates: Record<string, string>;
  let values: Record<string, unknown>;
  let chart: { name: string; appVersion: string };
  const render = (overrides: Record<string, unknown> = {}) =>
    validObjects(
      renderChart(templates, { ...values, ...overrides }, undefined, {
        Name: chart.name,
        AppVersion: chart.appVersion,
      }),
    );

  beforeAll(async () => {
    const files = await projectFiles(planOf(combination));
    const text = (path: string) => files.find((file) => file.output === path)!.content;
    const prefix = 'deploy/chart/templates/';
    templates = Object.fromEntries(
      files
        .filter((file) => file.output.startsWith(prefix))
        .map((file) => [file.output.slice(prefix.length), file.content]),
    );
    values = parse(text('deploy/chart/values.yaml')) as Record<string, unknown>;
    chart = parse(text('deploy/chart/Chart.yaml')) as typeof chart;
  });

  it('renders objects valid by the Kubernetes schemas, for its values and their variants', () => {
    const kinds = (objects: K8sObject[]) => objects.map((object) => object.kind).sort();
    expect(kinds(render())).toEqual(expect.arrayContaining(['ConfigMap', 'Deployment', 'Service']));
    const everything = render({
      taskList: 'db-migrate',
      ingress: { enabled: true, className: 'nginx', host: 'svc.example.org' },
    });
    expect(kinds(everything)).toEqual(expect.arrayContaining(['Ingress']));
  });

  it('runs every container unprivileged, read-only and with the resources it needs', () => {
    const pods = render({ taskList: 'db-migrate' }).filter((object) =>
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

  it('probes WEB on /healthcheck', () => {
    const web = render().find((object) => object.metadata.name === 'release-web')!;
    const [container] = podOf(web).containers;
    expect(container!.readinessProbe?.httpGet?.path).toBe('/healthcheck');
    expect(container!.livenessProbe?.httpGet?.path).toBe('/healthcheck');
  });

  it('keeps WEB available and scales it when it runs more than one pod, and not otherwise', () => {
    const many = render({ replicas: { web: 3 } });
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
    const web = many.find((object) => object.metadata.name === 'release-web')!;
    expect(web.spec).not.toHaveProperty('replicas');

    const one = render({ replicas: { web: 1 } });
    expect(one.map((object) => object.kind)).not.toContain('PodDisruptionBudget');
    expect(one.map((object) => object.kind)).not.toContain('HorizontalPodAutoscaler');
    const single = one.find((object) => object.metadata.name === 'release-web')!;
    expect(single.spec).toHaveProperty('replicas', 1);
  });
});
