import type { settingsProgrammeEn } from './en';

/** "My programme" in Spanish. */
export const settingsProgrammeEs: Record<keyof typeof settingsProgrammeEn, string> = {
  'settings.programme.title': 'Mi programa',
  'settings.programme.intro':
    'Deja que Unknot vaya rotando los ejercicios, o haz los mismos {min} a {max} en cada pausa, por ejemplo los que te dio un fisioterapeuta.',
  'settings.programme.legend': 'En cada pausa',
  'settings.programme.rotation': 'Rotar los ejercicios',
  'settings.programme.fixed': 'Hacer mi programa',
  'settings.programme.fixedHint':
    'Elige antes al menos {min} ejercicios abajo. Las respuestas de seguridad siguen valiendo: un ejercicio que descartan queda fuera, y aquí se indica.',
  'settings.programme.list': 'Tu programa',
  'settings.programme.empty': 'Todavía no has elegido ejercicios.',
  'settings.programme.leftOut':
    '{reason, select, protective {queda fuera mientras las pausas sean suaves tras una señal de alarma} pressure {queda fuera: la presión sigue desactivada hasta que la revisión de seguridad la permita} condition {queda fuera por tus respuestas de seguridad} operationSite {queda fuera: carga la zona de tu operación o lesión} equipment {queda fuera: necesita material que no has marcado} pressureToday {queda fuera: como mucho {perDay} ejercicios de presión al día} pressureSession {queda fuera: como mucho {minutes} minutos de presión en una pausa} other {queda fuera: este ejercicio ya no existe}}',
  'settings.programme.up': 'Subir',
  'settings.programme.down': 'Bajar',
  'settings.programme.remove': 'Quitar',
  'settings.programme.moveUp': 'Subir {name}',
  'settings.programme.moveDown': 'Bajar {name}',
  'settings.programme.removeNamed': 'Quitar {name}',
  'settings.programme.toAdd': 'Ejercicio para añadir',
  'settings.programme.choose': 'Elige un ejercicio',
  'settings.programme.add': 'Añadir al programa',
  'settings.programme.full': 'Un programa tiene como mucho {max} ejercicios.',
  'settings.programme.own': 'Tus propios ejercicios',
  'settings.programme.ownEmpty': 'Ninguno todavía.',
  'settings.programme.delete': 'Eliminar',
  'settings.programme.deleteNamed': 'Eliminar {name}',
  'settings.programme.saidMoved': '{name} es ahora el número {position}.',
  'settings.programme.saidRemoved': '{name} se quitó del programa.',
  'settings.programme.saidAdded': '{name} añadido.',
  'settings.programme.saidDeleted': '{name} eliminado.',
  'settings.programme.saidRotation': 'La rotación está activada.',
  'settings.programme.saidFixed': 'Tu programa está activado.',

  'settings.own.legend': 'Añadir un ejercicio propio',
  'settings.own.name': 'Nombre',
  'settings.own.steps': 'Pasos, uno por línea',
  'settings.own.kind': 'Tipo',
  'settings.own.kindOption':
    '{kind, select, stretch {Estiramiento} strength {Fuerza o resistencia} movement {Movimiento} other {Presión sobre una pelota}}',
  'settings.own.area': 'Zona del cuerpo',
  'settings.own.areaOption':
    '{area, select, upperBack {parte alta de la espalda} hips {caderas} chest {pecho} glutes {glúteos} neck {cuello} lowerBack {zona lumbar} legs {piernas} forearms {antebrazos} shoulders {hombros} other {todo el cuerpo}}',
  'settings.own.sides': 'Lados',
  'settings.own.sidesOne': 'Uno (o el centro)',
  'settings.own.sidesBoth': 'Ambos, primero izquierdo y luego derecho',
  'settings.own.dose': 'Dosis',
  'settings.own.doseHold': 'Mantener unos segundos',
  'settings.own.doseRepetitions': 'Repeticiones',
  'settings.own.amount':
    '{unit, select, seconds {Segundos ({min}–{max})} other {Repeticiones ({min}–{max})}}',
  'settings.own.choosePicture': 'Elegir una imagen (opcional)',
  'settings.own.chooseAnother': 'Elegir otra imagen',
  'settings.own.pictureAdded': 'Imagen añadida.',
  'settings.own.add': 'Añadir el ejercicio',

  'settings.programmeFile.legend': 'Archivo del programa',
  'settings.programmeFile.hint':
    'Un archivo JSON con tu programa, tus propios ejercicios y sus imágenes.',
  'settings.programmeFile.export': 'Exportar el programa…',
  'settings.programmeFile.import': 'Importar un programa…',
  'settings.programmeFile.saved': 'Guardado en {path}.',
  'settings.programmeFile.savedLeftOut':
    'Guardado en {path}. Imágenes que faltan y se dejaron fuera: {pictures}.',
  'settings.programmeFile.unchanged': 'No se cambió nada. {error}',
  'settings.programmeFile.imported':
    '{count, plural, one {Se importaron el programa y # ejercicio propio.} other {Se importaron el programa y # ejercicios propios.}}',

  // Editing an own exercise in place.
  'settings.own.editLegend': 'Editar {name}',
  'settings.own.saveChanges': 'Guardar cambios',
  'settings.own.cancel': 'Cancelar',
  'settings.programme.edit': 'Editar',
  'settings.programme.editNamed': 'Editar {name}',
  'settings.programme.saidSaved': '{name} guardado.',
};
