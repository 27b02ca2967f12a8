package org.zongzhi.casehandling.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.directory.Unit;

/** 司法确认 goes to the court the centre names, not to the demo county's 县人民法院 (FY). */
class CourtTest {

    final Directory directory = mock(Directory.class);

    @Test
    void theCourtOfTheDirectoryGetsTheRulingToRecord() {
        when(directory.unit("ZJFY")).thenReturn(Optional.of(mock(Unit.class)));
        Court court = new Court(directory, "ZJFY");
        assertThatCode(() -> court.run(null)).doesNotThrowAnyException();
        assertThat(court.group()).isEqualTo("unit-ZJFY");
    }

    @Test
    void aCodeThatIsNoUnitOfTheDirectoryStopsTheStart() {
        when(directory.unit("FY")).thenReturn(Optional.empty());
        assertThatThrownBy(() -> new Court(directory, "FY").run(null))
                .hasMessageContaining(Court.SETTING).hasMessageContaining("FY");
    }

    @Test
    void withoutTheSettingTheServerStartsAndTheCaseSaysWhatIsMissing() {
        Court unset = new Court(directory, "");
        assertThatCode(() -> unset.run(null)).doesNotThrowAnyException();
        assertThatThrownBy(unset::group).hasMessageContaining(Court.SETTING);
    }
}
