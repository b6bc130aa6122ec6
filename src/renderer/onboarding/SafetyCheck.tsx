import {
  OPERATION_SITES,
  OPERATION_SITES_QUESTION,
  SAFETY_QUESTIONS,
  type ContraindicationId,
  type OperationSite,
} from '../../shared/safety';
import { useSourceText, useText } from '../common/i18n/use-text';

export type Answers = Partial<Record<ContraindicationId, boolean>>;

/**
 * The yes/no questions; "no" first so a quick Space answers the common case. After a
 * "yes" to a recent operation or injury it asks where, so the exercises that load that
 * part of the body can be left out.
 */
export function SafetyCheck({
  answers,
  onChange,
  showMissing,
  sites,
  onSitesChange,
}: {
  answers: Answers;
  onChange: (answers: Answers) => void;
  showMissing: boolean;
  sites: readonly OperationSite[];
  onSitesChange: (sites: OperationSite[]) => void;
}) {
  const t = useText();
  const say = useSourceText();
  const toggleSite = (site: OperationSite) =>
    onSitesChange(sites.includes(site) ? sites.filter((s) => s !== site) : [...sites, site]);
  return (
    <div className="questions">
      {SAFETY_QUESTIONS.map((question) => {
        const answer = answers[question.id];
        const missing = showMissing && answer === undefined;
        const errorId = `${question.id}-missing`;
        return (
          <fieldset
            key={question.id}
            className={missing ? 'question invalid' : 'question'}
            aria-describedby={missing ? errorId : undefined}
          >
            <legend>{say(question.question)}</legend>
            {([false, true] as const).map((value) => (
              <label key={String(value)} className="choice">
                <input
                  type="radio"
                  name={question.id}
                  checked={answer === value}
                  onChange={() => onChange({ ...answers, [question.id]: value })}
                />
                {t('onboarding.answer', { yes: String(value) })}
              </label>
            ))}
            {missing && (
              <p className="field-error" id={errorId}>
                {t('onboarding.answerMissing')}
              </p>
            )}
            {question.id === 'recentInjury' && answer === true && (
              <fieldset className="sites">
                <legend>{say(OPERATION_SITES_QUESTION)}</legend>
                {OPERATION_SITES.map((site) => (
                  <label key={site.id} className="choice">
                    <input
                      type="checkbox"
                      checked={sites.includes(site.id)}
                      onChange={() => toggleSite(site.id)}
                    />
                    {say(site.label)}
                  </label>
                ))}
              </fieldset>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}

export function isComplete(answers: Answers): boolean {
  return SAFETY_QUESTIONS.every((question) => answers[question.id] !== undefined);
}
