import { describeGeneratedProject } from '../generated-project.js';

describeGeneratedProject('postgres');
