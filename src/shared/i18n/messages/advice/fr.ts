import type { adviceEn } from './en';

/** Français. Not yet checked by a fluent reader (see the README). */
export const adviceFr: Record<keyof typeof adviceEn, string> = {
  'advice.rateWeekly':
    'Évaluez votre tension une fois par semaine ; après deux semaines, Unknot peut montrer comment elle évolue.',
  'advice.emergency':
    'Arrêtez les exercices et appelez une ambulance maintenant (112 en Europe, 999 au Royaume-Uni, 911 en Amérique du Nord). N’attendez pas de voir si cela passe.',
  'advice.redFlag':
    'Vous avez signalé : {signs}. Consultez un médecin aujourd’hui, avant de continuer à travailler dessus vous-même. D’ici là, Unknot limite vos pauses à des mouvements doux ; arrêtez tout ce qui fait mal.',
  'advice.area':
    '{area, select, neck {nuque} shoulders {épaules} upperBack {haut du dos} chest {poitrine} lowerBack {bas du dos} hips {hanches} glutes {fessiers} legs {jambes} other {{area}}}',
  'advice.rise':
    'La tension (zone : {area}) est passée de {from} à {to} en deux semaines. Demandez à un médecin ou à un kinésithérapeute d’y jeter un œil plutôt que de continuer à appuyer.',
  'advice.high':
    'Vous avez noté {areas} à {limit} ou plus sur 10. Une tension aussi forte mérite d’être montrée à un médecin ou à un kinésithérapeute.',
  'advice.afterTwoWeeks':
    'Après deux semaines d’évaluations, Unknot peut vous montrer comment votre tension évolue.',
  'advice.sameAreas': 'Évaluez les mêmes zones chaque semaine pour qu’Unknot puisse les comparer.',
  'advice.fewCareDays':
    'Il y a eu peu de jours avec des pauses sur ces deux semaines, la tendance dit donc encore peu de chose. Des pauses {days} jours ou plus par semaine donnent une image juste.',
  'advice.lower':
    'Votre tension est plus basse qu’il y a deux semaines. Continuez à un rythme qui vous convient.',
  'advice.lowSteady': 'Votre tension est faible et stable. Continuez ainsi.',
  'advice.worseAfterCare':
    'Votre tension a augmenté sur deux semaines de pauses régulières. Il serait bon de demander à un médecin ou à un kinésithérapeute d’y jeter un œil.',
  'advice.sameAfterCare':
    'Votre tension est restée à peu près la même après deux semaines de pauses régulières. Cela arrive, et un médecin ou un kinésithérapeute peut suggérer ce qui pourrait aider d’autre.',
};
