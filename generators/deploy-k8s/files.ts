/** The Helm chart under deploy/chart. */
export const files = [
  'deploy/chart/Chart.yaml.ejs',
  'deploy/chart/values.yaml.ejs',
  'deploy/chart/templates/_helpers.tpl',
  'deploy/chart/templates/configmap.yaml',
  'deploy/chart/templates/deployment-web.yaml',
  'deploy/chart/templates/run-modes.yaml',
  'deploy/chart/templates/service.yaml',
  'deploy/chart/templates/ingress.yaml',
  'test/integration/helm-chart.test.ts',
] as const;
