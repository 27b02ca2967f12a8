package org.zongzhi.casehandling.directory;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The directory tables: centres, units, roles, people, person_roles, channel_clients. */
@Mapper
interface DirectoryMapper {

    /** Serialises loaders on several nodes of one database (released at commit). */
    String lockForLoading();

    void upsertCentre(DirectoryFile.CentreEntry centre);

    void upsertUnit(@Param("u") DirectoryFile.UnitEntry unit, @Param("groupId") String groupId);

    void upsertRole(@Param("id") String id, @Param("name") String name);

    void upsertPerson(DirectoryFile.PersonEntry person);

    void deleteRolesOf(@Param("userId") String userId);

    void insertPersonRole(@Param("userId") String userId, @Param("roleId") String roleId);

    void upsertChannelClient(DirectoryFile.ChannelEntry channel);

    String findChannelOf(@Param("userId") String userId);

    ChannelCallback findChannelCallback(@Param("channel") String channel);

    List<Centre> findCentres();

    List<Unit> findUnits();

    Unit findUnit(@Param("code") String code);

    Person findPerson(@Param("userId") String userId);

    DirectoryCounts countAll();

    boolean hasRole(@Param("userId") String userId, @Param("roleId") String roleId);

    List<Person> findPeopleWithRole(@Param("roleId") String roleId);
}
