import { describeGeneratedProject } from '../generated-project.js';

describeGeneratedProject('operations');
