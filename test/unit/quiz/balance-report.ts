/**
 * `npx tsx test/unit/quiz/balance-report.ts`: a `lessons check`-style report of the bank's option-length balance, one
 * line per topic file (`ok` or `WARN` when the key is the longest option in more than a third of its single-answer
 * items), then the whole bank with its rank distribution. Exit 1 when the whole bank breaks a limit.
 */
import { EXAM_MAPS } from '../../../shared/lessons/exams';
import { balanceProblems, lengthBalance } from '../../../shared/lessons/quiz-balance';
import { loadBank } from '../../../shared/lessons/quiz-bank';
import { QUIZ_BANK_FILES } from '../../../shared/lessons/quiz/index';

const bank = loadBank(QUIZ_BANK_FILES, EXAM_MAPS).items;
const topics = [...new Set(bank.map((i) => i.topic))];
for (const topic of topics) {
  const b = lengthBalance(bank.filter((i) => i.topic === topic));
  if (b.singleCount === 0) continue;
  const share = b.longestCount / b.singleCount;
  const tag = share > 1 / 3 ? 'WARN' : 'ok  ';
  console.log(`${tag} ${topic.padEnd(30)} key longest ${b.longestCount}/${b.singleCount}, shortest ${b.shortestCount}`);
}
const all = lengthBalance(bank);
const ranks = [...all.byRank.entries()].sort((a, b) => a[0] - b[0]).map(([r, n]) => `rank ${r}: ${n}`);
console.log(
  `bank: ${all.singleCount} single-answer items; key longest in ${all.longestCount} (${Math.round((100 * all.longestCount) / all.singleCount)}%), shortest in ${all.shortestCount}; ${ranks.join(', ')}`,
);
const problems = balanceProblems(all);
if (problems.length > 0) {
  console.log(`FAIL ${problems.join(', ')}`);
  process.exitCode = 1;
}
