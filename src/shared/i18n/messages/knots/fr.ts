import type { knotsEn } from './en';

/** Le détecteur de nœuds en français. */
export const knotsFr: Record<keyof typeof knotsEn, string> = {
  'knots.title': 'Trouver mes nœuds',
  'knots.loadFailed': 'Unknot n’a pas pu ouvrir le détecteur de nœuds : {error}',
  'knots.savedTitle': 'Votre bilan est enregistré',
  'knots.close': 'Fermer',
  'knots.saveFailed': 'Vos marques n’ont pas été enregistrées : {error}. Réessayez.',
  'knots.back': 'Retour',
  'knots.skip': 'Passer ce point',
  'knots.save': 'Enregistrer mon bilan',
  'knots.start': 'Commencer',
  'knots.nextSpot': 'Point suivant',

  'knots.progress': 'Point {position} sur {total}',
  'knots.howToFind': 'Comment le trouver',
  'knots.howFirmly': 'Avec quelle fermeté appuyer',
  'knots.withoutPressing': 'Sans appuyer',
  'knots.restHand':
    'Posez la main à cet endroit et sentez si c’est tendu ou douloureux. N’appuyez pas.',
  'knots.stopWith': 'Arrêtez aussitôt en cas de :',
  'knots.stopSigns': '{signs}.',
  'knots.tenderQuestion': 'Quelle sensibilité ?',
  'knots.tenderness':
    '{level, plural, =0 {Pas sensible} =1 {Un peu sensible} other {Très sensible}}',

  'knots.skippedAll': 'Vous avez passé tous les points : rien n’a été marqué cette fois.',
  'knots.marks': 'Vos marques',
  'knots.mark':
    '{spot} : {level, plural, =0 {pas sensible} =1 {un peu sensible} other {très sensible}}',
  'knots.favour':
    'Vos prochaines pauses privilégieront des exercices pour {spots}, dans le respect de vos réponses de sécurité.',
  'knots.noneTender':
    'Aucun point n’était sensible : vos pauses continuent de passer par toutes les zones.',
  'knots.changes': 'Depuis votre bilan précédent',
  'knots.change':
    '{spot} : {change, select, eased {détendu} same {à peu près pareil} other {plus sensible}} ({from, plural, =0 {pas sensible} =1 {un peu sensible} other {très sensible}} → {to, plural, =0 {pas sensible} =1 {un peu sensible} other {très sensible}})',
  'knots.heading': 'Nœuds',
  'knots.changesFailed': 'Les résultats du détecteur de nœuds n’ont pas pu être chargés : {error}',
  'knots.notChecked': 'Vous n’avez pas encore vérifié vos nœuds.',
  'knots.checkAgain':
    'Refaites le bilan dans une semaine environ pour voir quels points se sont détendus.',
  'knots.eased': 'Détendus depuis le bilan précédent : {spots}.',
  'knots.open': 'Trouver mes nœuds…',
};
