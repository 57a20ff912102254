package no.abctracker.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NorwegianOrderTest {

  @Test
  void aeOeAaComeAfterZAndAccentsAndCaseDoNotSplitTheAlphabet() {
    List<String> names =
        new ArrayList<>(
            List.of(
                "Åse", "Øystein", "Ærlig", "Zakariassen", "andersen", "Anders", "Émile", "Olav"));
    names.sort(NorwegianOrder.TEXT);
    assertThat(names)
        .containsExactly(
            "Anders", "andersen", "Émile", "Olav", "Zakariassen", "Ærlig", "Øystein", "Åse");
  }

  @Test
  void orderingByAPropertySortsNullFirst() {
    record Named(String name) {}
    List<Named> list = new ArrayList<>(List.of(new Named("Å"), new Named(null), new Named("B")));
    list.sort(NorwegianOrder.by(Named::name));
    assertThat(list).extracting(Named::name).containsExactly(null, "B", "Å");
  }
}
