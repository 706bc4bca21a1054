import { describeGeneratedProject } from '../generated-project.js';

describeGeneratedProject('ops-reports');
