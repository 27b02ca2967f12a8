package org.zongzhi.casehandling.letters;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.directory.Person;
import org.zongzhi.casehandling.process.Role;

/** A real centre's directory has no 杨光: the setting must name one of its own leaders, or the server stops. */
class DefaultLeaderTest {

    final Directory directory = mock(Directory.class);

    @Test
    void aLeaderOfTheDirectoryIsAccepted() {
        when(directory.person("lizhuren")).thenReturn(Optional.of(new Person("lizhuren", "李主任", "中心主任", "C", null, null)));
        when(directory.hasRole("lizhuren", Role.LEADER)).thenReturn(true);
        assertThatCode(() -> new DefaultLeader(directory, "lizhuren").run(null)).doesNotThrowAnyException();
    }

    @Test
    void aNameThatIsNoLeaderOfTheDirectoryStopsTheStart() {
        when(directory.person("yangguang")).thenReturn(Optional.empty());
        assertThatThrownBy(() -> new DefaultLeader(directory, "yangguang").run(null))
                .hasMessageContaining(DefaultLeader.SETTING).hasMessageContaining("yangguang");
        when(directory.person("clerk")).thenReturn(Optional.of(new Person("clerk", "王", "受理员", "C", null, null)));
        when(directory.hasRole("clerk", Role.LEADER)).thenReturn(false);
        assertThatThrownBy(() -> new DefaultLeader(directory, "clerk").run(null)).hasMessageContaining("leader role");
    }

    @Test
    void withoutTheSettingTheServerStartsAndALetterToTheLeaderNamesTheSetting() {
        DefaultLeader unset = new DefaultLeader(directory, " ");
        assertThatCode(() -> unset.run(null)).doesNotThrowAnyException();
        assertThatThrownBy(unset::userId).hasMessageContaining(DefaultLeader.SETTING);
    }
}
