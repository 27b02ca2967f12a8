package org.zongzhi.casehandling.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.process.Role;

@CaseHandlingTest
class DirectoryLoaderTest {

    @Autowired
    DirectoryLoader loader;
    @Autowired
    Directory directory;
    @Autowired
    IdentityService identity;

    @Test
    void demoCountyHasFourLevelsUnitsAndPeopleInTheirRoles() {
        DirectoryCounts counts = directory.counts();
        assertThat(counts.centres()).isEqualTo(10);
        assertThat(counts.units()).isEqualTo(16);
        assertThat(counts.people()).isEqualTo(52);
        assertThat(directory.unit("FY")).hasValueSatisfying(u -> {
            assertThat(u.name()).isEqualTo("县人民法院");
            assertThat(u.stationing()).isEqualTo("RESIDENT");
            assertThat(u.groupId()).isEqualTo("unit-FY");
        });
        assertThat(directory.unit("FL")).hasValueSatisfying(u -> assertThat(u.stationing()).isEqualTo("ON_CALL"));
        assertThat(directory.unit("SFX-DH")).hasValueSatisfying(u -> assertThat(u.kind()).isEqualTo("TOWNSHIP"));
        assertThat(directory.person("liuyang")).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("刘洋");
            assertThat(p.unitCode()).isEqualTo("FY");
            assertThat(p.backupUserId()).isEqualTo("huangli");
        });
        assertThat(identity.checkPassword("admin", "admin")).isTrue();
        assertThat(identity.checkPassword("wangfang", "wangfang")).isTrue();
        assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list())
                .extracting("id").contains("admin");
        assertThat(identity.createGroupQuery().groupMember("liuyang").list())
                .extracting("id").containsExactlyInAnyOrder("liaison", "unit-FY");
        for (Role role : Role.values()) {
            assertThat(identity.createGroupQuery().groupId(role.groupId()).singleResult().getName())
                    .isEqualTo(role.label());
        }
    }

    @Test
    void everyChannelHasOneLoginInTheIntakeChannelGroup() {
        assertThat(identity.createUserQuery().memberOfGroup("intake-channel").list()).extracting("id")
                .containsExactlyInAnyOrder("channel-walk-in", "channel-phone", "channel-hotline-12345",
                        "channel-police-110", "channel-grid", "channel-court-referral", "channel-petition",
                        "channel-department");
        assertThat(identity.checkPassword("channel-hotline-12345", "channel-hotline-12345")).isTrue();
        assertThat(identity.createGroupQuery().groupMember("channel-hotline-12345").list()).extracting("id")
                .containsExactly("intake-channel");
        assertThat(directory.channelOf("channel-hotline-12345")).hasValue("HOTLINE_12345");
        assertThat(directory.channelOf("wangfang")).isEmpty();
    }

    @Test
    void aChannelClientWithAnUnknownChannelIsRefused() {
        String yaml = """
                centres:
                  - {code: SFX, name: 示范县综治中心, level: COUNTY}
                channels:
                  - {id: channel-fax, name: 传真, channel: FAX}
                """;
        assertThatThrownBy(() -> loader.load(new ByteArrayResource(yaml.getBytes(), "test file")))
                .hasMessageContaining("channel client channel-fax has channel FAX");
        assertThat(identity.createUserQuery().userId("channel-fax").count()).isZero();
    }

    @Test
    void everyPostHasABackupInTheSameRoleOrUnit() {
        for (var user : identity.createUserQuery().list()) {
            if (directory.channelOf(user.getId()).isPresent()) {
                continue; // a channel's system, not a post
            }
            Person person = directory.person(user.getId()).orElseThrow();
            Person backup = directory.person(person.backupUserId()).orElseThrow();
            assertThat(backup.userId()).isNotEqualTo(person.userId());
            if (person.unitCode() != null) {
                assertThat(backup.unitCode()).as("backup of %s", person.userId()).isEqualTo(person.unitCode());
            }
        }
    }

    @Test
    void loadingTwiceChangesNothing() {
        DirectoryCounts before = directory.counts();
        long users = identity.createUserQuery().count();
        long groups = identity.createGroupQuery().count();
        long memberships = memberships();

        loader.load(new ClassPathResource("directory/demo-county.yml"));
        loader.load(new ClassPathResource("directory/demo-county.yml"));

        assertThat(directory.counts()).isEqualTo(before);
        assertThat(identity.createUserQuery().count()).isEqualTo(users).isEqualTo(52 + 8);
        assertThat(identity.createGroupQuery().count()).isEqualTo(groups).isEqualTo(Role.values().length + 16);
        assertThat(memberships()).isEqualTo(memberships);
    }

    @Test
    void aBrokenReferenceIsRefusedNamingTheEntryAndNothingChanges() {
        DirectoryCounts before = directory.counts();
        String yaml = """
                centres:
                  - {code: SFX, name: 示范县综治中心, level: COUNTY}
                units:
                  - {code: XX, name: 新单位, kind: DEPARTMENT, stationing: ON_CALL, centre: SFX}
                people:
                  - {id: newperson, name: 新人, post: 联络员, centre: SFX, unit: NOPE, roles: [liaison]}
                """;
        assertThatThrownBy(() -> loader.load(new ByteArrayResource(yaml.getBytes(), "test file")))
                .hasMessageContaining("person newperson names unknown unit NOPE");
        assertThat(directory.counts()).isEqualTo(before);
        assertThat(identity.createUserQuery().userId("newperson").count()).isZero();
    }

    private long memberships() {
        long total = 0;
        for (var group : identity.createGroupQuery().list()) {
            total += identity.createUserQuery().memberOfGroup(group.getId()).count();
        }
        return total;
    }
}
