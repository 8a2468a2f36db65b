import { startClipper } from '../background/start-clipper.ts';

export default defineBackground(startClipper);
