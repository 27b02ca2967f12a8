package org.zongzhi.casehandling.directory;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A real county's directory has no 示范县 (SFX): the centre code must be one of its own centres. */
class ConfiguredCentreTest {

    final Directory directory = mock(Directory.class);

    @Test
    void aCentreOfTheDirectoryIsAccepted() {
        when(directory.centres()).thenReturn(List.of(new Centre("QZX", "泉州某县综治中心", "COUNTY", null)));
        assertThatCode(() -> new ConfiguredCentre(directory, "QZX").run(null)).doesNotThrowAnyException();
    }

    @Test
    void theDemoCodeLeftInPlaceForAnotherCountyStopsTheStartAndNamesTheRightOne() {
        when(directory.centres()).thenReturn(List.of(new Centre("QZX", "泉州某县综治中心", "COUNTY", null),
                new Centre("QZX-AX", "安溪镇综治中心", "TOWNSHIP", "QZX")));
        assertThatThrownBy(() -> new ConfiguredCentre(directory, "SFX").run(null))
                .hasMessageContaining(ConfiguredCentre.SETTING + "=SFX").hasMessageContaining("[QZX]");
    }

    @Test
    void withoutADirectoryTheServerStillStarts() {
        when(directory.centres()).thenReturn(List.of());
        assertThatCode(() -> new ConfiguredCentre(directory, "SFX").run(null)).doesNotThrowAnyException();
    }
}
