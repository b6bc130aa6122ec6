import { useLayoutEffect, useRef, useState } from 'react';
import type { UnknotApi } from '../../shared/ipc';
import { SAFETY_QUESTIONS, type OperationSite } from '../../shared/safety';
import type { Settings } from '../../shared/settings/schema';
import { useSourceText, useText } from '../common/i18n/use-text';
import { isComplete, SafetyCheck, type Answers } from './SafetyCheck';

const ALL_NO: Answers = Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q.id, false]));

/**
 * The short safety check, for the break window and Settings: one list and one answer
 * for the common case ("none of these"), the full questions when something applies.
 * Answers already given are kept and shown. Works by keyboard alone: Tab and Enter.
 */
export function InlineSafetyCheck({
  api,
  safety,
  onSaved,
}: {
  api: UnknotApi;
  safety: Settings['safety'];
  onSaved: (settings: Settings) => void;
}) {
  const t = useText();
  const say = useSourceText();
  const anyYes = SAFETY_QUESTIONS.some((q) => safety.answers[q.id] === true);
  const [full, setFull] = useState(anyYes);
  const [answers, setAnswers] = useState<Answers>(safety.answers);
  const [sites, setSites] = useState<OperationSite[]>([...safety.operationSites]);
  const [showMissing, setShowMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLDivElement>(null);

  // Opening the full questions moves focus to the first one, for keyboard users.
  useLayoutEffect(() => {
    if (full && !anyYes) form.current?.querySelector('input')?.focus();
  }, [full, anyYes]);

  const save = (given: Answers, givenSites: OperationSite[]) =>
    api
      .setSafetyAnswers({ answers: given, operationSites: givenSites })
      .then(onSaved, (reason) =>
        setError(t('onboarding.inline.saveFailed', { error: String(reason) })),
      );
  const submit = () => {
    if (!isComplete(answers)) return setShowMissing(true);
    void save(answers, sites);
  };

  return (
    <div className="inline-check">
      {full ? (
        <div ref={form}>
          <SafetyCheck
            answers={answers}
            onChange={setAnswers}
            showMissing={showMissing}
            sites={sites}
            onSitesChange={setSites}
          />
          <button type="button" onClick={submit}>
            {t('onboarding.inline.save')}
          </button>
        </div>
      ) : (
        <>
          <p id="short-check-question">{t('onboarding.inline.question')}</p>
          <ul aria-labelledby="short-check-question">
            {SAFETY_QUESTIONS.map((question) => (
              <li key={question.id}>{say(question.short)}</li>
            ))}
          </ul>
          <div className="inline-check-actions">
            <button type="button" onClick={() => void save(ALL_NO, [])}>
              {t('onboarding.inline.none')}
            </button>
            <button type="button" onClick={() => setFull(true)}>
              {t('onboarding.inline.some')}
            </button>
          </div>
        </>
      )}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
