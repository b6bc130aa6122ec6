import type { adviceEn } from './en';

/** Deutsch. Not yet checked by a fluent reader (see the README). */
export const adviceDe: Record<keyof typeof adviceEn, string> = {
  'advice.rateWeekly':
    'Bewerte deine Verspannung einmal pro Woche; nach zwei Wochen kann Unknot zeigen, wie sie sich verändert.',
  'advice.emergency':
    'Hör mit den Übungen auf und ruf jetzt einen Rettungswagen (112 in Europa, 999 im Vereinigten Königreich, 911 in Nordamerika). Warte nicht ab, ob es vorbeigeht.',
  'advice.redFlag':
    'Du hast angegeben: {signs}. Bitte geh heute noch zu einer Ärztin oder einem Arzt, bevor du selbst weiter daran arbeitest. Bis dahin bietet Unknot in deinen Pausen nur sanfte Bewegung an; hör mit allem auf, was wehtut.',
  'advice.area':
    '{area, select, neck {Nacken} shoulders {Schultern} upperBack {oberer Rücken} chest {Brust} lowerBack {unterer Rücken} hips {Hüften} glutes {Gesäß} legs {Beine} other {{area}}}',
  'advice.rise':
    'Die Verspannung im Bereich {area} ist innerhalb von zwei Wochen von {from} auf {to} gestiegen. Bitte lass das von einer Ärztin, einem Arzt oder in der Physiotherapie ansehen, statt weiter zu drücken.',
  'advice.high':
    'Du hast {areas} mit {limit} oder mehr von 10 bewertet. So starke Verspannung solltest du einer Ärztin, einem Arzt oder in der Physiotherapie zeigen.',
  'advice.afterTwoWeeks':
    'Nach zwei Wochen mit Check-ins kann Unknot dir zeigen, wie sich deine Verspannung verändert.',
  'advice.sameAreas': 'Bewerte jede Woche dieselben Bereiche, damit Unknot sie vergleichen kann.',
  'advice.fewCareDays':
    'In diesen zwei Wochen gab es nur wenige Tage mit Pausen, daher sagt der Verlauf noch wenig. Pausen an {days} oder mehr Tagen pro Woche ergeben ein faires Bild.',
  'advice.lower':
    'Deine Verspannung ist geringer als vor zwei Wochen. Mach in einem Tempo weiter, das zu dir passt.',
  'advice.lowSteady': 'Deine Verspannung ist gering und gleichbleibend. Mach weiter so.',
  'advice.worseAfterCare':
    'Deine Verspannung ist über zwei Wochen mit regelmäßigen Pausen gestiegen. Es wäre gut, sie von einer Ärztin, einem Arzt oder in der Physiotherapie ansehen zu lassen.',
  'advice.sameAfterCare':
    'Deine Verspannung ist nach zwei Wochen mit regelmäßigen Pausen etwa gleich geblieben. Das kommt vor, und eine Ärztin, ein Arzt oder die Physiotherapie kann vorschlagen, was sonst helfen könnte.',
};
