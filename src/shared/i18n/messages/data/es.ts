import type { dataEn } from './en';

/** Problemas con tus datos, en español. */
export const dataEs: Record<keyof typeof dataEn, string> = {
  'data.cause.diskFull': 'el disco está lleno',
  'data.cause.notAllowed': 'Unknot no tiene permiso para usar ese archivo o carpeta',
  'data.cause.readOnly': 'el disco es de solo lectura',
  'data.cause.busy': 'otro programa está usando el archivo',
  'data.cause.missing': 'falta el archivo o la carpeta',
  'data.cause.tooManyFiles': 'hay demasiados archivos abiertos a la vez',
  'data.cause.wrongKind':
    'hay una carpeta donde debería haber un archivo, o un archivo donde debería haber una carpeta',
  'data.cause.io':
    'no se pudo leer ni escribir en el disco (un fallo del hardware o de la conexión)',
  'data.cause.timedOut': 'tardó demasiado en responder',
  'data.cause.connection': 'la conexión se rechazó o se cortó',
  'data.cause.code': 'un error inesperado ({code})',
  'data.cause.unknown': 'un error inesperado',
  'data.cause.unreadAtStart':
    'Unknot no pudo leer su archivo al iniciarse y no escribe encima de un archivo que no pudo leer',

  'data.reason.notJson': 'no es JSON válido',
  'data.reason.notObject': 'no es un objeto',
  'data.reason.newer': 'lo escribió un Unknot más reciente (esquema {version})',
  'data.reason.unknownVersion': 'su versión de esquema es desconocida',
  'data.reason.notList': 'sus entradas no son una lista',
  'data.reason.badShape': 'su contenido no es el que Unknot espera',

  'data.kept.file': 'No se borró nada: los bytes originales siguen en el archivo indicado arriba.',
  'data.action.folder':
    'Mira en {folder}; restaura el archivo desde una copia de seguridad o déjalo como está.',
  'data.action.none': 'No tienes que hacer nada.',
  'data.action.unreadable':
    'Haz que tu cuenta pueda leer {file}, o quita lo que ocupa su lugar; después reinicia Unknot.',

  'data.settings.setAside':
    'No se pudo leer el archivo de ajustes ({reason}); se movió a {file} y se usan los ajustes predeterminados.',
  'data.settings.repaired':
    'Una parte de tu archivo de ajustes no se pudo usar tal como estaba; la lista de arriba en Ajustes dice qué se cambió.',
  'data.settings.saveFailed': 'No se pudieron guardar tus ajustes en {file} ({cause}).',
  'data.settings.saveKept': 'Los ajustes guardados antes siguen vigentes; el cambio no se aplicó.',
  'data.settings.saveAction':
    'Haz que la carpeta de datos se pueda escribir (o libera espacio en el disco) y vuelve a guardar.',
  'data.settings.unreadable':
    'No se pudo leer el archivo de ajustes {file} ({cause}); se usan los ajustes predeterminados.',
  'data.settings.unreadableKept':
    'El archivo se dejó tal como está. Los cambios que hagas ahora se aplican hasta que cierres Unknot, pero no se guardan, para que no lo sobrescriban.',
  'data.engine.setAside':
    'No se pudo usar el estado de las pausas ({reason}); se movió a {file} y el estado de pausa y aplazamiento empezó de cero.',
  'data.engine.kept':
    'Tu historial no se ve afectado; solo el estado de pausa y aplazamiento empezó de cero.',
  'data.engine.unreadable':
    'No se pudo leer el estado de pausa y aplazamiento en {file} ({cause}); Unknot empezó sin él.',
  'data.engine.unreadableKept':
    'El archivo se dejó tal como está y no se escribe hasta que Unknot pueda leerlo tras un reinicio. Tu historial no se ve afectado.',
  'data.tension.setAside': 'No se pudo leer el archivo de tensión ({reason}); se movió a {file}.',
  'data.tension.skipped':
    '{count, plural, one {No se pudo leer # registro de tensión y se omitió.} other {No se pudieron leer # registros de tensión y se omitieron.}}',
  'data.tension.skippedKept': 'Siguen en tension.json hasta que se guarde el próximo registro.',
  'data.tension.unreadable': 'No se pudo leer el archivo de tensión {file} ({cause}).',
  'data.tension.unreadableKept':
    'El archivo se dejó tal como está. No se pueden guardar registros nuevos hasta que Unknot pueda leerlo tras un reinicio.',
  'data.knots.setAside':
    'No se pudo leer el archivo del buscador de nudos ({reason}); se movió a {file}.',
  'data.knots.skipped':
    '{count, plural, one {No se pudo leer # revisión de nudos y se omitió.} other {No se pudieron leer # revisiones de nudos y se omitieron.}}',
  'data.knots.skippedKept': 'Siguen en knots.json.',
  'data.knots.unreadable': 'No se pudo leer el archivo del buscador de nudos {file} ({cause}).',
  'data.knots.unreadableKept':
    'El archivo se dejó tal como está. No se pueden guardar revisiones nuevas hasta que Unknot pueda leerlo tras un reinicio.',

  'data.log.saveFailed':
    'No se pudo guardar tu última pausa en {file} ({cause}). Unknot la guarda en memoria y la escribe en cuanto el disco lo permita; las pausas siguen como siempre. Revisa el espacio libre y los permisos de la carpeta de datos.',
  'data.log.readFailed':
    'No se pudo leer el archivo de historial de {month} ({cause}). Se dejó tal como está; ese mes falta en el resumen hasta que se pueda leer.',
  'data.log.setAside':
    'No se pudo leer el archivo de historial de {month} ({reason}). Se movió a {file} para que no se pierda nada de él; las pausas de ese mes faltan en el resumen. El resto de tu historial está intacto.',
  'data.log.torn':
    'La última línea del archivo de historial de {month} quedó cortada (Unknot se cerró mientras la escribía). Sus bytes se movieron a {file}; todo lo anterior está intacto.',
  'data.log.damagedLines':
    '{count, plural, one {No se pudo leer # línea del archivo de historial de {month} (línea {lines}); se deja en el archivo y se omite.} other {No se pudieron leer # líneas del archivo de historial de {month} (líneas {lines}); se dejan en el archivo y se omiten.}}',
  'data.log.folderUnreadable':
    'No se pudo leer la carpeta del historial {folder} ({cause}). Las pausas siguen; sus resultados se guardan en memoria y se escriben en cuanto se pueda leer la carpeta.',
  'data.log.folderKept':
    'No se cambió ni se borró nada en ella. Si cierras Unknot antes, se pierden los resultados guardados en memoria.',
  'data.log.folderAction':
    'Haz que {folder} sea una carpeta que tu cuenta pueda leer (quita el archivo que ocupe su lugar); entonces Unknot guarda lo que espera sin reiniciarse.',

  'data.write.log': 'No se pudo guardar una pausa o un tiempo sentado: {cause}.',
  'data.write.engineState': 'No se pudo guardar el estado de pausa y aplazamiento: {cause}.',
  'data.write.kept':
    'Se guarda en memoria ({count} en espera) y se vuelve a intentar cada pocos minutos mientras Unknot esté abierto.',
  'data.write.action':
    'Libera espacio en el disco o haz que la carpeta de datos se pueda escribir; si cierras Unknot ahora, se perdería lo que espera.',
  'data.effect.failed':
    'Unknot no pudo {effect, select, notice {mostrar el aviso de pausa} openBreak {abrir la ventana de pausa} focusBreak {traer al frente la ventana de pausa} closeBreak {cerrar la ventana de pausa} appendLog {guardar una pausa} recordBout {guardar el tiempo sentado} persist {guardar el estado de pausa} naturalBreak {anotar una pausa natural} held {anotar una pausa retenida} other {realizar un paso de la pausa}} ({cause}).',
  'data.effect.kept': 'Las pausas siguen; el resultado de esta se registra de todos modos.',
  'data.effect.action': 'Si vuelve a pasar, reinicia Unknot.',

  'data.picture.tooLarge':
    'La imagen ocupa {megabytes, number, ::.0} MB; usa una de 2 MB como máximo',
  'data.picture.notPicture': 'Usa una imagen PNG, JPEG o WebP',
  'data.picture.unreadable': 'No se pudo leer la imagen ({cause})',

  'data.userData.title': 'Unknot no puede iniciarse',
  'data.userData.problem':
    'Unknot guarda sus ajustes y su historial en\n  {folder}\npero no puede escribir ahí ({cause}).',
  'data.userData.fixWindows':
    'Comprueba que tu cuenta pueda escribir en esta carpeta (Propiedades › Seguridad).',
  'data.userData.fixSudo':
    'Esto suele pasar tras iniciar Unknot con sudo. Recupera la carpeta para tu usuario:\n  sudo chown -R "$USER" "{folder}"',
  'data.userData.otherFolder':
    'O inicia Unknot con una carpeta que elijas: UNKNOT_USER_DATA=/una/carpeta unknot',

  'data.programme.notJson': 'El archivo no es JSON.',
  'data.programme.notProgramme': 'Este no es un archivo de programa de Unknot.',
  'data.programme.version':
    'Este archivo de programa es de la versión {version}; este Unknot lee la versión {supported}.',
  'data.programme.field': 'El campo «{field}» no es válido: {problem}.',
  'data.programme.tooLarge': 'El archivo es demasiado grande para ser un programa de Unknot.',
  'data.programme.unreadable': 'No se pudo leer el archivo ({cause}).',
  'data.programme.unusable': 'El programa no se puede usar ({field}): {problem}.',
};
