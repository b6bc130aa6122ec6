import { english } from '../../src/shared/i18n/translator';
import type { SettingsProblem } from '../../src/shared/settings/repair';

/** Settings problems as English words, the way an English window shows them. */
export function inEnglish(
  problems: readonly SettingsProblem[],
): { path: string; message: string }[] {
  return problems.map((problem) => ({
    path: problem.path,
    message: problem.text ? english.format(problem.text) : `(no descriptor) ${problem.message}`,
  }));
}
