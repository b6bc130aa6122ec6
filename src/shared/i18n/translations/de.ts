import type { Translation } from '../translation';

/**
 * Deutsch: Unknot’s messages by area, typed against the English areas so a
 * missing id fails typecheck, then the catalogue. Not yet checked by a fluent reader (see
 * the README).
 */
export const translation: Translation = {
  name: 'Deutsch',
  messages: {
    app: {
      'duration.seconds': '{seconds} s',
      'duration.minutes': '{minutes} min',
      'duration.hoursMinutes': '{hours} h {minutes} min',
      'duration.wholeMinutes': '{minutes, plural, one {# Minute} other {# Minuten}}',

      'week.line': 'Diese Woche: {taken}/{breaks} {breaks, plural, one {Pause} other {Pausen}}',
      'week.none':
        '{current, select, true {Diese Woche} other {In jener Woche}} wurden keine Pausen erfasst.',
      'week.headline':
        'Du hast {taken} von {breaks} {breaks, plural, one {Pause} other {Pausen}} gemacht{change, select, first { – in deiner ersten Woche mit Unknot} same { – so viele wie {current, select, true {letzte Woche} other {in der Woche davor}}} more { – {size} mehr als {current, select, true {letzte Woche} other {in der Woche davor}}} fewer { – {size} weniger als {current, select, true {letzte Woche} other {in der Woche davor}}} other {}}.',

      'key.enter': 'Eingabe',
      'key.escape': 'Esc',
      'key.space': 'Leertaste',
      'break.none': 'Gerade ist keine Pause fällig.',
      'break.loadError': 'Unknot konnte diese Pause nicht laden: {reason}',
      'break.saveError': 'Deine Pause wurde nicht gespeichert: {reason}. Versuch es noch einmal.',
      'break.kind': '{kind, select, movement {Bewegungspause} other {Haltungspause}}',
      'break.timeFor': 'Zeit für {care} Pflege',
      'break.standUp': 'Steh auf und beweg dich eine Minute',
      'break.start': 'Start',
      'break.coming': 'Was kommt',
      'break.eachSide': '{care} je Seite',
      'care.seconds': '{seconds} s',
      'care.minutes': '{minutes} min',
      'care.minutesSeconds': '{minutes} min {seconds} s',
      'break.snooze': 'Später',
      'break.snoozesLeft': '{count, plural, one {Noch # Aufschub} other {Noch # Aufschübe}}',
      'break.noSnoozes': 'Für diese Pause kein Aufschub mehr',
      'break.strictNoSkip': 'Strenger Modus: Diese Pause kann nicht übersprungen werden.',
      'break.skipBreak': 'Pause überspringen',
      'break.mute': 'Ton aus',
      'break.snoozed': 'Aufgeschoben. Bis in ein paar Minuten.',
      'exercise.count': 'Übung {number} von {total}',
      'exercise.fallbackName': 'Beweg dich sanft',
      'exercise.figureSide': '{alt} {side, select, right {Rechte} other {Linke}} Seite.',
      'exercise.howTo': 'So geht es',
      'exercise.yourSide': 'Deine {side, select, right {rechte} other {linke}} Seite',
      'exercise.steps': 'Schritte',
      'exercise.feel': 'Gefühl:',
      'exercise.stopIf': 'Hör auf, wenn du spürst',
      'exercise.why': 'Warum:',
      'exercise.ownHold':
        'Halte {seconds, plural, one {# Sekunde} other {# Sekunden}}{sides, select, both { auf jeder Seite.} other {.}}',
      'exercise.ownReps':
        '{count, plural, one {# langsame Wiederholung} other {# langsame Wiederholungen}}{sides, select, both { auf jeder Seite.} other {.}}',
      'exercise.ownWhy': 'Deine eigene Übung, in deinen eigenen Worten.',
      'exercise.ownPicture': 'Dein Bild zu {name}',
      'side.word': '{side, select, right {rechts} other {links}}',
      'hold.paused': 'Pausiert',
      'hold.getReadyWalk': 'Mach dich bereit zum Gehen',
      'hold.getIntoPosition': 'Geh in Position',
      'hold.switchSides': 'Seite wechseln',
      'hold.walk': 'Geh',
      'hold.action':
        '{kind, select, pressure {Halte den Druck} strength {Mach weiter} other {Halte die Dehnung}}',
      'hold.sideAction':
        '{side, select, right {Rechte Seite} other {Linke Seite}}: {kind, select, pressure {halte den Druck} strength {mach weiter} other {halte die Dehnung}}',
      'hold.timeLeft': 'Verbleibende Zeit',
      'hold.progress': 'Fortschritt beim Halten',
      'hold.sideOf': '{side, select, right {Rechte} other {Linke}} Seite · {number} von {total}',
      'hold.startsIn': ' · beginnt in {seconds} s',
      'hold.pause': 'Anhalten',
      'hold.resume': 'Weiter',
      'hold.startNow': 'Jetzt starten',
      'hold.nextSide': 'Nächste Seite',
      'hold.finish': 'Fertig',
      'hold.nextExercise': 'Nächste Übung',
      'hold.strictWait': 'Strenger Modus: Der Timer geht von selbst weiter.',
      'hold.holdMore': 'Halte noch {seconds} s, um weiterzugehen, oder überspring diese Übung.',
      'hold.skipExercise': 'Diese Übung überspringen',
      'hold.swapFor': 'Tauschen gegen {name}',
      'hold.anotherExercise': 'eine andere Übung',
      'effort.question': 'Wie war das?',
      'effort.tooMuch': 'Zu viel',
      'effort.right': 'Genau richtig',
      'effort.tooLittle': 'Zu wenig',
      'effort.saveError': 'Das wurde nicht gespeichert; die Dosis bleibt, wie sie war.',
      'effort.next': 'Nächstes Mal: {seconds} s.',
      'effort.same': 'Nächstes Mal bleibt es bei {seconds} s.',
      'finish.kicker': 'Pause beendet',
      'finish.title':
        '{outcome, select, completed {Gut gemacht} partial {Gut, etwas Pflege geschafft} other {Vielleicht beim nächsten Mal}}',
      'finish.logged':
        '{outcome, select, completed {Als erledigt erfasst.} partial {Als teilweise erledigt erfasst: Mindestens die Hälfte der geplanten Zeit wurde gehalten.} other {Als übersprungen erfasst: Weniger als die Hälfte der geplanten Zeit wurde gehalten.}}',
      'finish.next':
        '{outcome, select, completed {Zurück an die Arbeit: bis zur nächsten Pause.} partial {Zurück an die Arbeit: Die nächste Pause kann ganz gelingen.} other {Kein Problem: Die nächste Pause ist eine neue Chance.}} Dieses Fenster schließt sich gleich von selbst.',
      'finish.careBreak': '<b>{care}</b> Pflege in dieser Pause',
      'finish.careToday': '<b>{care}</b> Pflege heute',
      'finish.done': 'Fertig',
      'finish.whatYouDid': 'Was du gemacht hast',
      'finish.item': '{name}: {held}{partly, select, true { (teilweise)} other {}}',
      'safety.region': 'Sicherheit',
      'safety.first': 'Sicherheit zuerst',
      'safety.warningSigns': 'Warnzeichen und wann du aufhören solltest',
      'safety.answer': 'Die Sicherheitsfragen beantworten (unter einer Minute)',
      'safety.thanksOn': 'Danke. Druckübungen können Teil deiner nächsten Pausen sein.',
      'safety.thanks': 'Danke. {text}',
      'report.legend':
        'Hast du eines dieser Zeichen? Sag es Unknot, dann bleiben die Pausen sanft.',
      'report.emergencyNow': 'Ein Notfallzeichen von oben, gerade jetzt',
      'report.button': 'Melden und meine Pausen sanft halten',
      'report.thanks':
        'Danke. Beende diese Pause hier (Überspringen). Ab der nächsten Pause bietet Unknot nur sanfte Bewegung an, 14 Tage lang oder bis dich eine Fachperson untersucht hat.',
      'report.error': 'Das wurde nicht gespeichert: {reason}',
      'app.windowTitle':
        '{window, select, break {Unknot – Pause} summary {Unknot – deine Woche} settings {Unknot – Einstellungen} onboarding {Unknot – Willkommen} knots {Unknot – meine Knoten finden} other {Unknot}}',
      'exercise.figureStill': '{label} Die Schlüsselhaltungen nebeneinander.',
      'hold.getReadyMove': 'Mach dich bereit für die Bewegung',
      'hold.move': 'Bleib in Bewegung',
    },
    shell: {
      'notice.title': '{kind, select, posture {Haltungspause} other {Bewegungspause}} in {in}',
      'notice.waitedTitle':
        '{why, select, call {Dein Anruf ist vorbei} presenting {Deine Präsentation ist vorbei} dnd {„Nicht stören“ ist aus} fullscreen {Der Vollbildmodus ist vorbei} other {Deine Pause hat lange genug gewartet}} – Zeit für {kind, select, posture {eine {minutes}-minütige Dehnung} other {einen {minutes}-minütigen Spaziergang}}',
      'notice.bodyActions': 'Beende deinen Satz, dann steh auf.',
      'notice.bodyNoActions': 'Beende deinen Satz – das Pausenfenster öffnet sich von selbst.',
      'notice.snooze': 'Später',
      'notice.startNow': 'Jetzt starten',
      'weeklyNotice.title': 'Deine Woche mit Unknot',
      'weeklyNotice.body':
        '{headline}{streakDays, plural, =0 {} one { Serie: # Tag{forgiven, plural, =0 {} one { (# Tag verziehen)} other { (# Tage verziehen)}}.} other { Serie: # Tage{forgiven, plural, =0 {} one { (# Tag verziehen)} other { (# Tage verziehen)}}.}}',

      'tray.tooltip.paused': 'Unknot – pausiert',
      'tray.tooltip.pausedUntil': 'Unknot – pausiert, weiter in {in}',
      'tray.tooltip.inBreak': 'Unknot – Pause läuft',
      'tray.tooltip.sitting': 'Unknot – sitzt seit {sitting}',
      'tray.tooltip.sittingNext': 'Unknot – sitzt seit {sitting} · nächste Pause in {in}',
      'idle.unavailable': 'Keine Leerlauferkennung – Pausen folgen der Uhr',
      'tray.problems':
        '⚠ {count, plural, one {Ein Problem mit deinen Daten} other {# Probleme mit deinen Daten}} – siehe Einstellungen',
      'tray.breakNow': 'Jetzt Pause machen',
      'tray.pause': 'Pausieren',
      'tray.resume': 'Fortsetzen',
      'tray.pause30': '30 Minuten',
      'tray.pause60': '1 Stunde',
      'tray.pauseTomorrow': 'Bis morgen',
      'tray.pauseIndefinitely': 'Bis ich fortsetze',
      'tray.summary': 'Zusammenfassung dieser Woche',
      'tray.knots': 'Meine Verspannungen finden…',
      'tray.settings': 'Einstellungen …',
      'tray.quit': 'Unknot beenden',
      'tray.meeting': 'In einer Besprechung',
      'tray.meetingOff': 'Besprechung beenden',
      'tray.meetingOn': 'Bis ich es ausschalte',
      'tray.atDesk': 'Am Schreibtisch, ohne zu tippen',
      'tray.standing': 'Ich stehe',

      'cli.breakNow': 'Eine Pause beginnt.',
      'cli.pausedFor': 'Pausiert für {length}.',
      'cli.pausedTomorrow': 'Pausiert bis morgen.',
      'cli.pausedUntilResume': 'Pausiert, bis du fortsetzt.',
      'cli.resumed': 'Fortgesetzt.',
      'cli.summary': 'Die Zusammenfassung dieser Woche ist geöffnet.',
      'cli.meetingOff': 'Besprechung vorbei: Pausen kommen wieder.',
      'cli.meetingOn': 'In einer Besprechung, bis du es ausschaltest.',
      'cli.meetingFor': 'In einer Besprechung für {length}.',
      'cli.standing': 'Stehend: keine Haltungspausen.',
      'cli.sitting': 'Sitzend.',
      'cli.status.pausedUntil': 'Pausiert; weiter in {in}.',
      'cli.status.inBreak': 'Eine Pause läuft.',
      'cli.status.offHours': 'Außerhalb der Arbeitszeit.',
      'cli.status.sitting': 'Sitzen: {sitting}',
      'cli.status.next':
        'Nächste Pause: {kind, select, movement {Bewegung} other {Haltung}}, in {in}',
      'cli.status.noNext': 'Nächste Pause: keine geplant',
      'cli.error.oneCommand': 'Bitte nur einen Befehl auf einmal.',
      'cli.error.meeting': '--meeting nimmt 1 bis 480 Minuten, „on“ oder „off“, nicht „{value}“',
      'cli.error.pauseWord':
        '--pause nimmt Minuten (1–1440), „tomorrow“ oder „forever“, nicht „{value}“',
      'cli.error.pauseRange': '--pause nimmt 1 bis 1440 Minuten, nicht {value}',
      'cli.notRunning': 'Unknot läuft nicht.',

      // store-words: das Fenster ohne Tray-Symbole und die Dateidialoge.
      'trayHost.title': 'Unknot läuft, aber dieser Desktop zeigt keine Tray-Symbole',
      'trayHost.detail':
        'Unknot wohnt in der oberen Leiste oder im Tray, und auf diesem Desktop zeigt nichts Tray-Symbole an, darum ist sein Menü nicht erreichbar. Pausen und Mitteilungen kommen trotzdem pünktlich.\n\nSchalte unter GNOME die Erweiterung „AppIndicator and KStatusNotifierItem Support“ ein (Ubuntu liefert sie als „Ubuntu AppIndicators“ aus; anderswo installiere gnome-shell-extension-appindicator), melde dich dann ab und wieder an.\n\nBis dahin starte Unknot noch einmal über den App-Starter, um seine Einstellungen zu öffnen.',
      'trayHost.ok': 'OK',
      'trayHost.openSettings': 'Einstellungen öffnen',
      'dialog.exportHistory': 'Deinen Unknot-Verlauf exportieren',
      'dialog.choosePicture': 'Ein Bild wählen',
      'dialog.importProgramme': 'Ein Programm importieren',
      'dialog.exportProgramme': 'Dein Programm exportieren',
      'dialog.filter.csv': 'CSV-Tabelle',
      'dialog.filter.json': 'JSON-Daten',
      'dialog.filter.programme': 'Unknot-Programm',
      'dialog.filter.pictures': 'Bilder (PNG, JPEG, WebP)',
      'cli.error.noAnswer':
        'das laufende Unknot hat den Befehl angenommen, aber nicht geantwortet ({cause})',
      'safety.refusal':
        '{reason, select, unanswered {Druckübungen bleiben aus, bis du die Sicherheitsfragen beantwortet hast. Du kannst sie hier unter Sicherheit beantworten.} other {Druckübungen bleiben aus, bis du bestätigst, dass eine Ärztin, ein Arzt oder eine Physiotherapeutin bzw. ein Physiotherapeut sie für dich als unbedenklich eingestuft hat.}}',
      'dayMark.outOfRange':
        '{limit, select, ahead {Ein Tag lässt sich höchstens ein Jahr im Voraus markieren.} other {Ein Tag lässt sich höchstens fünf Jahre zurück markieren.}}',
      'cli.usage':
        'Aufruf: unknot [--break-now | --pause MINUTEN | --pause tomorrow | --pause forever | --resume | --summary | --status | --meeting MINUTEN | --standing | --sitting]\n  --break-now        jetzt eine Pause beginnen\n  --pause MINUTEN    Pausen aussetzen (1–1440 Minuten; Standard 60); auch „tomorrow“ oder „forever“\n  --resume           das Pausieren beenden\n  --summary          die Zusammenfassung dieser Woche öffnen\n  --status           Sitzzeit und nächste Pause ausgeben\n  --meeting MINUTEN  Pausen während einer Besprechung zurückhalten (1–480 Minuten; Standard 60); „on“ bis „off“\n  --standing         ich stehe: keine Haltungspausen, zählt nicht als Sitzen\n  --sitting          ich sitze wieder',
      'appMenu.window': 'Fenster',
      'appMenu.minimize': 'Im Dock ablegen',
      'appMenu.close': '{platform, select, mac {Fenster schließen} other {Schließen}}',
    },
    common: {
      'common.language.label': 'Sprache',
      'common.language.system': 'Wie im System',
      'common.language.hint': 'Menüs, Mitteilungen und alle Fenster folgen ihr.',

      'common.signs.emergency': 'Ruf jetzt einen Rettungswagen',
      'common.signs.urgent': 'Geh noch heute zu einer Ärztin oder einem Arzt',
      'common.signs.sources': 'Aus den NHS-Seiten {titles} (nhs.uk/conditions).',
      'common.protective.seeDoctor':
        'Bitte geh noch heute wegen der gemeldeten Beschwerden zu einer Ärztin oder einem Arzt.',
      'common.protective.seen': 'Eine Ärztin, ein Arzt oder Physiotherapeut hat mich untersucht',
      'common.protective.saveFailed': 'Das wurde nicht gespeichert: {error}',

      'common.tension.intro':
        'Bewerte einmal pro Woche die Verspannung in den Bereichen, die dir wichtig sind: 0 heißt keine, 10 die stärkste.',
      'common.tension.areas': 'Bereiche',
      'common.tension.area.neck': 'Nacken',
      'common.tension.area.shoulders': 'Schultern',
      'common.tension.area.upperBack': 'Oberer Rücken',
      'common.tension.area.chest': 'Brust',
      'common.tension.area.lowerBack': 'Unterer Rücken',
      'common.tension.area.hips': 'Hüften',
      'common.tension.area.glutes': 'Gesäß',
      'common.tension.area.legs': 'Beine',
      'common.tension.rating': 'Verspannung {area}, 0 bis 10',
      'common.tension.front': 'Vorne',
      'common.tension.back': 'Hinten',
      'common.tension.happeningNow': 'Eines davon passiert gerade jetzt',
      'common.tension.flagsQuestion':
        'Noch heute ärztlich abklären: Hast du seit letzter Woche eines davon bemerkt?',
      'common.tension.alsoSee': 'Geh auch noch heute zum Arzt bei: {signs}.',
      'common.tension.gentle':
        'Jedes davon beschränkt deine Pausen 14 Tage lang auf sanfte Bewegung, oder bis eine Fachperson dich untersucht hat.',
      'common.tension.save': 'Check-in speichern',
      'common.tension.saved': 'Check-in gespeichert.',
      'common.tension.saveFailed': 'Der Check-in wurde nicht gespeichert: {error}',
      'common.tension.loadFailed': 'Frühere Check-ins konnten nicht geladen werden: {error}',
      'common.tension.last': 'Letzter Check-in: {date}',

      // core-words: whether pressure exercises are on, and protective mode's rule.
      'common.pressure.unanswered':
        'Druckübungen (ein Ball an der Wand) bleiben aus, bis du die Sicherheitsfragen beantwortet hast. Dehnen, Kräftigen und Bewegung sind an.',
      'common.pressure.off':
        '{why, select, answers {Druckübungen sind aus wegen: {reasons}.} both {Druckübungen sind aus wegen: {reasons}. Außerdem hast du sie selbst ausgeschaltet.} ownChoice {Druckübungen sind aus, weil du sie selbst ausgeschaltet hast.} other {Druckübungen sind aus.}} Dehnen, Kräftigen und Bewegung bleiben an.',
      'common.pressure.on':
        '{cleared, select, true {Druckübungen sind an. Du hast Unknot gesagt, dass eine Fachperson sie für dich als unbedenklich eingestuft hat.} other {Druckübungen sind an.}}',
      'common.protective.reported': 'Du hast gemeldet:',
      'common.protective.rule':
        'Bis eine Ärztin, ein Arzt oder Physiotherapeut sich das angesehen hat, beschränkt Unknot deine Pausen auf sanfte Bewegung: kein Druck und keine Kräftigungsübungen. Das gilt {days, plural, one {# Tag} other {# Tage}} lang, oder bis du sagst, dass eine Fachperson dich untersucht hat.',
    },
    summary: {
      'summary.title': 'Deine Woche',
      'summary.loadFailed': 'Unknot konnte die Zusammenfassung nicht laden: {error}',
      'summary.weeks': 'Wochen',
      'summary.previousWeek': '← Vorige Woche',
      'summary.nextWeek': 'Nächste Woche →',
      'summary.firstWeekHeadline': 'Hier beginnt deine erste Woche.',
      'summary.outcomesHeading': 'Pausen pro Tag',
      'summary.sittingHeading': 'Längste Sitzphase',
      'summary.sittingEmpty': 'Diese Woche wurde kein Sitzen aufgezeichnet.',
      'summary.areasHeading': 'Pflege pro Körperbereich',
      'summary.areasEmpty': 'Diese Woche wurden keine Übungen gehalten.',
      'summary.tableHeading': 'Die Woche in Zahlen',

      'summary.outcome.completed': 'Abgeschlossen',
      'summary.outcome.partial': 'Teilweise gemacht',
      'summary.outcome.natural': 'Von selbst aufgestanden',
      'summary.outcome.skipped': 'Übersprungen',
      'summary.outcome.snoozed': 'Verschoben',
      'summary.outcome.missed': 'Verpasst',
      'summary.area.upperBack': 'Oberer Rücken',
      'summary.area.shoulders': 'Schultern',
      'summary.area.neck': 'Nacken',
      'summary.area.chest': 'Brust',
      'summary.area.forearms': 'Unterarme und Handgelenke',
      'summary.area.lowerBack': 'Unterer Rücken',
      'summary.area.hips': 'Hüften',
      'summary.area.glutes': 'Gesäß',
      'summary.area.legs': 'Beine',
      'summary.area.wholeBody': 'Ganzer Körper (Bewegung)',
      'summary.area.other': 'Sonstiges',
      'summary.chartLabel':
        'Pausen pro Tag nach Ergebnis; dieselben Zahlen stehen in der Tabelle unten',

      'summary.figures.label': 'Die Woche auf einen Blick',
      'summary.figures.completion': 'Erledigt',
      'summary.figures.care': 'Minuten Pflege',
      'summary.figures.daysWithCare': 'Tage mit Pflege',
      'summary.figures.daysOf': '{days} von 7',
      'summary.figures.streak': 'Serie',
      'summary.streak':
        '{days, plural, =0 {Noch keine Serie} one {# Tag in Folge} other {# Tage in Folge}}{forgiven, plural, =0 {} one { (# Tag nachgesehen)} other { (# Tage nachgesehen)}}',
      'summary.figures.natural': 'Von selbst aufgestanden',
      'summary.figures.boutsOver60': 'Sitzphasen über 60 min',
      'summary.figures.standing': 'Im Stehen am Schreibtisch',
      'summary.figures.held': 'Pausen, die auf ein Gespräch oder „Nicht stören“ warteten',

      'summary.table.scrollCue': 'Seitlich scrollen für weitere Spalten →',
      'summary.table.region': 'Die Woche in Zahlen, seitlich scrollbar',
      'summary.table.caption': 'Die Woche Tag für Tag',
      'summary.table.day': 'Tag',
      'summary.table.taken': 'Pausen gemacht',
      'summary.table.breaks': 'Pausen',
      'summary.table.natural': 'Von selbst',
      'summary.table.care': 'Pflege',
      'summary.table.sitting': 'Sitzen',
      'summary.table.longestBout': 'Längste Phase',
      'summary.table.standing': 'Stehen',
      'summary.table.held': 'Für ein Gespräch aufgeschoben',
      'summary.table.week': 'Woche',

      'summary.days.heading': 'Tage',
      'summary.days.list': 'Die Tage der Woche',
      'summary.days.state':
        '{state, select, holiday {Urlaub} sick {Krank} care {Pflege} other {Keine Pflege}}',
      'summary.days.unmark': 'Markierung entfernen',
      'summary.days.unmarkDay': 'Markierung von {day} entfernen',
      'summary.days.marked':
        '{day} als {kind, select, holiday {Urlaubstag} other {Krankheitstag}} markiert.',
      'summary.days.unmarked': 'Markierung von {day} entfernt.',
      'summary.days.notMarked': 'Nicht markiert: {error}',
      'summary.days.explain':
        'Ein Urlaubs- oder Krankheitstag ohne Pflege unterbricht deine Serie nicht.',
      'summary.days.day': 'Tag',
      'summary.days.markAs': 'Markieren als',
      'summary.days.holiday': 'Geplanter Urlaub',
      'summary.days.sick': 'Krankheitstag',
      'summary.days.submit': 'Tag markieren',

      'summary.export.heading': 'Dein Verlauf',
      'summary.export.intro':
        'Jede Pause, die Unknot aufgezeichnet hat, als Tabelle (CSV) oder als Daten (JSON).',
      'summary.export.csv': 'Als CSV exportieren',
      'summary.export.json': 'Als JSON exportieren',
      'summary.export.busy': 'Wird exportiert …',
      'summary.export.saved':
        '{rows, plural, one {# Pause} other {# Pausen}} in {path} gespeichert.',
      'summary.export.cancelled': 'Export abgebrochen; nichts wurde gespeichert.',
      'summary.export.failed': 'Der Export ist fehlgeschlagen: {error}',

      'summary.first.heading': 'Fang mit einer Pause an',
      'summary.first.start': 'Jetzt eine Pause machen',
      'summary.first.opening': 'Deine Pause öffnet sich in einem eigenen Fenster.',
      'summary.first.failed': 'Die Pause konnte nicht beginnen: {error}',
      'summary.first.also': 'Unknot bietet dir auch eine an, wenn du eine Weile gesessen hast.',
      'summary.first.previewHeading': 'Was hier erscheinen wird',
      'summary.first.takenTerm': 'Pausen gemacht',
      'summary.first.takenDetail':
        'wie viele der von Unknot angebotenen Pausen du gemacht hast, Tag für Tag',
      'summary.first.careTerm': 'Minuten Pflege',
      'summary.first.careDetail': 'wie lange du jede Übung gehalten hast, pro Körperbereich',
      'summary.first.sittingTerm': 'Dein längstes Sitzen',
      'summary.first.sittingDetail': 'die längste Zeit, die du jeden Tag ohne Pause gesessen hast',
      'summary.first.streakTerm': 'Deine Serie',
      'summary.first.streakDetail':
        'Tage mit mindestens einer Minute Pflege; ein verpasster Arbeitstag wird nachgesehen',

      'summary.trend.heading': 'Verspannung und Pausen',
      'summary.trend.loadFailed': 'Unknot konnte deine Verspannungs-Check-ins nicht laden: {error}',
      'summary.trend.checkInHeading': 'Wöchentlicher Verspannungs-Check-in',
      'summary.trend.chartLabel':
        'Durchschnittliche Verspannung und Anteil der gemachten Pausen pro Woche; dieselben Zahlen stehen in der Tabelle unten',
      'summary.trend.legendTaken': 'Pausen gemacht (% der Pausen, rechte Skala)',
      'summary.trend.legendTension': 'Durchschnittliche Verspannung (0–10, linke Skala)',
      'summary.trend.region': 'Verspannungstabelle, seitlich scrollbar',
      'summary.trend.caption': 'Verspannung und Pausen, Woche für Woche',
      'summary.trend.weekOf': 'Woche ab',
      'summary.trend.tension': 'Durchschnittliche Verspannung',
      'summary.trend.checkIns': 'Check-ins',
      'summary.trend.share': 'Anteil gemacht',
      'summary.trend.noCheckIn': 'Kein Check-in',
    },
    onboarding: {
      'onboarding.step': 'Schritt {step} von {total}',
      'onboarding.back': 'Zurück',
      'onboarding.next': 'Weiter',
      'onboarding.finish': 'Fertig',
      'onboarding.skip': 'Vorerst überspringen',
      'onboarding.saveFailed': 'Das wurde nicht gespeichert: {error}. Versuch es noch einmal.',
      'onboarding.loadFailed': 'Unknot konnte deine Einstellungen nicht laden: {error}',
      'onboarding.sitting.title': 'Kurze Pausen, oft',
      'onboarding.sitting.body':
        'Unknot merkt an deiner Tastatur- und Mausaktivität, wie lange du schon am Computer sitzt, und schlägt etwa alle 30 Minuten eine kurze Haltungspause vor. Zeit weg vom Computer zählt als Pause.',
      'onboarding.routine.title': 'Ein, zwei Minuten Pflege',
      'onboarding.routine.body':
        'Jede Pause führt dich durch ein bis drei Minuten: eine Dehnung, einen kurzen Gang oder einen Ball, den du an der Wand gegen eine verspannte Stelle hältst. Ein Timer zählt jede Haltezeit für dich.',
      'onboarding.habit.title': 'Regelmäßig schlägt intensiv',
      'onboarding.habit.body':
        'Unknot zeichnet auf, was du gemacht hast, und zeigt dir einmal pro Woche, wie regelmäßig du warst. Ein verpasster Tag macht deinen Fortschritt nicht zunichte.',
      'onboarding.equipment.title': 'Was hast du zur Hand?',
      'onboarding.equipment.legend': 'Unknot schlägt nur Übungen vor, für die du das Nötige hast.',
      'onboarding.equipment.ball': 'Einen festen Ball (Tennis- oder Lacrosseball)',
      'onboarding.equipment.wall': 'Ein freies Stück Wand',
      'onboarding.equipment.doorway': 'Einen Türrahmen',
      'onboarding.equipment.chair': 'Einen stabilen Stuhl',
      'onboarding.safety.title': 'Ein kurzer Sicherheitscheck',
      'onboarding.safety.intro':
        'Druck auf verspannte Stellen ist nicht für alle richtig. Deine Antworten bleiben auf diesem Computer.',
      'onboarding.redFlags.title': 'Wann du zu einer Fachperson gehen solltest',
      'onboarding.redFlags.yesTo': 'Du hast Ja geantwortet bei: {reasons}.',
      'onboarding.done.title': 'Alles bereit',
      'onboarding.done.body':
        'Unknot ist in deiner Taskleiste und schlägt dir nach einer Weile Sitzen deine erste Pause vor. Alles lässt sich in den Einstellungen ändern.',
      'onboarding.later.title': 'Vielleicht später',
      'onboarding.later.body':
        'Die Einführung und den Sicherheitscheck findest du jederzeit in den Einstellungen unter Sicherheit.',
      'onboarding.close': 'Schließen',

      'onboarding.answer': '{yes, select, true {Ja} other {Nein}}',
      'onboarding.answerMissing': 'Bitte wähle Ja oder Nein.',
      'onboarding.inline.question': 'Trifft eines davon auf dich zu?',
      'onboarding.inline.none': 'Nichts davon trifft auf mich zu',
      'onboarding.inline.some': 'Eines oder mehreres trifft zu',
      'onboarding.inline.save': 'Meine Antworten speichern',
      'onboarding.inline.saveFailed':
        'Deine Antworten wurden nicht gespeichert: {error}. Versuch es noch einmal.',
    },
    knots: {
      'knots.title': 'Meine Knoten finden',
      'knots.loadFailed': 'Unknot konnte den Knotenfinder nicht öffnen: {error}',
      'knots.savedTitle': 'Deine Prüfung ist gespeichert',
      'knots.close': 'Schließen',
      'knots.saveFailed':
        'Deine Markierungen wurden nicht gespeichert: {error}. Versuch es noch einmal.',
      'knots.back': 'Zurück',
      'knots.skip': 'Diese Stelle überspringen',
      'knots.save': 'Meine Prüfung speichern',
      'knots.start': 'Loslegen',
      'knots.nextSpot': 'Nächste Stelle',

      'knots.progress': 'Stelle {position} von {total}',
      'knots.howToFind': 'So findest du sie',
      'knots.howFirmly': 'Wie fest du drückst',
      'knots.withoutPressing': 'Ohne zu drücken',
      'knots.restHand':
        'Leg deine Hand dort auf und achte darauf, ob es sich fest oder wund anfühlt. Drück nicht.',
      'knots.stopWith': 'Sofort aufhören bei:',
      'knots.stopSigns': '{signs}.',
      'knots.tenderQuestion': 'Wie empfindlich war es?',
      'knots.tenderness':
        '{level, plural, =0 {Nicht empfindlich} =1 {Etwas empfindlich} other {Sehr empfindlich}}',

      'knots.skippedAll': 'Du hast jede Stelle übersprungen, daher wurde diesmal nichts markiert.',
      'knots.marks': 'Deine Markierungen',
      'knots.mark':
        '{spot}: {level, plural, =0 {nicht empfindlich} =1 {etwas empfindlich} other {sehr empfindlich}}',
      'knots.favour':
        'Deine nächsten Pausen bevorzugen Übungen für {spots}, im Rahmen deiner Sicherheitsantworten.',
      'knots.noneTender':
        'Keine Stelle war empfindlich: Deine Pausen wechseln weiter durch alle Bereiche.',
      'knots.changes': 'Seit deiner vorigen Prüfung',
      'knots.change':
        '{spot}: {change, select, eased {gelockert} same {etwa gleich} other {empfindlicher}} ({from, plural, =0 {nicht empfindlich} =1 {etwas empfindlich} other {sehr empfindlich}} → {to, plural, =0 {nicht empfindlich} =1 {etwas empfindlich} other {sehr empfindlich}})',
      'knots.heading': 'Knoten',
      'knots.changesFailed':
        'Die Ergebnisse des Knotenfinders konnten nicht geladen werden: {error}',
      'knots.notChecked': 'Du hast deine Knoten noch nicht geprüft.',
      'knots.checkAgain':
        'Prüf in etwa einer Woche noch einmal, um zu sehen, welche Stellen sich gelockert haben.',
      'knots.eased': 'Seit der vorigen Prüfung gelockert: {spots}.',
      'knots.open': 'Meine Knoten finden …',
    },
    settings: {
      'settings.title': 'Einstellungen',
      'settings.loadFailed': 'Unknot konnte deine Einstellungen nicht laden: {error}',
      'settings.idleUnavailable':
        'Leerlauferkennung nicht verfügbar – Pausen folgen der Uhr: Diese Arbeitsumgebung sagt Unknot nicht, wann du zuletzt getippt oder die Maus bewegt hast, deshalb wird Zeit fern vom Computer nicht bemerkt.',
      'settings.fileProblems':
        'Einige Einstellungen in deiner Einstellungsdatei waren nicht verwendbar und wurden zurückgesetzt:',
      'settings.fileProblem': 'Einstellung {path}: {message}',
      'settings.fileProblemWhole': 'Die Datei: {message}',
      'settings.resetAll': 'Alle Einstellungen auf Standard zurücksetzen',
      'settings.footer':
        'Änderungen gelten, sobald sie gültig sind. Zurücksetzen ändert nie deine Antworten zur Sicherheit.',
      'settings.nav.label': 'Einstellungsseiten',
      'settings.nav.breaks': 'Pausen',
      'settings.nav.workingHours': 'Arbeitszeiten',
      'settings.nav.equipment': 'Ausrüstung',
      'settings.nav.safety': 'Sicherheit',
      'settings.nav.programme': 'Mein Programm',
      'settings.nav.tension': 'Verspannung',
      'settings.nav.sound': 'Töne',
      'settings.nav.shortcuts': 'Tastenkürzel',
      'settings.nav.calendar': 'Start und Woche',
      'settings.nav.appearance': 'Darstellung',
      'settings.nav.data': 'Deine Daten',
      'settings.reset':
        '{section, select, breaks {Pausen auf Standard zurücksetzen} workingHours {Arbeitszeiten auf Standard zurücksetzen} equipment {Ausrüstung und Übungen auf Standard zurücksetzen} sound {Töne auf Standard zurücksetzen} shortcuts {Tastenkürzel auf Standard zurücksetzen} calendar {Start und Woche auf Standard zurücksetzen} other {Darstellung auf Standard zurücksetzen}}',
      'settings.save.label': 'Speicherstatus',
      'settings.save.saved': 'Gespeichert',
      'settings.save.notSaved': 'Nicht gespeichert: {problem}',
      'settings.save.refused':
        'Einige Einstellungen wurden nicht gespeichert: Siehe die Hinweise bei den Feldern.',
      'settings.save.failed': 'Deine Änderung wurde nicht gespeichert: {error}',
      'settings.save.resetDone': 'Auf Standard zurückgesetzt und gespeichert',
      'settings.save.resetFailed': 'Zurücksetzen fehlgeschlagen: {error}',
      'settings.timeFormat':
        '{hours, select, 12 {12-Stunden-Format, zum Beispiel {sample}} other {24-Stunden-Format, zum Beispiel {sample}}}',
      'settings.unit.minutes': 'Minuten',
      'settings.unit.seconds': 'Sekunden',
      'settings.unit.snoozes': 'Mal',

      'settings.breaks.title': 'Pausen',
      'settings.breaks.postureEvery': 'Haltungspause nach so langem Sitzen',
      'settings.breaks.postureEveryHint':
        '20 bis 60 Minuten; alle 20 bis 30 Minuten passt für die meisten',
      'settings.breaks.postureLength': 'Länge der Haltungspause',
      'settings.breaks.postureLengthHint': '30 bis 90 Sekunden',
      'settings.breaks.movementEvery': 'Bewegungspause nach so langem Sitzen',
      'settings.breaks.movementEveryHint': '30 bis 120 Minuten',
      'settings.breaks.movementLength': 'Länge der Bewegungspause',
      'settings.breaks.movementLengthHint': '3 bis 5 Minuten Gehen',
      'settings.breaks.noticeLead': 'So lange vor einer Pause Bescheid geben',
      'settings.breaks.noticeLeadHint': 'Die Vorwarnzeit: 0 bis 300 Sekunden',
      'settings.breaks.natural': 'Zeit fern vom Computer, die als Pause zählt',
      'settings.breaks.naturalHint': 'Eine natürliche Pause: 1 bis 15 Minuten',
      'settings.breaks.typingPause': 'Die Pause zeigen, sobald ich so lange nicht tippe',
      'settings.breaks.typingPauseHint': 'Die Tipppause: 1 bis 10 Sekunden',
      'settings.breaks.grace': 'Wenn ich weitertippe, die Pause trotzdem zeigen nach',
      'settings.breaks.graceHint': 'Die Schonfrist: 0 bis 120 Sekunden',
      'settings.breaks.missedAfter': 'Eine unbeantwortete Pause als verpasst zählen nach',
      'settings.breaks.missedAfterHint': '1 bis 60 Minuten',
      'settings.breaks.snooze': 'Aufschieben um',
      'settings.breaks.snoozeHint': '1 bis 30 Minuten',
      'settings.breaks.snoozeLimit': 'Erlaubtes Aufschieben hintereinander',
      'settings.breaks.snoozeLimitHint': '0 bis 5',
      'settings.breaks.strict': 'Mich keine Pause überspringen lassen',
      'settings.breaks.strictHint':
        'Strenger Modus: keine Schaltfläche zum Überspringen; Aufschieben folgt weiter der Grenze oben.',
      'settings.focus.unknown':
        'Ob Unknot hier deine Anrufe erkennen kann, ließ sich nicht prüfen.',
      'settings.focus.none':
        'Unknot kann auf diesem Computer nicht erkennen, wann du in einem Anruf bist, präsentierst oder „Nicht stören“ an ist, deshalb warten Pausen nicht von selbst darauf.',
      'settings.focus.intro': 'Pausen warten und kommen, wenn es vorbei ist, solange Unknot sieht:',
      'settings.focus.source':
        '{source, select, inhibitor {Anrufe und Präsentationen, die den Bildschirm wach halten} kde {„Nicht stören“ in KDE} gnome {„Nicht stören“ in GNOME} camera {die Kamera in Benutzung} fullscreen {ein Fenster im Vollbild} windows {Präsentationsmodus, Vollbild-Apps und Fokus-Assistent} other {Kamera oder Mikrofon in Benutzung}}',
      'settings.focus.manual':
        '„In einer Besprechung“ im Infobereich und <code>unknot --meeting 60</code> halten Pausen an, wann immer du willst.',

      'settings.hours.title': 'Arbeitszeiten',
      'settings.hours.intro': 'Außerhalb dieser Zeiten bleibt Unknot still.',
      'settings.hours.enabled': 'Pausen nur während der Arbeitszeit vorschlagen',
      'settings.hours.legend': 'Deine Arbeitstage',
      'settings.hours.off':
        'Schalte „Pausen nur während der Arbeitszeit vorschlagen“ ein, um die Zeiten festzulegen.',
      'settings.hours.timeFormat':
        '{hours, select, 12 {Zeiten im 12-Stunden-Format, zum Beispiel {sample}.} other {Zeiten im 24-Stunden-Format, zum Beispiel {sample}.}}',
      'settings.hours.none': 'Keine Arbeitszeit',
      'settings.hours.from': 'Von',
      'settings.hours.to': 'bis',
      'settings.hours.rangeStart': '{day}, Zeitraum {number}, Beginn',
      'settings.hours.rangeEnd': '{day}, Zeitraum {number}, Ende',
      'settings.hours.removeRange': '{day}, Zeitraum {number} entfernen',
      'settings.hours.remove': 'Entfernen',
      'settings.hours.addRange': 'Zeitraum am {day} hinzufügen',

      'settings.equipment.title': 'Ausrüstung und Übungen',
      'settings.equipment.legend': 'Was du hast',
      'settings.equipment.ball': 'Ein fester Ball (Tennis- oder Lacrosseball)',
      'settings.equipment.wall': 'Ein freies Stück Wand',
      'settings.equipment.doorway': 'Eine Türöffnung',
      'settings.equipment.chair': 'Ein stabiler Stuhl',
      'settings.equipment.band': 'Ein elastisches Übungsband',
      'settings.equipment.foamRoller': 'Eine Faszienrolle',
      'settings.equipment.hint': 'Unknot bietet nur Übungen an, für die du die Dinge hast.',
      'settings.equipment.exercises': 'Übungen',
      'settings.equipment.pressureOff':
        '{state, select, unanswered {Aus, bis du die Sicherheitsfragen beantwortest: Druckübungen bleiben aus, bis sie beantwortet sind (siehe Sicherheit).} off {Vorerst aus: Deine Antworten zur Sicherheit haben Druckübungen ausgeschaltet (siehe Sicherheit).} other {Vorerst aus: nur sanfte Bewegung, solange dein Warnzeichen abgeklärt wird (siehe Sicherheit).}}',

      'settings.safety.title': 'Sicherheit',
      'settings.safety.turnOff': 'Druckübungen ausschalten',
      'settings.safety.professional':
        'Mir wurde ärztlich oder physiotherapeutisch gesagt, dass Druckübungen für mich unbedenklich sind',
      'settings.safety.turnOn': 'Druckübungen wieder einschalten',
      'settings.safety.sites':
        'Übungen, die folgende Bereiche belasten, bleiben nach deiner Operation oder Verletzung weg: {sites}. Frag in der Chirurgie oder Physiotherapie nach, welche Dehnungen sicher sind, und schalte sie dann hier wieder ein.',
      'settings.safety.siteName':
        '{site, select, neck {Nacken} shoulder {Schulter oder Arm} chest {Brust} upperBack {oberer Rücken} lowerBack {unterer Rücken} abdomen {Bauch} hip {Hüfte} knee {Knie oder Bein} other {Körperteil}}',
      'settings.safety.siteBack':
        '{site, select, neck {Übungen für den Nacken wieder einschalten} shoulder {Übungen für Schulter oder Arm wieder einschalten} chest {Übungen für die Brust wieder einschalten} upperBack {Übungen für den oberen Rücken wieder einschalten} lowerBack {Übungen für den unteren Rücken wieder einschalten} abdomen {Übungen für den Bauch wieder einschalten} hip {Übungen für die Hüfte wieder einschalten} other {Übungen für Knie oder Bein wieder einschalten}}',
      'settings.safety.askAgain': 'Die Sicherheitsfragen noch einmal beantworten',
      'settings.safety.welcomeAgain': 'Begrüßung und Sicherheitscheck noch einmal durchgehen',
      'settings.safety.warningSigns': 'Warnzeichen',

      'settings.tension.title': 'Verspannung eintragen',
      'settings.sound.title': 'Töne',
      'settings.sound.enabled': 'Einen leisen Ton zum Seitenwechsel spielen',
      'settings.sound.legend': 'Der Ton',
      'settings.sound.off':
        'Schalte „Einen leisen Ton zum Seitenwechsel spielen“ ein, um die Lautstärke einzustellen.',
      'settings.sound.volume': 'Lautstärke',
      'settings.sound.volumeHint': '0 bis 100 %',
      'settings.shortcuts.title': 'Tastenkürzel',
      'settings.shortcuts.intro':
        'Globale Tastenkürzel wirken in jeder App, deshalb sind sie aus, bis du sie einschaltest.',
      'settings.shortcuts.enabled': 'Globale Tastenkürzel verwenden',
      'settings.shortcuts.legend': 'Deine Tastenkürzel',
      'settings.shortcuts.off': 'Schalte „Globale Tastenkürzel verwenden“ ein, um sie aufzunehmen.',
      'settings.shortcuts.breakNow': 'Jetzt Pause machen',
      'settings.shortcuts.pauseHour': 'Eine Stunde anhalten',
      'settings.shortcuts.hint':
        'Hier klicken und die Tasten gleichzeitig drücken. Escape bricht ab, Rücktaste löscht.',
      'settings.keys.name':
        '{key, select, Ctrl {Strg} Shift {Umschalt} Command {Befehl} Option {Wahl} Space {Leertaste} Delete {Entf} Insert {Einfg} Home {Pos1} End {Ende} PageUp {Bild auf} PageDown {Bild ab} Up {Pfeil nach oben} Down {Pfeil nach unten} Left {Pfeil nach links} Right {Pfeil nach rechts} other {{key}}}',
      'settings.shortcuts.none': 'Keins',
      'settings.shortcuts.taken':
        '{keys} wird schon von einer anderen App oder dem System verwendet und tut hier deshalb nichts. Drück eine andere Kombination.',
      'settings.shortcuts.refused':
        'Dieses System nimmt {keys} nicht als Tastenkürzel an. Drück eine andere Kombination.',
      'settings.shortcuts.cancelled': 'Abgebrochen: Das Tastenkürzel bleibt {keys}.',
      'settings.shortcuts.cancelledOff': 'Abgebrochen: Das Tastenkürzel bleibt aus.',
      'settings.shortcuts.noModifier':
        '{os, select, mac {Halte Befehl, Wahl oder Umschalt zusammen mit der Taste: Ein Tastenkürzel ohne sie würde diese Taste jeder App wegnehmen.} other {Halte Strg, Alt oder Umschalt zusammen mit der Taste: Ein Tastenkürzel ohne sie würde diese Taste jeder App wegnehmen.}}',
      'settings.shortcuts.unusableKey':
        '{key} kann nicht Teil eines Tastenkürzels sein. Nimm einen Buchstaben, eine Ziffer oder F1 bis F24.',
      'settings.calendar.title': 'Start und Woche',
      'settings.calendar.launch': 'Unknot beim Anmelden starten',
      'settings.calendar.weekStart': 'Wochen beginnen am',
      'settings.calendar.systemWeek': 'Wie mein System es sagt',
      'settings.calendar.summary': 'Eine Wochenübersicht zeigen',
      'settings.calendar.summaryLegend': 'Wann die Übersicht erscheint',
      'settings.calendar.summaryOff':
        'Schalte „Eine Wochenübersicht zeigen“ ein, um zu wählen, wann sie erscheint.',
      'settings.calendar.summaryDay': 'Tag der Übersicht',
      'settings.calendar.summaryTime': 'Uhrzeit der Übersicht',
      'settings.appearance.title': 'Darstellung',
      'settings.appearance.theme': 'Farbschema',
      'settings.appearance.system': 'Wie das System',
      'settings.appearance.light': 'Hell',
      'settings.appearance.dark': 'Dunkel',
      'settings.appearance.dim': 'Andere Bildschirme während einer Pause abdunkeln',
      'settings.appearance.dimHint':
        'Bei mehreren Monitoren erscheint die Pause auf dem mit dem Mauszeiger.',
      'settings.release.legend': 'Tägliche Lockerungseinheit',
      'settings.release.about':
        'Einmal am Tag 3–5 Minuten Halten auf dem Ball oder der Rolle bei erträglichen 5–7 von 10, mit einer Dehnung. Sie kommt nur, wenn deine Sicherheitsantworten Druck erlauben. Überspring sie, wann immer du willst.',
      'settings.release.enabled': 'Eine tägliche Lockerungseinheit anbieten',
      'settings.release.when': 'Wann',
      'settings.release.endOfHours': 'Am Ende der Arbeitszeit',
      'settings.release.atTime': 'Zu einer festen Uhrzeit',
      'settings.release.time': 'Uhrzeit',

      'settings.data.title': 'Deine Daten',
      'settings.data.intro': 'Einstellungen und Verlauf bleiben auf diesem Computer.',
      'settings.data.folder': 'Ordner: <code>{folder}</code>',
      'settings.data.open': 'Datenordner öffnen',
      'settings.data.exportCsv': 'Verlauf als CSV exportieren',
      'settings.data.exportJson': 'Verlauf als JSON exportieren',
      'settings.data.opened': '{path} geöffnet.',
      'settings.data.openFailed': 'Der Ordner ließ sich nicht öffnen: {error}',
      'settings.data.exported':
        '{rows, plural, one {# Zeile in {path} gespeichert.} other {# Zeilen in {path} gespeichert.}}',
      'settings.data.cancelled': 'Export abgebrochen.',
      'settings.data.exportFailed': 'Der Verlauf wurde nicht exportiert: {error}',
      'settings.data.problemsUnknown':
        'Ob es Probleme mit deinen Daten gibt, ließ sich nicht prüfen.',
      'settings.data.noProblems': 'Keine Probleme mit deinen Daten.',
      'settings.data.problems':
        '{count, plural, one {Ein Problem mit deinen Daten} other {Probleme mit deinen Daten}}',
      'settings.data.dismiss': 'Ausblenden',
      // settings-words: the time field's own controls
      'settings.time.hour': 'Stunde',
      'settings.time.minute': 'Minute',
      'settings.time.dayPeriod': 'Vormittag oder Nachmittag',
      'settings.time.unset': '––',
      'settings.focus.legend': 'Anrufe, Präsentationen und „Nicht stören“',
      'settings.focus.dnd': 'Während „Nicht stören“ an ist',
      'settings.focus.dndHold': 'Die Pause warten lassen, bis es aus ist',
      'settings.focus.dndQuiet': 'Sie mit einem stillen Hinweis kommen lassen',
      'settings.focus.dndHint':
        'Bei „Nicht stören“: Zurückhalten oder stiller Hinweis; ein stiller Hinweis und seine Pause kommen ohne Ton',
      'settings.focus.maxHold': 'Eine Pause wartet höchstens',
      'settings.focus.maxHoldHint':
        'Die längste Wartezeit: {min} bis {max} Minuten; danach kommt die Pause trotzdem, ohne Ton',
      'settings.focus.standing': 'Stehzeit, bis ich wieder als sitzend zähle',
      'settings.focus.standingHint': 'Wie lange „Ich stehe“ gilt: {min} bis {max} Minuten',
    },
    'settings-programme': {
      'settings.programme.title': 'Mein Programm',
      'settings.programme.intro':
        'Lass Unknot die Übungen abwechseln, oder mach bei jeder Pause dieselben {min} bis {max}, zum Beispiel die Übungen, die dir eine Physiotherapeutin oder ein Physiotherapeut gegeben hat.',
      'settings.programme.legend': 'Bei jeder Pause',
      'settings.programme.rotation': 'Die Übungen abwechseln',
      'settings.programme.fixed': 'Mein Programm machen',
      'settings.programme.fixedHint':
        'Wähle zuerst unten mindestens {min} Übungen. Die Antworten zur Sicherheit gelten weiter: Eine Übung, die sie ausschließen, bleibt weg, und hier steht, warum.',
      'settings.programme.list': 'Dein Programm',
      'settings.programme.empty': 'Noch keine Übungen gewählt.',
      'settings.programme.leftOut':
        '{reason, select, protective {bleibt weg, solange die Pausen nach einem Warnzeichen sanft bleiben} pressure {bleibt weg: Druck bleibt aus, bis der Sicherheitscheck ihn erlaubt} condition {bleibt weg wegen deiner Antworten zur Sicherheit} operationSite {bleibt weg: Sie belastet die Stelle deiner Operation oder Verletzung} equipment {bleibt weg: Sie braucht Ausrüstung, die du nicht angekreuzt hast} pressureToday {bleibt weg: höchstens {perDay} Druckübungen am Tag} pressureSession {bleibt weg: höchstens {minutes} Minuten Druck in einer Pause} other {bleibt weg: Diese Übung gibt es nicht mehr}}',
      'settings.programme.up': 'Hoch',
      'settings.programme.down': 'Runter',
      'settings.programme.remove': 'Entfernen',
      'settings.programme.moveUp': '{name} nach oben schieben',
      'settings.programme.moveDown': '{name} nach unten schieben',
      'settings.programme.removeNamed': '{name} entfernen',
      'settings.programme.toAdd': 'Übung zum Hinzufügen',
      'settings.programme.choose': 'Eine Übung wählen',
      'settings.programme.add': 'Zum Programm hinzufügen',
      'settings.programme.full': 'Ein Programm hat höchstens {max} Übungen.',
      'settings.programme.own': 'Deine eigenen Übungen',
      'settings.programme.ownEmpty': 'Noch keine.',
      'settings.programme.delete': 'Löschen',
      'settings.programme.deleteNamed': '{name} löschen',
      'settings.programme.saidMoved': '{name} ist jetzt Nummer {position}.',
      'settings.programme.saidRemoved': '{name} aus dem Programm entfernt.',
      'settings.programme.saidAdded': '{name} hinzugefügt.',
      'settings.programme.saidDeleted': '{name} gelöscht.',
      'settings.programme.saidRotation': 'Abwechseln ist an.',
      'settings.programme.saidFixed': 'Dein Programm ist an.',

      'settings.own.legend': 'Eigene Übung hinzufügen',
      'settings.own.name': 'Name',
      'settings.own.steps': 'Schritte, einer pro Zeile',
      'settings.own.kind': 'Art',
      'settings.own.kindOption':
        '{kind, select, stretch {Dehnen} strength {Kraft oder Ausdauer} movement {Bewegung} other {Druck auf einem Ball}}',
      'settings.own.area': 'Körperbereich',
      'settings.own.areaOption':
        '{area, select, upperBack {oberer Rücken} hips {Hüften} chest {Brust} glutes {Gesäß} neck {Nacken} lowerBack {unterer Rücken} legs {Beine} forearms {Unterarme} shoulders {Schultern} other {ganzer Körper}}',
      'settings.own.sides': 'Seiten',
      'settings.own.sidesOne': 'Eine (oder die Mitte)',
      'settings.own.sidesBoth': 'Beide, erst links, dann rechts',
      'settings.own.dose': 'Dosis',
      'settings.own.doseHold': 'Sekunden halten',
      'settings.own.doseRepetitions': 'Wiederholungen',
      'settings.own.amount':
        '{unit, select, seconds {Sekunden ({min}–{max})} other {Wiederholungen ({min}–{max})}}',
      'settings.own.choosePicture': 'Ein Bild wählen (freiwillig)',
      'settings.own.chooseAnother': 'Ein anderes Bild wählen',
      'settings.own.pictureAdded': 'Bild hinzugefügt.',
      'settings.own.add': 'Übung hinzufügen',

      'settings.programmeFile.legend': 'Programmdatei',
      'settings.programmeFile.hint':
        'Eine JSON-Datei mit deinem Programm, deinen eigenen Übungen und ihren Bildern.',
      'settings.programmeFile.export': 'Programm exportieren …',
      'settings.programmeFile.import': 'Programm importieren …',
      'settings.programmeFile.saved': 'In {path} gespeichert.',
      'settings.programmeFile.savedLeftOut':
        'In {path} gespeichert. Fehlende Bilder, weggelassen: {pictures}.',
      'settings.programmeFile.unchanged': 'Nichts wurde geändert. {error}',
      'settings.programmeFile.imported':
        '{count, plural, one {Das Programm und # eigene Übung importiert.} other {Das Programm und # eigene Übungen importiert.}}',

      // Editing an own exercise in place.
      'settings.own.editLegend': '{name} bearbeiten',
      'settings.own.saveChanges': 'Änderungen speichern',
      'settings.own.cancel': 'Abbrechen',
      'settings.programme.edit': 'Bearbeiten',
      'settings.programme.editNamed': '{name} bearbeiten',
      'settings.programme.saidSaved': '{name} gespeichert.',
    },
    'settings-errors': {
      'settings.error.invalid': 'Dieser Wert kann nicht verwendet werden',
      'settings.error.notObject': 'Die Einstellungen waren keine Liste benannter Werte',
      'settings.error.unknownVersion':
        'Unbekannte Einstellungsversion {version}; als Version 1 gelesen',
      'settings.error.newerVersion':
        'Diese Einstellungen stammen aus einem neueren Unknot (Version {version}); eine Kopie wurde aufbewahrt, und Einstellungen, die diese Version nicht kennt, werden nicht beachtet',
      'settings.error.time': 'Gib eine vollständige Uhrzeit ein, Stunden und Minuten',
      'settings.error.endBeforeStart': 'Das Ende muss nach dem Beginn liegen',
      'settings.error.rangesPerDay':
        '{max, plural, one {Höchstens # Zeitraum am Tag} other {Höchstens # Zeiträume am Tag}}',
      'settings.error.rangesOverlap': 'Die Zeiträume eines Tages dürfen sich nicht überschneiden',
      'settings.error.characters':
        '{max, plural, one {Höchstens # Zeichen} other {Höchstens # Zeichen}}',
      'settings.error.shortcutForm':
        'Nimm eine oder mehrere Sondertasten und eine Taste, etwa CommandOrControl+Alt+B',
      'settings.error.shortcutTaken': 'Schon belegt für „{action}“',
      'settings.error.minutes.number': 'Gib eine Anzahl Minuten ein',
      'settings.error.minutes.whole': 'Nimm ganze Minuten',
      'settings.error.minutes.atLeast':
        '{min, plural, one {Mindestens # Minute} other {Mindestens # Minuten}}',
      'settings.error.minutes.atMost':
        '{max, plural, one {Höchstens # Minute} other {Höchstens # Minuten}}',
      'settings.error.seconds.number': 'Gib eine Anzahl Sekunden ein',
      'settings.error.seconds.whole': 'Nimm ganze Sekunden',
      'settings.error.seconds.atLeast':
        '{min, plural, one {Mindestens # Sekunde} other {Mindestens # Sekunden}}',
      'settings.error.seconds.atMost':
        '{max, plural, one {Höchstens # Sekunde} other {Höchstens # Sekunden}}',
      'settings.error.snoozes.number': 'Gib eine Anzahl Aufschübe ein',
      'settings.error.snoozes.whole': 'Nimm eine ganze Zahl von Aufschüben',
      'settings.error.snoozes.atLeast':
        '{min, plural, one {Mindestens # Aufschub} other {Mindestens # Aufschübe}}',
      'settings.error.snoozes.atMost':
        '{max, plural, one {Höchstens # Aufschub} other {Höchstens # Aufschübe}}',
      'settings.error.keepOneExercise': 'Lass mindestens eine Übung eingeschaltet',
      'settings.error.exerciseLevels': 'Höchstens {max} Übungsstufen',
      'settings.error.volumeNumber': 'Gib eine Lautstärke von 0 bis 100 % ein',
      'settings.error.volumeRange': 'Nimm eine Lautstärke von 0 bis 100 %',
      'settings.error.date': 'Nimm ein Datum wie 2026-11-23',
      'settings.error.dayMarks': 'Höchstens {max} markierte Tage',
      'settings.error.programmeLength': 'Höchstens {max} Übungen im Programm',
      'settings.error.ownCount': 'Höchstens {max} eigene Übungen',
      'settings.error.ownSameId': 'Zwei eigene Übungen haben dieselbe Kennung',
      'settings.error.programmeTwice': 'Eine Übung steht zweimal im Programm',
      'settings.error.programmeUnknown':
        'Das Programm nennt eine Übung, die es nicht gibt: {exercise}',
      'settings.error.programmeSize': 'Wähle {min} bis {max} Übungen für ein festes Programm',
      'settings.error.repetitions.number': 'Gib eine Anzahl Wiederholungen ein',
      'settings.error.repetitions.whole': 'Nimm ganze Wiederholungen',
      'settings.error.ownId': 'Keine Kennung einer eigenen Übung',
      'settings.error.ownName': 'Gib der Übung einen Namen',
      'settings.error.stepEmpty': 'Ein Schritt darf nicht leer sein',
      'settings.error.stepsMin': 'Füge mindestens einen Schritt hinzu',
      'settings.error.stepsMax': 'Höchstens {max} Schritte',
      'settings.error.sides': 'Wähle eine Seite oder beide Seiten',
      'settings.error.kind': 'Wähle, welche Art Übung es ist',
      'settings.error.area': 'Wähle den Körperbereich, den sie trainiert',
      'settings.error.pressureHeld':
        'Druck auf einen Ball wird sekundenlang gehalten, nicht wiederholt',
      'settings.error.doseRange':
        '{unit, select, seconds {Nimm {min} bis {max} Sekunden für diese Art Übung} other {Nimm {min} bis {max} Wiederholungen für diese Art Übung}}',
      'settings.error.picture': 'Kein gespeichertes Bild',
      'settings.error.embeddedTooLarge': 'Das Bild ist größer als 2 MB',
      'settings.error.embeddedNotBase64': 'Das Bild ist nicht als Base64-Text gespeichert',
    },
    release: {
      'release.noticeTitle': 'Deine {minutes}-minütige Lösungsrunde ist geöffnet',
      'release.noticeBody':
        'Druck mit Ball oder Rolle bei erträglichen 5–7 von 10. Überspring sie, wenn heute nicht der Tag ist.',
    },
    advice: {
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
      'advice.sameAreas':
        'Bewerte jede Woche dieselben Bereiche, damit Unknot sie vergleichen kann.',
      'advice.fewCareDays':
        'In diesen zwei Wochen gab es nur wenige Tage mit Pausen, daher sagt der Verlauf noch wenig. Pausen an {days} oder mehr Tagen pro Woche ergeben ein faires Bild.',
      'advice.lower':
        'Deine Verspannung ist geringer als vor zwei Wochen. Mach in einem Tempo weiter, das zu dir passt.',
      'advice.lowSteady': 'Deine Verspannung ist gering und gleichbleibend. Mach weiter so.',
      'advice.worseAfterCare':
        'Deine Verspannung ist über zwei Wochen mit regelmäßigen Pausen gestiegen. Es wäre gut, sie von einer Ärztin, einem Arzt oder in der Physiotherapie ansehen zu lassen.',
      'advice.sameAfterCare':
        'Deine Verspannung ist nach zwei Wochen mit regelmäßigen Pausen etwa gleich geblieben. Das kommt vor, und eine Ärztin, ein Arzt oder die Physiotherapie kann vorschlagen, was sonst helfen könnte.',
    },
    data: {
      'data.cause.diskFull': 'die Festplatte ist voll',
      'data.cause.notAllowed': 'Unknot darf diese Datei oder diesen Ordner nicht benutzen',
      'data.cause.readOnly': 'die Festplatte ist schreibgeschützt',
      'data.cause.busy': 'ein anderes Programm benutzt die Datei',
      'data.cause.missing': 'die Datei oder der Ordner fehlt',
      'data.cause.tooManyFiles': 'zu viele Dateien sind gleichzeitig geöffnet',
      'data.cause.wrongKind':
        'an der Stelle der Datei steht ein Ordner, oder an der Stelle des Ordners eine Datei',
      'data.cause.io':
        'die Festplatte konnte nicht gelesen oder beschrieben werden (ein Hardware- oder Verbindungsfehler)',
      'data.cause.timedOut': 'die Antwort hat zu lange gedauert',
      'data.cause.connection': 'die Verbindung wurde abgelehnt oder ist abgebrochen',
      'data.cause.code': 'ein unerwarteter Fehler ({code})',
      'data.cause.unknown': 'ein unerwarteter Fehler',

      'data.reason.notJson': 'sie ist kein gültiges JSON',
      'data.reason.notObject': 'sie ist kein Objekt',
      'data.reason.newer': 'sie stammt von einem neueren Unknot (Schema {version})',
      'data.reason.unknownVersion': 'ihre Schemaversion ist unbekannt',
      'data.reason.notList': 'ihre Einträge sind keine Liste',
      'data.reason.badShape': 'ihr Inhalt ist nicht so, wie Unknot ihn erwartet',

      'data.kept.file':
        'Nichts wurde gelöscht: Die ursprünglichen Bytes bleiben in der oben genannten Datei.',
      'data.action.folder':
        'Sieh in {folder} nach; stelle die Datei aus einer Sicherung wieder her oder lass sie, wie sie ist.',
      'data.action.none': 'Du musst nichts tun.',

      'data.settings.setAside':
        'Die Einstellungsdatei konnte nicht gelesen werden ({reason}); sie wurde nach {file} verschoben, und die Standardeinstellungen gelten.',
      'data.settings.repaired':
        'Ein Teil deiner Einstellungsdatei war so nicht verwendbar; die Liste oben in den Einstellungen sagt, was geändert wurde.',
      'data.settings.saveFailed':
        'Deine Einstellungen konnten nicht in {file} gespeichert werden ({cause}).',
      'data.settings.saveKept':
        'Die zuvor gespeicherten Einstellungen gelten weiter; die Änderung wurde nicht übernommen.',
      'data.settings.saveAction':
        'Mach den Datenordner beschreibbar (oder schaffe Platz auf der Festplatte) und speichere dann noch einmal.',
      'data.engine.setAside':
        'Der Zustand der Pausensteuerung war nicht verwendbar ({reason}); er wurde nach {file} verschoben, und Pause und Aufschub beginnen neu.',
      'data.engine.kept':
        'Dein Verlauf ist nicht betroffen; nur Pause und Aufschub haben neu begonnen.',
      'data.tension.setAside':
        'Die Verspannungsdatei konnte nicht gelesen werden ({reason}); sie wurde nach {file} verschoben.',
      'data.tension.skipped':
        '{count, plural, one {# Verspannungs-Check-in konnte nicht gelesen werden und wurde übersprungen.} other {# Verspannungs-Check-ins konnten nicht gelesen werden und wurden übersprungen.}}',
      'data.tension.skippedKept':
        'Sie bleiben in tension.json, bis der nächste Check-in gespeichert wird.',
      'data.knots.setAside':
        'Die Datei des Knotenfinders konnte nicht gelesen werden ({reason}); sie wurde nach {file} verschoben.',
      'data.knots.skipped':
        '{count, plural, one {# Knotenprüfung konnte nicht gelesen werden und wurde übersprungen.} other {# Knotenprüfungen konnten nicht gelesen werden und wurden übersprungen.}}',
      'data.knots.skippedKept': 'Sie bleiben in knots.json.',

      'data.log.saveFailed':
        'Deine letzte Pause konnte nicht in {file} gespeichert werden ({cause}). Unknot behält sie im Speicher und sichert sie, sobald die Festplatte es zulässt; die Pausen gehen wie gewohnt weiter. Prüfe den freien Platz und die Rechte des Datenordners.',
      'data.log.readFailed':
        'Die Verlaufsdatei für {month} konnte nicht gelesen werden ({cause}). Sie bleibt, wie sie ist; dieser Monat fehlt in der Übersicht, bis sie gelesen werden kann.',
      'data.log.setAside':
        'Die Verlaufsdatei für {month} konnte nicht gelesen werden ({reason}). Sie wurde nach {file} verschoben, damit nichts darin verloren geht; Pausen aus diesem Monat fehlen in der Übersicht. Der Rest deines Verlaufs ist unversehrt.',
      'data.log.torn':
        'Die letzte Zeile der Verlaufsdatei für {month} wurde abgeschnitten (Unknot wurde beim Schreiben beendet). Ihre Bytes wurden nach {file} verschoben; alles davor ist unversehrt.',
      'data.log.damagedLines':
        '{count, plural, one {# Zeile der Verlaufsdatei für {month} konnte nicht gelesen werden (Zeile {lines}); sie bleibt in der Datei und wird übersprungen.} other {# Zeilen der Verlaufsdatei für {month} konnten nicht gelesen werden (Zeilen {lines}); sie bleiben in der Datei und werden übersprungen.}}',

      'data.write.log': 'Eine Pause oder Sitzzeit konnte nicht gespeichert werden: {cause}.',
      'data.write.engineState':
        'Der Pausen- und Aufschubzustand konnte nicht gespeichert werden: {cause}.',
      'data.write.kept':
        'Im Speicher behalten ({count} warten) und alle paar Minuten erneut versucht, solange Unknot läuft.',
      'data.write.action':
        'Schaffe Platz auf der Festplatte oder mach den Datenordner beschreibbar; wenn du Unknot jetzt beendest, geht verloren, was wartet.',
      'data.effect.failed':
        'Unknot konnte {effect, select, notice {die Pausenmitteilung nicht zeigen} openBreak {das Pausenfenster nicht öffnen} focusBreak {das Pausenfenster nicht nach vorn holen} closeBreak {das Pausenfenster nicht schließen} appendLog {eine Pause nicht speichern} recordBout {die Sitzzeit nicht speichern} persist {den Pausenzustand nicht speichern} naturalBreak {eine natürliche Pause nicht vermerken} held {eine gehaltene Pause nicht vermerken} other {einen Schritt der Pause nicht ausführen}} ({cause}).',
      'data.effect.kept':
        'Die Pausen gehen weiter; das Ergebnis dieser Pause wird trotzdem erfasst.',
      'data.effect.action': 'Wenn das wieder passiert, starte Unknot neu.',

      'data.picture.tooLarge':
        'Das Bild ist {megabytes, number, ::.0} MB groß; nimm eines mit höchstens 2 MB',
      'data.picture.notPicture': 'Nimm ein PNG-, JPEG- oder WebP-Bild',
      'data.picture.unreadable': 'Das Bild konnte nicht gelesen werden ({cause})',

      'data.userData.title': 'Unknot kann nicht starten',
      'data.userData.problem':
        'Unknot speichert seine Einstellungen und den Verlauf in\n  {folder}\nkann dort aber nicht schreiben ({cause}).',
      'data.userData.fixWindows':
        'Prüfe, ob dein Konto in diesen Ordner schreiben darf (Eigenschaften › Sicherheit).',
      'data.userData.fixSudo':
        'Das kommt meist davon, dass Unknot mit sudo gestartet wurde. Gib dir den Ordner zurück:\n  sudo chown -R "$USER" "{folder}"',
      'data.userData.otherFolder':
        'Oder starte Unknot mit einem Ordner deiner Wahl: UNKNOT_USER_DATA=/ein/ordner unknot',

      'data.programme.notJson': 'Die Datei ist kein JSON.',
      'data.programme.notProgramme': 'Das ist keine Unknot-Programmdatei.',
      'data.programme.version':
        'Diese Programmdatei hat die Version {version}; dieses Unknot liest Version {supported}.',
      'data.programme.field': 'Das Feld „{field}“ ist ungültig: {problem}.',
      'data.programme.tooLarge': 'Die Datei ist zu groß für eine Unknot-Programmdatei.',
      'data.programme.unreadable': 'Die Datei konnte nicht gelesen werden ({cause}).',
      'data.programme.unusable': 'Das Programm ist nicht verwendbar ({field}): {problem}.',
      'data.cause.unreadAtStart':
        'Unknot konnte seine Datei beim Start nicht lesen und schreibt nicht über eine Datei, die es nicht lesen konnte',
      'data.action.unreadable':
        'Mach {file} für dein Benutzerkonto lesbar oder räume weg, was an seiner Stelle steht; starte Unknot dann neu.',
      'data.settings.unreadable':
        'Die Einstellungsdatei {file} konnte nicht gelesen werden ({cause}); die Standardeinstellungen gelten.',
      'data.settings.unreadableKept':
        'Die Datei bleibt, wie sie ist. Was du jetzt änderst, gilt, bis du Unknot beendest, wird aber nicht gespeichert, damit es die Datei nicht überschreibt.',
      'data.engine.unreadable':
        'Der Zustand von Pause und Aufschub in {file} konnte nicht gelesen werden ({cause}); Unknot hat ohne ihn begonnen.',
      'data.engine.unreadableKept':
        'Die Datei bleibt, wie sie ist, und wird erst geschrieben, wenn Unknot sie nach einem Neustart lesen kann. Dein Verlauf ist nicht betroffen.',
      'data.tension.unreadable':
        'Die Verspannungsdatei {file} konnte nicht gelesen werden ({cause}).',
      'data.tension.unreadableKept':
        'Die Datei bleibt, wie sie ist. Neue Check-ins können erst gespeichert werden, wenn Unknot sie nach einem Neustart lesen kann.',
      'data.knots.unreadable':
        'Die Datei des Knotenfinders {file} konnte nicht gelesen werden ({cause}).',
      'data.knots.unreadableKept':
        'Die Datei bleibt, wie sie ist. Neue Knotenprüfungen können erst gespeichert werden, wenn Unknot sie nach einem Neustart lesen kann.',
      'data.log.folderUnreadable':
        'Der Verlaufsordner {folder} konnte nicht gelesen werden ({cause}). Die Pausen gehen weiter; ihre Ergebnisse bleiben im Speicher und werden gesichert, sobald der Ordner gelesen werden kann.',
      'data.log.folderKept':
        'Darin wurde nichts geändert oder gelöscht. Wenn du Unknot vorher beendest, gehen die Ergebnisse im Speicher verloren.',
      'data.log.folderAction':
        'Mach {folder} zu einem Ordner, den dein Benutzerkonto lesen kann (räume eine Datei weg, die an seiner Stelle steht); Unknot sichert dann ohne Neustart, was wartet.',
    },
  },
  /**
   * Deutsch: the catalogue’s sentences (exercises, safety and warning-sign texts, knot
   * finder), keyed by their English. Not yet checked by a fluent reader (see the README).
   */
  catalogue: {
    'Ball between shoulder blade and wall': 'Ball zwischen Schulterblatt und Wand',
    'Stand with your back to a wall, feet a small step away from it.':
      'Stell dich mit dem Rücken zur Wand, die Füße einen kleinen Schritt davon entfernt.',
    'Put a firm ball between the wall and the muscle over your {side} shoulder blade, not on the spine.':
      'Leg einen festen Ball zwischen die Wand und den Muskel über deinem {side, select, left {linken} other {rechten}} Schulterblatt, nicht auf die Wirbelsäule.',
    'Lean back until the pressure is about 5–7 out of 10.':
      'Lehn dich zurück, bis der Druck etwa 5–7 von 10 beträgt.',
    'Hold still on the tender spot and breathe slowly; ease off early if it softens.':
      'Bleib ruhig auf der empfindlichen Stelle und atme langsam; lass früher nach, wenn sie weicher wird.',
    'A strong, dull "good pain" of about 5–7 out of 10 that eases as you hold. Back off if you wince.':
      'Ein kräftiger, dumpfer „guter Schmerz“ von etwa 5–7 von 10, der beim Halten nachlässt. Lass nach, wenn du zusammenzuckst.',
    'Numbness or tingling': 'Taubheit oder Kribbeln',
    'Sharp or shooting pain': 'Stechender oder einschießender Schmerz',
    Dizziness: 'Schwindel',
    'The ball slides onto your spine: move it back onto the muscle':
      'Der Ball rutscht auf die Wirbelsäule: Schieb ihn zurück auf den Muskel',
    'Holding a tender spot 30 s–1 min at a tolerable 5–7/10 is the usual dose (Gemmell et al. 2008, who found no difference against sham, so it supports the dose, not an effect); pressure tolerance improves but pain does not clearly (Lu et al. 2022), so the evidence is weak.':
      'Eine empfindliche Stelle 30 s–1 min bei erträglichen 5–7/10 zu halten, ist die übliche Dosis (Gemmell et al. 2008, die keinen Unterschied zu einer Scheinbehandlung fanden – das stützt also die Dosis, nicht eine Wirkung); die Druckverträglichkeit bessert sich, der Schmerz aber nicht eindeutig (Lu et al. 2022), die Evidenz ist also schwach.',
    'Side view: a person leans back against a wall, a ball between the middle of one shoulder blade and the wall.':
      'Seitenansicht: Eine Person lehnt sich mit dem Rücken an eine Wand, ein Ball zwischen der Mitte eines Schulterblatts und der Wand.',
    'Lean in less, to about 4 out of 10, or use a softer ball.':
      'Lehn dich weniger hinein, auf etwa 4 von 10, oder nimm einen weicheren Ball.',
    'Lean in a little more, never past 7 out of 10.':
      'Lehn dich etwas mehr hinein, aber nie über 7 von 10.',
    'Ball along the inner edge of the shoulder blade': 'Ball am inneren Rand des Schulterblatts',
    'Stand with your back to a wall and cross your arms over your chest to spread your shoulder blades.':
      'Stell dich mit dem Rücken zur Wand und verschränke die Arme vor der Brust, damit sich die Schulterblätter spreizen.',
    'Place the ball beside the inner edge of your {side} shoulder blade, a finger-width off the spine.':
      'Leg den Ball neben den inneren Rand deines {side, select, left {linken} other {rechten}} Schulterblatts, eine Fingerbreite neben der Wirbelsäule.',
    'Bend your knees slightly to move the ball slowly until you find a tender spot.':
      'Beuge die Knie leicht, um den Ball langsam zu bewegen, bis du eine empfindliche Stelle findest.',
    'Stop there and lean in to about 5–7 out of 10; hold and breathe.':
      'Bleib dort und lehn dich hinein, bis etwa 5–7 von 10; halte und atme.',
    'Pressure on the spine itself: keep the ball on the muscle beside it':
      'Druck auf die Wirbelsäule selbst: Halte den Ball auf dem Muskel daneben',
    'Back view, through the wall: arms crossed over the chest, a ball beside the inner edge of one shoulder blade, off the spine.':
      'Rückenansicht, durch die Wand gesehen: Arme vor der Brust verschränkt, ein Ball neben dem inneren Rand eines Schulterblatts, neben der Wirbelsäule.',
    'Foam roller between upper back and wall': 'Faszienrolle zwischen oberem Rücken und Wand',
    'Hold a foam roller across your upper back, level with your shoulder blades, and lean it against a wall.':
      'Halte eine Faszienrolle quer über deinen oberen Rücken, auf Höhe der Schulterblätter, und lehne sie an eine Wand.',
    'Step your feet a little forward and lean back into it, arms crossed over your chest.':
      'Setz die Füße etwas nach vorn und lehn dich zurück in die Rolle, die Arme vor der Brust verschränkt.',
    'Bend your knees slowly to find a tender band of muscle, then hold still there at about 5–7 out of 10.':
      'Beuge langsam die Knie, um einen empfindlichen Muskelstrang zu finden, und halte dort still bei etwa 5–7 von 10.',
    'Keep it on the muscle of the upper back, off the spine’s bony points, never on the lower back or the neck.':
      'Halte sie auf der Muskulatur des oberen Rückens, weg von den knöchernen Punkten der Wirbelsäule, nie am unteren Rücken oder am Nacken.',
    'Pressure on the lower back or the neck: move the roller':
      'Druck auf den unteren Rücken oder den Nacken: Versetze die Rolle',
    'Static pressure on a foam roller for 90 s raised pressure tolerance on the calf within the group, without a difference between groups (Wilke et al. 2018); rolling sets of 30–120 s are usual (Konrad et al. 2022): the evidence for pain is weak.':
      'Anhaltender Druck auf einer Faszienrolle für 90 s erhöhte die Druckverträglichkeit der Wade innerhalb der Gruppe, ohne Unterschied zwischen den Gruppen (Wilke et al. 2018); Rollsätze von 30–120 s sind üblich (Konrad et al. 2022): Die Evidenz für Schmerz ist schwach.',
    'Side view: a person leans back against a foam roller held between the upper back and a wall, knees bent.':
      'Seitenansicht: Eine Person lehnt sich zurück gegen eine Faszienrolle zwischen oberem Rücken und Wand, die Knie gebeugt.',
    'Stand closer to the wall so you lean in less.':
      'Stell dich näher an die Wand, dann lehnst du dich weniger hinein.',
    'Step further out, never past 7 out of 10.':
      'Geh einen Schritt weiter weg, aber nie über 7 von 10.',
    'Upper-back extension over the chair back': 'Streckung des oberen Rückens über die Stuhllehne',
    'Sit back in a chair whose backrest ends around your shoulder blades.':
      'Setz dich weit hinten auf einen Stuhl, dessen Rückenlehne etwa auf Höhe deiner Schulterblätter endet.',
    'Rest your hands lightly behind your head, elbows wide.':
      'Leg die Hände locker hinter den Kopf, die Ellbogen weit geöffnet.',
    'Lean back over the top of the backrest, arching your upper back, not your lower back.':
      'Lehn dich über die Oberkante der Rückenlehne zurück und streck dabei den oberen Rücken, nicht den unteren.',
    'Hold gently and breathe; keep your neck relaxed.':
      'Halte sanft und atme; lass den Nacken locker.',
    'A gentle opening of the upper back and chest, no pinching in the lower back.':
      'Eine sanfte Öffnung von oberem Rücken und Brust, kein Einklemmen im unteren Rücken.',
    'Pinching or pain in the lower back': 'Einklemmen oder Schmerz im unteren Rücken',
    'Active breaks with a change of posture reduce discomfort (Waongenngarm et al. 2018, moderate evidence); no trial tested this particular move, so for it the evidence is weak.':
      'Aktive Pausen mit Haltungswechsel verringern Beschwerden (Waongenngarm et al. 2018, mäßige Evidenz); keine Studie hat genau diese Übung getestet, für sie ist die Evidenz also schwach.',
    'Side view: a person sits with hands behind the head and leans the upper back over the top of the backrest.':
      'Seitenansicht: Eine Person sitzt mit den Händen hinter dem Kopf und lehnt den oberen Rücken über die Oberkante der Rückenlehne.',
    'Seated upper-back rotation': 'Drehung des oberen Rückens im Sitzen',
    'Sit tall near the front of the chair, feet flat and hip-width apart.':
      'Setz dich aufrecht vorn auf den Stuhl, die Füße flach und hüftbreit auseinander.',
    'Cross your arms over your chest, hands on the opposite shoulders.':
      'Verschränke die Arme vor der Brust, die Hände auf den gegenüberliegenden Schultern.',
    'Keeping your hips still, turn your chest toward the {side} as far as is comfortable.':
      'Halte die Hüften still und dreh den Oberkörper nach {side}, so weit es angenehm ist.',
    'Hold, breathing slowly, then come back to the middle.':
      'Halte die Position, atme langsam und komm dann zurück zur Mitte.',
    'A mild stretch around the middle of the back and the ribs.':
      'Eine leichte Dehnung um die Mitte des Rückens und die Rippen.',
    'Pain in the lower back': 'Schmerz im unteren Rücken',
    'Active breaks with a change of posture ease discomfort (Waongenngarm et al. 2018, moderate evidence) and 10–30 s holds to mild tightness are the standard dose (ACSM 2021); no trial tested this move at a desk, so the evidence for it is weak.':
      'Aktive Pausen mit Haltungswechsel lindern Beschwerden (Waongenngarm et al. 2018, mäßige Evidenz), und 10–30 s Halten bis zu einem leichten Spannungsgefühl ist die übliche Dosis (ACSM 2021); keine Studie hat diese Übung am Schreibtisch getestet, die Evidenz für sie ist also schwach.',
    'Front view: a seated person with arms crossed over the chest turns the chest to one side, hips still.':
      'Vorderansicht: Eine sitzende Person mit vor der Brust verschränkten Armen dreht den Oberkörper zu einer Seite, die Hüften bleiben still.',
    'Shoulder-blade squeeze': 'Schulterblätter zusammenziehen',
    'Sit or stand tall, elbows bent at your sides.':
      'Sitz oder steh aufrecht, die Ellbogen seitlich am Körper gebeugt.',
    'Draw your shoulder blades back and down toward each other, as if holding a pencil between them.':
      'Zieh die Schulterblätter nach hinten unten zueinander, als hieltest du einen Bleistift zwischen ihnen.',
    'Hold for 5 seconds without shrugging, relax for 2, and repeat until the time is up.':
      'Halte 5 Sekunden, ohne die Schultern hochzuziehen, entspann 2 Sekunden und wiederhole, bis die Zeit um ist.',
    'Working muscle between and below the shoulder blades.':
      'Arbeitende Muskeln zwischen und unter den Schulterblättern.',
    'Pain in the shoulder joint': 'Schmerz im Schultergelenk',
    'Endurance training of the neck and shoulder-blade muscles was half of the programme that roughly halved new neck pain over a year (Sihawong et al. 2014), and strengthening beats stretching for office neck pain (Louw et al. 2017, review).':
      'Ausdauertraining der Nacken- und Schulterblattmuskulatur war die Hälfte des Programms, das neue Nackenschmerzen über ein Jahr etwa halbierte (Sihawong et al. 2014), und bei Nackenschmerzen im Büro wirkt Kräftigen besser als Dehnen (Louw et al. 2017, Übersichtsarbeit).',
    'Side view: a person with elbows bent draws the elbows back, squeezing the shoulder blades together.':
      'Seitenansicht: Eine Person mit gebeugten Ellbogen zieht die Ellbogen nach hinten und die Schulterblätter zusammen.',
    'Hold each squeeze for 3 seconds.': 'Halte jedes Zusammenziehen 3 Sekunden.',
    'Hold each squeeze for 10 seconds, or use a band (the band row).':
      'Halte jedes Zusammenziehen 10 Sekunden oder nimm ein Band (das Rudern mit Band).',
    'Band row': 'Rudern mit Band',
    'Loop the band around a closed door’s handle and hold one end in each hand, arms forward.':
      'Leg das Band um die Klinke einer geschlossenen Tür und halte in jeder Hand ein Ende, die Arme nach vorn.',
    'Step back until the band is just taut, and stand tall.':
      'Geh zurück, bis das Band gerade gespannt ist, und steh aufrecht.',
    'Pull your elbows back past your ribs, squeezing your shoulder blades together; 2 seconds back, 2 forward.':
      'Zieh die Ellbogen nach hinten an den Rippen vorbei und die Schulterblätter zusammen; 2 Sekunden zurück, 2 nach vorn.',
    'Repeat slowly until the time is up, without shrugging.':
      'Wiederhole langsam, bis die Zeit um ist, ohne die Schultern hochzuziehen.',
    'Warm, working muscle between the shoulder blades and at the back of the shoulders.':
      'Warme, arbeitende Muskeln zwischen den Schulterblättern und an der Rückseite der Schultern.',
    'For office neck pain strengthening beats stretching (Louw et al. 2017, review), and 2 minutes a day of elastic-band raises helped about as much as 12 minutes a day (Andersen et al. 2011, RCT).':
      'Bei Nackenschmerzen im Büro wirkt Kräftigen besser als Dehnen (Louw et al. 2017, Übersichtsarbeit), und 2 Minuten Seitheben mit elastischem Band am Tag halfen etwa so viel wie 12 Minuten am Tag (Andersen et al. 2011, RCT).',
    'Side view: a person pulls an elastic band tied to a door toward the ribs, elbows back.':
      'Seitenansicht: Eine Person zieht ein an einer Tür befestigtes elastisches Band zu den Rippen, die Ellbogen nach hinten.',
    'Step closer to the door so the band is slacker.':
      'Geh näher an die Tür, damit das Band lockerer ist.',
    'Step further back, or pause 2 seconds with the elbows back.':
      'Geh weiter zurück oder halte 2 Sekunden mit den Ellbogen hinten inne.',
    'Wall angel': 'Wandengel',
    'Stand with your back, head and bottom against a wall, feet a small step forward.':
      'Stell dich mit Rücken, Kopf und Gesäß an eine Wand, die Füße einen kleinen Schritt nach vorn.',
    'Raise your arms into a goal-post shape, backs of the hands toward the wall.':
      'Heb die Arme in U-Form (wie ein Torpfosten), die Handrücken zur Wand.',
    'Slide your arms slowly up the wall as far as they stay close to it, then back down.':
      'Schieb die Arme langsam an der Wand nach oben, so weit sie nah an ihr bleiben, dann wieder nach unten.',
    'Keep your lower back gently against the wall; repeat slowly until the time is up.':
      'Halte den unteren Rücken sanft an der Wand; wiederhole langsam, bis die Zeit um ist.',
    'Working muscle between the shoulder blades and a stretch across the chest.':
      'Arbeitende Muskeln zwischen den Schulterblättern und eine Dehnung quer über die Brust.',
    'Pinching pain in the shoulder': 'Einklemmender Schmerz in der Schulter',
    'Shoulder-blade endurance work was part of the programme that roughly halved new neck pain (Sihawong et al. 2014), and strengthening beats stretching for office neck pain (Louw et al. 2017); no trial tested wall angels on their own, so the evidence for this one is weak.':
      'Ausdauertraining für die Schulterblätter war Teil des Programms, das neue Nackenschmerzen etwa halbierte (Sihawong et al. 2014), und bei Nackenschmerzen im Büro wirkt Kräftigen besser als Dehnen (Louw et al. 2017); keine Studie hat Wandengel für sich getestet, für diese Übung ist die Evidenz also schwach.',
    'Back view, through the wall: arms in a goal-post shape slide up the wall and back down.':
      'Rückenansicht, durch die Wand gesehen: Die Arme in U-Form gleiten an der Wand hoch und wieder herunter.',
    'Slide only halfway up, or stand a little away from the wall.':
      'Schieb die Arme nur halb hoch oder stell dich etwas weg von der Wand.',
    'Move more slowly, pausing at the top.': 'Beweg dich langsamer und halte oben kurz inne.',
    'Band pull-apart': 'Band auseinanderziehen',
    'Stand or sit tall and hold a light band in both hands, arms straight in front at chest height, hands shoulder-width apart.':
      'Steh oder sitz aufrecht und halte ein leichtes Band in beiden Händen, die Arme gestreckt vor dir auf Brusthöhe, die Hände schulterbreit auseinander.',
    'Pull the band apart by moving your arms out to the sides, squeezing your shoulder blades together; 2 seconds out.':
      'Zieh das Band auseinander, indem du die Arme zur Seite führst, und zieh die Schulterblätter zusammen; 2 Sekunden nach außen.',
    'Let it back slowly over 2 seconds, without shrugging or arching your back.':
      'Lass es in 2 Sekunden langsam zurück, ohne die Schultern hochzuziehen oder ins Hohlkreuz zu gehen.',
    'Repeat slowly until the time is up.': 'Wiederhole langsam, bis die Zeit um ist.',
    'For office neck pain strengthening beats stretching (Louw et al. 2017, review), and a couple of minutes a day of band work helped (Andersen et al. 2011, RCT, with lateral raises); no trial tested the pull-apart itself, so its evidence is weak.':
      'Bei Nackenschmerzen im Büro wirkt Kräftigen besser als Dehnen (Louw et al. 2017, Übersichtsarbeit), und ein paar Minuten Übungen mit dem Band am Tag halfen (Andersen et al. 2011, RCT, mit Seitheben); keine Studie hat das Auseinanderziehen selbst getestet, seine Evidenz ist also schwach.',
    'Back view: a person holds an elastic band in both hands and pulls it apart, arms moving out to the sides at shoulder height.':
      'Rückenansicht: Eine Person hält ein elastisches Band in beiden Händen und zieht es auseinander, die Arme bewegen sich auf Schulterhöhe zur Seite.',
    'Hold the band with your hands further apart, or use a lighter band.':
      'Fass das Band mit weiter auseinanderliegenden Händen oder nimm ein leichteres Band.',
    'Hold your hands closer together, or pause 2 seconds with the arms out.':
      'Fass es mit enger zusammenliegenden Händen oder halte 2 Sekunden mit den Armen außen inne.',
    'Neck side bend': 'Seitneigung des Kopfes',
    'Sit or stand tall and let your shoulders drop.':
      'Sitz oder steh aufrecht und lass die Schultern sinken.',
    'Tilt your head toward your {other} shoulder without lifting that shoulder.':
      'Neig den Kopf zu deiner {other, select, left {linken} other {rechten}} Schulter, ohne diese Schulter anzuheben.',
    'Let your {side} arm hang, or hold the seat with your {side} hand, to deepen the stretch a little.':
      'Lass deinen {side, select, left {linken} other {rechten}} Arm hängen oder halte dich mit der {side, select, left {linken} other {rechten}} Hand am Sitz fest, um die Dehnung etwas zu vertiefen.',
    'Hold gently; do not pull on your head or press on the neck.':
      'Halte sanft; zieh nicht am Kopf und drück nicht auf den Hals.',
    'A mild stretch along the {side} side of the neck and the top of the shoulder.':
      'Eine leichte Dehnung entlang der {side, select, left {linken} other {rechten}} Halsseite und oben auf der Schulter.',
    'Pain or tingling running down the arm': 'Schmerz oder Kribbeln, das in den Arm ausstrahlt',
    'Neck and shoulder stretching twice a day lowered pain by 1.4 points in office workers who already had chronic neck pain (Tunwattanapong et al. 2016, RCT: a treatment, not prevention); stretching plus endurance training roughly halved new neck pain over a year (Sihawong et al. 2014).':
      'Nacken- und Schulterdehnen zweimal am Tag senkte den Schmerz um 1,4 Punkte bei Büroangestellten, die bereits chronische Nackenschmerzen hatten (Tunwattanapong et al. 2016, RCT: eine Behandlung, keine Vorbeugung); Dehnen plus Ausdauertraining halbierte neue Nackenschmerzen über ein Jahr etwa (Sihawong et al. 2014).',
    'Front view: a person tilts the head away from the worked side, ear toward the other shoulder, both shoulders low.':
      'Vorderansicht: Eine Person neigt den Kopf von der gedehnten Seite weg, das Ohr zur anderen Schulter, beide Schultern tief.',
    'Levator scapulae stretch': 'Dehnung des Schulterblatthebers (Levator scapulae)',
    'Sit tall and hold the side of the seat with your {side} hand.':
      'Setz dich aufrecht hin und halte dich mit der {side, select, left {linken} other {rechten}} Hand seitlich am Sitz fest.',
    'Turn your head about halfway toward your {other} armpit and look down toward it.':
      'Dreh den Kopf etwa halb zu deiner {other, select, left {linken} other {rechten}} Achsel und schau nach unten zu ihr.',
    'Rest your {other} hand on the back of your head and let its weight add a little stretch; do not pull.':
      'Leg die {other, select, left {linke} other {rechte}} Hand auf den Hinterkopf und lass ihr Gewicht die Dehnung etwas verstärken; zieh nicht.',
    'Hold, breathing slowly, then lift your head back up gently.':
      'Halte die Position, atme langsam und heb den Kopf dann sanft wieder an.',
    'A mild stretch at the back of the neck on the {side} side, down toward the shoulder blade.':
      'Eine leichte Dehnung hinten am Nacken auf der {side, select, left {linken} other {rechten}} Seite, bis hinunter zum Schulterblatt.',
    'Front view: a seated person holds the seat with one hand and, with the other hand on the back of the head, lowers the head toward the opposite armpit.':
      'Vorderansicht: Eine sitzende Person hält sich mit einer Hand am Sitz fest und senkt den Kopf, die andere Hand am Hinterkopf, zur gegenüberliegenden Achsel.',
    'Chin-tuck hold': 'Kinn zurückziehen und halten',
    'Sit tall with your eyes level and your shoulders relaxed.':
      'Setz dich aufrecht hin, den Blick geradeaus, die Schultern locker.',
    'Glide your chin straight back, as if making a double chin; do not tip your head down.':
      'Schieb das Kinn gerade nach hinten, als würdest du ein Doppelkinn machen; kipp den Kopf nicht nach unten.',
    'Hold each tuck for 5 seconds, relax for 1, and repeat until the time is up.':
      'Halte jedes Zurückziehen 5 Sekunden, entspann 1 Sekunde und wiederhole, bis die Zeit um ist.',
    'Gentle work deep at the front of the neck and a light stretch at the base of the skull.':
      'Sanfte Arbeit tief vorn am Hals und eine leichte Dehnung am Übergang zum Hinterkopf.',
    'Neck endurance training was half of the programme that roughly halved new neck pain over a year (Sihawong et al. 2014), and for office neck pain strengthening beats stretching (Louw et al. 2017, review).':
      'Ausdauertraining für den Nacken war die Hälfte des Programms, das neue Nackenschmerzen über ein Jahr etwa halbierte (Sihawong et al. 2014), und bei Nackenschmerzen im Büro wirkt Kräftigen besser als Dehnen (Louw et al. 2017, Übersichtsarbeit).',
    'Side view: a seated person draws the chin straight back, eyes level.':
      'Seitenansicht: Eine sitzende Person zieht das Kinn gerade nach hinten, der Blick bleibt geradeaus.',
    'Hold each tuck for 3 seconds, or rest your head against a high chair back.':
      'Halte jedes Zurückziehen 3 Sekunden oder lehn den Kopf an eine hohe Stuhllehne.',
    'Hold each tuck for up to 10 seconds.': 'Halte jedes Zurückziehen bis zu 10 Sekunden.',
    'Ball on the top of the shoulder blade': 'Ball oben auf dem Schulterblatt',
    'Stand with your back to a wall, feet a step away from it and knees slightly bent.':
      'Stell dich mit dem Rücken zur Wand, die Füße einen Schritt davon entfernt und die Knie leicht gebeugt.',
    'Place the ball on the muscle just above your {side} shoulder blade, halfway between neck and shoulder tip.':
      'Leg den Ball auf den Muskel direkt über deinem {side, select, left {linken} other {rechten}} Schulterblatt, auf halbem Weg zwischen Hals und Schulterspitze.',
    'Bend your knees a little to bring the ball higher, and stop below the base of your neck: against a wall the ball travels toward the neck, never onto the top of the shoulder.':
      'Beuge die Knie ein wenig, um den Ball höher zu bringen, und hör unterhalb des Halsansatzes auf: An der Wand wandert der Ball Richtung Hals, nie oben auf die Schulter.',
    'Hold at about 5–7 out of 10. Keep it on the muscle: never the front or sides of the neck.':
      'Halte bei etwa 5–7 von 10. Bleib auf dem Muskel: nie vorn oder seitlich am Hals.',
    'Any pressure on the neck itself: move the ball down at once':
      'Jeder Druck auf den Hals selbst: Schieb den Ball sofort nach unten',
    'Side view: a person leans back against a wall with knees bent, a ball between the wall and the muscle above the shoulder blade.':
      'Seitenansicht: Eine Person lehnt sich mit gebeugten Knien an eine Wand, ein Ball zwischen der Wand und dem Muskel über dem Schulterblatt.',
    'Hand pressure on the top of the shoulder': 'Druck mit der Hand oben auf die Schulter',
    'Sit or stand tall and reach your {other} hand across to your {side} shoulder.':
      'Sitz oder steh aufrecht und greif mit der {other, select, left {linken} other {rechten}} Hand hinüber zu deiner {side, select, left {linken} other {rechten}} Schulter.',
    'Find the thick muscle on top of the shoulder, toward its back, halfway to the shoulder tip.':
      'Such den dicken Muskel oben auf der Schulter, eher nach hinten, auf halbem Weg zur Schulterspitze.',
    'Squeeze it gently between fingers and palm to about 5–7 out of 10; keep your fingertips on the muscle, out of the hollow above the collarbone.':
      'Drück ihn sanft zwischen Fingern und Handfläche bis etwa 5–7 von 10; halte die Fingerspitzen auf dem Muskel, weg von der Grube über dem Schlüsselbein.',
    'Hold and breathe. Never press the front or sides of the neck.':
      'Halte und atme. Drück nie vorn oder seitlich auf den Hals.',
    'Any pressure on the front or side of the neck: let go':
      'Jeder Druck vorn oder seitlich auf den Hals: Lass los',
    'Front view: a person reaches one hand across to squeeze the muscle on top of the other shoulder.':
      'Vorderansicht: Eine Person greift mit einer Hand hinüber und drückt den Muskel oben auf der anderen Schulter.',
    'Squeeze more softly, to about 4 out of 10.': 'Drück sanfter, bis etwa 4 von 10.',
    'Band lateral raise': 'Seitheben mit Band',
    'Stand on one end of the band with your {side} foot and hold the other end in your {side} hand.':
      'Stell dich mit dem {side, select, left {linken} other {rechten}} Fuß auf ein Ende des Bands und halte das andere Ende in der {side, select, left {linken} other {rechten}} Hand.',
    'Lift the arm out to the side, elbow soft, up to shoulder height.':
      'Heb den Arm seitlich an, den Ellbogen locker, bis auf Schulterhöhe.',
    'Raise it over about 2 seconds and lower it over 2; keep your shoulder away from your ear.':
      'Heb ihn in etwa 2 Sekunden und senk ihn in 2; halte die Schulter weg vom Ohr.',
    'Repeat until the time is up, stopping a rep or two before it gets hard to keep good form.':
      'Wiederhole, bis die Zeit um ist, und hör ein oder zwei Wiederholungen vor dem Punkt auf, an dem eine saubere Ausführung schwer wird.',
    'Warm, working muscle on the top and side of the shoulder.':
      'Warme, arbeitende Muskeln oben und seitlich an der Schulter.',
    'Pinching pain at the top of the shoulder': 'Einklemmender Schmerz oben an der Schulter',
    'Front view: a person stands on an elastic band and lifts it out to the side to shoulder height.':
      'Vorderansicht: Eine Person steht auf einem elastischen Band und hebt es seitlich bis auf Schulterhöhe.',
    'Hold the band further up so it is slacker, or raise only to 60°.':
      'Fass das Band weiter oben, damit es lockerer ist, oder heb nur bis 60°.',
    'Hold the band shorter, or move more slowly.':
      'Fass das Band kürzer oder beweg dich langsamer.',
    'Water-bottle lateral raise': 'Seitheben mit Wasserflasche',
    'Stand or sit tall holding a full water bottle in your {side} hand.':
      'Steh oder sitz aufrecht und halte eine volle Wasserflasche in der {side, select, left {linken} other {rechten}} Hand.',
    'Raise it over about 2 seconds and lower it over 2; keep the shoulder low.':
      'Heb sie in etwa 2 Sekunden und senk sie in 2; halte die Schulter tief.',
    'Repeat until the time is up, stopping before your form slips.':
      'Wiederhole, bis die Zeit um ist, und hör auf, bevor die Ausführung unsauber wird.',
    'Front view: a person lifts a water bottle out to the side to shoulder height.':
      'Vorderansicht: Eine Person hebt eine Wasserflasche seitlich bis auf Schulterhöhe.',
    'Use a half-full bottle, or raise only to 60°.':
      'Nimm eine halb volle Flasche oder heb nur bis 60°.',
    'Use a heavier bottle, or lower it over 4 seconds.':
      'Nimm eine schwerere Flasche oder senk sie über 4 Sekunden ab.',
    'Doorway chest stretch': 'Brustdehnung im Türrahmen',
    'Stand in a doorway and rest your {side} forearm on the frame, elbow at shoulder height.':
      'Stell dich in einen Türrahmen und leg den {side, select, left {linken} other {rechten}} Unterarm an den Rahmen, den Ellbogen auf Schulterhöhe.',
    'Step forward with your {side} leg until you feel a gentle stretch across the chest.':
      'Mach mit dem {side, select, left {linken} other {rechten}} Bein einen Schritt nach vorn, bis du eine sanfte Dehnung quer über die Brust spürst.',
    'Keep your shoulders down and breathe.': 'Halte die Schultern unten und atme.',
    'A mild stretch across the front of the chest and shoulder, never pain.':
      'Eine leichte Dehnung vorn über Brust und Schulter, nie Schmerz.',
    'Pain in the front of the shoulder': 'Schmerz vorn an der Schulter',
    'A one-arm doorway stretch lengthened the pectoralis minor the most of three stretches (Borstad & Ludewig 2006) and 30 s holds work as well as 60 s (Bandy & Irion 1994); no trial shows it prevents knots.':
      'Eine einarmige Dehnung im Türrahmen verlängerte den kleinen Brustmuskel (Pectoralis minor) am stärksten von drei Dehnungen (Borstad & Ludewig 2006), und 30 s Halten wirkt so gut wie 60 s (Bandy & Irion 1994); keine Studie zeigt, dass sie Verspannungen vorbeugt.',
    'Front view: a person in a doorway rests one forearm on the frame at shoulder height, then leans through to stretch the chest.':
      'Vorderansicht: Eine Person legt in einem Türrahmen einen Unterarm auf Schulterhöhe an den Rahmen und lehnt sich dann nach vorn, um die Brust zu dehnen.',
    'Hands-behind-back chest opener': 'Brustöffner mit Händen hinter dem Rücken',
    'Stand tall with your feet hip-width apart.': 'Steh aufrecht, die Füße hüftbreit auseinander.',
    'Clasp your hands behind your lower back.': 'Verschränke die Hände hinter dem unteren Rücken.',
    'Draw your shoulder blades back and down and lift your chest.':
      'Zieh die Schulterblätter nach hinten unten und heb die Brust.',
    'Keep your chin level and breathe slowly.': 'Halte das Kinn waagerecht und atme langsam.',
    'A mild stretch across the chest and the front of the shoulders.':
      'Eine leichte Dehnung quer über die Brust und vorn an den Schultern.',
    'Stretches held 10–30 s to mild tightness, daily, are the standard dose (ACSM 2021); no trial tested this stretch at a desk, so the evidence for it is weak.':
      'Dehnungen, täglich 10–30 s bis zu einem leichten Spannungsgefühl gehalten, sind die übliche Dosis (ACSM 2021); keine Studie hat diese Dehnung am Schreibtisch getestet, die Evidenz für sie ist also schwach.',
    'Side view: a person stands tall with hands clasped behind the lower back and the chest lifted.':
      'Seitenansicht: Eine Person steht aufrecht, die Hände hinter dem unteren Rücken verschränkt, die Brust angehoben.',
    'Forearm and wrist flexor stretch': 'Dehnung der Unterarm- und Handgelenkbeuger',
    'Stretch your {side} arm out in front of you at shoulder height, elbow straight, palm facing away.':
      'Streck den {side, select, left {linken} other {rechten}} Arm auf Schulterhöhe vor dir aus, den Ellbogen gestreckt, die Handfläche nach vorn.',
    'Let your fingers point up, and with your {other} hand draw them gently back toward you.':
      'Lass die Finger nach oben zeigen und zieh sie mit der {other, select, left {linken} other {rechten}} Hand sanft zu dir zurück.',
    'Stop at a mild stretch along the inside of the forearm and hold.':
      'Hör bei einer leichten Dehnung an der Innenseite des Unterarms auf und halte.',
    'A mild stretch along the palm side of the forearm, from wrist to elbow.':
      'Eine leichte Dehnung an der Handflächenseite des Unterarms, vom Handgelenk bis zum Ellbogen.',
    'Pain at the wrist or the inner elbow':
      'Schmerz am Handgelenk oder an der Innenseite des Ellbogens',
    'Stretches held 10–30 s to mild tightness, daily, are the standard dose (ACSM 2021), and 30 s holds work as well as 60 s (Bandy & Irion 1994); no trial tested forearm stretches for typing, so the evidence for them is weak.':
      'Dehnungen, täglich 10–30 s bis zu einem leichten Spannungsgefühl gehalten, sind die übliche Dosis (ACSM 2021), und 30 s Halten wirkt so gut wie 60 s (Bandy & Irion 1994); keine Studie hat Unterarmdehnungen fürs Tippen getestet, die Evidenz für sie ist also schwach.',
    'Side view: a person holds one arm straight out, fingers up, and draws the fingers back with the other hand.':
      'Seitenansicht: Eine Person hält einen Arm gestreckt nach vorn, die Finger nach oben, und zieht die Finger mit der anderen Hand zurück.',
    'Forearm and wrist extensor stretch': 'Dehnung der Unterarm- und Handgelenkstrecker',
    'Stretch your {side} arm out in front of you at shoulder height, elbow straight, palm down.':
      'Streck den {side, select, left {linken} other {rechten}} Arm auf Schulterhöhe vor dir aus, den Ellbogen gestreckt, die Handfläche nach unten.',
    'Let your hand drop so the fingers point down.':
      'Lass die Hand sinken, sodass die Finger nach unten zeigen.',
    'With your {other} hand, press the back of the hand gently toward you until the top of the forearm stretches; hold.':
      'Drück mit der {other, select, left {linken} other {rechten}} Hand den Handrücken sanft zu dir, bis sich die Oberseite des Unterarms dehnt; halte.',
    'A mild stretch along the back of the forearm, toward the outer elbow.':
      'Eine leichte Dehnung an der Rückseite des Unterarms, zur Außenseite des Ellbogens hin.',
    'Pain at the wrist or the outer elbow':
      'Schmerz am Handgelenk oder an der Außenseite des Ellbogens',
    'Side view: a person holds one arm straight out, hand bent down, pressing the back of the hand gently with the other hand.':
      'Seitenansicht: Eine Person hält einen Arm gestreckt nach vorn, die Hand nach unten gebeugt, und drückt den Handrücken sanft mit der anderen Hand.',
    'Forearm on a ball at the desk': 'Unterarm auf einem Ball am Schreibtisch',
    'Sit at your desk and put the ball on the desktop.':
      'Setz dich an deinen Schreibtisch und leg den Ball auf die Tischplatte.',
    'Rest the fleshy top third of your {side} forearm on it, palm down, a hand-width below the elbow.':
      'Leg das fleischige obere Drittel deines {side, select, left {linken} other {rechten}} Unterarms darauf, die Handfläche nach unten, eine Handbreit unter dem Ellbogen.',
    'Let the arm’s weight sink in to about 5–7 out of 10; press down with the other hand only if you need more.':
      'Lass das Gewicht des Arms einsinken, bis etwa 5–7 von 10; drück nur mit der anderen Hand nach, wenn du mehr brauchst.',
    'Hold on a tender spot and breathe; keep off the bony points of the elbow and the wrist.':
      'Halte auf einer empfindlichen Stelle und atme; bleib weg von den knöchernen Punkten an Ellbogen und Handgelenk.',
    'Tingling into the fingers: move the ball': 'Kribbeln bis in die Finger: Versetze den Ball',
    'Side view: a person sits at a desk with one forearm resting on a ball on the desktop.':
      'Seitenansicht: Eine Person sitzt am Schreibtisch, ein Unterarm liegt auf einem Ball auf der Tischplatte.',
    'Let the arm rest more lightly, or use a softer ball.':
      'Leg den Arm leichter auf oder nimm einen weicheren Ball.',
    'Standing back bend': 'Rückbeuge im Stehen',
    'Stand tall, feet hip-width apart, and put your hands on your lower back, fingers pointing down.':
      'Steh aufrecht, die Füße hüftbreit auseinander, und leg die Hände auf den unteren Rücken, die Finger nach unten.',
    'Look ahead and lean back gently from the waist, pushing your hips slightly forward.':
      'Schau geradeaus und lehn dich sanft aus der Taille nach hinten, die Hüften leicht nach vorn geschoben.',
    'Go only as far as is comfortable, hold, then come back up slowly.':
      'Geh nur so weit, wie es angenehm ist, halte und komm dann langsam wieder hoch.',
    'A gentle arch and stretch in the lower back and the front of the hips; no pinching.':
      'Eine sanfte Streckung und Dehnung im unteren Rücken und vorn an den Hüften; kein Einklemmen.',
    'Pain spreading into the buttock or leg': 'Schmerz, der ins Gesäß oder Bein ausstrahlt',
    'Breaks with a change of posture ease discomfort and, in some trials, low back pain (Waongenngarm et al. 2018, systematic review); stretches held 10–30 s are the standard dose (ACSM 2021). No trial tested this move on its own, so the evidence for it is weak.':
      'Pausen mit Haltungswechsel lindern Beschwerden und in manchen Studien Kreuzschmerzen (Waongenngarm et al. 2018, systematische Übersichtsarbeit); Dehnungen, 10–30 s gehalten, sind die übliche Dosis (ACSM 2021). Keine Studie hat diese Übung für sich getestet, die Evidenz für sie ist also schwach.',
    'Side view: a person stands with hands on the lower back and leans gently backward, looking ahead.':
      'Seitenansicht: Eine Person steht mit den Händen auf dem unteren Rücken und lehnt sich sanft nach hinten, der Blick geradeaus.',
    'Seated back arch': 'Rückenstreckung im Sitzen',
    'Sit near the front of the chair, feet flat, hands on your lower back.':
      'Setz dich vorn auf den Stuhl, die Füße flach, die Hände auf dem unteren Rücken.',
    'Lift your chest and arch your lower back gently, looking ahead.':
      'Heb die Brust und mach den unteren Rücken sanft hohl, der Blick geradeaus.',
    'Hold where it feels comfortable, then relax back to sitting tall.':
      'Halte dort, wo es sich angenehm anfühlt, und komm dann zurück in den aufrechten Sitz.',
    'A gentle arch in the lower back; no pinching.':
      'Eine sanfte Streckung im unteren Rücken; kein Einklemmen.',
    'Side view: a person sits near the front of a chair, hands on the lower back, gently arching the back.':
      'Seitenansicht: Eine Person sitzt vorn auf einem Stuhl, die Hände auf dem unteren Rücken, und streckt den Rücken sanft.',
    'Seated cat-cow': 'Katze-Kuh im Sitzen',
    'Sit near the front of the chair with your hands on your knees.':
      'Setz dich vorn auf den Stuhl, die Hände auf den Knien.',
    'Breathing in, roll your pelvis forward, arch your back and lift your chest.':
      'Kipp beim Einatmen das Becken nach vorn, mach den Rücken hohl und heb die Brust.',
    'Breathing out, roll your pelvis back, round your back and let your chin drop.':
      'Kipp beim Ausatmen das Becken nach hinten, mach den Rücken rund und lass das Kinn sinken.',
    'Move slowly between the two for the whole time, within a comfortable range.':
      'Beweg dich die ganze Zeit langsam zwischen beidem, in einem angenehmen Bewegungsumfang.',
    'The lower and middle back loosening as they move; no pinching.':
      'Unterer und mittlerer Rücken lockern sich in der Bewegung; kein Einklemmen.',
    'Side view: a seated person with hands on the knees arches the back, then rounds it, chin dropping.':
      'Seitenansicht: Eine sitzende Person, die Hände auf den Knien, streckt den Rücken und macht ihn dann rund, das Kinn sinkt.',
    'Standing lunge hip-flexor stretch': 'Hüftbeugerdehnung im Ausfallschritt',
    'Stand tall and take a long step forward with your {other} foot, both feet pointing ahead.':
      'Steh aufrecht und mach mit dem {other, select, left {linken} other {rechten}} Fuß einen großen Schritt nach vorn, beide Füße zeigen nach vorn.',
    'Bend the front knee a little, keeping it over the ankle.':
      'Beuge das vordere Knie ein wenig und halte es über dem Knöchel.',
    'Tuck your pelvis under, as if pulling your belt buckle up, and squeeze your {side} glute.':
      'Richte das Becken auf, als würdest du die Gürtelschnalle nach oben ziehen, und spann den {side, select, left {linken} other {rechten}} Gesäßmuskel an.',
    'Hold when you feel a stretch at the front of your {side} hip; hold a desk for balance if needed.':
      'Halte, wenn du eine Dehnung vorn an der {side, select, left {linken} other {rechten}} Hüfte spürst; halte dich bei Bedarf an einem Tisch fest, um das Gleichgewicht zu halten.',
    'A mild stretch at the front of the {side} hip, the back leg.':
      'Eine leichte Dehnung vorn an der {side, select, left {linken} other {rechten}} Hüfte, am hinteren Bein.',
    'Pain in the knee or lower back': 'Schmerz im Knie oder im unteren Rücken',
    'A lunge with the pelvis tucked is common physiotherapy advice, often 2 × 30 s per side; Unknot gives one 30 s hold per side in a break, since 30 s works as well as 60 s and once a day as well as three times (Bandy & Irion 1994; Bandy, Irion & Briggler 1997). Weak evidence: no trial is specific to sitting.':
      'Ein Ausfallschritt mit aufgerichtetem Becken ist ein verbreiteter physiotherapeutischer Rat, oft 2 × 30 s pro Seite; Unknot gibt in einer Pause einmal 30 s pro Seite, da 30 s so gut wirken wie 60 s und einmal am Tag so gut wie dreimal (Bandy & Irion 1994; Bandy, Irion & Briggler 1997). Schwache Evidenz: Keine Studie bezieht sich speziell auf das Sitzen.',
    'Side view: a person in a standing lunge, pelvis tucked, stretching the front of the back hip.':
      'Seitenansicht: Eine Person im Ausfallschritt, das Becken aufgerichtet, dehnt die Vorderseite der hinteren Hüfte.',
    'Half-kneeling hip-flexor stretch': 'Hüftbeugerdehnung im Halbkniestand',
    'Kneel on your {side} knee on a soft surface, your {other} foot flat in front of you.':
      'Knie dich mit dem {side, select, left {linken} other {rechten}} Knie auf eine weiche Unterlage, den {other, select, left {linken} other {rechten}} Fuß flach vor dir.',
    'Stand your upper body tall with hands on the front knee.':
      'Richte den Oberkörper auf, die Hände auf dem vorderen Knie.',
    'Tuck your pelvis under and shift forward a little until the front of the {side} hip stretches.':
      'Richte das Becken auf und schieb dich ein wenig nach vorn, bis sich die Vorderseite der {side, select, left {linken} other {rechten}} Hüfte dehnt.',
    'Hold without arching your lower back.': 'Halte, ohne ins Hohlkreuz zu gehen.',
    'A mild stretch at the front of the {side} hip and thigh.':
      'Eine leichte Dehnung vorn an der {side, select, left {linken} other {rechten}} Hüfte und am Oberschenkel.',
    'Pain in the kneeling knee: put a folded jacket under it or stand':
      'Schmerz im aufgesetzten Knie: Leg eine gefaltete Jacke darunter oder steh auf',
    'Side view: a person kneels on one knee with the other foot forward, upper body tall, pelvis tucked.':
      'Seitenansicht: Eine Person kniet auf einem Knie, der andere Fuß steht vorn, der Oberkörper ist aufrecht, das Becken aufgerichtet.',
    'Seated figure-four glute stretch': 'Gesäßdehnung im Sitzen („Figur Vier“)',
    'Sit near the front of a steady chair, both feet flat.':
      'Setz dich vorn auf einen stabilen Stuhl, beide Füße flach.',
    'Rest your {side} ankle on your {other} knee, making a figure four.':
      'Leg den {side, select, left {linken} other {rechten}} Knöchel auf das {other, select, left {linke} other {rechte}} Knie, sodass die Beine eine Vier bilden.',
    'Sit tall and lean forward from the hips with a straight back.':
      'Setz dich aufrecht hin und lehn dich mit geradem Rücken aus der Hüfte nach vorn.',
    'Stop at a mild stretch in the {side} buttock and hold.':
      'Hör bei einer leichten Dehnung in der {side, select, left {linken} other {rechten}} Gesäßhälfte auf und halte.',
    'A mild stretch deep in the buttock of the crossed leg.':
      'Eine leichte Dehnung tief im Gesäß auf der Seite des übergeschlagenen Beins.',
    'Pain in the knee of the crossed leg': 'Schmerz im Knie des übergeschlagenen Beins',
    'Holding a stretch 10–30 s to mild tightness is the standard dose (ACSM 2021; Bandy & Irion 1994); no trial tested glute stretches for desk sitters, so evidence for this one is weak.':
      'Eine Dehnung 10–30 s bis zu einem leichten Spannungsgefühl zu halten, ist die übliche Dosis (ACSM 2021; Bandy & Irion 1994); keine Studie hat Gesäßdehnungen für Menschen getestet, die viel am Schreibtisch sitzen, die Evidenz für diese ist also schwach.',
    'Front view: a seated person rests one ankle on the opposite knee, the knee falling out to the side.':
      'Vorderansicht: Eine sitzende Person legt einen Knöchel auf das gegenüberliegende Knie, das Knie fällt zur Seite.',
    'Ball on the glute against the wall': 'Ball am Gesäß an der Wand',
    'Stand with your back to a wall.': 'Stell dich mit dem Rücken zur Wand.',
    'Place the ball between the wall and the upper, outer part of your {side} buttock, away from the spine and tailbone.':
      'Leg den Ball zwischen die Wand und den oberen, äußeren Teil deiner {side, select, left {linken} other {rechten}} Gesäßhälfte, weg von Wirbelsäule und Steißbein.',
    'Lean back and shift your weight to find a tender spot; keep off the lower middle of the buttock, where the sciatic nerve runs.':
      'Lehn dich zurück und verlagere dein Gewicht, um eine empfindliche Stelle zu finden; bleib weg von der unteren Mitte des Gesäßes, wo der Ischiasnerv verläuft.',
    'Hold it at about 5–7 out of 10 and breathe; ease off early if it softens.':
      'Halte bei etwa 5–7 von 10 und atme; lass früher nach, wenn die Stelle weicher wird.',
    'Pain shooting down the leg': 'Schmerz, der ins Bein einschießt',
    'Pressure on the lower back or tailbone: move the ball onto the muscle':
      'Druck auf den unteren Rücken oder das Steißbein: Schieb den Ball auf den Muskel',
    'Side view: a person leans back against a wall with a ball between the upper outer buttock and the wall.':
      'Seitenansicht: Eine Person lehnt sich an eine Wand, ein Ball zwischen dem oberen äußeren Gesäß und der Wand.',
    'Standing hamstring stretch': 'Dehnung der hinteren Oberschenkelmuskeln im Stehen',
    'Stand and place your {side} heel a small step forward, toes up, knee straight but soft.':
      'Stell dich hin und setz die {side, select, left {linke} other {rechte}} Ferse einen kleinen Schritt nach vorn, die Zehen nach oben, das Knie gestreckt, aber nicht durchgedrückt.',
    'Bend the back knee slightly and put your hands on your thighs.':
      'Beuge das hintere Knie leicht und leg die Hände auf die Oberschenkel.',
    'Hinge forward from the hips with a straight back until the back of the {side} thigh stretches.':
      'Kipp mit geradem Rücken aus der Hüfte nach vorn, bis sich die Rückseite des {side, select, left {linken} other {rechten}} Oberschenkels dehnt.',
    'Hold and breathe; do not bounce.': 'Halte und atme; nicht wippen.',
    'A mild stretch along the back of the {side} thigh.':
      'Eine leichte Dehnung an der Rückseite des {side, select, left {linken} other {rechten}} Oberschenkels.',
    'Pain or tingling running down the back of the leg':
      'Schmerz oder Kribbeln, das hinten ins Bein ausstrahlt',
    'In a hamstring trial 30 s holds worked better than 15 s and as well as 60 s (Bandy & Irion 1994), and once a day as well as three times (Bandy, Irion & Briggler 1997).':
      'In einer Studie zu den hinteren Oberschenkelmuskeln wirkte 30 s Halten besser als 15 s und so gut wie 60 s (Bandy & Irion 1994), und einmal am Tag so gut wie dreimal (Bandy, Irion & Briggler 1997).',
    'Side view: a person with one heel forward, toes up, hinging forward from the hips with a straight back.':
      'Seitenansicht: Eine Person mit einer Ferse vorn, die Zehen nach oben, kippt mit geradem Rücken aus der Hüfte nach vorn.',
    'Seated hamstring stretch': 'Dehnung der hinteren Oberschenkelmuskeln im Sitzen',
    'Sit near the front edge of a steady chair.':
      'Setz dich an die vordere Kante eines stabilen Stuhls.',
    'Straighten your {side} leg in front of you, heel on the floor and toes up.':
      'Streck das {side, select, left {linke} other {rechte}} Bein vor dir aus, die Ferse auf dem Boden, die Zehen nach oben.',
    'Sit tall and lean forward from the hips until the back of the {side} thigh stretches.':
      'Setz dich aufrecht hin und lehn dich aus der Hüfte nach vorn, bis sich die Rückseite des {side, select, left {linken} other {rechten}} Oberschenkels dehnt.',
    'Hold and breathe, keeping your back straight.': 'Halte und atme, der Rücken bleibt gerade.',
    'A mild stretch along the back of the straight leg.':
      'Eine leichte Dehnung an der Rückseite des gestreckten Beins.',
    'In a hamstring trial 30 s holds worked better than 15 s and as well as 60 s (Bandy & Irion 1994), and once a day as well as three times (Bandy, Irion & Briggler 1997). Daily is best (ACSM 2021).':
      'In einer Studie zu den hinteren Oberschenkelmuskeln wirkte 30 s Halten besser als 15 s und so gut wie 60 s (Bandy & Irion 1994), und einmal am Tag so gut wie dreimal (Bandy, Irion & Briggler 1997). Täglich ist am besten (ACSM 2021).',
    'Side view: a person sits on the front of a chair with one leg straight, heel on the floor, leaning forward from the hips.':
      'Seitenansicht: Eine Person sitzt vorn auf einem Stuhl, ein Bein gestreckt, die Ferse auf dem Boden, und lehnt sich aus der Hüfte nach vorn.',
    'Calf raises': 'Fersenheben',
    'Stand tall, feet hip-width apart, a hand on your desk or a chair back for balance.':
      'Steh aufrecht, die Füße hüftbreit auseinander, eine Hand zum Halten auf dem Schreibtisch oder einer Stuhllehne.',
    'Rise slowly onto the balls of your feet, as high as is comfortable.':
      'Geh langsam auf die Fußballen hoch, so hoch es angenehm ist.',
    'Lower your heels over 2 seconds and repeat until the time is up.':
      'Senk die Fersen über 2 Sekunden ab und wiederhole, bis die Zeit um ist.',
    'Warm, working calves; the legs feel lighter afterwards.':
      'Warme, arbeitende Waden; die Beine fühlen sich danach leichter an.',
    'A swollen, warm, painful calf: see a doctor the same day':
      'Eine geschwollene, warme, schmerzende Wade: Lass sie noch am selben Tag ärztlich untersuchen',
    'Simply standing is not enough: sitting should be broken by moving (Cornell CUErgo, Hedge: ergo.human.cornell.edu/CUESitStandPrograms.html), and active breaks help (Waongenngarm et al. 2018); no trial tested calf raises at a desk, so the evidence for them is weak.':
      'Nur zu stehen reicht nicht: Sitzen sollte durch Bewegung unterbrochen werden (Cornell CUErgo, Hedge: ergo.human.cornell.edu/CUESitStandPrograms.html), und aktive Pausen helfen (Waongenngarm et al. 2018); keine Studie hat Fersenheben am Schreibtisch getestet, die Evidenz dafür ist also schwach.',
    'Side view: a person rises onto the balls of the feet and lowers slowly.':
      'Seitenansicht: Eine Person geht auf die Fußballen hoch und senkt sich langsam ab.',
    'Rise only halfway, or keep more weight on your hands.':
      'Geh nur halb hoch oder stütz dich stärker mit den Händen ab.',
    'Pause 2 seconds at the top, or rise on one foot at a time.':
      'Halte oben 2 Sekunden inne oder geh auf einem Fuß nach dem anderen hoch.',
    'Standing calf stretch at the wall': 'Wadendehnung im Stehen an der Wand',
    'Face a wall and put both hands on it at shoulder height.':
      'Stell dich mit dem Gesicht zur Wand und leg beide Hände auf Schulterhöhe an sie.',
    'Step your {side} foot back, heel down and toes pointing ahead; bend the front knee.':
      'Setz den {side, select, left {linken} other {rechten}} Fuß nach hinten, die Ferse am Boden, die Zehen nach vorn; beuge das vordere Knie.',
    'Lean toward the wall until the {side} calf stretches, keeping the back heel on the floor.':
      'Lehn dich zur Wand, bis sich die {side, select, left {linke} other {rechte}} Wade dehnt, die hintere Ferse bleibt am Boden.',
    'Hold and breathe.': 'Halte und atme.',
    'A mild stretch in the {side} calf.':
      'Eine leichte Dehnung in der {side, select, left {linken} other {rechten}} Wade.',
    'Stretches held 10–30 s to mild tightness, daily, are the standard dose (ACSM 2021), and 30 s is as good as 60 s (Bandy & Irion 1994); no trial tested calf stretches for desk workers, so the evidence for this one is weak.':
      'Dehnungen, täglich 10–30 s bis zu einem leichten Spannungsgefühl gehalten, sind die übliche Dosis (ACSM 2021), und 30 s sind so gut wie 60 s (Bandy & Irion 1994); keine Studie hat Wadendehnungen bei Büroarbeit getestet, die Evidenz für diese ist also schwach.',
    'Side view: a person leans on a wall with one foot stepped back, heel down, stretching the back calf.':
      'Seitenansicht: Eine Person stützt sich an einer Wand ab, ein Fuß nach hinten gesetzt, die Ferse unten, und dehnt die hintere Wade.',
    'Easy walk': 'Lockeres Gehen',
    'Stand up and walk at an easy to moderate pace: to a window, the stairs or the kitchen.':
      'Steh auf und geh in lockerem bis mäßigem Tempo: zu einem Fenster, zur Treppe oder in die Küche.',
    'Let your arms swing and your shoulders relax.':
      'Lass die Arme schwingen und die Schultern locker.',
    'Breathe a little faster than at your desk, but keep it easy enough to talk.':
      'Atme etwas schneller als am Schreibtisch, aber bleib so locker, dass du dich noch unterhalten kannst.',
    'Warm and loosened up; you can still talk comfortably.':
      'Warm und gelockert; du kannst dich noch bequem unterhalten.',
    'Chest pain or tightness, or unusual breathlessness: stop and get help':
      'Schmerz oder Engegefühl in der Brust oder ungewöhnliche Atemnot: Hör auf und hol Hilfe',
    'ANSES (2025) advises 3–5 minutes of light to moderate movement every 30 minutes of sitting (Unknot’s movement break comes once an hour by default: you can make it more often in Settings), and simply standing is not enough (Cornell CUErgo, Hedge: ergo.human.cornell.edu/CUESitStandPrograms.html); evidence on pain is weaker.':
      'Die ANSES (2025) rät zu 3–5 Minuten leichter bis mäßiger Bewegung alle 30 Minuten Sitzen (die Bewegungspause von Unknot kommt standardmäßig einmal pro Stunde: Verkürze den Abstand in den Einstellungen), und nur zu stehen reicht nicht (Cornell CUErgo, Hedge: ergo.human.cornell.edu/CUESitStandPrograms.html); die Evidenz zu Schmerzen ist schwächer.',
    'Side view: a person walking with arms swinging.':
      'Seitenansicht: Eine Person geht mit schwingenden Armen.',
    'Seated marching': 'Marschieren im Sitzen',
    'Sit tall near the front of your chair or wheelchair, feet on the floor or footplates.':
      'Setz dich aufrecht vorn auf deinen Stuhl oder Rollstuhl, die Füße auf dem Boden oder den Fußstützen.',
    'Lift one knee, then the other, at a brisk, comfortable pace, swinging your arms.':
      'Heb ein Knie, dann das andere, in zügigem, angenehmem Tempo, und schwing dabei die Arme.',
    'Keep going for the whole time; if lifting the legs is not possible, swing the arms only.':
      'Mach die ganze Zeit weiter; wenn du die Beine nicht heben kannst, schwing nur die Arme.',
    'Warm and a little out of breath; you can still talk comfortably.':
      'Warm und etwas außer Atem; du kannst dich noch bequem unterhalten.',
    'Side view: a seated person lifts one knee and then the other, arms swinging.':
      'Seitenansicht: Eine sitzende Person hebt ein Knie und dann das andere, die Arme schwingen.',
    'Seated arm circles': 'Armkreisen im Sitzen',
    'Sit tall in your chair or wheelchair, feet or footplates steady.':
      'Setz dich aufrecht in deinen Stuhl oder Rollstuhl, die Füße oder Fußstützen stabil.',
    'Make big, brisk circles with both arms, as if pedalling a bicycle with your hands.':
      'Mach mit beiden Armen große, zügige Kreise, als würdest du mit den Händen Fahrrad fahren.',
    'Change direction every 30 seconds and keep a pace at which you can still talk.':
      'Wechsle alle 30 Sekunden die Richtung und halte ein Tempo, bei dem du noch sprechen kannst.',
    'Warm shoulders and a slightly faster breath.':
      'Warme Schultern und ein etwas schnellerer Atem.',
    'Side view: a seated person circles both arms in front of the body, like pedalling with the hands.':
      'Seitenansicht: Eine sitzende Person kreist beide Arme vor dem Körper, als würde sie mit den Händen in die Pedale treten.',
    'Do you take blood thinners (anticoagulants), or have a bleeding disorder?':
      'Nimmst du Blutverdünner (Gerinnungshemmer), oder hast du eine Blutgerinnungsstörung?',
    'blood thinners or a bleeding disorder': 'Blutverdünner oder eine Blutgerinnungsstörung',
    'Blood thinners or a bleeding disorder': 'Blutverdünner oder eine Blutgerinnungsstörung',
    'Have you ever had a blood clot, such as a deep vein thrombosis (DVT)?':
      'Hattest du jemals ein Blutgerinnsel, zum Beispiel eine tiefe Venenthrombose (TVT)?',
    'a history of blood clots': 'frühere Blutgerinnsel',
    'A blood clot, now or in the past (such as a DVT)':
      'Ein Blutgerinnsel, jetzt oder früher (zum Beispiel eine TVT)',
    'Do you have osteoporosis, or have you broken a bone recently?':
      'Hast du Osteoporose, oder hast du dir kürzlich einen Knochen gebrochen?',
    'osteoporosis or a recent fracture': 'Osteoporose oder ein kürzlicher Knochenbruch',
    'Osteoporosis, or a recently broken bone': 'Osteoporose oder ein kürzlich gebrochener Knochen',
    'Do you have cancer now, or have you had cancer that spread to the bones?':
      'Hast du zurzeit Krebs, oder hattest du Krebs, der in die Knochen gestreut hat?',
    'cancer, now or in the bones': 'Krebs, zurzeit oder in den Knochen',
    'Cancer now, or cancer that spread to the bones':
      'Krebs zurzeit, oder Krebs, der in die Knochen gestreut hat',
    'Do you have a heart condition, such as angina, heart failure or a pacemaker?':
      'Hast du eine Herzerkrankung, zum Beispiel Angina pectoris, Herzschwäche oder einen Herzschrittmacher?',
    'a heart condition': 'eine Herzerkrankung',
    'A heart condition': 'Eine Herzerkrankung',
    'Have you taken steroid tablets (such as prednisolone) for three months or more?':
      'Hast du drei Monate oder länger Kortison-Tabletten (zum Beispiel Prednisolon) genommen?',
    'long-term steroid tablets': 'Kortison-Tabletten über lange Zeit',
    'Steroid tablets for three months or more': 'Kortison-Tabletten drei Monate oder länger',
    'Is the feeling in your skin reduced anywhere, for example from diabetes or nerve damage (neuropathy)?':
      'Ist das Gefühl in deiner Haut irgendwo vermindert, zum Beispiel durch Diabetes oder einen Nervenschaden (Neuropathie)?',
    'reduced feeling, so the pressure is hard to judge':
      'vermindertes Gefühl, sodass der Druck schwer einzuschätzen ist',
    'Reduced feeling in the skin, or nerve damage (neuropathy)':
      'Vermindertes Gefühl in der Haut oder ein Nervenschaden (Neuropathie)',
    'Are you pregnant?': 'Bist du schwanger?',
    pregnancy: 'eine Schwangerschaft',
    Pregnancy: 'Schwangerschaft',
    'Have you had an operation or an injury in the last six months?':
      'Hattest du in den letzten sechs Monaten eine Operation oder eine Verletzung?',
    'a recent operation or injury': 'eine kürzliche Operation oder Verletzung',
    'An operation or injury in the last six months':
      'Eine Operation oder Verletzung in den letzten sechs Monaten',
    'Is a doctor or physiotherapist currently treating you for this pain?':
      'Wirst du wegen dieser Schmerzen zurzeit von einer Ärztin, einem Arzt oder in der Physiotherapie behandelt?',
    'a current treatment for this pain': 'eine laufende Behandlung dieser Schmerzen',
    'A doctor or physiotherapist treating you for this pain':
      'Eine ärztliche oder physiotherapeutische Behandlung dieser Schmerzen',
    Neck: 'Hals und Nacken',
    'Shoulder or arm': 'Schulter oder Arm',
    Chest: 'Brust',
    'Upper back': 'Oberer Rücken',
    'Lower back': 'Unterer Rücken',
    'Belly (abdomen)': 'Bauch',
    Hip: 'Hüfte',
    'Knee or leg': 'Knie oder Bein',
    'Somewhere else': 'Woanders',
    'Where was it? Exercises that load that part of the body are left out until you turn them back on.':
      'Wo war das? Übungen, die diesen Teil des Körpers belasten, bleiben weg, bis du sie wieder einschaltest.',
    'Never press over a wound, rash, bruise or varicose vein, and not when you have a fever or feel unwell.':
      'Drück nie auf eine Wunde, einen Ausschlag, einen Bluterguss oder eine Krampfader, und nicht, wenn du Fieber hast oder dich unwohl fühlst.',
    'Stop an exercise at once if you feel numbness, tingling, sharp or shooting pain, or dizziness. Never press on the front or sides of the neck, or directly on the spine.':
      'Brich eine Übung sofort ab, wenn du Taubheit, Kribbeln, stechenden oder einschießenden Schmerz oder Schwindel spürst. Drück nie vorn oder seitlich auf den Hals und nie direkt auf die Wirbelsäule.',
    'Pressure exercises (a ball against a wall) are off for you. Stretches, strength and movement stay on. If a doctor or physiotherapist tells you pressure is fine for you, you can turn them back on in Settings, under Safety.':
      'Druckübungen (ein Ball an der Wand) sind für dich ausgeschaltet. Dehnen, Kräftigen und Bewegung bleiben an. Wenn dir eine Ärztin, ein Arzt oder deine Physiotherapie sagt, dass Druck für dich in Ordnung ist, kannst du sie in den Einstellungen unter „Sicherheit“ wieder einschalten.',
    'Unknot helps you build a habit of short, regular breaks. It is not a treatment and cannot promise to make pain go away.':
      'Unknot hilft dir, dir kurze, regelmäßige Pausen anzugewöhnen. Es ist keine Behandlung und kann nicht versprechen, dass Schmerzen verschwinden.',
    'Unknot is not a treatment. Skip pressure on the ball if you take blood thinners, have a bleeding disorder, fragile bones, a fever or an infection, and ask a doctor first if you are pregnant or have heart problems.':
      'Unknot ist keine Behandlung. Lass den Druck mit dem Ball weg, wenn du Blutverdünner nimmst, eine Blutgerinnungsstörung, brüchige Knochen, Fieber oder eine Infektion hast, und frag zuerst eine Ärztin oder einen Arzt, wenn du schwanger bist oder Herzprobleme hast.',
    'See a professional if there is no improvement after about two weeks, or with new numbness, tingling or weakness, fever, unexplained weight loss, a history of cancer, pain worse at night, or pain after an injury.':
      'Geh zu einer Fachperson, wenn es nach etwa zwei Wochen nicht besser wird, oder bei neuer Taubheit, neuem Kribbeln oder neuer Schwäche, Fieber, unerklärlichem Gewichtsverlust, einer früheren Krebserkrankung, Schmerzen, die nachts schlimmer sind, oder Schmerzen nach einer Verletzung.',
    'Chest pain or tightness spreading to the arm, jaw, neck or back, with sweating or breathlessness: call emergency services, not a stretch.':
      'Schmerz oder Engegefühl in der Brust, das in Arm, Kiefer, Hals oder Rücken ausstrahlt, mit Schwitzen oder Atemnot: Ruf den Notruf, statt zu dehnen.',
    'Sudden chest pain that spreads to your arm, back, neck or jaw':
      'Plötzlicher Brustschmerz, der in Arm, Rücken, Hals oder Kiefer ausstrahlt',
    'Chest pain that feels tight or heavy': 'Brustschmerz, der sich eng oder schwer anfühlt',
    'Chest pain that started with breathlessness, sweating or feeling sick':
      'Brustschmerz, der mit Atemnot, Schwitzen oder Übelkeit begann',
    'Chest pain that lasts more than 15 minutes': 'Brustschmerz, der länger als 15 Minuten anhält',
    'Sudden breathlessness, or chest pain when you breathe in (a possible clot in the lung)':
      'Plötzliche Atemnot oder Brustschmerz beim Einatmen (möglicherweise ein Blutgerinnsel in der Lunge)',
    'Loss of control of your bladder or bowels, numbness around your genitals or buttocks, or numbness or weakness in both legs':
      'Verlust der Kontrolle über Blase oder Darm, Taubheit um die Genitalien oder das Gesäß, oder Taubheit oder Schwäche in beiden Beinen',
    'A swollen, warm, painful calf or thigh, usually in one leg (a possible blood clot; long sitting makes clots more likely)':
      'Eine geschwollene, warme, schmerzende Wade oder ein geschwollener, warmer, schmerzender Oberschenkel, meist an einem Bein (möglicherweise ein Blutgerinnsel; langes Sitzen macht Gerinnsel wahrscheinlicher)',
    'New numbness, tingling or weakness': 'Neue Taubheit, neues Kribbeln oder neue Schwäche',
    'Pain that started after a fall, accident or other injury':
      'Schmerz, der nach einem Sturz, Unfall oder einer anderen Verletzung begann',
    'A fever, or feeling generally unwell, along with the pain':
      'Fieber oder allgemeines Unwohlsein zusammen mit dem Schmerz',
    'Weight loss you cannot explain': 'Gewichtsverlust, den du dir nicht erklären kannst',
    'Pain of any kind if you have ever had cancer':
      'Schmerzen jeder Art, wenn du jemals Krebs hattest',
    'Pain that is worse at night or wakes you up':
      'Schmerz, der nachts schlimmer ist oder dich aufweckt',
    'Neck pain with double vision, dizziness or fainting, slurred speech, trouble swallowing, clumsy hands or poor balance':
      'Nackenschmerz mit Doppeltsehen, Schwindel oder Ohnmacht, verwaschener Sprache, Schluckbeschwerden, ungeschickten Händen oder schlechtem Gleichgewicht',
    'Pain that is getting worse quickly, even with self-help':
      'Schmerz, der schnell schlimmer wird, auch mit Selbsthilfe',
    'Any of the emergency signs above, if it came and has settled':
      'Eines der Notfallzeichen oben, wenn es aufgetreten ist und sich gelegt hat',
    'No improvement after about two weeks of regular self-care':
      'Keine Besserung nach etwa zwei Wochen regelmäßiger Selbsthilfe',
    'An emergency sign, happening at the time': 'Ein Notfallzeichen, das in dem Moment auftrat',
    'Call an ambulance now (112 in Europe, 999 in the UK, 911 in North America) if any of these is happening:':
      'Ruf jetzt einen Rettungswagen (112 in Europa, 999 im Vereinigten Königreich, 911 in Nordamerika), wenn eines davon gerade geschieht:',
    'See a doctor today (in the UK, call 111) rather than working on it yourself if you notice any of these:':
      'Geh heute zu einer Ärztin oder einem Arzt (im Vereinigten Königreich: ruf 111 an), statt selbst daran zu arbeiten, wenn du eines davon bemerkst:',
    'Book an appointment with a doctor or physiotherapist if there is no improvement after about two weeks of regular self-care. They can tell you which exercises are safe for you.':
      'Vereinbare einen Termin bei einer Ärztin, einem Arzt oder in der Physiotherapie, wenn es nach etwa zwei Wochen regelmäßiger Selbsthilfe nicht besser wird. Dort kann man dir sagen, welche Übungen für dich sicher sind.',
    'Something happening now is an emergency call. Something that happened and has settled still needs a doctor today.':
      'Was jetzt gerade geschieht, ist ein Fall für den Notruf. Was geschehen ist und sich gelegt hat, sollte trotzdem noch heute ärztlich abgeklärt werden.',
    'This is an emergency': 'Das ist ein Notfall',
    'Stop the exercises and call an ambulance now (112 in Europe, 999 in the UK, 911 in North America). Do not wait to see whether it passes.':
      'Hör mit den Übungen auf und ruf jetzt einen Rettungswagen (112 in Europa, 999 im Vereinigten Königreich, 911 in Nordamerika). Warte nicht ab, ob es vorbeigeht.',
    'Top of the shoulder': 'Oben auf der Schulter',
    'Reach across with the opposite hand and rest your fingers on the top of your shoulder, halfway between your neck and the tip of the shoulder.':
      'Greif mit der gegenüberliegenden Hand hinüber und leg die Finger oben auf die Schulter, auf halbem Weg zwischen Hals und Schulterspitze.',
    'Gently pinch the thick muscle there between thumb and fingers, or press down into it.':
      'Fass den dicken Muskel dort sanft zwischen Daumen und Fingern oder drück von oben hinein.',
    'Keep off the front and sides of the neck and the hollow above the collarbone.':
      'Bleib weg von der Vorderseite und den Seiten des Halses und von der Grube über dem Schlüsselbein.',
    'Where the neck meets the shoulder blade': 'Wo der Nacken auf das Schulterblatt trifft',
    'Reach over your shoulder with the opposite hand to the top inner corner of the shoulder blade.':
      'Greif mit der gegenüberliegenden Hand über die Schulter zur oberen inneren Ecke des Schulterblatts.',
    'Press just above that corner, at the back of where the neck meets the shoulder.':
      'Drück direkt über dieser Ecke, hinten dort, wo der Nacken in die Schulter übergeht.',
    'Stay at the back: never press on the front or sides of the neck.':
      'Bleib hinten: Drück nie vorn oder seitlich auf den Hals.',
    'Between the shoulder blades': 'Zwischen den Schulterblättern',
    'Cross your arms to move the shoulder blades apart.':
      'Verschränke die Arme, damit die Schulterblätter auseinandergehen.',
    'Feel for tender bands along the inner edge of one shoulder blade, a thumb’s width from the spine, or lean that spot on a ball against a wall.':
      'Tast nach empfindlichen Strängen entlang des inneren Rands eines Schulterblatts, eine Daumenbreite neben der Wirbelsäule, oder lehn diese Stelle auf einen Ball an der Wand.',
    'Keep off the bony points of the spine itself.':
      'Bleib weg von den knöchernen Punkten der Wirbelsäule selbst.',
    'Front of the chest': 'Vorderseite der Brust',
    'Put your fingertips below the collarbone, a hand’s width out from the breastbone, towards the front of the shoulder.':
      'Leg die Fingerspitzen unter das Schlüsselbein, eine Handbreit neben dem Brustbein, zur Vorderseite der Schulter hin.',
    'Press gently into the muscle there and move a little outward.':
      'Drück dort sanft in den Muskel und wandere ein wenig nach außen.',
    'Stay below the collarbone: never press into the hollow above it, or on the breastbone.':
      'Bleib unter dem Schlüsselbein: Drück nie in die Grube darüber oder auf das Brustbein.',
    'Top of the forearm': 'Oberseite des Unterarms',
    'Rest one forearm on the desk, palm down.':
      'Leg einen Unterarm auf den Schreibtisch, die Handfläche nach unten.',
    'With the other thumb, press along the muscle of the top of the forearm, from just below the elbow towards the wrist.':
      'Drück mit dem anderen Daumen entlang des Muskels auf der Oberseite des Unterarms, von knapp unter dem Ellbogen bis zum Handgelenk hin.',
    'Keep off the inside of the elbow and the inside of the wrist.':
      'Bleib weg von der Innenseite des Ellbogens und der Innenseite des Handgelenks.',
    'Upper outer buttock': 'Oberes äußeres Gesäß',
    'Stand, and put your hand on the upper, outer part of one buttock, below the bony rim of the pelvis.':
      'Stell dich hin und leg die Hand auf den oberen, äußeren Teil einer Gesäßhälfte, unter dem knöchernen Rand des Beckens.',
    'Press with your fingertips, or lean that spot on a ball against a wall.':
      'Drück mit den Fingerspitzen oder lehn diese Stelle auf einen Ball an der Wand.',
    'Stay upper and outer: keep off the lower middle of the buttock, where the sciatic nerve runs.':
      'Bleib oben und außen: Halte dich fern von der unteren Mitte des Gesäßes, wo der Ischiasnerv verläuft.',
    'Front of the hip': 'Vorderseite der Hüfte',
    'Stand and find the bony point at the front of your pelvis.':
      'Stell dich hin und such den knöchernen Punkt vorn an deinem Becken.',
    'Move your fingers a little down and in, into the crease at the top of the thigh, and press gently.':
      'Schieb die Finger ein wenig nach unten und innen, in die Falte oben am Oberschenkel, und drück sanft.',
    'Press gently here only: if you feel a pulse, move your fingers away from it.':
      'Drück hier nur sanft: Wenn du einen Puls spürst, nimm die Finger davon weg.',
    'Press slowly with two or three fingertips, only as firmly as is tolerable: at most a dull 5–7 out of 10, a few seconds per place. A knot feels like a tender lump or band. Back off if you wince.':
      'Drück langsam mit zwei oder drei Fingerspitzen, nur so fest, wie es erträglich ist: höchstens ein dumpfes 5–7 von 10, ein paar Sekunden pro Stelle. Eine Verspannung fühlt sich wie ein empfindlicher Knoten oder Strang an. Lass nach, wenn du zusammenzuckst.',
    'A knot is a spot in a muscle that is tender when pressed. This check takes a few minutes: for each spot, find it, press gently, and mark how tender it felt. It is a way to notice changes over the weeks, not a diagnosis.':
      'Eine Verspannung („Knoten“) ist eine Stelle in einem Muskel, die auf Druck empfindlich ist. Diese Prüfung dauert ein paar Minuten: Such jede Stelle, drück sanft und markiere, wie empfindlich sie sich anfühlte. So bemerkst du Veränderungen über die Wochen; es ist keine Diagnose.',
    'Dizziness or feeling faint': 'Schwindel oder Gefühl, ohnmächtig zu werden',
    'See a professional if a spot stays very tender after about two weeks of self-care, or with new numbness, tingling or weakness, swelling, warmth or redness, fever, or pain that is worse at night.':
      'Geh zu einer Fachperson, wenn eine Stelle nach etwa zwei Wochen Selbsthilfe sehr empfindlich bleibt, oder bei neuer Taubheit, neuem Kribbeln oder neuer Schwäche, Schwellung, Wärme oder Rötung, Fieber oder Schmerzen, die nachts schlimmer sind.',
    'Your safety answers rule out pressing on muscles, or are not all given yet. You can still go through the spots and mark where it feels tight or sore, without pressing.':
      'Deine Sicherheitsantworten schließen Druck auf die Muskeln aus oder sind noch nicht vollständig. Du kannst die Stellen trotzdem durchgehen und markieren, wo es sich verspannt oder wund anfühlt, ohne zu drücken.',
  },
};
