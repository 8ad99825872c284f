package io.github.payhawk4j.model.team;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/** A role a member has in a team ({@code ITeamMember.roles}). Open: unknown values are kept, see {@link OpenEnum}. */
public final class TeamMemberRole extends OpenEnum<TeamMemberRole.Known> {

    public static final TeamMemberRole EMPLOYEE = new TeamMemberRole("employee", Known.EMPLOYEE);
    public static final TeamMemberRole MANAGER = new TeamMemberRole("manager", Known.MANAGER);

    private static final Map<String, TeamMemberRole> KNOWN = index(EMPLOYEE, MANAGER);

    private TeamMemberRole(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static TeamMemberRole of(String value) {
        TeamMemberRole known = KNOWN.get(value);
        return known != null ? known : new TeamMemberRole(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link TeamMemberRole} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link TeamMemberRole#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "employee"}: a member of the team. */
        EMPLOYEE,
        /** {@code "manager"}: manages the team, e.g. approves its members' expenses. */
        MANAGER,
        /** A value this SDK version does not know; {@link TeamMemberRole#value()} has it as sent. */
        UNKNOWN
    }
}
