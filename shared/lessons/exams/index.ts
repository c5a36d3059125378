/**
 * The built-in exam maps, as data that follows AWS's exam guides: SCS-C03 (the Security Specialty since
 * 2 Dec 2025), SAA-C03, and SCS-C02 kept only as retired (1 Dec 2025) so old results still resolve.
 */
import saaC03 from './SAA-C03.json';
import scsC02 from './SCS-C02.json';
import scsC03 from './SCS-C03.json';
import type { ExamMap } from './exam-map';

/** Every built-in exam map; current exams first, SCS-C03 (the default) first of all. */
export const EXAM_MAPS: readonly ExamMap[] = [scsC03 as ExamMap, saaC03 as ExamMap, scsC02 as ExamMap];

/** The exam practice defaults to. */
export const DEFAULT_EXAM = 'SCS-C03';
