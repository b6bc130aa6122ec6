import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Settings } from '../../shared/settings/schema';
import type { UnknotApi } from '../../shared/ipc';
import {
  getContraindicationReason,
  LOCAL_RULE,
  NOT_A_TREATMENT,
  PRESSURE_OFF_EXPLAINED,
  SAFETY_QUESTIONS,
  type OperationSite,
} from '../../shared/safety';
import type { MessageId } from '../../shared/i18n/messages/en';
import { useFormats, useSourceText, useText } from '../common/i18n/use-text';
import { LanguageField } from '../common/LanguageField';
import { useFirstProblemText } from '../common/problem-text';
import { RedFlags } from '../common/RedFlags';
import { isComplete, SafetyCheck, type Answers } from './SafetyCheck';
import './onboarding.css';

const EQUIPMENT: readonly (readonly [keyof Settings['equipment'], MessageId])[] = [
  ['ball', 'onboarding.equipment.ball'],
  ['wall', 'onboarding.equipment.wall'],
  ['doorway', 'onboarding.equipment.doorway'],
  ['chair', 'onboarding.equipment.chair'],
];

const STEPS = ['sitting', 'routine', 'habit', 'equipment', 'safety', 'redFlags'] as const;
type Step = (typeof STEPS)[number];

/**
 * The first-run flow: what Unknot does (three short screens), equipment, the safety
 * check and the red flags. Skippable at every step. Used by the onboarding window and,
 * later, from Settings.
 */
export function OnboardingFlow({
  api,
  initial,
  onDone,
}: {
  api: UnknotApi;
  initial: Settings;
  onDone: (settings: Settings, skipped: boolean) => void;
}) {
  const [step, setStep] = useState<Step>('sitting');
  const [language, setLanguage] = useState(initial.language);
  const [equipment, setEquipment] = useState(initial.equipment);
  const [answers, setAnswers] = useState<Answers>(initial.safety.answers);
  const [sites, setSites] = useState<OperationSite[]>([...initial.safety.operationSites]);
  const [showMissing, setShowMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const t = useText();
  const describeFirst = useFirstProblemText();
  const say = useSourceText();
  const formats = useFormats();
  const index = STEPS.indexOf(step);
  const yes = SAFETY_QUESTIONS.filter((q) => answers[q.id] === true).map((q) => q.id);

  // Each new step starts at its heading, for keyboard and screen reader users alike;
  // a layout effect moves focus in the same commit, before the step is painted.
  useLayoutEffect(() => heading.current?.focus(), [step]);

  // A skip keeps every answer already given: pressure stays off until all are in.
  const finish = (skipped: boolean) =>
    api
      .completeOnboarding({ skipped, equipment, answers, operationSites: sites })
      .then((settings) => onDone(settings, skipped))
      .catch((reason: unknown) => setError(t('onboarding.saveFailed', { error: String(reason) })));

  // Saved at once: main's broadcast turns this window (and any other open) to it.
  const chooseLanguage = (chosen: Settings['language']) => {
    setLanguage(chosen);
    api
      .getSettings()
      .then(({ settings }) => api.saveSettings({ settings: { ...settings, language: chosen } }))
      .then((result) => {
        if (!result.ok)
          setError(t('onboarding.saveFailed', { error: describeFirst(result.problems) }));
      })
      .catch((reason: unknown) => setError(t('onboarding.saveFailed', { error: String(reason) })));
  };

  const next = () => {
    if (step === 'safety' && !isComplete(answers)) return setShowMissing(true);
    const following = STEPS[index + 1];
    if (following) setStep(following);
    else void finish(false);
  };

  const page = (title: string, body: ReactNode) => (
    <main className="onboarding" aria-labelledby="step-title">
      <p className="kicker">{t('onboarding.step', { step: index + 1, total: STEPS.length })}</p>
      <h1 id="step-title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {body}
      {error && <p role="alert">{error}</p>}
      <div className="actions">
        {index > 0 && (
          <button type="button" onClick={() => setStep(STEPS[index - 1] ?? 'sitting')}>
            {t('onboarding.back')}
          </button>
        )}
        <button type="button" className="primary" onClick={next}>
          {t(step === 'redFlags' ? 'onboarding.finish' : 'onboarding.next')}
        </button>
        <button type="button" className="link" onClick={() => void finish(true)}>
          {t('onboarding.skip')}
        </button>
      </div>
    </main>
  );

  switch (step) {
    case 'sitting':
      return page(
        t('onboarding.sitting.title'),
        <>
          <LanguageField value={language} onChange={chooseLanguage} />
          <p>{t('onboarding.sitting.body')}</p>
        </>,
      );
    case 'routine':
      return page(t('onboarding.routine.title'), <p>{t('onboarding.routine.body')}</p>);
    case 'habit':
      return page(
        t('onboarding.habit.title'),
        <>
          <p>{t('onboarding.habit.body')}</p>
          <p>{say(NOT_A_TREATMENT)}</p>
        </>,
      );
    case 'equipment':
      return page(
        t('onboarding.equipment.title'),
        <fieldset>
          <legend>{t('onboarding.equipment.legend')}</legend>
          {EQUIPMENT.map(([key, label]) => (
            <label key={key} className="choice">
              <input
                type="checkbox"
                checked={equipment[key]}
                onChange={(event) => setEquipment({ ...equipment, [key]: event.target.checked })}
              />
              {t(label)}
            </label>
          ))}
        </fieldset>,
      );
    case 'safety':
      return page(
        t('onboarding.safety.title'),
        <>
          <p>{t('onboarding.safety.intro')}</p>
          <SafetyCheck
            answers={answers}
            onChange={setAnswers}
            showMissing={showMissing}
            sites={sites}
            onSitesChange={setSites}
          />
          <p>{say(LOCAL_RULE)}</p>
        </>,
      );
    case 'redFlags':
      return page(
        t('onboarding.redFlags.title'),
        <>
          {yes.length > 0 && (
            <div className="notice" role="status">
              <p>
                {t('onboarding.redFlags.yesTo', {
                  reasons: formats.list(yes.map((id) => say(getContraindicationReason(id)))),
                })}{' '}
                {say(PRESSURE_OFF_EXPLAINED)}
              </p>
            </div>
          )}

          <RedFlags headingLevel={2} />
        </>,
      );
  }
}
