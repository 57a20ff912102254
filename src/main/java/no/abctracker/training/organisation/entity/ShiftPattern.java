package no.abctracker.training.organisation.entity;

/** The rota (turnus) an employment works; the contract's {@code shift_pattern} values. */
public enum ShiftPattern {
  DAY,
  TWO_SHIFT,
  THREE_SHIFT,
  NIGHT,
  WEEKEND,
  LONG_SHIFT
}
