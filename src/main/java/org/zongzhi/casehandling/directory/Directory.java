package org.zongzhi.casehandling.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.zongzhi.casehandling.process.Role;

/** Read access to centres, units and people for the other features. */
@Service
public class Directory {

    private final DirectoryMapper mapper;

    Directory(DirectoryMapper mapper) {
        this.mapper = mapper;
    }

    /** Every centre of every level, ordered by code. */
    public List<Centre> centres() {
        return mapper.findCentres();
    }

    /** The name of a township (乡镇、街道) centre, or the code itself when the directory has none. */
    public String townshipName(String code) {
        return code == null ? "" : centres().stream().filter(c -> c.code().equals(code)).map(Centre::name)
                .findFirst().orElse(code);
    }

    /** The channel a channel client's login may submit (e.g. HOTLINE_12345); empty for people. */
    public Optional<String> channelOf(String userId) {
        return Optional.ofNullable(mapper.findChannelOf(userId));
    }

    /** Where a channel's own system takes the status of its cases, if it does (事事有回音). */
    public Optional<ChannelCallback> channelCallback(String channel) {
        return Optional.ofNullable(mapper.findChannelCallback(channel));
    }

    public List<Unit> units() {
        return mapper.findUnits();
    }

    public Optional<Unit> unit(String code) {
        return Optional.ofNullable(mapper.findUnit(code));
    }

    /** The unit's name as people write it (县住房和城乡建设局); its code if the directory has no such unit. */
    public String unitName(String code) {
        return code == null ? "" : unit(code).map(Unit::name).orElse(code);
    }

    public Optional<Person> person(String userId) {
        return Optional.ofNullable(mapper.findPerson(userId));
    }

    public DirectoryCounts counts() {
        return mapper.countAll();
    }

    public boolean hasRole(String userId, Role role) {
        return mapper.hasRole(userId, role.groupId());
    }

    /** The people who hold a role, e.g. the leaders a case may be put in the charge of. */
    public List<Person> withRole(Role role) {
        return mapper.findPeopleWithRole(role.groupId());
    }
}
