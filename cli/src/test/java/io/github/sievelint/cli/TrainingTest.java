package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The training run of the class archive checks its repository to the end in every format. */
class TrainingTest {

  @Test
  void everyRunFindsTheProblemsOfTheTrainingRepository() throws Exception {
    // A run that stopped at a configuration error would end with 2 and load few classes.
    assertThat(Training.train()).isEqualTo(Training.EXPECTED);
  }
}
