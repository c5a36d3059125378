/** The built-in exam maps (SAA-C03, SCS-C02), as data that follows AWS's exam guides. */
import saaC03 from './SAA-C03.json';
import scsC02 from './SCS-C02.json';
import type { ExamMap } from './exam-map';

/** Every built-in exam map. */
export const EXAM_MAPS: readonly ExamMap[] = [saaC03 as ExamMap, scsC02 as ExamMap];
