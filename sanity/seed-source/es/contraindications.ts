// The contraindications line of a Spanish article's risk list: the same reasons as ../contraindications.ts,
// none left out and none softened.

/** Quién no debe recibir ketamina. */
export const WHO_SHOULD_NOT_HAVE_KETAMINE_ES =
  'No es para personas embarazadas o que estén amamantando, ni para quienes tienen enfermedad del corazón o presión arterial mal controladas, un aneurisma, una malformación arteriovenosa o antecedentes de sangrado en el cerebro, presión elevada dentro del cráneo o del ojo, enfermedad grave del hígado, algunos trastornos psicóticos o un uso indebido activo de sustancias';
