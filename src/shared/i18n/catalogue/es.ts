import type { CatalogueTranslation } from './sources';

/** Español (tú). Not yet checked by a fluent reader (see the README). */
export const catalogueEs: CatalogueTranslation = {
  'Ball between shoulder blade and wall': 'Pelota entre el omóplato y la pared',
  'Stand with your back to a wall, feet a small step away from it.':
    'Ponte de espaldas a una pared, con los pies a un pequeño paso de ella.',
  'Put a firm ball between the wall and the muscle over your {side} shoulder blade, not on the spine.':
    'Coloca una pelota firme entre la pared y el músculo que cubre tu omóplato {side, select, left {izquierdo} other {derecho}}, no sobre la columna.',
  'Lean back until the pressure is about 5–7 out of 10.':
    'Échate hacia atrás hasta que la presión sea de unos 5–7 sobre 10.',
  'Hold still on the tender spot and breathe slowly; ease off early if it softens.':
    'Mantén la presión sin moverte sobre el punto sensible y respira despacio; afloja antes si el punto se relaja.',
  'A strong, dull "good pain" of about 5–7 out of 10 that eases as you hold. Back off if you wince.':
    'Un dolor fuerte y sordo, un «dolor bueno» de unos 5–7 sobre 10, que va cediendo mientras mantienes la presión. Afloja si te hace torcer el gesto.',
  'Numbness or tingling': 'Entumecimiento u hormigueo',
  'Sharp or shooting pain': 'Dolor agudo o en forma de descarga',
  Dizziness: 'Mareo',
  'The ball slides onto your spine: move it back onto the muscle':
    'La pelota se desliza sobre la columna: vuelve a colocarla sobre el músculo',
  'Holding a tender spot 30 s–1 min at a tolerable 5–7/10 is the usual dose (Gemmell et al. 2008, who found no difference against sham, so it supports the dose, not an effect); pressure tolerance improves but pain does not clearly (Lu et al. 2022), so the evidence is weak.':
    'Mantener la presión sobre un punto sensible 30 s–1 min a un 5–7/10 tolerable es la dosis habitual (Gemmell et al. 2008, que no encontraron diferencia frente a un tratamiento simulado, así que respalda la dosis, no un efecto); la tolerancia a la presión mejora, pero el dolor no mejora claramente (Lu et al. 2022), así que la evidencia es débil.',
  'Side view: a person leans back against a wall, a ball between the middle of one shoulder blade and the wall.':
    'Vista lateral: una persona se apoya de espaldas contra una pared, con una pelota entre el centro de un omóplato y la pared.',
  'Lean in less, to about 4 out of 10, or use a softer ball.':
    'Apóyate menos, hasta unos 4 sobre 10, o usa una pelota más blanda.',
  'Lean in a little more, never past 7 out of 10.':
    'Apóyate un poco más, nunca por encima de 7 sobre 10.',
  'Ball along the inner edge of the shoulder blade':
    'Pelota a lo largo del borde interno del omóplato',
  'Stand with your back to a wall and cross your arms over your chest to spread your shoulder blades.':
    'Ponte de espaldas a una pared y cruza los brazos sobre el pecho para separar los omóplatos.',
  'Place the ball beside the inner edge of your {side} shoulder blade, a finger-width off the spine.':
    'Coloca la pelota junto al borde interno de tu omóplato {side, select, left {izquierdo} other {derecho}}, a un dedo de distancia de la columna.',
  'Bend your knees slightly to move the ball slowly until you find a tender spot.':
    'Flexiona ligeramente las rodillas para mover la pelota despacio hasta encontrar un punto sensible.',
  'Stop there and lean in to about 5–7 out of 10; hold and breathe.':
    'Detente ahí y apóyate hasta unos 5–7 sobre 10; mantén la presión y respira.',
  'Pressure on the spine itself: keep the ball on the muscle beside it':
    'Presión sobre la propia columna: mantén la pelota sobre el músculo que hay a su lado',
  'Back view, through the wall: arms crossed over the chest, a ball beside the inner edge of one shoulder blade, off the spine.':
    'Vista de espaldas, a través de la pared: los brazos cruzados sobre el pecho y una pelota junto al borde interno de un omóplato, fuera de la columna.',
  'Foam roller between upper back and wall':
    'Rodillo de espuma entre la parte alta de la espalda y la pared',
  'Hold a foam roller across your upper back, level with your shoulder blades, and lean it against a wall.':
    'Sujeta un rodillo de espuma atravesado sobre la parte alta de la espalda, a la altura de los omóplatos, y apóyalo contra una pared.',
  'Step your feet a little forward and lean back into it, arms crossed over your chest.':
    'Adelanta un poco los pies y échate hacia atrás sobre él, con los brazos cruzados sobre el pecho.',
  'Bend your knees slowly to find a tender band of muscle, then hold still there at about 5–7 out of 10.':
    'Flexiona las rodillas despacio hasta encontrar una banda de músculo sensible y mantén ahí la posición, sin moverte, a unos 5–7 sobre 10.',
  'Keep it on the muscle of the upper back, off the spine’s bony points, never on the lower back or the neck.':
    'Mantenlo sobre el músculo de la parte alta de la espalda, lejos de los salientes óseos de la columna, y nunca sobre la zona lumbar ni el cuello.',
  'Pressure on the lower back or the neck: move the roller':
    'Presión sobre la zona lumbar o el cuello: mueve el rodillo',
  'Static pressure on a foam roller for 90 s raised pressure tolerance on the calf within the group, without a difference between groups (Wilke et al. 2018); rolling sets of 30–120 s are usual (Konrad et al. 2022): the evidence for pain is weak.':
    'La presión estática sobre un rodillo de espuma durante 90 s aumentó la tolerancia a la presión en la pantorrilla dentro del grupo, sin diferencia entre grupos (Wilke et al. 2018); lo habitual son series de rodillo de 30–120 s (Konrad et al. 2022): la evidencia sobre el dolor es débil.',
  'Side view: a person leans back against a foam roller held between the upper back and a wall, knees bent.':
    'Vista lateral: una persona se apoya de espaldas contra un rodillo de espuma sujeto entre la parte alta de la espalda y una pared, con las rodillas flexionadas.',
  'Stand closer to the wall so you lean in less.': 'Acércate más a la pared para apoyarte menos.',
  'Step further out, never past 7 out of 10.':
    'Aléjate un poco más, nunca por encima de 7 sobre 10.',
  'Upper-back extension over the chair back':
    'Extensión de la parte alta de la espalda sobre el respaldo',
  'Sit back in a chair whose backrest ends around your shoulder blades.':
    'Siéntate al fondo de una silla cuyo respaldo termine más o menos a la altura de los omóplatos.',
  'Rest your hands lightly behind your head, elbows wide.':
    'Apoya las manos suavemente detrás de la cabeza, con los codos abiertos.',
  'Lean back over the top of the backrest, arching your upper back, not your lower back.':
    'Échate hacia atrás por encima del borde del respaldo, arqueando la parte alta de la espalda, no la zona lumbar.',
  'Hold gently and breathe; keep your neck relaxed.':
    'Mantén la posición con suavidad y respira; deja el cuello relajado.',
  'A gentle opening of the upper back and chest, no pinching in the lower back.':
    'Una apertura suave de la parte alta de la espalda y del pecho, sin sensación de pinzamiento en la zona lumbar.',
  'Pinching or pain in the lower back': 'Sensación de pinzamiento o dolor en la zona lumbar',
  'Active breaks with a change of posture reduce discomfort (Waongenngarm et al. 2018, moderate evidence); no trial tested this particular move, so for it the evidence is weak.':
    'Las pausas activas con cambio de postura reducen las molestias (Waongenngarm et al. 2018, evidencia moderada); ningún ensayo ha probado este movimiento en concreto, así que para él la evidencia es débil.',
  'Side view: a person sits with hands behind the head and leans the upper back over the top of the backrest.':
    'Vista lateral: una persona sentada, con las manos detrás de la cabeza, inclina la parte alta de la espalda hacia atrás sobre el borde del respaldo.',
  'Seated upper-back rotation': 'Rotación de la parte alta de la espalda en la silla',
  'Sit tall near the front of the chair, feet flat and hip-width apart.':
    'Siéntate con la espalda erguida cerca del borde delantero de la silla, con los pies apoyados en el suelo y separados al ancho de las caderas.',
  'Cross your arms over your chest, hands on the opposite shoulders.':
    'Cruza los brazos sobre el pecho, con las manos en los hombros contrarios.',
  'Keeping your hips still, turn your chest toward the {side} as far as is comfortable.':
    'Sin mover las caderas, gira el pecho hacia la {side, select, left {izquierda} other {derecha}} hasta donde te resulte cómodo.',
  'Hold, breathing slowly, then come back to the middle.':
    'Mantén la posición, respirando despacio, y luego vuelve al centro.',
  'A mild stretch around the middle of the back and the ribs.':
    'Un estiramiento suave alrededor de la mitad de la espalda y de las costillas.',
  'Pain in the lower back': 'Dolor en la zona lumbar',
  'Active breaks with a change of posture ease discomfort (Waongenngarm et al. 2018, moderate evidence) and 10–30 s holds to mild tightness are the standard dose (ACSM 2021); no trial tested this move at a desk, so the evidence for it is weak.':
    'Las pausas activas con cambio de postura alivian las molestias (Waongenngarm et al. 2018, evidencia moderada) y mantener 10–30 s hasta notar una tensión suave es la dosis estándar (ACSM 2021); ningún ensayo ha probado este movimiento en el escritorio, así que la evidencia para él es débil.',
  'Front view: a seated person with arms crossed over the chest turns the chest to one side, hips still.':
    'Vista frontal: una persona sentada, con los brazos cruzados sobre el pecho, gira el pecho hacia un lado sin mover las caderas.',
  'Shoulder-blade squeeze': 'Juntar los omóplatos',
  'Sit or stand tall, elbows bent at your sides.':
    'Siéntate o ponte de pie con la espalda erguida, con los codos flexionados junto al cuerpo.',
  'Draw your shoulder blades back and down toward each other, as if holding a pencil between them.':
    'Lleva los omóplatos hacia atrás y hacia abajo, uno hacia el otro, como si sujetaras un lápiz entre ellos.',
  'Hold for 5 seconds without shrugging, relax for 2, and repeat until the time is up.':
    'Mantén la contracción 5 segundos sin encoger los hombros, relaja 2 y repite hasta que se acabe el tiempo.',
  'Working muscle between and below the shoulder blades.':
    'Músculos trabajando entre los omóplatos y por debajo de ellos.',
  'Pain in the shoulder joint': 'Dolor en la articulación del hombro',
  'Endurance training of the neck and shoulder-blade muscles was half of the programme that roughly halved new neck pain over a year (Sihawong et al. 2014), and strengthening beats stretching for office neck pain (Louw et al. 2017, review).':
    'El entrenamiento de resistencia de los músculos del cuello y de los omóplatos era la mitad del programa que redujo aproximadamente a la mitad los casos nuevos de dolor de cuello en un año (Sihawong et al. 2014), y para el dolor de cuello en oficinistas fortalecer funciona mejor que estirar (Louw et al. 2017, revisión).',
  'Side view: a person with elbows bent draws the elbows back, squeezing the shoulder blades together.':
    'Vista lateral: una persona con los codos flexionados lleva los codos hacia atrás, juntando los omóplatos.',
  'Hold each squeeze for 3 seconds.': 'Mantén cada contracción 3 segundos.',
  'Hold each squeeze for 10 seconds, or use a band (the band row).':
    'Mantén cada contracción 10 segundos, o usa una banda elástica (el remo con banda).',
  'Band row': 'Remo con banda elástica',
  'Loop the band around a closed door’s handle and hold one end in each hand, arms forward.':
    'Pasa la banda alrededor del pomo de una puerta cerrada y sujeta un extremo con cada mano, con los brazos hacia delante.',
  'Step back until the band is just taut, and stand tall.':
    'Retrocede hasta que la banda quede justo tensa y mantén la espalda erguida.',
  'Pull your elbows back past your ribs, squeezing your shoulder blades together; 2 seconds back, 2 forward.':
    'Lleva los codos hacia atrás, más allá de las costillas, juntando los omóplatos; 2 segundos hacia atrás, 2 hacia delante.',
  'Repeat slowly until the time is up, without shrugging.':
    'Repite despacio hasta que se acabe el tiempo, sin encoger los hombros.',
  'Warm, working muscle between the shoulder blades and at the back of the shoulders.':
    'Calor y músculos trabajando entre los omóplatos y en la parte de atrás de los hombros.',
  'For office neck pain strengthening beats stretching (Louw et al. 2017, review), and 2 minutes a day of elastic-band raises helped about as much as 12 minutes a day (Andersen et al. 2011, RCT).':
    'Para el dolor de cuello en oficinistas, fortalecer funciona mejor que estirar (Louw et al. 2017, revisión), y 2 minutos al día de elevaciones con banda elástica ayudaron más o menos tanto como 12 minutos (Andersen et al. 2011, ECA).',
  'Side view: a person pulls an elastic band tied to a door toward the ribs, elbows back.':
    'Vista lateral: una persona tira hacia las costillas de una banda elástica atada a una puerta, con los codos hacia atrás.',
  'Step closer to the door so the band is slacker.':
    'Acércate a la puerta para que la banda quede más floja.',
  'Step further back, or pause 2 seconds with the elbows back.':
    'Aléjate más, o haz una pausa de 2 segundos con los codos atrás.',
  'Wall angel': 'Ángel en la pared',
  'Stand with your back, head and bottom against a wall, feet a small step forward.':
    'Ponte de espaldas a una pared con la espalda, la cabeza y los glúteos apoyados en ella, y los pies un pequeño paso por delante.',
  'Raise your arms into a goal-post shape, backs of the hands toward the wall.':
    'Sube los brazos en forma de portería, con el dorso de las manos hacia la pared.',
  'Slide your arms slowly up the wall as far as they stay close to it, then back down.':
    'Desliza los brazos despacio hacia arriba por la pared hasta donde puedan seguir pegados a ella, y luego bájalos.',
  'Keep your lower back gently against the wall; repeat slowly until the time is up.':
    'Mantén la zona lumbar apoyada suavemente en la pared; repite despacio hasta que se acabe el tiempo.',
  'Working muscle between the shoulder blades and a stretch across the chest.':
    'Músculos trabajando entre los omóplatos y un estiramiento en el pecho.',
  'Pinching pain in the shoulder': 'Dolor de pinzamiento en el hombro',
  'Shoulder-blade endurance work was part of the programme that roughly halved new neck pain (Sihawong et al. 2014), and strengthening beats stretching for office neck pain (Louw et al. 2017); no trial tested wall angels on their own, so the evidence for this one is weak.':
    'El trabajo de resistencia de los músculos de los omóplatos formaba parte del programa que redujo aproximadamente a la mitad los casos nuevos de dolor de cuello (Sihawong et al. 2014), y para el dolor de cuello en oficinistas fortalecer funciona mejor que estirar (Louw et al. 2017); ningún ensayo ha probado los ángeles en la pared por sí solos, así que la evidencia para este ejercicio es débil.',
  'Back view, through the wall: arms in a goal-post shape slide up the wall and back down.':
    'Vista de espaldas, a través de la pared: los brazos, en forma de portería, suben deslizándose por la pared y vuelven a bajar.',
  'Slide only halfway up, or stand a little away from the wall.':
    'Sube solo hasta la mitad, o sepárate un poco de la pared.',
  'Move more slowly, pausing at the top.': 'Muévete más despacio, con una pausa arriba.',
  'Band pull-apart': 'Aperturas con banda elástica',
  'Stand or sit tall and hold a light band in both hands, arms straight in front at chest height, hands shoulder-width apart.':
    'Ponte de pie o siéntate con la espalda erguida y sujeta una banda ligera con las dos manos, con los brazos estirados al frente a la altura del pecho y las manos separadas al ancho de los hombros.',
  'Pull the band apart by moving your arms out to the sides, squeezing your shoulder blades together; 2 seconds out.':
    'Separa la banda llevando los brazos hacia los lados y juntando los omóplatos; 2 segundos hacia fuera.',
  'Let it back slowly over 2 seconds, without shrugging or arching your back.':
    'Vuelve despacio en 2 segundos, sin encoger los hombros ni arquear la espalda.',
  'Repeat slowly until the time is up.': 'Repite despacio hasta que se acabe el tiempo.',
  'For office neck pain strengthening beats stretching (Louw et al. 2017, review), and a couple of minutes a day of band work helped (Andersen et al. 2011, RCT, with lateral raises); no trial tested the pull-apart itself, so its evidence is weak.':
    'Para el dolor de cuello en oficinistas, fortalecer funciona mejor que estirar (Louw et al. 2017, revisión), y un par de minutos al día de trabajo con banda elástica ayudaron (Andersen et al. 2011, ECA, con elevaciones laterales); ningún ensayo ha probado las aperturas en sí, así que su evidencia es débil.',
  'Back view: a person holds an elastic band in both hands and pulls it apart, arms moving out to the sides at shoulder height.':
    'Vista de espaldas: una persona sujeta una banda elástica con las dos manos y la separa, llevando los brazos hacia los lados a la altura de los hombros.',
  'Hold the band with your hands further apart, or use a lighter band.':
    'Sujeta la banda con las manos más separadas, o usa una banda más ligera.',
  'Hold your hands closer together, or pause 2 seconds with the arms out.':
    'Acerca más las manos, o haz una pausa de 2 segundos con los brazos abiertos.',
  'Neck side bend': 'Inclinación lateral del cuello',
  'Sit or stand tall and let your shoulders drop.':
    'Siéntate o ponte de pie con la espalda erguida y deja caer los hombros.',
  'Tilt your head toward your {other} shoulder without lifting that shoulder.':
    'Inclina la cabeza hacia tu hombro {other, select, left {izquierdo} other {derecho}} sin levantar ese hombro.',
  'Let your {side} arm hang, or hold the seat with your {side} hand, to deepen the stretch a little.':
    'Deja colgar el brazo {side, select, left {izquierdo} other {derecho}}, o sujeta el asiento con la mano {side, select, left {izquierda} other {derecha}}, para intensificar un poco el estiramiento.',
  'Hold gently; do not pull on your head or press on the neck.':
    'Mantén la posición con suavidad; no tires de la cabeza ni presiones el cuello.',
  'A mild stretch along the {side} side of the neck and the top of the shoulder.':
    'Un estiramiento suave a lo largo del lado {side, select, left {izquierdo} other {derecho}} del cuello y de la parte superior del hombro.',
  'Pain or tingling running down the arm': 'Dolor u hormigueo que baja por el brazo',
  'Neck and shoulder stretching twice a day lowered pain by 1.4 points in office workers who already had chronic neck pain (Tunwattanapong et al. 2016, RCT: a treatment, not prevention); stretching plus endurance training roughly halved new neck pain over a year (Sihawong et al. 2014).':
    'Estirar el cuello y los hombros dos veces al día redujo el dolor 1,4 puntos en oficinistas que ya tenían dolor de cuello crónico (Tunwattanapong et al. 2016, ECA: un tratamiento, no prevención); estirar junto con entrenamiento de resistencia redujo aproximadamente a la mitad los casos nuevos de dolor de cuello en un año (Sihawong et al. 2014).',
  'Front view: a person tilts the head away from the worked side, ear toward the other shoulder, both shoulders low.':
    'Vista frontal: una persona inclina la cabeza alejándola del lado que se trabaja, con la oreja hacia el otro hombro y los dos hombros bajos.',
  'Levator scapulae stretch': 'Estiramiento del elevador de la escápula',
  'Sit tall and hold the side of the seat with your {side} hand.':
    'Siéntate con la espalda erguida y sujeta el lateral del asiento con la mano {side, select, left {izquierda} other {derecha}}.',
  'Turn your head about halfway toward your {other} armpit and look down toward it.':
    'Gira la cabeza más o menos a medio camino hacia tu axila {other, select, left {izquierda} other {derecha}} y mira hacia ella.',
  'Rest your {other} hand on the back of your head and let its weight add a little stretch; do not pull.':
    'Apoya la mano {other, select, left {izquierda} other {derecha}} en la parte de atrás de la cabeza y deja que su peso añada un poco de estiramiento; no tires.',
  'Hold, breathing slowly, then lift your head back up gently.':
    'Mantén la posición, respirando despacio, y luego vuelve a levantar la cabeza con suavidad.',
  'A mild stretch at the back of the neck on the {side} side, down toward the shoulder blade.':
    'Un estiramiento suave en la parte de atrás del cuello, en el lado {side, select, left {izquierdo} other {derecho}}, que baja hacia el omóplato.',
  'Front view: a seated person holds the seat with one hand and, with the other hand on the back of the head, lowers the head toward the opposite armpit.':
    'Vista frontal: una persona sentada sujeta el asiento con una mano y, con la otra en la parte de atrás de la cabeza, baja la cabeza hacia la axila contraria.',
  'Chin-tuck hold': 'Retracción de la barbilla',
  'Sit tall with your eyes level and your shoulders relaxed.':
    'Siéntate con la espalda erguida, la mirada al frente y los hombros relajados.',
  'Glide your chin straight back, as if making a double chin; do not tip your head down.':
    'Lleva la barbilla recta hacia atrás, como si hicieras papada; no bajes la cabeza.',
  'Hold each tuck for 5 seconds, relax for 1, and repeat until the time is up.':
    'Mantén cada retracción 5 segundos, relaja 1 y repite hasta que se acabe el tiempo.',
  'Gentle work deep at the front of the neck and a light stretch at the base of the skull.':
    'Un trabajo suave de los músculos profundos de la parte delantera del cuello y un ligero estiramiento en la base del cráneo.',
  'Neck endurance training was half of the programme that roughly halved new neck pain over a year (Sihawong et al. 2014), and for office neck pain strengthening beats stretching (Louw et al. 2017, review).':
    'El entrenamiento de resistencia del cuello era la mitad del programa que redujo aproximadamente a la mitad los casos nuevos de dolor de cuello en un año (Sihawong et al. 2014), y para el dolor de cuello en oficinistas fortalecer funciona mejor que estirar (Louw et al. 2017, revisión).',
  'Side view: a seated person draws the chin straight back, eyes level.':
    'Vista lateral: una persona sentada lleva la barbilla recta hacia atrás, con la mirada al frente.',
  'Hold each tuck for 3 seconds, or rest your head against a high chair back.':
    'Mantén cada retracción 3 segundos, o apoya la cabeza en un respaldo alto.',
  'Hold each tuck for up to 10 seconds.': 'Mantén cada retracción hasta 10 segundos.',
  'Ball on the top of the shoulder blade': 'Pelota sobre la parte superior del omóplato',
  'Stand with your back to a wall, feet a step away from it and knees slightly bent.':
    'Ponte de espaldas a una pared, con los pies a un paso de ella y las rodillas ligeramente flexionadas.',
  'Place the ball on the muscle just above your {side} shoulder blade, halfway between neck and shoulder tip.':
    'Coloca la pelota sobre el músculo que hay justo encima de tu omóplato {side, select, left {izquierdo} other {derecho}}, a medio camino entre el cuello y la punta del hombro.',
  'Bend your knees a little to bring the ball higher, and stop below the base of your neck: against a wall the ball travels toward the neck, never onto the top of the shoulder.':
    'Flexiona un poco las rodillas para subir la pelota y detente por debajo de la base del cuello: contra una pared, la pelota se desplaza hacia el cuello, nunca hacia la parte superior del hombro.',
  'Hold at about 5–7 out of 10. Keep it on the muscle: never the front or sides of the neck.':
    'Mantén la presión a unos 5–7 sobre 10. Deja la pelota sobre el músculo: nunca en la parte delantera ni en los lados del cuello.',
  'Any pressure on the neck itself: move the ball down at once':
    'Cualquier presión sobre el propio cuello: baja la pelota de inmediato',
  'Side view: a person leans back against a wall with knees bent, a ball between the wall and the muscle above the shoulder blade.':
    'Vista lateral: una persona se apoya de espaldas contra una pared con las rodillas flexionadas y una pelota entre la pared y el músculo que hay encima del omóplato.',
  'Hand pressure on the top of the shoulder':
    'Presión con la mano sobre la parte superior del hombro',
  'Sit or stand tall and reach your {other} hand across to your {side} shoulder.':
    'Siéntate o ponte de pie con la espalda erguida y lleva la mano {other, select, left {izquierda} other {derecha}}, cruzando por delante, hasta el hombro {side, select, left {izquierdo} other {derecho}}.',
  'Find the thick muscle on top of the shoulder, toward its back, halfway to the shoulder tip.':
    'Busca el músculo grueso de la parte superior del hombro, hacia su parte de atrás, a medio camino de la punta del hombro.',
  'Squeeze it gently between fingers and palm to about 5–7 out of 10; keep your fingertips on the muscle, out of the hollow above the collarbone.':
    'Apriétalo con suavidad entre los dedos y la palma hasta unos 5–7 sobre 10; mantén las yemas de los dedos sobre el músculo, fuera del hueco que hay encima de la clavícula.',
  'Hold and breathe. Never press the front or sides of the neck.':
    'Mantén la presión y respira. No presiones nunca la parte delantera ni los lados del cuello.',
  'Any pressure on the front or side of the neck: let go':
    'Cualquier presión en la parte delantera o en un lado del cuello: suelta',
  'Front view: a person reaches one hand across to squeeze the muscle on top of the other shoulder.':
    'Vista frontal: una persona cruza una mano por delante para apretar el músculo de la parte superior del otro hombro.',
  'Squeeze more softly, to about 4 out of 10.': 'Aprieta con más suavidad, hasta unos 4 sobre 10.',
  'Band lateral raise': 'Elevación lateral con banda elástica',
  'Stand on one end of the band with your {side} foot and hold the other end in your {side} hand.':
    'Pisa un extremo de la banda con el pie {side, select, left {izquierdo} other {derecho}} y sujeta el otro extremo con la mano {side, select, left {izquierda} other {derecha}}.',
  'Lift the arm out to the side, elbow soft, up to shoulder height.':
    'Levanta el brazo hacia un lado, con el codo ligeramente flexionado, hasta la altura del hombro.',
  'Raise it over about 2 seconds and lower it over 2; keep your shoulder away from your ear.':
    'Súbelo en unos 2 segundos y bájalo en 2; mantén el hombro lejos de la oreja.',
  'Repeat until the time is up, stopping a rep or two before it gets hard to keep good form.':
    'Repite hasta que se acabe el tiempo y para una o dos repeticiones antes de que te cueste mantener una buena técnica.',
  'Warm, working muscle on the top and side of the shoulder.':
    'Calor y músculos trabajando en la parte superior y lateral del hombro.',
  'Pinching pain at the top of the shoulder':
    'Dolor de pinzamiento en la parte superior del hombro',
  'Front view: a person stands on an elastic band and lifts it out to the side to shoulder height.':
    'Vista frontal: una persona pisa una banda elástica y la levanta hacia un lado hasta la altura del hombro.',
  'Hold the band further up so it is slacker, or raise only to 60°.':
    'Sujeta la banda más arriba para que quede más floja, o sube solo hasta 60°.',
  'Hold the band shorter, or move more slowly.':
    'Sujeta la banda más corta, o muévete más despacio.',
  'Water-bottle lateral raise': 'Elevación lateral con botella de agua',
  'Stand or sit tall holding a full water bottle in your {side} hand.':
    'Ponte de pie o siéntate con la espalda erguida, con una botella de agua llena en la mano {side, select, left {izquierda} other {derecha}}.',
  'Raise it over about 2 seconds and lower it over 2; keep the shoulder low.':
    'Súbelo en unos 2 segundos y bájalo en 2; mantén el hombro bajo.',
  'Repeat until the time is up, stopping before your form slips.':
    'Repite hasta que se acabe el tiempo y para antes de que empeore tu técnica.',
  'Front view: a person lifts a water bottle out to the side to shoulder height.':
    'Vista frontal: una persona levanta una botella de agua hacia un lado hasta la altura del hombro.',
  'Use a half-full bottle, or raise only to 60°.':
    'Usa una botella medio llena, o sube solo hasta 60°.',
  'Use a heavier bottle, or lower it over 4 seconds.':
    'Usa una botella más pesada, o bájala en 4 segundos.',
  'Doorway chest stretch': 'Estiramiento de pecho en el marco de una puerta',
  'Stand in a doorway and rest your {side} forearm on the frame, elbow at shoulder height.':
    'Colócate en el hueco de una puerta y apoya el antebrazo {side, select, left {izquierdo} other {derecho}} en el marco, con el codo a la altura del hombro.',
  'Step forward with your {side} leg until you feel a gentle stretch across the chest.':
    'Da un paso adelante con la pierna {side, select, left {izquierda} other {derecha}} hasta notar un estiramiento suave en el pecho.',
  'Keep your shoulders down and breathe.': 'Mantén los hombros bajos y respira.',
  'A mild stretch across the front of the chest and shoulder, never pain.':
    'Un estiramiento suave en la parte delantera del pecho y del hombro, nunca dolor.',
  'Pain in the front of the shoulder': 'Dolor en la parte delantera del hombro',
  'A one-arm doorway stretch lengthened the pectoralis minor the most of three stretches (Borstad & Ludewig 2006) and 30 s holds work as well as 60 s (Bandy & Irion 1994); no trial shows it prevents knots.':
    'De tres estiramientos, el del marco de la puerta con un solo brazo fue el que más alargó el pectoral menor (Borstad & Ludewig 2006), y mantener 30 s funciona tan bien como 60 s (Bandy & Irion 1994); ningún ensayo demuestra que prevenga los nudos.',
  'Front view: a person in a doorway rests one forearm on the frame at shoulder height, then leans through to stretch the chest.':
    'Vista frontal: una persona en el hueco de una puerta apoya un antebrazo en el marco a la altura del hombro y luego se inclina hacia delante para estirar el pecho.',
  'Hands-behind-back chest opener': 'Apertura de pecho con las manos a la espalda',
  'Stand tall with your feet hip-width apart.':
    'Ponte de pie con la espalda erguida y los pies separados al ancho de las caderas.',
  'Clasp your hands behind your lower back.': 'Entrelaza las manos detrás de la zona lumbar.',
  'Draw your shoulder blades back and down and lift your chest.':
    'Lleva los omóplatos hacia atrás y hacia abajo y eleva el pecho.',
  'Keep your chin level and breathe slowly.':
    'Mantén la barbilla recta, sin subirla ni bajarla, y respira despacio.',
  'A mild stretch across the chest and the front of the shoulders.':
    'Un estiramiento suave en el pecho y en la parte delantera de los hombros.',
  'Stretches held 10–30 s to mild tightness, daily, are the standard dose (ACSM 2021); no trial tested this stretch at a desk, so the evidence for it is weak.':
    'Los estiramientos mantenidos 10–30 s hasta notar una tensión suave, cada día, son la dosis estándar (ACSM 2021); ningún ensayo ha probado este estiramiento en el escritorio, así que la evidencia para él es débil.',
  'Side view: a person stands tall with hands clasped behind the lower back and the chest lifted.':
    'Vista lateral: una persona de pie con la espalda erguida, las manos entrelazadas detrás de la zona lumbar y el pecho elevado.',
  'Forearm and wrist flexor stretch': 'Estiramiento de los flexores del antebrazo y la muñeca',
  'Stretch your {side} arm out in front of you at shoulder height, elbow straight, palm facing away.':
    'Estira el brazo {side, select, left {izquierdo} other {derecho}} delante de ti a la altura del hombro, con el codo recto y la palma mirando hacia delante.',
  'Let your fingers point up, and with your {other} hand draw them gently back toward you.':
    'Deja que los dedos apunten hacia arriba y, con la mano {other, select, left {izquierda} other {derecha}}, llévalos suavemente hacia ti.',
  'Stop at a mild stretch along the inside of the forearm and hold.':
    'Detente cuando notes un estiramiento suave a lo largo de la cara interna del antebrazo y mantén la posición.',
  'A mild stretch along the palm side of the forearm, from wrist to elbow.':
    'Un estiramiento suave a lo largo del antebrazo por el lado de la palma, de la muñeca al codo.',
  'Pain at the wrist or the inner elbow': 'Dolor en la muñeca o en la parte interna del codo',
  'Stretches held 10–30 s to mild tightness, daily, are the standard dose (ACSM 2021), and 30 s holds work as well as 60 s (Bandy & Irion 1994); no trial tested forearm stretches for typing, so the evidence for them is weak.':
    'Los estiramientos mantenidos 10–30 s hasta notar una tensión suave, cada día, son la dosis estándar (ACSM 2021), y mantener 30 s funciona tan bien como 60 s (Bandy & Irion 1994); ningún ensayo ha probado estiramientos de antebrazo en personas que escriben con teclado, así que la evidencia para ellos es débil.',
  'Side view: a person holds one arm straight out, fingers up, and draws the fingers back with the other hand.':
    'Vista lateral: una persona sostiene un brazo estirado al frente, con los dedos hacia arriba, y los lleva hacia atrás con la otra mano.',
  'Forearm and wrist extensor stretch': 'Estiramiento de los extensores del antebrazo y la muñeca',
  'Stretch your {side} arm out in front of you at shoulder height, elbow straight, palm down.':
    'Estira el brazo {side, select, left {izquierdo} other {derecho}} delante de ti a la altura del hombro, con el codo recto y la palma hacia abajo.',
  'Let your hand drop so the fingers point down.':
    'Deja caer la mano para que los dedos apunten hacia abajo.',
  'With your {other} hand, press the back of the hand gently toward you until the top of the forearm stretches; hold.':
    'Con la mano {other, select, left {izquierda} other {derecha}}, empuja suavemente el dorso de la mano hacia ti hasta que se estire la parte superior del antebrazo; mantén la posición.',
  'A mild stretch along the back of the forearm, toward the outer elbow.':
    'Un estiramiento suave a lo largo de la parte de atrás del antebrazo, hacia la parte externa del codo.',
  'Pain at the wrist or the outer elbow': 'Dolor en la muñeca o en la parte externa del codo',
  'Side view: a person holds one arm straight out, hand bent down, pressing the back of the hand gently with the other hand.':
    'Vista lateral: una persona sostiene un brazo estirado al frente, con la mano doblada hacia abajo, y empuja suavemente el dorso de la mano con la otra.',
  'Forearm on a ball at the desk': 'Antebrazo sobre una pelota en el escritorio',
  'Sit at your desk and put the ball on the desktop.':
    'Siéntate frente al escritorio y pon la pelota sobre la mesa.',
  'Rest the fleshy top third of your {side} forearm on it, palm down, a hand-width below the elbow.':
    'Apoya sobre ella la parte carnosa del tercio superior de tu antebrazo {side, select, left {izquierdo} other {derecho}}, con la palma hacia abajo, a un ancho de mano por debajo del codo.',
  'Let the arm’s weight sink in to about 5–7 out of 10; press down with the other hand only if you need more.':
    'Deja que el peso del brazo se hunda hasta unos 5–7 sobre 10; presiona con la otra mano solo si necesitas más.',
  'Hold on a tender spot and breathe; keep off the bony points of the elbow and the wrist.':
    'Mantén la presión sobre un punto sensible y respira; evita los salientes óseos del codo y de la muñeca.',
  'Tingling into the fingers: move the ball': 'Hormigueo que llega a los dedos: mueve la pelota',
  'Side view: a person sits at a desk with one forearm resting on a ball on the desktop.':
    'Vista lateral: una persona sentada frente a un escritorio con un antebrazo apoyado sobre una pelota encima de la mesa.',
  'Let the arm rest more lightly, or use a softer ball.':
    'Apoya el brazo con menos peso, o usa una pelota más blanda.',
  'Standing back bend': 'Extensión de espalda de pie',
  'Stand tall, feet hip-width apart, and put your hands on your lower back, fingers pointing down.':
    'Ponte de pie con la espalda erguida y los pies separados al ancho de las caderas, y pon las manos en la zona lumbar, con los dedos hacia abajo.',
  'Look ahead and lean back gently from the waist, pushing your hips slightly forward.':
    'Mira al frente e inclínate suavemente hacia atrás desde la cintura, empujando un poco las caderas hacia delante.',
  'Go only as far as is comfortable, hold, then come back up slowly.':
    'Llega solo hasta donde te resulte cómodo, mantén la posición y luego vuelve despacio.',
  'A gentle arch and stretch in the lower back and the front of the hips; no pinching.':
    'Un arco suave y un estiramiento en la zona lumbar y en la parte delantera de las caderas; sin sensación de pinzamiento.',
  'Pain spreading into the buttock or leg': 'Dolor que se extiende a la nalga o a la pierna',
  'Breaks with a change of posture ease discomfort and, in some trials, low back pain (Waongenngarm et al. 2018, systematic review); stretches held 10–30 s are the standard dose (ACSM 2021). No trial tested this move on its own, so the evidence for it is weak.':
    'Las pausas con cambio de postura alivian las molestias y, en algunos ensayos, el dolor lumbar (Waongenngarm et al. 2018, revisión sistemática); los estiramientos mantenidos 10–30 s son la dosis estándar (ACSM 2021). Ningún ensayo ha probado este movimiento por sí solo, así que la evidencia para él es débil.',
  'Side view: a person stands with hands on the lower back and leans gently backward, looking ahead.':
    'Vista lateral: una persona de pie con las manos en la zona lumbar se inclina suavemente hacia atrás, mirando al frente.',
  'Seated back arch': 'Arco de espalda en la silla',
  'Sit near the front of the chair, feet flat, hands on your lower back.':
    'Siéntate cerca del borde delantero de la silla, con los pies apoyados en el suelo y las manos en la zona lumbar.',
  'Lift your chest and arch your lower back gently, looking ahead.':
    'Eleva el pecho y arquea suavemente la zona lumbar, mirando al frente.',
  'Hold where it feels comfortable, then relax back to sitting tall.':
    'Mantén la posición donde te resulte cómodo y luego relájate y vuelve a sentarte con la espalda erguida.',
  'A gentle arch in the lower back; no pinching.':
    'Un arco suave en la zona lumbar; sin sensación de pinzamiento.',
  'Side view: a person sits near the front of a chair, hands on the lower back, gently arching the back.':
    'Vista lateral: una persona sentada cerca del borde delantero de una silla, con las manos en la zona lumbar, arquea suavemente la espalda.',
  'Seated cat-cow': 'Gato-vaca en la silla',
  'Sit near the front of the chair with your hands on your knees.':
    'Siéntate cerca del borde delantero de la silla con las manos sobre las rodillas.',
  'Breathing in, roll your pelvis forward, arch your back and lift your chest.':
    'Al inspirar, bascula la pelvis hacia delante, arquea la espalda y eleva el pecho.',
  'Breathing out, roll your pelvis back, round your back and let your chin drop.':
    'Al espirar, bascula la pelvis hacia atrás, redondea la espalda y deja caer la barbilla.',
  'Move slowly between the two for the whole time, within a comfortable range.':
    'Muévete despacio entre las dos posiciones durante todo el tiempo, dentro de un rango cómodo.',
  'The lower and middle back loosening as they move; no pinching.':
    'La parte baja y media de la espalda se sueltan con el movimiento; sin sensación de pinzamiento.',
  'Side view: a seated person with hands on the knees arches the back, then rounds it, chin dropping.':
    'Vista lateral: una persona sentada con las manos sobre las rodillas arquea la espalda y luego la redondea, dejando caer la barbilla.',
  'Standing lunge hip-flexor stretch': 'Estiramiento de flexores de cadera en zancada de pie',
  'Stand tall and take a long step forward with your {other} foot, both feet pointing ahead.':
    'Ponte de pie con la espalda erguida y da un paso largo hacia delante con el pie {other, select, left {izquierdo} other {derecho}}, con los dos pies apuntando al frente.',
  'Bend the front knee a little, keeping it over the ankle.':
    'Flexiona un poco la rodilla delantera, manteniéndola sobre el tobillo.',
  'Tuck your pelvis under, as if pulling your belt buckle up, and squeeze your {side} glute.':
    'Recoge la pelvis, como si tiraras de la hebilla del cinturón hacia arriba, y aprieta el glúteo {side, select, left {izquierdo} other {derecho}}.',
  'Hold when you feel a stretch at the front of your {side} hip; hold a desk for balance if needed.':
    'Mantén la posición cuando notes un estiramiento en la parte delantera de la cadera {side, select, left {izquierda} other {derecha}}; apóyate en un escritorio para mantener el equilibrio si lo necesitas.',
  'A mild stretch at the front of the {side} hip, the back leg.':
    'Un estiramiento suave en la parte delantera de la cadera {side, select, left {izquierda} other {derecha}}, la de la pierna de atrás.',
  'Pain in the knee or lower back': 'Dolor en la rodilla o en la zona lumbar',
  'A lunge with the pelvis tucked is common physiotherapy advice, often 2 × 30 s per side; Unknot gives one 30 s hold per side in a break, since 30 s works as well as 60 s and once a day as well as three times (Bandy & Irion 1994; Bandy, Irion & Briggler 1997). Weak evidence: no trial is specific to sitting.':
    'Una zancada con la pelvis recogida es un consejo habitual de fisioterapia, a menudo 2 × 30 s por lado; Unknot da una sola retención de 30 s por lado en cada pausa, ya que 30 s funcionan tan bien como 60 s y una vez al día tan bien como tres (Bandy & Irion 1994; Bandy, Irion & Briggler 1997). Evidencia débil: ningún ensayo se centra específicamente en estar sentado.',
  'Side view: a person in a standing lunge, pelvis tucked, stretching the front of the back hip.':
    'Vista lateral: una persona en zancada de pie, con la pelvis recogida, estira la parte delantera de la cadera de la pierna de atrás.',
  'Half-kneeling hip-flexor stretch':
    'Estiramiento de flexores de cadera con una rodilla en el suelo',
  'Kneel on your {side} knee on a soft surface, your {other} foot flat in front of you.':
    'Arrodíllate sobre la rodilla {side, select, left {izquierda} other {derecha}} en una superficie blanda, con el pie {other, select, left {izquierdo} other {derecho}} apoyado delante de ti.',
  'Stand your upper body tall with hands on the front knee.':
    'Mantén el tronco erguido con las manos sobre la rodilla delantera.',
  'Tuck your pelvis under and shift forward a little until the front of the {side} hip stretches.':
    'Recoge la pelvis y desplázate un poco hacia delante hasta que se estire la parte delantera de la cadera {side, select, left {izquierda} other {derecha}}.',
  'Hold without arching your lower back.': 'Mantén la posición sin arquear la zona lumbar.',
  'A mild stretch at the front of the {side} hip and thigh.':
    'Un estiramiento suave en la parte delantera de la cadera y del muslo del lado {side, select, left {izquierdo} other {derecho}}.',
  'Pain in the kneeling knee: put a folded jacket under it or stand':
    'Dolor en la rodilla apoyada: pon debajo una chaqueta doblada o ponte de pie',
  'Side view: a person kneels on one knee with the other foot forward, upper body tall, pelvis tucked.':
    'Vista lateral: una persona arrodillada sobre una rodilla con el otro pie delante, el tronco erguido y la pelvis recogida.',
  'Seated figure-four glute stretch': 'Estiramiento de glúteo en figura de cuatro, en la silla',
  'Sit near the front of a steady chair, both feet flat.':
    'Siéntate cerca del borde delantero de una silla estable, con los dos pies apoyados en el suelo.',
  'Rest your {side} ankle on your {other} knee, making a figure four.':
    'Apoya el tobillo {side, select, left {izquierdo} other {derecho}} sobre la rodilla {other, select, left {izquierda} other {derecha}}, formando un cuatro.',
  'Sit tall and lean forward from the hips with a straight back.':
    'Siéntate con la espalda erguida e inclínate hacia delante desde las caderas con la espalda recta.',
  'Stop at a mild stretch in the {side} buttock and hold.':
    'Detente cuando notes un estiramiento suave en la nalga {side, select, left {izquierda} other {derecha}} y mantén la posición.',
  'A mild stretch deep in the buttock of the crossed leg.':
    'Un estiramiento suave en la zona profunda de la nalga de la pierna cruzada.',
  'Pain in the knee of the crossed leg': 'Dolor en la rodilla de la pierna cruzada',
  'Holding a stretch 10–30 s to mild tightness is the standard dose (ACSM 2021; Bandy & Irion 1994); no trial tested glute stretches for desk sitters, so evidence for this one is weak.':
    'Mantener un estiramiento 10–30 s hasta notar una tensión suave es la dosis estándar (ACSM 2021; Bandy & Irion 1994); ningún ensayo ha probado estiramientos de glúteo en personas que trabajan sentadas, así que la evidencia para este es débil.',
  'Front view: a seated person rests one ankle on the opposite knee, the knee falling out to the side.':
    'Vista frontal: una persona sentada apoya un tobillo sobre la rodilla contraria, con la rodilla cayendo hacia un lado.',
  'Ball on the glute against the wall': 'Pelota en el glúteo contra la pared',
  'Stand with your back to a wall.': 'Ponte de espaldas a una pared.',
  'Place the ball between the wall and the upper, outer part of your {side} buttock, away from the spine and tailbone.':
    'Coloca la pelota entre la pared y la parte superior y externa de tu nalga {side, select, left {izquierda} other {derecha}}, lejos de la columna y del coxis.',
  'Lean back and shift your weight to find a tender spot; keep off the lower middle of the buttock, where the sciatic nerve runs.':
    'Échate hacia atrás y desplaza el peso hasta encontrar un punto sensible; evita la parte baja y central de la nalga, por donde pasa el nervio ciático.',
  'Hold it at about 5–7 out of 10 and breathe; ease off early if it softens.':
    'Mantén la presión a unos 5–7 sobre 10 y respira; afloja antes si el punto se relaja.',
  'Pain shooting down the leg': 'Dolor que baja por la pierna como una descarga',
  'Pressure on the lower back or tailbone: move the ball onto the muscle':
    'Presión sobre la zona lumbar o el coxis: lleva la pelota al músculo',
  'Side view: a person leans back against a wall with a ball between the upper outer buttock and the wall.':
    'Vista lateral: una persona se apoya de espaldas contra una pared, con una pelota entre la parte superior y externa de la nalga y la pared.',
  'Standing hamstring stretch': 'Estiramiento de isquiotibiales de pie',
  'Stand and place your {side} heel a small step forward, toes up, knee straight but soft.':
    'Ponte de pie y adelanta el talón {side, select, left {izquierdo} other {derecho}} un pequeño paso, con los dedos hacia arriba y la rodilla recta pero sin bloquear.',
  'Bend the back knee slightly and put your hands on your thighs.':
    'Flexiona ligeramente la rodilla de atrás y apoya las manos en los muslos.',
  'Hinge forward from the hips with a straight back until the back of the {side} thigh stretches.':
    'Inclínate hacia delante desde las caderas con la espalda recta hasta que se estire la parte de atrás del muslo {side, select, left {izquierdo} other {derecho}}.',
  'Hold and breathe; do not bounce.': 'Mantén la posición y respira; no hagas rebotes.',
  'A mild stretch along the back of the {side} thigh.':
    'Un estiramiento suave a lo largo de la parte de atrás del muslo {side, select, left {izquierdo} other {derecho}}.',
  'Pain or tingling running down the back of the leg':
    'Dolor u hormigueo que baja por la parte de atrás de la pierna',
  'In a hamstring trial 30 s holds worked better than 15 s and as well as 60 s (Bandy & Irion 1994), and once a day as well as three times (Bandy, Irion & Briggler 1997).':
    'En un ensayo sobre los isquiotibiales, mantener 30 s funcionó mejor que 15 s y tan bien como 60 s (Bandy & Irion 1994), y una vez al día tan bien como tres (Bandy, Irion & Briggler 1997).',
  'Side view: a person with one heel forward, toes up, hinging forward from the hips with a straight back.':
    'Vista lateral: una persona con un talón adelantado y los dedos hacia arriba se inclina hacia delante desde las caderas con la espalda recta.',
  'Seated hamstring stretch': 'Estiramiento de isquiotibiales en la silla',
  'Sit near the front edge of a steady chair.':
    'Siéntate cerca del borde delantero de una silla estable.',
  'Straighten your {side} leg in front of you, heel on the floor and toes up.':
    'Estira la pierna {side, select, left {izquierda} other {derecha}} delante de ti, con el talón en el suelo y los dedos hacia arriba.',
  'Sit tall and lean forward from the hips until the back of the {side} thigh stretches.':
    'Siéntate con la espalda erguida e inclínate hacia delante desde las caderas hasta que se estire la parte de atrás del muslo {side, select, left {izquierdo} other {derecho}}.',
  'Hold and breathe, keeping your back straight.':
    'Mantén la posición y respira, con la espalda recta.',
  'A mild stretch along the back of the straight leg.':
    'Un estiramiento suave a lo largo de la parte de atrás de la pierna estirada.',
  'In a hamstring trial 30 s holds worked better than 15 s and as well as 60 s (Bandy & Irion 1994), and once a day as well as three times (Bandy, Irion & Briggler 1997). Daily is best (ACSM 2021).':
    'En un ensayo sobre los isquiotibiales, mantener 30 s funcionó mejor que 15 s y tan bien como 60 s (Bandy & Irion 1994), y una vez al día tan bien como tres (Bandy, Irion & Briggler 1997). Lo mejor es a diario (ACSM 2021).',
  'Side view: a person sits on the front of a chair with one leg straight, heel on the floor, leaning forward from the hips.':
    'Vista lateral: una persona sentada en el borde delantero de una silla con una pierna estirada y el talón en el suelo se inclina hacia delante desde las caderas.',
  'Calf raises': 'Elevaciones de talones',
  'Stand tall, feet hip-width apart, a hand on your desk or a chair back for balance.':
    'Ponte de pie con la espalda erguida, los pies separados al ancho de las caderas y una mano en el escritorio o en el respaldo de una silla para mantener el equilibrio.',
  'Rise slowly onto the balls of your feet, as high as is comfortable.':
    'Ponte de puntillas despacio, tan alto como te resulte cómodo.',
  'Lower your heels over 2 seconds and repeat until the time is up.':
    'Baja los talones en 2 segundos y repite hasta que se acabe el tiempo.',
  'Warm, working calves; the legs feel lighter afterwards.':
    'Calor y trabajo en los gemelos; después notas las piernas más ligeras.',
  'A swollen, warm, painful calf: see a doctor the same day':
    'Una pantorrilla hinchada, caliente y dolorosa: ve al médico ese mismo día',
  'Simply standing is not enough: sitting should be broken by moving (Cornell CUErgo, Hedge: ergo.human.cornell.edu/CUESitStandPrograms.html), and active breaks help (Waongenngarm et al. 2018); no trial tested calf raises at a desk, so the evidence for them is weak.':
    'Estar de pie sin más no basta: hay que interrumpir el tiempo sentado con movimiento (Cornell CUErgo, Hedge: ergo.human.cornell.edu/CUESitStandPrograms.html), y las pausas activas ayudan (Waongenngarm et al. 2018); ningún ensayo ha probado las elevaciones de talones en el escritorio, así que la evidencia para ellas es débil.',
  'Side view: a person rises onto the balls of the feet and lowers slowly.':
    'Vista lateral: una persona se pone de puntillas y baja despacio.',
  'Rise only halfway, or keep more weight on your hands.':
    'Sube solo hasta la mitad, o apoya más peso en las manos.',
  'Pause 2 seconds at the top, or rise on one foot at a time.':
    'Haz una pausa de 2 segundos arriba, o sube sobre un pie cada vez.',
  'Standing calf stretch at the wall': 'Estiramiento de gemelos en la pared',
  'Face a wall and put both hands on it at shoulder height.':
    'Ponte frente a una pared y apoya las dos manos en ella a la altura de los hombros.',
  'Step your {side} foot back, heel down and toes pointing ahead; bend the front knee.':
    'Lleva el pie {side, select, left {izquierdo} other {derecho}} hacia atrás, con el talón apoyado y los dedos apuntando al frente; flexiona la rodilla delantera.',
  'Lean toward the wall until the {side} calf stretches, keeping the back heel on the floor.':
    'Inclínate hacia la pared hasta que se estire la pantorrilla {side, select, left {izquierda} other {derecha}}, manteniendo el talón de atrás en el suelo.',
  'Hold and breathe.': 'Mantén la posición y respira.',
  'A mild stretch in the {side} calf.':
    'Un estiramiento suave en la pantorrilla {side, select, left {izquierda} other {derecha}}.',
  'Stretches held 10–30 s to mild tightness, daily, are the standard dose (ACSM 2021), and 30 s is as good as 60 s (Bandy & Irion 1994); no trial tested calf stretches for desk workers, so the evidence for this one is weak.':
    'Los estiramientos mantenidos 10–30 s hasta notar una tensión suave, cada día, son la dosis estándar (ACSM 2021), y 30 s son tan eficaces como 60 s (Bandy & Irion 1994); ningún ensayo ha probado estiramientos de gemelos en personas que trabajan en un escritorio, así que la evidencia para este es débil.',
  'Side view: a person leans on a wall with one foot stepped back, heel down, stretching the back calf.':
    'Vista lateral: una persona se apoya en una pared con un pie atrás y el talón apoyado, estirando la pantorrilla de atrás.',
  'Easy walk': 'Paseo tranquilo',
  'Stand up and walk at an easy to moderate pace: to a window, the stairs or the kitchen.':
    'Levántate y camina a un ritmo suave o moderado: hasta una ventana, las escaleras o la cocina.',
  'Let your arms swing and your shoulders relax.':
    'Deja que los brazos se balanceen y que los hombros se relajen.',
  'Breathe a little faster than at your desk, but keep it easy enough to talk.':
    'Respira un poco más rápido que en el escritorio, pero a un ritmo que te permita hablar sin esfuerzo.',
  'Warm and loosened up; you can still talk comfortably.':
    'Calor y el cuerpo más suelto; todavía puedes hablar con comodidad.',
  'Chest pain or tightness, or unusual breathlessness: stop and get help':
    'Dolor u opresión en el pecho, o una falta de aire inusual: para y pide ayuda',
  'ANSES (2025) advises 3–5 minutes of light to moderate movement every 30 minutes of sitting (Unknot’s movement break comes once an hour by default: you can make it more often in Settings), and simply standing is not enough (Cornell CUErgo, Hedge: ergo.human.cornell.edu/CUESitStandPrograms.html); evidence on pain is weaker.':
    'ANSES (2025) aconseja 3–5 minutos de movimiento ligero a moderado por cada 30 minutos sentado (la pausa de movimiento de Unknot llega una vez por hora de forma predeterminada: puedes acortar ese intervalo en Ajustes), y estar de pie sin más no basta (Cornell CUErgo, Hedge: ergo.human.cornell.edu/CUESitStandPrograms.html); la evidencia sobre el dolor es más débil.',
  'Side view: a person walking with arms swinging.':
    'Vista lateral: una persona camina balanceando los brazos.',
  'Seated marching': 'Marcha en la silla',
  'Sit tall near the front of your chair or wheelchair, feet on the floor or footplates.':
    'Siéntate con la espalda erguida cerca del borde delantero de tu silla o silla de ruedas, con los pies en el suelo o en los reposapiés.',
  'Lift one knee, then the other, at a brisk, comfortable pace, swinging your arms.':
    'Levanta una rodilla y luego la otra, a un ritmo vivo y cómodo, balanceando los brazos.',
  'Keep going for the whole time; if lifting the legs is not possible, swing the arms only.':
    'Sigue durante todo el tiempo; si no puedes levantar las piernas, balancea solo los brazos.',
  'Warm and a little out of breath; you can still talk comfortably.':
    'Calor y la respiración algo agitada; todavía puedes hablar con comodidad.',
  'Side view: a seated person lifts one knee and then the other, arms swinging.':
    'Vista lateral: una persona sentada levanta una rodilla y luego la otra, balanceando los brazos.',
  'Seated arm circles': 'Círculos con los brazos en la silla',
  'Sit tall in your chair or wheelchair, feet or footplates steady.':
    'Siéntate con la espalda erguida en tu silla o silla de ruedas, con los pies o los reposapiés bien asentados.',
  'Make big, brisk circles with both arms, as if pedalling a bicycle with your hands.':
    'Haz círculos grandes y enérgicos con los dos brazos, como si pedalearas en una bicicleta con las manos.',
  'Change direction every 30 seconds and keep a pace at which you can still talk.':
    'Cambia de sentido cada 30 segundos y mantén un ritmo al que todavía puedas hablar.',
  'Warm shoulders and a slightly faster breath.':
    'Calor en los hombros y una respiración algo más rápida.',
  'Side view: a seated person circles both arms in front of the body, like pedalling with the hands.':
    'Vista lateral: una persona sentada hace círculos con los dos brazos delante del cuerpo, como si pedaleara con las manos.',
  'Do you take blood thinners (anticoagulants), or have a bleeding disorder?':
    '¿Tomas medicamentos para hacer la sangre más fluida (anticoagulantes) o tienes un trastorno de la coagulación?',
  'blood thinners or a bleeding disorder': 'anticoagulantes o un trastorno de la coagulación',
  'Blood thinners or a bleeding disorder': 'Anticoagulantes o un trastorno de la coagulación',
  'Have you ever had a blood clot, such as a deep vein thrombosis (DVT)?':
    '¿Has tenido alguna vez un coágulo de sangre, como una trombosis venosa profunda (TVP)?',
  'a history of blood clots': 'antecedentes de coágulos de sangre',
  'A blood clot, now or in the past (such as a DVT)':
    'Un coágulo de sangre, ahora o en el pasado (como una TVP)',
  'Do you have osteoporosis, or have you broken a bone recently?':
    '¿Tienes osteoporosis o te has roto un hueso recientemente?',
  'osteoporosis or a recent fracture': 'osteoporosis o una fractura reciente',
  'Osteoporosis, or a recently broken bone': 'Osteoporosis, o un hueso roto recientemente',
  'Do you have cancer now, or have you had cancer that spread to the bones?':
    '¿Tienes cáncer ahora, o has tenido un cáncer que se extendió a los huesos?',
  'cancer, now or in the bones': 'cáncer, actual o en los huesos',
  'Cancer now, or cancer that spread to the bones':
    'Cáncer ahora, o un cáncer que se extendió a los huesos',
  'Do you have a heart condition, such as angina, heart failure or a pacemaker?':
    '¿Tienes alguna enfermedad del corazón, como angina de pecho, insuficiencia cardiaca o un marcapasos?',
  'a heart condition': 'una enfermedad del corazón',
  'A heart condition': 'Una enfermedad del corazón',
  'Have you taken steroid tablets (such as prednisolone) for three months or more?':
    '¿Has tomado corticoides en comprimidos (como prednisolona) durante tres meses o más?',
  'long-term steroid tablets': 'corticoides en comprimidos durante mucho tiempo',
  'Steroid tablets for three months or more': 'Corticoides en comprimidos durante tres meses o más',
  'Is the feeling in your skin reduced anywhere, for example from diabetes or nerve damage (neuropathy)?':
    '¿Tienes reducida la sensibilidad de la piel en alguna zona, por ejemplo por diabetes o por daño en los nervios (neuropatía)?',
  'reduced feeling, so the pressure is hard to judge':
    'sensibilidad reducida, que hace difícil juzgar la presión',
  'Reduced feeling in the skin, or nerve damage (neuropathy)':
    'Sensibilidad de la piel reducida, o daño en los nervios (neuropatía)',
  'Are you pregnant?': '¿Estás embarazada?',
  pregnancy: 'embarazo',
  Pregnancy: 'Embarazo',
  'Have you had an operation or an injury in the last six months?':
    '¿Te han operado o has tenido una lesión en los últimos seis meses?',
  'a recent operation or injury': 'una operación o lesión reciente',
  'An operation or injury in the last six months':
    'Una operación o lesión en los últimos seis meses',
  'Is a doctor or physiotherapist currently treating you for this pain?':
    '¿Te está tratando ahora un médico o fisioterapeuta por este dolor?',
  'a current treatment for this pain': 'un tratamiento actual para este dolor',
  'A doctor or physiotherapist treating you for this pain':
    'Un médico o fisioterapeuta que te trata por este dolor',
  Neck: 'Cuello',
  'Shoulder or arm': 'Hombro o brazo',
  Chest: 'Pecho',
  'Upper back': 'Parte alta de la espalda',
  'Lower back': 'Zona lumbar',
  'Belly (abdomen)': 'Vientre (abdomen)',
  Hip: 'Cadera',
  'Knee or leg': 'Rodilla o pierna',
  'Somewhere else': 'En otro sitio',
  'Where was it? Exercises that load that part of the body are left out until you turn them back on.':
    '¿Dónde fue? Los ejercicios que cargan esa parte del cuerpo quedan fuera hasta que los vuelvas a activar.',
  'Never press over a wound, rash, bruise or varicose vein, and not when you have a fever or feel unwell.':
    'No presiones nunca sobre una herida, un sarpullido, un moratón o una variz, ni cuando tengas fiebre o te encuentres mal.',
  'Stop an exercise at once if you feel numbness, tingling, sharp or shooting pain, or dizziness. Never press on the front or sides of the neck, or directly on the spine.':
    'Detén un ejercicio de inmediato si notas entumecimiento, hormigueo, dolor agudo o en forma de descarga, o mareo. No presiones nunca la parte delantera ni los lados del cuello, ni directamente sobre la columna.',
  'Pressure exercises (a ball against a wall) are off for you. Stretches, strength and movement stay on. If a doctor or physiotherapist tells you pressure is fine for you, you can turn them back on in Settings, under Safety.':
    'Los ejercicios de presión (una pelota contra la pared) están desactivados para ti. Los estiramientos, la fuerza y el movimiento siguen activados. Si un médico o fisioterapeuta te dice que la presión es adecuada para ti, puedes volver a activarlos en Ajustes, en el apartado Seguridad.',
  'Unknot helps you build a habit of short, regular breaks. It is not a treatment and cannot promise to make pain go away.':
    'Unknot te ayuda a crear el hábito de hacer pausas cortas y regulares. No es un tratamiento y no puede prometer que el dolor desaparezca.',
  'Unknot is not a treatment. Skip pressure on the ball if you take blood thinners, have a bleeding disorder, fragile bones, a fever or an infection, and ask a doctor first if you are pregnant or have heart problems.':
    'Unknot no es un tratamiento. Evita la presión con la pelota si tomas anticoagulantes o tienes un trastorno de la coagulación, huesos frágiles, fiebre o una infección, y consulta antes a un médico si estás embarazada o tienes problemas de corazón.',
  'See a professional if there is no improvement after about two weeks, or with new numbness, tingling or weakness, fever, unexplained weight loss, a history of cancer, pain worse at night, or pain after an injury.':
    'Acude a un profesional si no hay mejoría después de unas dos semanas, o si aparece entumecimiento, hormigueo o debilidad nuevos, fiebre, pérdida de peso sin explicación, antecedentes de cáncer, dolor que empeora por la noche o dolor tras una lesión.',
  'Chest pain or tightness spreading to the arm, jaw, neck or back, with sweating or breathlessness: call emergency services, not a stretch.':
    'Dolor u opresión en el pecho que se extiende al brazo, la mandíbula, el cuello o la espalda, con sudor o falta de aire: llama a emergencias en lugar de estirar.',
  'Sudden chest pain that spreads to your arm, back, neck or jaw':
    'Dolor repentino en el pecho que se extiende al brazo, la espalda, el cuello o la mandíbula',
  'Chest pain that feels tight or heavy': 'Dolor en el pecho que se nota como opresión o pesadez',
  'Chest pain that started with breathlessness, sweating or feeling sick':
    'Dolor en el pecho que empezó con falta de aire, sudor o náuseas',
  'Chest pain that lasts more than 15 minutes': 'Dolor en el pecho que dura más de 15 minutos',
  'Sudden breathlessness, or chest pain when you breathe in (a possible clot in the lung)':
    'Falta de aire repentina, o dolor en el pecho al inspirar (un posible coágulo en el pulmón)',
  'Loss of control of your bladder or bowels, numbness around your genitals or buttocks, or numbness or weakness in both legs':
    'Pérdida del control de la vejiga o del intestino, entumecimiento alrededor de los genitales o de las nalgas, o entumecimiento o debilidad en las dos piernas',
  'A swollen, warm, painful calf or thigh, usually in one leg (a possible blood clot; long sitting makes clots more likely)':
    'Una pantorrilla o un muslo hinchado, caliente y doloroso, normalmente en una sola pierna (un posible coágulo de sangre; estar sentado mucho tiempo hace más probables los coágulos)',
  'New numbness, tingling or weakness': 'Entumecimiento, hormigueo o debilidad nuevos',
  'Pain that started after a fall, accident or other injury':
    'Dolor que empezó después de una caída, un accidente u otra lesión',
  'A fever, or feeling generally unwell, along with the pain':
    'Fiebre, o sensación de malestar general, junto con el dolor',
  'Weight loss you cannot explain': 'Pérdida de peso que no puedes explicar',
  'Pain of any kind if you have ever had cancer':
    'Dolor de cualquier tipo si alguna vez has tenido cáncer',
  'Pain that is worse at night or wakes you up':
    'Dolor que empeora por la noche o que te despierta',
  'Neck pain with double vision, dizziness or fainting, slurred speech, trouble swallowing, clumsy hands or poor balance':
    'Dolor de cuello con visión doble, mareo o desmayo, habla torpe o arrastrada, dificultad para tragar, torpeza en las manos o falta de equilibrio',
  'Pain that is getting worse quickly, even with self-help':
    'Dolor que empeora rápidamente, incluso con lo que haces por tu cuenta',
  'Any of the emergency signs above, if it came and has settled':
    'Cualquiera de los signos de emergencia de arriba, si apareció y ya se ha pasado',
  'No improvement after about two weeks of regular self-care':
    'Ninguna mejoría tras unas dos semanas de autocuidado regular',
  'An emergency sign, happening at the time': 'Una señal de urgencia, presente en ese momento',
  'Call an ambulance now (112 in Europe, 999 in the UK, 911 in North America) if any of these is happening:':
    'Llama ahora a una ambulancia (112 en Europa, 999 en el Reino Unido, 911 en Norteamérica) si está ocurriendo alguna de estas cosas:',
  'See a doctor today (in the UK, call 111) rather than working on it yourself if you notice any of these:':
    'Ve hoy al médico (en el Reino Unido, llama al 111) en lugar de tratarlo por tu cuenta si notas alguna de estas cosas:',
  'Book an appointment with a doctor or physiotherapist if there is no improvement after about two weeks of regular self-care. They can tell you which exercises are safe for you.':
    'Pide cita con un médico o fisioterapeuta si no hay mejoría tras unas dos semanas de autocuidado regular. Te pueden decir qué ejercicios son seguros para ti.',
  'Something happening now is an emergency call. Something that happened and has settled still needs a doctor today.':
    'Si algo está ocurriendo ahora, llama a emergencias. Si ocurrió y ya se ha pasado, igualmente necesitas ver a un médico hoy.',
  'This is an emergency': 'Esto es una emergencia',
  'Stop the exercises and call an ambulance now (112 in Europe, 999 in the UK, 911 in North America). Do not wait to see whether it passes.':
    'Deja los ejercicios y llama ahora a una ambulancia (112 en Europa, 999 en el Reino Unido, 911 en Norteamérica). No esperes a ver si se pasa.',
  'Top of the shoulder': 'Parte superior del hombro',
  'Reach across with the opposite hand and rest your fingers on the top of your shoulder, halfway between your neck and the tip of the shoulder.':
    'Cruza la mano contraria por delante y apoya los dedos en la parte superior del hombro, a medio camino entre el cuello y la punta del hombro.',
  'Gently pinch the thick muscle there between thumb and fingers, or press down into it.':
    'Pellizca suavemente el músculo grueso de esa zona entre el pulgar y los dedos, o presiona hacia abajo sobre él.',
  'Keep off the front and sides of the neck and the hollow above the collarbone.':
    'Evita la parte delantera y los lados del cuello, y el hueco que hay encima de la clavícula.',
  'Where the neck meets the shoulder blade': 'Donde el cuello se une con el omóplato',
  'Reach over your shoulder with the opposite hand to the top inner corner of the shoulder blade.':
    'Pasa la mano contraria por encima del hombro hasta la esquina superior interna del omóplato.',
  'Press just above that corner, at the back of where the neck meets the shoulder.':
    'Presiona justo por encima de esa esquina, en la parte de atrás de donde el cuello se une con el hombro.',
  'Stay at the back: never press on the front or sides of the neck.':
    'Quédate en la parte de atrás: no presiones nunca la parte delantera ni los lados del cuello.',
  'Between the shoulder blades': 'Entre los omóplatos',
  'Cross your arms to move the shoulder blades apart.':
    'Cruza los brazos para separar los omóplatos.',
  'Feel for tender bands along the inner edge of one shoulder blade, a thumb’s width from the spine, or lean that spot on a ball against a wall.':
    'Busca bandas sensibles a lo largo del borde interno de un omóplato, a un pulgar de distancia de la columna, o apoya ese punto sobre una pelota contra una pared.',
  'Keep off the bony points of the spine itself.':
    'Evita los salientes óseos de la propia columna.',
  'Front of the chest': 'Parte delantera del pecho',
  'Put your fingertips below the collarbone, a hand’s width out from the breastbone, towards the front of the shoulder.':
    'Pon las yemas de los dedos debajo de la clavícula, a un ancho de mano hacia fuera del esternón, en dirección a la parte delantera del hombro.',
  'Press gently into the muscle there and move a little outward.':
    'Presiona suavemente sobre el músculo de esa zona y desplázate un poco hacia fuera.',
  'Stay below the collarbone: never press into the hollow above it, or on the breastbone.':
    'Quédate por debajo de la clavícula: no presiones nunca en el hueco que hay encima de ella ni sobre el esternón.',
  'Top of the forearm': 'Parte superior del antebrazo',
  'Rest one forearm on the desk, palm down.':
    'Apoya un antebrazo en el escritorio, con la palma hacia abajo.',
  'With the other thumb, press along the muscle of the top of the forearm, from just below the elbow towards the wrist.':
    'Con el pulgar de la otra mano, presiona a lo largo del músculo de la parte superior del antebrazo, desde justo debajo del codo hacia la muñeca.',
  'Keep off the inside of the elbow and the inside of the wrist.':
    'Evita la cara interna del codo y la cara interna de la muñeca.',
  'Upper outer buttock': 'Parte superior y externa de la nalga',
  'Stand, and put your hand on the upper, outer part of one buttock, below the bony rim of the pelvis.':
    'De pie, pon la mano en la parte superior y externa de una nalga, por debajo del borde óseo de la pelvis.',
  'Press with your fingertips, or lean that spot on a ball against a wall.':
    'Presiona con las yemas de los dedos, o apoya ese punto sobre una pelota contra una pared.',
  'Stay upper and outer: keep off the lower middle of the buttock, where the sciatic nerve runs.':
    'Quédate arriba y hacia fuera: evita la parte baja y central de la nalga, por donde pasa el nervio ciático.',
  'Front of the hip': 'Parte delantera de la cadera',
  'Stand and find the bony point at the front of your pelvis.':
    'De pie, busca el saliente óseo de la parte delantera de la pelvis.',
  'Move your fingers a little down and in, into the crease at the top of the thigh, and press gently.':
    'Desplaza los dedos un poco hacia abajo y hacia dentro, hasta el pliegue de la parte superior del muslo, y presiona suavemente.',
  'Press gently here only: if you feel a pulse, move your fingers away from it.':
    'Aquí presiona solo con suavidad: si notas el pulso, aparta los dedos de él.',
  'Press slowly with two or three fingertips, only as firmly as is tolerable: at most a dull 5–7 out of 10, a few seconds per place. A knot feels like a tender lump or band. Back off if you wince.':
    'Presiona despacio con dos o tres yemas de los dedos, solo con la firmeza que puedas tolerar: como mucho un dolor sordo de 5–7 sobre 10, unos segundos en cada sitio. Un nudo se nota como un bulto o una banda sensible. Afloja si te hace torcer el gesto.',
  'A knot is a spot in a muscle that is tender when pressed. This check takes a few minutes: for each spot, find it, press gently, and mark how tender it felt. It is a way to notice changes over the weeks, not a diagnosis.':
    'Un nudo es un punto de un músculo que resulta sensible al presionarlo. Esta comprobación lleva unos minutos: para cada punto, encuéntralo, presiona suavemente y marca lo sensible que lo notaste. Es una forma de notar cambios a lo largo de las semanas, no un diagnóstico.',
  'Dizziness or feeling faint': 'Mareo o sensación de desmayo',
  'See a professional if a spot stays very tender after about two weeks of self-care, or with new numbness, tingling or weakness, swelling, warmth or redness, fever, or pain that is worse at night.':
    'Acude a un profesional si un punto sigue muy sensible tras unas dos semanas de autocuidado, o si aparece entumecimiento, hormigueo o debilidad nuevos, hinchazón, calor o enrojecimiento, fiebre, o dolor que empeora por la noche.',
  'Your safety answers rule out pressing on muscles, or are not all given yet. You can still go through the spots and mark where it feels tight or sore, without pressing.':
    'Tus respuestas de seguridad descartan presionar los músculos, o todavía no las has dado todas. Aun así puedes recorrer los puntos y marcar dónde notas tensión o dolor, sin presionar.',
};
