import { describeGeneratedProject } from '../generated-project.js';

describeGeneratedProject('minimal-grown');
