package org.zongzhi.casehandling.directory;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zongzhi.casehandling.cases.Channel;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.process.UnitGroups;
import org.zongzhi.casehandling.settings.Settings;

/**
 * Brings our directory tables and Camunda's users, groups and memberships up to the data file.
 * Idempotent: a second load of the same file changes nothing, and a changed file updates names,
 * posts and units in place. Passwords are set only when a user is first created.
 */
@Component
public class DirectoryLoader {

    private static final Logger log = LoggerFactory.getLogger(DirectoryLoader.class);
    private static final Set<String> LEVELS = Set.of("CITY", "COUNTY", "TOWNSHIP", "VILLAGE");
    private static final Set<String> KINDS = Set.of("DEPARTMENT", "TOWNSHIP");
    private static final Set<String> STATIONINGS = Set.of("RESIDENT", "ROTATING", "ON_CALL");

    private final DirectoryMapper mapper;
    private final IdentityService identityService;
    private final boolean demo;

    DirectoryLoader(DirectoryMapper mapper, IdentityService identityService,
                    Settings settings) {
        this.mapper = mapper;
        this.identityService = identityService;
        this.demo = settings.demo().enabled();
    }

    /** The role groups exist on every installation, with or without a directory file. */
    @Transactional
    public void ensureRoles() {
        mapper.lockForLoading();
        for (Role role : Role.values()) {
            mapper.upsertRole(role.groupId(), role.label());
            ensureGroup(role.groupId(), role.label(), role.administrator() ? "SYSTEM" : "WORKFLOW");
        }
    }

    @Transactional
    public void load(Resource resource) {
        DirectoryFile file = read(resource);
        validate(file, resource.getDescription());
        ensureRoles();
        file.centres().forEach(mapper::upsertCentre);
        for (DirectoryFile.UnitEntry unit : file.units()) {
            mapper.upsertUnit(unit, unit.groupId());
            ensureGroup(unit.groupId(), unit.name(), "UNIT");
        }
        for (DirectoryFile.PersonEntry person : file.people()) {
            mapper.upsertPerson(person);
            mapper.deleteRolesOf(person.id());
            person.roles().forEach(role -> mapper.insertPersonRole(person.id(), role));
            Set<String> groups = new HashSet<>(person.roles());
            if (person.unit() != null) {
                groups.add(UnitGroups.of(person.unit()));
            }
            ensureUser(person.id(), person.name(), groups);
        }
        for (DirectoryFile.ChannelEntry channel : file.channels()) {
            mapper.upsertChannelClient(channel);
            ensureUser(channel.id(), channel.name(), Set.of(Role.INTAKE_CHANNEL.groupId()));
        }
        log.info("Directory loaded from {}: {} centres, {} units, {} people, {} channel clients",
                resource.getDescription(), file.centres().size(), file.units().size(), file.people().size(),
                file.channels().size());
    }

