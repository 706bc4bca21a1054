import { describeGeneratedProject } from '../generated-project.js';

describeGeneratedProject('all-auth');