    private DirectoryFile read(Resource resource) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = resource.getInputStream()) {
            return yaml.readValue(in, DirectoryFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read directory file " + resource.getDescription()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Fails on the first entry that would break a reference, naming it. */
    static void validate(DirectoryFile file, String source) {
        Set<String> centres = new HashSet<>();
        for (DirectoryFile.CentreEntry c : file.centres()) {
            require(c.code() != null && c.name() != null, source, "centre without code or name: " + c);
            require(LEVELS.contains(c.level()), source, "centre " + c.code() + " has level " + c.level()
                    + ", expected one of " + LEVELS);
            require(c.parent() == null || centres.contains(c.parent()), source,
                    "centre " + c.code() + " names parent " + c.parent() + ", which is not listed above it");
            require(centres.add(c.code()), source, "centre " + c.code() + " is listed twice");
        }
        Set<String> units = new HashSet<>();
        for (DirectoryFile.UnitEntry u : file.units()) {
            require(u.code() != null && u.name() != null, source, "unit without code or name: " + u);
            require(KINDS.contains(u.kind()), source, "unit " + u.code() + " has kind " + u.kind()
                    + ", expected one of " + KINDS);
            require(u.stationing() == null || STATIONINGS.contains(u.stationing()), source,
                    "unit " + u.code() + " has stationing " + u.stationing() + ", expected one of " + STATIONINGS);
            require(centres.contains(u.centre()), source, "unit " + u.code() + " names unknown centre " + u.centre());
            require(units.add(u.code()), source, "unit " + u.code() + " is listed twice");
            require(!u.pullsOrders() || u.endpoint() == null, source, "unit " + u.code()
                    + " has an endpoint and pull: its orders are pushed to the endpoint or pulled, not both");
        }
        Set<String> people = new HashSet<>();
        file.people().forEach(p -> people.add(p.id()));
        require(people.size() == file.people().size(), source, "a person id is listed twice");
        for (DirectoryFile.PersonEntry p : file.people()) {
            require(p.id() != null && p.name() != null && p.post() != null, source,
                    "person without id, name or post: " + p.id());
            require(centres.contains(p.centre()), source, "person " + p.id() + " names unknown centre " + p.centre());
            require(p.unit() == null || units.contains(p.unit()), source,
                    "person " + p.id() + " names unknown unit " + p.unit());
            require(p.backup() == null || people.contains(p.backup()), source,
                    "person " + p.id() + " names unknown backup " + p.backup());
            for (String role : p.roles()) {
                require(Role.byGroupId(role).isPresent(), source, "person " + p.id() + " has unknown role " + role);
            }
        }
        Set<String> channels = new HashSet<>();
        Set<String> callbacks = new HashSet<>();
        for (DirectoryFile.ChannelEntry c : file.channels()) {
            require(c.id() != null && c.name() != null, source, "channel client without id or name: " + c.id());
            require(isChannel(c.channel()), source, "channel client " + c.id() + " has channel " + c.channel()
                    + ", expected one of " + List.of(Channel.values()));
            require(!people.contains(c.id()), source, "channel client " + c.id() + " has the id of a person");
            require(channels.add(c.id()), source, "channel client " + c.id() + " is listed twice");
            if (c.callback() != null) {
                ChannelCallback.check(c.channel(), c.callbackUrl(), c.callbackSecretSetting())
                        .ifPresent(problem -> require(false, source, "channel client " + c.id() + ": " + problem));
                require(callbacks.add(c.channel()), source, "channel " + c.channel()
                        + " has a callback on two channel clients; one address per channel");
            }
        }
    }

    private static boolean isChannel(String code) {
        for (Channel channel : Channel.values()) {
            if (channel.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static void require(boolean condition, String source, String problem) {
        if (!condition) {
            throw new IllegalStateException("Directory file " + source + ": " + problem);
        }
    }

    private void ensureGroup(String id, String name, String type) {
        Group group = identityService.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identityService.newGroup(id);
        } else if (name.equals(group.getName()) && type.equals(group.getType())) {
            return;
        }
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }

    private void ensureUser(String id, String name, Set<String> wanted) {
        User user = identityService.createUserQuery().userId(id).singleResult();
        if (user == null) {
            user = identityService.newUser(id);
            user.setFirstName(name);
            user.setLastName("");
            // Demo logins only: the password equals the id. A real centre's users set theirs in Admin.
            if (demo) {
                user.setPassword(id);
            }
            identityService.saveUser(user);
        } else if (!name.equals(user.getFirstName())) {
            user.setFirstName(name);
            identityService.saveUser(user);
        }
        List<Group> current = identityService.createGroupQuery().groupMember(id).list();
        Set<String> have = new HashSet<>();
        for (Group g : current) {
            have.add(g.getId());
        }
        for (String groupId : wanted) {
            if (!have.contains(groupId)) {
                identityService.createMembership(id, groupId);
            }
        }
    }
}
